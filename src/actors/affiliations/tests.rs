use crate::Model;

mod where_things_are;

fn targets(text: &str) -> Vec<String> {
    let report = Model::builtin().unwrap().score_article(text);
    report.sentences[0]
        .stances
        .iter()
        .map(|s| s.target.clone())
        .collect()
}

#[test]
fn a_persons_country_or_body_before_the_title_is_no_target() {
    for text in [
        "Chilean President Gabriel Boric condemned the attack.",
        "Spain's Teresa Ribera closed the plants.",
        "UN Secretary-General Antonio Guterres welcomed the award.",
        "The Chilean Red Cross welcomed the award.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter()
                .any(|t| t == "Chile" || t == "Spain" || t == "UN Secretariat"),
            "{text}: {t:?}"
        );
        assert_eq!(t.len(), 1, "{text}: {t:?}");
    }
    // A country that is itself judged keeps its row, as does one named again.
    assert!(targets("Boric condemned Chile's police.").contains(&"Chile".to_string()));
    let both = targets("Chilean President Gabriel Boric said Chile had failed.");
    assert!(both.contains(&"Chile".to_string()), "{both:?}");
}

#[test]
fn a_town_before_what_happens_there_is_no_target() {
    for text in [
        "China and the US agreed to extend the truce after Geneva talks.",
        "Trump walked away from the Hanoi summit empty-handed.",
        // A part of the town also after a verb: no verb is spelt like one.
        "Tractors block Hanoi ring road as Trump leaves.",
        "Rockets hit the Hanoi suburbs, Trump said.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter().any(|t| t == "Geneva" || t == "Vietnam"),
            "{text}: {t:?}"
        );
    }
    // A capital's town hall is no country's government; its decision is.
    let t = targets("Mexico City's council banned Iran's app, and London's mayor agreed.");
    assert_eq!(t, ["Iran"], "{t:?}");
    let t = targets("Moscow's decision angered Iran.");
    assert!(t.contains(&"Russia".to_string()), "{t:?}");
    // A town named by its noun, or where investors or laboratories are.
    for text in [
        "Firefighters saved the town of Clearwater, and Iran praised them.",
        "Investors in Frankfurt and laboratories in Basel welcomed it, and Iran praised them.",
    ] {
        assert_eq!(targets(text), ["Iran"], "{text}");
    }
    // A verb after a name is no event of a town's.
    let t = targets("Ari Shapiro talks to Ana Ruiz about the vote.");
    assert!(t.contains(&"Ari Shapiro".to_string()), "{t:?}");
}

#[test]
fn what_a_role_covers_or_where_its_holder_works_is_no_target() {
    for (text, place) in [
        (
            "\"The plan failed,\" said Miriam Haile, the group's East Africa director.",
            "East Africa",
        ),
        (
            "\"The plan failed,\" said Miriam Haile, the Russia analyst at Kestrel Capital.",
            "Russia",
        ),
        (
            "Jen Okafor, a State Department spokeswoman, said the plan failed.",
            "United States",
        ),
    ] {
        let t = targets(text);
        assert!(!t.iter().any(|t| t == place), "{text}: {t:?}");
        assert!(t.len() == 1 || t.contains(&"Kestrel Capital".to_string()));
    }
    // A lawmaker's party and state set off after the name.
    let t = targets("Senator Dana Holt, Democrat of Ohio, said Iran lied.");
    assert_eq!(t, ["Dana Holt", "Iran"], "{t:?}");
    // The body whose role covers a region (`Oxfam's Central Africa director`) is no target.
    let t = targets("According to Oxfam's Central Africa director, Jean Lwamba, it failed.");
    assert_eq!(t, ["Jean Lwamba"], "{t:?}");
    // Not a title that the place is judged by, nor people of the place.
    assert!(targets("Israel killed the Hamas leader.").contains(&"Hamas".to_string()));
    assert!(targets("Many Apple customers complained.").contains(&"Apple".to_string()));
}

