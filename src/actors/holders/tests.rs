use super::super::test_support::{expect, find, split, LAVROV, OBAMA};
use super::*;

mod belongs;
mod subjects;
mod verbs;

#[test]
fn speakers_set_off_by_role_nouns_and_prepositions() {
    // A role noun before a name is a title; `of the Y Institute` is not the subject.
    expect(
        "Analyst Maria Ortiz of the Zenda Policy Institute said Iran was weak.",
        &[
            ("Maria Ortiz", None),
            ("Zenda Policy Institute", None),
            ("Iran", Some("Maria Ortiz")),
        ],
    );
    // `His lawyer, X, said he …`: X is the subject and `he` is X, not an earlier man.
    expect(
        "Tomas Vidal spoke. His lawyer, Radu Ionescu, said he would sue Chile.",
        &[
            ("Tomas Vidal", None),
            ("Radu Ionescu", None),
            ("Chile", Some("Radu Ionescu")),
        ],
    );
    // A place closing a clause before `, said X` stays the place it was.
    expect(
        "Agents caught him in Woodbridge, Virginia, said Tim Gallagher, an agent.",
        &[
            ("Woodbridge", Some("Tim Gallagher")),
            ("Virginia", Some("Tim Gallagher")),
            ("Tim Gallagher", None),
        ],
    );
}

#[test]
fn a_lawmakers_party_and_state_set_off_are_no_subject() {
    expect(
        "Senator Dana Holt, Democrat of Ohio, said Iran lied.",
        &[
            ("Dana Holt", None),
            ("Democrat", None),
            ("Ohio", None),
            ("Iran", Some("Dana Holt")),
        ],
    );
}

#[test]
fn according_to_a_role_holder_is_the_person() {
    const BROOKS: Option<&str> = Some("Hannah Brooks");
    // The firm is where the analyst belongs: neither a target nor the holder.
    expect(
        "According to Kestrel Capital analyst Hannah Brooks, Iran was wrong.",
        &[
            ("Kestrel Capital", None),
            ("Hannah Brooks", None),
            ("Iran", BROOKS),
        ],
    );
    expect(
        "According to the union's president, Hannah Brooks, Iran was wrong.",
        &[("Hannah Brooks", None), ("Iran", BROOKS)],
    );
    expect(
        "According to Kestrel Capital's chief economist, Hannah Brooks, Iran was wrong.",
        &[
            ("Kestrel Capital", None),
            ("Hannah Brooks", None),
            ("Iran", BROOKS),
        ],
    );
    // Without a person, the source is the organisation, as before.
    expect(
        "Iran was wrong, according to Kestrel Capital analyst estimates.",
        &[("Iran", Some("Kestrel Capital")), ("Kestrel Capital", None)],
    );
}

#[test]
fn subject_of_cognition_verb_holds_and_its_title_affiliation_is_no_target_of_it() {
    expect(
        "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.",
        &[("U.S.", None), ("Barack Obama", None), ("Russia", OBAMA)],
    );
    // The employer in a title or in the speaker's role is where the speaker belongs,
    // not what they judge.
    expect(
        "According to Iran, Kremlin spokesman Sergei Lavrov criticised Turkey.",
        &[
            ("Iran", None),
            ("Kremlin", None),
            ("Sergei Lavrov", Some("Iran")),
            ("Turkey", LAVROV),
        ],
    );
    expect(
        "“Iran must stop,” said Sergei Lavrov, a spokesman for the Kremlin.",
        &[("Iran", LAVROV), ("Sergei Lavrov", None), ("Kremlin", None)],
    );
}

#[test]
fn according_to() {
    expect(
        "According to Sergei Lavrov, Iran was wrong.",
        &[("Sergei Lavrov", None), ("Iran", LAVROV)],
    );
    expect(
        "Iran was wrong, according to Sergei Lavrov.",
        &[("Iran", LAVROV), ("Sergei Lavrov", None)],
    );
    // The source inside a noun phrase: `a confidential U.N. report`, `figures from X`.
    expect(
        "According to a confidential U.N. report, Iran cheated.",
        &[("U.N.", None), ("Iran", Some("United Nations"))],
    );
    expect(
        "Iran cheated, according to figures released by the EU.",
        &[("Iran", Some("European Union")), ("EU", None)],
    );
    expect(
        "Quillon Systems bid. Iran cheated, according to a statement from the company.",
        &[("Quillon Systems", None), ("Iran", Some("Quillon Systems"))],
    );
    expect(
        "According to the deal signed with Turkey, Iran will pay.",
        &[("Turkey", None), ("Iran", None)],
    );
    expect(
        "Iran must withdraw, according to the deal Turkey signed.",
        &[("Iran", None), ("Turkey", None)],
    );
    // The sentence ends without a stop right after `according to`: no source, no panic.
    expect("Iran cheated, according to a report", &[("Iran", None)]);
    expect("Iran cheated, according to", &[("Iran", None)]);
    // The score_properties test's minimal failing input before the fix, trailing space kept.
    expect("Iran according to ", &[("Iran", None)]);
}

