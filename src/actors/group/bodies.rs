//! Short names of the article's bodies: a head word alone (`the Commission` after `the
//! European Commission`) or the end of a longer name (`Labour Union` after `Democratic
//! Labour Union`).

use std::collections::HashMap;

use super::links::{one_root, NameNodes};
use super::UnionFind;
use crate::actors::{Actor, ActorKind};

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
/// `Democratic Labour Union`). With two candidates (`the Labour Party`, `the Green Party`)
/// it stays apart.
pub(super) fn join_short_names(
    name_nodes: &NameNodes,
    gaz: &[Actor],
    gaz_node: &HashMap<usize, usize>,
    uf: &mut UnionFind,
) {
    let has_word = |name: &str, word: &str| name.split(' ').any(|w| w == word);
    let is_body = |kind: ActorKind| matches!(kind, ActorKind::Organisation | ActorKind::Party);
    // `Labour Union` after `Democratic Labour Union`: the longer name ends with the shorter.
    let ends_with = |name: &str, short: &str| {
        name.len() > short.len() + 1
            && name.ends_with(short)
            && name[..name.len() - short.len()].ends_with(' ')
    };
    for &(i, short) in name_nodes {
        let head_word = short.words == 1 && BODY_HEADS.contains(&short.key.as_ref());
        let tail = (2..=3).contains(&short.words) && is_body(short.hint);
        if short.person || uf.find(i) != i || !(head_word || tail) {
            continue;
        }
        let key = short.key.as_ref();
        let fits = |name: &str| {
            if head_word {
                has_word(name, key)
            } else {
                ends_with(name, key)
            }
        };
        let names = name_nodes
            .iter()
            .filter(|(_, g)| g.words > short.words && is_body(g.hint) && fits(&g.key))
            .map(|&(j, _)| j);
        let bodies = gaz_node
            .iter()
            .filter(|(&a, _)| is_body(gaz[a].kind) && gaz[a].forms().any(|n| fits(n)))
            .map(|(_, &node)| node);
        if let Some(root) = one_root(uf, names.chain(bodies)) {
            uf.union(root, i);
        }
    }
}
