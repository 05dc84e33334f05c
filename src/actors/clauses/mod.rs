//! Clause analysis for stance holders: tokens of each sentence, verb events with their
//! subjects (`X said`, `…, said X`, `… was praised by X`, `… and praised Y`; see
//! `subjects`), noun phrases (`U.S. President Barack Obama`); pronouns in `pronouns`.

use super::appositives::role_before;
use super::descriptions::Description;
use super::gender::Gender;
use super::interviews::Interview;
use super::lexicon as lx;
use super::quotes::{find_quotes, quote_containing, Quote};
use super::tokens::{is_capitalised, ArticleTokens, SentenceIndex, Token, HYPHENS};
use super::{ActorKind, ArticleActors, Mention};
use crate::text::tokenize::APOSTROPHES;
use std::cell::OnceCell;

mod pronouns;
pub(super) use pronouns::back_in_reading_order;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Subj {
    pub(super) actor: usize,
    /// Position in `Ctx::order` of the subject mention (None for a resolved pronoun).
    pub(super) mention: Option<usize>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Event {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) stance: bool,
    pub(super) reporting: bool,
    pub(super) subject: Option<Subj>,
    /// The subject follows the verb (`…, said X`); `np_end` is where its noun phrase ends.
    pub(super) inverted: bool,
    pub(super) np_end: usize,
    /// `… was welcomed by X`.
    pub(super) agent: Option<Subj>,
    /// The subject is set off by a comma and the verb ends the clause (`…, X said.`).
    pub(super) after_comma: bool,
    /// The verb is inside a relative clause set off by commas (`X, whose chair, Y, has
    /// criticised Z, met W`) that closes at this offset: it holds nothing after it.
    pub(super) closes: Option<usize>,
}

pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) article: &'a ArticleTokens,
    pub(super) actors: &'a ArticleActors,
    pub(super) sents: &'a SentenceIndex,
    /// Valid mentions, sorted by start.
    pub(super) order: Vec<usize>,
    pub(super) quotes: Vec<Quote>,
    pub(super) tokens: &'a [Token],
    /// Token range per sentence (parallel to `sents.sents`).
    pub(super) ranges: &'a [(usize, usize)],
    /// Each actor's gender where the article shows it (persons only); worked out at the
    /// first `he` or `she`.
    genders: OnceCell<Vec<Option<Gender>>>,
    /// `the company`, `the regulator` …, in text order; worked out at first use.
    descriptions: OnceCell<Vec<Description>>,
    /// [`Ctx::described_of_unknown_kind`], worked out once.
    organisations: OnceCell<Vec<usize>>,
    /// [`Ctx::find_interview`], worked out once.
    interview: OnceCell<Interview>,
}

/// How many sentences back a pronoun's person may be named.
pub(super) const FARTHEST_ANTECEDENT: usize = 25;

pub(super) const CLAUSE_MARKS: &[char] = &[
    ';', ':', '(', ')', '[', ']', '\u{201c}', '\u{201d}', '"', '\u{2014}', '\u{2013}',
];

/// Stance verbs whose passive (`… imposed by X`) is not read as X's stance toward the
/// mention before it.
const ACTIVE_ONLY_STANCE_VERBS: &[&str] = &["impose", "imposed", "imposes"];

/// `praising`, `accusing`, `saying`, `slamming`: the -ing form of a stance verb (its stem
/// with `ed` or `e` added, or the stem itself, is on the list).
fn is_stance_participle(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    let on_list = |v: &str| lx::flags(v) & lx::STANCE_VERB != 0;
    let mut buf = String::with_capacity(stem.len() + 2);
    ["ed", "e", ""].iter().any(|end| {
        buf.clear();
        buf.push_str(stem);
        buf.push_str(end);
        on_list(&buf)
    })
}

