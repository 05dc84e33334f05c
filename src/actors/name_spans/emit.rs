//! Emitting a name span: its kind hint, its person evidence, and lone words that are no name.

use super::super::lexicon as lx;
use super::super::names::{Finder, NameSpan};
use super::super::tokens::is_all_caps;
use super::super::ActorKind;
use super::is_geo_opener;

/// `West`, `Southeast`: a compass point that opens a region's adjective.
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North" | "South" | "East" | "West" | "Northeast" | "Northwest" | "Southeast" | "Southwest"
    )
}

impl Finder<'_> {
    pub(super) fn emit(
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
        // A run of more than six capitalised words is a title-case line, not a name; but
        // an organisation's may be as long (`National Authority for Investigation and
        // Prosecution of Economic and Environmental Crime`).
        let too_long = words > 6 && (words > 10 || !self.org_like(a, b));
        if too_long || (a..b).all(|k| self.is_connector(k) || self.is_title_word(k)) {
            return;
        }
        let (first, last) = (self.word(a), self.word(b - 1));
        // `West African leaders`, `a South Asian diplomat`: a region's adjective.
        if words == 2 && is_compass(first) && lx::is_never_single(&last.to_ascii_lowercase()) {
            return;
        }
        // `the conservative Centro Democrático`, `the centre-left Pacto Histórico`: after
        // `the` and the modifier, a name of two or more words that no list knows, and no
        // person's, is a party's (in any language).
        let unknown_body = || {
            words >= 2
                && a > 1
                && self.word(a - 2).eq_ignore_ascii_case("the")
                && !person
                && !self.is_given_name(a)
                && !(a..b).any(|k| {
                    self.has(k, lx::ORG_HEAD | lx::ORG_SUFFIX | lx::GEO_HEAD | lx::TITLE)
                        || self.info[k].gaz.is_some()
                })
        };
        // `the nationalist Sovereign Front`, `the opposition Citizens' Movement`; not
        // `socialist Bernie Sanders`, `the conservative Deseret News`, `the liberal American
        // Civil Liberties Union`: what a body's last word leaves open (`Union`, `Movement`),
        // only a word of parliaments (`opposition`, `ruling`) settles.
        let political = a > 0 && words <= 4 && {
            let before = self.word(a - 1);
            (is_political_modifier(before) && (PARTY_HEADS.contains(&last) || unknown_body()))
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
        } else if words >= 2
            && (self.has(b - 1, lx::GEO_HEAD)
                || is_geo_opener(first)
                || (matches!(first, "Rio" | "Río") && a > 0 && self.word(a - 1) == "the"))
        {
            // `Omo River`, `Golan Heights`, `Lake Turkana`, `Strait of Hormuz`, `the Rio
            // Chumbao` (but `Rio Tinto`, without `the`, is a company).
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
            } else if hint == ActorKind::Organisation
                && !(t..a).any(|j| self.tokens[j].cap)
                && !self.is_given_name(a)
            {
                // `investor Lion Gate Ventures`: a role before a firm's name is what the
                // firm is (not `analyst Jane Gold`).
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

/// Titles that go with a given name alone (`Queen Elizabeth`, `Prince Mohammed`).
fn is_regnal_title(word: &str) -> bool {
    const REGNAL: &[&str] = &[
        "emir", "emperor", "empress", "king", "pope", "prince", "princess", "queen", "sheikh",
        "sultan",
    ];
    REGNAL.iter().any(|t| word.eq_ignore_ascii_case(t))
}
