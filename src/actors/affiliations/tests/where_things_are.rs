//! Where private people, firms, goods and bodies are, or go: the place is no target
//! (`customers in Norway`, `exported to Ireland`, `a Madrid commercial court`, `The
//! president of Kenya, X,`), while the state's own people still tell of it.

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
