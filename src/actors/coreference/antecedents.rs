//! Whom a pronoun target refers to: the person named or referred to before it.

use super::pronouns::Case;
use super::references::{latest_first, References};
use crate::actors::clauses::{back_in_reading_order, Ctx, Event, Subj, FARTHEST_ANTECEDENT};
use crate::actors::gender::{self, Gender};
use crate::actors::lexicon as lx;
use crate::actors::{ActorKind, Mention};

impl Ctx<'_> {
    /// The person the pronoun at token `k` of sentence `si` refers to; `quote` is the
    /// quotation it is in and `speaker` that quotation's speaker. Names quoted elsewhere
    /// are not candidates, those earlier in its own quotation are.
    pub(super) fn antecedent(
        &self,
        si: usize,
        k: usize,
        (case, gender): (Case, Gender),
        events: &[Event],
        (quote, speaker): (Option<usize>, Option<Subj>),
        refs: &References,
    ) -> Option<usize> {
        let pos = self.tokens[k].start;
        // Events are in text order.
        let before = &events[..events.partition_point(|e| e.end <= pos)];
        // `Ruto praised him`: the subject of the pronoun's own clause.
        let own_subject = (case == Case::Object)
            .then(|| before.last().and_then(|e| e.subject))
            .flatten()
            .map(|s| s.actor);
        // `Bekele, who finished behind him`: nor the person a relative clause holding an
        // object pronoun describes.
        let described = (case == Case::Object)
            .then(|| {
                let (a, b) = self.ranges[si];
                self.parentheticals(a, b)
                    .into_iter()
                    .find(|r| r.0 > a && r.0 < k && k < r.1 && self.has(r.0 + 1, lx::RELATIVE))
                    .and_then(|r| self.mention_at(r.0 - 1))
                    .map(|p| self.mention(p).actor)
            })
            .flatten();
        let excluded = |a: usize| {
            Some(a) == own_subject || Some(a) == speaker.map(|s| s.actor) || Some(a) == described
        };
        if self.cataphoric(si, k, gender)
            || self.unnamed_speaker_before(si, before, k)
            || (case != Case::Object && self.unnamed_relative_head(si, k))
        {
            return None;
        }
        let sentence = self.sents.sents[si].index;
        // Earlier subjects of the sentence, then names, earlier pronouns and titles back
        // from the pronoun: those of its own sentence too (`Diallo met Mensah and thanked
        // him`), so that the pronoun of a person named there needs no row of its own.
        let candidates = || {
            let subjects = before.iter().rev().filter_map(|e| {
                let s = e.subject?;
                let start = s.mention.map_or(e.start, |p| self.mention(p).start);
                Some(Mention {
                    actor: s.actor,
                    sentence,
                    start,
                    end: start,
                })
            });
            let back = latest_first(
                self.named_before(pos, quote, (sentence, FARTHEST_ANTECEDENT)),
                refs.before(pos, quote),
            );
            subjects
                .chain(back_in_reading_order(back, sentence, |m| self.owns(m)))
                .filter(|m| !excluded(m.actor))
        };
        let as_pair = |m: Mention| (m.actor, m.sentence);
        let gender_of = |a: usize| self.gender(a).or_else(|| refs.gender(a));
        // `Mercy Adjei, who leads the union, said her members …`: right after a verb of
        // saying, the speaker speaks of themselves unless their gender says otherwise.
        if case != Case::Object {
            if let Some(s) = self.said_just_before(before, k).filter(|s| {
                !excluded(s.actor)
                    && self.is_person(s.actor)
                    && gender_of(s.actor).is_none_or(|g| g == gender)
            }) {
                return Some(s.actor);
            }
        }
        if case != Case::Object && k == self.ranges[si].0 {
            let continued = self.continued_subject(si, gender, &gender_of);
            if let Some(a) = continued.filter(|&a| !excluded(a)) {
                return Some(a);
            }
        }
        let picked =
            self.pick_person_by(candidates().map(as_pair), sentence, Some(gender), gender_of)?;
        let last = candidates().find(|m| m.actor == picked)?;
        // A name of unknown kind earlier in the sentence may be the person meant
        // (`Shapiro`, `Bennet's proposal … puts him`), unless it is where something is
        // (`one, in the Presov region, called on her`): no guess then; nor past a sentence
        // opened by someone's title alone (`The general said …`).
        let unsure = candidates()
            .take_while(|m| m.actor != picked)
            .take_while(|m| m.sentence == sentence)
            .any(|m| {
                self.actors.actors[m.actor].kind == ActorKind::Other
                    && !self
                        .mention_at(self.token_from(m.start))
                        .is_some_and(|p| self.is_location(p))
            });
        let titled = refs.unknown_opener_between(last.start, pos, quote);
        (!unsure && !titled).then_some(picked)
    }

    /// `One Western envoy said the army … than the RSF, which he said …`: someone unnamed
    /// speaks last before the pronoun at token `k` in its sentence, and no person is
    /// named in between, so the pronoun is theirs and names no actor.
    fn unnamed_speaker_before(&self, si: usize, before: &[Event], k: usize) -> bool {
        let Some(e) = before.iter().rev().find(|e| e.reporting) else {
            return false;
        };
        let verb = self.token_from(e.start);
        let a = self.ranges[si].0;
        let noun = verb > a && self.tokens[verb - 1].is_word() && !self.tokens[verb - 1].cap;
        let role = noun && self.has(verb - 1, lx::ROLE | lx::TITLE);
        // `One mother said she`, `A Sudanese survivor said his brother`: any noun after
        // `a` or `one`, up to three words back.
        let indefinite = noun
            && !self.has(verb - 1, lx::HE_SHE | lx::OTHER_PRONOUN | lx::STOPWORD)
            && (verb.saturating_sub(4).max(a)..verb - 1)
                .rev()
                .take_while(|&j| self.tokens[j].is_word())
                .any(|j| self.word_in(j, &["a", "an", "one", "another"]));
        (role || indefinite)
            && e.subject.is_none()
            && !e.inverted
            && !(verb + 1..k).any(|j| {
                self.mention_at(j)
                    .is_some_and(|p| self.is_person(self.mention(p).actor))
            })
    }

    /// `a schoolteacher who gave only her surname`: the pronoun at token `k` is a subject
    /// or possessive in a relative clause on someone unnamed, so it is theirs. (An object
    /// pronoun there is someone else: `a lawyer who represents her`.)
    fn unnamed_relative_head(&self, si: usize, k: usize) -> bool {
        let a = self.ranges[si].0;
        (a.max(k.saturating_sub(8))..k)
            .rev()
            .take_while(|&j| self.tokens[j].is_word() && self.mention_at(j).is_none())
            .find(|&j| self.word(j) == "who")
            .is_some_and(|who| self.who_after_unnamed_noun(who, a))
    }

    /// The subject of the verb of saying that the pronoun at token `k` stands right after
    /// ([`gender::right_after_saying`]).
    fn said_just_before(&self, before: &[Event], k: usize) -> Option<Subj> {
        let e = before.last().filter(|e| e.reporting)?;
        let from = self.token_from(e.end);
        gender::right_after_saying(self.text, self.tokens, from, k)
            .then_some(e.subject)
            .flatten()
    }

    /// `After he left, Mensah said …`: a pronoun in an opening subordinate clause refers
    /// to a person named after the clause's comma.
    fn cataphoric(&self, si: usize, k: usize, gender: Gender) -> bool {
        let (a, b) = self.ranges[si];
        if !(a < k && self.has(a, lx::CLAUSE_WORD | lx::BARRIER)) {
            return false;
        }
        let Some(comma) = (a..b).find(|&j| self.is_punct(j, &[','])) else {
            return false;
        };
        let after_comma = self.tokens[comma].end;
        let from = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < after_comma);
        comma > k
            && self.order[from..]
                .iter()
                .map(|&i| self.actors.mentions[i])
                .take_while(|m| m.end <= self.sents.sents[si].end)
                .any(|m| self.can_be(m.actor, Some(gender)))
    }
}
