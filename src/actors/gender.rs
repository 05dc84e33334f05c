//! Grammatical gender of the people in an article, so that `she` is not resolved to
//! `Cristian Popa`. Evidence: a gendered title right before a mention (`Ms.`,
//! `Congresswoman`, `King`), the given name that opens a full name (`Amina Wanjiru`) and
//! the pronoun a speaker uses of themselves (`Paetongtarn said she …`).
//! Conflicting or missing evidence leaves the gender unknown, and an unknown gender agrees
//! with both pronouns, so a person is never skipped for want of evidence.

use super::lexicon as lx;
use super::tokens::Token;
use super::{ActorKind, ArticleActors};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// `he` -> Male, `she` -> Female.
pub(super) fn of_pronoun(word: &str) -> Option<Gender> {
    if word.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else if word.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether a person of gender `person` can be what a pronoun of gender `pronoun` refers to.
pub(super) fn agrees(person: Option<Gender>, pronoun: Option<Gender>) -> bool {
    person.is_none() || pronoun.is_none() || person == pronoun
}

/// The gender of each person actor of the article (None for other kinds and where the
/// evidence is missing or conflicts).
pub(super) fn genders(text: &str, tokens: &[Token], actors: &ArticleActors) -> Vec<Option<Gender>> {
    #[derive(Clone, Copy, Default)]
    struct Votes {
        female: bool,
        male: bool,
    }
    let mut votes = vec![Votes::default(); actors.actors.len()];
    let mut own_pronoun: Vec<(usize, Gender)> = Vec::new();
    let mut vote = |actor: usize, g: Option<Gender>| match g {
        Some(Gender::Female) => votes[actor].female = true,
        Some(Gender::Male) => votes[actor].male = true,
        None => {}
    };
    for (i, actor) in actors.actors.iter().enumerate() {
        if actor.kind != ActorKind::Person {
            continue;
        }
        for form in actor.forms() {
            let mut words = form.split(' ');
            if let (Some(first), Some(_)) = (words.next(), words.next()) {
                vote(i, of_given_name(first));
            }
        }
    }
    for m in &actors.mentions {
        if actors
            .actors
            .get(m.actor)
            .is_none_or(|a| a.kind != ActorKind::Person)
        {
            continue;
        }
        let k = tokens.partition_point(|t| t.start < m.start);
        if let Some(before) = k.checked_sub(1).map(|j| tokens[j]) {
            if before.is_word() {
                vote(m.actor, of_title(before.text(text)));
            }
        }
        if let Some(g) = says_of_self(text, tokens, m.end) {
            own_pronoun.push((m.actor, g));
        }
    }
    // A speaker's own pronoun counts only where nothing else shows the gender: `Mr. Kofi
    // Mensah said she was wrong` speaks of someone else.
    let shown: Vec<bool> = votes.iter().map(|v| v.female || v.male).collect();
    for (actor, g) in own_pronoun {
        if !shown[actor] {
            match g {
                Gender::Female => votes[actor].female = true,
                Gender::Male => votes[actor].male = true,
            }
        }
    }
    votes
        .iter()
        .map(|v| match (v.female, v.male) {
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        })
        .collect()
}

/// `X said she …`, `X told investors on a call that he …`: the pronoun right after the
/// verb of saying whose subject ends at `end` is, in news prose, that subject.
fn says_of_self(text: &str, tokens: &[Token], end: usize) -> Option<Gender> {
    let lower = |t: &Token| t.is_word() && !t.cap;
    let mut k = tokens.partition_point(|t| t.start < end);
    while tokens
        .get(k)
        .is_some_and(|t| lower(t) && t.has(lx::SKIPPABLE) && !t.has(lx::BE))
    {
        k += 1;
    }
    if !tokens
        .get(k)
        .is_some_and(|t| lower(t) && t.has(lx::REPORTING_VERB))
    {
        return None;
    }
    // The first `he` or `she` within eight tokens of the verb.
    let from = k + 1;
    let at = from
        + tokens
            .get(from..)?
            .iter()
            .take(8)
            .position(|t| t.has(lx::HE_SHE))?;
    right_after_saying(text, tokens, from, at)
        .then(|| of_pronoun(tokens[at].text(text)))
        .flatten()
}

/// Token `k` stands where a speaker's pronoun for themselves does after a verb of saying
/// whose next token is `from`: right after the verb, after one word (`told reporters
/// she`), or after `that` up to seven lowercase words on (`told investors on a call that
/// she`), not after a clause of its own (`said the minister would resign and she`).
pub(super) fn right_after_saying(text: &str, tokens: &[Token], from: usize, k: usize) -> bool {
    let Some(gap) = k.checked_sub(from) else {
        return false;
    };
    let lower = tokens[from..k].iter().all(|t| t.is_word() && !t.cap);
    let that = gap >= 1 && tokens[k - 1].text(text) == "that";
    lower && (gap <= 1 || (that && gap <= 7))
}

/// A given name on the gendered lists that is evidence of a person by itself: not one
/// that also names places, teams or things (`Victoria Falls`, `Roman Empire`, `Grace
/// Church`, `Charlotte Hornets`), which still give a person's gender.
pub(super) fn is_person_given_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    let (female, male) = given_names();
    of_lists(female, male, &lower).is_some()
        && ALSO_NOT_PEOPLE.binary_search(&lower.as_str()).is_err()
}

