use super::super::test_support::{find, surfaces};
use super::*;

mod companies;
mod surnames;

fn actors(text: &str) -> Vec<(String, ActorKind, Vec<String>)> {
    find(text)
        .actors
        .into_iter()
        .map(|a| (a.name, a.kind, a.aliases))
        .collect()
}

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| s.to_string()).collect()
}

#[test]
fn surname_joins_the_full_name() {
    let text =
        "Obama spoke first. Later President Obama and Barack Obama met Vladimir Putin. Putin left.";
    assert_eq!(
        actors(text),
        vec![
            (
                "Barack Obama".into(),
                ActorKind::Person,
                v(&["Obama", "Barack Obama"])
            ),
            (
                "Vladimir Putin".into(),
                ActorKind::Person,
                v(&["Vladimir Putin", "Putin"])
            ),
        ]
    );
}

#[test]
fn a_first_word_joins_the_company_it_opens_but_not_a_body() {
    let text = "Harlow Biotech bought a rival. Shares in Harlow rose. Ohio State University \
                    opened a campus. Voters in Ohio cheered.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.1, a.2)).collect();
    assert_eq!(
        got,
        vec![
            (
                "Harlow Biotech".into(),
                ActorKind::Organisation,
                v(&["Harlow Biotech", "Harlow"])
            ),
            (
                "Ohio State University".into(),
                ActorKind::Organisation,
                v(&["Ohio State University"])
            ),
            ("Ohio".into(), ActorKind::Other, v(&["Ohio"])),
        ]
    );
}

#[test]
fn an_acronym_joins_the_one_body_whose_initials_it_spells() {
    let text = "The Competition and Markets Authority blocked the deal. Lawyers said the \
                    CMA was wrong. The IMF and the BBC stayed silent. The Department of \
                    Justice and the DOJ agreed. Bank of America and BA did not.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    assert!(
        got.contains(&(
            "Competition and Markets Authority".into(),
            v(&["Competition and Markets Authority", "CMA"])
        )),
        "{got:?}"
    );
    // With `of` too; two letters are too few (`BA` is no bank).
    assert!(
        got.contains(&(
            "Department of Justice".into(),
            v(&["Department of Justice", "DOJ"])
        )),
        "{got:?}"
    );
    assert!(got.contains(&("BA".into(), v(&["BA"]))), "{got:?}");
}

#[test]
fn an_acronym_of_four_letters_may_leave_out_one_word() {
    let text = "The Health Insurance Review and Assessment Service (HIRA) cut the price. \
                    HIRA officials said little.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    let whole = "Health Insurance Review and Assessment Service";
    assert_eq!(got, [(whole.into(), v(&[whole, "HIRA"]))]);
    assert!(spells("HIRA", whole) && spells("HIRS", whole) && spells("HRAS", whole));
    // Not the first word, not two words, not three letters.
    assert!(!spells("IRAS", whole) && !spells("HIR", whole));
    assert!(!spells("CBP", "Customs Border Patrol Protection"));
}

#[test]
fn a_head_word_alone_joins_the_one_body_named_with_it() {
    let text = "The Nordic Maritime Authority fined Halvor Shipping on Monday. Lawyers \
                    said the Authority had acted alone. The Baltic Fisheries Council and the Arctic Trade Council \
                    met. Analysts said the Council was split.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    assert!(
        got.contains(&(
            "Nordic Maritime Authority".into(),
            v(&["Nordic Maritime Authority", "Authority"])
        )),
        "{got:?}"
    );
    // A body's shorter name that ends its longer one.
    let tail_text = "The Democratic Labour Union and the Nordic Fisheries Council met. Leaders \
                    of the Labour Union left.";
    let tail: Vec<_> = actors(tail_text).into_iter().map(|a| (a.0, a.2)).collect();
    assert!(
        tail.contains(&(
            "Democratic Labour Union".into(),
            v(&["Democratic Labour Union", "Labour Union"])
        )),
        "{tail:?}"
    );
    // Named before the body is: someone else (a headline's `Court`).
    let text = "Analysts said the Council split. Later the Nordic Fisheries Council met.";
    let before: Vec<_> = actors(text).into_iter().map(|a| a.0).collect();
    assert_eq!(before, ["Council", "Nordic Fisheries Council"]);
    // Another country's body with the same end stays apart.
    let text = "The Zubrovian Fisheries Council met. Officials said Fisheries Council \
                    members left.";
    let apart: Vec<_> = actors(text).into_iter().map(|a| a.0).collect();
    assert_eq!(apart, ["Zubrovian Fisheries Council", "Fisheries Council"]);
    // Two councils: `the Council` names neither for sure.
    assert!(
        got.contains(&("Council".into(), v(&["Council"]))),
        "{got:?}"
    );
}

