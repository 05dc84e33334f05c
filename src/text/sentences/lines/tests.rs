use crate::text::sentences::split_sentences;

fn split(text: &str) -> Vec<&str> {
    split_sentences(text).iter().map(|s| s.text(text)).collect()
}

#[test]
fn a_headline_stands_alone_and_keeps_its_abbreviations() {
    assert_eq!(
        split("Russia Warns of Escalation as Talks Stall\nThe talks resumed. It rained."),
        [
            "Russia Warns of Escalation as Talks Stall",
            "The talks resumed.",
            "It rained."
        ]
    );
    for text in [
        "China Rebukes U.S. Over Taiwan Arms Sale\nThe ministry protested.",
        "China Rebukes U.S. Over Taiwan Arms Sale\n\nThe ministry protested.",
        "China Rebukes U.S. Over Taiwan Arms Sale\r\n\r\nThe ministry protested.",
    ] {
        assert_eq!(
            split(text),
            [
                "China Rebukes U.S. Over Taiwan Arms Sale",
                "The ministry protested."
            ]
        );
    }
    // Without a visible new start the next line may be the headline's own sentence.
    assert_eq!(
        split("Kerry Meets Zarif\nBeijing protested."),
        ["Kerry Meets Zarif\nBeijing protested."]
    );
}

#[test]
fn a_line_that_ends_well_short_of_the_others_was_not_wrapped() {
    let body = "A state court on Thursday overturned the conviction of the former mayor of \
                    Riverton, ruling that the trial judge had wrongly allowed the evidence.";
    let text = format!("Court overturns conviction of former mayor Gregor Lind\n{body}");
    assert_eq!(
        split(&text),
        [
            "Court overturns conviction of former mayor Gregor Lind",
            body
        ]
    );
    // A subheading in a one-paragraph-per-line article.
    let text = format!("{body}\nTalks collapse\nThe union walked out.");
    assert_eq!(
        split(&text),
        [body, "Talks collapse", "The union walked out."]
    );
    // Wrapped by hand: a short line inside the text goes on into a name.
    let text = format!("{body}\nHer lawyer said the report vindicated\nhis client and praised\nEllison for her work.");
    assert_eq!(
        split(&text)[1],
        "Her lawyer said the report vindicated\nhis client and praised\nEllison for her work."
    );
    // Hard-wrapped text: each line was as long as the next word allowed.
    let wrapped = "The talks between the two governments were held on Monday in the\n\
                       Swiss city of Geneva, where the delegations met the mediators from\n\
                       Norway and Qatar for the first time.";
    assert_eq!(split(wrapped), [wrapped]);
    let text = format!("Rail strike ends as minister steps in\n{body}");
    assert_eq!(
        split(&text),
        ["Rail strike ends as minister steps in", body]
    );
    // A short line that ends on a word no sentence ends with goes on.
    let text = format!("Talks between Russia and\nUkraine resumed. {body}");
    assert_eq!(
        split(&text)[0],
        "Talks between Russia and\nUkraine resumed."
    );
}

#[test]
fn scraped_page_furniture_stands_alone() {
    let text = "EU and Zendia clash over migrant deal\n\
                    By Jan Hale and Pieter van den Broek\n\
                    Published 14:32 GMT | Updated 16:05 GMT\n\
                    GENEVA (Wire) - Talks broke down on Tuesday.\n\
                    Photo: Envoys arrive in Geneva. (Wire/Ann Lee)\n\
                    Zendia's minister accused Brussels.\n\
                    Read more: EU leaders split over asylum\n\
                    Read more: Greece builds new fence\n\
                    EU officials rejected the charge.";
    assert_eq!(
        split(text),
        [
            "EU and Zendia clash over migrant deal",
            "By Jan Hale and Pieter van den Broek",
            "Published 14:32 GMT | Updated 16:05 GMT",
            "GENEVA (Wire) - Talks broke down on Tuesday.",
            "Photo: Envoys arrive in Geneva.",
            "(Wire/Ann Lee)",
            "Zendia's minister accused Brussels.",
            "Read more: EU leaders split over asylum",
            "Read more: Greece builds new fence",
            "EU officials rejected the charge.",
        ]
    );
    // A first line in sentence case without a byline after it may be wrapped prose.
    assert_eq!(
        split("EU and Zendia clash over the\nmigrant deal in Geneva."),
        ["EU and Zendia clash over the\nmigrant deal in Geneva."]
    );
}

