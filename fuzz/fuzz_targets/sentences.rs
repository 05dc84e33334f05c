//! `split_sentences` on any UTF-8 text: every guarantee its documentation makes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::text::split_sentences;

fuzz_target!(|text: &str| {
    let sentences = split_sentences(text);
    let mut prev_end = 0;
    for s in &sentences {
        assert!(s.start < s.end, "empty sentence {s:?}");
        assert!(s.start >= prev_end, "out of order or overlapping: {s:?}");
        assert!(s.end <= text.len(), "past the end: {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = s.text(text);
        assert_eq!(piece, piece.trim(), "not trimmed: {s:?}");
        prev_end = s.end;
    }
    // Together they cover every non-whitespace char.
    let mut next = sentences.iter().peekable();
    for (i, c) in text.char_indices() {
        while next.peek().is_some_and(|s| s.end <= i) {
            next.next();
        }
        if !c.is_whitespace() {
            assert!(
                next.peek().is_some_and(|s| s.start <= i),
                "char {c:?} at byte {i} is in no sentence"
            );
        }
    }
});