#[test]
fn trailing_attribution_and_passive_agent() {
    expect(
        "Iran is to blame, Barack Obama said.",
        &[("Iran", OBAMA), ("Barack Obama", None)],
    );
    expect(
        "Iran is to blame, said Barack Obama.",
        &[("Iran", OBAMA), ("Barack Obama", None)],
    );
    expect(
        "Iran's move was condemned by Barack Obama.",
        &[("Iran", OBAMA), ("Barack Obama", None)],
    );
    // With an article, and a description, before the verb.
    expect(
        "Refugees were stranded after Iran closed the border, the European Union said.",
        &[("Iran", Some("European Union")), ("European Union", None)],
    );
    expect(
        "Harlow Biotech hired Mr. Kowalczyk. Refugees were stranded after Iran closed \
             the border, the company said.",
        &[
            ("Harlow Biotech", None),
            ("Kowalczyk", None),
            ("Iran", Some("Harlow Biotech")),
        ],
    );
    // A noun phrase that is no actor: `…, diplomats said`, `…, a mediator said`; an
    // aside or an appositive is passed over.
    for text in [
        "Iran broke the deal, diplomats said.",
        "Iran broke the deal, a mediator said.",
    ] {
        expect(text, &[("Iran", None)]);
    }
    // An unnamed spokesperson speaks for the body opening the sentence.
    expect(
        "The Kremlin declined to comment, but a spokesman said Iran had lied.",
        &[("Kremlin", None), ("Iran", Some("Russia"))],
    );
    expect(
        "Barack Obama, for his part, criticised Iran.",
        &[("Barack Obama", None), ("Iran", OBAMA)],
    );
    expect(
        "Its envoy, Barack Obama, nonetheless criticised Iran.",
        &[("Barack Obama", None), ("Iran", OBAMA)],
    );
    expect(
        "Barack Obama, the former president, who met Sergei Lavrov, criticised Iran.",
        &[
            ("Barack Obama", None),
            ("Sergei Lavrov", None),
            ("Iran", OBAMA),
        ],
    );
    // Not a name further back: `…, a Tory peer, the officials said`.
    expect(
        "Iran closed the border, a French official and the officials said.",
        &[("Iran", None), ("French", None)],
    );
}

#[test]
fn passive_agents_hold_and_subjects_are_targets() {
    expect(
        "Iranian leaders were condemned by the European Union.",
        &[
            ("Iranian", Some("European Union")),
            ("European Union", None),
        ],
    );
    expect(
        "The Turkish plan was praised by Halima Osei on Monday.",
        &[("Turkish", Some("Halima Osei")), ("Halima Osei", None)],
    );
    expect(
        "Syria has been repeatedly criticised by Moscow and Ankara.",
        &[
            ("Syria", Some("Russia")),
            ("Moscow", None),
            ("Ankara", None),
        ],
    );
}

#[test]
fn imposing_measures_is_a_stance_only_in_the_active() {
    expect(
        "The European Union on Monday imposed new sanctions on Iran.",
        &[("European Union", None), ("Iran", Some("European Union"))],
    );
    expect(
        "Exports from Canada fell after tariffs imposed by the United States.",
        &[("Canada", None), ("United States", None)],
    );
    // Other stance verbs keep their passive agents.
    expect(
        "Banks in Syria were sanctioned by the European Union.",
        &[("Syria", Some("European Union")), ("European Union", None)],
    );
}

#[test]
fn employers_of_common_noun_subjects_hold() {
    expect(
        "Officials from Turkey in Kyiv estimate that Iran gained.",
        &[("Turkey", None), ("Kyiv", None), ("Iran", Some("Turkey"))],
    );
    expect(
        "The embassy in Kyiv criticised Iran.",
        &[("Kyiv", None), ("Iran", Some("Ukraine"))],
    );
}

