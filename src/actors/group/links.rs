//! The rules that join one article's names into one actor: a full name written twice in two
//! forms, a surname or first word written alone, a company's first word.
//!
//! Each rule looks its candidates up in a [`NameIndex`] built once per article, so joining
//! stays linear in the article's names however many there are.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::name_index::{is_full, NameIndex, NameNodes};
use super::{surname, Entry, NameGroup, Node, UnionFind};
use crate::actors::{lexicon, Actor, ActorKind};

/// The one root among `nodes`, if they all lie in one actor.
pub(super) fn one_root(uf: &mut UnionFind, nodes: impl Iterator<Item = usize>) -> Option<usize> {
    let mut roots: Vec<usize> = nodes.map(|n| uf.find(n)).collect();
    roots.sort_unstable();
    roots.dedup();
    match roots[..] {
        [root] => Some(root),
        _ => None,
    }
}

/// `Bashar al-Assad`, `Bashar Assad`: full names with the same first and last word.
pub(super) fn same_first_and_last(name_nodes: &NameNodes, uf: &mut UnionFind) {
    let mut first_of: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    for &(i, g) in name_nodes {
        if is_full(g) {
            let first = *first_of.entry((g.first, g.last)).or_insert(i);
            if first != i {
                uf.union(first, i);
            }
        }
    }
}

/// `Van der Linden` at a sentence start, after `Margarethe van der Linden`: a surname with
/// its particles joins the one full name that ends with it.
pub(super) fn surnames_with_particles(name_nodes: &NameNodes, uf: &mut UnionFind) {
    let tails = name_nodes
        .iter()
        .filter(|(_, g)| is_particle(g.first) && g.hint == ActorKind::Other);
    // Full names by the last word of their text, lowercased (`linden`), built only for
    // the articles that have such a surname.
    let mut by_last_word: Option<FxHashMap<String, Vec<usize>>> = None;
    for &(i, tail) in tails {
        let by_last_word = by_last_word.get_or_insert_with(|| {
            let mut map: FxHashMap<String, Vec<usize>> = FxHashMap::default();
            for (x, &(_, g)) in name_nodes.iter().enumerate() {
                if is_full(g) {
                    let last_word = g.key.rsplit(' ').next().unwrap_or(&g.key);
                    map.entry(last_word.to_ascii_lowercase())
                        .or_default()
                        .push(x);
                }
            }
            map
        });
        let ends_with_tail = |g: &NameGroup| {
            g.key.len() > tail.key.len()
                && g.key.is_char_boundary(g.key.len() - tail.key.len())
                && g.key[g.key.len() - tail.key.len()..].eq_ignore_ascii_case(&tail.key)
                && g.key[..g.key.len() - tail.key.len()].ends_with(' ')
        };
        let last_word = tail.key.rsplit(' ').next().unwrap_or(&tail.key);
        let candidates = by_last_word
            .get(&last_word.to_ascii_lowercase())
            .map_or(&[][..], Vec::as_slice);
        let owners = candidates
            .iter()
            .map(|&x| name_nodes[x])
            .filter(|(_, g)| ends_with_tail(g))
            .map(|(j, _)| j);
        if let Some(owner) = one_root(uf, owners) {
            uf.union(owner, i);
        }
    }
}

/// `Curtis Vance … Vance said`: a surname alone that the gazetteer gives a well-known
/// person (JD Vance) names the article's own person instead, when the article named that
/// person in full (one full name with that surname) before any mention of the well-known
/// one, and never names the well-known one with more than the one word.
pub(super) struct SurnameLinks<'a, 't> {
    pub text: &'a str,
    pub entries: &'a [Entry],
    pub nodes: &'a [Node],
    pub name_nodes: &'a NameNodes<'a, 't>,
    pub index: &'a NameIndex<'t>,
    pub gaz: &'a [Actor],
}

