//! `according to X`: the source a sentence names, or the person set off after its role.

use super::{Ctx, Subj};
use crate::actors::lexicon as lx;
use crate::text::tokenize::APOSTROPHES;

impl Ctx<'_> {
    pub(in crate::actors) fn according(&self, si: usize) -> Option<Subj> {
        let (a, b) = self.ranges[si];
        let k = (a..b.saturating_sub(1)).find(|&k| {
            self.word(k).eq_ignore_ascii_case("according") && self.word(k + 1) == "to"
        })?;
        let start = self.source_start(k + 2, b);
        let source = self.np_after(start, b).map(|(s, _)| s);
        if source.is_some_and(|s| self.is_person(s.actor)) {
            return source;
        }
        self.person_after_role(start, self.ranges[si]).or(source)
    }

    /// `the union's president, Rui Tavares,`: the person set off by a comma after the
    /// role phrase that starts at token `k` (in the sentence of tokens `a..b`).
    fn person_after_role(&self, k: usize, (a, b): (usize, usize)) -> Option<Subj> {
        let comma = (k..b.min(k + 8))
            .find(|&j| !self.tokens[j].is_word() && !self.is_punct(j, &APOSTROPHES))?;
        if !self.is_punct(comma, &[',']) || comma + 1 >= b {
            return None;
        }
        let p = self.mention_at(comma + 1)?;
        let role = crate::actors::appositives::role_before(self.text, self.tokens, comma + 1, a);
        (role && self.is_person(self.mention(p).actor)).then(|| self.subj(p))
    }

    /// Where the source's name starts after `according to`: past an article, up to three
    /// modifiers and a source noun with its preposition (`a confidential IAEA report`,
    /// `figures released by the U.N.`, `officials at the Pentagon`). Returns `k` itself
    /// when that shape does not lead to a name (`the deal signed with Iran`).
    fn source_start(&self, k: usize, b: usize) -> usize {
        // A verb-like word: `documents showing`, `the deal Iran signed`.
        let verbal = |j: usize| {
            let w = self.word(j);
            self.has(j, lx::STANCE_VERB | lx::OTHER_VERB) || w.ends_with("ing") || w.ends_with("ed")
        };
        let lower = |j: usize| {
            j < b
                && self.tokens[j].is_word()
                && !self.tokens[j].cap
                && !self.has(j, lx::PREPOSITION | lx::STOPWORD)
                && !self.word(j).ends_with("ing")
        };
        let mention = |j: usize| (j < b).then(|| self.mention_at(j)).flatten();
        let mut j = k;
        if j < b && self.has(j, lx::ARTICLE) {
            j += 1;
        }
        let mut modifiers = 0;
        while modifiers < 3 && mention(j).is_none() && lower(j) {
            j += 1;
            modifiers += 1;
        }
        // `a report by X`: the last modifier was a source noun; its preposition follows.
        let mut by = false;
        if modifiers > 0
            && j < b
            && mention(j).is_none()
            && matches!(self.word(j), "by" | "from" | "at")
        {
            j += 1;
            by = true;
            // `a statement from the company`: a description names the source.
            if self
                .description_at(j)
                .is_some_and(|d| d.first == j && d.noun < b)
            {
                return j;
            }
            if j < b && self.word(j) == "the" {
                j += 1;
            }
        }
        let Some(p) = mention(j) else {
            return k;
        };
        // After a noun and without a preposition, the name must not start a clause of its
        // own (`the deal Iran signed`; `a Quinnipiac poll released Friday` is fine).
        let after = self.token_from(self.mention(p).end);
        if modifiers > 0 && !by && after < b && self.tokens[after].is_word() && verbal(after) {
            return k;
        }
        j
    }
}
