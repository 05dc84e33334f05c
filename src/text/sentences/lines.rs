//! Line structure that sentencex cannot see. To it a single newline is a space, which is
//! right for hard-wrapped text (`… said Russian⏎President Vladimir Putin …`) but runs a
//! headline, a byline, a photo credit or a list item without final punctuation into the
//! next line. Each is recognised by the line itself, never by its length, so wrapped
//! text keeps its sentences.

/// Pass: add a cut at the start of a line that follows, within a paragraph, a line ending
/// without sentence punctuation that is a headline (title case), a byline or credit
/// (`By …`, `Photo: …`), or a list item starting with a capital (`- Russia said`); and
/// before such a list item. Drops a cut that sentencex puts right after a line-initial
/// item number (`1.`).
pub(super) fn split_at_line_structure(text: &str, start: usize, end: usize, cuts: &mut Vec<usize>) {
    let paragraph = &text[start..end];
    let mut added = Vec::new();
    let mut numbered = Vec::new();
    let mut headlines = Vec::new();
    let mut line_start = start;
    let mut prev: Option<&str> = None;
    // The previous line was a list item (a number only counts in a list, see below).
    let mut prev_item: Option<ListMarker> = None;
    for line in paragraph.split('\n') {
        let trimmed = line.trim();
        let at = line_start + (line.len() - line.trim_start().len());
        let mut item = list_item(trimmed);
        if let Some(p) = prev.filter(|_| !trimmed.is_empty()) {
            // A number opens an item only after `…:` or another numbered item; elsewhere
            // it is a wrapped line that starts with a number (`rose by⏎15. Then …`).
            item = item.filter(|m| {
                !m.numbered || p.ends_with(':') || prev_item.is_some_and(|q| q.numbered)
            });
            if let Some(marker) = item.filter(|m| m.numbered) {
                numbered.push((at, at + marker.len));
            }
            let unit = is_headline(p) || is_credit(p) || prev_item.is_some_and(|m| m.capitalised);
            let after_unit = !ends_with_punctuation(p) && unit;
            if (after_unit && starts_upper(trimmed)) || item.is_some_and(|m| m.capitalised) {
                added.push(at);
            }
        } else if !trimmed.is_empty() {
            // The paragraph's first line: only a bullet starts an item.
            item = item.filter(|m| !m.numbered);
        }
        if !trimmed.is_empty() {
            prev = Some(trimmed);
            prev_item = item;
            if !ends_with_punctuation(trimmed) && is_headline(trimmed) {
                headlines.push((at, at + trimmed.len()));
            }
        }
        line_start += line.len() + 1;
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

/// Title case: at least two words, all capitalised (or numbers) but short function words
/// (`of`, `as`, `the` …), which neither start nor end it.
pub(super) fn is_headline(line: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
        "the", "to", "vs", "with",
    ];
    let mut words = line.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    starts_upper(first)
        && starts_upper(last)
        && words.all(|w| starts_upper(w) || SMALL.contains(&w))
}

/// Bylines, credits and captions: `By Jane Doe`, `Photo: …`, `(Reporting by …)`.
fn is_credit(line: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "By ",
        "BY ",
        "Photo:",
        "PHOTO:",
        "Photograph:",
        "Image:",
        "Credit:",
        "Caption:",
        "Source:",
        "(Reporting by",
        "Reporting by",
        "Editing by",
        "(Photo",
    ];
    PREFIXES.iter().any(|p| line.starts_with(p))
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
pub(super) fn ends_with_punctuation(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}', ')']);
    core.ends_with(['.', '!', '?', '\u{2026}', ':', ';', ','])
}

fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start().len()
}

#[cfg(test)]
mod tests {
    use crate::text::sentences::split_sentences;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn a_headline_stands_alone_and_keeps_its_abbreviations() {
        assert_eq!(
            split("Russia Warns of Escalation as Talks Stall\nThe talks resumed. It rained."),
            [
                "Russia Warns of Escalation as Talks Stall",
                "The talks resumed.",
                "It rained."
            ]
        );
        for text in [
            "China Rebukes U.S. Over Taiwan Arms Sale\nBeijing protested.",
            "China Rebukes U.S. Over Taiwan Arms Sale\n\nBeijing protested.",
        ] {
            assert_eq!(
                split(text),
                [
                    "China Rebukes U.S. Over Taiwan Arms Sale",
                    "Beijing protested."
                ]
            );
        }
    }

    #[test]
    fn bylines_and_credits_stand_alone() {
        assert_eq!(
            split(
                "By Jane Doe, Northern Wire\nKYIV (Northern Wire) - Ukraine spoke.\n\
                 Photo: Soldiers near Kharkiv / Baltic Images\nThe ministry said nothing."
            ),
            [
                "By Jane Doe, Northern Wire",
                "KYIV (Northern Wire) - Ukraine spoke.",
                "Photo: Soldiers near Kharkiv / Baltic Images",
                "The ministry said nothing."
            ]
        );
    }

    #[test]
    fn capitalised_list_items_are_sentences() {
        assert_eq!(
            split("The demands include:\n1. Sharing of patents\n2. Funding for clinics"),
            [
                "The demands include:",
                "1. Sharing of patents",
                "2. Funding for clinics"
            ]
        );
        assert_eq!(
            split("The deal covers:\n- Sanctions on officials\n* A ban on exports\nIt ends."),
            [
                "The deal covers:",
                "- Sanctions on officials",
                "* A ban on exports",
                "It ends."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_keep_their_sentences() {
        let text = "Putin met Russian\nForeign Minister Sergei Lavrov and\nPresident Xi \
                    Jinping on Monday. Prices rose by\n15. Then they fell to\nWashington's \
                    Level In March";
        assert_eq!(
            split(text),
            [
                "Putin met Russian\nForeign Minister Sergei Lavrov and\nPresident Xi \
                 Jinping on Monday.",
                "Prices rose by\n15.",
                "Then they fell to\nWashington's Level In March"
            ]
        );
    }
}
