//! Nationalities of private people and firms (`the Portuguese coach`, `Chinese tourists`,
//! `Brazil's biggest meatpacker`): where someone is from, not the state acting.

use super::super::clauses::Ctx;
use super::super::group::is_city_form;
use super::super::lexicon as lx;
use super::super::tokens::HYPHENS;
use super::super::ActorKind;
use super::words::{COUNTRYS_FIRMS, COUNTRYS_THINGS, CURRENCIES, ELECTIONS, PAST_TENSES, STATES};
use super::{is_adjective_form, is_organisation_adjective};

impl Ctx<'_> {
    /// Name mention `p` is a people's adjective (`Chilean`; the EU's `European`; a
    /// region's, `Scottish`) or a country's possessive (`Chile's`): the token after it,
    /// and whether it is the possessive.
    fn nationality_at(&self, p: usize) -> Option<(usize, bool)> {
        let m = self.mention(p);
        let actor = &self.actors.actors[m.actor];
        let surface = &self.text[m.start..m.end];
        // Also the EU's `European` (`its European headquarters`), not `Castellan banks`.
        // And a region's people (`Scottish club`).
        let kind_fits = matches!(actor.kind, ActorKind::Country | ActorKind::Place)
            || (actor.kind == ActorKind::Organisation && is_organisation_adjective(surface));
        let demonym = kind_fits
            && !is_city_form(surface, &actor.name)
            && (is_adjective_form(surface, &actor.name)
                || matches!(surface, "US" | "U.S." | "UK" | "U.K."));
        let after = self.token_from(m.end);
        let possessive = actor.kind == ActorKind::Country
            && !demonym
            && after + 1 < self.tokens.len()
            && self.possessive_at(after);
        if demonym {
            Some((after, false))
        } else {
            possessive.then_some((after + 2, true))
        }
    }

    /// `Argentine bonds`, `Spanish football`, `Colombia's presidential campaign`,
    /// `European governments` (the EU's adjective): a people's adjective or a country's
    /// possessive before what is neither the state nor judged as it (see
    /// [`COUNTRYS_THINGS`], [`STATES`]). The article is still about the country: unlike
    /// [`Ctx::nationality_of_someone`], its government is the country's.
    pub(in crate::actors) fn countrys_thing(&self, p: usize) -> bool {
        let Some((k, _)) = self.nationality_at(p) else {
            return false;
        };
        let kind = self.actors.actors[self.mention(p).actor].kind;
        k < self.tokens.len()
            && self.tokens[k].is_word()
            && !self.tokens[k].cap
            && (lx::sorted_has(COUNTRYS_THINGS, self.word(k))
                || kind == ActorKind::Organisation && lx::sorted_has(STATES, self.word(k))
                || self.word_in(
                    k,
                    &["general", "legislative", "parliamentary", "presidential"],
                ) && k + 1 < self.tokens.len()
                    && lx::sorted_has(ELECTIONS, self.word(k + 1)))
    }

    /// `the Portuguese coach`, `an American private equity investor`, `Chinese tourists`: a
    /// nationality before up to three lowercase words, one naming private people or firms (see
    /// [`super::words::PRIVATE_ROLES`]) says where they are from; the country does not act and is not
    /// judged. Not a state's people (`Russian troops`, `the Russian ambassador`). So does
    /// a country's possessive (`Brazil's biggest meatpacker`, `Chile's main union`).
    pub(in crate::actors) fn nationality_of_someone(&self, p: usize) -> bool {
        let Some((k, possessive)) = self.nationality_at(p) else {
            return false;
        };
        let demonym = !possessive;
        let m = self.mention(p);
        let actor = &self.actors.actors[m.actor];
        let surface = &self.text[m.start..m.end];
        let Some(si) = self.sents.locate(m.start) else {
            return false;
        };
        let b = self.ranges[si].1;
        // The noun phrase's lowercase words, up to a verb or function word; one names the
        // people (a headline's verb may follow: `Colombian mediator wins prize`), and none
        // says they are the state's (`national oil company`).
        let verb = lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB | lx::STOPWORD;
        let words: Vec<usize> = (k..b.min(k + 3))
            .take_while(|&j| {
                let w = self.word(j);
                // `citizens` is also a stopword.
                // `the Hungarian cycling federation`: a sport or trade before the role.
                // (`rapeseed producers`, `armed groups`: so is a word in `-ed`.)
                let modifier = (w.ends_with("ing") || w.ends_with("ed"))
                    && j + 1 < b
                    && self.is_private_role(j + 1);
                self.tokens[j].is_word()
                    && !self.tokens[j].cap
                    && (self.is_private_role(j)
                        || modifier
                        || !self.has(j, verb | lx::PREPOSITION)
                            && !w.ends_with("ing")
                            && !w.ends_with("ed")
                            && !PAST_TENSES.contains(&w))
            })
            .collect();
        let is = |j: usize, list: &[&str]| self.word_in(j, list);
        let state = [
            "state",
            "central",
            "national",
            "state-owned",
            "government",
            "public",
            "military",
            "army",
            "naval",
            "navy",
        ];
        // `a Canadian and a Norwegian`, `an American was killed`: the demonym alone is one
        // of its people; not `a Russian claim`, `a Saudi-led coalition`, `a British TV show`.
        let alone_after = k >= b
            || !self.tokens[k].is_word() && !self.is_punct(k, &HYPHENS)
            || self.has(k, lx::PREPOSITION | lx::BE | lx::COORDINATOR | lx::RELATIVE);
        let before = self.token_from(m.start);
        let demonym_alone = words.is_empty()
            && alone_after
            && before > self.ranges[si].0
            && self.word_in(before - 1, &["a", "an", "each", "every"]);
        // `saying the Italian had kept the club alive`, `the 33-year-old Hungarian's
        // career`: one of its people, named before; a collective form is the state (`the
        // British said`, `the Chinese have`).
        let acts = lx::REPORTING_VERB | lx::STANCE_VERB | lx::OTHER_VERB | lx::BE;
        let lo = self.ranges[si].0;
        let the = |j: usize| self.word(j).eq_ignore_ascii_case("the");
        let after_the = (before > lo && the(before - 1))
            || (before > lo + 1
                && the(before - 2)
                && self.tokens[before - 1].is_word()
                && !self.tokens[before - 1].cap);
        // (No one writes a collective form's possessive: `the Portuguese's career` is one;
        // `the U.S.'s decision` is the country's.)
        let owner = k + 1 < b && self.possessive_at(k) && is_adjective_form(surface, &actor.name);
        let the_person = words.is_empty()
            && k < b
            && (owner
                || surface.ends_with("an")
                    && (self.has(k, acts) && self.word(k).ends_with("ed")
                        || self.word_in(
                            k,
                            &["had", "has", "is", "said", "told", "was", "who", "would"],
                        )))
            && after_the;
        // `11 million Swedish crowns`, `the Turkish lira`.
        let money = k < b && lx::sorted_has(CURRENCIES, self.word(k));
        let private = words.iter().any(|&j| {
            if possessive {
                lx::sorted_has(COUNTRYS_FIRMS, self.word(j))
            } else {
                self.is_private_role(j)
            }
        }) && !words.iter().any(|&j| is(j, &state));
        // `Sweden's data authority … with its Norwegian counterpart`: a body's peer abroad,
        // not that country's state (`his Russian counterpart`, a minister, may be).
        let peer = demonym
            && before > lo
            && self.word(before - 1) == "its"
            && k < b
            && is(k, &["counterpart", "counterparts"]);
        private || peer || demonym && (demonym_alone || the_person || money)
    }
}