#[test]
fn a_surname_is_not_a_companys_short_name() {
    // Two Solbergs: `Solberg` names neither for sure, and not the company either.
    let text = "Margit Solberg founded Solberg Maritime. Her son Erik Solberg spoke. \
                    Solberg left school at 15.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    assert!(
        got.contains(&("Solberg Maritime".into(), v(&["Solberg Maritime"]))),
        "{got:?}"
    );
}

#[test]
fn a_first_word_joins_one_person_when_no_surname_does() {
    let text = "Spokesman Wang Wenbin spoke. Wang added more. Spokesman Li Qiang and \
                    Spokesman Li Ming came. Li left. Donald Trump said Donald would win.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    assert_eq!(
        got,
        vec![
            ("Wang Wenbin".into(), v(&["Wang Wenbin", "Wang"])),
            ("Li Qiang".into(), v(&["Li Qiang"])),
            ("Li Ming".into(), v(&["Li Ming"])),
            ("Li".into(), v(&["Li"])),
            ("Donald Trump".into(), v(&["Donald Trump", "Donald"])),
        ]
    );
}

#[test]
fn a_royal_given_name_joins_only_a_royal() {
    let text = "Senator Elizabeth Warren spoke. Queen Elizabeth replied. Elizabeth smiled. \
                    Princess Anne Laurent arrived. Princess Anne waved. Zaid bin Faisal, the \
                    crown prince, came. Prince Zaid left.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    assert_eq!(
        got,
        vec![
            ("Elizabeth Warren".into(), v(&["Elizabeth Warren"])),
            ("Elizabeth".into(), v(&["Elizabeth"])),
            ("Anne Laurent".into(), v(&["Anne Laurent", "Anne"])),
            ("Zaid bin Faisal".into(), v(&["Zaid bin Faisal", "Zaid"])),
        ]
    );
}

#[test]
fn a_surname_with_its_particles_joins_the_full_name() {
    let text = "Commissioner Margarethe van der Linden spoke. Van der Linden left. \
                    Ravi praised van der Linden. Jan de Vries met Ana de la Cruz. De la Cruz left.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2.len())).collect();
    assert_eq!(
        got,
        vec![
            ("Margarethe van der Linden".into(), 3),
            ("Ravi".into(), 1),
            ("Jan de Vries".into(), 1),
            ("Ana de la Cruz".into(), 2),
        ]
    );
    // `Ould` (`son of`) opens a Mauritanian surname.
    let got: Vec<_> = actors("Minister Sidi Ould Cheikh spoke. Ould Cheikh left.")
        .into_iter()
        .map(|a| (a.0, a.2.len()))
        .collect();
    assert_eq!(got, vec![("Sidi Ould Cheikh".into(), 2)]);
}

#[test]
fn an_acronym_in_brackets_names_the_body_before_it() {
    let a = actors("The US Federal Trade Commission (FTC) cleared the deal. The FTC was sued.");
    assert_eq!(a[0].0, "US Federal Trade Commission");
    assert_eq!(a[0].2, v(&["US Federal Trade Commission", "FTC"]));
    assert_eq!(a.len(), 1);
    assert!(is_initialism("NBA", "Nigerian Bar Association"));
    // A person's bracket holds a state or party, not their initials.
    let a = actors("Senator Nancy Young (NY) spoke. NY voters agreed.");
    assert!(a.iter().all(|x| x.2.len() == 1), "{a:?}");
    // Letters the name's initials do not give, out of order, or not capitals.
    assert!(!is_initialism("METI", "Ministry of Economy"));
    assert!(!is_initialism("CFT", "US Federal Trade Commission"));
    assert!(!is_initialism("Ftc", "US Federal Trade Commission"));
}

