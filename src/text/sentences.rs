//! Sentence splitting for English news text.
//!
//! Pipeline, per paragraph (a blank line always ends a paragraph):
//!
//! 1. [`sentencex`] proposes boundaries. It runs on a same-length normalised copy of the
//!    text (so its byte offsets are ours) and on bounded windows (so its worst cases,
//!    which are quadratic in paragraph length, stay linear in the input).
//! 2. Small fix-up passes correct what sentencex gets wrong for news:
//!    `abbreviations` (`merge_after_never_final`, `split_after_final_abbreviations`),
//!    `quotations` (`merge_quote_attributions`, `split_inside_quotations`) and
//!    `lines::split_at_line_structure`.
//! 3. The pieces between cuts are trimmed; empty pieces are dropped.
//!
//! Choices worth knowing: a single newline is a space (hard-wrapped text keeps its
//! sentences), except after a line that stands alone without punctuation, recognised by
//! its form (a headline in title case, a byline or credit, a capitalised list item) or by
//! ending well short of the other lines (see `lines`); a blank line always ends a
//! paragraph. A quotation
//! that runs over several sentences is split like any other text (`“We are ready.` |
//! `We have always been ready,” he said.`): each sentence gets its own stance, and the
//! holder finder carries the speaker across the sentences of one quotation.

use serde::{Deserialize, Serialize};

/// A sentence as byte offsets into the caller's original text: `&text[start..end]` is the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    /// The sentence's text in `source`, the string it was split from.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for a zero-length span (`split_sentences` never returns one).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Splits news text into sentences. Guarantees: sentences are in order, non-overlapping, non-empty,
/// start and end on char boundaries, trimmed of surrounding whitespace, at most
/// [`MAX_SENTENCE_BYTES`] long, and together cover every non-whitespace character of the input.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    split_with(text, WINDOW)
}

pub(crate) use lines::{ends_with_punctuation, is_headline, is_page_furniture};

fn split_with(text: &str, window: Window) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cuts = Vec::new();
    for (i, (start, end)) in paragraphs(text).into_iter().enumerate() {
        cuts.clear();
        sentencex_cuts(text, start, end, window, &mut cuts);
        merge_after_never_final(text, &mut cuts);
        split_after_final_abbreviations(text, start, end, &mut cuts);
        merge_quote_attributions(text, &mut cuts);
        split_inside_quotations(text, start, end, &mut cuts);
        lines::split_at_line_structure(text, (start, end), i == 0, &mut cuts);
        push_trimmed_pieces(text, start, end, &cuts, &mut out);
    }
    out
}

/// How far the fix-up passes look around a cut. Bounded so every pass stays linear.
const LOOK: usize = 64;

#[derive(Clone, Copy)]
struct Window {
    /// Bytes of text handed to sentencex at once (at least 8). Below sentencex's 10 KB
    /// chunk size, so its own chunking never engages.
    size: usize,
    /// A boundary this close to a window's cut-off end is not trusted: sentencex decided
    /// it without seeing what follows. The next window starts before it and decides again.
    margin: usize,
}

const WINDOW: Window = Window {
    size: 8 * 1024,
    margin: 1024,
};

/// Paragraphs as `(start, end)` spans from their first to their last non-whitespace char.
/// A whitespace run holding two or more `\n` (a blank line, also `\r\n\r\n` or `\n  \n`)
/// separates paragraphs.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<usize> = None;
    let (mut end, mut newlines) = (0, 0);
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            newlines += usize::from(c == '\n');
            continue;
        }
        match current {
            Some(start) if newlines >= 2 => {
                out.push((start, end));
                current = Some(i);
            }
            Some(_) => {}
            None => current = Some(i),
        }
        newlines = 0;
        end = i + c.len_utf8();
    }
    out.extend(current.map(|start| (start, end)));
    out
}

/// Copy of `s` with the same byte length, so offsets carry over unchanged:
/// - one-byte whitespace (`\n`, `\r`, `\t`) becomes a space: a single newline is a space here,
///   and sentencex would otherwise read line starts as list items or quote anchors;
/// - `…` (3 bytes) becomes `...` (3 bytes): sentencex does not treat `…` as a terminator,
///   so `He paused… Then he spoke.` stayed one sentence while `...` splits correctly.
fn normalise_into(buf: &mut String, s: &str) {
    buf.clear();
    for c in s.chars() {
        match c {
            '\u{2026}' => buf.push_str("..."),
            c if c.is_ascii_whitespace() || c == '\u{b}' => buf.push(' '),
            c => buf.push(c),
        }
    }
    debug_assert_eq!(buf.len(), s.len());
}

