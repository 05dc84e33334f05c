//! Word and punctuation tokens as byte ranges into the article text, and the
//! validated, sorted view of the caller's sentences.

use crate::text::tokenize::is_apostrophe;
use crate::text::Sentence;

use super::lexicon;
use std::cell::OnceCell;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Punct,
}

/// A word (letters/digits, joined by inner `-`, `.`, `&` or apostrophes, and digits by
/// `,`; a possessive `'s` is not part of the word) or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Line breaks in the white space before this token (saturating).
    pub newlines_before: u8,
    /// The word lists this word is in ([`lexicon::flags`]); 0 for punctuation.
    pub lex: u32,
    /// A word that [`is_capitalised`].
    pub cap: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The word is in the list of `flag` (ignoring case).
    pub fn has(&self, flag: u32) -> bool {
        self.lex & flag != 0
    }

    /// This punctuation token is one of `chars`.
    pub fn is_punct_in(&self, text: &str, chars: &[char]) -> bool {
        self.kind == TokenKind::Punct && text[self.start..].starts_with(chars)
    }
}

/// The hyphens that join words: `-`, U+2010 and the non-breaking U+2011.
pub(crate) const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

fn is_joiner(c: char) -> bool {
    HYPHENS.contains(&c) || matches!(c, '.' | '&') || is_apostrophe(c)
}

/// The char starting at byte `i` of `s` (a char boundary), decoded only when it is not
/// ASCII: most news text is, and slicing plus decoding per char was most of the tokenizer.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s[i..].chars().next(),
    }
}

/// Tokenizes `text[start..end]` (which must be char boundaries), appending to `out`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let mut i = 0;
    let mut newlines = 0u8;
    while let Some(c) = char_at(s, i) {
        if c.is_whitespace() {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            i += c.len_utf8();
            continue;
        }
        let ws = i;
        i += c.len_utf8();
        let mut lex = 0;
        let kind = if c.is_alphanumeric() {
            while let Some(n) = char_at(s, i) {
                if n.is_alphanumeric() {
                    i += n.len_utf8();
                    continue;
                }
                // A comma between digits groups them (`600,000`): one number, not a
                // clause boundary.
                let digit_group = n == ',' && s.as_bytes()[i - 1].is_ascii_digit();
                if !is_joiner(n) && !digit_group {
                    break;
                }
                let after = i + n.len_utf8();
                match char_at(s, after) {
                    Some(a) if digit_group && !a.is_ascii_digit() => break,
                    Some(a) if a.is_alphanumeric() => {
                        let possessive = is_apostrophe(n)
                            && (a == 's' || a == 'S')
                            && char_at(s, after + a.len_utf8())
                                .is_none_or(|c| !c.is_alphanumeric());
                        if possessive || is_compound_suffix(n, &s[after..]) {
                            break;
                        }
                        i = after;
                    }
                    _ => break,
                }
            }
            lex = lexicon::flags(&s[ws..i]);
            if s[i..].starts_with('.') && takes_period(&s[ws..i], lex) {
                i += 1;
                lex = lexicon::flags(&s[ws..i]);
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            start: start + ws,
            end: start + i,
            kind,
            newlines_before: newlines,
            lex,
            cap: kind == TokenKind::Word && is_capitalised(&s[ws..i]),
        });
        newlines = 0;
    }
}

/// After the joiner `joiner`, `rest` starts with a lowercase
/// [`lexicon::COMPOUND_PARTICIPLES`] word that ends the word. Lowercase only: `Iran-Backed`
/// in a title-case headline stays whole rather than leave `Backed` to look like a name.
fn is_compound_suffix(joiner: char, rest: &str) -> bool {
    if !HYPHENS.contains(&joiner) {
        return false;
    }
    let len = rest
        .bytes()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let ends_word = rest[len..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    ends_word && lexicon::is_compound_participle(&rest[..len])
}

/// `U.S` + `.`, initials (`W.`) and known abbreviations (`Mr.`, `Gen.`, `Inc.`).
fn takes_period(w: &str, lex: u32) -> bool {
    let mut chars = w.chars();
    let first = chars.next();
    let single = chars.next().is_none();
    (w.contains('.') && first.is_some_and(char::is_alphabetic))
        || (single && first.is_some_and(char::is_uppercase))
        || lex & lexicon::ABBREVIATION != 0
}

/// First character is an uppercase letter, or an Arabic article prefix before one (`al-Assad`).
pub(crate) fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_lowercase() => {
            let Some(h) = w.find('-') else { return false };
            h <= 3
                && lexicon::is_article_prefix(&w[..h])
                && w[h + 1..].chars().next().is_some_and(char::is_uppercase)
        }
        _ => false,
    }
}