#[test]
fn an_acronym_in_another_language_names_the_known_body_before_it() {
    let text = "Reporters Without Borders (RSF) condemned the verdict. RSF said so.";
    let found =
        crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    let names: Vec<&str> = found.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Reporters Without Borders"]);
    assert_eq!(found.mentions.len(), 3);
    // So after a name that says it is a body.
    let text = "The National Electoral Council (CNE) delayed the count. The CNE agreed.";
    let found =
        crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    let names: Vec<&str> = found.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["National Electoral Council"]);
    // And after a known party (Italy's `Partito Democratico`).
    let text = "He left the Democratic Party (PD) in May. Later the PD split.";
    let found =
        crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    let names: Vec<&str> = found.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Democratic Party"]);
    // Only the acronym moves to the body: the gazetteer actor it also names keeps its
    // other names.
    let text = "The Computer Industry Association (CIA) warned Washington. The CIA said \
                American rules were unfair.";
    let found =
        crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    let names: Vec<&str> = found.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Computer Industry Association", "United States"]);
    assert_eq!(
        found.actors[0].aliases,
        ["Computer Industry Association", "CIA"]
    );
    // A short name of one word in the body's own language, in any script, names it
    // wherever it recurs, even opening a sentence.
    let text = "The National Authority for Investigation and Prosecution of Economic and \
                Environmental Crime (Økokrim) charged him. Økokrim said so.";
    let found =
        crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    assert_eq!(found.actors.len(), 1, "{:?}", found.actors);
    assert_eq!(found.actors[0].aliases.len(), 2);
    assert_eq!(found.mentions.len(), 3);
    // Elsewhere the gazetteer's reading stands.
    let text = "The RSF shelled the city.";
    let found =
        crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    assert_eq!(found.actors[0].name, "Rapid Support Forces");
}

#[test]
fn ambiguous_surname_stays_apart() {
    let text = "Bill Clinton met Hillary Clinton. Later Clinton spoke.";
    let a = actors(text);
    assert_eq!(a.len(), 3);
    assert_eq!(a[2].0, "Clinton");
}

#[test]
fn a_surname_joins_the_one_person_named_before_it() {
    let text = "Claire Dubois, a reporter, was held. Dubois denied it. Her brother Julien Dubois \
                spoke. A petition for Dubois grew.";
    let a = actors(text);
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(a[0].2, v(&["Claire Dubois", "Dubois"]));
}

#[test]
fn gazetteer_forms_group_under_the_canonical_name() {
    let text = "Moscow said Russia's role matters. The Kremlin and Russians agree.";
    let a = find(text);
    assert_eq!(a.actors.len(), 1);
    assert_eq!(a.actors[0].name, "Russia");
    assert_eq!(a.actors[0].kind, ActorKind::Country);
    assert_eq!(
        a.actors[0].aliases,
        v(&["Moscow", "Russia", "Kremlin", "Russians"])
    );
    assert_eq!(a.mentions.len(), 4);
}

#[test]
fn surname_joins_a_gazetteer_person() {
    let text = "President Bashar al-Assad spoke. Assad, and later al-Assad, left.";
    let a = find(text);
    assert_eq!(a.actors.len(), 1);
    assert_eq!(a.actors[0].name, "Bashar al-Assad");
    assert_eq!(
        a.actors[0].aliases,
        v(&["Bashar al-Assad", "Assad", "al-Assad"])
    );
}

