//! Where private people, firms, goods and bodies are, or go: the place is no target
//! (`customers in Norway`, `exported to Ireland`, `a Madrid commercial court`, `The
//! president of Kenya, X,`), while the state's own people still tell of it.

use super::super::super::test_support::targets_by_sentence;
use super::targets;

/// No row for `place` in `text`'s first sentence, and a row for each of `kept`.
fn rows(text: &str, place: &str, kept: &[&str]) {
    let t = targets(text);
    assert!(!t.iter().any(|t| t == place), "{text}: {t:?}");
    for k in kept {
        assert!(t.iter().any(|t| t == k), "{text}: {t:?}");
    }
}

/// A row for `actor` in `text`'s first sentence.
fn row(text: &str, actor: &str) {
    let t = targets(text);
    assert!(t.iter().any(|t| t == actor), "{text}: {t:?}");
}

#[test]
fn where_private_people_or_firms_are_is_no_target() {
    rows(
        "Hackers stole the data of customers in Norway, Sweden and Denmark.",
        "Norway",
        &[],
    );
    rows(
        "Hackers stole the data of customers in Norway, Sweden and Denmark.",
        "Denmark",
        &[],
    );
    rows(
        "The group attacked hospitals in Germany and a port operator in Syria.",
        "Germany",
        &[],
    );
    rows(
        "The group attacked hospitals in Germany and a port operator in Syria.",
        "Syria",
        &[],
    );
    rows("The drugmaker blamed a contractor in India.", "India", &[]);
    // The state's people, and those in its hands, still tell of it.
    row("Officials in Syria denied the report.", "Syria");
    row("Migrant workers in Qatar continued to face abuse.", "Qatar");
}

#[test]
fn a_peoples_land_sea_or_sky_is_no_target() {
    rows(
        "Rwanda must withdraw its troops from Congolese territory.",
        "Democratic Republic of the Congo",
        &["Rwanda"],
    );
    rows("Jets entered Syrian airspace on Monday.", "Syria", &[]);
    // Its state still acts and is judged.
    row("Russian territorial claims angered Ukraine.", "Russia");
    // (`Congolese` is the Democratic Republic's, as `Congo` alone is.)
    row(
        "The Congolese government asked Rwanda to leave.",
        "Democratic Republic of the Congo",
    );
}

#[test]
fn producers_airlines_and_a_capitals_court_are_where_they_are_from() {
    rows(
        "SkyAtlantica, the Spanish low-cost airline, went bankrupt.",
        "Spain",
        &[],
    );
    rows(
        "He wants to protect European rapeseed producers.",
        "European Union",
        &[],
    );
    rows(
        "Indonesian smallholders cannot afford the mapping.",
        "Indonesia",
        &[],
    );
    rows(
        "An administrator appointed by a Madrid commercial court met creditors.",
        "Spain",
        &[],
    );
    // A state's own people still tell of it.
    row("Spanish troops and European producers arrived.", "Spain");
}

#[test]
fn where_goods_or_people_go_is_no_target() {
    rows(
        "The batches had been exported to Ireland and the Netherlands.",
        "Ireland",
        &[],
    );
    rows("She emigrated with a friend to Canada.", "Canada", &[]);
    rows(
        "Barack Obama returned to Canada on Tuesday.",
        "Canada",
        &["Barack Obama"],
    );
    // Whom something is sent or handed to acts on it.
    row("Ukraine sent a stern letter to Canada.", "Canada");
}

#[test]
fn the_place_of_an_office_before_its_holder_is_no_target() {
    rows(
        "The president of Kenya, Samuel Ruto, praised Uganda.",
        "Kenya",
        &["Samuel Ruto", "Uganda"],
    );
    rows(
        "The regional president of the Canary Islands, Fernando Ojeda, said it was a blow.",
        "Canary Islands",
        &["Fernando Ojeda"],
    );
    // A body keeps its row: its head speaks for it.
    row(
        "The head of MONUSCO, Ahmed Salem, welcomed the renewal.",
        "MONUSCO",
    );
}

#[test]
fn a_bodys_peer_abroad_is_no_target() {
    rows(
        "The Swedish Data Agency said it was in contact with its Norwegian counterpart.",
        "Norway",
        &[],
    );
    // A minister's counterpart is the state's.
    row(
        "Sergei Lavrov criticised his Ukrainian counterpart.",
        "Ukraine",
    );
}

#[test]
fn provinces_named_after_their_noun_and_what_is_built_there_are_no_targets() {
    rows(
        "She urged the mission to focus on the provinces of Kivu and Ituri.",
        "Ituri",
        &[],
    );
    rows(
        "The court halted the Rio Verde hydroelectric dam.",
        "Rio Verde",
        &[],
    );
}

#[test]
fn a_country_before_its_body_named_on_the_spot_is_no_target() {
    rows(
        "The Spanish aviation safety agency, AESA, grounded the airline.",
        "Spain",
        &["AESA"],
    );
    rows(
        "Spain's competition authority, CNMC, blocked the deal.",
        "Spain",
        &["CNMC"],
    );
}

