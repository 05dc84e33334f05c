//! Descriptions before the name. A wire story often opens with what a body is and names
//! it a sentence or two later: `Poland's competition authority on Monday blocked …` then
//! `The Office of Competition and Consumer Protection (UOKiK) said …`, under the headline
//! `Polish watchdog blocks …`. The country says where the body is; the body acts. Without
//! this the country would be the speaker and the holder of the body's stances.

use super::super::affiliations::is_organisation_adjective;
use super::super::clauses::Ctx;
use super::super::lexicon as lx;
use super::super::{ActorKind, Gazetteer};
use super::fit::gazetteer_heads;
use super::nouns::{lowercase_noun, modifies_next, Fits, LONGEST_NOUN};
use super::Description;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Nouns of a public body that a country's possessive or adjective opens (sorted).
const BODY_NOUNS: &[&str] = &[
    "agency",
    "authority",
    "board",
    "bureau",
    "commission",
    "inspectorate",
    "ombudsman",
    "regulator",
    "watchdog",
];

/// The body must be named within this many sentences after its description.
const NAMED_WITHIN: usize = 2;

/// Lowercase words a description may have between the country and its noun.
const MOST_MODIFIERS: usize = 2;

impl Ctx<'_> {
    /// `Poland's competition authority`, `Polish watchdog`: a country's possessive or
    /// adjective before a public body's noun that `backward` (the descriptions of bodies
    /// named before) does not cover, referring to the first fitting body first named after
    /// it, in the next [`NAMED_WITHIN`] sentences. A gazetteer body fits only if its name holds
    /// the country's (`Electoral Commission of South Africa`) or serves no other countries
    /// too (see [`is_international`], [`names_no_other_place`]): `the European Commission`
    /// named next is another body.
    pub(super) fn find_cataphoric(&self, backward: &[Description]) -> Vec<Description> {
        let mut out = Vec::new();
        for q in 0..self.order.len() {
            let m = self.mention(q);
            let country = &self.actors.actors[m.actor];
            if country.kind != ActorKind::Country {
                continue;
            }
            let Some(si) = self.sents.locate(m.start) else {
                continue;
            };
            let b = self.ranges[si].1;
            let surface = &self.text[m.start..m.end];
            let after = self.token_from(m.end);
            let opens = if after + 1 < b && self.possessive_at(after) {
                after + 2
            } else if self.is_demonym(&m) {
                after
            } else {
                continue;
            };
            let Some(noun) = self.body_noun_from(opens, b) else {
                continue;
            };
            // `The French regulator, CNIL, opened …`: a name set off after it is the one
            // it names, if any (see `organisation_described`).
            if backward.iter().any(|d| d.noun == noun) || self.name_set_off_after(noun, b).is_some()
            {
                continue;
            }
            let mut buf = [0; LONGEST_NOUN];
            let Some(word) = lowercase_noun(self.word(noun), &mut buf) else {
                continue;
            };
            let noun_end = self.tokens[noun].end;
            // A body named before is for the descriptions that look back.
            let named_before = |actor: usize| (0..q).any(|r| self.mention(r).actor == actor);
            let named = (q + 1..self.order.len())
                .map(|r| self.mention(r))
                .take_while(|n| n.sentence <= m.sentence + NAMED_WITHIN)
                .filter(|n| n.start >= noun_end && n.actor != m.actor)
                .find(|n| {
                    let body = &self.actors.actors[n.actor];
                    matches!(body.kind, ActorKind::Organisation | ActorKind::Other)
                        && self.fit(n.actor, word, Fits::Regulator).is_some()
                        && !named_before(n.actor)
                        && (gazetteer_heads(&body.name).is_none()
                            || body.name.contains(country.name.as_str())
                            || body.name.contains(surface)
                            || !is_international(&body.name))
                        && names_no_other_place(&body.name, &country.name)
                });
            if let Some(n) = named {
                out.push(Description {
                    first: opens,
                    noun,
                    actor: n.actor,
                    apposed: false,
                });
            }
        }
        out
    }

    /// The token of a body's noun ([`BODY_NOUNS`]) from token `k`, past up to
    /// [`MOST_MODIFIERS`] lowercase words of what it oversees (`competition`, `data
    /// protection`), and ending its noun phrase (not `the commission chairman`).
    pub(in crate::actors) fn body_noun_from(&self, k: usize, b: usize) -> Option<usize> {
        let verb = lx::STANCE_VERB | lx::REPORTING_VERB | lx::OTHER_VERB;
        let mut j = k;
        while j < b && j <= k + MOST_MODIFIERS {
            let t = self.tokens[j];
            if !t.is_word() || t.cap || self.mention_at(j).is_some() {
                return None;
            }
            let w = self.word(j);
            if lx::sorted_has(BODY_NOUNS, w) {
                let next = j + 1;
                let ends = next >= b
                    || !self.tokens[next].is_word()
                    || !(self.tokens[next].cap
                        || self.has(next, lx::TITLE | lx::ROLE)
                        || modifies_next(self.word(next)));
                return ends.then_some(j);
            }
            if self.has(j, verb | lx::STOPWORD | lx::PREPOSITION) || w.ends_with("est") {
                return None;
            }
            j += 1;
        }
        None
    }
}

/// A gazetteer body's name says it serves many countries (`International Atomic Energy
/// Agency`, `UN Security Council`): not one country's `nuclear agency`. (A national one
/// such as the `Medicines and Healthcare products Regulatory Agency` may be `Britain's
/// medicines regulator`.)
fn is_international(body: &str) -> bool {
    body.split(' ').any(|w| {
        matches!(
            w,
            "Cooperation"
                | "Global"
                | "Intergovernmental"
                | "International"
                | "UN"
                | "United"
                | "World"
        )
    })
}

/// No word of the body's name is another place's or people's (`European Data Protection
/// Board` is not `Ireland's regulator`; `Swedish Competition Authority` may be
/// `Sweden's competition authority`).
fn names_no_other_place(body: &str, country: &str) -> bool {
    static PLACE_WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let gazetteer = Gazetteer::builtin();
    let place_words = PLACE_WORDS.get_or_init(|| {
        gazetteer
            .actors()
            .iter()
            .filter(|a| matches!(a.kind, ActorKind::Country | ActorKind::Place))
            .flat_map(|a| a.forms())
            .map(String::as_str)
            .filter(|f| !f.contains(' '))
            .collect()
    });
    let own = gazetteer.actors().iter().find(|a| a.name == country);
    // (The EU's `European` is another place's word too.)
    body.split(' ').all(|w| {
        !(place_words.contains(w) || is_organisation_adjective(w))
            || own.is_some_and(|a| a.forms().any(|f| f == w))
    })
}
