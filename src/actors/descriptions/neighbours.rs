//! Token lookups next to a description or a name: its noun, a name before it, the word after.

use super::super::affiliations::BASES;
use super::super::clauses::Ctx;
use super::super::lexicon as lx;
use super::super::tokens::HYPHENS;
use super::super::{ActorKind, Mention};
use super::nouns::{led_bit, noun_class, Fits};
use super::Description;
use crate::text::tokenize::APOSTROPHES;

impl Ctx<'_> {
    /// Token `k` is a country's adjective (`Irish`) before the lowercase noun of a body
    /// that is not the state itself (`regulator`, `company`; not `government`).
    pub(in crate::actors) fn demonym_of_body(&self, k: usize) -> bool {
        let Some(p) = self.mention_at(k) else {
            return false;
        };
        let m = self.mention(p);
        self.is_demonym(&m)
            && self.token_from(m.end) == k + 1
            && k + 1 < self.tokens.len()
            && self.tokens[k + 1].is_word()
            && !self.tokens[k + 1].cap
            && noun_class(self.word(k + 1)).is_some_and(|f| f != Fits::Government)
    }

    /// Mention `m` is a country's adjective of one word (`Irish`, `Polish`), not its name.
    pub(in crate::actors) fn is_demonym(&self, m: &Mention) -> bool {
        let actor = &self.actors.actors[m.actor];
        let surface = &self.text[m.start..m.end];
        actor.kind == ActorKind::Country
            && surface != actor.name
            && !surface.contains(' ')
            && lx::ends_like_demonym(surface)
    }

    /// The noun of a description whose determiner is token `first` (in the sentence of
    /// tokens `a..b`) and its class: the next word, or after a name and a comma up to
    /// three lowercase words further (`Quillon, the cloud storage company`, `Meridian
    /// Maritime, the Singapore-listed shipowner`).
    pub(super) fn described_noun(&self, first: usize, a: usize, b: usize) -> Option<(usize, Fits)> {
        let plain = !self.tokens[first + 1].cap && self.mention_at(first + 1).is_none();
        if let Some(fits) = noun_class(self.word(first + 1)).filter(|_| plain) {
            return Some((first + 1, fits));
        }
        // `The New York-based group`: where it is based, then the noun as after `the`.
        if let Some(m) = self.mention_at(first + 1).map(|p| self.mention(p)) {
            if m.start == self.tokens[first + 1].start && self.is_base(&m) {
                let mut k = self.token_from(m.end);
                while k < b && (self.is_punct(k, &HYPHENS) || self.word_in(k, BASES)) {
                    k += 1;
                }
                return (k < b).then(|| self.described_noun(k - 1, a, b)).flatten();
            }
        }
        // `the Irish regulator`: the body's country before the noun.
        if first + 2 < b && self.demonym_of_body(first + 1) {
            return Some((first + 2, noun_class(self.word(first + 2))?));
        }
        // `the foreign ministry`, `the health ministry`.
        let ministry = first + 2 < b
            && plain
            && self.has(first + 1, lx::PORTFOLIO)
            && self.word(first + 2).eq_ignore_ascii_case("ministry");
        if ministry {
            return Some((first + 2, Fits::Named));
        }
        // `the rights group`, `the human rights group`, `the data watchdog`: up to two
        // lowercase words of what it does before the noun; not of another body (`the parent
        // company`, `the largest bank`), nor a state's (`the federal government`).
        let modifier = |k: usize| {
            let w = self.word(k);
            let not_a_noun = lx::STOPWORD
                | lx::PREPOSITION
                | lx::STANCE_VERB
                | lx::REPORTING_VERB
                | lx::OTHER_VERB;
            self.tokens[k].is_word()
                && !self.tokens[k].cap
                && !self.has(k, not_a_noun)
                && !w.ends_with("est")
                && !OTHER_BODY.contains(&w)
                && self.mention_at(k).is_none()
        };
        for noun in [first + 2, first + 3] {
            if noun >= b || !modifier(noun - 1) {
                break;
            }
            let fits = Some(self.tokens[noun])
                .filter(|t| t.is_word() && !t.cap)
                .and_then(|_| noun_class(self.word(noun)))
                .filter(|f| !matches!(f, Fits::Government | Fits::Led));
            if let Some(fits) = fits {
                return Some((noun, fits));
            }
        }
        self.name_before_comma(first, a)?;
        (first + 2..(first + 5).min(b))
            .take_while(|&k| {
                let t = self.tokens[k - 1];
                // `the Singapore-listed shipowner`: a place inside a lowercase modifier.
                let w = self.word(k - 1);
                let lower_end = w
                    .rsplit('-')
                    .next()
                    .is_some_and(|end| end.starts_with(char::is_lowercase));
                t.is_word() && (!t.cap || lower_end) && !self.has(k - 1, lx::STOPWORD)
            })
            .find_map(|k| {
                let t = self.tokens[k];
                (t.is_word() && !t.cap)
                    .then(|| noun_class(self.word(k)))
                    .flatten()
                    .map(|fits| (k, fits))
            })
    }

    /// The country of the name right after `in` after token `noun` (`in Bamako`).
    pub(super) fn country_in_after(&self, noun: usize) -> Option<usize> {
        if noun + 2 >= self.tokens.len() || self.word(noun + 1) != "in" {
            return None;
        }
        let m = self.mention(self.mention_at(noun + 2)?);
        (self.actors.actors[m.actor].kind == ActorKind::Country).then_some(m.actor)
    }

    /// The verb of saying right before token `first` (past `that`), after the first token
    /// of its sentence (`a`).
    fn saying_before(&self, first: usize, a: usize) -> Option<usize> {
        let mut k = first.checked_sub(1).filter(|&k| k > a)?;
        if self.word(k) == "that" {
            k -= 1;
        }
        (k > a && self.has(k, lx::REPORTING_VERB)).then_some(k)
    }

    /// The actor of the name right before a verb of saying (and `that`) before token
    /// `first`, in the sentence that starts at token `a`.
    pub(super) fn name_saying_before(&self, first: usize, a: usize) -> Option<usize> {
        let k = self.saying_before(first, a)?;
        let m = self.name_ending_at(k - 1)?;
        // `Analysts at Kestrel Capital said the company …` is not Kestrel's word.
        let opens = self.token_from(m.start);
        let after_preposition = opens > a && self.has(opens - 1, lx::PREPOSITION);
        (!after_preposition).then_some(m.actor)
    }

    /// `The CMA's spokesman said the group …`, `Solaria's chief executive, Pablo Herrán,
    /// said the company …`: the body (no person or country) whose role says the
    /// description at token `first` (the sentence starts at token `a`).
    pub(super) fn owner_of_role_saying(&self, first: usize, a: usize) -> Option<usize> {
        let mut j = self.saying_before(first, a)? - 1;
        // Past the person set off after the role.
        if self.is_punct(j, &[',']) {
            let named = self.name_ending_at(j.checked_sub(1)?)?;
            let first = self.token_from(named.start);
            if !self.is_person(named.actor) || first < a + 2 || !self.is_punct(first - 1, &[',']) {
                return None;
            }
            j = first - 2;
        }
        if j <= a + 2 || !self.has(j, lx::TITLE | lx::ROLE) {
            return None;
        }
        // Up to two words of the role before (`chief executive`, `deputy spokesman`).
        let mut r = j;
        while r > j.saturating_sub(2)
            && r > a + 2
            && self.tokens[r - 1].is_word()
            && !self.tokens[r - 1].cap
            && !self.possessive_at(r - 2)
        {
            r -= 1;
        }
        if r < a + 3 || self.word(r - 1) != "s" || !self.possessive_at(r - 2) {
            return None;
        }
        let owner = self.name_ending_at(r - 3)?;
        let kind = self.actors.actors[owner.actor].kind;
        (!self.is_person(owner.actor) && kind != ActorKind::Country).then_some(owner.actor)
    }

    /// The actor of the name that ends right before the comma before token `first`, in
    /// the sentence that starts at token `a`.
    pub(super) fn name_before_comma(&self, first: usize, a: usize) -> Option<usize> {
        if first < a + 2 || !self.is_punct(first - 1, &[',']) {
            return None;
        }
        self.name_ending_at(first - 2).map(|m| m.actor)
    }

    /// `The engine manufacturer, Aerodyne Propulsion, said`: the name of no person set off
    /// by commas right after the description's noun at token `noun` (of a sentence ending
    /// at `b`), which the description names (also past what the name is: `The software
    /// supplier, Dutch company Portivo Systems,`).
    pub(in crate::actors) fn name_set_off_after(&self, noun: usize, b: usize) -> Option<usize> {
        if noun + 2 >= b || !self.is_punct(noun + 1, &[',']) {
            return None;
        }
        // `The software supplier, Dutch company Portivo Systems,`: past what the name is
        // (an article, a nationality, lowercase words), up to four words.
        let mut first = noun + 2;
        while first + 1 < b && first < noun + 6 && self.tokens[first].is_word() {
            let country = self.mention_at(first).is_some_and(|q| {
                let m = self.mention(q);
                self.actors.actors[m.actor].kind == ActorKind::Country
                    && self.token_from(m.end) == first + 1
            });
            let lower = !self.tokens[first].cap
                && !self.has(
                    first,
                    lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB | lx::BE,
                );
            if !(country || lower) {
                break;
            }
            first += 1;
        }
        let m = self.mention(self.mention_at(first)?);
        let close = self.token_from(m.end);
        let named = m.start == self.tokens[first].start
            && close < b
            && self.is_punct(close, &[','])
            && !self.is_person(m.actor);
        named.then_some(m.actor)
    }

    /// The [`led_bit`] of the word after a name that ends at byte `end`, or after its
    /// possessive: `Trump administration`, `Harlan's campaign`.
    pub(super) fn led_after(&self, end: usize) -> u8 {
        // The next token, or the one after `'s` (any apostrophe): adjacent by position.
        let mut k = self.token_from(end);
        if k + 1 < self.tokens.len() && self.is_punct(k, &APOSTROPHES) && self.word(k + 1) == "s" {
            k += 2;
        }
        if k < self.tokens.len() && self.tokens[k].is_word() {
            led_bit(self.word(k))
        } else {
            0
        }
    }

    /// The name mention that ends with token `k`.
    fn name_ending_at(&self, k: usize) -> Option<Mention> {
        let m = self.mention(self.mention_at(k)?);
        (m.end == self.tokens[k].end).then_some(m)
    }
}

