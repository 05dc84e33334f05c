//! A pronoun opening a sentence: the person the sentence before was about.

use super::expect;

#[test]
fn she_opening_a_sentence_is_the_subject_of_the_one_before() {
    // Mokoena's gender is unknown, Pillay's is not: the sentence before is about
    // Mokoena, so `She` is Mokoena (and the speaker: the holder of Iran's row).
    expect(
        "Critics praised Leila Pillay. Minister Thandeka Mokoena rejected that accusation. \
         She said Iran had lied.",
        &[("She", "Thandeka Mokoena", None)],
    );
    // So for holders: she holds the stance toward Iran.
    super::super::super::test_support::expect(
        "Critics praised Leila Pillay. Minister Thandeka Mokoena rejected that accusation. \
         She said Iran had lied.",
        &[
            ("Leila Pillay", None),
            ("Thandeka Mokoena", None),
            ("Iran", Some("Thandeka Mokoena")),
        ],
    );
    // Not past a person of the pronoun's gender named in that sentence.
    expect(
        "Minister Thandeka Mokoena criticised Leila Pillay. She said Iran had lied.",
        &[("She", "Leila Pillay", None)],
    );
}
