//! Short names of companies and bodies: the words before their ending or legal form, and
//! acronyms in brackets.

use super::*;

#[test]
fn a_first_word_joins_a_company_by_its_ending_or_its_context() {
    let text = "Castellan Financial and his payments company, Zentra Pay, failed. Shares in \
                Castellan and Zentra fell.";
    let a = actors(text);
    assert_eq!(
        a,
        vec![
            (
                "Castellan Financial".into(),
                ActorKind::Organisation,
                v(&["Castellan Financial", "Castellan"])
            ),
            (
                "Zentra Pay".into(),
                ActorKind::Organisation,
                v(&["Zentra Pay", "Zentra"])
            ),
        ]
    );
}

#[test]
fn a_first_word_joins_a_club_or_a_net_and_club_ends_a_name() {
    let text = "Skagen Mutual P&I Club refused to pay. Skagen said it would wait.";
    let a = actors(text);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, ActorKind::Organisation);
    assert_eq!(a[0].2, v(&["Skagen Mutual P&I Club", "Skagen"]));
    // So does an internet provider's `Net`.
    let a = actors("Pulsar Net welcomed the ruling. Shares fell, while Pulsar gained.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, v(&["Pulsar Net", "Pulsar"]));
    // `Club` ends the name: not `Club` and `Growth` apart.
    let a = actors("The Club for Growth criticised Kasich.");
    assert_eq!(a[0].0, "Club for Growth");
}

#[test]
fn the_opening_words_of_a_companys_name_join_it_whichever_comes_first() {
    let a = actors(
        "Regulator fines Kivu Copper over spill\n\nThe ministry fined Kivu Copper Resources. \
         Kivu Copper said it would appeal, and the Toronto-listed Harland Mining Group agreed.",
    );
    assert_eq!(a[0].0, "Kivu Copper Resources");
    assert_eq!(a[0].2, v(&["Kivu Copper", "Kivu Copper Resources"]));
    let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
    assert!(names.contains(&"Harland Mining Group"), "{names:?}");
}

#[test]
fn inc_ltd_and_corp_without_a_full_stop_end_a_companys_name() {
    let a = actors("Nimbra hit by lawsuits\n\nCloud company Nimbra Inc was sued. Nimbra said so.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Nimbra Inc");
    assert_eq!(a[0].1, ActorKind::Organisation);
}

#[test]
fn a_companys_name_without_its_legal_form_is_the_company() {
    let text = "Villagers sued Andes Minerales SA on Monday. Andes Minerales said the claims \
                were false. Fans of Al Nour SC protested, and Al Nour said it would appeal.";
    assert_eq!(
        actors(text),
        vec![
            (
                "Andes Minerales SA".into(),
                ActorKind::Organisation,
                v(&["Andes Minerales SA", "Andes Minerales"])
            ),
            (
                "Al Nour SC".into(),
                ActorKind::Organisation,
                v(&["Al Nour SC", "Al Nour"])
            ),
        ]
    );
    // A legal form may open the name: the next word is the short name.
    let text = "Jakarta signed a deal with PT BioNusa Farma. Critics said BioNusa was too small.";
    assert!(actors(text).iter().any(|(n, _, aliases)| {
        n == "PT BioNusa Farma" && aliases.contains(&"BioNusa".to_string())
    }));
}

#[test]
fn a_trade_ending_makes_the_word_before_it_the_companys_short_name() {
    let a = actors(
        "Nordlyn Sports denied it. Nordlyn said audits were fine. Harbour Apparel and Vestra \
         Mobile agreed. Harbour said so. Vestra said so.",
    );
    let names: Vec<(&str, &[String])> = a.iter().map(|x| (x.0.as_str(), &x.2[..])).collect();
    assert_eq!(
        names,
        [
            ("Nordlyn Sports", &v(&["Nordlyn Sports", "Nordlyn"])[..]),
            ("Harbour Apparel", &v(&["Harbour Apparel", "Harbour"])[..]),
            ("Vestra Mobile", &v(&["Vestra Mobile", "Vestra"])[..]),
        ]
    );
}

#[test]
fn a_clubs_name_without_its_abbreviation_is_the_club() {
    let a = actors("Fans of SC Maasstad protested. Maasstad lost again.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, v(&["SC Maasstad", "Maasstad"]));
}

#[test]
fn an_acronym_in_its_own_language_after_a_bodys_name_joins_it() {
    for (text, body, acronym) in [
        (
            "The Office of Competition and Consumer Protection (UOKiK) blocked it. UOKiK said no.",
            "Office of Competition and Consumer Protection",
            "UOKiK",
        ),
        (
            "The Federal Institute for Drugs and Medical Devices (BfArM) objected. BfArM said no.",
            "Federal Institute for Drugs and Medical Devices",
            "BfArM",
        ),
    ] {
        let a = actors(text);
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].2, v(&[body, acronym]));
    }
    // Not after a person's name.
    let a = actors("Jan Kowal (JKO) spoke. JKO said no.");
    assert!(a.iter().all(|x| x.2.len() == 1), "{a:?}");
}

#[test]
fn another_name_a_body_is_known_by_joins_it() {
    for text in [
        "The European Automobile Manufacturers' Association, known as ACEA, said so. ACEA \
         later called for talks.",
        "The Vantor Mining Company (also known as Vantor) said so. Vantor later called for \
         talks.",
    ] {
        let a = find(text);
        assert_eq!(a.actors.len(), 1, "{text}: {:?}", a.actors);
        assert_eq!(a.mentions.len(), 3, "{text}");
    }
    // Not a person's nickname.
    let a = find("Senator Dana Holt, known as Dee, said so.");
    assert_eq!(a.actors.len(), 2, "{:?}", a.actors);
}

#[test]
fn a_body_named_without_its_last_word_is_the_same_body() {
    let a = find(
        "The court froze the accounts of Haki Watch Ukraine. Haki Watch said it would appeal.",
    );
    // (Ukraine is the branch's country: no actor of its own.)
    assert_eq!(a.actors.len(), 1, "{:?}", a.actors);
    assert_eq!(a.actors[0].name, "Haki Watch Ukraine");
    assert_eq!(a.mentions.len(), 2, "{:?}", a.mentions);
}
