//! Short names of the article's bodies: a head word alone (`the Commission` after `the
//! European Commission`) or the end of a longer name (`Labour Union` after `Democratic
//! Labour Union`).

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::links::one_root;
use super::name_index::NameNodes;
use super::UnionFind;
use crate::actors::{lexicon, Actor, ActorKind};

/// The head words of bodies that an article writes alone, capitalised, once it has named
/// the body in full (`the Commission` after `the European Commission`).
#[rustfmt::skip]
const BODY_HEADS: &[&str] = &[
    "Agency", "Alliance", "Assembly", "Association", "Authority", "Bank", "Board", "Bureau",
    "Coalition", "Commission", "Committee", "Corporation", "Council", "Court", "Federation",
    "Foundation", "Front", "Fund", "Institute", "League", "Ministry", "Movement",
    "Organisation", "Organization", "Parliament", "Party", "Tribunal", "Union",
];

/// `the Commission` after `the European Commission`, `the Bank` after `the European Central
/// Bank`: a body's head word alone, capitalised, that is no one's name yet, joins the one
/// organisation of the article (a name or a gazetteer body) with that word in its name;
/// so does a body's name of two or three words that ends a longer one (`Labour Union`,
/// `Democratic Labour Union`), named after it. With two candidates (`the Labour Party`, `the
/// Green Party`) it stays apart.
pub(super) fn join_short_names(
    name_nodes: &NameNodes,
    gaz: &[Actor],
    gaz_node: &HashMap<usize, usize>,
    first_at: &[usize],
    uf: &mut UnionFind,
) {
    let is_body = |kind: ActorKind| matches!(kind, ActorKind::Organisation | ActorKind::Party);
    let mut index: Option<BodyIndex> = None;
    for &(i, short) in name_nodes {
        let head_word = short.words == 1 && BODY_HEADS.contains(&short.key.as_ref());
        let tail = (2..=3).contains(&short.words) && is_body(short.hint);
        if short.person || uf.find(i) != i || !(head_word || tail) {
            continue;
        }
        // Built at the first short name, so that each looks its bodies up instead of
        // scanning them all (an article may name thousands).
        let index = index.get_or_insert_with(|| {
            let names = name_nodes
                .iter()
                .filter(|(_, g)| is_body(g.hint))
                .map(|&(j, g)| (j, g.words, g.key.as_ref()));
            let bodies = gaz_node
                .iter()
                .filter(|(&a, _)| is_body(gaz[a].kind))
                .flat_map(|(&a, &node)| gaz[a].forms().map(move |n| (node, 0, n.as_str())));
            BodyIndex::new(names.chain(bodies))
        });
        let table = if head_word {
            &index.by_word
        } else {
            &index.by_tail
        };
        let found = table.get(short.key.as_ref()).map_or(&[][..], Vec::as_slice);
        let candidates = found
            .iter()
            .filter(|b| b.words == 0 || b.words > short.words)
            // Named in full before: a headline's `Court` is not the appeal court the story
            // names later.
            .filter(|b| first_at[b.node] < first_at[i])
            // `Russia's Central Bank` is not the `European Central Bank`: a place's or
            // people's word before the shared end names another country's body.
            .filter(|b| !(tail && b.prefix.split(' ').any(lexicon::ends_like_demonym)))
            .map(|b| b.node);
        if let Some(root) = one_root(uf, candidates) {
            uf.union(root, i);
        }
    }
}

/// A body an article names, as found under one of its words or ends.
struct Body<'t> {
    node: usize,
    /// The name's words; 0 for a gazetteer form, which any short name may shorten.
    words: usize,
    /// The words before the end it was found under (empty under a word).
    prefix: &'t str,
}

/// The article's bodies by each word of their names (`Commission`) and by each end of
/// their names after a space (`Labour Union` of `Democratic Labour Union`).
struct BodyIndex<'t> {
    by_word: FxHashMap<&'t str, Vec<Body<'t>>>,
    by_tail: FxHashMap<&'t str, Vec<Body<'t>>>,
}

impl<'t> BodyIndex<'t> {
    fn new(bodies: impl Iterator<Item = (usize, usize, &'t str)>) -> Self {
        let mut index = BodyIndex {
            by_word: FxHashMap::default(),
            by_tail: FxHashMap::default(),
        };
        for (node, words, name) in bodies {
            for w in name.split(' ') {
                let body = Body {
                    node,
                    words,
                    prefix: "",
                };
                index.by_word.entry(w).or_default().push(body);
            }
            for (p, _) in name.match_indices(' ') {
                let body = Body {
                    node,
                    words,
                    prefix: &name[..p],
                };
                index.by_tail.entry(&name[p + 1..]).or_default().push(body);
            }
        }
        index
    }
}