fn of_given_name(word: &str) -> Option<Gender> {
    let (female, male) = given_names();
    of_lists(female, male, &word.to_lowercase())
}

fn of_title(word: &str) -> Option<Gender> {
    of_lists(FEMALE_TITLES, MALE_TITLES, &word.to_lowercase())
}

/// The gender of the (sorted) list that holds `lower`, a lowercased word.
fn of_lists(female: &[&str], male: &[&str], lower: &str) -> Option<Gender> {
    if female.binary_search(&lower).is_ok() {
        Some(Gender::Female)
    } else if male.binary_search(&lower).is_ok() {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Given names that also name places, teams or things; sorted.
const ALSO_NOT_PEOPLE: &[&str] = &[
    "blanca",
    "carolina",
    "charlotte",
    "esperanza",
    "grace",
    "roman",
    "rose",
    "sofia",
    "soledad",
    "victoria",
    "virginia",
];

/// Given names by sex (`name,sex`, `f` or `m`; sorted and lowercase, a test checks),
/// written for the project. Names used for both sexes in some languages (`Andrea`, `Jean`,
/// `Nicola`, `Sam`, `Chris`, `Dana`) are not on it.
const GIVEN_NAMES_CSV: &str = include_str!("../../data/given_names.csv");

/// The female and the male given names of [`GIVEN_NAMES_CSV`], each sorted.
fn given_names() -> &'static (Vec<&'static str>, Vec<&'static str>) {
    static LISTS: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    LISTS.get_or_init(|| {
        let (mut female, mut male) = (Vec::new(), Vec::new());
        for line in GIVEN_NAMES_CSV.lines().skip(1) {
            match line.split_once(',') {
                Some((name, "f")) => female.push(name),
                Some((name, "m")) => male.push(name),
                _ => {}
            }
        }
        female.sort_unstable();
        male.sort_unstable();
        (female, male)
    })
}

// Sorted (a test checks), lowercase.
#[rustfmt::skip]
const FEMALE_TITLES: &[&str] = &[
    "baroness", "businesswoman", "chairwoman", "congresswoman", "countess", "dame", "duchess",
    "empress", "lady", "madam", "madame", "mme", "mme.", "mrs", "mrs.", "ms", "ms.", "princess",
    "queen", "spokeswoman",
];

#[rustfmt::skip]
const MALE_TITLES: &[&str] = &[
    "archbishop", "ayatollah", "baron", "businessman", "cardinal", "congressman", "duke",
    "emir", "emperor", "imam", "king", "lord", "mr", "mr.", "pope", "prince", "sheikh", "sir",
    "spokesman", "sultan",
];

#[cfg(test)]
mod tests {
    use super::super::test_support::expect;
    use super::*;

    #[test]
    fn a_speaker_shows_their_gender_by_the_pronoun_they_use_of_themselves() {
        // Neither name is on the lists; `said she` makes Sorvana a woman, so the
        // last `she` skips Brelton, the nearer person.
        expect(
            "Sorvana Tkachi said she would stay. Brelton Quask told \
             reporters that he would leave. Later, she praised Chile.",
            &[
                ("Sorvana Tkachi", None),
                ("Brelton Quask", None),
                ("Chile", Some("Sorvana Tkachi")),
            ],
        );
        // Not past a clause of its own (`she` there may be someone else): both stay of
        // unknown gender, and `she` is not guessed onto either.
        expect(
            "Sorvana Tkachi said the minister would resign and she would stay. \
             Brelton Quask told reporters nothing. Later, she praised Chile.",
            &[
                ("Sorvana Tkachi", None),
                ("Brelton Quask", None),
                ("Chile", None),
            ],
        );
    }

    #[test]
    fn she_and_he_skip_a_person_of_the_other_gender() {
        // Sergei is a man's name, so `she` is Wanjiru, the last woman, not Volkov.
        expect(
            "Amina Wanjiru met Sergei Volkov. She said Iran was wrong. He praised Turkey.",
            &[
                ("Amina Wanjiru", None),
                ("Sergei Volkov", None),
                ("Iran", Some("Amina Wanjiru")),
                ("Turkey", Some("Sergei Volkov")),
            ],
        );
        // A title is evidence too: each pronoun below skips the last person only because
        // of that person's title. Without any evidence, the last person.
        expect(
            "Mr. Lee Park met Ms. Dana Ruiz. He praised Iran. \
             Ms. Dana Ruiz met Congressman Lee Park. She praised Chile. \
             Dr. Sam Okafor arrived. She praised Turkey.",
            &[
                ("Lee Park", None),
                ("Dana Ruiz", None),
                ("Iran", Some("Lee Park")),
                ("Dana Ruiz", None),
                ("Lee Park", None),
                ("Chile", Some("Dana Ruiz")),
                ("Sam Okafor", None),
                ("Turkey", Some("Sam Okafor")),
            ],
        );
        // No agreeing person: the pronoun stays unresolved rather than take the wrong one.
        expect(
            "Sergei Volkov arrived. She said Iran was wrong.",
            &[("Sergei Volkov", None), ("Iran", None)],
        );
    }

    #[test]
    fn lists_are_sorted_lowercase_and_disjoint() {
        // The data file itself: one `name,f` or `name,m` per line, sorted, each name once.
        let rows: Vec<&str> = GIVEN_NAMES_CSV.lines().skip(1).collect();
        assert!(
            rows.iter()
                .all(|r| matches!(r.split_once(','), Some((n, "f" | "m"))
            if !n.is_empty() && *n == n.to_lowercase())),
            "a bad row"
        );
        let names: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.split_once(','))
            .map(|r| r.0)
            .collect();
        assert!(
            names.windows(2).all(|w| w[0] < w[1]),
            "unsorted or repeated names"
        );
        let (female, male) = given_names();
        assert_eq!(female.len() + male.len(), rows.len());
        assert!(ALSO_NOT_PEOPLE.iter().all(|w| names.contains(w)));
        for list in [FEMALE_TITLES, MALE_TITLES, ALSO_NOT_PEOPLE] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted near {list:?}"
            );
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
        for (a, b) in [(FEMALE_TITLES, MALE_TITLES), (&female[..], &male[..])] {
            assert!(
                a.iter().all(|w| b.binary_search(w).is_err()),
                "{w:?} on both",
                w = a
            );
        }
    }

    #[test]
    fn agreement_needs_evidence_to_refuse() {
        use Gender::*;
        assert!(agrees(None, Some(Female)));
        assert!(agrees(Some(Male), None));
        assert!(agrees(Some(Male), Some(Male)));
        assert!(!agrees(Some(Male), Some(Female)));
        assert_eq!(of_pronoun("She"), Some(Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
