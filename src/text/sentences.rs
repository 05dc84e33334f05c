//! Sentence splitting for English news text.
//!
//! Pipeline, per paragraph (a blank line always ends a paragraph):
//!
//! 1. [`sentencex`] proposes boundaries. It runs on a same-length normalised copy of the
//!    text (so its byte offsets are ours) and on bounded windows (so its worst cases,
//!    which are quadratic in paragraph length, stay linear in the input).
//! 2. Small fix-up passes correct what sentencex gets wrong for news:
//!    `merge_after_never_final`, `split_after_final_abbreviations`,
//!    `merge_quote_attributions`, `split_inside_quotations`,
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

/// Abbreviations that never end a sentence: titles come before a name, and the connectives
/// before more of the same sentence. sentencex splits `Mr. The Rock`, `vs. The State`,
/// `e.g. The Times` because the next word is on its list of sentence starters.
const NEVER_FINAL: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.",
    "Prof.", "Rev.", "Adm.", "Maj.", "Cmdr.", "Messrs.", "vs.", "v.", "e.g.", "i.e.", "E.g.",
    "I.e.",
];

/// Abbreviations that often end a sentence too (besides dotted capitals like `U.S.`, `D.C.`).
const CAN_BE_FINAL: &[&str] = &[
    "Inc.", "Corp.", "Ltd.", "Co.", "Plc.", "LLC.", "Bros.", "Jr.", "Sr.",
];

/// Capitalised words that start a sentence far more often than they continue a name, so
/// `... based in the U.S. The company said ...` is two sentences but `U.S. Senate` is not.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "A", "An", "The", "He", "She", "It", "I", "We", "They", "You", "His", "Her", "Its", "Our",
    "Their", "This", "That", "These", "Those", "There", "But", "And", "In", "On", "At", "As",
    "After", "Before", "If", "When", "While", "However", "Meanwhile", "Then", "So", "Yet",
    "Still", "Now", "Last", "Earlier", "Later", "According",
];

/// Verbs of an attribution clause after a quotation (`“Why?” Smith asked.`).
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "told", "tells", "added", "adds", "shouted", "replied",
    "wrote", "writes", "tweeted", "posted", "insisted", "warned", "declared", "cried", "yelled",
    "screamed", "answered", "continued", "stated", "explained", "noted", "responded",
    "demanded", "exclaimed", "argued", "claimed", "countered", "wondered",
];

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

/// Pass: drop cuts that follow a [`NEVER_FINAL`] abbreviation (`He met Mr. The Rock.`).
fn merge_after_never_final(text: &str, cuts: &mut Vec<usize>) {
    cuts.retain(|&cut| !NEVER_FINAL.contains(&word_before(text, cut)));
}

/// Pass: add a cut after an abbreviation that ends a sentence — dotted capitals (`U.S.`,
/// `D.C.`) or [`CAN_BE_FINAL`] — when the next word is one of [`OPENERS`]. sentencex does
/// this for its own starter list but leaves out `A` and `I` (`moved to the U.K. A spokesman
/// said`, `sold to Acme Inc. A spokesman said`). Not inside an open quotation, where
/// sentencex keeps quoted sentences together.
fn split_after_final_abbreviations(text: &str, start: usize, end: usize, cuts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    let mut next_cut = 0;
    let (mut curly_open, mut straight_open) = (0i32, false);
    for i in start..end {
        while next_cut < cuts.len() && cuts[next_cut] <= i {
            next_cut += 1;
            (curly_open, straight_open) = (0, false);
        }
        match bytes[i] {
            b'"' => straight_open = !straight_open,
            0xE2 if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C => curly_open += 1, // “
            0xE2 if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9D => curly_open -= 1, // ”
            b'.' if curly_open <= 0 && !straight_open => {
                added.extend(opener_after_final_abbreviation(text, i).filter(|&c| c < end));
            }
            _ => {}
        }
    }
    add_cuts(cuts, added);
}

/// Merges the sorted `added` cuts into the sorted `cuts`, without duplicates.
fn add_cuts(cuts: &mut Vec<usize>, added: Vec<usize>) {
    if !added.is_empty() {
        cuts.extend(added);
        cuts.sort(); // two sorted runs: the stable sort merges them in linear time
        cuts.dedup();
    }
}

