//! Unit tests of name spans: kind hints, gazetteer names inside longer names, person hints.

#[test]
fn common_subjects_are_sorted() {
    assert!(super::opening_subject::COMMON_SUBJECTS
        .windows(2)
        .all(|w| w[0] < w[1]));
}

use super::super::names::tests::run;
use super::*;
use ActorKind::{Organisation as Org, Other, Party};

#[test]
fn organisation_and_party_hints() {
    let (n, _) =
        run("It angered the Labour Party, Human Rights Watch, Acme Corp. and General Motors.");
    assert_eq!(
        n,
        vec![
            ("Labour Party", false, Party, false),
            ("Human Rights Watch", false, Org, false),
            ("Acme Corp.", false, Org, false),
            ("General Motors", false, Org, false)
        ]
    );
    // A party by what is said of it; not a person or a newspaper.
    let (n, _) = run(
        "We met the nationalist Sovereign Front, the opposition Citizens' Movement, \
         socialist Bernie Sanders, the conservative Deseret News and the liberal Civil \
         Liberties Union.",
    );
    assert_eq!(
        n.iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
        vec![
            ("Sovereign Front", Party),
            ("Citizens' Movement", Party),
            ("Bernie Sanders", Other),
            ("Deseret News", Org),
            ("Civil Liberties Union", Org)
        ]
    );
}

#[test]
fn a_treaty_or_a_law_is_no_actor_nor_a_town_or_body_in_its_name() {
    assert_eq!(
        found("Norway signed the Paris Agreement and the Oslo Accords in Paris."),
        ["Norway", "France"]
    );
    // Its short name in brackets is none either, wherever it recurs; a country in a
    // law's name stays (the law is about it).
    assert_eq!(
        found(
            "Vireo Bank breached the General Data Protection Regulation (GDPR) and the \
             Electoral Act. GDPR fines are high. The EU Deforestation Regulation angers \
             Indonesia. The Iran Sanctions Act hurt Iran."
        ),
        ["Vireo Bank", "Indonesia", "Iran", "Iran"]
    );
    // `Bill` alone is a man.
    assert_eq!(
        found("Bill said the Senate Reform Bill would fail."),
        ["Bill"]
    );
}

/// The actor of each mention the built-in finder gives, in text order.
fn found(text: &str) -> Vec<String> {
    let a = crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    a.mentions
        .iter()
        .map(|m| a.actors[m.actor].name.clone())
        .collect()
}

#[test]
fn an_award_is_no_actor_and_a_sea_is_one_place() {
    assert_eq!(
        found("Norway gave Rojas the Nobel Peace Prize and the European Leadership Awards."),
        ["Norway", "Rojas"]
    );
    assert_eq!(found("Peace prize for Rojas"), ["Rojas"]);
    assert_eq!(
        found("Norway won gold at the Commonwealth Games and the Winter Olympics."),
        ["Norway"]
    );
    // A special envoy's `Special` is part of the title.
    assert_eq!(
        found("UN Special Rapporteur Ana Rojas criticised Norway."),
        ["United Nations", "Ana Rojas", "Norway"]
    );
    assert_eq!(found("Her film won the Grand Prix in Norway."), ["Norway"]);
    assert_eq!(
        found("Norway won the Australian Open and the Davis Cup."),
        ["Norway"]
    );
    // Cycling's tours: Norway is no actor inside them.
    assert_eq!(
        found("Ana Rojas won the Tour de France and the Giro d'Italia."),
        ["Ana Rojas"]
    );
    assert_eq!(found("Ana Rojas won the Tour twice."), ["Ana Rojas"]);
    // A place as the surname of a titled person.
    assert_eq!(
        found("Oceano chief executive Fernanda Lima was disappointed."),
        ["Fernanda Lima"]
    );
    // `awards` after a name is a verb.
    assert_eq!(found("Trump awards sumo trophy"), ["Donald Trump"]);
    assert_eq!(
        found("Ships from Japan crossed the South China Sea and the Indian Ocean."),
        ["Japan", "South China Sea", "Indian Ocean"]
    );
}

#[test]
fn a_role_before_a_firms_name_makes_no_person() {
    let (n, _) = run("The investor Lion Gate Ventures and the analyst Jane Gold said so.");
    assert_eq!(
        n,
        vec![
            ("Lion Gate Ventures", false, Org, false),
            ("Jane Gold", true, Org, false)
        ]
    );
}

#[test]
fn a_known_body_at_the_end_of_a_longer_name_is_part_of_it() {
    assert_eq!(
        found("Voters backed the Social Democratic Party and the National Security Council."),
        ["Social Democratic Party", "National Security Council"]
    );
    // Not after a person's word, a place or a given name.
    assert_eq!(
        found("He met Former Democratic Party chair Maria Lopez and the Texas Democratic Party."),
        ["Democratic Party", "Maria Lopez", "Texas Democratic Party"]
    );
}

#[test]
fn a_known_body_opening_a_longer_name_is_part_of_it() {
    assert_eq!(
        found("The European Union Aviation Safety Agency and the European Union agreed."),
        ["European Union Aviation Safety Agency", "European Union"]
    );
    assert_eq!(
        found("The European Union Agency for Cybersecurity (ENISA) and the European Union met."),
        [
            "European Union Agency for Cybersecurity",
            "European Union Agency for Cybersecurity",
            "European Union"
        ]
    );
    // Not one word more: the body's own organ.
    assert_eq!(
        found("The European Union Commission met the World Bank Group."),
        ["European Union", "European Union", "World Bank"]
    );
}

