//! Clause analysis for stance holders: tokens of each sentence, verb events with their
//! subjects (`X said`, `…, said X`, `… was praised by X`, `… and praised Y`; see `events`
//! and `subjects`), noun phrases (`U.S. President Barack Obama`; `noun_phrases`); pronouns
//! in `pronouns`. Here: the types, and `Ctx` with its token lookups and the analyses it
//! works out once; `mentions`, `clause_bounds` and `according_to` hold more of its methods.

use super::descriptions::Description;
use super::gender::Gender;
use super::interviews::Interview;
use super::lexicon as lx;
use super::quotes::{find_quotes, Quote};
use super::titled::TitledRef;
use super::tokens::{ArticleTokens, SentenceIndex, Token};
use super::ArticleActors;
use std::cell::OnceCell;

mod according_to;
mod clause_bounds;
mod events;
mod mentions;
mod noun_phrases;
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
    /// [`Ctx::find_titled_refs`], worked out once.
    titled: OnceCell<Vec<TitledRef>>,
    /// Per actor: every name mention of it comes right after a preposition (`in Maridi`,
    /// `from the Azores`); worked out once.
    after_prepositions: OnceCell<Vec<bool>>,
    /// [`Ctx::find_armed_groups`], worked out once.
    armed: OnceCell<Vec<bool>>,
    /// [`Ctx::find_vessels`], worked out once.
    vessels: OnceCell<Vec<bool>>,
}

/// How many sentences back a pronoun's person may be named.
pub(super) const FARTHEST_ANTECEDENT: usize = 25;

pub(super) const CLAUSE_MARKS: &[char] = &[
    ';', ':', '(', ')', '[', ']', '\u{201c}', '\u{201d}', '"', '\u{2014}', '\u{2013}',
];

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
            titled: OnceCell::new(),
            after_prepositions: OnceCell::new(),
            armed: OnceCell::new(),
            vessels: OnceCell::new(),
        }
    }

    /// Per actor: whether the article names it as a ship ([`Ctx::find_vessels`]).
    pub(super) fn vessels(&self) -> &[bool] {
        self.vessels.get_or_init(|| self.find_vessels())
    }

    /// Per actor: whether the article shows it is an armed group
    /// ([`Ctx::find_armed_groups`]).
    pub(super) fn armed_groups(&self) -> &[bool] {
        self.armed.get_or_init(|| self.find_armed_groups())
    }

    /// Every name mention of `actor` comes right after a preposition, or after one and
    /// `the`, or in a list of names after one (`in Maridi`, `to the Azores`, `in
    /// Melbourne, Brisbane and Perth`): the article never has it act or be judged outside
    /// a phrase of place.
    pub(super) fn only_after_prepositions(&self, actor: usize) -> bool {
        self.after_prepositions.get_or_init(|| {
            let mut only = vec![true; self.actors.actors.len()];
            for p in 0..self.order.len() {
                let m = self.mention(p);
                if self.preposition_before(self.token_from(m.start)).is_none() {
                    only[m.actor] = false;
                }
            }
            only
        })[actor]
    }

    /// The preposition before the name starting at token `k`, past `the`, and past the
    /// names listed before it in a list that ends in `and` or `or` and a last name that
    /// no verb follows (`in Melbourne, Brisbane and Perth next week`: `in` for all
    /// three; not `in Boston, Murdoch was`, `in Ohio and Kerry conceded`).
    pub(super) fn preposition_before(&self, k: usize) -> Option<usize> {
        let the = |j: usize| j > 0 && self.word(j - 1).eq_ignore_ascii_case("the");
        let conjunction = |j: usize| self.word_in(j, &["and", "or"]);
        let mut j = if the(k) { k - 1 } else { k };
        let mut listed = false;
        // A few names back at most: a list is short.
        for _ in 0..8 {
            let before = j.checked_sub(1)?;
            if self.has(before, lx::PREPOSITION) {
                return (!listed || self.list_ends_after(k)).then_some(before);
            }
            let mut sep = before;
            if !(self.is_punct(sep, &[',']) || conjunction(sep)) {
                return None;
            }
            // `, and`
            if sep > 0 && conjunction(sep) && self.is_punct(sep - 1, &[',']) {
                sep -= 1;
            }
            let last = sep.checked_sub(1)?;
            let m = self.mention(self.mention_at(last)?);
            if m.end != self.tokens[last].end {
                return None;
            }
            listed = true;
            let first = self.token_from(m.start);
            j = if the(first) { first - 1 } else { first };
        }
        None
    }

    /// The list of names through the name starting at token `k` goes on to a last name
    /// after `and` or `or`, and after that last name comes punctuation, a function word or
    /// the end (`…, Brisbane and Perth next week`), not a verb (`and Kerry conceded`).
    fn list_ends_after(&self, k: usize) -> bool {
        let n = self.tokens.len();
        let conjunction = |j: usize| j < n && self.word_in(j, &["and", "or"]);
        let mut p = match self.mention_at(k) {
            Some(p) => p,
            None => return false,
        };
        let the = k > 0 && self.word(k - 1).eq_ignore_ascii_case("the");
        let mut after_conjunction =
            k > 0 && (conjunction(k - 1) || (k > 1 && the && conjunction(k - 2)));
        for _ in 0..8 {
            let mut e = self.token_from(self.mention(p).end);
            let comma = e < n && self.is_punct(e, &[',']);
            e += usize::from(comma);
            let conj = conjunction(e);
            e += usize::from(conj);
            if e < n && self.word(e).eq_ignore_ascii_case("the") {
                e += 1;
            }
            match self
                .mention_at(e)
                .filter(|&q| (comma || conj) && self.mention(q).start == self.tokens[e].start)
            {
                Some(q) => {
                    p = q;
                    after_conjunction = conj;
                }
                None => break,
            }
        }
        let next = self.token_from(self.mention(p).end);
        after_conjunction
            && (next >= n
                || !self.tokens[next].is_word()
                || self.has(next, lx::STOPWORD | lx::PREPOSITION))
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

    /// The article's references by title (`the minister`), in text order.
    pub(super) fn titled_refs(&self) -> &[TitledRef] {
        self.titled.get_or_init(|| self.find_titled_refs())
    }

    /// The description whose `the` or noun is token `k`.
    pub(super) fn description_at(&self, k: usize) -> Option<Description> {
        let all = self.descriptions();
        let i = all.partition_point(|d| d.noun < k);
        all.get(i).filter(|d| d.first <= k).copied()
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

    /// The caller's index of the sentence holding byte `pos` (as `Mention::sentence`);
    /// `usize::MAX` outside every sentence.
    fn sentence_index(&self, pos: usize) -> usize {
        self.sents
            .locate(pos)
            .map_or(usize::MAX, |si| self.sents.sents[si].index)
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