/// Pass: add a cut after a sentence end inside an open quotation (`“We are ready. We will
/// act,” he said.`), which sentencex keeps together, when a capitalised word follows and the
/// word before is not an abbreviation or an initial.
fn split_inside_quotations(text: &str, start: usize, end: usize, cuts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    let (mut curly_open, mut straight_open) = (0i32, false);
    for i in start..end {
        match bytes[i] {
            b'"' => straight_open = !straight_open,
            0xE2 if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C => curly_open += 1, // “
            0xE2 if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9D => curly_open = 0,  // ”
            b'.' | b'!' | b'?' if curly_open > 0 || straight_open => {
                added.extend(sentence_start_after(text, i).filter(|&c| c < end));
            }
            _ => {}
        }
    }
    add_cuts(cuts, added);
}

/// If the end mark at `at` is followed by whitespace and a capitalised word, and is not the
/// dot of an abbreviation or initial, the offset of that word.
fn sentence_start_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at + 1..];
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let next = rest.trim_start();
    if !next.starts_with(char::is_uppercase) {
        return None;
    }
    if text.as_bytes()[at] == b'.' {
        let word = word_before(text, at + 1);
        let stem = word.trim_end_matches('.');
        let is_initial = stem.chars().count() == 1 && stem.chars().all(char::is_uppercase);
        if word.is_empty()
            || NEVER_FINAL.contains(&word)
            || CAN_BE_FINAL.contains(&word)
            || is_dotted_capitals(word)
            || is_initial
        {
            return None;
        }
        if rest[..rest.len() - next.len()].contains("..") || text[..at].ends_with("..") {
            return None;
        }
    }
    Some(at + 1 + rest.len() - next.len())
}

/// If the `.` at `dot` ends a sentence-final abbreviation followed by an opener word,
/// the offset of that word.
fn opener_after_final_abbreviation(text: &str, dot: usize) -> Option<usize> {
    if !text[dot + 1..].starts_with(char::is_whitespace) {
        return None; // no space after the dot: `U.S.-based`, `2.5`
    }
    let word = word_before(text, dot + 1);
    if !(CAN_BE_FINAL.contains(&word) || is_dotted_capitals(word)) {
        return None;
    }
    let after = window_after(text, dot + 1);
    let next = after.trim_start();
    let len = next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len());
    let follow = next[len..].chars().next();
    let ends_word = follow.is_some_and(|c| c.is_whitespace() || matches!(c, ',' | '\'' | '’'));
    (ends_word && OPENERS.contains(&&next[..len])).then(|| dot + 1 + after.len() - next.len())
}

/// `U.S.`, `U.K.`, `D.C.`, `U.S.A.`: two or more capital letters, each followed by a dot.
fn is_dotted_capitals(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Pass: drop the cut between a quotation ending in `?` or `!` and its attribution clause
/// (`“Are you ready?” Smith asked.`). sentencex keeps `“…?” he asked.` together (lowercase
/// follows) but splits before a capitalised name.
fn merge_quote_attributions(text: &str, cuts: &mut Vec<usize>) {
    cuts.retain(|&cut| !(ends_with_quoted_question(text, cut) && starts_attribution(text, cut)));
}

fn ends_with_quoted_question(text: &str, cut: usize) -> bool {
    let head = window_before(text, cut).trim_end();
    let unquoted = head.trim_end_matches(['”', '"', '’', '\'', '»']);
    unquoted.len() < head.len() && unquoted.ends_with(['?', '!'])
}

/// True when the text at `cut` reads `Name [Name…] verb`, e.g. `Smith asked`,
/// `Mr. Smith told reporters`, `Defence Minister Sergei Shoigu said`.
fn starts_attribution(text: &str, cut: usize) -> bool {
    let after = window_after(text, cut).trim_start();
    if !after.starts_with(char::is_uppercase) {
        return false;
    }
    for (k, word) in after.split_whitespace().take(6).enumerate() {
        if k > 0 && SPEECH_VERBS.contains(&word.trim_end_matches([',', '.', ';', ':'])) {
            return true;
        }
        if !is_name_word(word) {
            return false;
        }
    }
    false
}

/// A word of a speaker's name or title: letters, hyphens, apostrophes, and no dot unless it
/// is a title (`Mr.`) or an initial (`W.`).
fn is_name_word(word: &str) -> bool {
    let plain = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    match word.strip_suffix('.') {
        Some(stem) => NEVER_FINAL.contains(&word) || (stem.len() == 1 && plain(stem)),
        None => plain(word),
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

mod lines;

#[cfg(test)]
mod tests;
