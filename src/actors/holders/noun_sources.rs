//! The source of a stance named by a noun: `Iran faced criticism from Russia`, `Turkey's
//! plan drew a rebuke from the EU`, `Obama's support from Syria`; and the one that judges
//! what a clause reports, in a noun set off after it (`Iran refused, a decision that Russia
//! condemned`). It holds the stance toward the actor the clause is about.

use super::super::clauses::{Ctx, Event, Subj};
use super::super::lexicon as lx;
use super::Target;

/// Nouns of a stance that name their source with `from`.
const STANCE_NOUNS: &[&str] = &[
    "accusations",
    "backing",
    "backlash",
    "calls",
    "complaint",
    "complaints",
    "condemnation",
    "criticism",
    "demands",
    "fire",
    "ire",
    "objections",
    "opposition",
    "outrage",
    "praise",
    "pressure",
    "protests",
    "rebuke",
    "rebukes",
    "support",
    "warnings",
];

/// Verbs and prepositions by which the clause's actor receives the stance (`faced
/// criticism`, `came under pressure`, `amid protests`).
const RECEIVING: &[&str] = &[
    "amid",
    "attracted",
    "attracting",
    "attracts",
    "came",
    "comes",
    "coming",
    "draw",
    "drawing",
    "drawn",
    "draws",
    "drew",
    "earned",
    "earning",
    "earns",
    "face",
    "faced",
    "faces",
    "facing",
    "got",
    "gets",
    "getting",
    "prompted",
    "prompting",
    "prompts",
    "provoked",
    "provokes",
    "received",
    "receives",
    "receiving",
    "sparked",
    "sparking",
    "sparks",
    "triggered",
    "triggers",
    "under",
    "won",
    "wins",
];

/// Words that open a stance noun's complement after its source (`criticism from Y of X`).
const COMPLEMENTS: &[&str] = &["against", "of", "on", "over", "that"];

/// At most this many words between the target and the stance noun.
const MAX_GAP: usize = 6;

