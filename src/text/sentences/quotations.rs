//! Quotations: sentence ends inside an open quotation, and a quoted question kept with
//! its attribution clause (`“Are you ready?” Smith asked.`).

use super::abbreviations::{is_dotted_capitals, CAN_BE_FINAL, NEVER_FINAL};
use super::{add_cuts, window_after, window_before, word_before};

/// Verbs of an attribution clause after a quotation (`“Why?” Smith asked.`).
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "told", "tells", "added", "adds", "shouted", "replied",
    "wrote", "writes", "tweeted", "posted", "insisted", "warned", "declared", "cried", "yelled",
    "screamed", "answered", "continued", "stated", "explained", "noted", "responded",
    "demanded", "exclaimed", "argued", "claimed", "countered", "wondered",
];

/// Pass: add a cut after a sentence end inside an open quotation (`“We are ready. We will
/// act,” he said.`), which sentencex keeps together, when a capitalised word follows and the
/// word before is not an abbreviation or an initial.
pub(super) fn split_inside_quotations(text: &str, start: usize, end: usize, cuts: &mut Vec<usize>) {
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

/// Pass: drop the cut between a quotation ending in `?` or `!` and its attribution clause
/// (`“Are you ready?” Smith asked.`). sentencex keeps `“…?” he asked.` together (lowercase
/// follows) but splits before a capitalised name.
pub(super) fn merge_quote_attributions(text: &str, cuts: &mut Vec<usize>) {
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
