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
//! - `the government`: a country (`Chad's government` is Chad already), only one named
//!   at least twice as often as any other.
//!
//! `The group` takes the nearest candidate. The other nouns take the story's own: the
//! best fit (a head word of the name as written, then of a gazetteer form, then by class),
//! then the one named most so far (a name of unknown kind counted only where no
//! preposition comes before it, so not `in Veridia`), then the nearest. So `The firm is
//! betting everything` after `said an analyst at Greystone Securities` is still the
//! company the article is about, and `Shares in the bank fell` after a quote about the
//! European Central Bank is still the bank the story is about.

mod fit;
mod nouns;

use super::clauses::{back_in_reading_order, Ctx, Subj, FARTHEST_ANTECEDENT};
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::{ActorKind, Mention};
use crate::text::tokenize::APOSTROPHES;
use nouns::LONGEST_NOUN;
use nouns::{led_bit, led_noun_is_other, lowercase_noun, modifies_next, noun_class, Fits};
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

/// How many names back a description looks, at most.
const MOST_CANDIDATES: usize = 200;

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
                let spokes = next < b
                    && matches!(
                        self.word(next),
                        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople"
                    );
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
                        || modifies_next(self.word(next))
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
                if let Some((actor, apposed)) =
                    self.organisation_described(si, first, noun, fits, &seen)
                {
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
        out
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

    /// The organisation named before token `first` that the noun at `noun` fits: the
    /// nearest one for `the group`; else the best fit ([`Ctx::fit`]), then the one the
    /// article has named most so far (the story's company, not the analyst's employer
    /// named last), the nearest of equals.
    fn organisation_described(
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
        // `Solberg Maritime, the company she founded`: the name it is set off after.
        let a = self.ranges[si].0;
        let said = |k: usize| k < self.tokens.len() && self.has(k, lx::REPORTING_VERB);
        if let Some(apposed) = self
            .name_before_comma(first, a)
            .filter(|_| !said(noun_at + 1))
        {
            if self.fit(apposed, noun, fits).is_some() {
                return Some((apposed, true));
            }
        }
        // `Kastell Systems said the firm would cooperate`: the speaker of itself.
        if let Some(speaker) = self.name_saying_before(first, a) {
            if fits != Fits::Government && self.fit(speaker, noun, fits).is_some() {
                return Some((speaker, false));
            }
        }
        // `the government in Bamako`, `the ministry in Damascus`: the country named there.
        if fits == Fits::Government || noun == "ministry" {
            if let Some(country) = self.country_in_after(noun_at) {
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
            .filter_map(|(a, here)| Some((a, self.fit(a, noun, fits)?, here)));
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
                dominant.then_some((country, false))
            }
            Fits::Led => None,
            Fits::Named | Fits::Company | Fits::Club | Fits::Regulator | Fits::CentralBank => {
                // `the Sovereign Front expels two members, the party says`: a body named
                // in the same sentence comes before the story's most named one.
                let mut best: Option<(usize, (bool, u8, u32))> = None;
                for (a, fit, here) in fitting {
                    let here = here && fits == Fits::Named;
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

    /// The noun of a description whose determiner is token `first` (in the sentence of
    /// tokens `a..b`) and its class: the next word, or after a name and a comma up to
    /// three lowercase words further (`Quillon, the cloud storage company`, `Meridian
    /// Maritime, the Singapore-listed shipowner`).
    fn described_noun(&self, first: usize, a: usize, b: usize) -> Option<(usize, Fits)> {
        let plain = !self.tokens[first + 1].cap && self.mention_at(first + 1).is_none();
        if let Some(fits) = noun_class(self.word(first + 1)).filter(|_| plain) {
            return Some((first + 1, fits));
        }
        // `the foreign ministry`, `the health ministry`.
        let ministry = first + 2 < b
            && plain
            && self.has(first + 1, lx::PORTFOLIO)
            && self.word(first + 2).eq_ignore_ascii_case("ministry");
        if ministry {
            return Some((first + 2, Fits::Named));
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
    fn country_in_after(&self, noun: usize) -> Option<usize> {
        if noun + 2 >= self.tokens.len() || self.word(noun + 1) != "in" {
            return None;
        }
        let m = self.mention(self.mention_at(noun + 2)?);
        (self.actors.actors[m.actor].kind == ActorKind::Country).then_some(m.actor)
    }

    /// The actor of the name right before a verb of saying (and `that`) before token
    /// `first`, in the sentence that starts at token `a`.
    fn name_saying_before(&self, first: usize, a: usize) -> Option<usize> {
        let mut k = first.checked_sub(1).filter(|&k| k > a)?;
        if self.word(k) == "that" {
            k -= 1;
        }
        if k <= a || !self.has(k, lx::REPORTING_VERB) {
            return None;
        }
        let m = self.name_ending_at(k - 1)?;
        // `Analysts at Kestrel Capital said the company …` is not Kestrel's word.
        let opens = self.token_from(m.start);
        let after_preposition = opens > a && self.has(opens - 1, lx::PREPOSITION);
        (!after_preposition).then_some(m.actor)
    }

    /// The actor of the name that ends right before the comma before token `first`, in
    /// the sentence that starts at token `a`.
    fn name_before_comma(&self, first: usize, a: usize) -> Option<usize> {
        if first < a + 2 || !self.is_punct(first - 1, &[',']) {
            return None;
        }
        self.name_ending_at(first - 2).map(|m| m.actor)
    }

    /// The [`led_bit`] of the word after a name that ends at byte `end`, or after its
    /// possessive: `Trump administration`, `Harlan's campaign`.
    fn led_after(&self, end: usize) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::super::find_holders_and_references;
    use super::super::test_support::{find, split};
    use super::super::ArticleTokens;

    /// `(description, actor, holder)` per description target (`the …`, `this …`, `a …`).
    fn described(text: &str) -> Vec<(String, String, Option<String>)> {
        let sentences = split(text);
        let actors = find(text);
        let article = ArticleTokens::new(text, &sentences);
        let found = find_holders_and_references(text, &article, &actors, true);
        found
            .references
            .iter()
            .filter(|p| text[p.mention.start..].starts_with(['t', 'T', 'a', 'A']))
            .map(|p| {
                let m = p.mention;
                (
                    text[m.start..m.end].to_owned(),
                    actors.actors[m.actor].name.clone(),
                    p.holders.main.map(|h| actors.actors[h].name.clone()),
                )
            })
            .collect()
    }

    fn expect(text: &str, want: &[(&str, &str, Option<&str>)]) {
        let want: Vec<(String, String, Option<String>)> = want
            .iter()
            .map(|(d, a, h)| (d.to_string(), a.to_string(), h.map(str::to_owned)))
            .collect();
        assert_eq!(described(text), want, "{text}");
    }

    #[test]
    fn a_company_is_the_company_named_before() {
        expect(
            "Harlow Biotech agreed to buy Vantis Diagnostics. Daniel Reyes criticised the \
             company for overpaying.",
            &[("the company", "Harlow Biotech", Some("Daniel Reyes"))],
        );
    }

    #[test]
    fn a_name_ending_like_a_company_is_the_company_before_a_mines_name() {
        expect(
            "Workers at the Cerro Alto copper mine walked out after talks with Andina Copper \
             collapsed. Ana Ruiz said the company had refused to raise its offer.",
            &[("the company", "Andina Copper", Some("Ana Ruiz"))],
        );
        // `AG`, `plc`, `GmbH` end companies' names too.
        expect(
            "Vellmark Automotive AG cut jobs. Vellmark Automotive AG sold a plant. Tom Ruiz \
             of Hanseatic Capital criticised it. Ana Ruiz said the company had lied.",
            &[("the company", "Vellmark Automotive AG", Some("Ana Ruiz"))],
        );
    }

    #[test]
    fn the_mission_is_a_body_named_a_mission() {
        let text = "The Council renewed the U.N. Mission in South Sudan. Russia criticised the \
                    mission. The space mission failed.";
        let sentences = crate::text::split_sentences(text);
        let actors = crate::actors::ActorFinder::builtin().find(text, &sentences);
        let article = ArticleTokens::new(text, &sentences);
        let found = find_holders_and_references(text, &article, &actors, true);
        let refs: Vec<(&str, &str)> = found
            .references
            .iter()
            .map(|p| {
                (
                    &text[p.mention.start..p.mention.end],
                    &*actors.actors[p.mention.actor].name,
                )
            })
            .collect();
        assert!(refs.contains(&("the mission", "UNMISS")), "{refs:?}");
        assert!(!refs.iter().any(|r| r.0.contains("space")), "{refs:?}");
    }

    #[test]
    fn this_company_in_a_speakers_words_is_the_company() {
        expect(
            "Harlow Biotech recalled its monitors. \"I trusted this company,\" Ana Ruiz said.",
            &[("this company", "Harlow Biotech", Some("Ana Ruiz"))],
        );
        // `this group` is mostly a group of people.
        expect(
            "The Ostrow Group ran the poll. Older voters are part of this group.",
            &[],
        );
    }

    #[test]
    fn the_club_is_the_club_not_the_company_that_sponsors_it() {
        let text = "Voltara Energy sponsors Ferencz Athletic. Ferencz Athletic lost again. \
                    Tom Verbeke said the club was in crisis. Greta Olsen said the company \
                    would review the deal.";
        expect(
            text,
            &[
                ("the club", "Ferencz Athletic", Some("Tom Verbeke")),
                ("the company", "Voltara Energy", Some("Greta Olsen")),
            ],
        );
    }

    #[test]
    fn the_role_of_a_described_organisation_is_where_the_person_belongs() {
        // `the union's president, Rui Tavares`: no stance toward the union here.
        expect(
            "The Dock Workers Union called a strike. The union's president, Rui Tavares, \
             said the ministry had failed.",
            &[],
        );
        // Nor set off after the person.
        expect(
            "The Dock Workers Union called a strike. \"We were lied to,\" said Rui Tavares, \
             the union's head of legal affairs.",
            &[],
        );
    }

    #[test]
    fn a_noun_of_the_name_picks_that_organisation() {
        expect(
            "The International Cycling Federation banned Nimbus Social. Tom Verbeke accused \
             the federation of lying.",
            &[(
                "the federation",
                "International Cycling Federation",
                Some("Tom Verbeke"),
            )],
        );
    }

    #[test]
    fn a_regulator_is_a_public_body_not_the_company_it_fined() {
        expect(
            "The Data Protection Commission fined Nimbus Social. Nimbus Social said the \
             regulator had ignored its progress.",
            &[(
                "the regulator",
                "Data Protection Commission",
                Some("Nimbus Social"),
            )],
        );
    }

    #[test]
    fn no_description_without_a_fitting_organisation_or_before_a_name() {
        expect(
            "Angela Merkel met NATO leaders. She said the company had failed.",
            &[],
        );
        expect(
            "Harlow Biotech grew. Its rival bought the company Vantis Diagnostics.",
            &[],
        );
        expect(
            "Harlow Biotech grew. Reyes praised the company chairman.",
            &[],
        );
    }

    #[test]
    fn the_company_is_the_storys_company_not_a_place_or_an_analysts_employer() {
        expect(
            "Quillstream Labs was fined. Quillstream Labs will appeal, its lawyers in Galway \
             said. \"It is a setback,\" said Ana Ruiz, an analyst at Morrow Securities. Ana \
             Ruiz criticised the company.",
            &[("the company", "Quillstream Labs", Some("Ana Ruiz"))],
        );
    }

    #[test]
    fn a_head_word_or_a_gazetteer_form_names_the_organisation() {
        expect(
            "The British Airline Pilots Association met Skyline Air. Tom Hale praised the \
             airline.",
            &[("the airline", "Skyline Air", Some("Tom Hale"))],
        );
        expect(
            "Rita Amado met UNHCR and the European Commission. Tom Hale praised the agency.",
            &[("the agency", "UNHCR", Some("Tom Hale"))],
        );
        expect(
            "Andes Watch sued Ridgeback Minerals. The group of protesters cheered.",
            &[],
        );
    }

    #[test]
    fn a_noun_of_several_names_is_the_one_named_most() {
        expect(
            "Halvard Bank was fined. Halvard Bank will appeal. The European Central Bank \
             declined to comment. Ana Ruiz criticised the bank.",
            &[("the bank", "Halvard Bank", Some("Ana Ruiz"))],
        );
    }

    #[test]
    fn the_central_bank_is_a_states_bank() {
        expect(
            "Halvard Bank cut jobs. The Federal Reserve raised rates. Ana Ruiz criticised \
             the central bank.",
            &[("the central bank", "Federal Reserve", Some("Ana Ruiz"))],
        );
    }

    #[test]
    fn a_description_as_subject_holds_the_stance() {
        let text = "The Data Protection Commission fined Nimbus Social. The regulator said \
                    Nimbus Social had repeatedly broken the law.";
        let sentences = split(text);
        let actors = find(text);
        let article = ArticleTokens::new(text, &sentences);
        let found = find_holders_and_references(text, &article, &actors, true);
        let second = text.rfind("Nimbus Social").unwrap();
        let i = actors
            .mentions
            .iter()
            .position(|m| m.start == second)
            .unwrap();
        let holder = found.names[i].main.map(|h| actors.actors[h].name.as_str());
        assert_eq!(holder, Some("Data Protection Commission"));
    }

    /// The names of unknown kind that [`find_holders_and_references`] found to be
    /// organisations.
    fn organisations(text: &str) -> Vec<String> {
        let sentences = split(text);
        let actors = find(text);
        let article = ArticleTokens::new(text, &sentences);
        let found = find_holders_and_references(text, &article, &actors, true);
        let names = found.organisations.iter();
        names.map(|&a| actors.actors[a].name.clone()).collect()
    }

    #[test]
    fn a_description_set_off_after_a_name_is_that_name() {
        // Not `Europe`, named before and as often.
        let text = "Lena Berg built one of Europe's largest fleets. Her death was announced \
                    by Norbeck Lines, the shipping company she founded. Under her \
                    leadership, the company grew.";
        expect(text, &[("the company", "Norbeck Lines", None)]);
        assert_eq!(organisations(text), ["Norbeck Lines"]);
    }

    #[test]
    fn a_company_saying_the_company_means_itself() {
        // But not a name after a preposition: the analysts speak, not their employer.
        expect(
            "Quillon Systems reported a loss. Quillon Systems blamed demand. Analysts at \
             Kestrel Capital said the company had misjudged the market.",
            &[("the company", "Quillon Systems", Some("Kestrel Capital"))],
        );
        // `X, the company said` is no apposition.
        expect(
            "Quillon Systems reported a loss. The deal went to Brannock Lines, the company \
             said. Analysts said the company had misjudged demand.",
            &[
                ("the company", "Quillon Systems", None),
                ("the company", "Quillon Systems", None),
            ],
        );
        // Not the company named more (which would get a row: Kastell has one already).
        expect(
            "Veltro Semiconductor bid for Kastell Systems. Veltro Semiconductor raised \
             its offer. Veltro Semiconductor is bigger. Kastell Systems said the firm would \
             cooperate.",
            &[],
        );
    }

    #[test]
    fn a_trade_noun_fits_a_name_ending_in_that_trade() {
        // Not Coral Cargo, named nearer, nor Tarrant Foods, named more.
        let text = "Tarrant Foods and Tarrant Foods staff protested. Meridian Maritime, the \
                    Singapore-listed shipowner, cut its forecast and Coral Cargo idled ships. \
                    Ana Ruiz said the shipowner had panicked. Rui Costa said the grocer \
                    would recover.";
        expect(
            text,
            &[
                ("the shipowner", "Meridian Maritime", Some("Ana Ruiz")),
                ("the grocer", "Tarrant Foods", Some("Rui Costa")),
            ],
        );
    }

    #[test]
    fn a_chain_of_events_is_no_company() {
        expect(
            "Hackers hit Quillon Systems. Investigators are piecing together the chain of \
             events.",
            &[],
        );
    }

    #[test]
    fn a_hospital_a_unit_and_a_tribunal_are_named_ones() {
        let text = "Nurses at Harlow General Hospital protested. The Athletics Integrity Unit \
                    banned Ada Nwosu. Her lawyer criticised the unit. Ward staff said the \
                    hospital ignored them.";
        expect(
            text,
            &[
                ("the unit", "Athletics Integrity Unit", None),
                ("the hospital", "Harlow General Hospital", None),
            ],
        );
    }

    #[test]
    fn the_government_is_the_country_named_most() {
        expect(
            "Turkey and Syria signed a deal. Turkey hailed it. Ruth Wanjiru said the \
             government had given away too much.",
            &[("the government", "Turkey", Some("Ruth Wanjiru"))],
        );
        // `the country` too, but not where it is a place.
        expect(
            "Turkey hailed the deal. Ruth Wanjiru said the country had sold out. Protests \
             spread across the country, and thousands fled the country.",
            &[("the country", "Turkey", Some("Ruth Wanjiru"))],
        );
        // The one country named before it in its own sentence comes first (and being
        // named there, needs no row of its own), not the story's most named one.
        expect(
            "Turkey hailed the deal. Turkey won. A spokeswoman for Syria's ministry said \
             the country had left.",
            &[],
        );
        // What it is accused of is no other government.
        expect(
            "Turkey hailed the deal. Ruth Wanjiru accused the government of lying.",
            &[("the government", "Turkey", Some("Ruth Wanjiru"))],
        );
        // A ministry no name has is the government's.
        expect(
            "Turkey recalled its envoy. Turkey acted alone. The foreign ministry said Ruth \
             Wanjiru had lied. Ruth Wanjiru said the ministry was wrong.",
            &[
                ("The foreign ministry", "Turkey", None),
                ("the ministry", "Turkey", Some("Ruth Wanjiru")),
            ],
        );
        expect(
            "Ruth Wanjiru reassured Turkey. She said the foreign ministry agreed.",
            &[],
        );
        // Nor a private buyer's nationality.
        expect(
            "A Turkish investor bought the club. The Turkish investor paid cash. Ruth \
             Wanjiru said the government would not intervene.",
            &[],
        );
        // A place a company is based in is no country of the story.
        expect(
            "Turkey-based Meridian Ports bought the firm. Ruth Wanjiru said the government \
             would not intervene.",
            &[],
        );
        // Two countries named as often: either's government.
        expect(
            "Turkey and Syria signed a deal. Both hailed it. Ruth Wanjiru said the \
             government had given away too much.",
            &[],
        );
        // `the government in Moscow` is Russia's, not the story's Turkey (and the name
        // after it is the sentence's one mention of Russia).
        expect(
            "Turkey and Syria signed a deal. Turkey hailed it. Ruth Wanjiru said the \
             government in Moscow had given away too much.",
            &[],
        );
        // Not before `of` (the country follows) or as a modifier.
        expect(
            "Turkey hailed the deal. Ruth Wanjiru criticised the government of Syria and \
             blamed the government shutdown.",
            &[],
        );
    }

    #[test]
    fn a_spokeswoman_of_a_described_body_speaks_for_it() {
        expect(
            "Harlow Biotech was fined. A company spokeswoman said Ruth Wanjiru had lied.",
            &[("A company", "Harlow Biotech", None)],
        );
        // Not `a company` alone.
        expect(
            "Harlow Biotech was fined. Ruth Wanjiru said a company had lied.",
            &[],
        );
    }

    #[test]
    fn a_body_named_in_the_same_sentence_comes_first() {
        // `the party` is the Sovereign Front named just before (a party by what is said
        // of it), not the story's most named Labour Party; it needs no row of its own.
        expect(
            "The Labour Party won. The Labour Party celebrated. Later the nationalist \
             Sovereign Front expels two members, the party says.",
            &[],
        );
        expect(
            "The Labour Party won. The Labour Party celebrated. Ruth Wanjiru said the \
             party had lied.",
            &[("the party", "Labour Party", Some("Ruth Wanjiru"))],
        );
    }

    #[test]
    fn the_administration_and_the_campaign_are_whose_they_were_named() {
        expect(
            "Senator Dana Whitcombe criticised the Harlan administration. She said the \
             administration had ignored farmers.",
            &[("the administration", "Harlan", Some("Dana Whitcombe"))],
        );
        expect(
            "Tom Verbeke joined Ruth Okafor's campaign in May. Greta Olsen said the campaign \
             had lied about her.",
            &[("the campaign", "Ruth Okafor", Some("Greta Olsen"))],
        );
        // A time, a thing of its own, a war, an object's `of`, or nobody's named.
        expect(
            "The Harlan administration approved the drug. Greta Olsen said the \
             administration of the drug was reckless.",
            &[],
        );
        expect(
            "Tom Verbeke joined Ruth Okafor\u{2019}s campaign. Greta Olsen said the campaign \
             had lied.",
            &[("the campaign", "Ruth Okafor", Some("Greta Olsen"))],
        );
        expect(
            "Ruth Okafor's campaign opened an office. During the campaign she praised the \
             campaign trail and the campaign against graft. Russia's campaign in Syria went \
             on. Greta Olsen said the campaign was brutal.",
            &[],
        );
        expect(
            "Greta Olsen said the administration had lied about her.",
            &[],
        );
    }

    #[test]
    fn the_bloc_is_a_bloc_the_gazetteer_knows() {
        let blocs = |text: &str| -> Vec<String> {
            let sentences = crate::text::split_sentences(text);
            let actors = crate::actors::ActorFinder::builtin().find(text, &sentences);
            let article = ArticleTokens::new(text, &sentences);
            let found = find_holders_and_references(text, &article, &actors, true);
            found
                .references
                .iter()
                .map(|p| actors.actors[p.mention.actor].name.clone())
                .collect()
        };
        // The one named most, as for `the company`.
        let text = "Ruth Wanjiru met Mercosur and EU negotiators. Mercosur wanted quotas. Tom \
                    Verbeke said the bloc was wrong.";
        assert_eq!(blocs(text), ["Mercosur"], "{text}");
        let text = "The EU fined Meta. Tom Verbeke said the bloc was wrong.";
        assert_eq!(blocs(text), ["European Union"], "{text}");
    }

    #[test]
    fn a_name_described_twice_is_an_organisations() {
        let text = "Hackers hit Quillon on Monday. The company said data was stolen. Nadia \
                    Fenn said the firm had ignored her.";
        assert_eq!(organisations(text), ["Quillon"]);
        // Once is not enough: `the company` after a surname may be wrong.
        let once = "Hackers hit Quillon on Monday. The company said data was stolen.";
        assert!(organisations(once).is_empty());
        // A campaign may be a person's.
        let campaign = "The Harlan campaign opened an office. The campaign said it had \
                        raised money. Nadia Fenn said the campaign had ignored her.";
        assert!(organisations(campaign).is_empty());
    }
}
