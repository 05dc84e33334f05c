//! When a gazetteer name inside a run of capitalised words gives way to the whole run.

use super::super::lexicon as lx;
use super::super::names::Finder;
use super::super::tokens::is_all_caps;
use super::super::ActorKind;

impl Finder<'_> {
    /// `Amnesty International UK`, `Oxfam America`, `MediWatch UK`: a country closing the
    /// run `[a, b)` right after a body's name is the body's national branch, so the
    /// country (the returned hit) has no mention here. After a known organisation any
    /// country's name will do; after an unknown name only `UK`, `US`, `USA` or `America`,
    /// or any form after a college's or university's word (`Trinity College Dublin`) or
    /// another body's (`Forest Watch Canada`),
    /// and not after a given name (a results line's `Mo Farah Britain`).
    pub(super) fn national_branch(&self, a: usize, b: usize, hits: &[usize]) -> Option<usize> {
        let (&country, before) = hits.split_last()?;
        let hit = &self.hits[country];
        let s = (a..b).find(|&k| self.info[k].gaz == Some(country))?;
        let one_line = (a + 1..b).all(|k| self.tokens[k].newlines_before == 0);
        let joined = s > a && self.tokens[s - 1].cap && !self.is_connector(s - 1);
        if self.gaz[hit.actor].kind != ActorKind::Country
            || hit.end != self.tokens[b - 1].end
            || !joined
            || !one_line
        {
            return None;
        }
        let branch = match before {
            [org] => {
                self.gaz[self.hits[*org].actor].kind == ActorKind::Organisation
                    && self.info[s - 1].gaz == Some(*org)
            }
            [] => {
                const NOT_BODY: u32 = lx::STOPWORD
                    | lx::NEVER_NAME
                    | lx::SINGLE_NOT_NAME
                    | lx::TITLE
                    | lx::TITLE_MODIFIER
                    | lx::GEO_HEAD;
                // `Trinity College Dublin`, `Imperial College London`: a town too.
                let campus = matches!(
                    self.word(s - 1),
                    "College" | "University" | "School" | "Institute" | "Hospital"
                );
                // `Athletics Kenya`, `Cycling Australia`: a sport's national federation.
                // `Real Madrid`, `Dynamo Kyiv`: a club of the town.
                let sport =
                    s == a + 1 && (lx::is_sport(self.word(a)) || lx::is_club_opener(self.word(a)));
                // `HarvestBridge Kenya`: a brand's inner capital says it is no person.
                let brand = (a..s).any(|k| {
                    let w = self.word(k);
                    w.chars().skip(1).any(|c| c.is_uppercase())
                        && w.chars().any(|c| c.is_lowercase())
                });
                // `Forest Watch Canada`: a name that ends like a body's.
                (campus
                    || sport
                    || brand
                    || self.org_like(a, s)
                    || matches!(
                        &self.text[hit.start..hit.end],
                        "UK" | "U.K." | "US" | "U.S." | "USA" | "America"
                    ))
                    && s - a <= 4
                    && !self.is_given_name(a)
                    && (a..s).all(|k| {
                        // (`Watch` is a stopword too.)
                        let plain = !self.has(k, NOT_BODY) || self.has(k, lx::ORG_SUFFIX);
                        self.is_connector(k) || (self.is_word(k) && self.tokens[k].cap && plain)
                    })
            }
            _ => false,
        };
        branch.then_some(country)
    }

    /// A country or place inside a person's name of two words (three with a middle
    /// initial): a place that is also a given name before a surname (`Israel Katz`, `Chad
    /// Wolf`), or a given name before a place as surname (`George Washington`, `Michael
    /// Jordan`). The other words are name-like: no list knows them (not `Valley`) and they
    /// are not a group (`Georgia Republicans`).
    /// After a person's title any first word will do (`chief executive Fernanda Lima`).
    pub(super) fn place_in_person_name(
        &self,
        a: usize,
        b: usize,
        kind: ActorKind,
        titled: bool,
    ) -> bool {
        const NOT_SURNAME: u32 = lx::STOPWORD
            | lx::NEVER_NAME
            | lx::SINGLE_NOT_NAME
            | lx::TITLE
            | lx::TITLE_MODIFIER
            | lx::PORTFOLIO
            | lx::ORG_SUFFIX
            | lx::ORG_HEAD
            | lx::ABBREVIATION
            | lx::GEO_HEAD;
        // A name-like word, or a middle initial before the run's last word.
        let name_like = |k: usize| {
            let w = self.word(k);
            (k + 1 < b && self.is_initial(k))
                || (self.info[k].gaz.is_none()
                    && self.tokens[k].cap
                    && !self.is_connector(k)
                    && !self.has(k, NOT_SURNAME)
                    && !is_all_caps(w)
                    && !["ans", "ats", "ican", "crat", "ists", "ites"]
                        .iter()
                        .any(|e| w.ends_with(e)))
        };
        // Longer runs hold a whole name and more (`Jeremy Corbyn Britain's`).
        let two_words = b - a == 2 || (b - a == 3 && self.is_initial(a + 1));
        if !matches!(kind, ActorKind::Country | ActorKind::Place)
            || !two_words
            || !(self.is_given_name(a) || titled)
        {
            return false;
        }
        if self.info[a].gaz.is_some() {
            (a + 1..b).all(name_like)
        } else {
            self.info[b - 1].gaz.is_some() && (a..b - 1).all(name_like)
        }
    }

    /// `European Union Aviation Safety Agency`: an organisation's known name (hit `h`)
    /// opens the run `[a, b)` before two or three plain capitalised words that end like a
    /// body's name (`Agency`), or a body's word and what it is for (`Agency for
    /// Cybersecurity`), so the run is the name of another body. Not a body of the
    /// organisation's own (`AU Commission`, `IMF Executive Board`), which the caller gave
    /// to it before.
    pub(super) fn known_body_opens_longer_name(&self, a: usize, b: usize, h: usize) -> bool {
        const NOT_PLAIN: u32 = lx::STOPWORD | lx::NEVER_NAME | lx::TITLE | lx::ABBREVIATION;
        let Some(e) = (a..b).find(|&k| self.info[k].gaz != Some(h)) else {
            return false;
        };
        let plain = |k: usize| {
            self.info[k].gaz.is_none()
                && self.is_word(k)
                && self.tokens[k].cap
                && !self.has(k, NOT_PLAIN)
                && !self.is_given_name(k)
                && !is_all_caps(self.word(k))
        };
        // `European Union Agency for Cybersecurity`: the body's word, then what it is for.
        let body_for = (3..=6).contains(&(b - e))
            && self.has(e, lx::ORG_SUFFIX)
            && matches!(self.word(e + 1), "for" | "of" | "on")
            && plain(b - 1)
            && (e + 2..b).all(|k| plain(k) || self.is_connector(k));
        self.info[a].gaz == Some(h)
            && self.gaz[self.hits[h].actor].kind == ActorKind::Organisation
            && (a + 1..b).all(|k| self.tokens[k].newlines_before == 0)
            && plain(e)
            && (body_for
                || ((2..=3).contains(&(b - e))
                    && self.has(b - 1, lx::ORG_SUFFIX)
                    && (e..b).all(plain)))
    }

    /// `Social Democratic Party`, `National Security Council`: a party's or organisation's
    /// known name (hit `h`) ends the run `[a, b)` after one or two plain capitalised words,
    /// so the run is the name of another body.
    pub(super) fn known_body_ends_longer_name(&self, a: usize, b: usize, h: usize) -> bool {
        const NOT_PLAIN: u32 =
            lx::STOPWORD | lx::NEVER_NAME | lx::TITLE | lx::ORG_SUFFIX | lx::ABBREVIATION;
        // `Former`, `Senior`, `Deputy` are a person's; `National`, `Health` a body's.
        let persons_modifier = |k: usize| {
            self.has(k, lx::TITLE_MODIFIER)
                && !self.has(k, lx::PORTFOLIO | lx::ORG_AND)
                && !self.word(k).eq_ignore_ascii_case("national")
        };
        let kind = self.gaz[self.hits[h].actor].kind;
        let Some(s) = (a..b).find(|&k| self.info[k].gaz == Some(h)) else {
            return false;
        };
        // Its last word says what it is (`Party`, not `the Alabama GOP`).
        matches!(kind, ActorKind::Party | ActorKind::Organisation)
            && self.org_like(b - 1, b)
            && (s - a == 1 || s - a == 2)
            && (a + 1..b).all(|k| self.tokens[k].newlines_before == 0)
            && (s..b).all(|k| self.info[k].gaz == Some(h))
            && (a..s).all(|k| {
                self.is_word(k)
                    && self.tokens[k].cap
                    && !self.is_connector(k)
                    && !self.has(k, NOT_PLAIN)
                    && !persons_modifier(k)
                    && !self.is_given_name(k)
                    && !is_all_caps(self.word(k))
            })
    }
}
