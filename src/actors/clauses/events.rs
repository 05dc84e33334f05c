//! Verb events of a sentence: each verb with its subject, inverted speaker or agent.

use super::{Ctx, Event};
use crate::actors::appositives::role_before;
use crate::actors::lexicon as lx;
use crate::actors::quotes::quote_containing;
use crate::actors::tokens::HYPHENS;

/// Stance verbs whose passive (`… imposed by X`) is not read as X's stance toward the
/// mention before it.
const ACTIVE_ONLY_STANCE_VERBS: &[&str] = &["impose", "imposed", "imposes", "ordered", "orders"];

/// Participles of speech acts (`with X calling the RSF a militia`): their subject speaks.
/// (A list, not the -ing forms of `clause_words::SPEECH_ACTS`: those would take in
/// `promising`, `describing`, `questioning` …, which this rule was not weighed on.)
const SPEECH_PARTICIPLES: &[&str] = &[
    "accusing",
    "blaming",
    "calling",
    "condemning",
    "criticising",
    "criticizing",
    "demanding",
    "denying",
    "praising",
    "rejecting",
    "urging",
    "welcoming",
];

/// Verbs of finding, a view only before `that`.
const FINDINGS: &[&str] = &[
    "concluded",
    "determined",
    "finds",
    "found",
    "ruled",
    "rules",
];

/// What measures rather than judges (`a Siena College poll found that …`).
const MEASURES: &[&str] = &[
    "analysis", "audit", "census", "data", "poll", "polls", "study", "survey",
];

/// `praising`, `accusing`, `saying`, `slamming`: the -ing form of a stance verb (its stem
/// with `ed` or `e` added, or the stem itself, is on the list).
fn is_stance_participle(w: &str) -> bool {
    is_participle_of(w, lx::STANCE_VERB, &["ed", "e", ""])
}

/// `saying`, `adding`, `insisting`: the -ing form of a verb of saying.
fn is_reporting_participle(w: &str) -> bool {
    // (`says` for `saying`, `argues` for `arguing`: the list of saying has no bare stems.)
    is_participle_of(w, lx::REPORTING_VERB, &["ed", "e", "", "s", "es"])
}

/// The -ing form of a verb with lexicon flag `flag`: its stem with one of `ends` added is
/// on the list.
fn is_participle_of(w: &str, flag: u32, ends: &[&str]) -> bool {
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    let on_list = |v: &str| lx::flags(v) & flag != 0;
    let mut buf = String::with_capacity(stem.len() + 2);
    ends.iter().any(|end| {
        buf.clear();
        buf.push_str(stem);
        buf.push_str(end);
        on_list(&buf)
    })
}

