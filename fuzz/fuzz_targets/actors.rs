//! `ActorFinder::builtin().find` and `find_holders` on any UTF-8 text, with the sentence
//! splitter's sentences or with arbitrary sorted spans (possibly out of bounds or inside a
//! char, which the API says are ignored).
//!
//! Input: first byte selects the mode; in span mode the next bytes give span lengths.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::actors::{find_holders, ActorFinder};
use stance::text::{split_sentences, Sentence};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (sentences, text) = if mode & 1 == 0 {
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        (split_sentences(text), text)
    } else {
        // `n` span bytes, then the text: each span byte is (gap, length) in nibbles.
        let n = usize::from(mode >> 1).min(rest.len());
        let (spans, text) = rest.split_at(n);
        let Ok(text) = std::str::from_utf8(text) else {
            return;
        };
        let mut pos = 0;
        let sentences: Vec<Sentence> = spans
            .iter()
            .map(|&b| {
                let start = pos + usize::from(b & 0x0f);
                let end = start + 1 + usize::from(b >> 4) * 3;
                pos = end;
                Sentence { start, end }
            })
            .collect();
        (sentences, text)
    };
    let found = ActorFinder::builtin().find(text, &sentences);
    let mut prev_end = 0;
    for m in &found.mentions {
        assert!(m.start < m.end, "empty mention {m:?}");
        assert!(
            m.start >= prev_end,
            "mentions out of order or overlapping: {m:?}"
        );
        assert!(m.end <= text.len(), "mention past the end: {m:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.actor < found.actors.len(), "bad actor index {m:?}");
        let s = sentences
            .get(m.sentence)
            .expect("mention's sentence exists");
        // A final period shared with the sentence end (`... the U.S.`) may lie outside it
        // (matcher.rs); nothing else may.
        let inside = m.end <= s.end || text[s.end.max(m.start)..m.end].bytes().all(|b| b == b'.');
        assert!(
            s.start <= m.start && m.start < s.end && inside,
            "mention {m:?} outside its sentence {s:?}"
        );
        prev_end = m.end;
    }
    for a in &found.actors {
        assert!(!a.name.is_empty());
    }
    let holders = find_holders(text, &sentences, &found);
    assert_eq!(holders.len(), found.mentions.len());
    for (m, h) in found.mentions.iter().zip(&holders) {
        if let Some(h) = *h {
            assert!(h < found.actors.len(), "bad holder index {h}");
            assert_ne!(h, m.actor, "a holder is never the mention's own actor");
        }
    }
});