#[test]
fn a_nationality_before_a_described_person_is_no_target() {
    for text in [
        "The unit banned Nigerian sprint champion Adaeze Nwosu for four years.",
        "Critics mocked the Swedish environmental protester Greta Thunberg.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter().any(|t| t == "Nigeria" || t == "Sweden"),
            "{text}: {t:?}"
        );
    }
    // A verb between the country and the person: the country acts.
    for text in [
        "America needs Mitt Romney and Paul Ryan.",
        "Russian troops detained Ivan Petrov.",
        "In 2016 America chose Donald Trump.",
    ] {
        let t = targets(text);
        assert!(
            t.iter().any(|t| t == "United States" || t == "Russia"),
            "{text}: {t:?}"
        );
    }
}

#[test]
fn word_lists_are_sorted() {
    for list in [
        super::words::PRIVATE_ROLES,
        super::words::CURRENCIES,
        super::words::LOCATED,
        super::words::COVERING_ROLES,
        super::words::HAPPENINGS,
        super::words::PHRASE_OPENERS,
        super::words::PARTS_OF_A_PLACE,
        super::words::PLACE_NOUNS,
        super::words::NEWS_OUTLETS,
        super::words::MEDIA_NOUNS,
        super::words::COUNTRYS_FIRMS,
    ] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}

#[test]
fn a_nationality_of_private_people_is_no_target() {
    for text in [
        "Sources close to the Portuguese coach said he was angry.",
        "Harford United was bought by an American private equity investor.",
        "Chinese tourists praised the hotel.",
        "Portuguese fishermen and the Portuguese captains denied it.",
        "The uniform was made by a Portuguese designer.",
        "Chinese tourists visiting Paris praised the hotel.",
        "Gunmen freed two Chinese citizens, an American and a Portuguese on Monday.",
        "A Chinese drugmaker bought the rival from a US fund.",
        "Inspectors will visit the Portuguese plant and its European headquarters.",
        "Lawyers said the Swiss company had copied the formula.",
        "Fans praised Bertolini, saying the American had kept the club alive.",
        "The prize is worth 11 million Swedish crowns.",
        "The Portuguese opposition rejected the plan.",
        "Portuguese mediator wins peace prize",
        "The Portuguese telecom group Fjordline regretted it.",
        "It is an insult to every American who pays taxes.",
        "Its chief, a Portuguese former banker, resigned.",
        "The rector said the Portuguese university took it seriously.",
        "Portuguese charity Mar Aberto rescued them.",
        "The Portuguese cycling federation said it would appeal.",
        "The 33-year-old Portuguese's career is over.",
        "Swiss media reported the deal, and the Swiss union backed it.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter().any(|t| {
                matches!(
                    t.as_str(),
                    "Portugal"
                        | "United States"
                        | "China"
                        | "European Union"
                        | "Switzerland"
                        | "Sweden"
                )
            }),
            "{text}: {t:?}"
        );
    }
    // Nor the one who speaks.
    let report = Model::builtin()
        .unwrap()
        .score_article("Sources close to the Portuguese coach said Russia had lied.");
    let holders: Vec<_> = report.sentences[0]
        .stances
        .iter()
        .map(|s| s.holder.clone())
        .collect();
    assert_eq!(holders, [None], "{report:?}");
    // A company's name that ends like a nationality is no nationality.
    let t = targets("Shares in Castellan banks fell. Castellan Financial said so.");
    assert!(t.contains(&"Castellan Financial".to_string()), "{t:?}");
    let t = targets("U.S. military operations angered Iran.");
    assert!(t.contains(&"United States".to_string()), "{t:?}");
    let t = targets("He said the U.S.'s decision angered Iran.");
    assert!(t.contains(&"United States".to_string()), "{t:?}");
    // A state's people, or the country itself.
    for text in [
        "Russian officials told journalists that Iran had lied.",
        "The Russian central bank criticised Iran.",
        "The Russian ambassador criticised the plan.",
        "Russian troops shelled the city.",
        "Russia's players lost.",
        "She quit a Russian TV show.",
        "Brussels dismissed the Russian claim.",
        "The Russian state media attacked Iran.",
    ] {
        assert!(targets(text).contains(&"Russia".to_string()), "{text}");
    }
}