impl Ctx<'_> {
    /// Name mention `p` opens a clause with `with` (`…, with Ambassador Marcus Reyes
    /// calling …`), past its titles; its sentence starts at token `a`.
    pub(in crate::actors) fn after_with(&self, p: usize, a: usize) -> bool {
        let mut first = self.token_from(self.np_start(p));
        while first > a && self.has(first - 1, lx::TITLE | lx::TITLE_MODIFIER) {
            first -= 1;
        }
        first > a && self.word(first - 1) == "with"
    }

    /// `His lawyer, Radu Ionescu, said`: the comma before the verb at `k` closes a name set
    /// off after a role noun, so the name is the verb's subject (and `said he` that follows
    /// is not an inverted speaker).
    fn apposed_name_before(&self, k: usize, a: usize) -> bool {
        let Some(p) = (k >= a + 2 && self.is_punct(k - 1, &[',']))
            .then(|| self.mention_at(k - 2))
            .flatten()
        else {
            return false;
        };
        let first = self.token_from(self.mention(p).start);
        role_before(self.text, self.tokens, first, a)
    }

    /// Verb events of sentence `si` outside quotations, in order.
    pub(in crate::actors) fn events(&self, si: usize) -> Vec<Event> {
        self.events_resolving(si, true)
    }

    /// [`Ctx::events`] with pronoun subjects left unknown: what resolving a pronoun may
    /// read of the sentence before without resolving that sentence's own pronouns, and
    /// theirs before them (a run of `It said …` sentences recursed once per sentence).
    pub(in crate::actors) fn events_without_pronouns(&self, si: usize) -> Vec<Event> {
        self.events_resolving(si, false)
    }

    fn events_resolving(&self, si: usize, pronouns: bool) -> Vec<Event> {
        let (a, b) = self.ranges[si];
        let sentence_start = self.sents.sents[si].start;
        let rel = self.parentheticals(a, b);
        let mut events: Vec<Event> = Vec::new();
        for k in a..b {
            let t = self.tokens[k];
            let w = self.word(k);
            if !t.is_word() || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            // `…, praising Y`: a participle after a comma shares the clause's subject;
            // `X is praising Y`: the progressive is X's stance. (The word lookups only
            // after the cheap tests: this loop sees every word.)
            let participle = || !t.has(lx::STANCE_VERB) && is_stance_participle(w);
            let adjunct = k > a && self.is_punct(k - 1, &[',']) && participle();
            let progressive =
                !adjunct && (a..k).rev().take(2).any(|j| self.has(j, lx::BE)) && participle();
            // `the regulator found that Vireo …`: a finding before `that` reports its
            // subject's view (not `found dead`, `ruled out`, nor what `a poll found`).
            let finding = FINDINGS.contains(&w)
                && k + 1 < b
                && self.word(k + 1) == "that"
                && !(k > a && self.word_in(k - 1, MEASURES));
            // `…, with Ambassador Marcus Reyes calling the RSF …`: a participle right after
            // a name that `with` opens has that name for its subject.
            let absolute = (!adjunct && !progressive && k > a + 1)
                .then(|| self.mention_at(k - 1))
                .flatten()
                .filter(|&p| {
                    self.mention(p).end == self.tokens[k - 1].end
                        && self.after_with(p, a)
                        && participle()
                });
            let stance =
                t.has(lx::STANCE_VERB) || adjunct || progressive || finding || absolute.is_some();
            if !stance && !t.has(lx::OTHER_VERB) {
                continue;
            }
            // `Politico reported that …`, `Newsweek reported Vissarion's wife left`; not
            // `reported for training`, `reported a loss`, `reported to work`.
            if lx::reports_a_fact(w) && k + 1 < b {
                let next = self.word(k + 1);
                let other_sense = matches!(
                    next,
                    "for" | "to" | "a" | "an" | "its" | "their" | "his" | "her" | "by" | "record"
                ) || next.starts_with(|c: char| c.is_ascii_digit() || c == '$');
                if other_sense {
                    continue;
                }
            }
            // `De Vries has not said whether he will lead his party`: nothing said.
            let negated = |j: usize| {
                let w = self.word(j);
                matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t")
            };
            if t.has(lx::REPORTING_VERB)
                && k > a
                && (negated(k - 1) || (k > a + 1 && negated(k - 2)))
            {
                continue;
            }
            // `agreed to pay a fine`: an act, not a view of anyone after it.
            if matches!(w, "agree" | "agreed" | "agrees") && k + 1 < b && self.word(k + 1) == "to" {
                continue;
            }
            // `a worker ordered to scrub …`: the one ordered (the active has an object).
            if w == "ordered" && k + 1 < b && self.word(k + 1) == "to" {
                continue;
            }
            let glued =
                k > a && self.tokens[k - 1].end == t.start && self.is_punct(k - 1, &HYPHENS);
            // `the alleged`, and `over alleged spying`: a participle after a preposition
            // describes the noun after it; `over rules that …`, `of claims`: a word in
            // `-s` there is a noun. (Not past a name: `Al Franken of Minnesota says`.)
            let noun = k > a
                && (self.has(k - 1, lx::ARTICLE)
                    // `his promised wall`, `their alleged role` (not `his support for`,
                    // the noun of a stance).
                    || (w.ends_with("ed")
                        && self.word_in(k - 1, &["his", "its", "their", "our", "my", "your"]))
                    || ((w.ends_with("ed") || w.ends_with('s'))
                        && self.has(k - 1, lx::PREPOSITION)));
            let predicative = k > a + 1 && self.word(k - 1) == "to" && self.has(k - 2, lx::BE);
            if glued
                || noun
                || predicative
                || quote_containing(&self.quotes, t.start, t.end).is_some()
            {
                continue;
            }
            let before = self.word_before(k, a);
            let pron = |j| {
                pronouns
                    .then(|| self.subject_pronoun(&events, sentence_start, j))
                    .flatten()
            };
            let comma_before = k > a && self.is_punct(k - 1, &[',', '\u{201d}', '"']);
            let mut ev = Event {
                start: t.start,
                end: t.end,
                stance,
                reporting: t.has(lx::REPORTING_VERB) || finding,
                subject: None,
                inverted: false,
                np_end: 0,
                agent: None,
                after_comma: false,
                closes: rel
                    .iter()
                    .find(|r| r.0 < k && k < r.1 && self.has(r.0 + 1, lx::RELATIVE))
                    .map(|r| self.tokens[r.1].start),
            };
            // `…, said X` (a reporting verb; not after an appositive's closing comma).
            let closes_parenthetical = k > a && rel.iter().any(|r| r.1 == k - 1);
            if comma_before && t.has(lx::REPORTING_VERB) && !closes_parenthetical {
                if let Some((s, end)) = self
                    .np_after(k + 1, b)
                    .filter(|&(_, end)| self.ends_clause(end, a, b))
                {
                    // `said Nigeria's oil minister, Adebayo Okonkwo`: the person the
                    // title names speaks, as in a quotation's attribution.
                    let titled = s.mention.is_some_and(|p| self.mention(p).end < end);
                    let (s, end) = titled
                        .then(|| self.named_after(end, b))
                        .flatten()
                        .map_or((s, end), |named| {
                            (named, named.mention.map_or(end, |p| self.mention(p).end))
                        });
                    (ev.subject, ev.inverted, ev.np_end, ev.after_comma) =
                        (Some(s), true, end, true);
                } else if let Some(named) = self.named_after_determiner(k + 1, b) {
                    // `said its director, Nuno Baptista`, `said the climate envoy, X`.
                    let end = named.mention.map_or(0, |p| self.mention(p).end);
                    (ev.subject, ev.inverted, ev.np_end, ev.after_comma) =
                        (Some(named), true, end, true);
                } else if k + 1 < b
                    && self.has(k + 1, lx::HE_SHE)
                    && !self.apposed_name_before(k, a)
                {
                    (ev.subject, ev.inverted, ev.np_end, ev.after_comma) =
                        (pron(k + 1), true, self.tokens[k + 1].end, true);
                }
            }
            // (`was widely blamed`: a form of `be` among the adverbs before the verb.)
            let passive = before.is_some_and(|j| self.has(j, lx::BE))
                || (a..k)
                    .rev()
                    .take_while(|&j| {
                        self.tokens[j].is_word()
                            && (self.has(j, lx::SKIPPABLE) || self.word(j).ends_with("ly"))
                    })
                    .any(|j| self.has(j, lx::BE));
            let by = k + 1 < b && self.word(k + 1) == "by";
            // `sanctions imposed by X` names what X imposed, rarely an actor: only the
            // active `X imposed … on Y` says whom X acts against.
            if by && ACTIVE_ONLY_STANCE_VERBS.contains(&w) {
                continue;
            }
            // `is opposed to` is a stance of its subject, not a passive.
            let participle =
                (w.ends_with("ed") && w != "opposed") || matches!(w, "told" | "seen" | "thought");
            if !ev.inverted && by && (passive || w.ends_with("ed")) {
                ev.agent = self.np_after(k + 2, b).map(|(s, _)| s);
            } else if passive && participle {
                // `X was criticised over Y`: X underwent the act and holds no stance.
            } else if !ev.inverted {
                ev.subject = match before.filter(|&j| self.has(j, lx::COORDINATOR)) {
                    Some(c) => self.elided_subject(k, c, a, &rel, &events, &pron),
                    None if adjunct => self.elided_subject(k, k - 1, a, &rel, &events, &pron),
                    None if absolute.is_some() => absolute.map(|p| self.subj(p)),
                    None => self.subject_before(k, a, &rel, &pron),
                };
                // Where the subject's noun phrase opens: a name's (with its titles), or a
                // description's right before the verb (`…, the ministry said.`).
                let np_tok = match ev.subject.map(|s| s.mention) {
                    Some(Some(p)) => {
                        let np_start = self.np_start(p);
                        let tok = self.tokens[a..b].partition_point(|t| t.start < np_start) + a;
                        // `…, the UNHCR said.`: an article, when the name ends right before
                        // the verb (not `…, a Liberal Democrat peer, the officials said`).
                        let next_to_verb = before.and_then(|j| self.mention_at(j)) == Some(p);
                        Some(
                            if next_to_verb && tok > a + 1 && self.has(tok - 1, lx::ARTICLE) {
                                tok - 1
                            } else {
                                tok
                            },
                        )
                    }
                    Some(None) => before.and_then(|j| self.description_at(j)).map(|d| d.first),
                    _ => None,
                };
                // `…, with X calling …`: X speaks by saying or by a speech act. `…,
                // saying the plan would fail`, `…, adding that …`: the clause's subject
                // speaks, where it opens its clause (not the object of `hammered Clinton
                // …, warning`) and `adding` is no addition (`adding a layer`).
                if absolute.is_some() {
                    ev.reporting = is_reporting_participle(w) || SPEECH_PARTICIPLES.contains(&w);
                } else if adjunct && is_reporting_participle(w) {
                    let opens = np_tok.is_some_and(|tok| {
                        tok == a
                            || !self.tokens[tok - 1].is_word()
                            || self.tokens[tok - 1].cap
                            || self.has(tok - 1, lx::COORDINATOR | lx::CLAUSE_WORD)
                    });
                    let adds = w == "adding"
                        && !(k + 1 < b
                            && (self.word(k + 1) == "that"
                                || self.is_punct(k + 1, &[':', '\u{201c}', '"'])));
                    ev.reporting = opens && !adds;
                }
                if let Some(tok) = np_tok {
                    // `…, X said.` (not `Speaking to Y, X said Z …`)
                    ev.after_comma = tok > a
                        && self.is_punct(tok - 1, &[',', '\u{201d}', '"'])
                        && self.ends_clause(t.end, a, b);
                }
            }
            events.push(ev);
        }
        events
    }
}