impl<'a> Ctx<'a> {
    pub(super) fn new(
        text: &'a str,
        article: &'a ArticleTokens,
        actors: &'a ArticleActors,
        order: Vec<usize>,
    ) -> Ctx<'a> {
        Ctx {
            text,
            article,
            actors,
            sents: &article.sents,
            order,
            quotes: find_quotes(text),
            tokens: &article.tokens,
            ranges: &article.ranges,
            genders: OnceCell::new(),
            descriptions: OnceCell::new(),
            organisations: OnceCell::new(),
            interview: OnceCell::new(),
        }
    }

    /// The article's question and answer lines ([`Ctx::find_interview`]).
    pub(super) fn interview(&self) -> &Interview {
        self.interview.get_or_init(|| self.find_interview())
    }

    /// The article's descriptions of organisations ([`Ctx::find_descriptions`]).
    pub(super) fn descriptions(&self) -> &[Description] {
        self.descriptions.get_or_init(|| self.find_descriptions())
    }

    /// The names of unknown kind that descriptions show to be organisations, in actor
    /// order ([`Ctx::described_of_unknown_kind`]), worked out once.
    pub(super) fn organisations(&self) -> &[usize] {
        self.organisations
            .get_or_init(|| self.described_of_unknown_kind())
    }

    /// The description whose `the` or noun is token `k`.
    pub(super) fn description_at(&self, k: usize) -> Option<Description> {
        let all = self.descriptions();
        let i = all.partition_point(|d| d.noun < k);
        all.get(i).filter(|d| d.first <= k).copied()
    }

    pub(super) fn mention(&self, p: usize) -> Mention {
        self.actors.mentions[self.order[p]]
    }

    pub(super) fn word(&self, k: usize) -> &'a str {
        self.tokens[k].text(self.text)
    }

    /// Token `k` is a word in the list of `flag`.
    pub(super) fn has(&self, k: usize, flag: u32) -> bool {
        self.tokens[k].has(flag)
    }

    pub(super) fn is_punct(&self, k: usize, chars: &[char]) -> bool {
        self.tokens[k].is_punct_in(self.text, chars)
    }

    /// Index of the first token starting at or after byte offset `at`.
    pub(super) fn token_from(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    /// The mention covering token `k` entirely; none past the last token.
    pub(super) fn mention_at(&self, k: usize) -> Option<usize> {
        let t = *self.tokens.get(k)?;
        let p = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start <= t.start);
        let m = self.mention(p.checked_sub(1)?);
        (m.end >= t.end).then_some(p - 1)
    }

    pub(super) fn subj(&self, p: usize) -> Subj {
        Subj {
            actor: self.mention(p).actor,
            mention: Some(p),
        }
    }

    pub(super) fn is_person(&self, actor: usize) -> bool {
        self.actors.actors[actor].kind == ActorKind::Person
    }

    /// The name mentions before `pos` outside quotations or inside quotation `quote`,
    /// latest first, at most `back` sentences before `sentence` (that of `pos`): the bound
    /// comes before the quotation test, so that a pronoun after a long run of quoted names
    /// does not walk back through all of them.
    pub(super) fn named_before(
        &self,
        pos: usize,
        quote: Option<usize>,
        (sentence, back): (usize, usize),
    ) -> impl Iterator<Item = Mention> + '_ {
        let n = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < pos);
        (0..n)
            .rev()
            .map(|p| self.mention(p))
            .take_while(move |m| sentence.saturating_sub(m.sentence) <= back)
            .filter(move |m| {
                let q = quote_containing(&self.quotes, m.start, m.end);
                q.is_none() || q == quote
            })
    }

    /// The mention is a possessive (`Lind's`).
    pub(super) fn owns(&self, m: &Mention) -> bool {
        self.text[m.end..]
            .strip_prefix(APOSTROPHES)
            .and_then(|rest| rest.strip_prefix('s'))
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    }

    /// Country mention `m` owns one of its state's bodies: `'s` and up to two portfolios
    /// or qualifiers before a [`lx::STATE_BODIES`] word (`Iraq's oil ministry`, `Russia's
    /// armed forces`), which speaks for it.
    pub(super) fn owns_state_body(&self, m: &Mention) -> bool {
        if self.actors.actors[m.actor].kind != ActorKind::Country || !self.owns(m) {
            return false;
        }
        let first = self.token_from(m.end) + 2;
        (first..(first + 3).min(self.tokens.len()))
            .take_while(|&j| self.tokens[j].is_word())
            .find(|&j| !self.has(j, lx::PORTFOLIO | lx::STATE_BODY_QUALIFIER))
            .is_some_and(|j| self.has(j, lx::STATE_BODY))
    }

    /// The caller's index of the sentence holding byte `pos` (as `Mention::sentence`);
    /// `usize::MAX` outside every sentence.
    fn sentence_index(&self, pos: usize) -> usize {
        self.sents
            .locate(pos)
            .map_or(usize::MAX, |si| self.sents.sents[si].index)
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

    /// Head (last actor mention) of the noun phrase starting at token `k`: `Russian Foreign
    /// Minister Sergei Lavrov` -> Lavrov. Returns the head and the end of the phrase.
    pub(super) fn np_after(&self, mut k: usize, b: usize) -> Option<(Subj, usize)> {
        let mut head = None;
        let start = k;
        // `said the company`, `fined by the regulator`; not `the company's chief`.
        if let Some(d) = self
            .description_at(k)
            .filter(|d| d.first == k && d.noun < b)
        {
            let owner = d.noun + 1 < b && self.is_punct(d.noun + 1, &APOSTROPHES);
            if !owner {
                return Some((d.subject(), self.tokens[d.noun].end));
            }
        }
        while k < b {
            if let Some(p) = self.mention_at(k) {
                head = Some(p);
                k += 1;
                continue;
            }
            let w = self.word(k);
            let possessive = self.is_punct(k, &APOSTROPHES) || (w == "s" && k > start);
            // `Kestrel Capital analyst Hannah Brooks`: a role after a name goes on to the
            // person who holds it.
            let np_word = self.tokens[k].is_word()
                && (self.tokens[k].cap
                    || self.has(k, lx::TITLE | lx::TITLE_MODIFIER)
                    || (head.is_some() && self.has(k, lx::ROLE))
                    || (k == start && w == "the"));
            if !(possessive || np_word) {
                break;
            }
            k += 1;
        }
        let end = if k > start { self.tokens[k - 1].end } else { 0 };
        head.map(|p| (self.subj(p), end))
    }

    /// A clause barrier (`but`, `while`, `;`) lies between the two offsets of one sentence.
    /// In what a verb of saying reports (`report`), `X said A but B` and `X said A because
    /// B` are all X's words: only a barrier after a comma (`X said A, but B …`) or a
    /// semicolon ends them.
    pub(super) fn barrier_between(&self, from: usize, to: usize, report: bool) -> bool {
        let Some(si) = self.sents.locate(from) else {
            return false;
        };
        let (a, b) = self.tokens_between(si, from, to);
        (a..b).any(|k| {
            let word =
                self.has(k, lx::BARRIER) && (!report || (k > a && self.is_punct(k - 1, &[','])));
            word || self.is_punct(k, &[';'])
        })
    }

    /// Token `k`'s phrase ends its clause: sentence end, punctuation or a preposition follows.
    pub(super) fn ends_clause(&self, end: usize, a: usize, b: usize) -> bool {
        let k = a + self.tokens[a..b].partition_point(|t| t.start < end);
        k >= b || !self.tokens[k].is_word() || self.has(k, lx::PREPOSITION | lx::CLAUSE_TAIL)
    }

    /// Token index of the word before `k`, skipping auxiliaries and adverbs.
    pub(super) fn word_before(&self, k: usize, lo: usize) -> Option<usize> {
        let mut j = k;
        while j > lo {
            j -= 1;
            if !self.tokens[j].is_word() {
                return None;
            }
            if !self.has(j, lx::SKIPPABLE) && !self.word(j).ends_with("ly") {
                return Some(j);
            }
        }
        None
    }

    /// Token index of the word after `k` (before token `hi`), skipping auxiliaries and
    /// adverbs, like [`Ctx::word_before`].
    pub(super) fn word_after(&self, k: usize, hi: usize) -> Option<usize> {
        (k + 1..hi)
            .take_while(|&j| self.tokens[j].is_word())
            .find(|&j| !self.has(j, lx::SKIPPABLE) && !self.word(j).ends_with("ly"))
    }

    /// Verb events of sentence `si` outside quotations, in order.
    pub(super) fn events(&self, si: usize) -> Vec<Event> {
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
            let stance = t.has(lx::STANCE_VERB) || adjunct || progressive;
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
            let glued =
                k > a && self.tokens[k - 1].end == t.start && self.is_punct(k - 1, &HYPHENS);
            let noun = k > a && self.has(k - 1, lx::ARTICLE);
            let predicative = k > a + 1 && self.word(k - 1) == "to" && self.has(k - 2, lx::BE);
            if glued
                || noun
                || predicative
                || quote_containing(&self.quotes, t.start, t.end).is_some()
            {
                continue;
            }
            let before = self.word_before(k, a);
            let pron = |j| self.subject_pronoun(&events, sentence_start, j);
            let comma_before = k > a && self.is_punct(k - 1, &[',', '\u{201d}', '"']);
            let mut ev = Event {
                start: t.start,
                end: t.end,
                stance,
                reporting: t.has(lx::REPORTING_VERB),
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
                } else if let Some(named) = (k + 1 < b
                    && matches!(self.word(k + 1), "its" | "his" | "her" | "their"))
                .then(|| self.named_after(self.tokens[k + 1].end, b))
                .flatten()
                {
                    // `said its director, Nuno Baptista`.
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
            let passive =
                before.is_some_and(|j| self.has(j, lx::BE)) || (k > a && self.has(k - 1, lx::BE));
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

    /// The gap between two mentions only holds titles, capitalised words and possessives.
    pub(super) fn glue(&self, gap: &str) -> bool {
        gap.len() <= 80
            && gap.split_whitespace().all(|piece| {
                let w = piece.trim_start_matches(APOSTROPHES);
                w.is_empty()
                    || w == "s"
                    || (w
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
                        && (is_capitalised(w)
                            || lx::flags(w) & (lx::TITLE | lx::TITLE_MODIFIER) != 0))
            })
    }

    /// Start of the noun phrase whose head is mention `p` (`U.S. President Barack Obama`).
    pub(super) fn np_start(&self, p: usize) -> usize {
        let mut q = p;
        while q > 0
            && self.mention(q - 1).sentence == self.mention(q).sentence
            && self.glue(
                &self.text
                    [self.mention(q - 1).end.min(self.mention(q).start)..self.mention(q).start],
            )
        {
            q -= 1;
        }
        self.mention(q).start
    }

    pub(super) fn according(&self, si: usize) -> Option<Subj> {
        let (a, b) = self.ranges[si];
        let k = (a..b.saturating_sub(1)).find(|&k| {
            self.word(k).eq_ignore_ascii_case("according") && self.word(k + 1) == "to"
        })?;
        let start = self.source_start(k + 2, b);
        let source = self.np_after(start, b).map(|(s, _)| s);
        if source.is_some_and(|s| self.is_person(s.actor)) {
            return source;
        }
        self.person_after_role(start, self.ranges[si]).or(source)
    }

    /// `the union's president, Rui Tavares,`: the person set off by a comma after the
    /// role phrase that starts at token `k` (in the sentence of tokens `a..b`).
    fn person_after_role(&self, k: usize, (a, b): (usize, usize)) -> Option<Subj> {
        let comma = (k..b.min(k + 8))
            .find(|&j| !self.tokens[j].is_word() && !self.is_punct(j, &APOSTROPHES))?;
        if !self.is_punct(comma, &[',']) || comma + 1 >= b {
            return None;
        }
        let p = self.mention_at(comma + 1)?;
        let role = super::appositives::role_before(self.text, self.tokens, comma + 1, a);
        (role && self.is_person(self.mention(p).actor)).then(|| self.subj(p))
    }

    /// Where the source's name starts after `according to`: past an article, up to three
    /// modifiers and a source noun with its preposition (`a confidential IAEA report`,
    /// `figures released by the U.N.`, `officials at the Pentagon`). Returns `k` itself
    /// when that shape does not lead to a name (`the deal signed with Iran`).
    fn source_start(&self, k: usize, b: usize) -> usize {
        // A verb-like word: `documents showing`, `the deal Iran signed`.
        let verbal = |j: usize| {
            let w = self.word(j);
            self.has(j, lx::STANCE_VERB | lx::OTHER_VERB) || w.ends_with("ing") || w.ends_with("ed")
        };
        let lower = |j: usize| {
            j < b
                && self.tokens[j].is_word()
                && !self.tokens[j].cap
                && !self.has(j, lx::PREPOSITION | lx::STOPWORD)
                && !self.word(j).ends_with("ing")
        };
        let mention = |j: usize| (j < b).then(|| self.mention_at(j)).flatten();
        let mut j = k;
        if j < b && self.has(j, lx::ARTICLE) {
            j += 1;
        }
        let mut modifiers = 0;
        while modifiers < 3 && mention(j).is_none() && lower(j) {
            j += 1;
            modifiers += 1;
        }
        // `a report by X`: the last modifier was a source noun; its preposition follows.
        let mut by = false;
        if modifiers > 0
            && j < b
            && mention(j).is_none()
            && matches!(self.word(j), "by" | "from" | "at")
        {
            j += 1;
            by = true;
            if j < b && self.word(j) == "the" {
                j += 1;
            }
        }
        let Some(p) = mention(j) else {
            return k;
        };
        // After a noun and without a preposition, the name must not start a clause of its
        // own (`the deal Iran signed`; `a Quinnipiac poll released Friday` is fine).
        let after = self.token_from(self.mention(p).end);
        if modifiers > 0 && !by && after < b && self.tokens[after].is_word() && verbal(after) {
            return k;
        }
        j
    }

    /// Token range of sentence `si` with tokens starting in `[from, to)`.
    pub(super) fn tokens_between(&self, si: usize, from: usize, to: usize) -> (usize, usize) {
        let (a, b) = self.ranges[si];
        let toks = &self.tokens[a..b];
        (
            a + toks.partition_point(|t| t.start < from),
            a + toks.partition_point(|t| t.start < to),
        )
    }

    pub(super) fn is_verb(&self, k: usize) -> bool {
        let w = self.word(k);
        self.has(k, lx::STANCE_VERB) && w.starts_with(|c: char| c.is_ascii_lowercase())
    }
}
