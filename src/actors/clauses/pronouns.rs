//! Pronoun resolution for holders: whom `he`, `she` and `it` refer to when they are the
//! subject of a verb (targets have their own rules in `coreference`).

use super::{Ctx, Event, Subj, FARTHEST_ANTECEDENT};
use crate::actors::gender::{self, Gender};
use crate::actors::lexicon as lx;
use crate::actors::quotes::quote_containing;
use crate::actors::{ActorKind, Mention};

/// Mentions given latest first, reordered the way a reader looks back for a pronoun's
/// person: those of the current `sentence` nearest first, then each earlier sentence's in
/// reading order, so that its subject comes before the people it talks about (`Hallan
/// said Carney had broken his promises. Morales dismissed his attack` is Hallan's). An
/// owner (`owner`: `Lind's lawyer, Thomas Beck, welcomed it. He said …`) comes after the
/// rest of its sentence: the noun it owns, not the owner, is what the sentence is about.
pub(in crate::actors) fn back_in_reading_order(
    mentions: impl Iterator<Item = Mention>,
    sentence: usize,
    owner: impl Fn(&Mention) -> bool,
) -> impl Iterator<Item = Mention> {
    let mut mentions = mentions.peekable();
    let mut group: Vec<Mention> = Vec::new();
    std::iter::from_fn(move || {
        if let Some(m) = group.pop() {
            return Some(m);
        }
        let first = mentions.next()?;
        if first.sentence == sentence {
            return Some(first);
        }
        // `group` is popped from the end: collect latest first, hand out earliest first.
        group.push(first);
        while let Some(m) = mentions.next_if(|m| m.sentence == first.sentence) {
            group.push(m);
        }
        // Popped last: owners, still earliest first among themselves.
        group.sort_by_key(|m| !owner(m));
        group.pop()
    })
}

