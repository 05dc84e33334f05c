use super::*;

fn toks(text: &str) -> Vec<(String, &str, TokenKind)> {
    let (mut t, mut b) = (Vec::new(), String::new());
    tokenize(text, &mut t, &mut b);
    t.iter()
        .map(|k| {
            (
                b[k.norm.0 as usize..k.norm.1 as usize].to_string(),
                &text[k.start..k.end],
                k.kind,
            )
        })
        .collect()
}

fn norms(text: &str) -> Vec<String> {
    toks(text).into_iter().map(|t| t.0).collect()
}

#[test]
fn words_are_lowercased_with_offsets() {
    let t = toks("Obama praised Russia.");
    assert_eq!(t[0], ("obama".into(), "Obama", TokenKind::Word));
    assert_eq!(t[2], ("russia".into(), "Russia", TokenKind::Word));
    assert_eq!(t[3], (".".into(), ".", TokenKind::Punct));
}

#[test]
fn dotted_acronyms_stay_whole() {
    assert_eq!(
        norms("The U.S. and the U.N. met"),
        ["the", "u.s.", "and", "the", "u.n.", "met"]
    );
    let t = toks("in the U.S.");
    assert_eq!(t[2], ("u.s.".into(), "U.S.", TokenKind::Acronym));
}

#[test]
fn clitics_split_off() {
    assert_eq!(
        norms("They don't trust Russia's plan"),
        ["they", "do", "n't", "trust", "russia", "'s", "plan"]
    );
    assert_eq!(
        norms("Russia\u{2019}s leader can\u{2019}t"),
        ["russia", "'s", "leader", "ca", "n't"]
    );
    assert_eq!(norms("O'Brien spoke"), ["o'brien", "spoke"]);
}

#[test]
fn numbers_are_one_token() {
    assert_eq!(
        norms("grew 2.5 percent to 10,000"),
        ["grew", "#", "percent", "to", "#"]
    );
}

#[test]
fn stance_punctuation_is_kept() {
    assert_eq!(
        norms("“Shame!” he said? — yes"),
        ["\"", "shame", "!", "\"", "he", "said", "?", "-", "yes"]
    );
}

proptest::proptest! {
    /// The plain-word shortcut gives what the general word rules give.
    #[test]
    fn plain_words_take_the_general_rules(word in "[a-zA-Z0-9]{1,12}") {
        let text = format!("x {word} y");
        let (mut fast, mut fast_buf) = (Vec::new(), String::new());
        let (mut slow, mut slow_buf) = (Vec::new(), String::new());
        emit_plain_word(&text, 2, 2 + word.len(), &mut fast, &mut fast_buf);
        emit_word(&text, 2, 2 + word.len(), &mut slow, &mut slow_buf);
        proptest::prop_assert_eq!((fast, fast_buf), (slow, slow_buf));
        proptest::prop_assert_eq!(scan_word(&text, 2), (2 + word.len(), true));
    }
}

#[test]
fn offsets_index_the_original_text() {
    let text = "Ünïcödé names: Zelenskyy’s “plan” 😀 works.";
    let (mut t, mut b) = (Vec::new(), String::new());
    tokenize(text, &mut t, &mut b);
    for k in &t {
        assert!(text.is_char_boundary(k.start) && text.is_char_boundary(k.end));
        assert!(k.start < k.end);
    }
    assert!(t.windows(2).all(|w| w[0].end <= w[1].start));
}
