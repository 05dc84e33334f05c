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

use super::clauses::{back_in_reading_order, Ctx, Event, Subj};
use super::gender::Gender;
use super::holders::{Holders, Target};
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::{page_furniture, ActorKind, Mention};

/// A pronoun that refers to an actor, and who holds the stance toward it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PronounTarget {
    pub mention: Mention,
    pub holders: Holders,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// `he`, `she`.
    Subject,
    /// `him`, `her` before a function word or punctuation.
    Object,
    /// `his`, `her` before a noun.
    Possessive,
}

impl Ctx<'_> {
    /// The pronouns of the article that refer to a person not named in the same sentence,
    /// at most one per person and sentence, with their holders.
    pub(super) fn pronoun_targets(&self, speakers: &[Option<Subj>]) -> Vec<PronounTarget> {
        let mut out = Vec::new();
        // Pronouns resolved so far: later ones may refer back through them (`Hallan spoke.
        // He said … Morales dismissed his attack`).
        let mut resolved: Vec<Mention> = Vec::new();
        // A `Read more:` link's pronouns belong to another story.
        let furniture = page_furniture(self.text, self.sents);
        for (si, &(a, b)) in self.ranges.iter().enumerate() {
            let s = &self.sents.sents[si];
            if furniture.iter().any(|f| f.0 < s.end && s.start < f.1) {
                continue;
            }
            let mut events: Option<Vec<Event>> = None;
            let mut done: Vec<usize> = Vec::new();
            for k in a..b {
                let Some(pronoun) = self.pronoun_at(k, b) else {
                    continue;
                };
                let events = events.get_or_insert_with(|| self.events(si));
                let t = self.tokens[k];
                let quote = quote_containing(&self.quotes, t.start, t.end);
                let speaker = quote.and_then(|q| speakers[q]);
                let Some(actor) = self.antecedent(si, k, pronoun, events, speaker, &resolved)
                else {
                    continue;
                };
                if quote.is_none() {
                    resolved.push(Mention {
                        actor,
                        sentence: self.sents.sents[si].index,
                        start: t.start,
                        end: t.end,
                    });
                }
                if done.contains(&actor) || self.named_in(si, actor) {
                    continue;
                }
                done.push(actor);
                let target = Target {
                    start: t.start,
                    end: t.end,
                    actor,
                    mention: None,
                    // `He praised X`, not `He was praised by X`.
                    is_subject: pronoun.0 == Case::Subject
                        && events.iter().any(|e| {
                            e.start > t.start
                                && e.subject
                                    == Some(Subj {
                                        actor,
                                        mention: None,
                                    })
                        }),
                };
                let holder = match quote {
                    Some(_) => speaker,
                    None => self.holder_outside(target, events, self.according(si)),
                };
                let main = holder.map(|s| s.actor).filter(|&h| h != actor);
                out.push(PronounTarget {
                    mention: Mention {
                        actor,
                        sentence: self.sents.sents[si].index,
                        start: t.start,
                        end: t.end,
                    },
                    holders: Holders {
                        main,
                        joint: Vec::new(),
                    },
                });
            }
        }
        out
    }

    /// Token `k` (of a sentence ending at token `b`) is a third-person singular pronoun.
    fn pronoun_at(&self, k: usize, b: usize) -> Option<(Case, Gender)> {
        let t = self.tokens[k];
        if !t.is_word() || !(2..=3).contains(&(t.end - t.start)) {
            return None;
        }
        let w = self.word(k);
        let lower = |s: &str| w.eq_ignore_ascii_case(s);
        if lower("he") {
            Some((Case::Subject, Gender::Male))
        } else if lower("she") {
            Some((Case::Subject, Gender::Female))
        } else if lower("him") {
            Some((Case::Object, Gender::Male))
        } else if lower("his") {
            Some((Case::Possessive, Gender::Male))
        } else if lower("her") {
            // `her record` vs `praised her for`, `thanked her warmly`, `told her.`
            let noun_next = k + 1 < b
                && self.tokens[k + 1].is_word()
                && !self.has(k + 1, lx::STOPWORD | lx::PREPOSITION)
                && !self.word(k + 1).ends_with("ly");
            let case = if noun_next {
                Case::Possessive
            } else {
                Case::Object
            };
            Some((case, Gender::Female))
        } else {
            None
        }
    }

    /// The person the pronoun at token `k` of sentence `si` refers to.
    fn antecedent(
        &self,
        si: usize,
        k: usize,
        (case, gender): (Case, Gender),
        events: &[Event],
        speaker: Option<Subj>,
        resolved: &[Mention],
    ) -> Option<usize> {
        let pos = self.tokens[k].start;
        let before: Vec<&Event> = events.iter().filter(|e| e.end <= pos).collect();
        // `Ruto praised him`: the subject of the pronoun's own clause.
        let own_subject = (case == Case::Object)
            .then(|| before.last().and_then(|e| e.subject))
            .flatten()
            .map(|s| s.actor);
        let excluded = |a: usize| Some(a) == own_subject || Some(a) == speaker.map(|s| s.actor);
        if self.cataphoric(si, k, gender) {
            return None;
        }
        let sentence = self.sents.sents[si].index;
        // Names earlier in the sentence too (`Diallo met Mensah and thanked him`, `Ruto,
        // with Mensah at his side`): the pronoun then needs no row of its own.
        let candidates = || {
            before
                .iter()
                .rev()
                .filter_map(|e| e.subject)
                .map(|s| (s.actor, sentence))
                .chain(
                    back_in_reading_order(latest_first(self.named_before(pos), resolved), sentence)
                        .map(|m| (m.actor, m.sentence)),
                )
                .filter(|&(a, _)| !excluded(a))
        };
        let picked = self.pick_person(candidates(), sentence, Some(gender))?;
        // A name of unknown kind earlier in the sentence may be the person meant
        // (`Shapiro`, `Bennet's proposal … puts him`): no guess then.
        let unsure = candidates()
            .take_while(|&(a, _)| a != picked)
            .take_while(|&(_, s)| s == sentence)
            .any(|(a, _)| self.actors.actors[a].kind == ActorKind::Other);
        (!unsure).then_some(picked)
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
        comma > k
            && self.order.iter().any(|&i| {
                let m = self.actors.mentions[i];
                m.start >= self.tokens[comma].end
                    && m.end <= self.sents.sents[si].end
                    && self.can_be(m.actor, Some(gender))
            })
    }

    /// `actor` has a name mention in sentence `si`.
    fn named_in(&self, si: usize, actor: usize) -> bool {
        let s = &self.sents.sents[si];
        let n = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < s.start);
        self.order[n..]
            .iter()
            .map(|&i| self.actors.mentions[i])
            .take_while(|m| m.start < s.end)
            .any(|m| m.actor == actor)
    }
}