#[test]
fn european_alone_is_the_eu_but_not_inside_a_bodys_name() {
    let text = "European leaders praised the European Space Agency and the European Commission.";
    let a = crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
    let names: Vec<&str> = a
        .mentions
        .iter()
        .map(|m| a.actors[m.actor].name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "European Union",
            "European Space Agency",
            "European Commission"
        ]
    );
}

#[test]
fn a_country_after_a_bodys_name_is_its_national_branch() {
    let found = |text: &str| -> Vec<(String, ActorKind)> {
        let a =
            crate::actors::ActorFinder::builtin().find(text, &crate::text::split_sentences(text));
        a.mentions
            .iter()
            .map(|m| (a.actors[m.actor].name.clone(), a.actors[m.actor].kind))
            .collect()
    };
    let text = "MediWatch UK said the recall came too late. Critics at Greenpeace USA \
                and Amnesty International Canada agreed with Trinity College Dublin \
                and HarvestBridge Kenya. Forest Watch Canada agreed.";
    assert_eq!(
        found(text),
        [
            ("MediWatch UK".to_owned(), Org),
            ("Greenpeace".to_owned(), Org),
            ("Amnesty International".to_owned(), Org),
            ("Trinity College Dublin".to_owned(), Org),
            ("HarvestBridge Kenya".to_owned(), Org),
            ("Forest Watch Canada".to_owned(), Org),
        ]
    );
    // A place, a person or an unknown name before a country's full name stays apart.
    let text = "He flew to London UK and met Mo Farah Britain and Vela Ridge Canada.";
    let names: Vec<String> = found(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "United Kingdom",
            "United Kingdom",
            "Mo Farah",
            "United Kingdom",
            "Vela Ridge",
            "Canada"
        ]
    );
}

#[test]
fn gazetteer_words_inside_organisation_names() {
    let (n, h) = run("The Bank of England and the Free Syrian Army met England fans.");
    assert_eq!(
        n.iter().map(|x| x.0).collect::<Vec<_>>(),
        vec!["Bank of England", "Free Syrian Army"]
    );
    assert_eq!(h, vec!["England"]);
}

#[test]
fn gazetteer_person_takes_the_first_name() {
    let (n, h) = run("Syrian President Bashar al-Assad met Rifaat Assad.");
    assert_eq!(h, vec!["Syrian", "Bashar al-Assad"]);
    assert_eq!(n, vec![("Rifaat Assad", false, Other, true)]);
}

#[test]
fn geographic_names_are_places() {
    let (n, _) = run(
        "Boats crossed the Omo River, the Gulf of Aden and Lake Turkana \
                      near the Golan Heights, not Acme Widgets.",
    );
    let kinds: Vec<(&str, ActorKind)> = n.iter().map(|x| (x.0, x.2)).collect();
    assert_eq!(
        kinds,
        vec![
            ("Omo River", ActorKind::Place),
            ("Gulf of Aden", ActorKind::Place),
            ("Lake Turkana", ActorKind::Place),
            ("Golan Heights", ActorKind::Place),
            ("Acme Widgets", Other)
        ]
    );
}

#[test]
fn middle_initials_and_given_names_hint_persons() {
    let (n, _) = run("It was George W. Bush and Angela Merkel, not Acme Widgets.");
    assert_eq!(
        n,
        vec![
            ("George W. Bush", false, Other, true),
            ("Angela Merkel", false, Other, true),
            ("Acme Widgets", false, Other, false)
        ]
    );
}

#[test]
fn the_rio_before_a_name_is_a_river() {
    use super::super::test_support::assert_builtin_actors;
    use super::super::ActorKind::Place;
    assert_builtin_actors(
        "Waste flowed into the Rio Chumbao.",
        &[("Rio Chumbao", Place)],
    );
}

#[test]
fn an_acronym_spelling_a_run_keeps_a_known_name_inside_it() {
    let report = crate::Model::builtin().unwrap().score_article(
        "The Australian Energy Regulator (AER) fined the utility. The regulator said it was \
         right. The Iranian Foreign Ministry disagreed.",
    );
    let actors: Vec<&str> = report.actors.iter().map(|a| a.actor.as_str()).collect();
    // Without the acronym the demonym stays the country's (`Iranian Foreign Ministry`).
    assert_eq!(actors, ["Australian Energy Regulator", "Iran"]);
    let via = &report.sentences[1].stances[0];
    assert_eq!(
        (via.target.as_str(), via.via.as_deref()),
        ("Australian Energy Regulator", Some("The regulator"))
    );
}

#[test]
fn a_peoples_adjective_alone_is_no_name() {
    assert_eq!(
        found("Indigenous communities and Aboriginal leaders sued Brazil."),
        ["Brazil"]
    );
}

#[test]
fn a_companys_town_after_of_is_no_word_of_its_name() {
    assert_eq!(
        found("Kestrel Systems of Dublin denied it. The National Bank of Greece agreed."),
        ["Kestrel Systems", "Ireland", "National Bank of Greece"]
    );
}
