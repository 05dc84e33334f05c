//! Which words are third-person pronouns that may be targets, with their case and gender,
//! and the country or party a possessive one names (`his government`, `her party`).

use crate::actors::clauses::Ctx;
use crate::actors::gender::{self, Gender};
use crate::actors::lexicon as lx;
use crate::actors::ActorKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// `he`, `she`.
    Subject,
    /// `him`, `her` before a function word or punctuation.
    Object,
    /// `his`, `her` before a noun.
    Possessive,
}

impl Ctx<'_> {
    /// The country (for `government`) or party (for `party`) that one of the article's
    /// affiliations ties person `actor` to (`Uzbek Foreign Minister Bakhtiyor Saidov`,
    /// `Annelies Brouwer of the Rural Citizens Party`): whose `his government` or `her
    /// party` it is. The first one the article names.
    pub(super) fn affiliated_body(&self, actor: usize, noun: &str) -> Option<usize> {
        let kind = match noun {
            "government" => ActorKind::Country,
            "party" => ActorKind::Party,
            _ => return None,
        };
        (0..self.order.len()).find_map(|q| {
            let m = self.mention(q);
            (self.actors.actors[m.actor].kind == kind
                && self
                    .affiliate_of(q)
                    .is_some_and(|hp| self.mention(hp).actor == actor))
            .then_some(m.actor)
        })
    }

    /// Token `k` (of a sentence ending at token `b`) is a third-person singular pronoun.
    pub(super) fn pronoun_at(&self, k: usize, b: usize) -> Option<(Case, Gender)> {
        let t = self.tokens[k];
        if !t.is_word() || !(2..=3).contains(&(t.end - t.start)) {
            return None;
        }
        let w = self.word(k);
        let lower = |s: &str| w.eq_ignore_ascii_case(s);
        // `His Majesty King Charles`, `Her Excellency`: a form of address, not a pronoun.
        let address = k + 1 < b
            && matches!(
                self.word(k + 1),
                "Majesty" | "Excellency" | "Highness" | "Holiness" | "Royal"
            );
        if address {
            return None;
        }
        if let Some(g) = gender::of_pronoun(w) {
            Some((Case::Subject, g))
        } else if lower("him") {
            Some((Case::Object, Gender::Male))
        } else if lower("his") {
            Some((Case::Possessive, Gender::Male))
        } else if lower("her") {
            // `her record` vs `praised her for`, `thanked her warmly`, `told her.`
            // (Not the stopword list: it holds nouns such as `members` and `leaders`.)
            let function_word = lx::PREPOSITION
                | lx::ARTICLE
                | lx::COORDINATOR
                | lx::CLAUSE_WORD
                | lx::SKIPPABLE
                | lx::RELATIVE
                | lx::CLAUSE_TAIL
                | lx::HE_SHE
                | lx::OTHER_PRONOUN;
            let noun_next = k + 1 < b
                && self.tokens[k + 1].is_word()
                && !self.has(k + 1, function_word)
                && !matches!(self.word(k + 1), "that" | "this" | "as" | "if")
                && !self.word(k + 1).ends_with("ly");
            let case = if noun_next {
                Case::Possessive
            } else {
                Case::Object
            };
            Some((case, Gender::Female))
        } else {
            None
        }
    }
}