#[test]
fn prose_that_opens_like_furniture_is_not_furniture() {
    use super::is_page_furniture as furniture;
    for line in [
        "Published 14:32 GMT | Updated 16:05 GMT",
        "Updated: Nov. 3, 2026",
        "Published on 3 March 2026",
        "Read more: Greece builds new fence",
        "Related:\u{a0}Trump threatens China",
        "By Jan Hale and Pieter van den Broek",
        "(Reporting by Ann Lee; Editing by Tom Price)",
        "Advertisement Continue reading the main story",
        "Share this article: Facebook | Twitter",
    ] {
        assert!(furniture(line), "{line}");
    }
    for line in [
        "Published in 1990, the book by Tomas Vidal attacked Iran.",
        "Updated figures show Tomas Vidal criticised Iran.",
        "Advertisements paid for by Tomas Vidal attacked Iran.",
        "Read more: the full text shows Tomas Vidal attacked Iran.",
        "Share this concern, Tomas Vidal told them.",
        "By the time Tomas Vidal arrived, it was over.",
    ] {
        assert!(!furniture(line), "{line}");
    }
    // A long line that merely opens like a credit does not end its sentence.
    assert_eq!(
        split("Updated rules from Brussels were criticised by\nTomas Vidal, who left."),
        ["Updated rules from Brussels were criticised by\nTomas Vidal, who left."]
    );
}

#[test]
fn bylines_and_credits_stand_alone() {
    assert_eq!(
        split(
            "By Jane Doe, Northern Wire\nKYIV (Northern Wire) - Ukraine spoke.\n\
                 Photo: Soldiers near Kharkiv / Baltic Images\nThe ministry said nothing.\n\
                 (Reporting by Jane Doe; Editing by Tom Roe)\n\"Never,\" he said."
        ),
        [
            "By Jane Doe, Northern Wire",
            "KYIV (Northern Wire) - Ukraine spoke.",
            "Photo: Soldiers near Kharkiv / Baltic Images",
            "The ministry said nothing.",
            "(Reporting by Jane Doe; Editing by Tom Roe)",
            "\"Never,\" he said."
        ]
    );
}

#[test]
fn capitalised_list_items_are_sentences() {
    assert_eq!(
        split("The demands include:\n1. Sharing of patents\n2. Funding for clinics"),
        [
            "The demands include:",
            "1. Sharing of patents",
            "2. Funding for clinics"
        ]
    );
    assert_eq!(
        split("The demands include:\n\n1. Russia must withdraw\n2. Iran must stop"),
        [
            "The demands include:",
            "1. Russia must withdraw",
            "2. Iran must stop"
        ]
    );
    assert_eq!(
        split("The deal covers:\n- Sanctions on officials\n\u{2022} A ban on exports\nIt ends."),
        [
            "The deal covers:",
            "- Sanctions on officials",
            "\u{2022} A ban on exports",
            "It ends."
        ]
    );
}

#[test]
fn hard_wrapped_lines_keep_their_sentences() {
    for text in [
        "Putin met Russian\nForeign Minister Sergei Lavrov and\nPresident Xi Jinping.",
        "German Chancellor Angela Merkel and French President Francois\nHollande met \
             Ukrainian President Petro Poroshenko in Berlin on Friday.",
        "The sanctions were announced in Brussels. Secretary of State\nJohn Kerry, Defense \
             Secretary Ashton Carter and CIA Director John\nBrennan criticised Russia.",
        "By contrast, the foreign ministry in Moscow said the measures taken by\nWashington \
             were illegal.",
        "The deal had been welcomed by Belarus\n- Russia's closest ally - and by Kazakhstan.",
        "Prices rose by\n15. Then they fell to\nWashington's Level In March",
    ] {
        let flat = text.replace('\n', " ");
        assert_eq!(
            split(text).len(),
            split(&flat).len(),
            "{text:?} splits unlike {flat:?}"
        );
    }
}