impl SurnameLinks<'_, '_> {
    pub(super) fn apply(
        &self,
        entry_node: &mut [usize],
        uf: &mut UnionFind,
        linked: &mut [bool],
        gaz_node: &mut HashMap<usize, usize>,
    ) {
        let (text, nodes, gaz) = (self.text, self.nodes, self.gaz);
        // A headline names people by surname before the story introduces them.
        let headline = headline_end(text);
        let mut first_of_node = vec![usize::MAX; nodes.len()];
        let mut longer_form = vec![false; nodes.len()];
        for (e, &node) in self.entries.iter().zip(entry_node.iter()) {
            if e.start >= headline {
                first_of_node[node] = first_of_node[node].min(e.start);
            }
            longer_form[node] |= text[e.start..e.end].contains(char::is_whitespace);
        }
        // The article's person each well-known one's surname names, worked out once per node.
        let mut owner_of: HashMap<usize, Option<usize>> = HashMap::new();
        for (e, node) in self.entries.iter().zip(entry_node.iter_mut()) {
            let Node::Gaz(a) = nodes[*node] else {
                continue;
            };
            if gaz[a].kind != ActorKind::Person || longer_form[*node] {
                continue;
            }
            // `President Trump` is the well-known one; `Trump National Golf Club` a name.
            let titled = text[..e.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                .next()
                .is_some_and(|w| lexicon::flags(w) & lexicon::TITLE != 0);
            let name_goes_on = text[e.end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase));
            if titled || name_goes_on {
                continue;
            }
            let owner = *owner_of.entry(*node).or_insert_with(|| {
                let word = surname(&text[e.start..e.end]);
                let owners = self
                    .index
                    .full_by_last(word)
                    .iter()
                    .map(|&x| self.name_nodes[x])
                    .filter(|&(j, g)| {
                        g.person
                            && has_given_name(g)
                            && first_of_node[j] < first_of_node[*node]
                            && !quoted_at(text, first_of_node[j])
                    })
                    .map(|(j, _)| j);
                one_root(uf, owners)
            });
            if let Some(owner) = owner {
                *node = owner;
                linked[owner] = true;
            }
        }
        // A well-known person left with no mention is not a candidate for other names.
        let mut used = vec![false; nodes.len()];
        entry_node.iter().for_each(|&n| used[n] = true);
        gaz_node.retain(|_, n| used[*n]);
    }
}

/// `Obama` after `Barack Obama`: a one-word name joins the one person of the article (a
/// full name or a gazetteer person) whose surname it is, else whose first name it is. Of
/// two such persons (`Claire Dubois`, and later her brother `Julien Dubois`), the one
/// named before the word's first use.
pub(super) struct LoneWords<'a, 't> {
    pub name_nodes: &'a NameNodes<'a, 't>,
    pub index: &'a NameIndex<'t>,
    pub gaz: &'a [Actor],
    pub gaz_node: &'a HashMap<usize, usize>,
    /// Where each node is first named (byte offset).
    pub first_at: &'a [usize],
}

impl LoneWords<'_, '_> {
    pub(super) fn apply(&self, uf: &mut UnionFind, linked: &mut [bool]) {
        let (name_nodes, index) = (self.name_nodes, self.index);
        for &(i, single) in name_nodes {
            if single.words != 1 || single.hint != ActorKind::Other {
                continue;
            }
            let word = surname(single.last);
            let mut candidates = self.persons(single, index.full_by_last(word), &|_| true, &|n| {
                n.rsplit(' ').next().map(surname) == Some(word)
            });
            if candidates.is_empty() {
                // `Wang` after `Wang Wenbin`, `Hillary` after `Hillary Clinton`: no surname
                // matches, so the word may be a person's first (family or given) name.
                candidates = self.persons(single, index.full_by_first(word), &|g| g.person, &|n| {
                    n.split(' ').next() == Some(word)
                });
            }
            if candidates.is_empty() {
                // `Valdivia` after `Andres Valdivia Arancibia`: the first of two surnames.
                candidates = self.persons(single, index.person_by_middle(word), &|_| true, &|n| {
                    let mut words = n.split(' ');
                    words.nth(1) == Some(word) && words.count() == 1
                });
            }
            let root = one_root(uf, candidates.iter().copied()).or_else(|| {
                let before = candidates
                    .iter()
                    .copied()
                    .filter(|&c| self.first_at[c] < self.first_at[i]);
                one_root(uf, before)
            });
            if let Some(root) = root {
                if uf.find(i) != root {
                    // A gazetteer actor stays the root so that the component keeps its name.
                    uf.union(root, i);
                    linked[root] = true;
                }
            }
        }
    }

