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
        let sentence = ctx.sents.locate(m.start);
        // `Italy and Malta blamed each other`: each holds the stance toward the other.
        if let Some(si) = sentence {
            let events = events_of[si].get_or_insert_with(|| ctx.events(si));
            if let Some(partner) = ctx.reciprocal_partner(p, events) {
                out[ctx.order[p]].main = Some(partner);
                continue;
            }
        }
        let holder = if let Some(q) = quote_containing(&ctx.quotes, m.start, m.end) {
            speakers[q]
        } else if let Some(si) = sentence {
            let events = events_of[si].get_or_insert_with(|| ctx.events(si));
            let according = *according_of[si]
                .get_or_insert_with(|| ctx.source(si).or_else(|| ctx.summary_source(si, events)));
            // `…, according to Duggan`: the source speaks.
            out[ctx.order[p]].speaks = ctx.speaks(p, events)
                || according.is_some_and(|s| s.mention == Some(p))
                || ctx.is_noun_source(p);
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
    /// `said X, a researcher at Y`, `said X of Y`, `said X, who heads Y`: the span lies in
    /// the role appositive right after the inverted speaker's noun phrase (ending at
    /// `np_end`), right after its `of`, `from` or `at`, or is the body a relative clause
    /// says the speaker runs: where the speaker belongs.
    fn in_speaker_role(&self, np_end: usize, start: usize, end: usize) -> bool {
        let Some(si) = self.sents.locate(start) else {
            return false;
        };
        let b = self.ranges[si].1;
        let comma = self.token_from(np_end);
        if comma >= b || self.tokens[comma].end > start {
            return false;
        }
        // The name, or a description with its article (`the association`).
        let right_after = |j: usize| {
            let name = j + usize::from(j < b && self.word(j) == "the");
            j < b && (self.tokens[j].start == start || name < b && self.tokens[name].start == start)
        };
        if self.word_in(comma, &["of", "from", "at"]) {
            return right_after(comma + 1);
        }
        // `said X, who heads the association`: the body the speaker runs.
        const LEADS: &[&str] = &[
            "chairs",
            "directs",
            "founded",
            "heads",
            "leads",
            "manages",
            "represents",
            "runs",
        ];
        if comma + 2 < b && self.word(comma + 1) == "who" && self.word_in(comma + 2, LEADS) {
            return right_after(comma + 3);
        }
        appositive(self.text, self.tokens, comma, b).is_some_and(|ap| {
            let close = self.tokens.get(ap.close).filter(|_| ap.close < b);
            ap.role && close.is_none_or(|t| end <= t.start)
        })
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
                // (Not `Danish lender Nordhavn Bank`: a private body is not its country's.)
                (self.affiliate_of(q) == Some(hp) && !self.nationality_of_someone(q))
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

    /// `…, and`, `…, but` or `…, which` lies between the two offsets of one sentence: a
    /// subject after it opens a clause of its own (`Ruto praised him, and Odinga thanked
    /// her`).
    fn new_clause_between(&self, from: usize, to: usize) -> bool {
        let Some(si) = self.sents.locate(from) else {
            return false;
        };
        let (a, b) = self.tokens_between(si, from, to);
        // (`…, and Iran condemned it`; `…, which Iran condemned`: a relative clause with a
        // subject of its own.)
        (a + 1..b)
            .any(|k| self.has(k, lx::COORDINATOR | lx::RELATIVE) && self.is_punct(k - 1, &[',']))
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
        // `…, with X calling …`: X's own clause, whatever comes before it.
        let with_clause = target.is_subject
            && target.mention.is_some_and(|p| {
                self.sents
                    .locate(target.start)
                    .is_some_and(|si| self.after_with(p, self.ranges[si].0))
            });
        // `a complaint from Y that X …`: the nearest source.
        if let Some(source) = self.noun_source_before(target) {
            return Some(source);
        }
        for e in events
            .iter()
            .rev()
            .filter(|e| e.stance && e.end <= target.start)
        {
            let barrier = self.barrier_between(e.end, target.start, e.reporting);
            if barrier
                || with_clause
                || (target.is_subject && self.new_clause_between(e.end, target.start))
            {
                break;
            }
            if e.closes.is_some_and(|c| c <= target.start) || self.names_its_source(e.start) {
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
        // `X faced criticism from Y`, `X's plan drew a rebuke from Y`.
        if let Some(source) = self.noun_source(target) {
            return Some(source);
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

mod noun_sources;
mod speech;

#[cfg(test)]
mod tests;
