//! Stance holders: for each mention, the actor whose stance toward it the sentence expresses.
//!
//! Rules, in order:
//! 1. a mention inside a quotation: the quotation's speaker (`“…,” said X`, `“…,” X said`,
//!    `X said: “…”`; a quotation without attribution continues the previous one's speaker
//!    when no other actor is mentioned in between);
//! 2. the subject of the nearest reporting/cognition/evaluation verb before the mention
//!    (`X said Y …`, `X is seeing Y …`, `X is praising Y`; `… and praised Y` and `…,
//!    praising Y` keep the subject); a passive
//!    subject without agent holds nothing (`X was criticised over Y`); `imposed` counts
//!    only in the active (`X imposed sanctions on Y`, not `rules imposed by X`);
//! 3. a mention inside the subject's own noun phrase (`U.S.` in `U.S. President Barack
//!    Obama said …`, `Russian` in `said Russian Foreign Minister Sergei Lavrov`) is where
//!    the subject belongs, not what it judges: no holder;
//! 4. a verb after the mention: `…Y…, X said.`, `…Y…, said X.`, `Y was praised by X`;
//! 5. `according to X` anywhere in the sentence.
//!
//! Subjects are the actor mention nearest before the verb in its clause (skipping
//! `, who …,` clauses and appositives: `X, the head of Y, said`); a verb after `and`/`but`
//! shares the subject of the clause's previous verb (`S praised O1 and accused O2`);
//! `he`/`she` resolve to the last person subject earlier in the sentence, else the last
//! person mentioned (outside quotations) before the sentence. `…, X V` with an inverted
//! subject is only taken for reporting verbs (`…, said X`).
//! Holders are never the mention's own actor.

use super::appositives::appositive;
use super::clauses::{Ctx, Event, Subj};
use super::coreference::ReferenceTarget;
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::tokens::ArticleTokens;
use super::ArticleActors;
use crate::text::tokenize::APOSTROPHES;
use crate::text::Sentence;

/// Per mention (same order as `ArticleActors::mentions`): the actor index of the holder of the
/// stance toward that mention in its sentence, or `None` when it is the writer's own framing.
/// Never the mention's own actor. Mentions with invalid offsets get `None`.
pub fn find_holders(
    text: &str,
    sentences: &[Sentence],
    actors: &ArticleActors,
) -> Vec<Option<usize>> {
    if actors.mentions.is_empty() {
        return Vec::new();
    }
    find_holders_in(text, &ArticleTokens::new(text, sentences), actors)
        .into_iter()
        .map(|h| h.main)
        .collect()
}

/// Who holds the stance toward one mention.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Holders {
    /// What [`find_holders`] gives.
    pub main: Option<usize>,
    /// Actors coordinated with the main holder's mention, which share its stance
    /// (`Moscow and Beijing criticised Washington`: Russia next to China); sorted.
    pub joint: Vec<usize>,
    /// The mention names where the person named right after it belongs (`Chilean
    /// President Gabriel Boric`): not a target.
    pub affiliation: bool,
    /// The mention is the subject of a verb of saying, or coordinated with it (`X said`,
    /// `Moscow and Beijing said`): it speaks.
    pub speaks: bool,
}

/// [`find_holders`] with an [`ArticleTokens`] already built for `text` (the same one passed
/// to [`super::ActorFinder::find_in`]), and with joint holders.
pub(crate) fn find_holders_in(
    text: &str,
    article: &ArticleTokens,
    actors: &ArticleActors,
) -> Vec<Holders> {
    find_holders_and_references(text, article, actors, false).names
}

/// The holders of an article's name mentions and, when asked for, the pronouns and
/// descriptions that refer to actors named elsewhere in the article, with their holders.
#[derive(Debug, Default)]
pub(crate) struct ArticleHolders {
    /// Per name mention, as [`find_holders_in`] gives them.
    pub names: Vec<Holders>,
    /// Pronouns and descriptions that refer to actors, in text order.
    pub references: Vec<ReferenceTarget>,
    /// Actors of unknown kind that a description of an organisation refers to (`Quillon
    /// … The company said`): organisations, in actor order.
    pub organisations: Vec<usize>,
}

