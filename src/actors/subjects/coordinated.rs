//! The shared subject of coordinated verbs (`S praised X and accused Y`): the previous
//! verb's subject, else the first subject-like mention of the clause's segments.

use crate::actors::appositives::role_before;
use crate::actors::clauses::{Ctx, Event, Subj, CLAUSE_MARKS};
use crate::actors::lexicon as lx;
use crate::text::tokenize::APOSTROPHES;

impl Ctx<'_> {
    /// Subject of a verb after a coordinator at token `c` (`S V1 O1 and V2 O2`): the subject
    /// of the previous verb of the clause outside parentheticals, else the first mention of
    /// the clause that is not after a preposition (`S` is not the object `O1`), else the
    /// nearest mention before the verb at `k`.
    pub(in crate::actors) fn elided_subject(
        &self,
        k: usize,
        c: usize,
        a: usize,
        rel: &[(usize, usize)],
        events: &[Event],
        pronoun: &dyn Fn(usize) -> Option<Subj>,
    ) -> Option<Subj> {
        let inside = |pos: usize, r: &(usize, usize)| {
            self.tokens[r.0].start < pos && pos < self.tokens[r.1].start
        };
        let verb = self.tokens[k].start;
        // `S praised X for its support and criticised Y`, `S welcomed the AU's call but
        // said`: a noun, whose possessor is not the subject the second verb shares.
        let possessed = |e: &Event| {
            let j = self.token_from(e.start);
            j > a
                && (self.word_in(j - 1, lx::POSSESSIVE_DETERMINERS)
                    || self.is_punct(j - 1, &APOSTROPHES)
                    || (j > a + 1 && self.possessive_at(j - 2)))
        };
        let prev = events
            .iter()
            .rev()
            .filter(|e| !possessed(e))
            .find(|e| !rel.iter().any(|r| inside(e.start, r) && !inside(verb, r)));
        if let Some(prev) = prev {
            // `He said the carrier had met the rules and accused the regulator`: a verb of
            // saying or judging goes with the verb of saying before the reported clause,
            // not with that clause's own verb.
            let judging = self.has(k, lx::STANCE_VERB | lx::REPORTING_VERB);
            let saying = events
                .iter()
                .rev()
                .find(|e| e.reporting && e.start < prev.start && e.subject.is_some());
            if let Some(say) = saying.filter(|_| judging && !prev.stance) {
                return say.subject;
            }
            return prev.subject;
        }
        // Clause segments between commas and clause words, from the nearest back to the
        // clause start. A segment opened by a clause word is subordinate: its subject is
        // taken only inside the verb's own clause (`said that Y defended X and praised Z`,
        // `While Y, under pressure, defended X and attacked Z`), not further back (`S
        // predicted that Y would win as the vote neared, but said ...` and `S defended X as
        // lawful and accused Y` are S's).
        let mut end = c;
        let mut nearest = true;
        loop {
            let mut s = end;
            while s > a {
                if let Some(r) = rel.iter().find(|r| r.1 == s - 1) {
                    s = r.0;
                    continue;
                }
                let j = s - 1;
                if self.is_punct(j, &[','])
                    || self.is_punct(j, CLAUSE_MARKS)
                    || self.has(j, lx::CLAUSE_WORD)
                {
                    break;
                }
                s -= 1;
            }
            let subordinate = s > a && self.has(s - 1, lx::CLAUSE_WORD);
            if nearest || !subordinate {
                if let Some(found) = self.first_subject(s, end, rel, pronoun) {
                    return found;
                }
            }
            // The verb's own clause ends at the first clause word, or at a comma right
            // before the coordinator (`…, but said`).
            nearest &= !subordinate && s < end;
            if s <= a || !(subordinate || self.is_punct(s - 1, &[','])) {
                break;
            }
            end = s - 1;
        }
        self.subject_before(k, a, rel, pronoun)
    }

    /// `Meridian's chief executive, Dr. Helen Okafor, apologised … and said`: person
    /// mention `p` fills the segment from token `s`, set off by a comma after a role.
    fn set_off_after_role(&self, s: usize, p: usize) -> bool {
        role_before(self.text, self.tokens, s, 0) && self.is_person(self.mention(p).actor)
    }

    /// The first subject-like mention in tokens `[s, end)` followed by a lowercase word (a
    /// verb candidate) before `end`: `Some(subject)`, `Some(None)` for an unresolved pronoun.
    fn first_subject(
        &self,
        s: usize,
        end: usize,
        rel: &[(usize, usize)],
        pronoun: &dyn Fn(usize) -> Option<Subj>,
    ) -> Option<Option<Subj>> {
        let function = lx::ARTICLE | lx::PREPOSITION | lx::COORDINATOR | lx::SKIPPABLE;
        let verb_after = |from: usize| {
            (from..end).any(|j| {
                self.tokens[j].is_word()
                    && self.word(j).starts_with(|c: char| c.is_lowercase())
                    && !self.has(j, function)
            })
        };
        let mut j = s;
        while j < end {
            if let Some(r) = rel.iter().find(|r| r.0 == j) {
                j = r.1 + 1;
                continue;
            }
            if let Some((_, last, subject)) = self.titled_subject_at(j, s) {
                let after_prep = j > s && self.has(j - 1, lx::PREPOSITION);
                j = last + 1;
                if !after_prep && verb_after(j) {
                    return Some(subject);
                }
                continue;
            }
            if let Some(d) = self.description_at(j) {
                let after_prep = j > s && self.has(j - 1, lx::PREPOSITION);
                j = d.noun + 1;
                if !after_prep && verb_after(j) {
                    return Some(Some(d.subject()));
                }
                continue;
            }
            if let Some(p) = self.mention_at(j) {
                let after_prep = j > s && self.has(j - 1, lx::PREPOSITION);
                while j < end && self.mention_at(j) == Some(p) {
                    j += 1;
                }
                if !after_prep && (verb_after(j) || (j >= end && self.set_off_after_role(s, p))) {
                    // `Brazil's biggest meatpacker walked out, accusing`: as `subject_before`.
                    if self.says_where_the_subject_is(p) {
                        return Some(None);
                    }
                    return Some(Some(self.subj(p)));
                }
                continue;
            }
            if self.has(j, lx::HE_SHE | lx::OTHER_PRONOUN) && verb_after(j + 1) {
                // `None`: `I`, `we`, an `it` that names no organisation or country.
                return Some(pronoun(j));
            }
            j += 1;
        }
        None
    }
}
