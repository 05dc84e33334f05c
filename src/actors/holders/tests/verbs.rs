//! Which verbs give their subject a stance: saying, judging, finding.

use super::super::super::test_support::{expect, holders, LAVROV, OBAMA};

#[test]
fn reporting_and_evaluation_verbs() {
    for verb in [
        "said",
        "warned",
        "accused",
        "praised",
        "welcomed",
        "condemned",
        "criticised",
        "criticized",
        "blamed",
        "urged",
        "hailed",
        "slammed",
        "rejected",
        "backed",
        "opposed",
        "threatened",
        "supports",
        "thinks",
        "believes",
        "sees",
        "told",
        "expels",
        "sacks",
        "vetoed",
        "sentenced",
        "arrested",
        "testified",
        "disputed",
        "derided",
        "insulted",
        "assailed",
        "challenged",
        "faulted",
    ] {
        let text = format!("Sergei Lavrov {verb} Iran.");
        assert_eq!(
            holders(&text)[1],
            ("Iran", LAVROV.map(str::to_string)),
            "{text}"
        );
    }
    expect(
        "Barack Obama criticised Turkey and praised Iran.",
        &[("Barack Obama", None), ("Turkey", OBAMA), ("Iran", OBAMA)],
    );
    expect(
        "Barack Obama said Sergei Lavrov criticised Turkey.",
        &[
            ("Barack Obama", None),
            ("Sergei Lavrov", OBAMA),
            ("Turkey", LAVROV),
        ],
    );
}

#[test]
fn a_finding_before_that_is_its_subjects_view() {
    for text in [
        "The European Union found that Iran had broken the rules.",
        "The European Union concluded that Iran had broken the rules.",
    ] {
        expect(
            text,
            &[("European Union", None), ("Iran", Some("European Union"))],
        );
    }
    // Not another sense, nor what a poll measures.
    expect(
        "The European Union found Iran a partner.",
        &[("European Union", None), ("Iran", None)],
    );
    expect(
        "A European Union poll found that Iran was unpopular.",
        &[("European Union", None), ("Iran", None)],
    );
}

#[test]
fn agreeing_to_do_something_is_no_view_of_anyone() {
    // Not `Sergei Lavrov agreed to pay Iran`: a deal, no stance toward Iran.
    assert_eq!(
        holders("Sergei Lavrov agreed to pay a fine to Iran.")
            .iter()
            .find(|h| h.0 == "Iran")
            .unwrap()
            .1,
        None
    );
    // Agreeing with someone is.
    expect(
        "Sergei Lavrov agreed with Iran.",
        &[("Sergei Lavrov", None), ("Iran", LAVROV)],
    );
}

#[test]
fn a_verb_of_judging_after_and_goes_with_the_verb_of_saying() {
    // Not Iran's, whose clause `said` reports: Lavrov accuses Turkey.
    expect(
        "Sergei Lavrov said Iran had met the rules and accused Turkey of lying.",
        &[
            ("Sergei Lavrov", None),
            ("Iran", LAVROV),
            ("Turkey", LAVROV),
        ],
    );
    // A verb of judging in the reported clause is that clause's subject's.
    expect(
        "Sergei Lavrov said Iran had criticised and accused Turkey of lying.",
        &[
            ("Sergei Lavrov", None),
            ("Iran", LAVROV),
            ("Turkey", Some("Iran")),
        ],
    );
}

#[test]
fn saying_nothing_holds_nothing() {
    for text in [
        "Sergei Lavrov has not said whether he will meet Iran.",
        "Sergei Lavrov hasn't actually said what he wants from Iran.",
        "Sergei Lavrov never said that Iran had lied.",
    ] {
        expect(text, &[("Sergei Lavrov", None), ("Iran", None)]);
    }
}

#[test]
fn a_participle_after_a_preposition_describes_a_noun() {
    // `over alleged spying`: nobody alleges anything here, so Vidal holds nothing.
    let text = "Turkey expelled Tomas Vidal over alleged spying, and Iran vowed a response.";
    let got = holders(text);
    assert!(
        got.iter().all(|(_, h)| h.as_deref() != Some("Tomas Vidal")),
        "{got:?}"
    );
    // Nor does a noun in `-s` there (`over claims that …`: whose claims, it does not say).
    let text = "Iran quit the talks over claims that Turkey lied.";
    let got = holders(text);
    assert!(
        got.iter().all(|(_, h)| h.as_deref() != Some("Iran")),
        "{got:?}"
    );
    // The verb itself still holds: `Vidal alleged that Iran lied`.
    expect(
        "Tomas Vidal alleged that Iran lied.",
        &[("Tomas Vidal", None), ("Iran", Some("Tomas Vidal"))],
    );
}

#[test]
fn a_source_close_to_someone_speaks_for_itself() {
    // The one the unnamed source is close to does not speak: no holder.
    expect(
        "A source close to the Kremlin said Iran had lied.",
        &[("Kremlin", None), ("Iran", None)],
    );
    expect(
        "People familiar with Barack Obama said Iran had lied.",
        &[("Barack Obama", None), ("Iran", None)],
    );
}

#[test]
fn a_relative_clause_with_its_own_subject_is_its_clause() {
    // Iran condemns the law: Russia holds no stance toward Iran.
    expect(
        "Russia upheld the law, which Iran condemned.",
        &[("Russia", None), ("Iran", None)],
    );
    // The one the relative clause is about keeps its holder.
    expect(
        "Barack Obama praised Lavrov, who said Iran lied.",
        &[
            ("Barack Obama", None),
            ("Lavrov", Some("Barack Obama")),
            ("Iran", Some("Lavrov")),
        ],
    );
}
