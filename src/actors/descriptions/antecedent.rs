//! Which organisation named before a description it refers to: the best fit, then the most named.

use super::super::clauses::{back_in_reading_order, Ctx, FARTHEST_ANTECEDENT};
use super::super::lexicon as lx;
use super::super::quotes::quote_containing;
use super::super::tokens::HYPHENS;
use super::super::ActorKind;
use super::nouns::{led_bit, lowercase_noun, Fits, LONGEST_NOUN};
use super::Salience;

/// How many names back a description looks, at most.
const MOST_CANDIDATES: usize = 200;

impl Ctx<'_> {
    /// The organisation named before token `first` that the noun at `noun` fits: the
    /// nearest one for `the group`; else the best fit ([`Ctx::fit`]), then the one the
    /// article has named most so far (the story's company, not the analyst's employer
    /// named last), the nearest of equals.
    pub(super) fn organisation_described(
        &self,
        si: usize,
        first: usize,
        noun: usize,
        fits: Fits,
        seen: &Salience,
    ) -> Option<(usize, bool)> {
        let t = self.tokens[first];
        let noun_at = noun;
        let mut buf = [0; LONGEST_NOUN];
        let noun = lowercase_noun(self.word(noun), &mut buf)?;
        // `The engine manufacturer, Aerodyne Propulsion, said`: the name set off after it.
        let (a, b) = self.ranges[si];
        if let Some(named) = self.name_set_off_after(noun_at, b) {
            return Some((named, true));
        }
        // `Solberg Maritime, the company she founded`: the name it is set off after.
        let said = |k: usize| k < self.tokens.len() && self.has(k, lx::REPORTING_VERB);
        if let Some(apposed) = self
            .name_before_comma(first, a)
            .filter(|_| !said(noun_at + 1))
        {
            // (A name of unknown kind is what it is set off as: `Civilians First, the
            // rights group,`.)
            // (Not a place: `… Security in Europe, the group responsible for …`.)
            let unknown_group = fits == Fits::Group
                && self.actors.actors[apposed].kind == ActorKind::Other
                && seen.named(apposed, ActorKind::Other) > 0;
            if unknown_group || self.fit(apposed, noun, fits).is_some() {
                return Some((apposed, true));
            }
        }
        // `Kastell Systems said the firm would cooperate`: the speaker of itself.
        if let Some(speaker) = self.name_saying_before(first, a) {
            if fits != Fits::Government && self.fit(speaker, noun, fits).is_some() {
                return Some((speaker, false));
            }
        }
        // `The CMA's spokesman said the group …`: a role speaks for its own body, which
        // the noun fits, or which is of unknown kind (a role says it is a body).
        if let Some(owner) = self.owner_of_role_saying(first, a) {
            let unknown = self.actors.actors[owner].kind == ActorKind::Other
                && matches!(fits, Fits::Group | Fits::Company);
            if fits != Fits::Government && (unknown || self.fit(owner, noun, fits).is_some()) {
                return Some((owner, false));
            }
        }
        // `the government in Bamako`, `the ministry in Damascus`: the country named there.
        if fits == Fits::Government || noun == "ministry" {
            if let Some(country) = self.country_in_after(noun_at) {
                return Some((country, false));
            }
        }
        // `Ecuador's foreign ministry said … The ministry said`: the country whose ministry
        // (or government) the last sentences named.
        if fits == Fits::Government || noun == "ministry" {
            if let Some(country) = self.country_named_with(si, first, noun) {
                return Some((country, false));
            }
        }
        let quote = quote_containing(&self.quotes, t.start, t.end);
        let sentence = self.sents.sents[si].index;
        // Bounded, so that a long run of names and descriptions stays linear.
        let named = self
            .named_before(t.start, quote, (sentence, FARTHEST_ANTECEDENT))
            .take(MOST_CANDIDATES);
        if fits == Fits::Led {
            // The nearest one whose administration or campaign it is; a country's
            // campaign is a war's (`Russia's campaign in Syria`), no actor's.
            let bit = led_bit(noun);
            let country = |a: usize| self.actors.actors[a].kind == ActorKind::Country;
            return back_in_reading_order(named, sentence, |m| self.owns(m))
                .map(|m| m.actor)
                .find(|&a| seen.leads[a] & bit != 0)
                .filter(|&a| !(bit == 2 && country(a)))
                .map(|a| (a, false));
        }
        // With whether the actor is named earlier in the description's own sentence.
        let mut fitting = back_in_reading_order(named, sentence, |m| self.owns(m))
            .map(|m| (m.actor, m.sentence == sentence))
            // A name of unknown kind only ever seen after a preposition is a place
            // (`in Galway`), not a company.
            .filter(|&(a, _)| seen.named(a, self.actors.actors[a].kind) > 0)
            // `the security council` is a council of that name; `the electoral commission`
            // is no `African Union Commission`.
            .filter(|&(a, _)| fits != Fits::Named || self.modifiers_in_name(first, noun_at, a))
            // `Civilians First, a rights group, said …`: a name of unknown kind set off as
            // a group before is one.
            .filter_map(|(a, here)| {
                let described_group = || {
                    fits == Fits::Group
                        && self.actors.actors[a].kind == ActorKind::Other
                        && self.set_off_as_group(a, t.start)
                };
                let fit = self
                    .fit(a, noun, fits)
                    .or_else(|| described_group().then_some(0))?;
                Some((a, fit, here))
            });
        match fits {
            Fits::Group => fitting.next().map(|(a, ..)| (a, false)),
            Fits::Government => {
                let fitting: Vec<(usize, u8, bool)> = fitting.collect();
                // `Angola's ministry said the country's delegation had left`: the one
                // country named before it in its own sentence.
                let mut here = fitting.iter().filter(|f| f.2).map(|f| f.0);
                if let Some(country) = here.next() {
                    if here.all(|c| c == country) {
                        return Some((country, false));
                    }
                }
                // Otherwise only a country named at least twice as often as any other: in
                // a story about two countries, `the government` may be either's.
                let mut named: Vec<(u32, usize)> =
                    fitting.iter().map(|&(a, ..)| (seen.count[a], a)).collect();
                named.sort_unstable_by(|x, y| y.cmp(x));
                named.dedup();
                let (most, country) = *named.first()?;
                let dominant = named.get(1).is_none_or(|&(next, _)| most >= 2 * next);
                if dominant {
                    return Some((country, false));
                }
                // `LISBON (Wire) — …`: else the country the story is filed from, if no
                // other is named more (`routes to Madrid, the Azores and Morocco`); its
                // government only (`the country's sporting infrastructure` is a place).
                let home = self.actors.home.filter(|_| noun == "government")?;
                named
                    .iter()
                    .any(|&(count, a)| a == home && count == most)
                    .then_some((home, false))
            }
            Fits::Led => None,
            Fits::Named | Fits::Company | Fits::Club | Fits::Regulator | Fits::CentralBank => {
                // `The contractor, Ranjit Chemicals, rejected …` then `In a statement, the
                // firm said`: the subject opening the sentence before goes on as this one's.
                let opener = (first == a || (first > a && self.is_punct(first - 1, &[','])))
                    .then(|| self.opening_name(si.checked_sub(1)?))
                    .flatten();
                let mut best: Option<(usize, (bool, u8, u32))> = None;
                for (a, fit, here) in fitting {
                    // (Not a name of unknown kind: `Caralozin accounted for 9 percent of
                    // Nordvik's revenue. The company said` is about Nordvik, not the drug.)
                    let known = self.actors.actors[a].kind != ActorKind::Other || seen.described[a];
                    if Some(a) == opener && fits != Fits::Named && known {
                        return Some((a, false));
                    }
                    let here = here && fits == Fits::Named;
                    // `Andean Skyways … the airline …`: a company the article has already
                    // described fits as well as a name ending like one (`Cordillera
                    // Capital`, a shareholder named once).
                    let company = matches!(fits, Fits::Company | Fits::Club);
                    let fit = if company && seen.described[a] {
                        fit.max(1)
                    } else {
                        fit
                    };
                    let key = (here, fit, seen.named(a, self.actors.actors[a].kind));
                    if best.is_none_or(|(_, b)| key > b) {
                        best = Some((a, key));
                    }
                }
                // `the ministry` with no ministry named is the government's, of a country
                // named more than once (not `reassure neighbouring Poland`); not `the
                // ministry in Damascus`, which names its place.
                let placed = noun_at + 1 < self.tokens.len() && self.word(noun_at + 1) == "in";
                if best.is_none() && noun == "ministry" && !placed {
                    return self
                        .organisation_described(si, first, noun_at, Fits::Government, seen)
                        .filter(|&(country, _)| seen.count[country] >= 2);
                }
                best.map(|(a, _)| (a, false))
            }
        }
    }

    /// The country of the nearest `X's [two words] noun` or `Xian [two words] noun` (`Ecuador's
    /// foreign ministry`, `the Ecuadorian government`) before token `first`, in its sentence
    /// `si` or the two before it. None if that noun is a named body's (`South Korea's
    /// Ministry of Environment`), which the named candidates fit.
    fn country_named_with(&self, si: usize, first: usize, noun: &str) -> Option<usize> {
        let from = self.tokens[self.ranges[si.saturating_sub(2)].0].start;
        let before = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < self.tokens[first].start);
        for p in (0..before).rev() {
            let m = self.mention(p);
            if m.start < from {
                break;
            }
            let actor = &self.actors.actors[m.actor];
            if actor.kind != ActorKind::Country {
                continue;
            }
            let k = self.token_from(m.end);
            let surface = &self.text[m.start..m.end];
            let open = if k + 2 < first && self.possessive_at(k) {
                k + 2
            } else if surface != actor.name && lx::ends_like_demonym(surface) {
                k
            } else {
                continue;
            };
            let at = (open..(open + 3).min(first))
                .take_while(|&j| self.tokens[j].is_word())
                .find(|&j| self.word(j).eq_ignore_ascii_case(noun));
            if let Some(j) = at {
                return self.mention_at(j).is_none().then_some(m.actor);
            }
        }
        None
    }

    /// The actor named first in sentence `si`, opening it (`Ranjit Chemicals said`) or
    /// set off after its opening noun (`The contractor, Ranjit Chemicals, rejected`).
    fn opening_name(&self, si: usize) -> Option<usize> {
        let (a, b) = self.ranges[si];
        let at = |k: usize| (k < b).then(|| self.mention_at(k)).flatten();
        let p = at(a).or_else(|| {
            let set_off = b > a + 3
                && self.word(a).eq_ignore_ascii_case("the")
                && self.tokens[a + 1].is_word()
                && !self.tokens[a + 1].cap
                && self.is_punct(a + 2, &[',']);
            set_off.then(|| at(a + 3)).flatten()
        })?;
        Some(self.mention(p).actor)
    }

    /// Some mention of `actor` before offset `pos` is set off by a group's description
    /// (`Civilians First, a Geneva-based rights group,`): a determiner, a few words and
    /// `group` (or another noun of [`Fits::Group`]).
    fn set_off_as_group(&self, actor: usize, pos: usize) -> bool {
        let n = self.tokens.len();
        (0..self.order.len())
            .map(|p| self.mention(p))
            .take_while(|m| m.start < pos)
            .filter(|m| m.actor == actor)
            .any(|m| {
                let comma = self.token_from(m.end);
                if comma + 2 >= n
                    || !self.is_punct(comma, &[','])
                    || !self.word_in(comma + 1, &["a", "an", "the"])
                {
                    return false;
                }
                // (`Geneva-based` is one word of it.)
                (comma + 2..n.min(comma + 8))
                    .take_while(|&j| self.tokens[j].is_word() || self.is_punct(j, &HYPHENS))
                    .any(|j| super::nouns::noun_class(self.word(j)) == Some(Fits::Group))
            })
    }

    /// Each lowercase word between the determiner at `first` and the noun at `noun` is a
    /// word of actor `a`'s name, in any case.
    fn modifiers_in_name(&self, first: usize, noun: usize, a: usize) -> bool {
        let name = &self.actors.actors[a].name;
        (first + 1..noun)
            .filter(|&k| self.tokens[k].is_word() && !self.tokens[k].cap)
            .all(|k| {
                name.split([' ', '-'])
                    .any(|w| w.eq_ignore_ascii_case(self.word(k)))
            })
    }
}
