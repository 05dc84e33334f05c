//! Definite descriptions of organisations: `The company said …`, `fined by the
//! regulator`, `accused the federation of …` refer to an organisation the article named
//! before (`Harlow Biotech`, `Data Protection Commission`, `International Cycling
//! Federation`). News names an organisation once and then calls it by what it is, so
//! without these the sentences that follow have neither the organisation's stance nor a
//! stance toward it.
//!
//! A description is `the` (or `this`) and one noun from [`noun_class`], not followed by a
//! name or a noun it would modify (`the company's chief executive` is fine, `the union
//! members` and `the group of protesters` are not). Candidates are the names before it,
//! looked back for as for a pronoun (its own sentence nearest first, then each earlier
//! sentence in reading order), that fit the noun:
//! - the noun is a head word of the name (`the commission`, `the union`, `the bank` of
//!   `National Bank of Eskoria`; for a gazetteer body any of its forms, so `UNHCR` is `the
//!   agency` by its `UN refugee agency`);
//! - `the company`, `the firm`, `the airline`, `the club`: a name that ends like a
//!   company's or has no organisation word at all (`Quillstream`, `Redmoor United`), not a
//!   gazetteer body, and not a name only ever seen after a preposition (`in Galway`);
//! - `the regulator`, `the watchdog`, `the agency`: a body whose name ends in
//!   `Commission`, `Authority`, `Agency` …;
//! - `the group`: any organisation but such a body;
//! - `the government` (`the army`, `the authorities`): a country (`Chad's government` is
//!   Chad already), only one named at least twice as often as any other.
//!
//! `The group` takes the nearest candidate. The other nouns take the story's own: the
//! best fit (a head word of the name as written, then of a gazetteer form, then by class),
//! then the one named most so far (a name of unknown kind counted only where no
//! preposition comes before it, so not `in Veridia`), then the nearest. So `The firm is
//! betting everything` after `said an analyst at Greystone Securities` is still the
//! company the article is about, and `Shares in the bank fell` after a quote about the
//! European Central Bank is still the bank the story is about.

mod antecedent;
mod cataphora;
mod fit;
mod neighbours;
mod nouns;

use super::clauses::{Ctx, Subj};
use super::lexicon as lx;
use super::ActorKind;
use nouns::{led_bit, led_noun_is_other, modifies_next, noun_class, Fits};
use rustc_hash::FxHashMap;

/// `regulator`, `company`, `federation` (any case): a noun that describes an actor.
pub(super) fn is_description_noun(w: &str) -> bool {
    noun_class(w).is_some()
}

/// `the` (token `first`) and its noun (token `noun`), referring to `actor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Description {
    pub(super) first: usize,
    pub(super) noun: usize,
    pub(super) actor: usize,
    /// Set off after the organisation's name (`Solberg Maritime, the company she founded`).
    pub(super) apposed: bool,
}

impl Description {
    /// The organisation as the subject of a clause (no name mention of its own).
    pub(super) fn subject(self) -> Subj {
        Subj {
            actor: self.actor,
            mention: None,
        }
    }
}

/// How often each actor has been named or described so far, in all and not right after
/// a preposition, whether it has been described, and whether it has been named before
/// `administration` or `campaign` (bits of [`led_bit`]).
struct Salience {
    count: Vec<u32>,
    free: Vec<u32>,
    described: Vec<bool>,
    leads: Vec<u8>,
}

impl Salience {
    fn new(actors: usize) -> Salience {
        Salience {
            count: vec![0; actors],
            free: vec![0; actors],
            described: vec![false; actors],
            leads: vec![0; actors],
        }
    }

    fn add(&mut self, actor: usize, free: bool) {
        self.count[actor] += 1;
        self.free[actor] += u32::from(free);
    }

