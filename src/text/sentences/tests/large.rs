//! Large inputs: megabytes of paragraphs or of one paragraph split exactly per unit, in
//! bounded time.

use super::super::*;
use super::{assert_guarantees, split};

/// A unit of news text with abbreviations, quotes, multi-byte chars, and its sentences.
const UNIT: &str = "The U.S. said on Nov. 26 that growth was 2.5 percent. “We will not back \
    down,” Shoigu told reporters. Mr. Smith met Gen. Jones — 🎉 — in Москва… Then they left. \
    “Are you ready?” Smith asked. Acme Inc. A deal was signed.";
const UNIT_SENTENCES: usize = 7;

/// Checks `text`, made of `UNIT` repeated with separator `sep`, splits exactly per unit.
fn assert_repeats(text: &str, sep: &str) {
    let started = std::time::Instant::now();
    let sentences = split_sentences(text);
    let elapsed = started.elapsed();
    assert_guarantees(text, &sentences);
    let one = split(UNIT);
    assert_eq!(one.len(), UNIT_SENTENCES);
    let in_unit = split_sentences(UNIT);
    let copies = text.len().div_ceil(UNIT.len() + sep.len());
    assert_eq!(sentences.len(), copies * UNIT_SENTENCES);
    for (k, s) in sentences.iter().enumerate() {
        let unit_start = (k / UNIT_SENTENCES) * (UNIT.len() + sep.len());
        let expected = in_unit[k % UNIT_SENTENCES];
        assert_eq!(s.start, unit_start + expected.start, "sentence {k}");
        assert_eq!(s.end, unit_start + expected.end, "sentence {k}");
    }
    // Generous: catches quadratic behaviour (minutes), not ordinary noise.
    assert!(
        elapsed.as_secs() < 60,
        "{} bytes took {elapsed:?}",
        text.len()
    );
}

fn repeated(sep: &str, bytes: usize) -> String {
    let copies = bytes / (UNIT.len() + sep.len());
    vec![UNIT; copies].join(sep)
}

#[test]
fn two_megabytes_of_paragraphs() {
    // Paragraphs straddle every 10 KB offset where sentencex would chunk a whole text.
    assert_repeats(&repeated("\r\n \r\n", 2 << 20), "\r\n \r\n");
}

#[test]
fn two_megabytes_in_one_paragraph() {
    // No blank line at all: one 2 MB paragraph, handled through windows.
    assert_repeats(&repeated("\n", 2 << 20), "\n");
}

#[test]
fn windows_do_not_change_ordinary_news() {
    let text = repeated("\n", 64 << 10);
    let whole = Window {
        size: text.len(),
        margin: 0,
    };
    assert_eq!(split_sentences(&text), split_with(&text, whole));
}

#[test]
fn inputs_quadratic_for_sentencex_are_split() {
    // sentencex alone needs seconds for 200 KB of these and minutes for 2 MB; windows
    // make it linear (about 2-5 s for 2 MB in a release build). Kept small here.
    for unit in ["“a. ", "``a. ", "a.'' ", "«a. ", " ' a. "] {
        let text = unit.repeat((48 << 10) / unit.len());
        assert_guarantees(&text, &split_sentences(&text));
    }
}