/// Name mentions (latest first) and resolved pronouns (in text order, all before the
/// names' bound) merged, latest first.
fn latest_first<'a>(
    names: impl Iterator<Item = Mention> + 'a,
    pronouns: &'a [Mention],
) -> impl Iterator<Item = Mention> + 'a {
    let mut names = names.peekable();
    let mut pronouns = pronouns.iter().rev().copied().peekable();
    std::iter::from_fn(move || match (names.peek(), pronouns.peek()) {
        (Some(n), Some(p)) if p.start > n.start => pronouns.next(),
        (Some(_), _) => names.next(),
        (None, _) => pronouns.next(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::find_holders_and_pronouns;
    use super::super::test_support::{find, split};
    use super::super::ArticleTokens;

    /// `(pronoun, actor, holder)` per pronoun target.
    fn pronouns(text: &str) -> Vec<(&str, String, Option<String>)> {
        let a = find(text);
        let article = ArticleTokens::new(text, &split(text));
        let found = find_holders_and_pronouns(text, &article, &a, true);
        let name = |i: usize| a.actors[i].name.clone();
        found
            .pronouns
            .iter()
            .map(|t| {
                let m = t.mention;
                (
                    &text[m.start..m.end],
                    name(m.actor),
                    t.holders.main.map(name),
                )
            })
            .collect()
    }

    fn expect(text: &str, want: &[(&str, &str, Option<&str>)]) {
        let want: Vec<(&str, String, Option<String>)> = want
            .iter()
            .map(|&(p, a, h)| (p, a.to_string(), h.map(str::to_string)))
            .collect();
        assert_eq!(pronouns(text), want, "{text}");
    }

    #[test]
    fn pronouns_refer_to_the_person_named_before() {
        expect(
            "President Kofi Mensah arrived in Accra. He was criticised by Amina Diallo.",
            &[("He", "Kofi Mensah", Some("Amina Diallo"))],
        );
        expect(
            "Minister Amina Diallo spoke first. Critics praised her courage.",
            &[("her", "Amina Diallo", None)],
        );
    }

    #[test]
    fn an_object_pronoun_is_not_its_own_clauses_subject() {
        expect(
            "Minister Amina Diallo met Prime Minister Kofi Mensah. President Ruto praised him, \
             and Odinga thanked her warmly.",
            &[
                ("him", "Kofi Mensah", Some("Ruto")),
                ("her", "Amina Diallo", Some("Odinga")),
            ],
        );
    }

    #[test]
    fn a_named_person_needs_no_pronoun_row() {
        expect("Kofi Mensah said he would resign.", &[]);
        expect("President Ruto, with Kofi Mensah at his side, spoke.", &[]);
        // The subordinate clause's `he` is the Mensah named after its comma.
        expect(
            "Amina Diallo left. After he lost the vote, Kofi Mensah resigned.",
            &[],
        );
    }

    #[test]
    fn the_previous_sentences_subject_comes_before_those_it_talks_about() {
        expect(
            "Senator Jon Hallan said Karl Carney had broken his promises. \
             Minister Amina Diallo dismissed his attack.",
            &[("his", "Jon Hallan", Some("Amina Diallo"))],
        );
    }

    #[test]
    fn gender_decides_between_people() {
        // `she` skips a man of unknown gender for the woman named before him.
        expect(
            "Minister Amina Diallo met President Ruto. Later, she criticised the plan.",
            &[("she", "Amina Diallo", None)],
        );
        // Without a woman in sight, `she` is not guessed onto one of two others, as the
        // holder either.
        expect(
            "President Ruto met Governor Odhiambo Kamau. Later, she criticised him.",
            &[("him", "Ruto", None)],
        );
    }

    #[test]
    fn a_quotations_speaker_is_not_its_third_person() {
        expect(
            "Kofi Mensah resigned. Minister Amina Diallo spoke later. \
             \u{201c}He betrayed us,\u{201d} Diallo said.",
            &[("He", "Kofi Mensah", Some("Amina Diallo"))],
        );
    }

    #[test]
    fn pronouns_refer_through_earlier_pronouns() {
        expect(
            "Kofi Mensah resigned. He said the vote was lost. Critics praised him.",
            &[("He", "Kofi Mensah", None), ("him", "Kofi Mensah", None)],
        );
    }

    #[test]
    fn unsure_names_and_page_furniture_give_no_row() {
        // `Bennet` may be a person: no guess past it.
        expect(
            "Kofi Mensah spoke. Critics said Bennet's proposal puts him at odds with the party.",
            &[],
        );
        expect(
            "Kofi Mensah spoke.\nRead more: Critics say the book did him no favours\n",
            &[],
        );
    }
}
