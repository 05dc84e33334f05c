//! Tokenizer and analyzer on any UTF-8 text: offsets in order and on char boundaries, and each
//! token's normalised form is what `tokenize.rs` promises for its kind.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::text::{Analyzed, Analyzer, Language, TextSettings, TokenKind};
use std::sync::OnceLock;

fn analyzers() -> &'static (Analyzer, Analyzer) {
    static A: OnceLock<(Analyzer, Analyzer)> = OnceLock::new();
    A.get_or_init(|| {
        let plain = TextSettings {
            language: Language::English,
            stem: false,
            negation: false,
        };
        (Analyzer::new(plain), Analyzer::new(TextSettings::default()))
    })
}

/// The normalised form the module docs promise for a token's source slice.
fn expected_norm(kind: TokenKind, slice: &str) -> String {
    let lower = |s: &str| -> String {
        s.chars()
            .flat_map(|c| {
                let c = if c == '\u{2019}' { '\'' } else { c };
                c.to_lowercase()
            })
            .collect()
    };
    match kind {
        TokenKind::Word | TokenKind::Acronym | TokenKind::Clitic => lower(slice),
        TokenKind::Number => "#".into(),
        TokenKind::Punct => match slice {
            "!" | "?" | "," | ";" | ":" | "." => slice.into(),
            "\u{2014}" | "\u{2013}" | "-" => "-".into(),
            _ => "\"".into(),
        },
    }
}

fuzz_target!(|text: &str| {
    let (plain, full) = analyzers();
    let mut out = Analyzed::default();

    plain.analyze(text, &mut out);
    let mut prev_end = 0;
    for (i, t) in out.tokens.iter().enumerate() {
        assert!(t.start < t.end, "empty token {t:?}");
        assert!(t.start >= prev_end, "out of order or overlapping: {t:?}");
        assert!(t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(!t.negated, "negation is off");
        let slice = &text[t.start..t.end];
        assert_eq!(
            out.norm(i),
            expected_norm(t.kind, slice),
            "token {t:?} ({slice:?})"
        );
        assert_eq!(out.stem(i), out.norm(i), "stemming is off");
        if t.kind == TokenKind::Punct {
            assert_eq!(
                slice.chars().count(),
                1,
                "punctuation is one char: {slice:?}"
            );
        } else {
            assert!(slice.starts_with(char::is_alphanumeric) || t.kind == TokenKind::Clitic);
        }
        prev_end = t.end;
    }
    let n = out.len();

    // Stemming and negation never change the tokens, and every stem can be read.
    full.analyze(text, &mut out);
    assert_eq!(out.len(), n);
    for i in 0..out.len() {
        let _ = out.stem(i);
        let _ = out.norm(i);
    }
});
