//! A word opening its sentence before a stance or reporting verb as the verb's subject.

use super::super::lexicon as lx;
use super::super::names::Finder;
use super::super::shouting;
use super::super::tokens::is_all_caps;
use crate::text::tokenize::APOSTROPHES;

impl Finder<'_> {
    /// `Greenpeace praised Norway`, `UEFA criticised Norway`: a word opening its sentence
    /// right before a stance or reporting verb names the subject, unless it is on one of
    /// our word lists or looks like a plural or a participle (`Critics said`, `Asked`).
    pub(super) fn names_a_subject(&self, a: usize) -> bool {
        let w = self.word(a);
        let next = a + 1;
        if next >= self.tokens.len() || !self.is_word(next) || self.tokens[next].cap {
            return false;
        }
        // A finite form (`praised`, `says`, `told`), not one that is also a noun or a
        // preposition (`like`, `estimate`, `back`).
        let verb = self.word(next);
        let finite = verb.ends_with("ed")
            || verb.ends_with('s')
            || matches!(verb, "said" | "told" | "wrote");
        // `Critics`, `Asked`, `Widely`, `HUNDREDS`; not `Kelly` or `Connelly`.
        let lower = w.to_lowercase();
        let plural_or_derived = [
            "s", "ing", "ed", "ally", "ely", "ily", "ously", "ably", "tly",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
            && !self.is_given_name(a);
        // `Don't`, `They're`; not `O’Shea`.
        let contraction = w
            .split(APOSTROPHES)
            .skip(1)
            .any(|rest| rest.starts_with(char::is_lowercase));
        // Acronyms may end in `S` (`ECOWAS`) or have two letters (`AK`); longer words in
        // capitals are words.
        let acronym = is_all_caps(w) && w.chars().count() <= 6;
        finite
            && self.has(next, lx::STANCE_VERB | lx::REPORTING_VERB)
            && !self.has(a, shouting::ORDINARY | lx::SINGLE_NOT_NAME | lx::GEO_HEAD)
            && !self.has(a, lx::ROLE | lx::TITLE | lx::TITLE_MODIFIER)
            && !is_common_subject(w)
            && (w.chars().count() >= 3 || acronym)
            && !contraction
            && (acronym || !plural_or_derived)
    }
}

/// Singular nouns and pronouns that often open a sentence before `said` or `criticised`
/// (`Nobody criticised`, `Evidence showed`, `Parliament approved`); sorted, lowercase.
pub(super) const COMMON_SUBJECTS: &[&str] = &[
    "anybody",
    "audience",
    "children",
    "committee",
    "court",
    "crew",
    "dad",
    "data",
    "everybody",
    "everyone",
    "evidence",
    "family",
    "father",
    "government",
    "half",
    "leadership",
    "management",
    "men",
    "mother",
    "mum",
    "nobody",
    "nurse",
    "parliament",
    "people",
    "prosecution",
    "public",
    "report",
    "research",
    "science",
    "somebody",
    "someone",
    "staff",
    "study",
    "survey",
    "team",
    "women",
    "youth",
];

/// Also the nouns of descriptions (`Regulator fines Kestrel`, `Federation bans sprinter`).
fn is_common_subject(word: &str) -> bool {
    lx::sorted_has(COMMON_SUBJECTS, word) || super::super::descriptions::is_description_noun(word)
}