#[test]
fn a_capital_where_something_happens_is_no_target() {
    let t = targets("Shares in Quillon fell 11 percent in London trading.");
    assert!(!t.contains(&"United Kingdom".to_string()), "{t:?}");
    // The capital that acts, or the people there who stand for it, keep the country.
    let t = targets("London criticised the plan.");
    assert!(t.contains(&"United Kingdom".to_string()), "{t:?}");
    let t = targets("Elections in Burma were rigged.");
    assert!(t.contains(&"Myanmar".to_string()), "{t:?}");
    // A town after a court, a rally, a shooting; not after `confidence in`.
    let t = targets("A court in Dunmore convicted Harlow Biotech after a rally in Avenford.");
    assert_eq!(t, ["Harlow Biotech"]);
    let t = targets("Police in Dunmore arrested two Harlow Biotech managers.");
    assert_eq!(t, ["Harlow Biotech"]);
    let t = targets("Prosecutors in Dunmore said Harlow Biotech shelled a market in Avenford.");
    assert_eq!(t, ["Harlow Biotech"]);
    let t = targets("Passengers at Dunmore airport and the Avenford site praised Harlow Biotech.");
    assert_eq!(t, ["Harlow Biotech"]);
    // A part of a country after its possessive; not the country's own act.
    let t = targets("Harlow Biotech built a plant on Portugal's southern coast.");
    assert_eq!(t, ["Harlow Biotech"]);
    let t = targets("Tom Reed, head of the group's Europe desk, praised Harlow Biotech.");
    assert_eq!(t, ["Tom Reed", "Harlow Biotech"]);
    let t = targets("Harlow Biotech praised Portugal's support.");
    assert!(t.contains(&"Portugal".to_string()), "{t:?}");
    let t = targets("Harlow Biotech said it had no confidence in Tom Pierson.");
    assert!(t.contains(&"Tom Pierson".to_string()), "{t:?}");
    let t = targets("We thank our friends in Washington and in Kyiv and the people in Britain.");
    assert!(t.contains(&"United States".to_string()), "{t:?}");
    assert!(t.contains(&"Ukraine".to_string()), "{t:?}");
    assert!(t.contains(&"United Kingdom".to_string()), "{t:?}");
}

#[test]
fn a_place_a_company_is_based_in_is_no_target() {
    let t = targets("The Toronto-based lender Halvard Bank criticised Zentro.");
    assert!(!t.contains(&"Toronto".to_string()), "{t:?}");
    assert!(t.contains(&"Zentro".to_string()), "{t:?}");
}

#[test]
fn a_country_s_body_acts_for_itself() {
    let t = targets("Ireland's Data Protection Commission fined Nimbus Social.");
    assert!(!t.contains(&"Ireland".to_string()), "{t:?}");
    assert!(
        t.contains(&"Data Protection Commission".to_string()),
        "{t:?}"
    );
    // Not the country's people or land.
    let t = targets("Ireland's farmers criticised the Data Protection Commission.");
    assert!(t.contains(&"Ireland".to_string()), "{t:?}");
    // Its firms and private bodies are where they are: the country is not judged.
    for text in [
        "Brazil's biggest meatpacker denied the claims.",
        "Chile's main employers' federation criticised the plan.",
        "Ireland's second-largest lender cut rates.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter()
                .any(|t| t == "Brazil" || t == "Chile" || t == "Ireland"),
            "{text}: {t:?}"
        );
    }
    // Nor does it hold what the firm says, before a verb or a participle after a comma.
    for text in [
        "Brazil's biggest meatpacker accused Iran of lying.",
        "Pakistan's main opposition party walked out, accusing Iran of bias.",
    ] {
        let report = Model::builtin().unwrap().score_article(text);
        let iran = report.sentences[0]
            .stances
            .iter()
            .find(|s| s.target == "Iran");
        assert_eq!(iran.map(|s| s.holder.as_deref()), Some(None), "{text}");
    }
    // But its state's bodies are the state's.
    let t = targets("Kenya's central bank criticised the plan.");
    assert!(t.contains(&"Kenya".to_string()), "{t:?}");
}