    /// The persons present that `single` may name: full names among `full` that pass
    /// `group_fits`, and gazetteer persons with a multi-word form that passes `form_fits`.
    fn persons(
        &self,
        single: &NameGroup,
        full: &[usize],
        group_fits: &dyn Fn(&NameGroup) -> bool,
        form_fits: &dyn Fn(&str) -> bool,
    ) -> Vec<usize> {
        // `Queen Elizabeth` names a royal, not `Senator Elizabeth Warren`; `Prince Zaid`
        // may be `Zaid bin Faisal, the crown prince`.
        let groups = full
            .iter()
            .map(|&x| self.name_nodes[x])
            .filter(|(_, g)| group_fits(g) && (g.regnal || !(single.regnal && g.commoner)))
            .map(|(j, _)| j);
        let gaz = self.gaz;
        let gazetteer = self
            .gaz_node
            .iter()
            .filter(|(&a, _)| {
                gaz[a].kind == ActorKind::Person
                    && gaz[a].forms().any(|n| n.contains(' ') && form_fits(n))
            })
            .map(|(_, &node)| node);
        groups.chain(gazetteer).collect()
    }
}

/// `Harlow` after `Harlow Biotech`, `Helix` after `Helix Therapeutics`: a word alone that
/// is no one's name yet joins the one company whose name it opens, unless that word is an
/// ordinary one (`National`, `Federal`) or a person's surname. Only companies: a body's first word is mostly a
/// place (`Ohio State University`, `European Data Protection Board`).
pub(super) fn first_words_of_organisations(
    name_nodes: &NameNodes,
    index: &NameIndex,
    uf: &mut UnionFind,
) {
    use lexicon as lx;
    const ORDINARY: u32 = lx::STOPWORD
        | lx::NEVER_NAME
        | lx::SINGLE_NOT_NAME
        | lx::TITLE_MODIFIER
        | lx::ORG_HEAD
        | lx::ORG_SUFFIX
        | lx::PORTFOLIO;
    for &(i, short) in name_nodes {
        // `Kivu Copper` and `Kivu Copper Resources`, whichever comes first: the opening
        // words of one company's longer name.
        // Said of as if a person (`Andes Minerales said`) only before a legal form
        // (`Andes Minerales SA`).
        if (2..=3).contains(&short.words)
            && matches!(short.hint, ActorKind::Other | ActorKind::Organisation)
            && uf.find(i) == i
        {
            let longer = index.companies_by_first(short.first).iter().filter(|&&x| {
                let g = name_nodes[x].1;
                let rest = g.key.strip_prefix(short.key.as_ref());
                g.words > short.words
                    && rest.is_some_and(|r| r.starts_with(' '))
                    && (!short.person || rest.is_some_and(|r| lexicon::is_legal_form(&r[1..])))
            });
            if let Some(root) = one_root(uf, longer.map(|&x| name_nodes[x].0)) {
                uf.union(root, i);
            }
        }
    }
    for &(i, single) in name_nodes {
        if single.words != 1
            || single.hint != ActorKind::Other
            || single.person
            || uf.find(i) != i
            || lx::flags(single.first) & ORDINARY != 0
            // `Solberg` after `Margit Solberg` and `Erik Solberg`: a surname, not the
            // short name of `Solberg Maritime`.
            || !index.full_by_last(surname(single.first)).is_empty()
        {
            continue;
        }
        let companies = index
            .companies_by_first(single.first)
            .iter()
            .map(|&x| name_nodes[x].0);
        if let Some(root) = one_root(uf, companies) {
            uf.union(root, i);
        }
    }
}

