//! Affiliations: a country, body or group named right before a person's title and name
//! (`Chilean President Gabriel Boric`, `Spain's Teresa Ribera`, `WHO spokeswoman Dr.
//! Leila Haddad`) says where the person belongs. The sentence's tone is about the person
//! or what they do, not about that country, so the mention gets no stance of its own.
//! So does a country's possessive before one of its bodies (`Ireland's Data Protection
//! Commission`), and a capital where something happens (`in London trading`).

use super::clauses::Ctx;
use super::lexicon as lx;
use super::{ActorKind, Gazetteer, Mention};
use crate::text::tokenize::APOSTROPHES;
use std::sync::OnceLock;
use words::{COVERING_ROLES, PAST_TENSES, PRIVATE_ROLES};

/// Participles after a place and a hyphen that say where a company is (`Toronto-based`).
pub(super) const BASES: &[&str] = &["based", "headquartered", "listed", "registered"];

mod nationalities;
mod outlets;
mod place_words;
mod places;
mod seats;
mod vessels;
mod words;

impl Ctx<'_> {
    /// Name mention `p` (not a person) is followed, within its sentence, by a possessive
    /// or title or role words and then a person's name (`Kestrel Capital analyst Hannah
    /// Brooks`).
    /// A place written into a company's description (`the Toronto-based lender`) is
    /// where it is, too.
    pub(super) fn is_affiliation(&self, p: usize) -> bool {
        self.is_base(&self.mention(p))
            || self.is_location(p)
            || self.covered_by_role(p)
            || self.nationality_of_someone(p)
            || self.countrys_thing(p)
            || self.affiliate_of(p).is_some()
            || self.country_of_described_body(p)
            || self.country_of_office(p)
            || self.place_of_office(p)
            || self.outlet_spoken_to(p)
            || self.language(p)
            || self.party_seat(p)
            || self.is_vessel(p)
    }

    /// `the Irish regulator` that refers to the article's regulator: the country says
    /// where the body is, the description is the body. So do `Poland's competition
    /// authority` and `Polish watchdog` before the body is named.
    fn country_of_described_body(&self, p: usize) -> bool {
        let m = self.mention(p);
        let (k, after) = (self.token_from(m.start), self.token_from(m.end));
        let forward = |first: usize| self.descriptions().iter().any(|d| d.first == first);
        // `The Spanish aviation safety agency, AESA, said`, `Poland's competition
        // authority, UOKiK,`: the body named on the spot.
        let named_on_the_spot = |first: usize| {
            let Some(b) = self.sents.locate(m.start).map(|si| self.ranges[si].1) else {
                return false;
            };
            self.body_noun_from(first, b)
                .is_some_and(|noun| self.name_set_off_after(noun, b).is_some())
        };
        let kind = self.actors.actors[m.actor].kind;
        let possessive = after + 2 < self.tokens.len() && self.possessive_at(after);
        if kind == ActorKind::Country
            && ((possessive && named_on_the_spot(after + 2))
                || (self.is_demonym(&m) && named_on_the_spot(after)))
        {
            return true;
        }
        (k > 0
            && self.demonym_of_body(k)
            && self
                .descriptions()
                .iter()
                .any(|d| d.first + 1 == k && d.noun == k + 1))
            || (possessive && forward(after + 2))
            || (is_adjective_form(
                &self.text[m.start..m.end],
                &self.actors.actors[m.actor].name,
            ) && forward(after))
    }

    /// The mention that name mention `p` is an affiliation of (see [`Ctx::is_affiliation`]):
    /// the person, or the body of a country (`Ireland's Data Protection Commission`).
    pub(super) fn affiliate_of(&self, p: usize) -> Option<usize> {
        let m = self.mention(p);
        let kind = self.actors.actors[m.actor].kind;
        if kind == ActorKind::Person {
            return None;
        }
        let si = self.sents.locate(m.start)?;
        let b = self.ranges[si].1;
        let k = self.token_from(m.end);
        // `Ireland's Data Protection Commission fined …`: the body acts, not Ireland.
        if kind == ActorKind::Country && k + 2 < b && self.possessive_at(k) {
            let body = self.mention_at(k + 2).filter(|&q| {
                let a = self.mention(q).actor;
                a != m.actor && self.actors.actors[a].kind == ActorKind::Organisation
            });
            if body.is_some() {
                return body;
            }
        }
        // `the Canadian Red Cross`: a nationality before a known body names its national
        // branch, which acts.
        let surface = &self.text[m.start..m.end];
        if kind == ActorKind::Country
            && k < b
            && is_adjective_form(surface, &self.actors.actors[m.actor].name)
        {
            let body = self.mention_at(k).filter(|&q| {
                let a = self.mention(q).actor;
                a != m.actor && self.actors.actors[a].kind == ActorKind::Organisation
            });
            if body.is_some() {
                return body;
            }
        }
        if kind == ActorKind::Country {
            if let Some(q) = self.described_at(k, b) {
                return Some(q);
            }
        }
        // `UN Secretary-General Antonio Guterres`: the body's name ends in the title.
        if k > 0 && k < b && self.has(k - 1, lx::TITLE) {
            let person = self
                .mention_at(k)
                .filter(|&q| q != p && self.is_person(self.mention(q).actor));
            if person.is_some() {
                return person;
            }
        }
        if let Some(q) = self.office_holder_after(p, k, b) {
            return Some(q);
        }
        self.person_affiliated_at(k, b).filter(|&q| q != p)
    }

    /// `Nigerian sprint champion Adaeze Nwosu`, `Japanese newspaper Asahi Shimbun`: one to
    /// three lowercase words from token `k` that describe someone, then a name of two or
    /// more words (a person's, an organisation's, or one of unknown kind). Not verbs of
    /// saying or stance, nor past tenses (`Russian troops killed Ivan Petrov`, `America
    /// chose Donald Trump`), nor a last word in `-s`.
    fn described_at(&self, k: usize, b: usize) -> Option<usize> {
        let describing = |j: usize| {
            let t = self.tokens[j];
            let w = self.word(j);
            t.is_word()
                && !t.cap
                && !w.ends_with("ed")
                && !PAST_TENSES.contains(&w)
                && !self.has(
                    j,
                    lx::STOPWORD | lx::REPORTING_VERB | lx::STANCE_VERB | lx::PREPOSITION,
                )
        };
        let end = (k..b.min(k + 4)).find(|&j| !describing(j))?;
        // One person is described in the singular: not `America needs Mitt Romney`.
        let last = self.word(end.checked_sub(1).filter(|&j| j >= k)?);
        if last.ends_with('s') && !last.ends_with("ss") {
            return None;
        }
        let q = self.mention_at(end)?;
        let m = self.mention(q);
        let kind = self.actors.actors[m.actor].kind;
        let full = self.text[m.start..m.end].contains(' ');
        (self.tokens[end].start == m.start
            && full
            && matches!(
                kind,
                ActorKind::Person | ActorKind::Other | ActorKind::Organisation
            ))
        .then_some(q)
    }

    /// The person whose role follows a name or description that ends before token `k` (of
    /// a sentence ending at `b`): a possessive or title or role words, then the person's
    /// name (`Kestrel Capital analyst Hannah Brooks`, `the union's president, Rui Tavares`).
    pub(super) fn person_affiliated_at(&self, mut k: usize, b: usize) -> Option<usize> {
        let mut linked = false;
        if k + 1 < b && self.possessive_at(k) {
            k += 2;
            linked = true;
            // `Oxfam's Central Africa director, Patrice Lwamba`: the region the role covers.
            if let Some(q) = self
                .mention_at(k)
                .filter(|&q| !self.is_person(self.mention(q).actor))
            {
                let past = self.token_from(self.mention(q).end);
                if past < b && !self.tokens[past].cap && self.has(past, lx::TITLE | lx::ROLE) {
                    k = past;
                }
            }
        }
        while k < b
            && self.tokens[k].is_word()
            && self.has(k, lx::TITLE | lx::TITLE_MODIFIER | lx::ROLE)
        {
            if self.mention_at(k).is_some() {
                break;
            }
            k += 1;
            linked = true;
        }
        // `Kestrel Capital's chief economist, Jane Doe`: the person set off after the role.
        let role_set_off =
            k > 0 && k + 1 < b && self.has(k - 1, lx::TITLE | lx::ROLE) && self.is_punct(k, &[',']);
        if role_set_off {
            k += 1;
        }
        if !linked || k >= b {
            return None;
        }
        self.mention_at(k)
            .filter(|&q| self.is_person(self.mention(q).actor))
    }

    /// `the group's East Africa director.`, `the Russia analyst at Kestrel`, `a Google
    /// engineer,`: what a role right after the mention (and ending its phrase) covers, or
    /// where its holder works. A title before a name is [`Ctx::affiliate_of`]'s.
    fn covered_by_role(&self, p: usize) -> bool {
        let m = self.mention(p);
        let Some(si) = self.sents.locate(m.start) else {
            return false;
        };
        let b = self.ranges[si].1;
        let k = self.token_from(m.end);
        let lower = |j: usize| j < b && self.tokens[j].is_word() && !self.tokens[j].cap;
        lower(k)
            && lx::sorted_has(COVERING_ROLES, self.word(k))
            && (k + 1 >= b || !self.tokens[k + 1].is_word() || self.has(k + 1, lx::PREPOSITION))
            && !self.is_person(m.actor)
    }

    /// Name mention `p` before the subject's noun only says where that subject is from
    /// or based (`the Portuguese coach`, `Brazil's biggest meatpacker`, `a Nairobi-based
    /// group`): the unnamed subject acts, not the country or town.
    pub(super) fn says_where_the_subject_is(&self, p: usize) -> bool {
        self.nationality_of_someone(p) || self.is_base(&self.mention(p))
    }

    /// `Toronto-based`, `Singapore-based`, `Toronto-listed`: the mention names where a
    /// company is based or listed.
    pub(super) fn is_base(&self, m: &Mention) -> bool {
        let Some(rest) = self.text[m.end..].strip_prefix('-') else {
            return false;
        };
        BASES.iter().any(|w| {
            rest.get(..w.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(w))
                && !rest[w.len()..].starts_with(char::is_alphanumeric)
        })
    }

    /// Token `j` is one of [`PRIVATE_ROLES`] (lowercase, as they are written).
    pub(super) fn is_private_role(&self, j: usize) -> bool {
        lx::sorted_has(PRIVATE_ROLES, self.word(j))
    }

    /// Token `j` is one of `words` (in any case).
    pub(super) fn word_in(&self, j: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.word(j).eq_ignore_ascii_case(w))
    }

    /// Tokens `k` and `k + 1` are `'s`.
    pub(super) fn possessive_at(&self, k: usize) -> bool {
        self.is_punct(k, &APOSTROPHES) && self.word(k + 1) == "s"
    }
}

/// `surface`, a mention of the actor named `name`, is one word shaped like an adjective of
/// a people (`Canadian`, `Chinese`, `Swiss`), not the name itself.
pub(super) fn is_adjective_form(surface: &str, name: &str) -> bool {
    !surface.contains(' ')
        && surface != name
        && (lx::ends_like_demonym(surface) || surface.ends_with("ss"))
}

/// A one-word form of a built-in organisation that is an adjective of a people or region
/// (the EU's `European`).
pub(in crate::actors) fn is_organisation_adjective(word: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let mut words: Vec<String> = Gazetteer::builtin()
                .actors()
                .iter()
                .filter(|a| a.kind == ActorKind::Organisation)
                .flat_map(|a| a.forms().filter(move |f| **f != a.name))
                .filter(|f| !f.contains(' ') && lx::ends_like_demonym(f))
                .cloned()
                .collect();
            words.sort_unstable();
            words
        })
        .binary_search_by(|w| w.as_str().cmp(word))
        .is_ok()
}

#[cfg(test)]
mod tests;