#[test]
fn a_companys_town_is_no_target() {
    rows(
        "Kestrel Systems of Dublin denied the claim.",
        "Ireland",
        &["Kestrel Systems"],
    );
}

#[test]
fn where_goods_and_people_come_from_or_go_is_no_target() {
    for (text, place) in [
        ("Most of them fled from Sudan, Iran said.", "Sudan"),
        (
            "Iran said it had diverted its vessels to Rotterdam.",
            "Rotterdam",
        ),
        (
            "Traders said exports from Antwerp had stopped, and Iran agreed.",
            "Antwerp",
        ),
        (
            "Investors from London attended, and Iran spoke.",
            "United Kingdom",
        ),
        (
            "Cocoa exporters said shipments to Europe were safe, Iran said.",
            "Europe",
        ),
    ] {
        rows(text, place, &["Iran"]);
    }
    // A country's trade is its own; a name of unknown kind that is someone's is no town.
    row(
        "Brazil imposed tariffs on steel imports from Argentina.",
        "Argentina",
    );
    row("Our thoughts go out to Leo Brandt's family.", "Leo Brandt");
}

#[test]
fn world_regions_and_a_countrys_towns_and_coast_are_no_targets() {
    // (Named elsewhere in the article first: a name only ever after a preposition is a
    // place already.)
    for text in [
        "Europe must act. Iran warned that ports across Europe were at risk.",
        "Africa must act. Iran said football in Africa was badly run.",
    ] {
        assert_eq!(targets_by_sentence(text)[1], ["Iran"], "{text}");
    }
    for (text, place) in [
        ("Iran's crew sailed off the Libyan coast.", "Libya"),
        (
            "Iran met fishermen from the Senegalese town of Kayar.",
            "Senegal",
        ),
        (
            "Iran told a news conference in Brussels it would not yield.",
            "European Union",
        ),
        (
            "Andesca, listed in Toronto and London, said Iran lied.",
            "United Kingdom",
        ),
    ] {
        rows(text, place, &["Iran"]);
    }
    // One that acts, or sits beside a country, is an actor.
    row("Iran said Europe must respond.", "Europe");
    row("We do not choose between Europe and China.", "Europe");
    row(
        "The move was aimed at Brussels, Iran said.",
        "European Union",
    );
}

#[test]
fn a_nationality_before_a_private_firm_or_person_is_no_target() {
    for (text, place) in [
        ("Iran bought the Swedish cloud provider Norhaven.", "Sweden"),
        (
            "Clara Moreau, founder of French start-up Nuvola, praised Iran.",
            "France",
        ),
        ("A Sudanese survivor said Iran had lied.", "Sudan"),
    ] {
        rows(text, place, &["Iran"]);
    }
}

#[test]
fn a_ship_is_no_target_wherever_it_is_named() {
    let rows = targets_by_sentence(
        "The charity SeaBridge said its ship Aurora rescued 87 people. Italy assigned the \
         Aurora the port of Ancona.",
    );
    assert_eq!(rows, [vec!["SeaBridge"], vec!["Italy"]]);
}

#[test]
fn seas_and_regions_other_than_continents_never_act() {
    for (text, place) in [
        (
            "Iran said the Mediterranean had become a cemetery.",
            "Mediterranean",
        ),
        (
            "Iran sent envoys to the Sahel, and the Sahel leaders met.",
            "Sahel",
        ),
    ] {
        rows(text, place, &["Iran"]);
    }
    // A continent may act.
    row("Iran said Europe had failed.", "Europe");
}

#[test]
fn where_traffickers_firms_and_some_of_a_group_are_from_is_no_target() {
    rows(
        "Iran blamed human traffickers in Syria and a consultancy in Turkey.",
        "Syria",
        &["Iran"],
    );
    rows(
        "Iran blamed human traffickers in Syria and a consultancy in Turkey.",
        "Turkey",
        &["Iran"],
    );
    rows(
        "Iran rescued 75 people, most of them from Syria and Turkey.",
        "Turkey",
        &["Iran"],
    );
    // Fighting around a town: where it is.
    let t = targets_by_sentence("Iran said the army was fighting around Galvoria.");
    assert_eq!(t, [vec!["Iran".to_string()]]);
}

#[test]
fn a_countrys_markets_sport_regions_and_elections_are_not_the_state() {
    for (text, place) in [
        ("Iran said Argentine bonds rose.", "Argentina"),
        ("Iran said Spanish football was in turmoil.", "Spain"),
        (
            "Iran said arrivals were spread across Italian regions.",
            "Italy",
        ),
        (
            "Iran said Colombia's presidential campaign was bitter.",
            "Colombia",
        ),
        ("Iran said Germany's carmakers were afraid.", "Germany"),
        (
            "Iran accused European governments of delay.",
            "European Union",
        ),
    ] {
        rows(text, place, &["Iran"]);
    }
    // A country's office speaks for it; its government stays the story's country.
    row(
        "The Ukrainian presidential administration said Iran had lied.",
        "Ukraine",
    );
    let t = targets_by_sentence(
        "Colombia's presidential campaign turned bitter. Jorge Pires said the pollster \
         worked for the government.",
    );
    assert!(t[1].iter().any(|x| x == "Colombia"), "{t:?}");
}