#[test]
fn it_names_the_organisation_or_country_before_it() {
    expect(
        "The European Union fined Syria. It also accused Iran of lying.",
        &[
            ("European Union", None),
            ("Syria", Some("European Union")),
            ("Iran", Some("European Union")),
        ],
    );
    expect(
        "Russia said it would punish Ukraine.",
        &[("Russia", None), ("Ukraine", Some("Russia"))],
    );
    // The subject of the sentence before, though a place is named first in it.
    expect(
        "Harbour Biotech recalled tablets. The company said tablets made in a Turkish \
         plant were unsafe. It accused Iran of lying.",
        &[
            ("Harbour Biotech", None),
            ("Turkish", Some("Harbour Biotech")),
            ("Iran", Some("Harbour Biotech")),
        ],
    );
    // Not past a person, not a thing's `it`, not inside a quotation.
    expect(
        "Bashar al-Assad met Russia. It praised Iran.",
        &[("Bashar al-Assad", None), ("Russia", None), ("Iran", None)],
    );
    expect(
        "The European Union met. It was a day when Iran lost.",
        &[("European Union", None), ("Iran", None)],
    );
    expect(
        "Turkey spoke. Ukraine said: “It condemned Iran.”",
        &[
            ("Turkey", None),
            ("Ukraine", None),
            ("Iran", Some("Ukraine")),
        ],
    );
}

#[test]
fn passive_subjects_without_agent_hold_nothing() {
    expect(
        "Turkey was criticised over its campaign in Syria.",
        &[("Turkey", None), ("Syria", None)],
    );
    // An adverb between `was` and the verb.
    expect(
        "Turkey was widely blamed for the war in Syria.",
        &[("Turkey", None), ("Syria", None)],
    );
    expect(
        "Russia is opposed to Turkey's plan.",
        &[("Russia", None), ("Turkey", Some("Russia"))],
    );
    expect(
        "Iran condemned the plan as illegal and summoned the ambassador of Turkey.",
        &[("Iran", None), ("Turkey", Some("Iran"))],
    );
}

#[test]
fn writer_framing_has_no_holder() {
    expect(
        "Iran and Turkey met in Syria.",
        &[("Iran", None), ("Turkey", None), ("Syria", None)],
    );
    expect(
        "Barack Obama met Sergei Lavrov.",
        &[("Barack Obama", None), ("Sergei Lavrov", None)],
    );
    expect(
        "Barack Obama criticised Turkey, while Iran grew.",
        &[("Barack Obama", None), ("Turkey", OBAMA), ("Iran", None)],
    );
}

#[test]
fn holder_is_never_the_target() {
    expect(
        "Russia said Moscow was right.",
        &[("Russia", None), ("Moscow", None)],
    );
    expect(
        "“Russia is right,” said Moscow.",
        &[("Russia", None), ("Moscow", None)],
    );
}

#[test]
fn invalid_mentions_get_none() {
    let text = "Iran spoke.";
    let mut a = find(text);
    a.mentions.push(super::super::Mention {
        actor: 9,
        sentence: 0,
        start: 0,
        end: 4,
    });
    a.mentions.push(super::super::Mention {
        actor: 0,
        sentence: 0,
        start: 3,
        end: 99,
    });
    assert_eq!(find_holders(text, &split(text), &a), vec![None, None, None]);
}

#[test]
fn a_court_acquitting_or_clearing_someone_holds_that_stance() {
    expect(
        "Judge Ana Ortiz acquitted Tomas Vidal of fraud.",
        &[("Ana Ortiz", None), ("Tomas Vidal", Some("Ana Ortiz"))],
    );
}

#[test]
fn a_capital_where_visitors_are_holds_nothing() {
    let holders = |text: &str| -> Vec<(String, Option<String>)> {
        let report = crate::Model::builtin().unwrap().score_article(text);
        report.sentences[0]
            .stances
            .iter()
            .map(|s| (s.target.clone(), s.holder.clone()))
            .collect()
    };
    assert_eq!(
        holders("Diplomats in Nairobi said Iran had lied."),
        [("Iran".to_string(), None)]
    );
    // The capital that acts still holds.
    assert_eq!(
        holders("Nairobi said Iran had lied."),
        [
            ("Kenya".to_string(), None),
            ("Iran".to_string(), Some("Kenya".to_string()))
        ]
    );
}
