//! Places where something happens or someone is (`the commission in Dublin`, `the town of
//! Clearwater`, `Mexico City's council`): the place is no actor there. Nor is a people's
//! word for their language (`in Portuguese`).

use super::super::clauses::Ctx;
use super::super::group::is_city_form;
use super::super::lexicon as lx;
use super::super::ActorKind;
use super::place_words::{
    AREA_NOUNS, CONTINENTS, DIRECTIONS, GOING, IN_THE_STATES_HANDS, MOVED_FROM, MOVED_TO, PLACES,
    PLACE_PREPOSITIONS, SHIPMENTS, STRUCTURES, WORLD_REGIONS,
};
use super::words::{
    DWELLERS, HAPPENINGS, HELD_IN, LOCATED, PARTS_OF_A_PLACE, PEOPLE_OF_A_CAPITAL, PHRASE_OPENERS,
    PLACE_NOUNS, TOWN_PARTS,
};

impl Ctx<'_> {
    /// `in London trading`, `the commission in Dublin`: a country's capital after `in`,
    /// `at`, `near` or `outside` is where something happens, not the country acting or
    /// judged (`London said` still is, and so are `our friends in Washington`).
    pub(in crate::actors) fn is_location(&self, p: usize) -> bool {
        let m = self.mention(p);
        let actor = &self.actors.actors[m.actor];
        let surface = &self.text[m.start..m.end];
        let k = self.token_from(m.start);
        let after = self.token_from(m.end);
        let is = |j: usize, words: &[&str]| self.word_in(j, words);
        // `in` at token `j` after people who stand for the place (`allies in`).
        let people_in = |j: usize| j > 0 && is(j, &["in"]) && is(j - 1, PEOPLE_OF_A_CAPITAL);
        // `our allies in Washington and in Kyiv`: the same people.
        let people = || {
            people_in(k - 1)
                || (k > 2
                    && is(k - 2, &["and", "or"])
                    && (k.saturating_sub(8)..k - 2).rev().any(people_in))
        };
        // (`in Melbourne, Brisbane and Perth`: `in` for all three.) Read once: three
        // checks below ask for it.
        let preposition = std::cell::OnceCell::new();
        let preposition_before = || *preposition.get_or_init(|| self.preposition_before(k));
        // `A court in Lyon convicted`, `the rally in Dayton`: a town after a noun of
        // something that happens or sits somewhere (not `confidence in Pierson`).
        let town = || {
            k > 1
                && lx::sorted_has(LOCATED, self.word(k - 2))
                && self
                    .sents
                    .locate(m.start)
                    .is_some_and(|si| self.place_after_noun(p, k - 1, self.ranges[si].0))
        };
        // `after Geneva talks`, `the Kolwezi clashes`: a town before what happens there,
        // in a noun phrase (not `NPR's Ari Shapiro talks to …`, `McSally attacks Sinema`).
        let town_before_event = || {
            let town = actor.kind == ActorKind::Other
                || (actor.kind == ActorKind::Country && is_city_form(surface, &actor.name));
            town && after < self.tokens.len()
                && self.tokens[after].is_word()
                && !self.tokens[after].cap
                && ((is(k - 1, PHRASE_OPENERS) && lx::sorted_has(HAPPENINGS, self.word(after)))
                    || lx::sorted_has(TOWN_PARTS, self.word(after)))
        };
        // `The laboratory, in Lausanne, said`: where the subject is.
        let set_off = || {
            k > 1
                && self.sents.locate(m.start).is_some_and(|si| {
                    self.place_set_off(k - 2, self.ranges[si].1)
                        .is_some_and(|_| self.mention_at(k) == Some(p))
                })
        };
        // `on Portugal's southern coast`, `across Ukraine's east`: a part of the place.
        let part = || {
            if after + 3 >= self.tokens.len() || !self.possessive_at(after) {
                return false;
            }
            // The part's noun, past one lowercase adjective (`southern`).
            let first = after + 2;
            let adjective = self.tokens[first].is_word()
                && !self.tokens[first].cap
                && !is(first, PARTS_OF_A_PLACE);
            let noun = first + usize::from(adjective);
            is(k - 1, &["across", "along", "at", "in", "near", "off", "on"])
                && self.tokens[noun].is_word()
                && is(noun, PARTS_OF_A_PLACE)
        };
        // `Mexico City's council`, `London's mayor`: a capital's own town hall, not its
        // country's government.
        let town_hall = || {
            actor.kind == ActorKind::Country
                && (is_city_form(surface, &actor.name) || surface.ends_with(" City"))
                && after + 2 < self.tokens.len()
                && self.possessive_at(after)
                && is(
                    after + 2,
                    &["council", "councillors", "mayor", "municipality"],
                )
        };
        // `the town of Clearwater`, `the province of Sindh`: a place by its own word; `the
        // voters of Durban`, `fishermen of Singapore and Malaysia`: where people live.
        let named_place = || {
            let of_before = |j: usize| {
                j > 0
                    && is(j, &["of"])
                    && (is(j - 1, PLACE_NOUNS) || is(j - 1, PLACES) || is(j - 1, DWELLERS))
            };
            let listed = k > 3
                && is(k - 1, &["and"])
                && self
                    .mention_at(k - 2)
                    .and_then(|q| self.token_from(self.mention(q).start).checked_sub(1))
                    .is_some_and(of_before);
            (of_before(k - 1) || listed) && actor.kind != ActorKind::Person
        };
        // `children in Maridi`, `a test in Iten`: a name the tool does not know, which the
        // article only ever puts after a preposition, is where things happen (not `a
        // stake in Quillstream`, nor `in Comey's letter`).
        let unknown_town = || {
            let Some(j) = preposition_before() else {
                return false;
            };
            // `in the Reagan administration`, `in Apple stock`: a name before a noun it
            // describes is a place only before a happening's noun (`in New York trading`;
            // before an area's noun it is one already: `named_area`).
            let modifier = after < self.tokens.len()
                && self.tokens[after].is_word()
                && !self.tokens[after].cap
                && !self.has(
                    after,
                    lx::STOPWORD
                        | lx::PREPOSITION
                        | lx::CLAUSE_WORD
                        | lx::BE
                        | lx::REPORTING_VERB
                        | lx::STANCE_VERB
                        | lx::OTHER_VERB,
                )
                && !is(after, HAPPENINGS)
                && self.word(after) != "trading";
            let org_word = (k..after).any(|t| self.has(t, lx::ORG_HEAD | lx::ORG_SUFFIX));
            matches!(actor.kind, ActorKind::Other | ActorKind::Place)
                && is(j, PLACE_PREPOSITIONS)
                && !(j > 0 && is(j - 1, HELD_IN))
                && !(after + 1 < self.tokens.len() && self.possessive_at(after))
                && !modifier
                && !org_word
                && self.only_after_prepositions(m.actor)
                && !self.organisations().contains(&m.actor)
        };
        // `Seoul's Mapo district`, `Borno state`: a name of unknown kind before the noun
        // of an area is that area. (Checked before `unknown_town`, which relies on it.)
        // (`the Rio Verde hydroelectric dam`: so is one before what was built there.)
        let named_area = || {
            let n = self.tokens.len();
            let built = || {
                (after..n.min(after + 2))
                    .take_while(|&j| self.tokens[j].is_word() && !self.tokens[j].cap)
                    .any(|j| is(j, STRUCTURES))
            };
            matches!(actor.kind, ActorKind::Other | ActorKind::Place)
                && after < n
                && self.tokens[after].is_word()
                && (is(after, PLACE_NOUNS) || is(after, AREA_NOUNS) || built())
        };
        // `in eastern Poland`, `across northern Syria`: a region of the place; `collided
        // off Singapore on Monday`: the sea near it, where the name ends its phrase (not
        // `shakes off Russian meeting controversy`, `backs off Israel 'apartheid' remarks`).
        let region = || {
            let lower = self.tokens[k - 1].is_word() && !self.tokens[k - 1].cap;
            let sentence_ends = self
                .sents
                .locate(m.start)
                .is_none_or(|si| after >= self.ranges[si].1);
            let phrase_ends = sentence_ends
                || self.is_punct(after, &[',', '.', ';'])
                || self.has(after, lx::PREPOSITION | lx::COORDINATOR);
            matches!(
                actor.kind,
                ActorKind::Country | ActorKind::Place | ActorKind::Other
            ) && lower
                && (lx::sorted_has(DIRECTIONS, self.word(k - 1))
                    || (self.word(k - 1) == "off" && phrase_ends))
        };
        // `a Rotterdam lender`, `a Madrid commercial court`: a town between `a` and what
        // sits there is where it is.
        // (Only a known place: `a CNN producer`, `a Facebook group` are the body's.)
        let town_before_role = || {
            let town = actor.kind == ActorKind::Place
                || (actor.kind == ActorKind::Country && is_city_form(surface, &actor.name));
            let n = self.tokens.len();
            let verb = lx::STOPWORD | lx::PREPOSITION | lx::STANCE_VERB | lx::OTHER_VERB;
            let lower = |j: usize| {
                j < n && self.tokens[j].is_word() && !self.tokens[j].cap && !self.has(j, verb)
            };
            town && k > 0
                && is(k - 1, &["a", "an"])
                && (after..n.min(after + 3))
                    .take_while(|&j| lower(j))
                    .any(|j| self.is_private_role(j) || is(j, &["court", "tribunal"]))
        };
        // `from Congolese soil`, `into Russian airspace`: the land, sea or sky of a
        // people, not its state acting (not `Russian territorial claims`).
        let territory = || {
            let n = self.tokens.len();
            actor.kind == ActorKind::Country
                && super::is_adjective_form(surface, &actor.name)
                && after < n
                && (is(
                    after,
                    &[
                        "airspace",
                        "coast",
                        "coastline",
                        "soil",
                        "territory",
                        "waters",
                    ],
                ) || is(after, PLACE_NOUNS))
                && (after + 1 >= n
                    || !self.tokens[after + 1].is_word()
                    || self.has(after + 1, lx::STOPWORD | lx::PREPOSITION))
        };
        // `exported to Ireland and the Netherlands`, `fled to Turkey`, `fled from Sudan`,
        // `diverted eleven vessels to Rotterdam`: where goods or people go or come from
        // (not `sent a letter to Russia`, `handed over to Turkey`). `shipments to Europe`,
        // `exports from Antwerp`: a town's or region's trade (a country's is its own:
        // `tariffs on imports from Argentina`). `investors from London`: where private
        // people come from.
        let destination = || {
            let unknown = actor.kind == ActorKind::Other;
            let town = matches!(actor.kind, ActorKind::Place | ActorKind::Other)
                || (actor.kind == ActorKind::Country && is_city_form(surface, &actor.name));
            // A name of unknown kind only after a verb of travel and ending its phrase
            // (not `went to Harvard`, `go back to OAN`, `go out to Leo's family`).
            let owns = after + 1 < self.tokens.len() && self.possessive_at(after);
            preposition_before().is_some_and(|j| {
                let moved = |verbs: &[&str]| {
                    (j.saturating_sub(5)..j)
                        .rev()
                        .take_while(|&v| self.tokens[v].is_word())
                        .any(|v| is(v, verbs) && !(unknown && is(v, GOING)))
                };
                // (`Exports from Antwerp …` opening the sentence.)
                let opens = || {
                    self.sents
                        .locate(m.start)
                        .is_some_and(|si| self.ranges[si].0 + 1 == j)
                };
                let lower_before =
                    j > 0 && self.tokens[j - 1].is_word() && (!self.tokens[j - 1].cap || opens());
                let state = matches!(actor.kind, ActorKind::Country | ActorKind::Place);
                ((state || (town && !owns))
                    && ((is(j, &["to"]) && moved(MOVED_TO))
                        || (is(j, &["from"]) && moved(MOVED_FROM))))
                    || (town && lower_before && is(j, &["to", "from"]) && is(j - 1, SHIPMENTS))
                    || (state
                        && lower_before
                        && is(j, &["from"])
                        && self.is_private_role(j - 1)
                        && !is(j - 1, IN_THE_STATES_HANDS))
                    // `most of them from Sudan`: where some of a group come from.
                    || (state
                        && j > 1
                        && is(j, &["from"])
                        && is(j - 1, &["them"])
                        && is(j - 2, &["of"]))
            })
        };
        // `ports across Europe`, `football in Africa`: a continent or world region is a
        // place unless it acts (`Europe must respond`, `Africa said`).
        let world_region = || {
            // (Asked of every mention: the name first.)
            if !(matches!(actor.kind, ActorKind::Other | ActorKind::Place)
                && WORLD_REGIONS.contains(&actor.name.as_str()))
            {
                return false;
            }
            let acts = CONTINENTS.contains(&actor.name.as_str())
                && preposition_before().is_none()
                && after < self.tokens.len()
                && self.has(
                    after,
                    lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB | lx::SKIPPABLE,
                );
            // (`between Europe and China`: one side of two.)
            let country = |q: Option<usize>| {
                q.is_some_and(|q| {
                    self.actors.actors[self.mention(q).actor].kind == ActorKind::Country
                })
            };
            let n = self.tokens.len();
            let paired =
                (after + 1 < n && is(after, &["and", "or"]) && country(self.mention_at(after + 1)))
                    || (k > 1 && is(k - 1, &["and", "or"]) && country(self.mention_at(k - 2)));
            !acts && !paired
        };
        // `based in Brussels`, `registered in Panama`: where a body is; so is `Kestrel
        // Systems of Dublin` (see `Finder::connectors`).
        let base = || {
            k > 1
                && (preposition_before()
                    .is_some_and(|j| j > 0 && is(j, &["in"]) && is(j - 1, super::BASES))
                    || is(k - 1, &["of"])
                        && self.mention_at(k - 2).is_some()
                        && lx::is_company_ending_only(self.word(k - 2)))
        };
        // `customers in Norway, Sweden and Denmark`, `a contractor in India`: where private
        // people or firms are (not `officials in Moscow`, nor `a stake in Quillstream`).
        // Not people whose treatment tells of the state (`migrant workers in Qatar
        // continued to face abuse`).
        let private_in = || {
            matches!(actor.kind, ActorKind::Country | ActorKind::Place)
                && preposition_before().is_some_and(|j| {
                    j > 0
                        && is(j, &["in", "inside", "across", "throughout"])
                        && self.tokens[j - 1].is_word()
                        && !self.tokens[j - 1].cap
                        && (self.is_private_role(j - 1) || is(j - 1, DWELLERS))
                        && !is(j - 1, IN_THE_STATES_HANDS)
                        && !(j > 1 && is(j - 2, IN_THE_STATES_HANDS))
                })
        };
        // Every check but the town hall's and the area's reads the token before the
        // mention.
        town_hall()
            || named_area()
            || territory()
            || world_region()
            || town_before_role()
            || k > 0
                && (unknown_town()
                    || set_off()
                    || named_place()
                    || part()
                    || town_before_event()
                    || region()
                    || base()
                    || private_in()
                    || destination()
                    || (actor.kind == ActorKind::Country
                        && is(k - 1, &["in", "at", "near", "outside"])
                        && !people()
                        && is_city_form(surface, &actor.name))
                    // (The EU's seat only after `in`: `aimed at Brussels` is the EU.)
                    || (surface == "Brussels" && is(k - 1, &["in"]) && !people())
                    || town())
    }

    /// `held in Portuguese`, `in Arabic and English`: a people's word after `in` and
    /// before no noun is their language, not their country.
    pub(super) fn language(&self, p: usize) -> bool {
        let m = self.mention(p);
        let surface = &self.text[m.start..m.end];
        let (k, after) = (self.token_from(m.start), self.token_from(m.end));
        let in_before = k > 0 && self.word(k - 1) == "in"
            || (k > 2 && self.word_in(k - 1, &["and", "or"]) && self.word(k - 3) == "in");
        let n = self.tokens.len();
        let ends = |j: usize| {
            j >= n
                || !self.tokens[j].is_word()
                || (self.has(j, lx::STOPWORD | lx::PREPOSITION) && !self.word_in(j, &["and", "or"]))
        };
        // `in Spanish and English.`, not `in French or German elections`.
        let no_noun = ends(after)
            || (after + 2 < n
                && self.word_in(after, &["and", "or"])
                && self.tokens[after + 1].cap
                && ends(after + 2));
        self.actors.actors[m.actor].kind == ActorKind::Country
            && super::is_adjective_form(surface, &self.actors.actors[m.actor].name)
            && in_before
            && no_noun
    }
}
