//! `The 61-year-old` and `the former mayor of Medellín`: references by age and by an
//! office with its place, and the place of an office.

use super::super::super::test_support::targets_by_sentence;
use super::expect;

#[test]
fn an_age_refers_to_the_person_named_last() {
    expect(
        "France's ambassador, Nathalie Girardot, said talks would go on. The 58-year-old \
         diplomat said she hoped for a vote. Pavel Sorokin praised the 58-year-old.",
        &[
            ("The 58-year-old diplomat", "Nathalie Girardot", None),
            (
                "the 58-year-old",
                "Nathalie Girardot",
                Some("Pavel Sorokin"),
            ),
        ],
    );
    // Not someone whose own age the article gave as another.
    expect(
        "Senator Andrés Caicedo led the polls. Valeria Montoya, 47, accused him of lying. \
         The 61-year-old said she was desperate.",
        &[
            ("him", "Andrés Caicedo", Some("Valeria Montoya")),
            ("The 61-year-old", "Andrés Caicedo", None),
            ("she", "Valeria Montoya", Some("Andrés Caicedo")),
        ],
    );
    // An age before a name or a noun is no reference: `the 61-year-old Caicedo`, `a
    // 30-year-old nurse`.
    expect(
        "Senator Andrés Caicedo led the polls. The 61-year-old Caicedo spoke. The 30-year-old \
         nurse who treated him said so.",
        &[("him", "Andrés Caicedo", None)],
    );
}

#[test]
fn an_office_with_its_town_refers_to_the_person_introduced_with_it() {
    expect(
        "Former mayor Andrés Caicedo rejected the claims. The former mayor of Medellín \
         said the plan would fail. The 61-year-old former mayor of Medellín said so again.",
        &[
            ("The former mayor", "Andrés Caicedo", None),
            ("The 61-year-old former mayor", "Andrés Caicedo", None),
        ],
    );
    // A country's office is not a town's: `the president of France` is someone else.
    expect(
        "President Joe Biden met Emmanuel Macron. The president of Ukraine said little.",
        &[],
    );
}

#[test]
fn the_place_of_an_office_has_no_row() {
    let rows = targets_by_sentence(
        "Archbishop Giovanni Ruggeri of Agrigento said the deaths were a disgrace. Senator \
         Rand Paul of Kentucky criticised Spain.",
    );
    assert_eq!(
        rows,
        [
            vec!["Giovanni Ruggeri".to_string()],
            vec!["Rand Paul".to_string(), "Spain".to_string()]
        ]
    );
}
