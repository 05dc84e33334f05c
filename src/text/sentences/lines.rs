//! Line structure that sentencex cannot see. To it a single newline is a space, which is
//! right for hard-wrapped text (`… and French President Francois⏎Hollande met …`) but
//! runs a headline, a byline, a photo credit or a list item without final punctuation
//! into the next line. A line stands alone only when its form says so *and* the next line
//! visibly starts something new (a sentence opener such as `The` or `He`, a dateline in
//! capitals, a quotation, a list item): a wrapped line of names in title case is followed
//! by the rest of its sentence, not by a new start. A line also stands alone when it ends
//! well short of the paragraph's longest line, so that the next line's first word would
//! have fitted on it: wrapping never breaks there (a headline in sentence case, a
//! subheading, a caption).

use super::abbreviations::OPENERS;

/// Pass: add a cut at the start of a line after a line without final punctuation that
/// stands alone: the paragraph's first line in title case (a headline), a byline or
/// credit (`By Jane Doe`, `Photo: …`), or a capitalised list item; and before a
/// capitalised list item that follows `…:`, a sentence end or another item. No cut inside
/// a headline that stands alone (`China Rebukes U.S. Over Taiwan Arms Sale`) or right
/// after an item's number (`1.`).
pub(super) fn split_at_line_structure(
    text: &str,
    (start, end): (usize, usize),
    first_paragraph: bool,
    cuts: &mut Vec<usize>,
) {
    let paragraph = &text[start..end];
    // The longest line: a wrapped line was as long as the next word allowed.
    let width = paragraph
        .split('\n')
        .map(|l| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let mut added = Vec::new();
    let mut numbered = Vec::new();
    let mut headlines = Vec::new();
    let mut line_start = start;
    // The previous non-blank line, where it starts, and whether it is a list item.
    let mut prev: Option<(&str, usize)> = None;
    let mut prev_item: Option<ListMarker> = None;
    for line in paragraph.split('\n') {
        let trimmed = line.trim();
        let at = line_start + (line.len() - line.trim_start().len());
        line_start += line.len() + 1;
        if trimmed.is_empty() {
            continue;
        }
        let first = prev.is_none();
        // A number opens an item after `…:` or another numbered item, or as `1` opening
        // a paragraph; elsewhere it is a wrapped line that starts with a number.
        let item = list_item(trimmed).filter(|m| match prev {
            None => !m.numbered || trimmed.starts_with("1.") || trimmed.starts_with("1)"),
            Some((p, _)) => {
                let after_end = p.ends_with([':', '.', '!', '?']) || prev_item.is_some();
                after_end
                    && (!m.numbered || p.ends_with(':') || prev_item.is_some_and(|q| q.numbered))
            }
        });
        if let Some(marker) = item.filter(|m| m.numbered) {
            numbered.push((at, at + marker.len));
        }
        if let Some((p, p_at)) = prev {
            let credit = is_credit(trimmed);
            let new_start = starts_new(trimmed) || item.is_some() || credit;
            let open = !ends_with_punctuation(p);
            // `Court overturns conviction of former mayor⏎A state appeals court …`: a line
            // that ends well short of the width, where the next word would have fitted, was
            // not wrapped; it stands alone (a headline in sentence case, a subheading) when
            // it is the article's first line or the next visibly starts something new.
            // Text wrapped by hand breaks anywhere (`… and praised⏎Ellison for …`).
            let short = open
                && starts_upper(trimmed)
                && (new_start || (first_paragraph && p_at == start))
                && !ends_with_function_word(p)
                && p.chars().count() + 1 + first_word_len(trimmed) + SLACK <= width;
            let headline = p_at == start && (is_headline(p) || short);
            // `EU and Turkey clash over deal⏎By Jane Doe`: a first line in sentence case is
            // a headline too when a byline or credit follows it.
            let plain_headline = p_at == start && credit;
            let unit = headline || plain_headline || prev_item.is_some_and(|m| m.capitalised);
            // A short credit (`Photo: …`, `Read more: …`) never runs on into a capitalised
            // line.
            let after_credit =
                is_credit(p) && p.split_whitespace().nth(15).is_none() && starts_upper(trimmed);
            if (open && ((unit && new_start) || after_credit || short))
                || item.is_some_and(|m| m.capitalised)
            {
                added.push(at);
                if headline {
                    headlines.push((p_at, p_at + p.len()));
                }
            }
        }
        if first && trimmed.len() == paragraph.len() && is_headline(trimmed) {
            headlines.push((at, at + trimmed.len()));
        }
        prev = Some((trimmed, at));
        prev_item = item;
    }
    // `1. Sharing of patents`: the number's dot ends no sentence; nor does `U.S.` in
    // `China Rebukes U.S. Over Taiwan Arms Sale`.
    cuts.retain(|&c| {
        !numbered
            .iter()
            .any(|&(from, to)| from < c && c <= skip_spaces(text, to))
            && !headlines.iter().any(|&(from, to)| from < c && c < to)
    });
    super::add_cuts(cuts, added);
}

/// The line visibly starts something new: a sentence opener (`The`, `He`, `According`), a
/// dateline in capitals (`KYIV, March 3`, `MOSCOW (Reuters)`), or a quotation.
fn starts_new(line: &str) -> bool {
    if line.starts_with(['"', '\u{201C}']) {
        return true;
    }
    let word: &str = line
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let rest = line[word.len()..].trim_start();
    let dateline = word.chars().count() >= 3
        && word.chars().all(|c| c.is_uppercase())
        && rest.starts_with([',', '(', '-', '\u{2014}', '\u{2013}']);
    dateline || OPENERS.contains(&word)
}

/// A headline: no final punctuation (checked first: most lines fail it at once) and title
/// case (`China Rebukes U.S. Over Arms Sale`).
pub(crate) fn is_headline(line: &str) -> bool {
    !ends_with_punctuation(line) && is_title_case(line)
}

/// Title case: at least two words, all capitalised (or numbers) but short function words
/// (`of`, `as`, `the` …), which neither start nor end it.
fn is_title_case(line: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
        "the", "to", "vs", "with", // and name particles (`Pieter van den Broek`):
        "al", "bin", "da", "de", "del", "den", "der", "di", "du", "el", "la", "van", "von",
    ];
    let mut words = line.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    starts_upper(first)
        && starts_upper(last)
        && words.all(|w| starts_upper(w) || SMALL.contains(&w))
}

