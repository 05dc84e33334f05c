//! Public bodies described by their kind: regulators, unions, central banks, missions,
//! coast guards and blocs.

use super::expect;
use crate::actors::{find_holders_and_references, ArticleTokens};

/// `(words, actor)` of every pronoun or description reference, with the built-in
/// gazetteer (the test gazetteer lacks UNMISS and Mercosur).
fn builtin_references(text: &str) -> Vec<(String, String)> {
    let sentences = crate::text::split_sentences(text);
    let actors = crate::actors::ActorFinder::builtin().find(text, &sentences);
    let article = ArticleTokens::new(text, &sentences);
    let found = find_holders_and_references(text, &article, &actors, true);
    found
        .references
        .iter()
        .map(|p| {
            let m = p.mention;
            (
                text[m.start..m.end].to_owned(),
                actors.actors[m.actor].name.clone(),
            )
        })
        .collect()
}

#[test]
fn the_coast_guard_is_a_body_named_a_guard() {
    expect(
        "The Nordland Coast Guard seized a trawler. Ana Ruiz defended the coast guard.",
        &[("the coast guard", "Nordland Coast Guard", Some("Ana Ruiz"))],
    );
}

#[test]
fn the_mission_is_a_body_named_a_mission() {
    let text = "The Council renewed the U.N. Mission in South Sudan. Russia criticised the \
                mission. The space mission failed.";
    let refs = builtin_references(text);
    assert!(
        refs.contains(&("the mission".into(), "UNMISS".into())),
        "{refs:?}"
    );
    assert!(!refs.iter().any(|r| r.0.contains("space")), "{refs:?}");
}

#[test]
fn a_regulator_is_a_public_body_not_the_company_it_fined() {
    expect(
        "The Data Protection Commission fined Nimbus Social. Nimbus Social said the \
         regulator had ignored its progress.",
        &[(
            "the regulator",
            "Data Protection Commission",
            Some("Nimbus Social"),
        )],
    );
}

#[test]
fn a_union_may_be_a_trades_association() {
    expect(
        "The Norwegian Airline Pilots Association called a strike. Norvik Air accused the \
         union of holding passengers hostage.",
        &[(
            "the union",
            "Norwegian Airline Pilots Association",
            Some("Norvik Air"),
        )],
    );
    // Not any association.
    expect(
        "The National Rifle Association met. Norvik Air accused the union of lying.",
        &[],
    );
    // A federation of a trade's people, before the European Union named since.
    expect(
        "The Panhellenic Federation of Nursing Staff called a strike. Pay is among the \
         lowest in the European Union. Talks between the union and Hermes Clinics resumed.",
        &[("the union", "Panhellenic Federation of Nursing Staff", None)],
    );
    // A trade's syndicate, one name past its possessive, before the EU named since.
    expect(
        "The strike was called by the National Nurses' Syndicate (SNE). Wards follow \
         European Union guidelines. Ana Rocha accused the union of lying.",
        &[("the union", "National Nurses' Syndicate", Some("Ana Rocha"))],
    );
    // With no trade's body, the union is still the EU.
    expect(
        "The European Union imposed tariffs. Norvik Air criticised the union.",
        &[("the union", "European Union", Some("Norvik Air"))],
    );
}

#[test]
fn a_regulator_may_be_named_by_its_head_before_for() {
    expect(
        "The Authority for Working Conditions sent inspectors. Nimbus Social said the \
         regulator had ignored its progress.",
        &[(
            "the regulator",
            "Authority for Working Conditions",
            Some("Nimbus Social"),
        )],
    );
}

#[test]
fn the_central_bank_is_a_states_bank() {
    expect(
        "Halvard Bank cut jobs. The Federal Reserve raised rates. Ana Ruiz criticised \
         the central bank.",
        &[("the central bank", "Federal Reserve", Some("Ana Ruiz"))],
    );
}

#[test]
fn the_bloc_is_a_bloc_the_gazetteer_knows() {
    let blocs =
        |text: &str| -> Vec<String> { builtin_references(text).into_iter().map(|r| r.1).collect() };
    // The one named most, as for `the company`.
    let text = "Ruth Wanjiru met Mercosur and EU negotiators. Mercosur wanted quotas. Tom \
                Verbeke said the bloc was wrong.";
    assert_eq!(blocs(text), ["Mercosur"], "{text}");
    let text = "The EU fined Meta. Tom Verbeke said the bloc was wrong.";
    assert_eq!(blocs(text), ["European Union"], "{text}");
}

#[test]
fn a_reported_clauses_that_does_not_make_the_noun_a_modifier() {
    // `that` before a determiner or pronoun opens what was said.
    expect(
        "The Maritime Authority (MPA) opened an inquiry. Skagen Mutual said in a letter to \
         the authority that any settlement should wait.",
        &[("the authority", "Maritime Authority", Some("Skagen Mutual"))],
    );
    // Before a verb it opens a relative clause: some other authority.
    expect(
        "The Maritime Authority (MPA) opened an inquiry. Skagen Mutual wrote to the \
         authority that runs the port.",
        &[],
    );
}

#[test]
fn a_coastguard_is_the_coast_guard_its_country_names() {
    // The name's last two words as one noun; the country opens the body's name.
    let rows = super::super::super::test_support::targets_by_sentence(
        "The Libyan Coast Guard denied the account. The coastguard fired shots. Italy \
         praised the Libyan coastguard.",
    );
    assert_eq!(
        rows,
        [
            vec!["Libyan Coast Guard"],
            vec!["Libyan Coast Guard"],
            vec!["Italy", "Libyan Coast Guard"]
        ]
    );
}
