use super::super::test_support::{expect, find, holders, split, LAVROV, OBAMA};
use super::*;

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
    expect(
        "Barack Obama, for his part, criticised Iran.",
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
fn relative_clauses_and_prepositions_are_not_subjects() {
    expect(
        "Barack Obama, who met Sergei Lavrov, said Iran was wrong.",
        &[
            ("Barack Obama", None),
            ("Sergei Lavrov", None),
            ("Iran", OBAMA),
        ],
    );
    // The comma inside `600,000` does not close the relative clause.
    expect(
        "Barack Obama, who hosts 600,000 Iranian students, said Turkey was wrong.",
        &[("Barack Obama", None), ("Iranian", None), ("Turkey", OBAMA)],
    );
    expect(
        "The Ministry of Defence in Kiev welcomed the Iranian offer.",
        &[
            ("Ministry of Defence", None),
            ("Kiev", None),
            ("Iranian", Some("Ministry of Defence")),
        ],
    );
}

#[test]
fn coordinated_verbs_skip_subordinate_clauses_back_to_the_main_subject() {
    expect(
        "Iran defended its purchases as lawful and accused Turkey of bullying.",
        &[("Iran", None), ("Turkey", Some("Iran"))],
    );
    let text = "Barack Obama predicted that Sergei Lavrov would win as the vote neared, \
                    but said Iran was wrong.";
    assert_eq!(
        holders(text)[2],
        ("Iran", OBAMA.map(str::to_string)),
        "{text}"
    );
    // The verb's own subordinate clause still gives the subject (`defended` and
    // `under pressure` hold none, so the walk goes on to the clause word `While`).
    let text = "While Sergei Lavrov, under pressure, defended his record and praised Iran, \
                    Barack Obama stayed silent.";
    assert_eq!(
        holders(text)[1],
        ("Iran", LAVROV.map(str::to_string)),
        "{text}"
    );
}

#[test]
fn reporting_a_fact_is_saying_only_before_that_or_at_the_end() {
    for text in [
        "Sergei Lavrov revealed that Iran had lied.",
        "Sergei Lavrov revealed on Monday that Iran had lied.",
        "Iran had lied, Sergei Lavrov revealed.",
        "Sergei Lavrov revealed Iran had lied.",
    ] {
        assert_eq!(
            holders(text).iter().find(|h| h.0 == "Iran").unwrap().1,
            LAVROV.map(str::to_string),
            "{text}"
        );
    }
    for text in [
        "Sergei Lavrov reported for training with Iran.",
        "Sergei Lavrov confirmed a deal with Iran.",
        "Sergei Lavrov reported to Iran.",
    ] {
        assert_eq!(
            holders(text).iter().find(|h| h.0 == "Iran").unwrap().1,
            None,
            "{text}"
        );
    }
}

#[test]
fn what_a_verb_of_saying_reports_goes_on_past_but_and_because() {
    expect(
        "Sergei Lavrov said Turkey had been disciplined but Iran had lied.",
        &[
            ("Sergei Lavrov", None),
            ("Turkey", LAVROV),
            ("Iran", LAVROV),
        ],
    );
    expect(
        "Sergei Lavrov said Turkey had abstained because Iran had lied.",
        &[
            ("Sergei Lavrov", None),
            ("Turkey", LAVROV),
            ("Iran", LAVROV),
        ],
    );
    // After a comma, the writer's own clause; a stance verb's object stops there too.
    expect(
        "Sergei Lavrov said Turkey had lied, but Iran stayed calm.",
        &[("Sergei Lavrov", None), ("Turkey", LAVROV), ("Iran", None)],
    );
    expect(
        "Sergei Lavrov criticised Turkey but Iran stayed calm.",
        &[("Sergei Lavrov", None), ("Turkey", LAVROV), ("Iran", None)],
    );
}

#[test]
fn a_bracket_after_the_subject_is_skipped() {
    const CPJ: Option<&str> = Some("Committee to Protect Journalists");
    for text in [
            "The Committee to Protect Journalists (CPJ) said Iran was wrong.",
            "The Committee to Protect Journalists (CPJ), which counts jailed reporters, said Iran was wrong.",
        ] {
            expect(
                text,
                &[("Committee to Protect Journalists", None), ("Iran", CPJ)],
            );
        }
    expect(
        "Senator Ted Varga (R-Texas) criticised Iran.",
        &[("Ted Varga", None), ("Iran", Some("Ted Varga"))],
    );
    // A body after `of the` and a modifier is where the subject belongs.
    expect(
        "Senator Ted Varga of the centre-left Social Renewal Alliance (SRA) criticised Iran.",
        &[
            ("Ted Varga", None),
            ("Social Renewal Alliance", None),
            ("Iran", Some("Ted Varga")),
        ],
    );
    // Not a bracket after something else.
    expect(
        "Prices (up 4 percent) hurt. Iran was blamed.",
        &[("Iran", None)],
    );
}

#[test]
fn appositives_are_not_subjects() {
    const OSEI: Option<&str> = Some("Halima Osei");
    // A relative clause with `that` inside the appositive runs to its closing comma.
    expect(
        "Skyline Holidays, a tour operator that charters Baltair aircraft, praised Nordavia.",
        &[
            ("Skyline Holidays", None),
            ("Baltair", None),
            ("Nordavia", Some("Skyline Holidays")),
        ],
    );
    expect(
            "Halima Osei, director general of the Global Energy Agency, welcomed the decision by Washington and Moscow.",
            &[
                ("Halima Osei", None),
                ("Global Energy Agency", None),
                ("Washington", OSEI),
                ("Moscow", OSEI),
            ],
        );
    for text in [
        "Halima Osei, the head of the European Union, said Iran was wrong.",
        "Halima Osei, who leads the European Union, said Iran was wrong.",
        "Halima Osei, a spokeswoman for the European Union, on Friday said Iran was wrong.",
        "Halima Osei, 52, a lawyer for the European Union, said Iran was wrong.",
        "Halima Osei, of the European Union, said Iran was wrong.",
        "Halima Osei, from the European Union, told reporters Iran was wrong.",
    ] {
        assert_eq!(
            holders(text)[2],
            ("Iran", OSEI.map(str::to_string)),
            "{text}"
        );
    }
    expect(
        "Halima Osei, a spokeswoman for the European Union, criticised Iran.",
        &[
            ("Halima Osei", None),
            ("European Union", None),
            ("Iran", OSEI),
        ],
    );
    expect(
        "Iran is wrong, Halima Osei, a spokeswoman for the European Union, said.",
        &[
            ("Iran", OSEI),
            ("Halima Osei", None),
            ("European Union", None),
        ],
    );
    expect(
        "“Iran must stop,” Halima Osei, a spokeswoman for the European Union, said.",
        &[
            ("Iran", OSEI),
            ("Halima Osei", None),
            ("European Union", None),
        ],
    );
    // A list is not an appositive.
    expect(
        "Turkey, the European Union, and Iran criticised Syria.",
        &[
            ("Turkey", None),
            ("European Union", None),
            ("Iran", None),
            ("Syria", Some("Iran")),
        ],
    );
}

#[test]
fn a_participle_after_a_comma_shares_the_subject() {
    expect(
        "Barack Obama softened his tone, praising Iran and thanking Turkey.",
        &[("Barack Obama", None), ("Iran", OBAMA), ("Turkey", OBAMA)],
    );
    expect(
        "Iran refused to join, arguing that Turkey was to blame.",
        &[("Iran", None), ("Turkey", Some("Iran"))],
    );
    // A participle that opens the text has no comma before it.
    expect("praising Iran was wrong.", &[("Iran", None)]);
    // The progressive too; not a participle of another verb.
    expect(
        "Iran was praising Turkey. Later Iran left, travelling to Turkey.",
        &[
            ("Iran", None),
            ("Turkey", Some("Iran")),
            ("Iran", None),
            ("Turkey", None),
        ],
    );
}

#[test]
fn a_person_set_off_after_a_role_is_the_subject_a_later_verb_shares() {
    for text in [
        "Turkey's envoy, Sergei Lavrov, echoed those concerns and said Iran was wrong.",
        "The chief executive, Sergei Lavrov, apologised and said Iran was wrong.",
    ] {
        let h = holders(text);
        let iran = h.iter().find(|x| x.0 == "Iran");
        assert_eq!(
            iran,
            Some(&("Iran", Some("Sergei Lavrov".into()))),
            "{text}"
        );
    }
}

#[test]
fn coordinated_verbs_share_their_subject() {
    for text in [
            "Russian state media praised Mr. Kowalczyk for holding firm and accused the European Union of sabotage.",
            "Russian state media praised Mr. Kowalczyk for his support and accused the European Union of sabotage.",
            "Russian state media welcomed Turkey's call but accused the European Union of sabotage.",
            "Russian state media welcomed the Turks' call but accused the European Union of sabotage.",
            "Russian state media interviewed Mr. Kowalczyk at length and accused the European Union of sabotage.",
            "Russian state media praised Mr. Kowalczyk, who met Obama, but then accused the European Union of sabotage.",
            "In Ankara, Russian state media quoted Mr. Kowalczyk, a former envoy, and accused the European Union of sabotage.",
        ] {
            let h = holders(text);
            let eu = h.iter().find(|x| x.0 == "European Union");
            assert_eq!(eu, Some(&("European Union", Some("Russia".into()))), "{text}");
        }
    // A new subject before the second verb.
    expect(
        "Russian state media praised Mr. Kowalczyk and Iran accused the European Union.",
        &[
            ("Russian", None),
            ("Kowalczyk", Some("Russia")),
            ("Iran", Some("Russia")),
            ("European Union", Some("Iran")),
        ],
    );
}

#[test]
fn its_body_speaks_for_what_it_names() {
    expect(
        "Iran seized a tanker. Its foreign ministry said Turkey had lied.",
        &[("Iran", None), ("Turkey", Some("Iran"))],
    );
    // A person named in between is the subject (`Its chief executive, X, said`).
    expect(
        "Iran seized a tanker. Its envoy, Sergei Lavrov, said Turkey had lied.",
        &[
            ("Iran", None),
            ("Sergei Lavrov", None),
            ("Turkey", Some("Sergei Lavrov")),
        ],
    );
}

#[test]
fn a_relative_clause_holds_nothing_after_it_closes() {
    // The name set off inside `whose chair, X,` does not close the clause, and the
    // clause's own subject is not the sentence's.
    expect(
        "Patient group Heart Alliance, whose chair, Margaret Osei, has campaigned for \
             alerts, criticised Iran for secrecy.",
        &[
            ("Heart Alliance", None),
            ("Margaret Osei", None),
            ("Iran", Some("Heart Alliance")),
        ],
    );
    // Where a body is based is not who speaks.
    expect(
        "The Forum, a Moscow-based research group, said Turkey had lied.",
        &[("Forum", None), ("Moscow", None), ("Turkey", Some("Forum"))],
    );
    expect(
        "Sergei Lavrov, who criticised Turkey, met Iran's envoy.",
        &[
            ("Sergei Lavrov", None),
            ("Turkey", Some("Sergei Lavrov")),
            ("Iran", None),
        ],
    );
}

#[test]
fn a_town_after_the_subjects_noun_is_not_the_subject() {
    expect(
        "A court in Lyon convicted Mr. Kowalczyk of fraud.",
        &[("Lyon", None), ("Kowalczyk", None)],
    );
    // A capital stands for its country: officials there are the state's.
    expect(
        "Officials in Moscow condemned the European Union.",
        &[("Moscow", None), ("European Union", Some("Russia"))],
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
