//! A word that ends two countries' names (`Korea` of `South Korea` and `North Korea`,
//! `Korean`, `Congo`): written alone, it is whichever of them the article names.

use std::collections::HashMap;

use super::name_index::NameNodes;
use super::UnionFind;
use crate::actors::{Actor, ActorKind};

/// Joins each one-word name of unknown kind that ends the names of two or more gazetteer
/// countries to the one of them the article names, if it names exactly one.
pub(super) fn join_shared_country_words(
    name_nodes: &NameNodes,
    gaz: &[Actor],
    gaz_node: &HashMap<usize, usize>,
    uf: &mut UnionFind,
) {
    for &(i, g) in name_nodes {
        if g.words != 1 || g.person || g.hint != ActorKind::Other || uf.find(i) != i {
            continue;
        }
        let word = g.key.as_ref();
        let ends_in_word = |a: &Actor| {
            a.kind == ActorKind::Country
                && a.forms()
                    .any(|f| f.strip_suffix(word).is_some_and(|rest| rest.ends_with(' ')))
        };
        let mut named = gaz_node.iter().filter(|(&a, _)| ends_in_word(&gaz[a]));
        let (Some((_, &node)), None) = (named.next(), named.next()) else {
            continue;
        };
        // A word only one country's name ends in is no name of it alone (`Arabia`).
        if gaz.iter().filter(|a| ends_in_word(a)).nth(1).is_some() {
            let root = uf.find(node);
            uf.union(root, i);
        }
    }
}
