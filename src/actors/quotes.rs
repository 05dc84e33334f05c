//! Quotations: the spans between opening and closing quote marks.
//!
//! Curly quotes (`“…”`, also `„…”`) and straight double quotes (which toggle) are
//! recognised; single quotes are not (they double as apostrophes). A quotation still
//! open at a blank line ends there (news style opens each paragraph of a long quote
//! again), and so does one still open at the end of the text.

/// A quotation: from its opening mark to just after its closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    pub start: usize,
    pub end: usize,
    /// Ended by a closing mark (not by a blank line or the end of the text).
    pub closed: bool,
}

impl Quote {
    /// The span `[start, end)` lies inside this quotation.
    pub fn contains(&self, start: usize, end: usize) -> bool {
        self.start <= start && end <= self.end
    }
}

/// All quotations in the text, sorted and non-overlapping.
pub(crate) fn find_quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            '\u{201c}' | '\u{201e}' => {
                close(&mut out, &mut open, i, false);
                open = Some(i);
            }
            '\u{201d}' => close(&mut out, &mut open, i + c.len_utf8(), true),
            '"' if open.is_some() => close(&mut out, &mut open, i + 1, true),
            '"' => open = Some(i),
            '\n' if bytes.get(i + 1) == Some(&b'\n') || text[i + 1..].starts_with("\r\n") => {
                close(&mut out, &mut open, i, false)
            }
            _ => {}
        }
    }
    close(&mut out, &mut open, text.len(), false);
    out
}

fn close(out: &mut Vec<Quote>, open: &mut Option<usize>, end: usize, closed: bool) {
    if let Some(start) = open.take() {
        out.push(Quote { start, end, closed });
    }
}

/// Index of the quotation containing `[start, end)`.
pub(crate) fn quote_containing(quotes: &[Quote], start: usize, end: usize) -> Option<usize> {
    let i = quotes.partition_point(|q| q.start <= start);
    (i > 0 && quotes[i - 1].contains(start, end)).then(|| i - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, bool)> {
        find_quotes(text)
            .iter()
            .map(|q| (&text[q.start..q.end], q.closed))
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        assert_eq!(
            spans("“We are ready,” he said. \"Yes\" and \"no\"."),
            vec![
                ("“We are ready,”", true),
                ("\"Yes\"", true),
                ("\"no\"", true)
            ]
        );
    }

    #[test]
    fn paragraph_break_ends_an_open_quote() {
        let text = "“First part.\n\n“Second part.” Done.";
        assert_eq!(
            spans(text),
            vec![("“First part.", false), ("“Second part.”", true)]
        );
        assert_eq!(spans("He said: “unfinished"), vec![("“unfinished", false)]);
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        assert_eq!(spans("a” b"), vec![]);
    }

    #[test]
    fn containing_quote() {
        let q = find_quotes("x “ab” y “cd”");
        assert_eq!(quote_containing(&q, 5, 7), Some(0));
        assert_eq!(quote_containing(&q, 0, 1), None);
        assert_eq!(quote_containing(&q, 16, 18), Some(1));
    }
}