/// Boundaries proposed by sentencex inside the paragraph `text[start..end]`, appended to `cuts`.
///
/// Long paragraphs go through windows: sentencex is quadratic on some inputs (e.g. thousands
/// of unmatched `“` or ``` `` ``` take minutes for 2 MB), so each call sees at most
/// `window.size` bytes. A window's boundaries are kept up to `margin` before its end, and the
/// next window starts at the last kept one. Each window advances at least a quarter window,
/// so the total work is linear.
fn sentencex_cuts(text: &str, start: usize, end: usize, window: Window, cuts: &mut Vec<usize>) {
    let mut buf = String::new();
    let mut scan = start;
    loop {
        let last = end - scan <= window.size;
        let wend = if last {
            end
        } else {
            text.floor_char_boundary(scan + window.size)
        };
        let limit = if last { end } else { wend - window.margin };
        normalise_into(&mut buf, &text[scan..wend]);
        for b in sentencex::get_sentence_boundaries("en", &buf) {
            // A cut inside a char can only fall within a `…` we spelled `...`: move it past.
            let cut = text.ceil_char_boundary(scan + b.start_byte);
            if cut >= limit {
                break;
            }
            if cut > scan && cuts.last().is_none_or(|&prev| cut > prev) {
                cuts.push(cut);
            }
        }
        if last {
            return;
        }
        scan = match cuts.last() {
            Some(&cut) if cut >= scan + window.size / 4 => cut,
            // No boundary far enough in (one very long sentence): restart mid-window at a
            // word break without cutting, so the sentence stays whole.
            _ => {
                let mid = text.floor_char_boundary(scan + window.size / 2);
                text[mid..wend]
                    .find(char::is_whitespace)
                    .map_or(mid, |i| mid + i)
            }
        };
    }
}

/// Merges the sorted `added` cuts into the sorted `cuts`, without duplicates.
fn add_cuts(cuts: &mut Vec<usize>, added: Vec<usize>) {
    if !added.is_empty() {
        cuts.extend(added);
        cuts.sort(); // two sorted runs: the stable sort merges them in linear time
        cuts.dedup();
    }
}

/// The whitespace-delimited word ending at the last non-whitespace char before `at`, without
/// leading opening punctuation (`(Mr.` → `Mr.`); "" when none is found within [`LOOK`] bytes.
fn word_before(text: &str, at: usize) -> &str {
    let lo = text.floor_char_boundary(at.saturating_sub(LOOK));
    let head = text[lo..at].trim_end();
    let start = match head.char_indices().rev().find(|&(_, c)| c.is_whitespace()) {
        Some((i, c)) => i + c.len_utf8(),
        None if lo == 0 => 0,
        None => return "", // the word may start before the look-behind: do not guess
    };
    head[start..].trim_start_matches(|c: char| !c.is_alphanumeric())
}

fn window_before(text: &str, at: usize) -> &str {
    &text[text.floor_char_boundary(at.saturating_sub(LOOK))..at]
}

fn window_after(text: &str, at: usize) -> &str {
    &text[at..text.ceil_char_boundary((at + LOOK).min(text.len()))]
}

/// Emits the trimmed, non-empty pieces of `text[start..end]` between consecutive cuts.
fn push_trimmed_pieces(
    text: &str,
    start: usize,
    end: usize,
    cuts: &[usize],
    out: &mut Vec<Sentence>,
) {
    let mut from = start;
    for &to in cuts.iter().chain(std::iter::once(&end)) {
        let piece = &text[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let sentence = Sentence {
            start: from + lead,
            end: from + piece.trim_end().len(),
        };
        if sentence.start < sentence.end {
            push_bounded(text, sentence, out);
        }
        from = to;
    }
}

/// The longest sentence [`split_sentences`] returns. A longer run without a sentence end (a
/// list, a table, text without punctuation) is cut at the last space before the limit, so
/// that the per-sentence analyses, some quadratic in a sentence's length, stay bounded.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Pushes `s`, in pieces of at most [`MAX_SENTENCE_BYTES`] if it is longer.
fn push_bounded(text: &str, mut s: Sentence, out: &mut Vec<Sentence>) {
    while s.len() > MAX_SENTENCE_BYTES {
        let limit = text.floor_char_boundary(s.start + MAX_SENTENCE_BYTES);
        // `s` starts with a non-space, so a space found is past its first char.
        let cut = text[s.start..limit]
            .rfind(char::is_whitespace)
            .map_or(limit, |i| s.start + i);
        let head = text[s.start..cut].trim_end();
        out.push(Sentence {
            start: s.start,
            end: s.start + head.len(),
        });
        let rest = &text[cut..s.end];
        s.start = cut + rest.len() - rest.trim_start().len();
    }
    out.push(s);
}

mod abbreviations;
mod lines;
mod quotations;

use abbreviations::{merge_after_never_final, split_after_final_abbreviations};
use quotations::{merge_quote_attributions, split_inside_quotations};

#[cfg(test)]
mod tests;