impl Ctx<'_> {
    /// `She accused the electoral commission … The commission denied …`: the noun at
    /// token `noun` was last used, in sentence `si` before token `first` or in the two
    /// sentences before it, for a body the article does not name (`the` and one or two
    /// lowercase modifiers that no actor's name holds), so `the commission` is that body.
    /// Not one set off after a name or said of one (`Quillon, the cloud company`, `X is
    /// the largest bank`).
    pub(super) fn noun_of_unnamed_body_before(
        &self,
        si: usize,
        first: usize,
        noun: usize,
        found: &[Description],
    ) -> bool {
        let lo = self.ranges[si.saturating_sub(2)].0;
        let word = self.word(noun);
        let Some(j) = (lo + 2..first)
            .rev()
            .find(|&j| self.word(j).eq_ignore_ascii_case(word) && !self.tokens[j].cap)
        else {
            return false;
        };
        // `The foreign ministry said … the ministry`: a description of a known body.
        if found
            .iter()
            .rev()
            .take_while(|d| d.noun >= lo)
            .any(|d| d.noun == j)
        {
            return false;
        }
        let modifier = |k: usize| {
            let t = self.tokens[k];
            t.is_word()
                && !t.cap
                && !self.has(k, lx::STOPWORD)
                && self.mention_at(k).is_none()
                && !self.word(k).ends_with("est")
        };
        let mut d = j - 1;
        while d > lo && j - d <= 2 && modifier(d) {
            d -= 1;
        }
        let set_off_or_said = d > lo
            && (self.is_punct(d - 1, &[','])
                || self.has(d - 1, lx::BE)
                || self.word(d - 1) == "as");
        if d == j - 1 || !self.word(d).eq_ignore_ascii_case("the") || set_off_or_said {
            return false;
        }
        // `the electoral commission` after `Independent Electoral Commission` is that one.
        !(d + 1..j).any(|k| {
            let m = self.word(k);
            self.actors.actors.iter().any(|a| {
                a.name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(m))
            })
        })
    }
}