/// [`find_holders_in`], and with `references` also the [`ReferenceTarget`]s.
pub(crate) fn find_holders_and_references(
    text: &str,
    article: &ArticleTokens,
    actors: &ArticleActors,
    references: bool,
) -> ArticleHolders {
    let mut out = vec![Holders::default(); actors.mentions.len()];
    let mut order: Vec<usize> = (0..actors.mentions.len())
        .filter(|&i| {
            let m = &actors.mentions[i];
            m.start < m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
                && m.actor < actors.actors.len()
        })
        .collect();
    if order.is_empty() {
        return ArticleHolders {
            names: out,
            ..ArticleHolders::default()
        };
    }
    order.sort_by_key(|&i| (actors.mentions[i].start, actors.mentions[i].end));
    let ctx = Ctx::new(text, article, actors, order);
    let speakers = ctx.quote_speakers();
    // Each sentence's verb events, worked out once for names and pronouns alike.
    let mut events_of: Vec<Option<Vec<Event>>> = vec![None; ctx.ranges.len()];
    // Each sentence's `according to` source, found once for all its mentions.
    let mut according_of: Vec<Option<Option<Subj>>> = vec![None; ctx.ranges.len()];
    for p in 0..ctx.order.len() {
        let m = ctx.mention(p);
        let own = m.actor;
        out[ctx.order[p]].affiliation = ctx.is_affiliation(p);
        let holder = if let Some(q) = quote_containing(&ctx.quotes, m.start, m.end) {
            speakers[q]
        } else if let Some(si) = ctx.sents.locate(m.start) {
            let events = events_of[si].get_or_insert_with(|| ctx.events(si));
            let according = *according_of[si].get_or_insert_with(|| ctx.source(si));
            // `…, according to Duggan`: the source speaks.
            out[ctx.order[p]].speaks =
                ctx.speaks(p, events) || according.is_some_and(|s| s.mention == Some(p));
            ctx.holder_outside(ctx.target(p, events), events, according)
        } else {
            None
        };
        let Some(holder) = holder.filter(|s| s.actor != own) else {
            continue;
        };
        // `Russia's deputy ambassador, X, said Moscow could not …`: one who speaks for
        // their own country or employer does not judge it; it speaks through them.
        if holder.mention.is_some_and(|hp| ctx.speaks_for(hp, own)) {
            out[ctx.order[p]].speaks = true;
            continue;
        }
        let joint = holder.mention.map_or_else(Vec::new, |sp| {
            let mut joint: Vec<usize> = ctx
                .coordinated(sp)
                .map(|q| ctx.mention(q).actor)
                .filter(|&a| a != own && a != holder.actor)
                .collect();
            joint.sort_unstable();
            joint.dedup();
            joint
        });
        out[ctx.order[p]].main = Some(holder.actor);
        out[ctx.order[p]].joint = joint;
    }
    ArticleHolders {
        names: out,
        references: if references {
            ctx.reference_targets(&speakers, &mut events_of)
        } else {
            Vec::new()
        },
        organisations: ctx.organisations().to_vec(),
    }
}