/// Bylines, credits, captions and page furniture: `By Jane Doe`, `Photo: …`,
/// `(Reporting by …)`, `Published 14:32 GMT`, `Read more: …`, `Share this article`.
fn is_credit(line: &str) -> bool {
    const CAPTIONS: &[&str] = &[
        "Photo:",
        "PHOTO:",
        "Photograph:",
        "Image:",
        "Credit:",
        "Caption:",
        "Source:",
        "(Photo",
    ];
    is_page_furniture(line) || CAPTIONS.iter().any(|p| line.starts_with(p))
}

/// A line that is about the page rather than the story: a byline (`By Jane Doe`), a
/// time stamp (`Updated 16:05 GMT`), a link to another story (`Read more: Greece builds
/// …`), sharing buttons, an agency's credits (`(Reporting by …; Editing by …)`). Its names
/// are no actors of the story. Each form is checked so that prose starting with the same
/// word is not furniture (`Published in 1990, the book …`, `Read more: the text shows`).
pub(crate) fn is_page_furniture(line: &str) -> bool {
    const CREDITS: &[&str] = &["(Reporting by", "Reporting by", "Editing by"];
    const STAMPS: &[&str] = &[
        "Published ",
        "Published:",
        "Updated ",
        "Updated:",
        "Last updated ",
        "Last updated:",
    ];
    const LINKS: &[&str] = &["Read more:", "READ MORE:", "Related:", "RELATED:"];
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let after = |prefixes: &[&str]| prefixes.iter().find_map(|p| line.strip_prefix(p));
    if let Some(by) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    {
        return is_title_case(by);
    }
    if CREDITS.iter().any(|p| line.starts_with(p)) {
        return true;
    }
    if let Some(rest) = after(STAMPS) {
        // A date or a time right after it: `Updated 16:05 GMT`, `Published Nov. 3`,
        // `Published on 3 March`; not `Published in 1990, the book …`.
        let date = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_digit()) || MONTHS.iter().any(|m| w.starts_with(m))
        };
        let mut words = rest.split_whitespace();
        return match words.next() {
            Some("on" | "at") => words.next().is_some_and(date),
            Some(w) => date(w),
            None => false,
        };
    }
    if let Some(rest) = after(LINKS) {
        return starts_upper(rest.trim_start_matches([' ', '\u{a0}']));
    }
    line == "Advertisement"
        || line.starts_with("Advertisement Continue reading")
        || ["Share this article", "Share this story", "Share on "]
            .iter()
            .any(|p| line.starts_with(p))
}

#[derive(Clone, Copy)]
struct ListMarker {
    /// Bytes of the marker (`- `, `* `, `• `, `12. `, `3) `).
    len: usize,
    numbered: bool,
    /// The item's first word is capitalised (a statement, not the rest of a sentence).
    capitalised: bool,
}

fn list_item(line: &str) -> Option<ListMarker> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let (mark, numbered) =
        if (1..=2).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
            (digits + 1, true)
        } else {
            let c = line.chars().next()?;
            if !matches!(c, '-' | '*' | '\u{2022}' | '\u{2013}' | '\u{25AA}') {
                return None;
            }
            (c.len_utf8(), false)
        };
    let rest = &line[mark..];
    let body = rest.trim_start();
    if body.len() == rest.len() || body.is_empty() {
        return None;
    }
    Some(ListMarker {
        len: mark,
        numbered,
        capitalised: starts_upper(body),
    })
}

fn starts_upper(s: &str) -> bool {
    s.trim_start_matches(['"', '\u{201C}', '\'', '\u{2018}', '('])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Ends with punctuation (`.`, `!`, `?`, `…`, `:`, `;`, `,`), possibly inside closing
/// quotes or brackets: sentencex decides there, or the sentence goes on.
pub(crate) fn ends_with_punctuation(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}', ')']);
    core.ends_with(['.', '!', '?', '\u{2026}', ':', ';', ','])
}

/// Characters a line may fall short of the paragraph's width by and still be a wrapped
/// one (wrapping that balances lines, a ragged right margin).
const SLACK: usize = 10;

/// Characters of the line's first word.
fn first_word_len(line: &str) -> usize {
    line.split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count())
}

/// Ends with a word that cannot end a sentence (`… talks between Russia and`).
fn ends_with_function_word(line: &str) -> bool {
    // Not `in`, `on`, `out`: headlines end on particles (`minister steps in`).
    const CONTINUING: &[&str] = &[
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "into", "of", "or", "the", "to",
        "with", "that", "said", "says",
    ];
    line.split_whitespace()
        .next_back()
        .is_some_and(|w| CONTINUING.contains(&w))
}

fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start().len()
}

#[cfg(test)]
mod tests;
