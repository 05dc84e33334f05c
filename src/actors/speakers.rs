//! Quotation speakers: `“…,” said X`, `“…,” X said`, `“…,” he told reporters`,
//! `X said: “…”`, `according to X, “…”`; a quotation without attribution continues the
//! previous quotation's speaker when no other actor is mentioned in between.

use super::clauses::{Ctx, Subj};
use super::gender;
use super::lexicon as lx;
use super::quotes::Quote;

impl Ctx<'_> {
    /// Speaker of each quotation.
    pub(super) fn quote_speakers(&self) -> Vec<Option<Subj>> {
        let mut out: Vec<Option<Subj>> = Vec::with_capacity(self.quotes.len());
        for (qi, q) in self.quotes.iter().enumerate() {
            let after = self.speaker_after(q);
            let mut s = after.flatten().or_else(|| self.speaker_before(qi));
            // `“…,” a bank official said`: attributed to someone unnamed, not continued.
            if s.is_none() && after.is_none() && qi > 0 {
                let prev = self.quotes[qi - 1];
                let prev_speaker = out[qi - 1].map(|s| s.actor);
                // Mentions after the previous quotation's attribution sentence.
                let from = self
                    .sents
                    .locate(prev.end.saturating_sub(1))
                    .map_or(prev.end, |si| self.sents.sents[si].end.max(prev.end));
                // Both by binary search: a scan per quotation is quadratic in quotations.
                let mentions = &self.actors.mentions;
                let first = self.order.partition_point(|&i| mentions[i].start < from);
                let others = self.order[first..]
                    .iter()
                    .map(|&i| mentions[i])
                    .take_while(|m| m.start < q.start)
                    .any(|m| m.end <= q.start && Some(m.actor) != prev_speaker);
                let sents = &self.sents.sents;
                let sentences = sents
                    .partition_point(|x| x.start < q.start)
                    .saturating_sub(sents.partition_point(|x| x.start <= prev.end));
                if !others && sentences <= 3 {
                    s = out[qi - 1];
                }
            }
            out.push(s);
        }
        out
    }

    /// `“…,” said X`, `“…,” X said`, `“…,” he told reporters`: `Some` where a verb
    /// attributes the quotation, with its speaker if the article names them.
    fn speaker_after(&self, q: &Quote) -> Option<Option<Subj>> {
        if !q.closed {
            return None;
        }
        let si = self.sents.locate(q.end - 1)?;
        let (lo, b) = self.tokens_between(si, q.end, usize::MAX);
        let mut hi = lo;
        while hi < b && hi < lo + 12 && !self.is_punct(hi, &['.', '!', '?', ';', '\u{201c}', '"']) {
            hi += 1;
        }
        let k = (lo..hi).find(|&k| self.is_verb(k))?;
        let first_word = (lo..hi).find(|&j| self.tokens[j].is_word());
        if first_word == Some(k) {
            if let Some((s, end)) = self.np_after(k + 1, hi) {
                // `said Mr. Engel, New York Democrat`: a name ending the phrase is the speaker.
                let ends_titled = s.mention.is_some_and(|p| self.mention(p).end < end);
                let named = ends_titled.then(|| self.named_after(end, hi)).flatten();
                return Some(Some(named.unwrap_or(s)));
            }
            if let Some(named) = self.named_after_determiner(k + 1, hi) {
                return Some(Some(named));
            }
            return Some(
                (k + 1 < hi && self.has(k + 1, lx::HE_SHE))
                    .then(|| self.person_for(k + 1, q.start))
                    .flatten(),
            );
        }
        let rel = self.parentheticals(lo, hi);
        Some(self.subject_before(k, lo, &rel, &|j| self.person_for(j, q.start)))
    }

    /// `said the EU's foreign policy chief, Katarina Novak.`: the person an inverted
    /// subject's title names, after the rest of the title (up to four lowercase or title
    /// words from offset `end`) and a comma, ending the attribution or its clause.
    pub(super) fn named_after(&self, end: usize, hi: usize) -> Option<Subj> {
        let mut j = self.token_from(end);
        let mut words = 0;
        while j < hi && words < 4 && self.mention_at(j).is_none() {
            // `the association's president`: a body's possessive before the title.
            if j > 0 && j + 1 < hi && self.tokens[j - 1].is_word() && self.possessive_at(j) {
                j += 2;
                continue;
            }
            let t = self.tokens[j];
            if !t.is_word() {
                break;
            }
            if t.cap && !self.has(j, lx::TITLE | lx::TITLE_MODIFIER) {
                return None;
            }
            j += 1;
            words += 1;
        }
        if !(j + 1 < hi && self.is_punct(j, &[','])) {
            return None;
        }
        let p = self.mention_at(j + 1)?;
        let m = self.mention(p);
        let after = self.token_from(m.end);
        let person = matches!(
            self.actors.actors[m.actor].kind,
            super::ActorKind::Person | super::ActorKind::Other
        );
        (person && (after >= hi || self.is_punct(after, &['.', '!', '?', ';', ','])))
            .then(|| self.subj(p))
    }

    /// `said its director, Nuno Baptista`, `said the climate envoy, Seluka Tapuni`: the
    /// person a title after the determiner at token `k` names ([`Ctx::named_after`]).
    pub(super) fn named_after_determiner(&self, k: usize, hi: usize) -> Option<Subj> {
        (k < hi && matches!(self.word(k), "its" | "his" | "her" | "their" | "the"))
            .then(|| self.named_after(self.tokens[k].end, hi))
            .flatten()
    }

    /// `X said: “…”`, `according to X, “…”`.
    fn speaker_before(&self, qi: usize) -> Option<Subj> {
        let q = self.quotes[qi];
        let si = self.sents.locate(q.start)?;
        let sent = self.sents.sents[si];
        let from = match qi.checked_sub(1).map(|p| self.quotes[p].end) {
            Some(end) if end > sent.start => end,
            _ => sent.start,
        };
        let (lo, hi) = self.tokens_between(si, from, q.start);
        if let Some(k) = (lo..hi.saturating_sub(1))
            .find(|&k| self.word(k).eq_ignore_ascii_case("according") && self.word(k + 1) == "to")
        {
            return self.np_after(k + 2, hi).map(|(s, _)| s);
        }
        let k = (lo..hi).rev().find(|&k| self.is_verb(k))?;
        let rel = self.parentheticals(lo, hi);
        self.subject_before(k, lo, &rel, &|j| self.person_for(j, sent.start))
    }

    /// The person the `he` or `she` at token `j` refers to, named before `pos`. A
    /// quotation's `it said` stays unresolved, as before `it` had holder rules.
    fn person_for(&self, j: usize, pos: usize) -> Option<Subj> {
        gender::of_pronoun(self.word(j)).and_then(|g| self.person_before(pos, Some(g)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{expect, LAVROV};

    #[test]
    fn a_bodys_officer_named_after_the_verb_speaks() {
        let darko = Some("Efua Darko");
        expect(
            "\"Iran will cost us jobs,\" said the association's president, Efua Darko.",
            &[("Iran", darko), ("Efua Darko", None)],
        );
        expect(
            "Iran will cost jobs, said the association's president, Efua Darko, blaming it.",
            &[("Iran", darko), ("Efua Darko", None)],
        );
    }

    #[test]
    fn quotation_speaker_after_the_quote() {
        expect(
            "“Iran must stop,” said Sergei Lavrov.",
            &[("Iran", LAVROV), ("Sergei Lavrov", None)],
        );
        expect(
            "“Iran must stop,” Sergei Lavrov said.",
            &[("Iran", LAVROV), ("Sergei Lavrov", None)],
        );
        expect(
            "“Iran must stop,” Sergei Lavrov told reporters.",
            &[("Iran", LAVROV), ("Sergei Lavrov", None)],
        );
        expect(
            "“Iran must stop,” said Russian Foreign Minister Sergei Lavrov.",
            &[("Iran", LAVROV), ("Russian", None), ("Sergei Lavrov", None)],
        );
        expect(
            "\"Iran must stop,\" said Sergei Lavrov.",
            &[("Iran", LAVROV), ("Sergei Lavrov", None)],
        );
    }

    #[test]
    fn quotation_speaker_named_after_a_title() {
        expect(
            "“Iran must stop,” said the EU's foreign policy chief, Sergei Lavrov.",
            &[("Iran", LAVROV), ("EU", None), ("Sergei Lavrov", None)],
        );
        // A name that ends the phrase is the speaker; what follows describes him.
        expect(
            "“Iran must stop,” said Mr. Lavrov, Russian envoy.",
            &[
                ("Iran", Some("Lavrov")),
                ("Lavrov", None),
                ("Russian", Some("Lavrov")),
            ],
        );
    }

    #[test]
    fn quotation_speaker_after_lowercase_nouns_of_a_title() {
        for attribution in [
            "union leader",
            "opposition party leader",
            "trust chairwoman",
        ] {
            expect(
                &format!("“Iran must stop,” said {attribution} Sergei Lavrov."),
                &[("Iran", LAVROV), ("Sergei Lavrov", None)],
            );
        }
    }

    #[test]
    fn quotation_speaker_set_off_after_a_title_with_lowercase_nouns() {
        for attribution in [
            "the climate envoy, Sergei Lavrov, who chairs the group",
            "Turkey's climate envoy, Sergei Lavrov",
        ] {
            let text = format!("“Iran must stop,” said {attribution}.");
            let h = super::super::test_support::holders(&text);
            assert_eq!(h[0], ("Iran", Some("Sergei Lavrov".into())), "{text}");
        }
    }

    #[test]
    fn quotation_speaker_before_the_quote() {
        expect(
            "Sergei Lavrov said: “Iran must stop. Turkey too.”",
            &[
                ("Sergei Lavrov", None),
                ("Iran", LAVROV),
                ("Turkey", LAVROV),
            ],
        );
    }

    #[test]
    fn quotation_over_several_sentences_keeps_its_speaker() {
        expect(
            "“Iran is ready. We will act against Turkey,” said Sergei Lavrov.",
            &[
                ("Iran", LAVROV),
                ("Turkey", LAVROV),
                ("Sergei Lavrov", None),
            ],
        );
        // An unattributed quotation continues the previous speaker.
        expect(
            "“Iran is ready,” said Sergei Lavrov. “Turkey is not.”",
            &[
                ("Iran", LAVROV),
                ("Sergei Lavrov", None),
                ("Turkey", LAVROV),
            ],
        );
    }

    #[test]
    fn pronoun_speaker_resolves_to_the_last_person() {
        expect(
            "Sergei Lavrov arrived. “Iran must stop,” he said. He said Turkey was wrong.",
            &[
                ("Sergei Lavrov", None),
                ("Iran", LAVROV),
                ("Turkey", LAVROV),
            ],
        );
    }
}
