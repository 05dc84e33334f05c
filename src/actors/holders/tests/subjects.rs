//! Which name is a verb's subject: past relative clauses, brackets, appositives,
//! participles and coordinated verbs.

use super::super::super::test_support::{expect, holders, LAVROV, OBAMA};

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
            ("SRA", None),
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
    // A body's acronym in brackets inside the appositive.
    expect(
        "Halima Osei, an official at the European Union (EU), declined to comment but said \
         Iran was wrong.",
        &[
            ("Halima Osei", None),
            ("European Union", None),
            ("EU", None),
            ("Iran", OSEI),
        ],
    );
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
fn the_agent_of_a_participle_after_a_noun_is_not_the_subject() {
    // `backed by Qatar` describes the fund, which did the criticising.
    expect(
        "A fund backed by Qatar criticised Germany on Monday.",
        &[("Qatar", None), ("Germany", None)],
    );
    expect(
        "A party led by Ana Ruiz condemned Chile.",
        &[("Ana Ruiz", None), ("Chile", None)],
    );
    // A statement's author still speaks through it.
    expect(
        "A statement by the European Union condemned Chile.",
        &[("European Union", None), ("Chile", Some("European Union"))],
    );
}

#[test]
fn a_place_after_the_subjects_noun_is_not_the_subject() {
    // `one, in the Presov region,`: the branch called, not the region.
    expect(
        "Several branches backed the rebels, and one, in the Presov region, called on Zuzana Belakova to resign.",
        &[("Presov", None), ("Zuzana Belakova", None)],
    );
}

#[test]
fn a_person_set_off_after_a_role_of_a_described_body_is_the_subject() {
    for text in [
        "Pieter Van Dijk spoke. The head of the mission, Nicholas Hayes, said he had called Iran.",
        "Pieter Van Dijk spoke. A spokesman for the ministry, Nicholas Hayes, said he had called Iran.",
    ] {
        expect(
            text,
            &[
                ("Pieter Van Dijk", None),
                ("Nicholas Hayes", None),
                ("Iran", Some("Nicholas Hayes")),
            ],
        );
    }
}

#[test]
fn a_person_set_off_after_a_role_for_a_named_place_is_the_subject() {
    // Not `South Caucasus, Nicholas Hayes,` as an apposition to the place, which left
    // `said he` an inverted speaker, the driver named before.
    expect(
        "Pieter Van Dijk spoke. The envoy for the South Caucasus, Nicholas Hayes, said he \
         had called Iran.",
        &[
            ("Pieter Van Dijk", None),
            ("South Caucasus", None),
            ("Nicholas Hayes", None),
            ("Iran", Some("Nicholas Hayes")),
        ],
    );
}

#[test]
fn who_or_which_after_a_name_opens_its_clause_even_after_a_preposition() {
    const AGENCY: Option<&str> = Some("Global Energy Agency");
    expect(
        "The strike was called by the Global Energy Agency, which says Iran has lied.",
        &[("Global Energy Agency", None), ("Iran", AGENCY)],
    );
    expect(
        "He deferred to Sergei Lavrov, who slammed Obama.",
        &[("Sergei Lavrov", None), ("Obama", LAVROV)],
    );
    // `which` is no person's, `who` no body's; nor a clause with a subject of its own.
    expect(
        "He wrote a letter to Sergei Lavrov, which said Obama was wrong.",
        &[("Sergei Lavrov", None), ("Obama", None)],
    );
    expect(
        "The strike was called by the Global Energy Agency, which Obama says has lied.",
        &[("Global Energy Agency", None), ("Obama", None)],
    );
}

#[test]
fn the_subject_of_who_is_the_unnamed_noun_before_it() {
    // The savers said it, not the district or the capital before them.
    expect(
        "Customers queued outside banks in Kyiv's Podil district from early morning, many of \
         them elderly savers who said Iran was to blame.",
        &[("Kyiv", None), ("Podil", None), ("Iran", None)],
    );
    // Not a `who` with a verb of its own.
    expect(
        "Sergei Lavrov, who attended the talks, told reporters that Iran was wrong.",
        &[("Sergei Lavrov", None), ("Iran", LAVROV)],
    );
}
