//! Unit tests of descriptions: which organisation each noun refers to, and who holds stances.

use super::super::find_holders_and_references;
use super::super::test_support::{find, split};
use super::super::ArticleTokens;

mod appositions;
mod cataphora;
mod clubs;
mod government_and_campaign;
mod names_that_say_what;
mod public_bodies;
mod trades;

/// `(description, actor, holder)` per description target (`the …`, `this …`, `a …`).
fn described(text: &str) -> Vec<(String, String, Option<String>)> {
    let sentences = split(text);
    let actors = find(text);
    let article = ArticleTokens::new(text, &sentences);
    let found = find_holders_and_references(text, &article, &actors, true);
    found
        .references
        .iter()
        .filter(|p| text[p.mention.start..].starts_with(['t', 'T', 'a', 'A']))
        .map(|p| {
            let m = p.mention;
            (
                text[m.start..m.end].to_owned(),
                actors.actors[m.actor].name.clone(),
                p.holders.main.map(|h| actors.actors[h].name.clone()),
            )
        })
        .collect()
}

fn expect(text: &str, want: &[(&str, &str, Option<&str>)]) {
    let want: Vec<(String, String, Option<String>)> = want
        .iter()
        .map(|(d, a, h)| (d.to_string(), a.to_string(), h.map(str::to_owned)))
        .collect();
    assert_eq!(described(text), want, "{text}");
}

#[test]
fn a_company_is_the_company_named_before() {
    expect(
        "Harlow Biotech agreed to buy Vantis Diagnostics. Daniel Reyes criticised the \
         company for overpaying.",
        &[("the company", "Harlow Biotech", Some("Daniel Reyes"))],
    );
}

#[test]
fn words_of_what_it_does_may_stand_before_the_noun() {
    expect(
        "Harlow Biotech agreed to buy Vantis Diagnostics. Daniel Reyes criticised the \
         drug company for overpaying. The human rights group Fair Trials Watch called the \
         deal opaque.",
        &[("the drug company", "Harlow Biotech", Some("Daniel Reyes"))],
    );
    // Not a body other than the one named (`the parent company`, `the merged company`).
    expect(
        "Harlow Biotech agreed to buy Vantis Diagnostics. Daniel Reyes criticised the \
         parent company and said the merged company would be too big.",
        &[],
    );
    // Where it is based, before them.
    expect(
        "Harlow Biotech agreed to buy Vantis Diagnostics. Daniel Reyes criticised the \
         Moscow-based drug company.",
        &[(
            "the Moscow-based drug company",
            "Harlow Biotech",
            Some("Daniel Reyes"),
        )],
    );
}

#[test]
fn a_company_described_before_fits_like_a_name_ending_as_one() {
    // Andean Skyways, already `the airline`, is still `the company` after a shareholder
    // whose name ends like a company's is named once.
    expect(
        "Regulators grounded Andean Skyways jets. The airline appealed. Its largest \
         shareholder, Cordillera Capital, was concerned. Tomas Ibarra has led the company \
         since 2019.",
        &[
            ("The airline", "Andean Skyways", None),
            ("the company", "Andean Skyways", None),
        ],
    );
}

