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

use super::OPENERS;

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
            "China Rebukes U.S. Over Taiwan Arms Sale\nThe ministry protested.",
            "China Rebukes U.S. Over Taiwan Arms Sale\n\nThe ministry protested.",
            "China Rebukes U.S. Over Taiwan Arms Sale\r\n\r\nThe ministry protested.",
        ] {
            assert_eq!(
                split(text),
                [
                    "China Rebukes U.S. Over Taiwan Arms Sale",
                    "The ministry protested."
                ]
            );
        }
        // Without a visible new start the next line may be the headline's own sentence.
        assert_eq!(
            split("Kerry Meets Zarif\nBeijing protested."),
            ["Kerry Meets Zarif\nBeijing protested."]
        );
    }

    #[test]
    fn a_line_that_ends_well_short_of_the_others_was_not_wrapped() {
        let body = "A state court on Thursday overturned the conviction of the former mayor of \
                    Riverton, ruling that the trial judge had wrongly allowed the evidence.";
        let text = format!("Court overturns conviction of former mayor Gregor Lind\n{body}");
        assert_eq!(
            split(&text),
            [
                "Court overturns conviction of former mayor Gregor Lind",
                body
            ]
        );
        // A subheading in a one-paragraph-per-line article.
        let text = format!("{body}\nTalks collapse\nThe union walked out.");
        assert_eq!(
            split(&text),
            [body, "Talks collapse", "The union walked out."]
        );
        // Wrapped by hand: a short line inside the text goes on into a name.
        let text = format!("{body}\nHer lawyer said the report vindicated\nhis client and praised\nEllison for her work.");
        assert_eq!(
            split(&text)[1],
            "Her lawyer said the report vindicated\nhis client and praised\nEllison for her work."
        );
        // Hard-wrapped text: each line was as long as the next word allowed.
        let wrapped = "The talks between the two governments were held on Monday in the\n\
                       Swiss city of Geneva, where the delegations met the mediators from\n\
                       Norway and Qatar for the first time.";
        assert_eq!(split(wrapped), [wrapped]);
        let text = format!("Rail strike ends as minister steps in\n{body}");
        assert_eq!(
            split(&text),
            ["Rail strike ends as minister steps in", body]
        );
        // A short line that ends on a word no sentence ends with goes on.
        let text = format!("Talks between Russia and\nUkraine resumed. {body}");
        assert_eq!(
            split(&text)[0],
            "Talks between Russia and\nUkraine resumed."
        );
    }

    #[test]
    fn scraped_page_furniture_stands_alone() {
        let text = "EU and Zendia clash over migrant deal\n\
                    By Jan Hale and Pieter van den Broek\n\
                    Published 14:32 GMT | Updated 16:05 GMT\n\
                    GENEVA (Wire) - Talks broke down on Tuesday.\n\
                    Photo: Envoys arrive in Geneva. (Wire/Ann Lee)\n\
                    Zendia's minister accused Brussels.\n\
                    Read more: EU leaders split over asylum\n\
                    Read more: Greece builds new fence\n\
                    EU officials rejected the charge.";
        assert_eq!(
            split(text),
            [
                "EU and Zendia clash over migrant deal",
                "By Jan Hale and Pieter van den Broek",
                "Published 14:32 GMT | Updated 16:05 GMT",
                "GENEVA (Wire) - Talks broke down on Tuesday.",
                "Photo: Envoys arrive in Geneva.",
                "(Wire/Ann Lee)",
                "Zendia's minister accused Brussels.",
                "Read more: EU leaders split over asylum",
                "Read more: Greece builds new fence",
                "EU officials rejected the charge.",
            ]
        );
        // A first line in sentence case without a byline after it may be wrapped prose.
        assert_eq!(
            split("EU and Zendia clash over the\nmigrant deal in Geneva."),
            ["EU and Zendia clash over the\nmigrant deal in Geneva."]
        );
    }

    #[test]
    fn prose_that_opens_like_furniture_is_not_furniture() {
        use super::is_page_furniture as furniture;
        for line in [
            "Published 14:32 GMT | Updated 16:05 GMT",
            "Updated: Nov. 3, 2026",
            "Published on 3 March 2026",
            "Read more: Greece builds new fence",
            "Related:\u{a0}Trump threatens China",
            "By Jan Hale and Pieter van den Broek",
            "(Reporting by Ann Lee; Editing by Tom Price)",
            "Advertisement Continue reading the main story",
            "Share this article: Facebook | Twitter",
        ] {
            assert!(furniture(line), "{line}");
        }
        for line in [
            "Published in 1990, the book by Tomas Vidal attacked Iran.",
            "Updated figures show Tomas Vidal criticised Iran.",
            "Advertisements paid for by Tomas Vidal attacked Iran.",
            "Read more: the full text shows Tomas Vidal attacked Iran.",
            "Share this concern, Tomas Vidal told them.",
            "By the time Tomas Vidal arrived, it was over.",
        ] {
            assert!(!furniture(line), "{line}");
        }
        // A long line that merely opens like a credit does not end its sentence.
        assert_eq!(
            split("Updated rules from Brussels were criticised by\nTomas Vidal, who left."),
            ["Updated rules from Brussels were criticised by\nTomas Vidal, who left."]
        );
    }

    #[test]
    fn bylines_and_credits_stand_alone() {
        assert_eq!(
            split(
                "By Jane Doe, Northern Wire\nKYIV (Northern Wire) - Ukraine spoke.\n\
                 Photo: Soldiers near Kharkiv / Baltic Images\nThe ministry said nothing.\n\
                 (Reporting by Jane Doe; Editing by Tom Roe)\n\"Never,\" he said."
            ),
            [
                "By Jane Doe, Northern Wire",
                "KYIV (Northern Wire) - Ukraine spoke.",
                "Photo: Soldiers near Kharkiv / Baltic Images",
                "The ministry said nothing.",
                "(Reporting by Jane Doe; Editing by Tom Roe)",
                "\"Never,\" he said."
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
            split("The demands include:\n\n1. Russia must withdraw\n2. Iran must stop"),
            [
                "The demands include:",
                "1. Russia must withdraw",
                "2. Iran must stop"
            ]
        );
        assert_eq!(
            split(
                "The deal covers:\n- Sanctions on officials\n\u{2022} A ban on exports\nIt ends."
            ),
            [
                "The deal covers:",
                "- Sanctions on officials",
                "\u{2022} A ban on exports",
                "It ends."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_keep_their_sentences() {
        for text in [
            "Putin met Russian\nForeign Minister Sergei Lavrov and\nPresident Xi Jinping.",
            "German Chancellor Angela Merkel and French President Francois\nHollande met \
             Ukrainian President Petro Poroshenko in Berlin on Friday.",
            "The sanctions were announced in Brussels. Secretary of State\nJohn Kerry, Defense \
             Secretary Ashton Carter and CIA Director John\nBrennan criticised Russia.",
            "By contrast, the foreign ministry in Moscow said the measures taken by\nWashington \
             were illegal.",
            "The deal had been welcomed by Belarus\n- Russia's closest ally - and by Kazakhstan.",
            "Prices rose by\n15. Then they fell to\nWashington's Level In March",
        ] {
            let flat = text.replace('\n', " ");
            assert_eq!(
                split(text).len(),
                split(&flat).len(),
                "{text:?} splits unlike {flat:?}"
            );
        }
    }
}
