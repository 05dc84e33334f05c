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
use super::clauses::{back_in_reading_order, Ctx, Event, Subj, FARTHEST_ANTECEDENT};
use super::gender::{self, Gender};
use super::holders::{Holders, Target};
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::titled::TitledRef;
use super::{ActorKind, Mention};

/// A pronoun, a description (`the company`: see `descriptions`) or a title (`the
/// governor`: see `titled`) that refers to an actor, and who holds the stance toward it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReferenceTarget {
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
                let it = if titled.is_none()
                    && description.is_none()
                    && k == a
                    && self.word(k) == "It"
                    && self.mention_at(k).is_none()
                    && !expletive()
                    && verb_next()
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
                let (actor, end, subject_case) = match (description, pronoun, titled, it) {
                    (Some(d), ..) => (d.actor, self.tokens[d.noun].end, true),
                    (None, None, Some(m), _) => (m.actor, m.end, true),
                    (None, None, None, Some(actor)) => (actor, t.end, true),
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
                        (actor, t.end, pronoun.0 == Case::Subject)
                    }
                    (None, None, None, None) => continue,
                };
                let mention = Mention {
                    actor,
                    sentence: s.index,
                    start: t.start,
                    end,
                };
                if done.contains(&actor) || self.named_in(si, actor) {
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
                let mut speaks = own_verb.is_some_and(|e| e.reporting);
                let holder = match quote {
                    Some(_) => speaker,
                    None => {
                        let according = *according.get_or_insert_with(|| self.source(si));
                        // `According to the regulator, …`: the source speaks.
                        speaks |=
                            according.is_some_and(|s| s.actor == actor && s.mention.is_none());
                        self.holder_outside(target, events, according)
                    }
                };
                let main = holder.map(|s| s.actor).filter(|&h| h != actor);
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

    /// Token `k` (of a sentence ending at token `b`) is a third-person singular pronoun.
    fn pronoun_at(&self, k: usize, b: usize) -> Option<(Case, Gender)> {
        let t = self.tokens[k];
        if !t.is_word() || !(2..=3).contains(&(t.end - t.start)) {
            return None;
        }
        let w = self.word(k);
        let lower = |s: &str| w.eq_ignore_ascii_case(s);
        // `His Majesty King Charles`, `Her Excellency`: a form of address, not a pronoun.
        let address = k + 1 < b
            && matches!(
                self.word(k + 1),
                "Majesty" | "Excellency" | "Highness" | "Holiness" | "Royal"
            );
        if address {
            return None;
        }
        if let Some(g) = gender::of_pronoun(w) {
            Some((Case::Subject, g))
        } else if lower("him") {
            Some((Case::Object, Gender::Male))
        } else if lower("his") {
            Some((Case::Possessive, Gender::Male))
        } else if lower("her") {
            // `her record` vs `praised her for`, `thanked her warmly`, `told her.`
            // (Not the stopword list: it holds nouns such as `members` and `leaders`.)
            let function_word = lx::PREPOSITION
                | lx::ARTICLE
                | lx::COORDINATOR
                | lx::CLAUSE_WORD
                | lx::SKIPPABLE
                | lx::RELATIVE
                | lx::CLAUSE_TAIL
                | lx::HE_SHE
                | lx::OTHER_PRONOUN;
            let noun_next = k + 1 < b
                && self.tokens[k + 1].is_word()
                && !self.has(k + 1, function_word)
                && !matches!(self.word(k + 1), "that" | "this" | "as" | "if")
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

    /// The person the pronoun at token `k` of sentence `si` refers to; `quote` is the
    /// quotation it is in and `speaker` that quotation's speaker. Names quoted elsewhere
    /// are not candidates, those earlier in its own quotation are.
    fn antecedent(
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
        let excluded = |a: usize| Some(a) == own_subject || Some(a) == speaker.map(|s| s.actor);
        if self.cataphoric(si, k, gender) {
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
        let picked =
            self.pick_person_by(candidates().map(as_pair), sentence, Some(gender), gender_of)?;
        let last = candidates().find(|m| m.actor == picked)?;
        // A name of unknown kind earlier in the sentence may be the person meant
        // (`Shapiro`, `Bennet's proposal … puts him`): no guess then; nor past a sentence
        // opened by someone's title alone (`The general said …`).
        let unsure = candidates()
            .take_while(|m| m.actor != picked)
            .take_while(|m| m.sentence == sentence)
            .any(|m| self.actors.actors[m.actor].kind == ActorKind::Other);
        let titled = refs.unknown_opener_between(last.start, pos, quote);
        (!unsure && !titled).then_some(picked)
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

/// Two streams of references, each latest first, merged latest first.
fn latest_first(
    a: impl Iterator<Item = Mention>,
    b: impl Iterator<Item = Mention>,
) -> impl Iterator<Item = Mention> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.start > x.start => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// The references of `refs` (in text order) before `pos`, outside quotations or in
/// quotation `quote`, latest first.
fn refs_back(
    refs: &[(Mention, Option<usize>)],
    pos: usize,
    quote: Option<usize>,
) -> impl Iterator<Item = Mention> + '_ {
    let n = refs.partition_point(|(m, _)| m.start < pos);
    refs[..n]
        .iter()
        .rev()
        .filter(move |(_, q)| q.is_none() || *q == quote)
        .map(|&(m, _)| m)
}

/// References to persons besides names, in text order: references by title (`the
/// president`) and pronouns resolved so far, through which later ones may refer back
/// (`Hallan spoke. He said … Morales dismissed his attack`); each with the quotation it
/// lies in.
struct References {
    titled: Vec<(Mention, Option<usize>)>,
    pronouns: Vec<(Mention, Option<usize>)>,
    /// Starts of titles of someone unknown that open a sentence, and their quotations.
    openers: Vec<(usize, Option<usize>)>,
    /// Per actor, the gender of the first pronoun resolved to it.
    genders: Vec<Option<Gender>>,
}

impl References {
    fn new(titled: Vec<TitledRef>, actors: usize) -> References {
        let mut refs = References {
            titled: Vec::new(),
            pronouns: Vec::new(),
            openers: Vec::new(),
            genders: vec![None; actors],
        };
        for t in titled {
            match t.actor {
                Some(actor) => {
                    let m = Mention {
                        actor,
                        sentence: t.sentence,
                        start: t.start,
                        end: t.end,
                    };
                    refs.titled.push((m, t.quote));
                }
                None if t.opens => refs.openers.push((t.start, t.quote)),
                None => {}
            }
        }
        refs
    }

    /// Pronouns are added in text order.
    fn add_pronoun(&mut self, m: Mention, quote: Option<usize>, gender: Gender) {
        self.pronouns.push((m, quote));
        // The first pronoun resolved to a person of unknown gender sets it for later ones
        // (`The general … He told a radio station … Her coalition partner` is not his).
        self.genders[m.actor].get_or_insert(gender);
    }

    /// The gender a resolved pronoun gave `actor`.
    fn gender(&self, actor: usize) -> Option<Gender> {
        self.genders[actor]
    }

    /// Those before `pos`, outside quotations or in quotation `quote`, latest first.
    fn before(&self, pos: usize, quote: Option<usize>) -> impl Iterator<Item = Mention> + '_ {
        latest_first(
            refs_back(&self.pronouns, pos, quote),
            refs_back(&self.titled, pos, quote),
        )
    }

    /// An unknown title opens a sentence between the two offsets.
    fn unknown_opener_between(&self, from: usize, to: usize, quote: Option<usize>) -> bool {
        let first = self.openers.partition_point(|&(at, _)| at <= from);
        self.openers[first..]
            .iter()
            .take_while(|&&(at, _)| at < to)
            .any(|&(_, q)| q.is_none() || q == quote)
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_holders_and_references;
    use super::super::test_support::{find, split};
    use super::super::ArticleTokens;

    /// `(pronoun, actor, holder)` per pronoun target.
    fn pronouns(text: &str) -> Vec<(&str, String, Option<String>)> {
        let a = find(text);
        let article = ArticleTokens::new(text, &split(text));
        let found = find_holders_and_references(text, &article, &a, true);
        let name = |i: usize| a.actors[i].name.clone();
        found
            .references
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
    fn a_title_names_the_person_introduced_with_it() {
        expect(
            "Governor Marta Quintela raised rates. Jorge Pires criticised the decision. \
             \"The governor is fighting yesterday's war,\" Pires said.",
            &[("The governor", "Marta Quintela", Some("Jorge Pires"))],
        );
        // A title set off after the name introduces the person too.
        expect(
            "Marta Quintela, governor of the Bank of Aurelia, raised rates. Jorge Pires said \
             the governor was wrong.",
            &[("the governor", "Marta Quintela", Some("Jorge Pires"))],
        );
        // Two governors: no guess.
        expect(
            "Governor Marta Quintela met Governor Ana Lopes. Jorge Pires criticised the \
             governor.",
            &[],
        );
        // What the title is accused of is no office: `of lying` is still the governor;
        // `the governor of the Bank of Spain` is someone else.
        expect(
            "Governor Marta Quintela raised rates. Jorge Pires accused the governor of \
             lying and the governor of the Bank of Spain of silence.",
            &[("the governor", "Marta Quintela", Some("Jorge Pires"))],
        );
        // `of our party`: an office too.
        expect(
            "Governor Marta Quintela raised rates. Jorge Pires criticised the governor of \
             our party.",
            &[],
        );
        // `the governor's spokesman, X`: where the person belongs.
        expect(
            "Governor Marta Quintela raised rates. The governor's spokesman, Jorge Pires, \
             defended Spain.",
            &[],
        );
    }

    #[test]
    fn a_role_names_only_the_person_introduced_with_it() {
        expect(
            "Harford sacked manager Tomas Ferreira. Jorge Pires said the manager had been \
             made a scapegoat.",
            &[("the manager", "Tomas Ferreira", Some("Jorge Pires"))],
        );
        // A role nobody was introduced with is anyone's.
        expect(
            "Tomas Ferreira left. Jorge Pires said the analyst was wrong.",
            &[],
        );
        // `another sprinter, X`: someone else holds the role too.
        expect(
            "Marcus Obi was banned. A court rejected an appeal by another sprinter, Tunde \
             Alade. Jorge Pires said the sprinter had been made a scapegoat.",
            &[],
        );
    }

    #[test]
    fn a_sentences_opening_it_names_the_organisation_before() {
        expect(
            "The European Union fined Harlow Biotech. It accused Jorge Pires of lying.",
            &[("It", "European Union", None)],
        );
        // Not a thing's `it`, nor after a person, nor `it` before `is`.
        expect(
            "Jorge Pires met Harlow Biotech. It was raining. Jorge Pires left. It rained.",
            &[],
        );
        expect(
            "The European Union fined Harlow Biotech. It is believed that Harlow Biotech \
             will appeal. It has been reported that the European Union will also sue.",
            &[],
        );
        // A country's ministry named first speaks for it: `It` is the country.
        expect(
            "Ukraine's defence ministry said Russian forces had shelled Kharkiv. It accused \
             Turkey of lying.",
            &[("It", "Ukraine", None)],
        );
        // Its verb is the next word: `It found that support …` is a survey's finding.
        expect(
            "The European Union fined Harlow Biotech. It found that support was weak.",
            &[],
        );
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
    fn an_owner_comes_after_the_rest_of_its_sentence() {
        // The sentence is about Lind's lawyer, Beck, not about Lind.
        expect(
            "A court freed Kofi Mensah. Mensah's lawyer, Thomas Beck, welcomed it. He \
             praised the judges.",
            &[("He", "Thomas Beck", None)],
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
    fn a_title_alone_refers_to_the_person_introduced_with_it() {
        // `the president` is Ruto, not the deputy (and `him` after it is Ruto too: one row
        // per person and sentence).
        expect(
            "President William Ruto met Deputy President Kithure Kindiki. Critics said the \
             president had failed and urged voters to reject him.",
            &[("the president", "William Ruto", None)],
        );
        // `the general` is no one the article introduced: no guess past it.
        expect(
            "Kofi Mensah spoke. The general said nothing. Critics praised him.",
            &[("him", "Kofi Mensah", None)][..0],
        );
        // `the mayor of X, Name`: the title with its office set off before the name.
        expect(
            "Police arrested the mayor of the Portuguese city of Porto Real, Daniel \
             Ferraz, on Monday. Critics said the mayor had lied.",
            &[("the mayor", "Daniel Ferraz", None)],
        );
        // `, the former justice minister,` is the name it is set off after.
        expect(
            "Senator Jon Hallan met Martha Karua, the former justice minister. She said \
             the plan was wrong.",
            &[("She", "Martha Karua", None)],
        );
    }

    #[test]
    fn one_pronoun_refers_to_one_person_within_a_sentence() {
        expect(
            "Prime Minister Hun Sen called Amina Diallo. She told him that the general was \
             tough and asked him to wait.",
            &[
                ("She", "Amina Diallo", None),
                ("him", "Hun Sen", Some("Amina Diallo")),
            ],
        );
    }

    #[test]
    fn right_after_a_verb_of_saying_the_speaker_speaks_of_themselves() {
        // Mercy Adjei's gender is unknown, the governor's is not: `her` is still Adjei's.
        expect(
            "Governor Stephanie Laurent spoke first. The head of the union, Mercy Adjei, \
             said her members were angry.",
            &[],
        );
        // Unless the speaker's gender says otherwise.
        expect(
            "Governor Stephanie Laurent spoke first. Mr. Kofi Mensah said her plan failed.",
            &[("her", "Stephanie Laurent", Some("Kofi Mensah"))],
        );
    }

    #[test]
    fn review_cases() {
        // A form of address is no pronoun.
        expect(
            "Prince William spoke. His Majesty King Charles praised the plan.",
            &[],
        );
        // `Mr.` outweighs what the speaker says of someone else.
        expect(
            "Governor Stephanie Laurent spoke first. Mr. Kofi Mensah said she was wrong. \
             Critics praised her.",
            &[
                ("she", "Stephanie Laurent", Some("Kofi Mensah")),
                ("her", "Stephanie Laurent", None),
            ],
        );
        // A title refers back only to a person named with it before.
        expect(
            "The president spoke. He said nothing. Later, President Joe Biden arrived.",
            &[],
        );
        // One pronoun, one person: within a quotation, not across its marks.
        expect(
            "Kofi Mensah met Joe Biden. \u{201c}He is a liar,\u{201d} he said. Voters \
             praised him.",
            &[
                ("He", "Joe Biden", Some("Kofi Mensah")),
                ("he", "Kofi Mensah", None),
                ("him", "Kofi Mensah", None),
            ],
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