impl Ctx<'_> {
    /// The source named after a stance noun that follows `target` in its clause: the
    /// target receives it (`X faced criticism from Y`) or owns it (`X's plan drew a rebuke
    /// from Y`, `X's support from Y`). Not when something else lies between them (`X
    /// said the criticism from Y`: X speaks).
    pub(super) fn noun_source(&self, target: Target) -> Option<Subj> {
        let si = self.sents.locate(target.start)?;
        let b = self.ranges[si].1;
        let first = self.token_from(target.end);
        let mut receives = false;
        let mut owns = false;
        for k in first..b.min(first + MAX_GAP + 1) {
            if !self.tokens[k].is_word() {
                // The target's own `'s`: `Obama's support from`.
                owns = k == first && k + 1 < b && self.possessive_at(k);
                if !owns {
                    return None;
                }
                continue;
            }
            let w = self.word(k);
            if self.tokens[k].cap && k > first + usize::from(owns) {
                return None;
            }
            if lx::sorted_has(STANCE_NOUNS, w) && (receives || owns) {
                // `fire` only as the fire one comes under or draws.
                if w == "fire" && !receives {
                    return None;
                }
                return self
                    .source_after_from(k + 1, b)
                    .filter(|s| s.actor != target.actor);
            }
            if lx::sorted_has(RECEIVING, w) {
                receives = true;
            } else if self.has(
                k,
                lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB | lx::BARRIER,
            ) || self.has(k, lx::PREPOSITION | lx::RELATIVE | lx::COORDINATOR)
            {
                // (`under` and `amid` are prepositions on the list above.)
                return None;
            }
        }
        None
    }

    /// The source named after a stance noun whose complement holds `target`: `a complaint
    /// from Y that X was polluting`, `criticism from Y of X`, `pressure from Y on X`.
    pub(super) fn noun_source_before(&self, target: Target) -> Option<Subj> {
        let si = self.sents.locate(target.start)?;
        let a = self.ranges[si].0;
        let t = self.token_from(target.start);
        // Back over up to two plain words (`that the junta`, `of Mali's`) to the connector.
        let mut k = t;
        while k > a && t - k < 3 {
            k -= 1;
            if !self.tokens[k].is_word() {
                return None;
            }
            if self.word_in(k, COMPLEMENTS) {
                break;
            }
            if self.tokens[k].cap || self.has(k, lx::STANCE_VERB | lx::OTHER_VERB | lx::BARRIER) {
                return None;
            }
        }
        if !self.word_in(k, COMPLEMENTS) {
            return None;
        }
        // The source's name ends right before the connector.
        let p = self.mention_at(k.checked_sub(1)?)?;
        (self.token_from(self.mention(p).end) == k && self.right_after_stance_noun(p))
            .then(|| self.subj(p))
            .filter(|s| s.actor != target.actor)
    }

    /// `…, a decision that X condemned`, `…, a move which X welcomed`: X, the subject of a
    /// stance verb in a relative clause on a noun set off after sentence `si`'s main clause
    /// (`events` are the sentence's). X judges what that clause reports.
    pub(in crate::actors) fn summary_source(&self, si: usize, events: &[Event]) -> Option<Subj> {
        let (a, b) = self.ranges[si];
        // `, a(n)` + up to three lowercase words + `that`/`which`.
        let relative = (a + 1..b.saturating_sub(2)).find_map(|k| {
            if !(self.is_punct(k, &[',']) && self.word_in(k + 1, &["a", "an"])) {
                return None;
            }
            let words = (k + 2..b.min(k + 6))
                .take_while(|&j| {
                    self.tokens[j].is_word()
                        && !self.tokens[j].cap
                        && !self.word_in(j, &["that", "which"])
                })
                .count();
            let rel = k + 2 + words;
            (words > 0 && rel < b && self.word_in(rel, &["that", "which"])).then_some(rel)
        })?;
        // The clause opens with a name (`that the White House condemned`; not `a website
        // that addresses …`).
        let first =
            relative + 1 + usize::from(relative + 1 < b && self.word(relative + 1) == "the");
        if first >= b || !self.tokens[first].cap {
            return None;
        }
        let after = self.tokens[relative].end;
        // The relative clause's first verb, which must be a stance and have a named subject
        // of its own inside the clause.
        let e = events.iter().find(|e| e.start > after)?;
        let s = e.subject.filter(|_| e.stance && !e.inverted)?;
        let p = s.mention?;
        (self.mention(p).start > after).then_some(s)
    }

    /// `from Y`, `from both Y and Z`, `from the Y`, starting at token `k`: Y.
    fn source_after_from(&self, mut k: usize, b: usize) -> Option<Subj> {
        if k >= b || self.word(k) != "from" {
            return None;
        }
        k += 1;
        while k < b && self.word_in(k, &["both", "the"]) {
            k += 1;
        }
        let p = self.mention_at(k)?;
        Some(self.subj(p))
    }

    /// Name mention `p` is the source named after a stance noun (`criticism from Russia`),
    /// or coordinated with one (`a rebuke from both Iran and Syria`): it speaks.
    pub(super) fn is_noun_source(&self, p: usize) -> bool {
        self.right_after_stance_noun(p)
            || self.coordinated(p).any(|q| self.right_after_stance_noun(q))
    }

    /// The verb event at byte `start` is a stance noun naming its source (`Syria's
    /// support from Iran`): its subject is who receives the stance, not who holds it.
    pub(super) fn names_its_source(&self, start: usize) -> bool {
        let k = self.token_from(start);
        k + 1 < self.tokens.len()
            && self.word(k + 1) == "from"
            && lx::sorted_has(STANCE_NOUNS, self.word(k))
    }

    /// `criticism from [both] [the] X`: name mention `p` is X.
    fn right_after_stance_noun(&self, p: usize) -> bool {
        let Some(si) = self.sents.locate(self.mention(p).start) else {
            return false;
        };
        let a = self.ranges[si].0;
        let mut k = self.token_from(self.np_start(p));
        while k > a && self.word_in(k - 1, &["both", "the"]) {
            k -= 1;
        }
        k >= a + 2 && self.word(k - 1) == "from" && lx::sorted_has(STANCE_NOUNS, self.word(k - 2))
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::expect;

    #[test]
    fn the_source_after_a_stance_noun_holds_the_stance_toward_the_clause_actor() {
        expect(
            "Iran faced sharp criticism from Russia over the drones.",
            &[("Iran", Some("Russia")), ("Russia", None)],
        );
        expect(
            "Turkey's plan drew a rebuke from the European Union.",
            &[("Turkey", Some("European Union")), ("European Union", None)],
        );
        expect(
            "Ukraine came under pressure from both Russia and Iran.",
            &[
                ("Ukraine", Some("Russia")),
                ("Russia", None),
                ("Iran", None),
            ],
        );
        expect(
            "Syria's support from Iran has grown.",
            &[("Syria", Some("Iran")), ("Iran", None)],
        );
    }

    #[test]
    fn a_speaker_or_a_verb_between_keeps_its_own_reading() {
        // Turkey speaks; the criticism is what it judges.
        expect(
            "Turkey rejected the criticism from Russia.",
            &[("Turkey", None), ("Russia", Some("Turkey"))],
        );
        expect(
            "Iran said the criticism from Russia was unfair.",
            &[("Iran", None), ("Russia", Some("Iran"))],
        );
        // Support one gives is no stance received.
        expect(
            "Iran pledged support from its own budget.",
            &[("Iran", None)],
        );
        // What the source says of another: the complement of the noun.
        expect(
            "Days after a complaint from Turkey that Syria was polluting the river, Iran spoke.",
            &[("Turkey", None), ("Syria", Some("Turkey")), ("Iran", None)],
        );
        expect(
            "Criticism from Russia over Ukraine's conduct grew.",
            &[("Russia", None), ("Ukraine", Some("Russia"))],
        );
        // The one that judges what the main clause reports.
        expect(
            "Iran refused to sign, a decision that Russia condemned as reckless.",
            &[("Iran", Some("Russia")), ("Russia", None)],
        );
        expect(
            "Turkey closed the border, a move which the European Union welcomed.",
            &[("Turkey", Some("European Union")), ("European Union", None)],
        );
        // Not a relative clause of someone else's act.
        expect(
            "Iran refused, a decision that shocked Russia.",
            &[("Iran", None), ("Russia", None)],
        );
        // Fire one opens is no stance received.
        expect(
            "Syria's fire from the hills hit Turkey.",
            &[("Syria", None), ("Turkey", None)],
        );
    }
}