impl Ctx<'_> {
    /// `Hungary's anti-doping agency, HUNADO, said … the agency`: the body that the same
    /// noun (token `noun`, of a description opening at `first` in sentence `si`) named by
    /// apposition or right after it in this sentence or the two before; the nearest such
    /// noun decides.
    pub(super) fn named_by_noun_before(
        &self,
        si: usize,
        first: usize,
        noun: usize,
    ) -> Option<usize> {
        let lo = self.ranges[si.saturating_sub(2)].0;
        let word = self.word(noun);
        let j = (lo..first)
            .rev()
            .find(|&j| self.word(j).eq_ignore_ascii_case(word) && !self.tokens[j].cap)?;
        let sj = self.sents.locate(self.tokens[j].start)?;
        self.name_set_off_after(j, self.ranges[sj].1)
            .or_else(|| self.name_right_after(j))
    }

    /// `Ratings agency Fitch`, `the charity Sea Rescue Nord`: the name of no person or
    /// country right after the lowercase noun at token `noun`.
    fn name_right_after(&self, noun: usize) -> Option<usize> {
        let m = self.mention(self.mention_at(noun + 1)?);
        let actor = &self.actors.actors[m.actor];
        (m.start == self.tokens[noun + 1].start
            && !self.is_person(m.actor)
            && !matches!(actor.kind, ActorKind::Country | ActorKind::Place))
        .then_some(m.actor)
    }
}

/// Words before a description's noun that make it another body than one named before
/// (`the parent company`, `a rival firm`, `the state broadcaster`).
#[rustfmt::skip]
const OTHER_BODY: &[&str] = &[
    "another", "combined", "enlarged", "federal", "former", "holding", "joint", "local",
    "merged", "municipal", "national", "new", "next", "other", "parent", "previous",
    "provincial", "regional", "rival", "same", "sister", "state", "subsidiary", "world",
];