impl Ctx<'_> {
    /// `said X, a researcher at Y`: the span lies in the role appositive right after the
    /// inverted speaker's noun phrase (ending at `np_end`), where the speaker belongs.
    fn in_speaker_role(&self, np_end: usize, start: usize, end: usize) -> bool {
        let Some(si) = self.sents.locate(start) else {
            return false;
        };
        let b = self.ranges[si].1;
        let comma = self.token_from(np_end);
        if comma >= b || self.tokens[comma].end > start {
            return false;
        }
        appositive(self.text, self.tokens, comma, b).is_some_and(|ap| {
            let close = self.tokens.get(ap.close).filter(|_| ap.close < b);
            ap.role && close.is_none_or(|t| end <= t.start)
        })
    }

    /// Name mention `p` is the subject of one of `events` that reports speech, or
    /// coordinated with it (`Moscow and Beijing said`). Only verbs of saying: the subject of
    /// `pandered` or `condemned` is portrayed by the sentence, and the subject finder's
    /// errors (`Mr. Obama's aides`, `Ron Paul, whom the candidate called`) would hide
    /// those portrayals from the summary.
    fn speaks(&self, p: usize, events: &[Event]) -> bool {
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
            .filter(|e| e.reporting)
            .filter_map(|e| e.subject?.mention)
            .any(|sp| sp == p || self.coordinated(sp).any(|q| q == p))
    }

    /// Person mention `hp` has a title or role of `actor`, named right by it
    /// (`Russia's ambassador, X`, `X, Russia's ambassador`): see [`Ctx::affiliate_of`].
    fn speaks_for(&self, hp: usize, actor: usize) -> bool {
        let near = hp.saturating_sub(4)..(hp + 4).min(self.order.len());
        let end = self.mention(hp).end;
        // Only a role's own words before it: not `X, the congressman, laughed off his ties
        // with Y` or `X, who is held in high regard by Y`.
        let plain_role_before = |start: usize| {
            let (a, b) = (self.token_from(end), self.token_from(start));
            !(a..b).any(|k| {
                let w = self.word(k);
                self.has(
                    k,
                    lx::BE | lx::RELATIVE | lx::STANCE_VERB | lx::REPORTING_VERB,
                ) || (w.ends_with("ed") && !self.tokens[k].cap)
            })
        };
        near.filter(|&q| q != hp && self.mention(q).actor == actor)
            .any(|q| {
                let m = self.mention(q);
                self.affiliate_of(q) == Some(hp)
                    || (m.start > end
                        && plain_role_before(m.start)
                        // Not `Utah's` in `a professor at Utah's Brigham Young University`.
                        && !(self.owns(&m)
                            && self.mention_at(self.token_from(m.end) + 2).is_some())
                        && self.in_speaker_role(end, m.start, m.end))
            })
    }

    /// Name mention `p` as a target; `events` are its sentence's.
    fn target(&self, p: usize, events: &[Event]) -> Target {
        let m = self.mention(p);
        Target {
            start: m.start,
            end: m.end,
            actor: m.actor,
            mention: Some(p),
            is_subject: events
                .iter()
                .any(|e| e.subject.and_then(|s| s.mention) == Some(p)),
        }
    }

    /// `…, and` or `…, but` lies between the two offsets of one sentence: a subject after
    /// it opens a clause of its own (`Ruto praised him, and Odinga thanked her`).
    fn new_clause_between(&self, from: usize, to: usize) -> bool {
        let Some(si) = self.sents.locate(from) else {
            return false;
        };
        let (a, b) = self.tokens_between(si, from, to);
        (a + 1..b).any(|k| self.has(k, lx::COORDINATOR) && self.is_punct(k - 1, &[',']))
    }

    /// The holder of the stance toward `target`, which lies outside quotations.
    pub(super) fn holder_outside(
        &self,
        target: Target,
        events: &[Event],
        according: Option<Subj>,
    ) -> Option<Subj> {
        let own = target.actor;
        let usable = |s: Option<Subj>| s.filter(|s| s.actor != own);
        // A mention after the target (name mentions do not overlap).
        let after = |sp: usize| self.mention(sp).start >= target.end;
        for e in events
            .iter()
            .rev()
            .filter(|e| e.stance && e.end <= target.start)
        {
            let barrier = self.barrier_between(e.end, target.start, e.reporting);
            if barrier || (target.is_subject && self.new_clause_between(e.end, target.start)) {
                break;
            }
            if e.closes.is_some_and(|c| c <= target.start) {
                continue;
            }
            if e.inverted && target.start < e.np_end {
                // Inside the speaker's phrase (`said Russian Foreign Minister Sergei Lavrov`):
                // where the speaker belongs, not what it judges.
                if e.subject.is_some_and(|s| s.mention != target.mention) {
                    return None;
                }
                continue;
            }
            if e.inverted && self.in_speaker_role(e.np_end, target.start, target.end) {
                return None;
            }
            if let Some(a) = usable(e.subject) {
                return Some(a);
            }
        }
        if !target.is_subject {
            let next = events
                .iter()
                .find(|e| e.stance && e.start >= target.end && !e.inverted && e.agent.is_none());
            if let Some(s) = next.and_then(|e| e.subject) {
                if let Some(sp) = s.mention {
                    if after(sp) && self.np_start(sp) <= target.start && s.actor != own {
                        return None;
                    }
                }
            }
            for e in events.iter().filter(|e| e.stance && e.start >= target.end) {
                if let Some(a) = usable(e.agent) {
                    return Some(a);
                }
                let later = e.subject.is_some_and(|s| s.mention.is_none_or(after));
                if e.reporting && e.after_comma && later {
                    if let Some(a) = usable(e.subject) {
                        return Some(a);
                    }
                }
            }
        }
        // Not the source's own affiliation (`according to Kestrel Capital analyst X`).
        let source_of = |s: Subj| {
            s.mention == target.mention
                || target
                    .mention
                    .is_some_and(|tp| s.mention.is_some() && self.affiliate_of(tp) == s.mention)
        };
        according
            .filter(|&s| !source_of(s))
            .and_then(|s| usable(Some(s)))
    }
}