impl Ctx<'_> {
    /// A person the pronoun of gender `pronoun` (None: not `he`/`she`) can refer to.
    pub(in crate::actors) fn can_be(&self, actor: usize, pronoun: Option<Gender>) -> bool {
        self.is_person(actor) && (pronoun.is_none() || gender::agrees(self.gender(actor), pronoun))
    }

    pub(in crate::actors) fn gender(&self, actor: usize) -> Option<Gender> {
        let genders = self
            .genders
            .get_or_init(|| gender::genders(self.text, self.tokens, self.actors));
        genders[actor]
    }

    /// The persons named before `pos` outside quotations, in [`back_in_reading_order`],
    /// with the index of their sentence (`sentence` is that of `pos`).
    pub(super) fn persons_before(
        &self,
        pos: usize,
        sentence: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let named = self.named_before(pos, None, (sentence, FARTHEST_ANTECEDENT));
        back_in_reading_order(named, sentence, |m| self.owns(m))
            .filter(|m| self.is_person(m.actor))
            .map(|m| (m.actor, m.sentence))
    }

    /// The antecedent of a pronoun of gender `pronoun` among `candidates` (actor and
    /// sentence index, nearest first), in sentence `sentence`: the first person the
    /// pronoun agrees with, where a person of unknown gender agrees with `he`. Most people
    /// named in the news are men, and nothing marks them as such more often than it marks
    /// women, so `she` takes a woman the article shows as such up to two sentences past
    /// persons of unknown gender (`President Ruto met Amina Diallo. She …` is Diallo), and
    /// a person of unknown gender only when no other one is that near.
    pub(in crate::actors) fn pick_person(
        &self,
        candidates: impl Iterator<Item = (usize, usize)>,
        sentence: usize,
        pronoun: Option<Gender>,
    ) -> Option<usize> {
        self.pick_person_by(candidates, sentence, pronoun, |a| self.gender(a))
    }

    /// [`Ctx::pick_person`] with the persons' genders from `gender_of`.
    pub(in crate::actors) fn pick_person_by(
        &self,
        candidates: impl Iterator<Item = (usize, usize)>,
        sentence: usize,
        pronoun: Option<Gender>,
        gender_of: impl Fn(usize) -> Option<Gender>,
    ) -> Option<usize> {
        let mut unknown: Option<(usize, usize)> = None;
        let mut rivals = false;
        for (actor, si) in candidates {
            // Far enough back for any pronoun; and the walk stays short when no person of
            // the pronoun's gender is named (a long text of `she` after men only).
            if sentence.saturating_sub(si) > FARTHEST_ANTECEDENT {
                break;
            }
            if !self.is_person(actor) {
                continue;
            }
            // A person of the pronoun's gender in the unknown one's sentence is still
            // preferred (`Elnur Aliyev said Dubois had …` before `Her brother`).
            if unknown.is_some_and(|(_, at)| si < at) && sentence.saturating_sub(si) > 2 {
                break;
            }
            match gender_of(actor) {
                g if pronoun.is_none() || g == pronoun => return Some(actor),
                None if pronoun == Some(Gender::Male) => return Some(actor),
                None => match unknown {
                    None => unknown = Some((actor, si)),
                    Some((first, _)) => rivals |= first != actor,
                },
                Some(_) => {}
            }
        }
        unknown.filter(|_| !rivals).map(|(actor, _)| actor)
    }

    /// The last person mentioned before `pos`, outside quotations, that `pronoun` agrees with.
    pub(in crate::actors) fn person_before(
        &self,
        pos: usize,
        pronoun: Option<Gender>,
    ) -> Option<Subj> {
        let sentence = self.sentence_index(pos);
        self.pick_person(self.persons_before(pos, sentence), sentence, pronoun)
            .map(|actor| Subj {
                actor,
                mention: None,
            })
    }

    /// The actor the subject pronoun at token `j` refers to: [`Ctx::pronoun`] for `he` and
    /// `she`, [`Ctx::organisation_for_it`] for `it` (and `its` opening a subject); none for
    /// `I`, `we`, `you`, `they`.
    pub(in crate::actors) fn subject_pronoun(
        &self,
        events: &[Event],
        sentence_start: usize,
        j: usize,
    ) -> Option<Subj> {
        let w = self.word(j);
        if w.eq_ignore_ascii_case("it") || w.eq_ignore_ascii_case("its") {
            return self.organisation_for_it(events, sentence_start, j);
        }
        let gender = gender::of_pronoun(w)?;
        let opens = self
            .sents
            .locate(sentence_start)
            .filter(|&si| self.ranges[si].0 == j);
        if let Some(actor) =
            opens.and_then(|si| self.continued_subject(si, gender, &|a| self.gender(a)))
        {
            return Some(Subj {
                actor,
                mention: None,
            });
        }
        self.pronoun(events, sentence_start, Some(gender))
    }

    /// `The Commission fined Meta. It accused the company …`, `Russia said it would …`:
    /// `it` before a verb of saying or of stance refers to the organisation or country
    /// that is the last subject earlier in its sentence, else that is named first in the
    /// nearest earlier sentence that names anyone (within two). No guess past a person or
    /// a name of unknown kind, and none inside a quotation (where `it` is mostly a thing).
    fn organisation_for_it(
        &self,
        events: &[Event],
        sentence_start: usize,
        j: usize,
    ) -> Option<Subj> {
        let (a, b) = (j + 1, (j + 4).min(self.tokens.len()));
        let verb = (a..b)
            .take_while(|&k| self.tokens[k].is_word())
            .any(|k| self.has(k, lx::REPORTING_VERB | lx::STANCE_VERB));
        let t = self.tokens[j];
        if !verb || quote_containing(&self.quotes, t.start, t.end).is_some() {
            return None;
        }
        let body = |actor: usize| match self.actors.actors[actor].kind {
            ActorKind::Organisation | ActorKind::Country => true,
            ActorKind::Other => self.organisations().binary_search(&actor).is_ok(),
            _ => false,
        };
        let subj = |actor| Subj {
            actor,
            mention: None,
        };
        let earlier = events.iter().rev().filter(|e| e.end <= t.start);
        if let Some(s) = earlier.filter_map(|e| e.subject).next() {
            return body(s.actor).then(|| subj(s.actor));
        }
        // `The company said …. It said …`: the body that is the subject of the sentence
        // before, even when only described there (the first name may be a place in it:
        // `produced in the Indian city of Hyderabad`).
        let previous = self
            .sents
            .locate(sentence_start)
            .filter(|&si| si > 0)
            .and_then(|si| {
                self.events_without_pronouns(si - 1)
                    .into_iter()
                    .find_map(|e| e.subject)
            });
        if let Some(s) = previous.filter(|s| body(s.actor)) {
            return Some(subj(s.actor));
        }
        let sentence = self.sentence_index(sentence_start);
        let near = self.named_before(sentence_start, None, (sentence, 2));
        // `Armenia's defence ministry said …. It said …`: a state body speaks for its owner.
        let first =
            back_in_reading_order(near, sentence, |m| self.owns(m) && !self.owns_state_body(m))
                .next()?;
        body(first.actor).then(|| subj(first.actor))
    }

    /// `Mokoena rejected that accusation. She said …`: `he` or `she` (of `gender`)
    /// opening sentence `si` goes on about the person who was the subject of the sentence
    /// before, when that person's gender (by `gender_of`) may be the pronoun's and no
    /// other person there is known to be of it (`Smith criticised Jane Doe. She said …`
    /// is about Jane Doe). Most persons' genders are unknown, and without this the
    /// pronoun went past them to anyone of its gender further back.
    pub(in crate::actors) fn continued_subject(
        &self,
        si: usize,
        gender: Gender,
        gender_of: &dyn Fn(usize) -> Option<Gender>,
    ) -> Option<usize> {
        let before = si.checked_sub(1)?;
        // Its own pronouns left unresolved, so that a run of `She said` is not re-read.
        let subject = self
            .events_without_pronouns(before)
            .into_iter()
            .find_map(|e| e.subject)?
            .actor;
        if !self.is_person(subject) || gender_of(subject).is_some_and(|g| g != gender) {
            return None;
        }
        let (start, end) = (self.sents.sents[before].start, self.sents.sents[before].end);
        let from = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < start);
        let rival = self.order[from..]
            .iter()
            .map(|&i| self.actors.mentions[i])
            .take_while(|m| m.start < end)
            .any(|m| {
                m.actor != subject && self.is_person(m.actor) && gender_of(m.actor) == Some(gender)
            });
        (!rival).then_some(subject)
    }

    /// `he`/`she`: the last person subject earlier in this sentence, else the last person
    /// before it, of a gender the pronoun agrees with (see [`Ctx::pick_person`]).
    pub(in crate::actors) fn pronoun(
        &self,
        events: &[Event],
        sentence_start: usize,
        pronoun: Option<Gender>,
    ) -> Option<Subj> {
        let sentence = self.sentence_index(sentence_start);
        let subjects = events
            .iter()
            .rev()
            .filter_map(|e| e.subject)
            .map(|s| (s.actor, sentence));
        self.pick_person(
            subjects.chain(self.persons_before(sentence_start, sentence)),
            sentence,
            pronoun,
        )
        .map(|actor| Subj {
            actor,
            mention: None,
        })
    }
}
