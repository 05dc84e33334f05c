//! Property tests: any news-like string splits into sentences that keep the guarantees.

use super::super::*;
use super::assert_guarantees;
use proptest::prelude::*;

/// Strings from an alphabet rich in the characters that drive splitting decisions.
fn newsy_string() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "B",
        "x",
        " ",
        " ",
        ".",
        "!",
        "?",
        "\"",
        "“",
        "”",
        "’",
        "\n",
        "\r\n",
        "7",
        "…",
        "U.S.",
        "Mr.",
        "Inc.",
        " The ",
        " A ",
        " he said",
        " Smith asked",
        "é",
        "🎉",
        "\t",
        "(",
        ")",
        "'",
        "``",
        "۔",
        "。",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn guarantees_hold_for_any_string(text in ".*") {
        assert_guarantees(&text, &split_sentences(&text));
    }

    #[test]
    fn guarantees_hold_for_small_alphabet(text in "[a-zA-Z0-9 .!?\"“”\n]{0,200}") {
        assert_guarantees(&text, &split_sentences(&text));
    }

    #[test]
    fn guarantees_hold_for_newsy_strings(text in newsy_string()) {
        assert_guarantees(&text, &split_sentences(&text));
    }

    #[test]
    fn guarantees_hold_with_tiny_windows(text in newsy_string(), size in 8usize..64) {
        let window = Window { size, margin: size / 8 };
        assert_guarantees(&text, &split_with(&text, window));
    }
}