#[test]
fn a_surname_names_the_article_s_own_person_over_a_famous_one() {
    // The test gazetteer knows `Assad` as Bashar al-Assad.
    let a = actors("On Monday, Rami Assad met farmers. Assad said prices fell.");
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].0, "Rami Assad");
    assert_eq!(a[0].2, v(&["Rami Assad", "Assad"]));
    // A headline's surname comes before the story introduces its person.
    let a = actors("Assad wins vote\nRami Assad met farmers. Assad said prices fell.");
    assert_eq!(a.len(), 1, "{a:?}");
    // Not when the famous one came first, is titled, or is named in full.
    for text in [
        "Assad spoke. Rami Assad met farmers. Assad said prices fell.",
        "Rami Assad met farmers. President Assad said prices fell.",
        "Rami Assad met farmers. Bashar al-Assad and Assad's aides left.",
        "Never Assad voters met. Assad said prices fell.",
    ] {
        let a = actors(text);
        assert!(a.iter().any(|x| x.0 == "Bashar al-Assad"), "{text}: {a:?}");
    }
}

#[test]
fn same_first_and_last_word_are_one_person() {
    let text = "Hillary Rodham Clinton spoke. Then Hillary Clinton left.";
    let a = actors(text);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].0, "Hillary Rodham Clinton");
    assert_eq!(a[0].1, ActorKind::Person);
}

#[test]
fn an_organ_after_its_organisation_is_the_organisation() {
    let text = "The UN Secretariat and the EU Commission met the Acme Commission.";
    let got: Vec<_> = actors(text).into_iter().map(|a| (a.0, a.2)).collect();
    assert_eq!(
        got,
        vec![
            ("United Nations".into(), v(&["UN", "Secretariat"])),
            ("European Union".into(), v(&["EU", "Commission"])),
            ("Acme Commission".into(), v(&["Acme Commission"])),
        ]
    );
}

/// `(name, kind)` of each actor.
fn kinds(text: &str) -> Vec<(String, ActorKind)> {
    actors(text).into_iter().map(|a| (a.0, a.1)).collect()
}

#[test]
fn organisations_keep_their_kind() {
    assert_eq!(
        kinds("The Labour Party and the Ministry of Defence spoke to Acme Widgets."),
        vec![
            ("Labour Party".into(), ActorKind::Party),
            ("Ministry of Defence".into(), ActorKind::Organisation),
            ("Acme Widgets".into(), ActorKind::Other)
        ]
    );
    // Clubs: a name ending in `United` is an organisation, one ending in `City` is no
    // person for saying something.
    assert_eq!(
        kinds("Redmoor United beat Redhaven City. Redhaven City said it would appeal."),
        vec![
            ("Redmoor United".into(), ActorKind::Organisation),
            ("Redhaven City".into(), ActorKind::Other)
        ]
    );
}

#[test]
fn line_breaks_inside_names_are_normalised() {
    let text = "Officials met Barack\nObama on Monday.";
    let a = find(text);
    assert_eq!(a.actors[0].name, "Barack Obama");
    assert_eq!(surfaces(text, &a)[0].0, "Barack\nObama");
}

#[test]
fn mentions_are_sorted_and_in_their_sentence() {
    let text = "Iran spoke. Russia and Barack Obama replied.";
    let a = find(text);
    let sent: Vec<usize> = a.mentions.iter().map(|m| m.sentence).collect();
    assert_eq!(sent, vec![0, 1, 1]);
    assert!(a.mentions.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn a_word_two_countries_share_is_the_one_the_article_names() {
    let builtin = |text: &str| -> Vec<(String, Vec<String>)> {
        crate::actors::ActorFinder::builtin()
            .find(text, &crate::text::split_sentences(text))
            .actors
            .into_iter()
            .map(|a| (a.name, a.aliases))
            .collect()
    };
    assert_eq!(
        builtin("Turkey taxed South Korean steel. It hurt Korea, and Korean mills protested."),
        [
            ("Turkey".to_string(), v(&["Turkey"])),
            (
                "South Korea".to_string(),
                v(&["South Korean", "Korea", "Korean"])
            )
        ]
    );
    // Not with both Koreas named, nor a word one country's name ends in (`Arabia`).
    let both =
        builtin("South Korea and North Korea met. Korea was calm. Saudi Arabia left Arabia.");
    assert!(both.iter().any(|(n, _)| n == "Korea"), "{both:?}");
    assert!(both.iter().any(|(n, _)| n == "Arabia"), "{both:?}");
}
