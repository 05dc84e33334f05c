//! Clause bounds: barriers and clause ends, and the words next to a verb within a clause.

use super::Ctx;
use crate::actors::lexicon as lx;

impl Ctx<'_> {
    /// A clause barrier (`but`, `while`, `;`) lies between the two offsets of one sentence.
    /// In what a verb of saying reports (`report`), `X said A but B` and `X said A because
    /// B` are all X's words: only a barrier after a comma (`X said A, but B …`) or a
    /// semicolon ends them.
    pub(in crate::actors) fn barrier_between(&self, from: usize, to: usize, report: bool) -> bool {
        let Some(si) = self.sents.locate(from) else {
            return false;
        };
        let (a, b) = self.tokens_between(si, from, to);
        (a..b).any(|k| {
            let word =
                self.has(k, lx::BARRIER) && (!report || (k > a && self.is_punct(k - 1, &[','])));
            word || self.is_punct(k, &[';'])
        })
    }

    /// Token `k`'s phrase ends its clause: sentence end, punctuation or a preposition follows.
    pub(in crate::actors) fn ends_clause(&self, end: usize, a: usize, b: usize) -> bool {
        let k = a + self.tokens[a..b].partition_point(|t| t.start < end);
        k >= b || !self.tokens[k].is_word() || self.has(k, lx::PREPOSITION | lx::CLAUSE_TAIL)
    }

    /// Token index of the word before `k`, skipping auxiliaries and adverbs.
    pub(in crate::actors) fn word_before(&self, k: usize, lo: usize) -> Option<usize> {
        let mut j = k;
        while j > lo {
            j -= 1;
            if !self.tokens[j].is_word() {
                return None;
            }
            if !self.has(j, lx::SKIPPABLE) && !self.word(j).ends_with("ly") {
                return Some(j);
            }
        }
        None
    }

    /// Token index of the word after `k` (before token `hi`), skipping auxiliaries and
    /// adverbs, like [`Ctx::word_before`].
    pub(in crate::actors) fn word_after(&self, k: usize, hi: usize) -> Option<usize> {
        (k + 1..hi)
            .take_while(|&j| self.tokens[j].is_word())
            .find(|&j| !self.has(j, lx::SKIPPABLE) && !self.word(j).ends_with("ly"))
    }
}