/// Has a letter and no lowercase letter (`NATO`, `U.S.`).
pub(crate) fn is_all_caps(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

/// The caller's valid sentences and their tokens: made once per article, read by actor
/// finding (names) and holder finding (clauses) alike.
pub(crate) struct ArticleTokens {
    pub sents: SentenceIndex,
    pub tokens: Vec<Token>,
    /// Token range per sentence (parallel to `sents.sents`).
    pub ranges: Vec<(usize, usize)>,
    /// The page-furniture lines ([`super::page_furniture`]), worked out on first use.
    furniture: OnceCell<Vec<(usize, usize)>>,
}

impl ArticleTokens {
    pub fn new(text: &str, sentences: &[Sentence]) -> ArticleTokens {
        let sents = SentenceIndex::new(text, sentences);
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let ranges = sents
            .sents
            .iter()
            .map(|s| {
                let a = tokens.len();
                tokenize(text, s.start, s.end, &mut tokens);
                (a, tokens.len())
            })
            .collect();
        ArticleTokens {
            sents,
            tokens,
            ranges,
            furniture: OnceCell::new(),
        }
    }

    /// The spans of page-furniture lines (`Read more: …`, bylines) of `text`, the text
    /// these tokens were made from: actor finding drops their names, coreference their
    /// pronouns.
    pub fn page_furniture(&self, text: &str) -> &[(usize, usize)] {
        self.furniture
            .get_or_init(|| super::page_furniture(text, &self.sents))
    }
}

/// One of the caller's sentences, checked against the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentRange {
    pub start: usize,
    pub end: usize,
    /// Index into the caller's `sentences`.
    pub index: usize,
}

/// The caller's sentences that are valid ranges of the text, sorted by start.
pub(crate) struct SentenceIndex {
    pub sents: Vec<SentRange>,
}

impl SentenceIndex {
    pub fn new(text: &str, sentences: &[Sentence]) -> SentenceIndex {
        let mut sents: Vec<SentRange> = sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.start < s.end
                    && s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            })
            .map(|(index, s)| SentRange {
                start: s.start,
                end: s.end,
                index,
            })
            .collect();
        if !sents.windows(2).all(|w| w[0].start <= w[1].start) {
            sents.sort_by_key(|s| (s.start, s.end));
        }
        SentenceIndex { sents }
    }

    pub fn is_empty(&self) -> bool {
        self.sents.is_empty()
    }

    /// Position in `sents` of the sentence containing byte `pos`.
    pub fn locate(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.start <= pos);
        (i > 0 && pos < self.sents[i - 1].end).then(|| i - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        out.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            words("Russia's and Iran’s U.S.-backed al-Assad, O'Brien."),
            vec![
                "Russia", "'", "s", "and", "Iran", "’", "s", "U.S.", "-", "backed", "al-Assad",
                ",", "O'Brien", "."
            ]
        );
        assert_eq!(words("the U.S."), vec!["the", "U.S."]);
        assert_eq!(
            words("Mr. George W. Bush."),
            vec!["Mr.", "George", "W.", "Bush", "."]
        );
        assert_eq!(
            words("Russians' AT&T 3.5%"),
            vec!["Russians", "'", "AT&T", "3.5", "%"]
        );
        assert_eq!(words("“Quote,” he"), vec!["“", "Quote", ",", "”", "he"]);
    }

    #[test]
    fn a_name_before_a_compound_participle_is_its_own_word() {
        assert_eq!(
            words("the Miami-based fund, Saudi-led strikes, al-Assad, Hong‑Kong-born"),
            vec![
                "the",
                "Miami",
                "-",
                "based",
                "fund",
                ",",
                "Saudi",
                "-",
                "led",
                "strikes",
                ",",
                "al-Assad",
                ",",
                "Hong‑Kong",
                "-",
                "born"
            ]
        );
        assert_eq!(
            words("well-based ledger-led"),
            vec!["well", "-", "based", "ledger", "-", "led"]
        );
        assert_eq!(
            words("Miami-basedX co-led"),
            vec!["Miami-basedX", "co", "-", "led"]
        );
    }

    #[test]
    fn digit_grouping_commas_stay_inside_numbers() {
        assert_eq!(
            words("hosts 600,000 refugees, 1,2 and 3, then"),
            vec!["hosts", "600,000", "refugees", ",", "1,2", "and", "3", ",", "then"]
        );
        assert_eq!(words("In 2019, Paris"), vec!["In", "2019", ",", "Paris"]);
        assert_eq!(words("10,a"), vec!["10", ",", "a"]);
    }

    #[test]
    fn newlines_are_counted() {
        let text = "A\n\nB\nC";
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        let n: Vec<u8> = out.iter().map(|t| t.newlines_before).collect();
        assert_eq!(n, vec![0, 2, 1]);
    }

    #[test]
    fn capitalisation() {
        assert!(is_capitalised("Obama") && is_capitalised("al-Assad") && is_capitalised("NATO"));
        assert!(
            !is_capitalised("obama") && !is_capitalised("al-qaida") && !is_capitalised("1990s")
        );
        assert!(is_all_caps("U.S.") && !is_all_caps("Obama") && !is_all_caps("42"));
    }

    #[test]
    fn sentence_index_skips_invalid_and_sorts() {
        let text = "Añb. Cd.";
        let s = |start, end| Sentence { start, end };
        let idx = SentenceIndex::new(text, &[s(6, 9), s(0, 2), s(2, 3), s(4, 100), s(3, 3)]);
        let got: Vec<_> = idx.sents.iter().map(|r| r.index).collect();
        assert_eq!(got, vec![0]);
        let idx = SentenceIndex::new(text, &[s(6, 9), s(0, 6)]);
        assert_eq!(idx.locate(0), Some(0));
        assert_eq!(idx.locate(7), Some(1));
        assert_eq!(idx.sents[1].index, 0);
        assert_eq!(idx.locate(100), None);
    }
}