#[test]
fn a_place_or_an_event_is_no_company() {
    for text in [
        "Carlos Mena finished second at the Olympics. The company praised him.",
        "East Africa faces a drought. The company praised the aid.",
    ] {
        expect(text, &[]);
    }
    let words = super::fit::PLACE_OR_EVENT_WORDS;
    assert!(words.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_noun_last_used_for_an_unnamed_body_is_that_body() {
    // `the commission` is the electoral commission, not the African Union Commission.
    let text = "The African Union praised the vote. Ana Ruiz accused the electoral \
                commission of fraud. The commission denied it.";
    let found = crate::actors::ActorFinder::builtin().find(text, &split(text));
    let article = ArticleTokens::new(text, &split(text));
    let refs = find_holders_and_references(text, &article, &found, true).references;
    assert!(refs
        .iter()
        .all(|r| !text[r.mention.start..].starts_with("The commission")));
    // Not a description of a known body, one set off after a name, nor one said of it.
    expect(
        "Harlow Biotech, the biggest drug company, fell. The company said so.",
        &[("The company", "Harlow Biotech", None)],
    );
    expect(
        "Harlow Biotech is the largest listed company. The company said so.",
        &[("The company", "Harlow Biotech", None)],
    );
}

#[test]
fn a_name_ending_like_a_company_is_the_company_before_a_mines_name() {
    expect(
        "Workers at the Cerro Alto copper mine walked out after talks with Andina Copper \
         collapsed. Ana Ruiz said the company had refused to raise its offer.",
        &[("the company", "Andina Copper", Some("Ana Ruiz"))],
    );
    // `AG`, `plc`, `GmbH` end companies' names too.
    expect(
        "Vellmark Automotive AG cut jobs. Vellmark Automotive AG sold a plant. Tom Ruiz \
         of Hanseatic Capital criticised it. Ana Ruiz said the company had lied.",
        &[("the company", "Vellmark Automotive AG", Some("Ana Ruiz"))],
    );
}

#[test]
fn this_company_in_a_speakers_words_is_the_company() {
    expect(
        "Harlow Biotech recalled its monitors. \"I trusted this company,\" Ana Ruiz said.",
        &[("this company", "Harlow Biotech", Some("Ana Ruiz"))],
    );
    // `this group` is mostly a group of people.
    expect(
        "The Ostrow Group ran the poll. Older voters are part of this group.",
        &[],
    );
}

#[test]
fn the_role_of_a_described_organisation_is_where_the_person_belongs() {
    // `the union's president, Rui Tavares`: no stance toward the union here.
    expect(
        "The Dock Workers Union called a strike. The union's president, Rui Tavares, \
         said the ministry had failed.",
        &[],
    );
    // Nor set off after the person.
    expect(
        "The Dock Workers Union called a strike. \"We were lied to,\" said Rui Tavares, \
         the union's head of legal affairs.",
        &[],
    );
}

#[test]
fn a_noun_of_the_name_picks_that_organisation() {
    expect(
        "The International Cycling Federation banned Nimbus Social. Tom Verbeke accused \
         the federation of lying.",
        &[(
            "the federation",
            "International Cycling Federation",
            Some("Tom Verbeke"),
        )],
    );
    // A company's name may hold a place's word (`Sea`).
    expect(
        "Dockers rejected an offer from Black Sea Cargo Lines. Ana Ruiz said the company lied.",
        &[("the company", "Black Sea Cargo Lines", Some("Ana Ruiz"))],
    );
    // The word before a legal form is a head too.
    expect(
        "Prosecutors charged Merkur Bank AG. Ana Ruiz said the bank had lied.",
        &[("the bank", "Merkur Bank AG", Some("Ana Ruiz"))],
    );
}

#[test]
fn a_bodys_country_before_its_noun_when_the_article_ties_them() {
    expect(
        "Turkey's Data Protection Commission fined Nimbus Social. Nimbus Social said the \
         Turkish regulator had ignored its progress.",
        &[(
            "the Turkish regulator",
            "Data Protection Commission",
            Some("Nimbus Social"),
        )],
    );
    // The country's name may end the text.
    expect(
        "The Data Protection Commission fined Nimbus Social. Nimbus Social said the \
         Turkish regulator had lied to Turkey",
        &[],
    );
}

#[test]
fn no_description_without_a_fitting_organisation_or_before_a_name() {
    expect(
        "Angela Merkel met NATO leaders. She said the company had failed.",
        &[],
    );
    expect(
        "Harlow Biotech grew. Its rival bought the company Vantis Diagnostics.",
        &[],
    );
    expect(
        "Harlow Biotech grew. Reyes praised the company chairman.",
        &[],
    );
}

#[test]
fn the_company_is_the_storys_company_not_a_place_or_an_analysts_employer() {
    expect(
        "Quillstream Labs was fined. Quillstream Labs will appeal, its lawyers in Galway \
         said. \"It is a setback,\" said Ana Ruiz, an analyst at Morrow Securities. Ana \
         Ruiz criticised the company.",
        &[("the company", "Quillstream Labs", Some("Ana Ruiz"))],
    );
}

#[test]
fn a_head_word_or_a_gazetteer_form_names_the_organisation() {
    expect(
        "The British Airline Pilots Association met Skyline Air. Tom Hale praised the \
         airline.",
        &[("the airline", "Skyline Air", Some("Tom Hale"))],
    );
    expect(
        "Rita Amado met UNHCR and the European Commission. Tom Hale praised the agency.",
        &[("the agency", "UNHCR", Some("Tom Hale"))],
    );
    expect(
        "Andes Watch sued Ridgeback Minerals. The group of protesters cheered.",
        &[],
    );
}

#[test]
fn a_noun_of_several_names_is_the_one_named_most() {
    expect(
        "Halvard Bank was fined. Halvard Bank will appeal. The European Central Bank \
         declined to comment. Ana Ruiz criticised the bank.",
        &[("the bank", "Halvard Bank", Some("Ana Ruiz"))],
    );
}

#[test]
fn a_description_as_subject_holds_the_stance() {
    let text = "The Data Protection Commission fined Nimbus Social. The regulator said \
                Nimbus Social had repeatedly broken the law.";
    let sentences = split(text);
    let actors = find(text);
    let article = ArticleTokens::new(text, &sentences);
    let found = find_holders_and_references(text, &article, &actors, true);
    let second = text.rfind("Nimbus Social").unwrap();
    let i = actors
        .mentions
        .iter()
        .position(|m| m.start == second)
        .unwrap();
    let holder = found.names[i].main.map(|h| actors.actors[h].name.as_str());
    assert_eq!(holder, Some("Data Protection Commission"));
}

/// The names of unknown kind that [`find_holders_and_references`] found to be
/// organisations.
pub(super) fn organisations(text: &str) -> Vec<String> {
    let sentences = split(text);
    let actors = find(text);
    let article = ArticleTokens::new(text, &sentences);
    let found = find_holders_and_references(text, &article, &actors, true);
    let names = found.organisations.iter();
    names.map(|&a| actors.actors[a].name.clone()).collect()
}

#[test]
fn a_company_saying_the_company_means_itself() {
    // But not a name after a preposition: the analysts speak, not their employer.
    expect(
        "Quillon Systems reported a loss. Quillon Systems blamed demand. Analysts at \
         Kestrel Capital said the company had misjudged the market.",
        &[("the company", "Quillon Systems", Some("Kestrel Capital"))],
    );
    // `X, the company said` is no apposition.
    expect(
        "Quillon Systems reported a loss. The deal went to Brannock Marine, the company \
         said. Analysts said the company had misjudged demand.",
        &[
            ("the company", "Quillon Systems", None),
            ("the company", "Quillon Systems", None),
        ],
    );
    // Not the company named more (which would get a row: Kastell has one already).
    expect(
        "Veltro Semiconductor bid for Kastell Systems. Veltro Semiconductor raised \
         its offer. Veltro Semiconductor is bigger. Kastell Systems said the firm would \
         cooperate.",
        &[],
    );
}

#[test]
fn a_chain_of_events_is_no_company() {
    expect(
        "Hackers hit Quillon Systems. Investigators are piecing together the chain of \
         events.",
        &[],
    );
}

#[test]
fn a_hospital_a_unit_and_a_tribunal_are_named_ones() {
    let text = "Nurses at Harlow General Hospital protested. The Athletics Integrity Unit \
                banned Ada Nwosu. Her lawyer criticised the unit. Ward staff said the \
                hospital ignored them.";
    expect(
        text,
        &[
            ("the unit", "Athletics Integrity Unit", None),
            ("the hospital", "Harlow General Hospital", None),
        ],
    );
}

#[test]
fn a_spokeswoman_of_a_described_body_speaks_for_it() {
    expect(
        "Harlow Biotech was fined. A company spokeswoman said Ruth Wanjiru had lied.",
        &[("A company", "Harlow Biotech", None)],
    );
    // Not `a company` alone.
    expect(
        "Harlow Biotech was fined. Ruth Wanjiru said a company had lied.",
        &[],
    );
}

#[test]
fn a_body_named_in_the_same_sentence_comes_first() {
    // `the party` is the Sovereign Front named just before (a party by what is said
    // of it), not the story's most named Labour Party; it needs no row of its own.
    expect(
        "The Labour Party won. The Labour Party celebrated. Later the nationalist \
         Sovereign Front expels two members, the party says.",
        &[],
    );
    expect(
        "The Labour Party won. The Labour Party celebrated. Ruth Wanjiru said the \
         party had lied.",
        &[("the party", "Labour Party", Some("Ruth Wanjiru"))],
    );
}

#[test]
fn a_name_described_twice_is_an_organisations() {
    let text = "Hackers hit Quillon on Monday. The company said data was stolen. Nadia \
                Fenn said the firm had ignored her.";
    assert_eq!(organisations(text), ["Quillon"]);
    // Once is not enough: `the company` after a surname may be wrong.
    let once = "Hackers hit Quillon on Monday. The company said data was stolen.";
    assert!(organisations(once).is_empty());
    // A campaign may be a person's.
    let campaign = "The Harlan campaign opened an office. The campaign said it had \
                    raised money. Nadia Fenn said the campaign had ignored her.";
    assert!(organisations(campaign).is_empty());
}