/// `CMA` after `Competition and Markets Authority`: a one-word name of three to six
/// capitals that is no one's name yet joins the one organisation of the article whose
/// capitalised words' initials it spells exactly, with or without `of` (`DOJ`); not `BA`
/// for `Bank of America`. The bracketed `Name (ACR)` is joined before, as less sure.
pub(super) fn initialisms(name_nodes: &NameNodes, uf: &mut UnionFind) {
    let mut by_initials: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for &(i, g) in name_nodes {
        if g.words >= 2 && g.hint == ActorKind::Organisation {
            // Of its capitalised words (`CMA`), and with `of` too (`DOJ`).
            let capitals: String = super::shapes::initials(&g.key, false).collect();
            let with_of: String = super::shapes::initials(&g.key, true).collect();
            let both = (capitals != with_of).then_some(with_of);
            for letters in std::iter::once(capitals).chain(both) {
                if (3..=6).contains(&letters.len()) {
                    by_initials.entry(letters).or_default().push(i);
                }
            }
        }
    }
    if by_initials.is_empty() {
        return;
    }
    for &(i, g) in name_nodes {
        let capitals =
            (3..=6).contains(&g.key.len()) && g.key.bytes().all(|c| c.is_ascii_uppercase());
        if g.words != 1 || !capitals || g.person || uf.find(i) != i {
            continue;
        }
        let bodies = by_initials
            .get(g.key.as_ref())
            .map_or(&[][..], Vec::as_slice);
        if let Some(root) = one_root(uf, bodies.iter().copied()) {
            uf.union(root, i);
        }
    }
}

/// `Haki Watch` after `Haki Watch Uganda`: a body named with one more word at the end (a
/// country the finder took as its branch, not a head word) is the same body by its
/// shorter name.
pub(super) fn names_short_of_one_word(name_nodes: &NameNodes, uf: &mut UnionFind) {
    let bodies: FxHashMap<&str, usize> = name_nodes
        .iter()
        .filter(|(_, g)| g.words >= 3 && g.hint == ActorKind::Organisation)
        .filter_map(|&(i, g)| {
            let (short, last) = g.key.rsplit_once(' ')?;
            // (Not a body's own head word: `Human Rights Watch`, `Federal Reserve Bank`.)
            let head = lexicon::flags(last) & (lexicon::ORG_HEAD | lexicon::ORG_SUFFIX) != 0;
            (!head).then_some((short, i))
        })
        .collect();
    if bodies.is_empty() {
        return;
    }
    for &(i, g) in name_nodes {
        if g.words < 2 || g.person {
            continue;
        }
        if let Some(&body) = bodies.get(g.key.as_ref()) {
            uf.union(body, i);
        }
    }
}

/// The name at `start` opens with a quotation mark (`'Baby Trump' blimp`): a nickname.
fn quoted_at(text: &str, start: usize) -> bool {
    text.get(..start)
        .is_some_and(|before| before.ends_with(['"', '\'', '\u{201C}', '\u{2018}']))
}

/// Where the article's first line ends when it has no final punctuation (a headline), else 0.
fn headline_end(text: &str) -> usize {
    let start = text.len() - text.trim_start().len();
    let Some(line_end) = text[start..].find('\n').map(|n| start + n) else {
        return 0;
    };
    if crate::text::sentences::ends_with_punctuation(text[start..line_end].trim_end()) {
        0
    } else {
        line_end
    }
}

/// The name opens with what may be a given name (`Curtis Vance`), not with an everyday
/// word (`Never Trump`, the book `Understanding Trump`).
fn has_given_name(g: &NameGroup) -> bool {
    let first = g.first;
    crate::actors::gender::is_person_given_name(first)
        || (lexicon::flags(first) & lexicon::STOPWORD == 0 && !first.ends_with("ing"))
}

/// Particles that open a surname (`van der Linden`, `von der Leyen`, `de la Cruz`): the
/// name connectors of [`lexicon::CONNECTORS`] other than the English ones that join an
/// organisation's words (`and`, `for`, `of`, `on`, `to`).
fn is_particle(word: &str) -> bool {
    lexicon::flags(word) & lexicon::CONNECTOR != 0
        && !["and", "for", "of", "on", "to"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}
