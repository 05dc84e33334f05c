//! Third-person pronouns as targets: `He was arrested`, `Ruto praised him`, `her record`
//! refer to a person the article named before, and the sentence takes a stance toward that
//! person. NewsMTSC labels such targets too (about 1,300 of its 8,739 training rows are
//! `he`, `she`, `him`, `her` or `his`), so the model scores them like names.
//!
//! Resolution follows the subject pronouns the holder rules already resolve: the last
//! person subject earlier in the sentence, else the last person named before it, of a
//! gender the pronoun agrees with. An object pronoun (`him`, `her` before a function word)
//! is not the subject of its own clause (`Ruto praised him`), and any pronoun inside a
//! quotation is not its speaker (who would say `I`).
//!
//! Descriptions of organisations (`the regulator`, resolved in `descriptions`) and titles
//! that name the person introduced with them (`the governor`, resolved in `titled`) become
//! targets the same way, one per actor and sentence.

use super::appositives::appositive;
use super::clauses::{Ctx, Event, Subj};
use super::holders::{Holders, Target};
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::Mention;
use pronouns::Case;
use references::References;

mod antecedents;
mod pronouns;
mod references;
#[cfg(test)]
mod tests;

/// A pronoun, a description (`the company`: see `descriptions`) or a title (`the
/// governor`: see `titled`) that refers to an actor, and who holds the stance toward it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReferenceTarget {
    pub mention: Mention,
    pub holders: Holders,
}

