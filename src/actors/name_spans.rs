//! From runs of capitalised words to name spans: sentence-initial ordinary words are
//! trimmed, gazetteer matches inside organisation names give way to the whole name
//! (`Bank of England`), a gazetteer person takes its first name (`Bashar` al-Assad),
//! and each name gets a kind hint (organisation, party) and person evidence.

use super::lexicon as lx;
use super::names::{Finder, NameSpan, Seg};
use super::shouting;
use super::tokens::is_all_caps;
use super::ActorKind;
use crate::text::tokenize::APOSTROPHES;

/// First words of geographic names (`Mount Kenya`, `Gulf of Aden`, `Lake Chad`).
pub(super) fn is_geo_opener(w: &str) -> bool {
    ["Bay", "Cape", "Gulf", "Lake", "Mount", "Sea", "Strait"].contains(&w)
}

impl Finder<'_> {
    pub(super) fn resolve(
        &self,
        seg: Seg,
        out: &mut Vec<NameSpan>,
        drops: &mut Vec<usize>,
        ext: &mut Vec<(usize, usize)>,
    ) {
        let Seg {
            mut a,
            b,
            mut title,
        } = seg;
        if self.info[a].initial && self.info[a].gaz.is_none() {
            let w = self.word(a);
            let stop = self.has(a, lx::STOPWORD) && !(is_all_caps(w) && w.len() > 1);
            let verbal = w.len() > 4
                && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
                && !self.is_given_name(a)
                && !self.mid_cap(w);
            // `Drugmaker Veltris`, `Regulator Ofcom`: the noun of what the body is.
            // (Also `Opposition New Democratic Party`: what a party is in parliament.)
            let noun = b > a + 1
                && self.tokens[a + 1].cap
                && !self.is_connector(a + 1)
                && (super::org_cues::is_noun_of_kind(w)
                    || matches!(w, "Opposition" | "Ruling" | "Governing"));
            if stop || (verbal && b > a + 1) || noun {
                a += 1;
                title = None;
            }
        }
        while a < b && self.is_connector(a) {
            a += 1;
        }
        if a >= b {
            return;
        }
        let hits: Vec<usize> = {
            let mut v: Vec<usize> = (a..b).filter_map(|k| self.info[k].gaz).collect();
            v.dedup();
            v
        };
        if hits.is_empty() {
            self.emit(a, b, title, false, out);
            return;
        }
        let plain = (a..b).any(|k| self.info[k].gaz.is_none() && !self.is_connector(k));
        let kind = |h: usize| self.gaz[self.hits[h].actor].kind;
        let places = hits.iter().all(|&h| {
            matches!(
                kind(h),
                ActorKind::Country | ActorKind::Place | ActorKind::Other
            )
        });
        // `Iranian Foreign Ministry`: the demonym stays the country, and group.rs gives the
        // body to it; so does `AU Commission` to the organisation.
        let body = (a..b).find(|&k| self.info[k].gaz.is_none()).filter(|&k| {
            let name = &self.text[self.tokens[k].start..self.tokens[b - 1].end];
            hits.len() == 1
                && k > a
                && (k..b).all(|j| self.info[j].gaz.is_none())
                && (k..b).len() <= 3
                && match kind(hits[0]) {
                    ActorKind::Country => super::group::is_state_body(name),
                    ActorKind::Organisation => super::group::is_organ(name),
                    _ => false,
                }
        });
        if let Some(k) = body {
            self.emit(k, b, None, false, out);
            return;
        }
        // `Paris Agreement`, `Oslo Accords`, `Warsaw Pact`: a treaty named after a town;
        // not after a country (`the Iran Nuclear Agreement` is about Iran).
        let towns = || {
            hits.iter().all(|&h| {
                let hit = &self.hits[h];
                let actor = &self.gaz[hit.actor];
                actor.kind != ActorKind::Country
                    || super::group::is_city_form(&self.text[hit.start..hit.end], &actor.name)
            })
        };
        if plain && places && is_instrument(self.word(b - 1)) && towns() {
            drops.extend(&hits);
            self.emit(a, b, title, false, out);
            return;
        }
        if plain && places && self.org_like(a, b) {
            drops.extend(&hits);
            self.emit(a, b, title, false, out);
            return;
        }
        if hits.len() == 1 && self.known_body_ends_longer_name(a, b, hits[0]) {
            drops.push(hits[0]);
            self.emit(a, b, title, false, out);
            return;
        }
        if let Some(country) = self.national_branch(a, b, &hits) {
            drops.push(country);
            if hits.len() == 1 {
                self.emit(a, b, title, false, out);
                if let Some(n) = out.last_mut().filter(|n| n.hint == ActorKind::Other) {
                    n.hint = ActorKind::Organisation;
                }
            }
            return;
        }
        if hits.len() == 1 && self.place_in_person_name(a, b, kind(hits[0])) {
            drops.push(hits[0]);
            self.emit(a, b, title, true, out);
            return;
        }
        let mut k = a;
        let mut first = true;
        while k < b {
            let s = k;
            while k < b && self.info[k].gaz.is_none() {
                k += 1;
            }
            let t = if first { title } else { None };
            first = false;
            if s < k {
                match self.info.get(k).and_then(|i| i.gaz).filter(|_| k < b) {
                    Some(h) if kind(h) == ActorKind::Person && k - s <= 3 => {
                        let known = self.first_name_matches(s, h);
                        if known {
                            ext.push((h, self.tokens[s].start));
                        } else {
                            // `Michelle Obama` is not the gazetteer's `Barack Obama`.
                            drops.push(h);
                            let mut e = k;
                            while e < b && self.info[e].gaz == Some(h) {
                                e += 1;
                            }
                            self.emit(s, e, t, true, out);
                            k = e;
                            continue;
                        }
                    }
                    _ => self.emit(s, k, t, false, out),
                }
            }
            while k < b && self.info[k].gaz.is_some() {
                k += 1;
            }
        }
    }

    /// `Amnesty International UK`, `Oxfam America`, `MediWatch UK`: a country closing the
    /// run `[a, b)` right after a body's name is the body's national branch, so the
    /// country (the returned hit) has no mention here. After a known organisation any
    /// country's name will do; after an unknown name only `UK`, `US`, `USA` or `America`,
    /// or any form after a college's or university's word (`Trinity College Dublin`),
    /// and not after a given name (a results line's `Mo Farah Britain`).
    fn national_branch(&self, a: usize, b: usize, hits: &[usize]) -> Option<usize> {
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
                // `HarvestBridge Kenya`: a brand's inner capital says it is no person.
                let brand = (a..s).any(|k| {
                    let w = self.word(k);
                    w.chars().skip(1).any(|c| c.is_uppercase())
                        && w.chars().any(|c| c.is_lowercase())
                });
                (campus
                    || brand
                    || matches!(
                        &self.text[hit.start..hit.end],
                        "UK" | "U.K." | "US" | "U.S." | "USA" | "America"
                    ))
                    && s - a <= 4
                    && !self.is_given_name(a)
                    && (a..s).all(|k| {
                        self.is_connector(k)
                            || (self.is_word(k) && self.tokens[k].cap && !self.has(k, NOT_BODY))
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
    fn place_in_person_name(&self, a: usize, b: usize, kind: ActorKind) -> bool {
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
            || !self.is_given_name(a)
        {
            return false;
        }
        if self.info[a].gaz.is_some() {
            (a + 1..b).all(name_like)
        } else {
            self.info[b - 1].gaz.is_some() && (a..b - 1).all(name_like)
        }
    }

    /// `Social Democratic Party`, `National Security Council`: a party's or organisation's
    /// known name (hit `h`) ends the run `[a, b)` after one or two plain capitalised words,
    /// so the run is the name of another body.
    fn known_body_ends_longer_name(&self, a: usize, b: usize, h: usize) -> bool {
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

    /// Token `k` is a capital initial with its period (`W.` in `George W. Bush`).
    fn is_initial(&self, k: usize) -> bool {
        let w = self.word(k);
        w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
    }

    /// The word at `s` starts the canonical name (or a multi-word alias) of hit `h`'s actor.
    fn first_name_matches(&self, s: usize, h: usize) -> bool {
        let w = self.word(s);
        let actor = &self.gaz[self.hits[h].actor];
        actor
            .forms()
            .any(|n| n.split_whitespace().next() == Some(w) && n.contains(' '))
    }

    fn emit(
        &self,
        mut a: usize,
        mut b: usize,
        title: Option<usize>,
        person: bool,
        out: &mut Vec<NameSpan>,
    ) {
        while a < b && self.is_connector(a) {
            a += 1;
        }
        while b > a && self.is_connector(b - 1) {
            b -= 1;
        }
        if a < b && self.word(a) == "May" && title.is_none() {
            // The month, unless it follows a title or a first name (`Theresa May`).
            a += 1;
        }
        if a >= b {
            return;
        }
        let words = (a..b).filter(|&k| !self.is_connector(k)).count();
        if words > 6 || (a..b).all(|k| self.is_connector(k) || self.is_title_word(k)) {
            return;
        }
        let (first, last) = (self.word(a), self.word(b - 1));
        // `the nationalist Sovereign Front`, `the opposition Citizens' Movement`; not
        // `socialist Bernie Sanders`, `the conservative Deseret News`, `the liberal American
        // Civil Liberties Union`: what a body's last word leaves open (`Union`, `Movement`),
        // only a word of parliaments (`opposition`, `ruling`) settles.
        let political = a > 0 && words <= 4 && {
            let before = self.word(a - 1);
            (is_political_modifier(before) && PARTY_HEADS.contains(&last))
                || (matches!(before, "opposition" | "ruling" | "governing")
                    && PARLIAMENTARY_HEADS.contains(&last))
        };
        let hint = if last.eq_ignore_ascii_case("party")
            || (b - a >= 3
                && self.word(a).eq_ignore_ascii_case("party")
                && self.word(a + 1) == "of")
            || political
        {
            ActorKind::Party
        } else if self.org_like(a, b)
            || (a..b).any(|k| self.tokens[k].is_punct_in(self.text, &['&']))
        {
            // `Pell & Marsh`: partners' names joined by `&` are a firm.
            ActorKind::Organisation
        } else if words >= 2 && (self.has(b - 1, lx::GEO_HEAD) || is_geo_opener(first)) {
            // `Omo River`, `Golan Heights`, `Lake Turkana`, `Strait of Hormuz`.
            ActorKind::Place
        } else {
            ActorKind::Other
        };
        let mut start = self.tokens[a].start;
        let mut titled = title.is_some();
        let regnal = title.is_some_and(|t| (t..a).any(|j| is_regnal_title(self.word(j))));
        if let Some(t) = title {
            // `General Motors`, `Premier League`: the "title" belongs to the organisation.
            if hint != ActorKind::Other && (t..a).all(|j| self.tokens[j].cap) {
                start = self.tokens[t].start;
                titled = false;
            }
        }
        if words == 1 {
            let lone_initial = self.info[a].initial
                && !titled
                && (self.has(a, lx::STOPWORD) || !self.supported(a))
                && !self.names_a_subject(a);
            if lone_initial
                || self.has(a, lx::SINGLE_NOT_NAME | lx::GEO_HEAD)
                || (self.has(a, lx::STOPWORD) && !is_all_caps(first))
                || lx::is_name_suffix(first)
                // `Copper prices rose`: a company's last word alone opening a sentence.
                || (self.info[a].initial && lx::is_company_suffix(first))
                || first.chars().count() == 1
                || (first.ends_with('.') && !first[..first.len() - 1].contains('.'))
            {
                return;
            }
        }
        let initial_inside = (a + 1..b.saturating_sub(1)).any(|k| self.is_initial(k));
        let person_hint = hint == ActorKind::Other
            && (2..=3).contains(&words)
            && (person || self.is_given_name(a) || initial_inside);
        out.push(NameSpan {
            start,
            end: self.tokens[b - 1].end,
            sentence: 0,
            words,
            first: (self.tokens[a].start, self.tokens[a].end),
            last: (self.tokens[b - 1].start, self.tokens[b - 1].end),
            title: titled,
            regnal: titled && regnal,
            hint,
            person_hint,
            org_hint: false,
        });
    }
}

impl Finder<'_> {
    /// `Greenpeace praised Norway`, `UEFA criticised Norway`: a word opening its sentence
    /// right before a stance or reporting verb names the subject, unless it is on one of
    /// our word lists or looks like a plural or a participle (`Critics said`, `Asked`).
    fn names_a_subject(&self, a: usize) -> bool {
        let w = self.word(a);
        let next = a + 1;
        if next >= self.tokens.len() || !self.is_word(next) || self.tokens[next].cap {
            return false;
        }
        // A finite form (`praised`, `says`, `told`), not one that is also a noun or a
        // preposition (`like`, `estimate`, `back`).
        let verb = self.word(next);
        let finite = verb.ends_with("ed")
            || verb.ends_with('s')
            || matches!(verb, "said" | "told" | "wrote");
        // `Critics`, `Asked`, `Widely`, `HUNDREDS`; not `Kelly` or `Connelly`.
        let lower = w.to_lowercase();
        let plural_or_derived = [
            "s", "ing", "ed", "ally", "ely", "ily", "ously", "ably", "tly",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
            && !self.is_given_name(a);
        // `Don't`, `They're`; not `O’Shea`.
        let contraction = w
            .split(APOSTROPHES)
            .skip(1)
            .any(|rest| rest.starts_with(char::is_lowercase));
        // Acronyms may end in `S` (`ECOWAS`); longer words in capitals are words.
        let acronym = is_all_caps(w) && w.chars().count() <= 6;
        finite
            && self.has(next, lx::STANCE_VERB | lx::REPORTING_VERB)
            && !self.has(a, shouting::ORDINARY | lx::SINGLE_NOT_NAME | lx::GEO_HEAD)
            && !self.has(a, lx::ROLE | lx::TITLE | lx::TITLE_MODIFIER)
            && !is_common_subject(w)
            && w.chars().count() >= 3
            && !contraction
            && (acronym || !plural_or_derived)
    }
}

/// Singular nouns and pronouns that often open a sentence before `said` or `criticised`
/// (`Nobody criticised`, `Evidence showed`, `Parliament approved`); sorted, lowercase.
const COMMON_SUBJECTS: &[&str] = &[
    "anybody",
    "audience",
    "children",
    "committee",
    "court",
    "crew",
    "dad",
    "data",
    "everybody",
    "everyone",
    "evidence",
    "family",
    "father",
    "government",
    "half",
    "leadership",
    "management",
    "men",
    "mother",
    "mum",
    "nobody",
    "nurse",
    "parliament",
    "people",
    "prosecution",
    "public",
    "report",
    "research",
    "science",
    "somebody",
    "someone",
    "staff",
    "study",
    "survey",
    "team",
    "women",
    "youth",
];

/// Also the nouns of descriptions (`Regulator fines Kestrel`, `Federation bans sprinter`).
fn is_common_subject(word: &str) -> bool {
    lx::sorted_has(COMMON_SUBJECTS, word) || super::descriptions::is_description_noun(word)
}

/// Last words of parties' names other than `Party`.
#[rustfmt::skip]
const PARTY_HEADS: &[&str] = &[
    "Alliance", "Bloc", "Conservatives", "Democrats", "Front", "Greens", "League", "Liberals",
    "Rally", "Republicans", "Socialists",
];

/// Last words of bodies that are parties when in opposition or in power.
#[rustfmt::skip]
const PARLIAMENTARY_HEADS: &[&str] = &[
    "Alliance", "Bloc", "Coalition", "Congress", "Conservatives", "Democrats", "Forum",
    "Front", "Greens", "League", "Liberals", "Movement", "Rally", "Republicans", "Socialists",
    "Union",
];

/// Lowercase words before a party's name that say it is one (`the nationalist Sovereign
/// Front`, `the liberal Civic Alliance`).
fn is_political_modifier(word: &str) -> bool {
    #[rustfmt::skip]
    const MODIFIERS: &[&str] = &[
        "centre-left", "centre-right", "center-left", "center-right", "centrist", "communist",
        "conservative", "far-left", "far-right", "left-wing", "leftist", "liberal",
        "nationalist", "populist", "right-wing", "socialist", "ultranationalist",
    ];
    MODIFIERS.contains(&word)
}

/// The last words of treaties' and agreements' names (`Paris Agreement`).
fn is_instrument(word: &str) -> bool {
    const INSTRUMENTS: &[&str] = &[
        "Accord",
        "Accords",
        "Agreement",
        "Agreements",
        "Charter",
        "Convention",
        "Conventions",
        "Declaration",
        "Pact",
        "Protocol",
        "Statute",
        "Treaty",
    ];
    INSTRUMENTS.contains(&word)
}

/// Titles that go with a given name alone (`Queen Elizabeth`, `Prince Mohammed`).
fn is_regnal_title(word: &str) -> bool {
    const REGNAL: &[&str] = &[
        "emir", "emperor", "empress", "king", "pope", "prince", "princess", "queen", "sheikh",
        "sultan",
    ];
    REGNAL.iter().any(|t| word.eq_ignore_ascii_case(t))
}

#[cfg(test)]
mod tests {
    #[test]
    fn common_subjects_are_sorted() {
        assert!(super::COMMON_SUBJECTS.windows(2).all(|w| w[0] < w[1]));
    }

    use super::super::names::tests::run;
    use super::*;
    use ActorKind::{Organisation as Org, Other, Party};

    #[test]
    fn organisation_and_party_hints() {
        let (n, _) =
            run("It angered the Labour Party, Human Rights Watch, Acme Corp. and General Motors.");
        assert_eq!(
            n,
            vec![
                ("Labour Party", false, Party, false),
                ("Human Rights Watch", false, Org, false),
                ("Acme Corp.", false, Org, false),
                ("General Motors", false, Org, false)
            ]
        );
        // A party by what is said of it; not a person or a newspaper.
        let (n, _) = run(
            "We met the nationalist Sovereign Front, the opposition Citizens' Movement, \
             socialist Bernie Sanders, the conservative Deseret News and the liberal Civil \
             Liberties Union.",
        );
        assert_eq!(
            n.iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
            vec![
                ("Sovereign Front", Party),
                ("Citizens' Movement", Party),
                ("Bernie Sanders", Other),
                ("Deseret News", Org),
                ("Civil Liberties Union", Org)
            ]
        );
    }

    #[test]
    fn a_treaty_named_after_a_place_is_one_name_and_no_place() {
        let a = crate::actors::ActorFinder::builtin().find(
            "Norway signed the Paris Agreement and the Oslo Accords in Paris.",
            &crate::text::split_sentences(
                "Norway signed the Paris Agreement and the Oslo Accords in Paris.",
            ),
        );
        let names: Vec<&str> = a
            .mentions
            .iter()
            .map(|m| &*a.actors[m.actor].name)
            .collect();
        assert_eq!(
            names,
            ["Norway", "Paris Agreement", "Oslo Accords", "France"]
        );
    }

    #[test]
    fn a_known_body_at_the_end_of_a_longer_name_is_part_of_it() {
        let found = |text: &str| -> Vec<String> {
            let a = crate::actors::ActorFinder::builtin()
                .find(text, &crate::text::split_sentences(text));
            a.mentions
                .iter()
                .map(|m| a.actors[m.actor].name.clone())
                .collect()
        };
        assert_eq!(
            found("Voters backed the Social Democratic Party and the National Security Council."),
            ["Social Democratic Party", "National Security Council"]
        );
        // Not after a person's word, a place or a given name.
        assert_eq!(
            found(
                "He met Former Democratic Party chair Maria Lopez and the Texas Democratic Party."
            ),
            ["Democratic Party", "Maria Lopez", "Texas Democratic Party"]
        );
    }

    #[test]
    fn a_country_after_a_bodys_name_is_its_national_branch() {
        let found = |text: &str| -> Vec<(String, ActorKind)> {
            let a = crate::actors::ActorFinder::builtin()
                .find(text, &crate::text::split_sentences(text));
            a.mentions
                .iter()
                .map(|m| (a.actors[m.actor].name.clone(), a.actors[m.actor].kind))
                .collect()
        };
        let text = "MediWatch UK said the recall came too late. Critics at Greenpeace USA \
                    and Amnesty International Canada agreed with Trinity College Dublin \
                    and HarvestBridge Kenya.";
        assert_eq!(
            found(text),
            [
                ("MediWatch UK".to_owned(), Org),
                ("Greenpeace".to_owned(), Org),
                ("Amnesty International".to_owned(), Org),
                ("Trinity College Dublin".to_owned(), Org),
                ("HarvestBridge Kenya".to_owned(), Org),
            ]
        );
        // A place, a person or an unknown name before a country's full name stays apart.
        let text = "He flew to London UK and met Mo Farah Britain and Vela Ridge Canada.";
        let names: Vec<String> = found(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            [
                "United Kingdom",
                "United Kingdom",
                "Mo Farah",
                "United Kingdom",
                "Vela Ridge",
                "Canada"
            ]
        );
    }

    #[test]
    fn gazetteer_words_inside_organisation_names() {
        let (n, h) = run("The Bank of England and the Free Syrian Army met England fans.");
        assert_eq!(
            n.iter().map(|x| x.0).collect::<Vec<_>>(),
            vec!["Bank of England", "Free Syrian Army"]
        );
        assert_eq!(h, vec!["England"]);
    }

    #[test]
    fn gazetteer_person_takes_the_first_name() {
        let (n, h) = run("Syrian President Bashar al-Assad met Rifaat Assad.");
        assert_eq!(h, vec!["Syrian", "Bashar al-Assad"]);
        assert_eq!(n, vec![("Rifaat Assad", false, Other, true)]);
    }

    #[test]
    fn geographic_names_are_places() {
        let (n, _) = run(
            "Boats crossed the Omo River, the Gulf of Aden and Lake Turkana \
                          near the Golan Heights, not Acme Widgets.",
        );
        let kinds: Vec<(&str, ActorKind)> = n.iter().map(|x| (x.0, x.2)).collect();
        assert_eq!(
            kinds,
            vec![
                ("Omo River", ActorKind::Place),
                ("Gulf of Aden", ActorKind::Place),
                ("Lake Turkana", ActorKind::Place),
                ("Golan Heights", ActorKind::Place),
                ("Acme Widgets", Other)
            ]
        );
    }

    #[test]
    fn middle_initials_and_given_names_hint_persons() {
        let (n, _) = run("It was George W. Bush and Angela Merkel, not Acme Widgets.");
        assert_eq!(
            n,
            vec![
                ("George W. Bush", false, Other, true),
                ("Angela Merkel", false, Other, true),
                ("Acme Widgets", false, Other, false)
            ]
        );
    }
}
