//! Who speaks in a sentence: the subject of a verb of saying (`X said`) or of a speech
//! act (`Beijing rejected the call`), or one coordinated with it.

use super::super::clauses::{Ctx, Event};
use super::super::lexicon as lx;
use crate::text::tokenize::APOSTROPHES;

/// Who speaks for a body or a country, after its possessive (`Norhaven's board said`,
/// `Saudi Arabia's delegation denied`).
const ORGANS: &[&str] = &[
    "board",
    "delegation",
    "envoy",
    "leadership",
    "management",
    "negotiators",
    "spokesman",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
];

impl Ctx<'_> {
    /// Name mention `p` is the subject of one of `events` that reports speech or a speech
    /// act ([`super::super::clause_words::SPEECH_ACTS`]: `Beijing rejected the call`), or
    /// coordinated with it (`Moscow and Beijing said`). Not other acts: the subject of
    /// `pandered` or `fined` is portrayed by the sentence.
    pub(super) fn speaks(&self, p: usize, events: &[Event]) -> bool {
        // `Ksenia Sobchak's campaign office says`: the owner does not speak; a country
        // does through its own body (`Russia's foreign ministry said`), and a body or a
        // country through its board, delegation or spokesman (`Norhaven's board said`),
        // which then ends the subject.
        let own = self.mention(p);
        let k = self.token_from(own.end);
        let mut organ_end = None;
        if k < self.tokens.len() && self.is_punct(k, &APOSTROPHES) {
            let organ = k + 2 < self.tokens.len()
                && self.possessive_at(k)
                && !self.is_person(own.actor)
                && self.word_in(k + 2, ORGANS);
            if organ {
                organ_end = Some(self.tokens[k + 2].end);
            } else if !self.owns_state_body(&own) {
                return false;
            }
        }
        events
            .iter()
            .filter_map(|e| {
                let sp = e.subject?.mention?;
                let m = self.mention(sp);
                let end = organ_end.filter(|_| sp == p).unwrap_or(m.end);
                (e.reporting || self.speech_act(e, (m.start, end))).then_some(sp)
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
