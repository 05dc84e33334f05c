//! Who speaks in a sentence: the subject of a verb of saying (`X said`) or of a speech
//! act (`Beijing rejected the call`), or one coordinated with it.

use super::super::clauses::{Ctx, Event};
use super::super::lexicon as lx;
use crate::text::tokenize::APOSTROPHES;

impl Ctx<'_> {
    /// Name mention `p` is the subject of one of `events` that reports speech or a speech
    /// act ([`super::super::clause_words::SPEECH_ACTS`]: `Beijing rejected the call`), or
    /// coordinated with it (`Moscow and Beijing said`). Not other acts: the subject of
    /// `pandered` or `fined` is portrayed by the sentence.
    pub(super) fn speaks(&self, p: usize, events: &[Event]) -> bool {
        // `Ksenia Sobchak's campaign office says`: the owner does not speak; a country
        // does through its own body (`Russia's foreign ministry said`).
        let k = self.token_from(self.mention(p).end);
        if k < self.tokens.len()
            && self.is_punct(k, &APOSTROPHES)
            && !self.owns_state_body(&self.mention(p))
        {
            return false;
        }
        events
            .iter()
            .filter_map(|e| {
                let sp = e.subject?.mention?;
                let m = self.mention(sp);
                (e.reporting || self.speech_act(e, (m.start, m.end))).then_some(sp)
            })
            .any(|sp| sp == p || self.coordinated(sp).any(|q| q == p))
    }

    /// `e` is a speech act ([`super::super::clause_words::SPEECH_ACTS`]) right after its
    /// subject, which spans those offsets (or after the comma closing what is set
    /// off after it: `China, whose goods …, urged`): not a noun (`fresh calls for`,
    /// `heartfelt praise`), nor a verb whose subject the finder took from further back
    /// (`Ron Paul, whom the candidate called`), nor a headline's passive (`West Ham
    /// accused of …`). `called` only before `for` or `on`, or a quotation (`called the
    /// fine "a disgrace"`; not `called a meeting`).
    pub(in crate::actors) fn speech_act(
        &self,
        e: &Event,
        (subject_start, subject_end): (usize, usize),
    ) -> bool {
        let w = &self.text[e.start..e.end];
        if e.inverted || !lx::sorted_has(super::super::clause_words::SPEECH_ACTS, w) {
            return false;
        }
        let (verb, k) = (self.token_from(e.start), self.token_from(e.end));
        let Some(si) = self.sents.locate(e.start) else {
            return false;
        };
        let (a, b) = self.ranges[si];
        let after = self.token_from(subject_end);
        let next_to_subject = match self.word_before(verb, a) {
            Some(j) => j + 1 == after,
            // What is set off right after the subject, or the subject set off itself
            // (`The vendor, Kestrel Systems of Dublin, denied`), closes before the verb (not
            // `Opposition rejects results of Punjab vote, accuses …`).
            None => {
                let first = self.token_from(subject_start);
                verb > a
                    && !self.tokens[verb - 1].is_word()
                    && after < verb
                    && (self.is_punct(after, &[',', '('])
                        || (first > a
                            && self.is_punct(first - 1, &[','])
                            && !self.possessive_at(after)))
            }
        };
        if !next_to_subject || (k < b && w == "accused" && self.word(k) == "of") {
            return false;
        }
        if !["call", "called", "calls"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
        {
            return true;
        }
        (k < b && self.word_in(k, &["for", "on"]))
            || (k..b.min(k + 8)).any(|j| self.is_punct(j, &['\u{201c}', '"']))
    }
}
