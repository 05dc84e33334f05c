//! The article's names indexed by their first and last words, so that each rule that joins
//! a short mention to a longer name looks its candidates up instead of scanning them all.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::NameGroup;
use crate::actors::{lexicon, ActorKind};

/// The article's distinct names (node, group), in the order of their nodes.
pub(super) type NameNodes<'a, 't> = [(usize, &'a NameGroup<'t>)];

/// A full name: two to four words, not a known body (`Bashar al-Assad`).
pub(super) fn is_full(g: &NameGroup) -> bool {
    (2..=4).contains(&g.words) && g.hint == ActorKind::Other
}

/// Continents and regions that end bodies' names (`Forest Watch Europe`), never a
/// surname.
const REGIONS: &[&str] = &[
    "Africa",
    "America",
    "Americas",
    "Arctic",
    "Asia",
    "Atlantic",
    "Balkans",
    "Caribbean",
    "Caucasus",
    "Europe",
    "Oceania",
    "Pacific",
    "Sahel",
    "Scandinavia",
];

/// Positions in [`NameNodes`] of the names a shorter mention may stand for.
#[derive(Default)]
pub(super) struct NameIndex<'t> {
    /// Full names by their last word, as a surname (`Assad` for `al-Assad`).
    full_by_last: FxHashMap<&'t str, Vec<usize>>,
    /// Full names by their first word.
    full_by_first: FxHashMap<&'t str, Vec<usize>>,
    /// People's names of three words by the middle one, a first surname where a person
    /// has two (`Valdivia` of `Andres Valdivia Arancibia`).
    person_by_middle: FxHashMap<&'t str, Vec<usize>>,
    /// Companies and clubs (two to four words ending like a company's or club's name, or
    /// that the context calls a body) by their first word.
    companies_by_first: FxHashMap<&'t str, Vec<usize>>,
}

impl<'t> NameIndex<'t> {
    pub(super) fn new(name_nodes: &NameNodes<'_, 't>) -> Self {
        let mut index = NameIndex::default();
        for (x, &(_, g)) in name_nodes.iter().enumerate() {
            if is_full(g) {
                // `Europe` alone is the continent, not `Forest Watch Europe`.
                if !REGIONS.contains(&g.last) {
                    index.full_by_last.entry(g.last).or_default().push(x);
                }
                index.full_by_first.entry(g.first).or_default().push(x);
                let given = g.person || crate::actors::gender::is_person_given_name(g.first);
                // The last word a surname too: not `Hillary Clinton PAC`, `Michael Flynn
                // Appearing`.
                let surname_last = !super::shapes::is_capitals(g.last)
                    && !g.last.ends_with("ing")
                    && lexicon::flags(g.last) & (lexicon::ORG_HEAD | lexicon::ORG_SUFFIX) == 0;
                if let (3, true, true, Cow::Borrowed(key)) = (g.words, given, surname_last, &g.key)
                {
                    let middle = key
                        .split(' ')
                        .nth(1)
                        .filter(|w| w.starts_with(char::is_uppercase));
                    if let Some(middle) = middle {
                        index.person_by_middle.entry(middle).or_default().push(x);
                    }
                }
            }
            // `PT BioNusa Farma`, `SC Maasstad`: a legal form or a club's abbreviation first.
            let prefixed = (g.words >= 3 && lexicon::is_legal_form_prefix(g.first))
                || (g.words >= 2 && lexicon::is_club_prefix(g.first));
            let company = prefixed
                || match g.hint {
                    ActorKind::Organisation => lexicon::is_company_or_club_suffix(g.last),
                    // An unknown kind the context calls a body (`his company, Zentra Pay`).
                    ActorKind::Other => g.org_context && !g.person,
                    _ => false,
                };
            if (2..=4).contains(&g.words) && company {
                index.companies_by_first.entry(g.first).or_default().push(x);
                // `BioNusa` of `PT BioNusa Farma`, `Maasstad` of `SC Maasstad`: the word
                // after the legal form or abbreviation.
                if let (true, Cow::Borrowed(key)) = (prefixed, &g.key) {
                    if let Some(second) = key.split(' ').nth(1) {
                        index.companies_by_first.entry(second).or_default().push(x);
                    }
                }
            }
        }
        index
    }

    /// Full names whose last word is `word`.
    pub(super) fn full_by_last(&self, word: &str) -> &[usize] {
        lookup(&self.full_by_last, word)
    }

    /// Full names whose first word is `word`.
    pub(super) fn full_by_first(&self, word: &str) -> &[usize] {
        lookup(&self.full_by_first, word)
    }

    /// People's names of three words whose middle word is `word`.
    pub(super) fn person_by_middle(&self, word: &str) -> &[usize] {
        lookup(&self.person_by_middle, word)
    }

    /// Companies and clubs whose name opens with `word`.
    pub(super) fn companies_by_first(&self, word: &str) -> &[usize] {
        lookup(&self.companies_by_first, word)
    }
}

fn lookup<'m>(map: &'m FxHashMap<&str, Vec<usize>>, word: &str) -> &'m [usize] {
    map.get(word).map_or(&[], Vec::as_slice)
}
