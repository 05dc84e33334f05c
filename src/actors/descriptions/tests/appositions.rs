//! A description set off by commas beside a name (`Norbeck Marine, the shipping company
//! she founded`; `The engine manufacturer, Aerodyne Propulsion, said`) is that name.

use super::{expect, organisations};

#[test]
fn a_description_set_off_after_a_name_is_that_name() {
    // Not `Europe`, named before and as often.
    let text = "Lena Berg built one of Europe's largest fleets. Her death was announced \
                by Norbeck Marine, the shipping company she founded. Under her \
                leadership, the company grew.";
    expect(text, &[("the company", "Norbeck Marine", None)]);
    assert_eq!(organisations(text), ["Norbeck Marine"]);
}

#[test]
fn a_name_set_off_after_the_description_is_the_one_it_names() {
    expect(
        "Kestrel Air Ltd grounded its fleet. The engine manufacturer, Aerodyne Propulsion \
         Ltd, said it was cooperating.",
        // (The name is the sentence's mention of it: no second one, and none of Kestrel.)
        &[],
    );
    // Also past what the name is (`Dutch company`).
    let rows = super::super::super::test_support::targets_by_sentence(
        "Nordhavn Lines said the attack hit its systems. The software supplier, Dutch \
         company Portivo Systems, said its products were safe.",
    );
    assert_eq!(rows[1], ["Portivo Systems"]);
    // Not a speaker after the comma.
    expect(
        "Kestrel Air Ltd grounded its fleet. The company acted too late, Aerodyne \
         Propulsion Ltd said.",
        &[(
            "The company",
            "Kestrel Air Ltd",
            Some("Aerodyne Propulsion Ltd"),
        )],
    );
}

#[test]
fn a_noun_that_introduced_a_name_refers_to_it_after() {
    // Not the Global Testing Agency, whose name ends in the noun and is named more.
    expect(
        "The Global Testing Agency appealed. The Global Testing Agency won. Russia's \
         testing agency, RUSADO, said it accepted the verdict. Its director, Olga Petrova, \
         denied that the agency had been lenient.",
        &[("the agency", "RUSADO", Some("Olga Petrova"))],
    );
}

#[test]
fn a_name_of_unknown_kind_set_off_as_a_group_is_the_group() {
    for apposition in ["a Geneva-based rights group", "the rights group"] {
        let text = format!(
            "The United Nations renewed the mission. Civilians First, {apposition}, said \
             the mandate was wrong. The group accused Iran of lying."
        );
        expect(&text, &[("The group", "Civilians First", None)]);
    }
    // Not a place set off before it.
    let text = "Observers from the Organization for Cooperation and Security in Europe, the \
                group responsible for the truce, were blocked.";
    let report = crate::Model::builtin().unwrap().score_article(text);
    let stances = &report.sentences[0].stances;
    assert!(
        stances
            .iter()
            .all(|s| s.holder.as_deref() != Some("Europe") && s.target != "Europe"),
        "{stances:?}"
    );
}

#[test]
fn the_company_opening_the_sentence_before_goes_on() {
    expect(
        "Calder Pharmaceuticals recalled the pills. Calder Pharmaceuticals apologised. \
         The contractor, Ranjit Chemicals, rejected any blame. In a statement, the firm \
         said its solvent was fine.",
        &[("the firm", "Ranjit Chemicals", None)],
    );
    // Not a name of unknown kind (a drug) opening it.
    expect(
        "Nordvik Pharma recalled Caralozin. Nordvik Pharma apologised. Caralozin \
         accounted for 9 percent of sales. The company said stock would return.",
        &[("The company", "Nordvik Pharma", None)],
    );
}

#[test]
fn the_noun_a_name_was_introduced_with_refers_to_it() {
    // (Fitch's name says nothing of an agency.)
    expect(
        "Ratings agency Fitch upgraded Iran. The agency said it could upgrade the country \
         again.",
        &[
            ("The agency", "Fitch", None),
            ("the country", "Iran", Some("Fitch")),
        ],
    );
    // A party in another language, after a political modifier, is a party.
    expect(
        "Caicedo runs for the conservative Centro Democrático. The party said Iran lied.",
        &[("The party", "Centro Democrático", None)],
    );
}

#[test]
fn a_role_speaks_of_its_own_body() {
    // `the group` is the CMA's, not the group named before; it is named in the sentence,
    // so it has no row of its own.
    expect(
        "Haki Watch Uganda sued. The rebel Coordination of Azawad Movements said it had \
         repelled an attack. The CMA's spokesman said the group was ready.",
        &[],
    );
    expect(
        "The group Haki Watch sued the firm Veltris. The firm Solvane's chief executive, \
         Pablo Herrán, said the company would cooperate.",
        &[],
    );
}
