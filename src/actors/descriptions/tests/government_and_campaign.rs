//! Unit tests of `the government` (a country) and `the administration` or `the campaign`.

use super::expect;

#[test]
fn the_government_is_the_country_named_most() {
    expect(
        "Turkey and Syria signed a deal. Turkey hailed it. Ruth Wanjiru said the \
         government had given away too much.",
        &[("the government", "Turkey", Some("Ruth Wanjiru"))],
    );
    // The state's army and authorities too.
    expect(
        "Turkey and Syria signed a deal. Turkey hailed it. Ruth Wanjiru accused the army \
         of delays.",
        &[("the army", "Turkey", Some("Ruth Wanjiru"))],
    );
    // `the country` too, but not where it is a place.
    expect(
        "Turkey hailed the deal. Ruth Wanjiru said the country had sold out. Protests \
         spread across the country, and thousands fled the country.",
        &[("the country", "Turkey", Some("Ruth Wanjiru"))],
    );
    // The one country named before it in its own sentence comes first (and being
    // named there, needs no row of its own), not the story's most named one.
    expect(
        "Turkey hailed the deal. Turkey won. A spokeswoman for Syria's ministry said \
         the country had left.",
        &[],
    );
    // What it is accused of is no other government.
    expect(
        "Turkey hailed the deal. Ruth Wanjiru accused the government of lying.",
        &[("the government", "Turkey", Some("Ruth Wanjiru"))],
    );
    // A ministry no name has is the government's.
    expect(
        "Turkey recalled its envoy. Turkey acted alone. The foreign ministry said Ruth \
         Wanjiru had lied. Ruth Wanjiru said the ministry was wrong.",
        &[
            ("The foreign ministry", "Turkey", None),
            ("the ministry", "Turkey", Some("Ruth Wanjiru")),
        ],
    );
    expect(
        "Ruth Wanjiru reassured Turkey. She said the foreign ministry agreed.",
        &[],
    );
    // The country whose ministry or government was just named, however often the
    // other is named.
    expect(
        "Turkey hailed the deal. Turkey won. Syria's foreign ministry said it was unfair. \
         The ministry said Ruth Wanjiru had lied.",
        &[("The ministry", "Syria", None)],
    );
    expect(
        "Turkey and Syria signed a deal. Both hailed it. The Syrian government wept. Ruth \
         Wanjiru said the government had given away too much.",
        &[("the government", "Syria", Some("Ruth Wanjiru"))],
    );
    // Nor a private buyer's nationality.
    expect(
        "A Turkish investor bought the club. The Turkish investor paid cash. Ruth \
         Wanjiru said the government would not intervene.",
        &[],
    );
    // A place a company is based in is no country of the story.
    expect(
        "Turkey-based Meridian Ports bought the firm. Ruth Wanjiru said the government \
         would not intervene.",
        &[],
    );
    // Two countries named as often: either's government.
    expect(
        "Turkey and Syria signed a deal. Both hailed it. Ruth Wanjiru said the \
         government had given away too much.",
        &[],
    );
    // `the government in Moscow` is Russia's, not the story's Turkey (and the name
    // after it is the sentence's one mention of Russia).
    expect(
        "Turkey and Syria signed a deal. Turkey hailed it. Ruth Wanjiru said the \
         government in Moscow had given away too much.",
        &[],
    );
    // Not before `of` (the country follows) or as a modifier.
    expect(
        "Turkey hailed the deal. Ruth Wanjiru criticised the government of Syria and \
         blamed the government shutdown.",
        &[],
    );
}

#[test]
fn between_countries_named_as_often_the_government_is_the_datelines() {
    let story = "Turkey recalled its envoy. Flights to Syria and Iran were cut. Ruth Wanjiru \
                 said the government had acted alone.";
    // `ANKARA` is dropped as a mention, but says whose government it is.
    expect(
        &format!("ANKARA, May 3 (Wire) — {story}"),
        &[("the government", "Turkey", Some("Ruth Wanjiru"))],
    );
    // Not `the country`, often the land itself.
    expect(
        "ANKARA, May 3 (Wire) — Turkey recalled its envoy. Flights to Syria and Iran were \
         cut. Ruth Wanjiru praised the country's new stadiums.",
        &[],
    );
    // Without a dateline, or from a town of no country named more, no one's.
    expect(story, &[]);
    expect(
        &format!("TEHRAN, May 3 (Wire) — Turkey and Syria acted. {story}"),
        &[],
    );
}

#[test]
fn the_administration_and_the_campaign_are_whose_they_were_named() {
    expect(
        "Senator Dana Whitcombe criticised the Harlan administration. She said the \
         administration had ignored farmers.",
        &[("the administration", "Harlan", Some("Dana Whitcombe"))],
    );
    expect(
        "Tom Verbeke joined Ruth Okafor's campaign in May. Greta Olsen said the campaign \
         had lied about her.",
        &[("the campaign", "Ruth Okafor", Some("Greta Olsen"))],
    );
    // A time, a thing of its own, a war, an object's `of`, or nobody's named.
    expect(
        "The Harlan administration approved the drug. Greta Olsen said the \
         administration of the drug was reckless.",
        &[],
    );
    expect(
        "Tom Verbeke joined Ruth Okafor\u{2019}s campaign. Greta Olsen said the campaign \
         had lied.",
        &[("the campaign", "Ruth Okafor", Some("Greta Olsen"))],
    );
    expect(
        "Ruth Okafor's campaign opened an office. During the campaign she praised the \
         campaign trail and the campaign against graft. Russia's campaign in Syria went \
         on. Greta Olsen said the campaign was brutal.",
        &[],
    );
    expect(
        "Greta Olsen said the administration had lied about her.",
        &[],
    );
}