    /// How often `actor` has been named where it is no place: a name of unknown kind
    /// counts only where no preposition comes before it (`in Veridia`), unless it has been
    /// described (`by Solberg Maritime, the company …`).
    fn named(&self, actor: usize, kind: ActorKind) -> u32 {
        if kind == ActorKind::Other && !self.described[actor] {
            self.free[actor]
        } else {
            self.count[actor]
        }
    }
}

/// Verbs after which `the country` is a place (`fled the country`).
const MOVING: &[&str] = &[
    "fled", "flee", "fleeing", "left", "leave", "leaving", "visited", "visit", "visiting",
    "entered", "enter", "toured", "crossed", "reached",
];

impl Ctx<'_> {
    /// The article's descriptions that refer to an organisation, in text order.
    pub(super) fn find_descriptions(&self) -> Vec<Description> {
        let mut out = Vec::new();
        let mut seen = Salience::new(self.actors.actors.len());
        let mut next_mention = 0;
        for (si, &(a, b)) in self.ranges.iter().enumerate() {
            for first in a..b.saturating_sub(1) {
                let mut noun = first + 1;
                // `the company`, and `this company` in a speaker's words; `a company
                // spokeswoman` (checked below) speaks for the company.
                let determiner = self.word(first);
                let indefinite = matches!(determiner, "a" | "A" | "an" | "An");
                if !(determiner.eq_ignore_ascii_case("the")
                    || determiner.eq_ignore_ascii_case("this")
                    || indefinite)
                    || !self.tokens[noun].is_word()
                {
                    continue;
                }
                let central_bank =
                    noun + 1 < b && self.word(noun) == "central" && self.word(noun + 1) == "bank";
                let fits = if central_bank {
                    noun += 1;
                    Fits::CentralBank
                } else {
                    match self.described_noun(first, a, b) {
                        // `part of this group` is mostly a group of people.
                        Some((_, Fits::Group)) if !determiner.eq_ignore_ascii_case("the") => {
                            continue
                        }
                        Some((k, fits)) => {
                            noun = k;
                            fits
                        }
                        None => continue,
                    }
                };
                // `across the country`, `in the nation`: a place, not the state.
                let land = matches!(self.word(noun), "country" | "nation");
                if land
                    && first > a
                    && (self.has(first - 1, lx::PREPOSITION) || self.word_in(first - 1, MOVING))
                {
                    continue;
                }
                let next = noun + 1;
                let spokes = next < b && lx::is_spokes(self.word(next));
                if indefinite && !spokes {
                    continue;
                }
                if fits == Fits::Led {
                    let before = if first > a { self.word(first - 1) } else { "" };
                    let after = if next < b { self.word(next) } else { "" };
                    if led_noun_is_other(before, after, led_bit(self.word(noun)) == 2) {
                        continue;
                    }
                }
                if next < b
                    && !spokes
                    && self.tokens[next].is_word()
                    && (self.tokens[next].cap
                        || self.has(next, lx::TITLE | lx::ROLE)
                        || (modifies_next(self.word(next)) && !self.complementizer(next, b))
                        // `the group of protesters`, but `accused the federation of`;
                        // `the government of Iran` is the name after it.
                        || (fits == Fits::Group && self.word(next) == "of")
                        || (fits == Fits::Government && self.office_of(next, b)))
                {
                    continue;
                }
                // The names before the description, counted.
                let pos = self.tokens[first].start;
                while next_mention < self.order.len() && self.mention(next_mention).start < pos {
                    let m = self.mention(next_mention);
                    let k = self.token_from(m.start);
                    let after_preposition = k > 0 && self.has(k - 1, lx::PREPOSITION);
                    // `Singapore-based Meridian Ports` is no story about Singapore, nor `a
                    // US fund` about the United States.
                    if self.is_base(&m) || self.nationality_of_someone(next_mention) {
                        next_mention += 1;
                        continue;
                    }
                    seen.add(m.actor, !after_preposition);
                    seen.leads[m.actor] |= self.led_after(m.end);
                    next_mention += 1;
                }
                if noun == first + 1 && self.noun_of_unnamed_body_before(si, first, noun, &out) {
                    continue;
                }
                // `the Irish regulator`: a body the article ties to that country.
                let introduced = || {
                    self.named_by_noun_before(si, first, noun)
                        .map(|a| (a, false))
                };
                let described = introduced()
                    .or_else(|| self.organisation_described(si, first, noun, fits, &seen))
                    .filter(|&(actor, _)| {
                        !self.demonym_of_body(first + 1)
                            || self.country_names_body(first + 1, actor)
                    });
                if let Some((actor, apposed)) = described {
                    // A country's count is its names' alone (see `Fits::Government`; `the
                    // ministry` may be one).
                    let country = self.actors.actors[actor].kind == ActorKind::Country;
                    if fits != Fits::Government && !country {
                        seen.add(actor, true);
                    }
                    seen.described[actor] = true;
                    out.push(Description {
                        first,
                        noun,
                        actor,
                        apposed,
                    });
                }
            }
        }
        let forward = self.find_cataphoric(&out);
        if !forward.is_empty() {
            out.extend(forward);
            out.sort_by_key(|d| d.noun);
        }
        out
    }

    /// `that` at token `k` opens a reported clause, not a relative one (`said in a letter
    /// to the port authority that any settlement should wait`; not `the company that makes
    /// it`): a determiner, a quantifier, a pronoun or a name follows it.
    fn complementizer(&self, k: usize, b: usize) -> bool {
        let next = k + 1;
        self.word(k) == "that"
            && next < b
            && self.tokens[next].is_word()
            && (lx::is_determiner(self.word(next))
                || self.word_in(next, &["any", "all", "every", "each", "no", "some", "both"])
                || self.has(next, lx::HE_SHE | lx::OTHER_PRONOUN)
                || self.mention_at(next).is_some())
    }

    /// `the Irish regulator` (the demonym at token `k`) is `actor` only where the article
    /// ties the body to that country: `Ireland's Data Protection Commission`, `the Irish
    /// Data Protection Commission`, a name that has the word or the country's name
    /// (`Libyan Coast Guard`; not `the Belgian club` for an English club).
    fn country_names_body(&self, k: usize, actor: usize) -> bool {
        let Some(p) = self.mention_at(k) else {
            return false;
        };
        let country = self.mention(p).actor;
        // `the Libyan coastguard` for `Libyan Coast Guard`: the name opens with the word.
        let name = &self.actors.actors[actor].name;
        if name.split_whitespace().next() == Some(self.word(k))
            || name.contains(self.actors.actors[country].name.as_str())
        {
            return true;
        }
        let is_body = |j: usize| {
            self.mention_at(j)
                .is_some_and(|b| self.mention(b).actor == actor)
        };
        (0..self.order.len()).any(|q| {
            let m = self.mention(q);
            let after = self.token_from(m.end);
            let possessive = after + 2 < self.tokens.len() && self.possessive_at(after);
            m.actor == country && (is_body(after) || (possessive && is_body(after + 2)))
        })
    }

    /// The actors of unknown kind that are surely organisations, in actor order: those
    /// described right after their name (`Quillon, the cloud storage company`) or twice
    /// (`The company said …`, `the firm had hired …`). One description alone may be wrong
    /// (`the company` after a surname). `The Harlan campaign` may be a person's.
    pub(super) fn described_of_unknown_kind(&self) -> Vec<usize> {
        let mut times: FxHashMap<usize, u32> = FxHashMap::default();
        for d in self.descriptions() {
            let led = led_bit(self.word(d.noun)) != 0;
            if self.actors.actors[d.actor].kind == ActorKind::Other && !led {
                *times.entry(d.actor).or_default() += if d.apposed { 2 } else { 1 };
            }
        }
        let mut out: Vec<usize> = times
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .map(|(a, _)| a)
            .collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests;
