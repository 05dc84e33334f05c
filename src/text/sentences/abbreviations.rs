//! Abbreviations around a sentence end: titles that never end one (`Mr.`), and those that
//! may (`Inc.`, `U.S.`) when a sentence opener follows.

use super::{add_cuts, window_after, word_before};

/// Abbreviations that never end a sentence: titles come before a name, and the connectives
/// before more of the same sentence. sentencex splits `Mr. The Rock`, `vs. The State`,
/// `e.g. The Times` because the next word is on its list of sentence starters.
pub(super) const NEVER_FINAL: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.",
    "Prof.", "Rev.", "Adm.", "Maj.", "Cmdr.", "Messrs.", "vs.", "v.", "e.g.", "i.e.", "E.g.",
    "I.e.",
];

/// Abbreviations that often end a sentence too (besides dotted capitals like `U.S.`, `D.C.`).
pub(super) const CAN_BE_FINAL: &[&str] = &[
    "Inc.", "Corp.", "Ltd.", "Co.", "Plc.", "LLC.", "Bros.", "Jr.", "Sr.",
];

/// Capitalised words that start a sentence far more often than they continue a name, so
/// `... based in the U.S. The company said ...` is two sentences but `U.S. Senate` is not.
#[rustfmt::skip]
pub(super) const OPENERS: &[&str] = &[
    "A", "An", "The", "He", "She", "It", "I", "We", "They", "You", "His", "Her", "Its", "Our",
    "Their", "This", "That", "These", "Those", "There", "But", "And", "In", "On", "At", "As",
    "After", "Before", "If", "When", "While", "However", "Meanwhile", "Then", "So", "Yet",
    "Still", "Now", "Last", "Earlier", "Later", "According",
];

/// Pass: drop cuts that follow a [`NEVER_FINAL`] abbreviation (`He met Mr. The Rock.`).
pub(super) fn merge_after_never_final(text: &str, cuts: &mut Vec<usize>) {
    cuts.retain(|&cut| !NEVER_FINAL.contains(&word_before(text, cut)));
}

/// Pass: add a cut after an abbreviation that ends a sentence — dotted capitals (`U.S.`,
/// `D.C.`) or [`CAN_BE_FINAL`] — when the next word is one of [`OPENERS`]. sentencex does
/// this for its own starter list but leaves out `A` and `I` (`moved to the U.K. A spokesman
/// said`, `sold to Acme Inc. A spokesman said`). Not inside an open quotation, where
/// sentencex keeps quoted sentences together.
pub(super) fn split_after_final_abbreviations(
    text: &str,
    start: usize,
    end: usize,
    cuts: &mut Vec<usize>,
) {
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
pub(super) fn is_dotted_capitals(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}