impl Ctx<'_> {
    /// The pronouns of the article that refer to a person not named in the same sentence,
    /// at most one per person and sentence, the descriptions of organisations (`the
    /// company`) and the titles of known persons (`the governor`), with their holders.
    /// `events_of` holds the verb events of the sentences worked out so far, by sentence.
    pub(super) fn reference_targets(
        &self,
        speakers: &[Option<Subj>],
        events_of: &mut [Option<Vec<Event>>],
    ) -> Vec<ReferenceTarget> {
        let mut out = Vec::new();
        let mut refs = References::new(self.titled_refs(), self.actors.actors.len());
        // A `Read more:` link's pronouns belong to another story.
        let furniture = self.article.page_furniture(self.text);
        let mut next_furniture = 0;
        let mut next_titled = 0;
        for (si, &(a, b)) in self.ranges.iter().enumerate() {
            let s = &self.sents.sents[si];
            // Both in text order: skip the furniture that ends before this sentence.
            while furniture
                .get(next_furniture)
                .is_some_and(|f| f.1 <= s.start)
            {
                next_furniture += 1;
            }
            if furniture.get(next_furniture).is_some_and(|f| f.0 < s.end) {
                continue;
            }
            let events = &mut events_of[si];
            let mut according = None;
            let mut done: Vec<usize> = Vec::new();
            // `She told him … and asked him`: one pronoun, one person within a sentence
            // (and quotation).
            let mut same: Vec<(&str, Option<usize>, usize)> = Vec::new();
            for k in a..b {
                // `The governor is fighting …` after `Governor Marta Quintela`: a title
                // that names a person the article introduced with it.
                let start = self.tokens[k].start;
                while refs
                    .titled
                    .get(next_titled)
                    .is_some_and(|(m, _)| m.start < start)
                {
                    next_titled += 1;
                }
                let titled = refs.titled.get(next_titled).map(|(m, _)| *m);
                let titled = titled.filter(|m| m.start == start);
                let description = match titled {
                    Some(_) => None,
                    None => self.description_at(k).filter(|d| d.first == k),
                };
                // `the union's president, Rui Tavares`: where the person belongs.
                let own_end = titled
                    .map(|m| self.token_from(m.end))
                    .or(description.map(|d| d.noun + 1));
                if own_end.is_some_and(|e| self.person_affiliated_at(e, b).is_some()) {
                    continue;
                }
                // `said Marlene Oost, the group's head of legal affairs`: the same, set off
                // after the person.
                let set_off_role = || {
                    self.apposed_to(k, a).is_some()
                        && appositive(self.text, self.tokens, k - 1, b).is_some_and(|ap| ap.role)
                };
                if description.is_some() && set_off_role() {
                    continue;
                }
                // `It rejected the ruling.`: a sentence's opening `It` before a verb, that
                // names the organisation or country of the sentences before; not `It is
                // believed that …`, `It has been reported …`.
                let expletive = || {
                    k + 1 < b
                        && (self.has(k + 1, lx::BE)
                            || (matches!(self.word(k + 1), "has" | "had")
                                && k + 2 < b
                                && self.word(k + 2) == "been"))
                };
                // The verb right after it (past an adverb or auxiliary), not further on
                // (`It found that support was strongest …` is a survey's finding).
                let verb_next = || {
                    self.word_after(k, b)
                        .is_some_and(|j| self.has(j, lx::STANCE_VERB | lx::REPORTING_VERB))
                };
                // `Its foreign ministry said …`: the body speaks through its own.
                let its = || {
                    self.word(k) == "Its"
                        && k + 1 < b
                        && self.tokens[k + 1].is_word()
                        && !self.tokens[k + 1].cap
                };
                let it = if titled.is_none()
                    && description.is_none()
                    && k == a
                    && self.mention_at(k).is_none()
                    && ((self.word(k) == "It" && !expletive() && verb_next()) || its())
                {
                    let events = events.get_or_insert_with(|| self.events(si));
                    self.subject_pronoun(events, s.start, k)
                        .map(|subj| subj.actor)
                } else {
                    None
                };
                let pronoun = match (titled, description, it) {
                    // A pronoun's word inside a name (`He Lifeng`) is the name's.
                    (None, None, None) => match self.pronoun_at(k, b) {
                        Some(p) if self.mention_at(k).is_none() => Some(p),
                        _ => continue,
                    },
                    _ => None,
                };
                let events: &[Event] = events.get_or_insert_with(|| self.events(si));
                let t = self.tokens[k];
                let quote = quote_containing(&self.quotes, t.start, t.end);
                let speaker = quote.and_then(|q| speakers[q]);
                let (actor, end, subject_case, owned) = match (description, pronoun, titled, it) {
                    (Some(d), ..) => (d.actor, self.tokens[d.noun].end, true, None),
                    (None, None, Some(m), _) => (m.actor, m.end, true, None),
                    (None, None, None, Some(actor)) => (actor, t.end, true, None),
                    (None, Some(pronoun), ..) => {
                        let word = self.word(k);
                        let earlier = same
                            .iter()
                            .find(|(w, q, _)| *q == quote && w.eq_ignore_ascii_case(word));
                        let actor = match earlier {
                            Some(&(_, _, a)) => a,
                            None => {
                                let found = self.antecedent(
                                    si,
                                    k,
                                    pronoun,
                                    events,
                                    (quote, speaker),
                                    &refs,
                                );
                                let Some(a) = found else {
                                    continue;
                                };
                                same.push((word, quote, a));
                                a
                            }
                        };
                        let mention = Mention {
                            actor,
                            sentence: s.index,
                            start: t.start,
                            end: t.end,
                        };
                        refs.add_pronoun(mention, quote, pronoun.1);
                        // `Saidov said his government wanted …`, `her party`: the country or
                        // party the article ties the person to.
                        let owned = (pronoun.0 == Case::Possessive && k + 1 < b)
                            .then(|| self.affiliated_body(actor, self.word(k + 1)))
                            .flatten();
                        match owned {
                            Some(body) => (body, self.tokens[k + 1].end, true, Some(actor)),
                            None => (actor, t.end, pronoun.0 == Case::Subject, None),
                        }
                    }
                    (None, None, None, None) => continue,
                };
                let mention = Mention {
                    actor,
                    sentence: s.index,
                    start: t.start,
                    end,
                };
                // (An owned body's affiliation in the sentence gives it no row of its own:
                // `Uzbek Foreign Minister X said his government …`.)
                if done.contains(&actor) || self.named_in(si, actor, owned.is_some()) {
                    continue;
                }
                done.push(actor);
                // The pronoun is the subject of the next verb (`He praised X`, not `He was
                // praised by X`).
                let own = Some(Subj {
                    actor,
                    mention: None,
                });
                let next = events.partition_point(|e| e.start <= t.start);
                let own_verb = events
                    .get(next)
                    .filter(|e| subject_case && e.subject == own);
                let target = Target {
                    start: t.start,
                    end,
                    actor,
                    mention: None,
                    is_subject: own_verb.is_some(),
                };
                let mut speaks =
                    own_verb.is_some_and(|e| e.reporting || self.speech_act(e, (t.start, end)));
                let holder = match quote {
                    Some(_) => speaker,
                    None => {
                        let according = *according.get_or_insert_with(|| {
                            self.source(si).or_else(|| self.summary_source(si, events))
                        });
                        // `According to the regulator, …`: the source speaks.
                        speaks |=
                            according.is_some_and(|s| s.actor == actor && s.mention.is_none());
                        self.holder_outside(target, events, according)
                    }
                };
                let mut main = holder.map(|s| s.actor).filter(|&h| h != actor);
                // `Brouwer said her party was ready`: her party speaks through her.
                if owned.is_some() && main == owned {
                    main = None;
                    speaks = true;
                }
                out.push(ReferenceTarget {
                    mention,
                    holders: Holders {
                        main,
                        joint: Vec::new(),
                        affiliation: false,
                        speaks,
                    },
                });
            }
        }
        out
    }

    /// `actor` has a name mention in sentence `si` (not counting affiliations if
    /// `targets_only`).
    fn named_in(&self, si: usize, actor: usize, targets_only: bool) -> bool {
        let s = &self.sents.sents[si];
        let n = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < s.start);
        (n..self.order.len())
            .take_while(|&p| self.mention(p).start < s.end)
            .any(|p| self.mention(p).actor == actor && !(targets_only && self.is_affiliation(p)))
    }
}