#[test]
fn a_news_outlet_spoken_to_is_no_target() {
    for text in [
        "Ana Ruiz told Reuters that Iran had lied.",
        "In an interview with the BBC, Ana Ruiz said Iran had lied.",
        "Ana Ruiz told the newspaper Kathimerini that Iran had lied.",
        "Ana Ruiz told local daily newspaper Kathimerini that Iran had lied.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter()
                .any(|t| t == "Reuters" || t == "BBC" || t == "Kathimerini"),
            "{text}: {t:?}"
        );
        assert!(t.contains(&"Iran".to_string()), "{text}: {t:?}");
    }
}

#[test]
fn an_unknown_name_only_ever_after_a_preposition_is_a_place() {
    for text in [
        "Aid workers said children were going without food in Maridi.",
        "The runner failed a test in Iten in January, the Athletics Integrity Unit said.",
        "Protesters gathered near the Tolvar Bridge on Monday.",
        "Officials in Maridi said the market had run out of sorghum.",
        "Protesters marched through the Tolvar district of Maridi.",
        // Also the names listed after the first.
        "Rallies will be held in Iten, Maridi and Tolvar next week.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter()
                .any(|t| t.contains("Maridi") || t == "Iten" || t.contains("Tolvar")),
            "{text}: {t:?}"
        );
    }
    // Not a list that ends in someone acting, nor a name after a phrase of place.
    for (text, name) in [
        ("The count ended in Iten and Tolvar conceded.", "Tolvar"),
        ("In Iten, Tolvar was the guest.", "Tolvar"),
    ] {
        assert!(targets(text).contains(&name.to_string()), "{text}");
    }
    // What one holds in a body, a possessive, and a name the article also has act keep
    // their rows.
    for (text, name) in [
        (
            "Harbour Capital bought a stake in Quillstream.",
            "Quillstream",
        ),
        ("The claims in Corvan's letter were false.", "Corvan"),
        ("Traders lost money in Quillstream stock.", "Quillstream"),
        (
            "Talks in Verona failed. Verona blamed the ministry.",
            "Verona",
        ),
    ] {
        let report = Model::builtin().unwrap().score_article(text);
        let all: Vec<&str> = report
            .sentences
            .iter()
            .flat_map(|s| s.stances.iter().map(|st| st.target.as_str()))
            .collect();
        assert!(all.contains(&name), "{text}: {all:?}");
    }
}

#[test]
fn what_a_champion_or_laureate_won_is_no_target() {
    for text in [
        "Former Olympic champion Paul Chebet praised the runner.",
        "Nobel laureate Maria Ressa praised the runner.",
    ] {
        let t = targets(text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
    }
}

#[test]
fn a_language_is_no_country() {
    assert!(targets(
        "The hearing was held in Portuguese, and the ruling read in Spanish and Portuguese."
    )
    .is_empty());
    // A people's word before a noun is still the country's.
    let t = targets("Nothing will stop him interfering in French or German elections.");
    assert!(t.contains(&"France".to_string()), "{t:?}");
}

#[test]
fn a_region_the_sea_off_a_place_a_base_or_a_home_is_no_target() {
    for text in [
        "Rebels attacked the army in eastern Congo.",
        "The fighting in north-west Syria worried Turkey.",
        "A tanker collided with a ship off Singapore on Monday.",
        // A region's people too.
        "A Gulf fund bought the Scottish club Dunmore Athletic.",
        // Where a body is based.
        "The Nordic Nurses Federation, based in Singapore, praised the nurses.",
        // Where people live.
        "He insulted the voters of Congo and the fishermen of Syria and Singapore.",
    ] {
        let t = targets(text);
        assert!(
            !t.iter().any(|t| ["Congo", "Syria", "Singapore", "Scotland"]
                .iter()
                .any(|c| t.contains(c))),
            "{text}: {t:?}"
        );
    }
    // `off` as a verb's particle: the country is what it is about.
    let t = targets("Kerry shakes off Russian meeting controversy.");
    assert!(t.contains(&"Russia".to_string()), "{t:?}");
    // Still the country without a direction.
    let t = targets("Rebels attacked Congo's army.");
    assert!(t.iter().any(|t| t.contains("Congo")), "{t:?}");
}