/// What a stance is taken toward: a name mention or a pronoun that refers to an actor.
#[derive(Debug, Clone, Copy)]
pub(super) struct Target {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) actor: usize,
    /// Position in `Ctx::order` of a name mention; None for a pronoun.
    pub(super) mention: Option<usize>,
    /// The target is the subject of one of its sentence's verbs.
    pub(super) is_subject: bool,
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{expect, find, holders, split, LAVROV, OBAMA};
    use super::*;

    #[test]
    fn speakers_set_off_by_role_nouns_and_prepositions() {
        // A role noun before a name is a title; `of the Y Institute` is not the subject.
        expect(
            "Analyst Maria Ortiz of the Zenda Policy Institute said Iran was weak.",
            &[
                ("Maria Ortiz", None),
                ("Zenda Policy Institute", None),
                ("Iran", Some("Maria Ortiz")),
            ],
        );
        // `His lawyer, X, said he …`: X is the subject and `he` is X, not an earlier man.
        expect(
            "Tomas Vidal spoke. His lawyer, Radu Ionescu, said he would sue Chile.",
            &[
                ("Tomas Vidal", None),
                ("Radu Ionescu", None),
                ("Chile", Some("Radu Ionescu")),
            ],
        );
        // A place closing a clause before `, said X` stays the place it was.
        expect(
            "Agents caught him in Woodbridge, Virginia, said Tim Gallagher, an agent.",
            &[
                ("Woodbridge", Some("Tim Gallagher")),
                ("Virginia", Some("Tim Gallagher")),
                ("Tim Gallagher", None),
            ],
        );
    }

    #[test]
    fn according_to_a_role_holder_is_the_person() {
        const BROOKS: Option<&str> = Some("Hannah Brooks");
        // The firm is where the analyst belongs: neither a target nor the holder.
        expect(
            "According to Kestrel Capital analyst Hannah Brooks, Iran was wrong.",
            &[
                ("Kestrel Capital", None),
                ("Hannah Brooks", None),
                ("Iran", BROOKS),
            ],
        );
        expect(
            "According to the union's president, Hannah Brooks, Iran was wrong.",
            &[("Hannah Brooks", None), ("Iran", BROOKS)],
        );
        expect(
            "According to Kestrel Capital's chief economist, Hannah Brooks, Iran was wrong.",
            &[
                ("Kestrel Capital", None),
                ("Hannah Brooks", None),
                ("Iran", BROOKS),
            ],
        );
        // Without a person, the source is the organisation, as before.
        expect(
            "Iran was wrong, according to Kestrel Capital analyst estimates.",
            &[("Iran", Some("Kestrel Capital")), ("Kestrel Capital", None)],
        );
    }

    #[test]
    fn subject_of_cognition_verb_holds_and_its_title_affiliation_is_no_target_of_it() {
        expect(
            "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.",
            &[("U.S.", None), ("Barack Obama", None), ("Russia", OBAMA)],
        );
        // The employer in a title or in the speaker's role is where the speaker belongs,
        // not what they judge.
        expect(
            "According to Iran, Kremlin spokesman Sergei Lavrov criticised Turkey.",
            &[
                ("Iran", None),
                ("Kremlin", None),
                ("Sergei Lavrov", Some("Iran")),
                ("Turkey", LAVROV),
            ],
        );
        expect(
            "“Iran must stop,” said Sergei Lavrov, a spokesman for the Kremlin.",
            &[("Iran", LAVROV), ("Sergei Lavrov", None), ("Kremlin", None)],
        );
    }

    #[test]
    fn according_to() {
        expect(
            "According to Sergei Lavrov, Iran was wrong.",
            &[("Sergei Lavrov", None), ("Iran", LAVROV)],
        );
        expect(
            "Iran was wrong, according to Sergei Lavrov.",
            &[("Iran", LAVROV), ("Sergei Lavrov", None)],
        );
        // The source inside a noun phrase: `a confidential U.N. report`, `figures from X`.
        expect(
            "According to a confidential U.N. report, Iran cheated.",
            &[("U.N.", None), ("Iran", Some("United Nations"))],
        );
        expect(
            "Iran cheated, according to figures released by the EU.",
            &[("Iran", Some("European Union")), ("EU", None)],
        );
        expect(
            "According to the deal signed with Turkey, Iran will pay.",
            &[("Turkey", None), ("Iran", None)],
        );
        expect(
            "Iran must withdraw, according to the deal Turkey signed.",
            &[("Iran", None), ("Turkey", None)],
        );
        // The sentence ends without a stop right after `according to`: no source, no panic.
        expect("Iran cheated, according to a report", &[("Iran", None)]);
        expect("Iran cheated, according to", &[("Iran", None)]);
        // The score_properties test's minimal failing input before the fix, trailing space kept.
        expect("Iran according to ", &[("Iran", None)]);
    }

    #[test]
    fn reporting_and_evaluation_verbs() {
        for verb in [
            "said",
            "warned",
            "accused",
            "praised",
            "welcomed",
            "condemned",
            "criticised",
            "criticized",
            "blamed",
            "urged",
            "hailed",
            "slammed",
            "rejected",
            "backed",
            "opposed",
            "threatened",
            "supports",
            "thinks",
            "believes",
            "sees",
            "told",
            "expels",
            "sacks",
            "vetoed",
            "sentenced",
            "arrested",
            "testified",
        ] {
            let text = format!("Sergei Lavrov {verb} Iran.");
            assert_eq!(
                holders(&text)[1],
                ("Iran", LAVROV.map(str::to_string)),
                "{text}"
            );
        }
        expect(
            "Barack Obama criticised Turkey and praised Iran.",
            &[("Barack Obama", None), ("Turkey", OBAMA), ("Iran", OBAMA)],
        );
        expect(
            "Barack Obama said Sergei Lavrov criticised Turkey.",
            &[
                ("Barack Obama", None),
                ("Sergei Lavrov", OBAMA),
                ("Turkey", LAVROV),
            ],
        );
    }

    #[test]
    fn trailing_attribution_and_passive_agent() {
        expect(
            "Iran is to blame, Barack Obama said.",
            &[("Iran", OBAMA), ("Barack Obama", None)],
        );
        expect(
            "Iran is to blame, said Barack Obama.",
            &[("Iran", OBAMA), ("Barack Obama", None)],
        );
        expect(
            "Iran's move was condemned by Barack Obama.",
            &[("Iran", OBAMA), ("Barack Obama", None)],
        );
        // With an article, and a description, before the verb.
        expect(
            "Refugees were stranded after Iran closed the border, the European Union said.",
            &[("Iran", Some("European Union")), ("European Union", None)],
        );
        expect(
            "Harlow Biotech hired Mr. Kowalczyk. Refugees were stranded after Iran closed \
             the border, the company said.",
            &[
                ("Harlow Biotech", None),
                ("Kowalczyk", None),
                ("Iran", Some("Harlow Biotech")),
            ],
        );
        // A noun phrase that is no actor: `…, diplomats said`, `…, a mediator said`; an
        // aside or an appositive is passed over.
        for text in [
            "Iran broke the deal, diplomats said.",
            "Iran broke the deal, a mediator said.",
        ] {
            expect(text, &[("Iran", None)]);
        }
        expect(
            "Barack Obama, for his part, criticised Iran.",
            &[("Barack Obama", None), ("Iran", OBAMA)],
        );
        expect(
            "Barack Obama, the former president, who met Sergei Lavrov, criticised Iran.",
            &[
                ("Barack Obama", None),
                ("Sergei Lavrov", None),
                ("Iran", OBAMA),
            ],
        );
        // Not a name further back: `…, a Tory peer, the officials said`.
        expect(
            "Iran closed the border, a French official and the officials said.",
            &[("Iran", None), ("French", None)],
        );
    }

    #[test]
    fn relative_clauses_and_prepositions_are_not_subjects() {
        expect(
            "Barack Obama, who met Sergei Lavrov, said Iran was wrong.",
            &[
                ("Barack Obama", None),
                ("Sergei Lavrov", None),
                ("Iran", OBAMA),
            ],
        );
        // The comma inside `600,000` does not close the relative clause.
        expect(
            "Barack Obama, who hosts 600,000 Iranian students, said Turkey was wrong.",
            &[("Barack Obama", None), ("Iranian", None), ("Turkey", OBAMA)],
        );
        expect(
            "The Ministry of Defence in Kiev welcomed the Iranian offer.",
            &[
                ("Ministry of Defence", None),
                ("Kiev", None),
                ("Iranian", Some("Ministry of Defence")),
            ],
        );
    }

    #[test]
    fn coordinated_verbs_skip_subordinate_clauses_back_to_the_main_subject() {
        expect(
            "Iran defended its purchases as lawful and accused Turkey of bullying.",
            &[("Iran", None), ("Turkey", Some("Iran"))],
        );
        let text = "Barack Obama predicted that Sergei Lavrov would win as the vote neared, \
                    but said Iran was wrong.";
        assert_eq!(
            holders(text)[2],
            ("Iran", OBAMA.map(str::to_string)),
            "{text}"
        );
        // The verb's own subordinate clause still gives the subject (`defended` and
        // `under pressure` hold none, so the walk goes on to the clause word `While`).
        let text = "While Sergei Lavrov, under pressure, defended his record and praised Iran, \
                    Barack Obama stayed silent.";
        assert_eq!(
            holders(text)[1],
            ("Iran", LAVROV.map(str::to_string)),
            "{text}"
        );
    }

    #[test]
    fn reporting_a_fact_is_saying_only_before_that_or_at_the_end() {
        for text in [
            "Sergei Lavrov revealed that Iran had lied.",
            "Sergei Lavrov revealed on Monday that Iran had lied.",
            "Iran had lied, Sergei Lavrov revealed.",
            "Sergei Lavrov revealed Iran had lied.",
        ] {
            assert_eq!(
                holders(text).iter().find(|h| h.0 == "Iran").unwrap().1,
                LAVROV.map(str::to_string),
                "{text}"
            );
        }
        for text in [
            "Sergei Lavrov reported for training with Iran.",
            "Sergei Lavrov confirmed a deal with Iran.",
            "Sergei Lavrov reported to Iran.",
        ] {
            assert_eq!(
                holders(text).iter().find(|h| h.0 == "Iran").unwrap().1,
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn what_a_verb_of_saying_reports_goes_on_past_but_and_because() {
        expect(
            "Sergei Lavrov said Turkey had been disciplined but Iran had lied.",
            &[
                ("Sergei Lavrov", None),
                ("Turkey", LAVROV),
                ("Iran", LAVROV),
            ],
        );
        expect(
            "Sergei Lavrov said Turkey had abstained because Iran had lied.",
            &[
                ("Sergei Lavrov", None),
                ("Turkey", LAVROV),
                ("Iran", LAVROV),
            ],
        );
        // After a comma, the writer's own clause; a stance verb's object stops there too.
        expect(
            "Sergei Lavrov said Turkey had lied, but Iran stayed calm.",
            &[("Sergei Lavrov", None), ("Turkey", LAVROV), ("Iran", None)],
        );
        expect(
            "Sergei Lavrov criticised Turkey but Iran stayed calm.",
            &[("Sergei Lavrov", None), ("Turkey", LAVROV), ("Iran", None)],
        );
    }

    #[test]
    fn a_bracket_after_the_subject_is_skipped() {
        const CPJ: Option<&str> = Some("Committee to Protect Journalists");
        for text in [
            "The Committee to Protect Journalists (CPJ) said Iran was wrong.",
            "The Committee to Protect Journalists (CPJ), which counts jailed reporters, said Iran was wrong.",
        ] {
            expect(
                text,
                &[("Committee to Protect Journalists", None), ("Iran", CPJ)],
            );
        }
        expect(
            "Senator Ted Varga (R-Texas) criticised Iran.",
            &[("Ted Varga", None), ("Iran", Some("Ted Varga"))],
        );
        // A body after `of the` and a modifier is where the subject belongs.
        expect(
            "Senator Ted Varga of the centre-left Social Renewal Alliance (SRA) criticised Iran.",
            &[
                ("Ted Varga", None),
                ("Social Renewal Alliance", None),
                ("Iran", Some("Ted Varga")),
            ],
        );
        // Not a bracket after something else.
        expect(
            "Prices (up 4 percent) hurt. Iran was blamed.",
            &[("Iran", None)],
        );
    }

    #[test]
    fn appositives_are_not_subjects() {
        const OSEI: Option<&str> = Some("Halima Osei");
        expect(
            "Halima Osei, director general of the Global Energy Agency, welcomed the decision by Washington and Moscow.",
            &[
                ("Halima Osei", None),
                ("Global Energy Agency", None),
                ("Washington", OSEI),
                ("Moscow", OSEI),
            ],
        );
        for text in [
            "Halima Osei, the head of the European Union, said Iran was wrong.",
            "Halima Osei, who leads the European Union, said Iran was wrong.",
            "Halima Osei, a spokeswoman for the European Union, on Friday said Iran was wrong.",
            "Halima Osei, 52, a lawyer for the European Union, said Iran was wrong.",
            "Halima Osei, of the European Union, said Iran was wrong.",
            "Halima Osei, from the European Union, told reporters Iran was wrong.",
        ] {
            assert_eq!(
                holders(text)[2],
                ("Iran", OSEI.map(str::to_string)),
                "{text}"
            );
        }
        expect(
            "Halima Osei, a spokeswoman for the European Union, criticised Iran.",
            &[
                ("Halima Osei", None),
                ("European Union", None),
                ("Iran", OSEI),
            ],
        );
        expect(
            "Iran is wrong, Halima Osei, a spokeswoman for the European Union, said.",
            &[
                ("Iran", OSEI),
                ("Halima Osei", None),
                ("European Union", None),
            ],
        );
        expect(
            "“Iran must stop,” Halima Osei, a spokeswoman for the European Union, said.",
            &[
                ("Iran", OSEI),
                ("Halima Osei", None),
                ("European Union", None),
            ],
        );
        // A list is not an appositive.
        expect(
            "Turkey, the European Union, and Iran criticised Syria.",
            &[
                ("Turkey", None),
                ("European Union", None),
                ("Iran", None),
                ("Syria", Some("Iran")),
            ],
        );
    }

    #[test]
    fn a_participle_after_a_comma_shares_the_subject() {
        expect(
            "Barack Obama softened his tone, praising Iran and thanking Turkey.",
            &[("Barack Obama", None), ("Iran", OBAMA), ("Turkey", OBAMA)],
        );
        expect(
            "Iran refused to join, arguing that Turkey was to blame.",
            &[("Iran", None), ("Turkey", Some("Iran"))],
        );
        // A participle that opens the text has no comma before it.
        expect("praising Iran was wrong.", &[("Iran", None)]);
        // The progressive too; not a participle of another verb.
        expect(
            "Iran was praising Turkey. Later Iran left, travelling to Turkey.",
            &[
                ("Iran", None),
                ("Turkey", Some("Iran")),
                ("Iran", None),
                ("Turkey", None),
            ],
        );
    }

    #[test]
    fn coordinated_verbs_share_their_subject() {
        for text in [
            "Russian state media praised Mr. Kowalczyk for holding firm and accused the European Union of sabotage.",
            "Russian state media praised Mr. Kowalczyk for his support and accused the European Union of sabotage.",
            "Russian state media interviewed Mr. Kowalczyk at length and accused the European Union of sabotage.",
            "Russian state media praised Mr. Kowalczyk, who met Obama, but then accused the European Union of sabotage.",
            "In Ankara, Russian state media quoted Mr. Kowalczyk, a former envoy, and accused the European Union of sabotage.",
        ] {
            let h = holders(text);
            let eu = h.iter().find(|x| x.0 == "European Union");
            assert_eq!(eu, Some(&("European Union", Some("Russia".into()))), "{text}");
        }
        // A new subject before the second verb.
        expect(
            "Russian state media praised Mr. Kowalczyk and Iran accused the European Union.",
            &[
                ("Russian", None),
                ("Kowalczyk", Some("Russia")),
                ("Iran", Some("Russia")),
                ("European Union", Some("Iran")),
            ],
        );
    }

    #[test]
    fn its_body_speaks_for_what_it_names() {
        expect(
            "Iran seized a tanker. Its foreign ministry said Turkey had lied.",
            &[("Iran", None), ("Turkey", Some("Iran"))],
        );
        // A person named in between is the subject (`Its chief executive, X, said`).
        expect(
            "Iran seized a tanker. Its envoy, Sergei Lavrov, said Turkey had lied.",
            &[
                ("Iran", None),
                ("Sergei Lavrov", None),
                ("Turkey", Some("Sergei Lavrov")),
            ],
        );
    }

    #[test]
    fn a_relative_clause_holds_nothing_after_it_closes() {
        // The name set off inside `whose chair, X,` does not close the clause, and the
        // clause's own subject is not the sentence's.
        expect(
            "Patient group Heart Alliance, whose chair, Margaret Osei, has campaigned for \
             alerts, criticised Iran for secrecy.",
            &[
                ("Heart Alliance", None),
                ("Margaret Osei", None),
                ("Iran", Some("Heart Alliance")),
            ],
        );
        // Where a body is based is not who speaks.
        expect(
            "The Forum, a Moscow-based research group, said Turkey had lied.",
            &[("Forum", None), ("Moscow", None), ("Turkey", Some("Forum"))],
        );
        expect(
            "Sergei Lavrov, who criticised Turkey, met Iran's envoy.",
            &[
                ("Sergei Lavrov", None),
                ("Turkey", Some("Sergei Lavrov")),
                ("Iran", None),
            ],
        );
    }

    #[test]
    fn a_town_after_the_subjects_noun_is_not_the_subject() {
        expect(
            "A court in Lyon convicted Mr. Kowalczyk of fraud.",
            &[("Lyon", None), ("Kowalczyk", None)],
        );
        // A capital stands for its country: officials there are the state's.
        expect(
            "Officials in Moscow condemned the European Union.",
            &[("Moscow", None), ("European Union", Some("Russia"))],
        );
    }

    #[test]
    fn passive_agents_hold_and_subjects_are_targets() {
        expect(
            "Iranian leaders were condemned by the European Union.",
            &[
                ("Iranian", Some("European Union")),
                ("European Union", None),
            ],
        );
        expect(
            "The Turkish plan was praised by Halima Osei on Monday.",
            &[("Turkish", Some("Halima Osei")), ("Halima Osei", None)],
        );
        expect(
            "Syria has been repeatedly criticised by Moscow and Ankara.",
            &[
                ("Syria", Some("Russia")),
                ("Moscow", None),
                ("Ankara", None),
            ],
        );
    }

    #[test]
    fn imposing_measures_is_a_stance_only_in_the_active() {
        expect(
            "The European Union on Monday imposed new sanctions on Iran.",
            &[("European Union", None), ("Iran", Some("European Union"))],
        );
        expect(
            "Exports from Canada fell after tariffs imposed by the United States.",
            &[("Canada", None), ("United States", None)],
        );
        // Other stance verbs keep their passive agents.
        expect(
            "Banks in Syria were sanctioned by the European Union.",
            &[("Syria", Some("European Union")), ("European Union", None)],
        );
    }

    #[test]
    fn employers_of_common_noun_subjects_hold() {
        expect(
            "Officials from Turkey in Kyiv estimate that Iran gained.",
            &[("Turkey", None), ("Kyiv", None), ("Iran", Some("Turkey"))],
        );
        expect(
            "The embassy in Kyiv criticised Iran.",
            &[("Kyiv", None), ("Iran", Some("Ukraine"))],
        );
    }

    #[test]
    fn it_names_the_organisation_or_country_before_it() {
        expect(
            "The European Union fined Syria. It also accused Iran of lying.",
            &[
                ("European Union", None),
                ("Syria", Some("European Union")),
                ("Iran", Some("European Union")),
            ],
        );
        expect(
            "Russia said it would punish Ukraine.",
            &[("Russia", None), ("Ukraine", Some("Russia"))],
        );
        // Not past a person, not a thing's `it`, not inside a quotation.
        expect(
            "Bashar al-Assad met Russia. It praised Iran.",
            &[("Bashar al-Assad", None), ("Russia", None), ("Iran", None)],
        );
        expect(
            "The European Union met. It was a day when Iran lost.",
            &[("European Union", None), ("Iran", None)],
        );
        expect(
            "Turkey spoke. Ukraine said: “It condemned Iran.”",
            &[
                ("Turkey", None),
                ("Ukraine", None),
                ("Iran", Some("Ukraine")),
            ],
        );
    }

    #[test]
    fn passive_subjects_without_agent_hold_nothing() {
        expect(
            "Turkey was criticised over its campaign in Syria.",
            &[("Turkey", None), ("Syria", None)],
        );
        expect(
            "Russia is opposed to Turkey's plan.",
            &[("Russia", None), ("Turkey", Some("Russia"))],
        );
        expect(
            "Iran condemned the plan as illegal and summoned the ambassador of Turkey.",
            &[("Iran", None), ("Turkey", Some("Iran"))],
        );
    }

    #[test]
    fn writer_framing_has_no_holder() {
        expect(
            "Iran and Turkey met in Syria.",
            &[("Iran", None), ("Turkey", None), ("Syria", None)],
        );
        expect(
            "Barack Obama met Sergei Lavrov.",
            &[("Barack Obama", None), ("Sergei Lavrov", None)],
        );
        expect(
            "Barack Obama criticised Turkey, while Iran grew.",
            &[("Barack Obama", None), ("Turkey", OBAMA), ("Iran", None)],
        );
    }

    #[test]
    fn holder_is_never_the_target() {
        expect(
            "Russia said Moscow was right.",
            &[("Russia", None), ("Moscow", None)],
        );
        expect(
            "“Russia is right,” said Moscow.",
            &[("Russia", None), ("Moscow", None)],
        );
    }

    #[test]
    fn invalid_mentions_get_none() {
        let text = "Iran spoke.";
        let mut a = find(text);
        a.mentions.push(super::super::Mention {
            actor: 9,
            sentence: 0,
            start: 0,
            end: 4,
        });
        a.mentions.push(super::super::Mention {
            actor: 0,
            sentence: 0,
            start: 3,
            end: 99,
        });
        assert_eq!(find_holders(text, &split(text), &a), vec![None, None, None]);
    }
}
