//! Splits text into tokens that carry byte offsets into the caller's string.
//!
//! Words are lowercased; dotted acronyms (`U.S.`, `U.N.`) stay whole; English clitics are
//! split off (`don't` -> `do` + `n't`, `Russia's` -> `russia` + `'s`) so that the negator and
//! the name are tokens of their own; punctuation that carries stance or bounds a clause is
//! kept as a token. Normalised forms live in one shared buffer to avoid a String per token.

/// What a token is; features treat the kinds differently (acronyms are never stemmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Acronym,
    Number,
    /// A clitic split off a word: `n't`, `'s`, `'re`, `'ll`...
    Clitic,
    /// `!`, `?`, a quote mark (normalised to `"`), or a clause boundary (`,` `;` `:` `.` dash).
    Punct,
}

/// One token: byte offsets into the original text and ranges into the normalised buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Set by negation marking: the token lies in the scope of a negator.
    pub negated: bool,
    /// The word starts with an upper-case letter (a cue for names, kept after lowercasing).
    pub capitalized: bool,
    pub(crate) norm: (u32, u32),
    pub(crate) stem: (u32, u32),
}

impl Token {
    /// True for `,` `;` `:` `.` and dashes: the places where a clause (and negation scope) ends.
    pub fn is_clause_boundary(&self, norm: &str) -> bool {
        self.kind == TokenKind::Punct && matches!(norm, "," | ";" | ":" | "." | "-")
    }
}

const CLITICS: [&str; 6] = ["s", "re", "ve", "ll", "d", "m"];

/// The straight and the curly apostrophe (`'`, `’`), for code that matches a set of
/// characters.
pub(crate) const APOSTROPHES: [char; 2] = ['\'', '\u{2019}'];

/// One of [`APOSTROPHES`]; the actor tokenizer uses the same test.
pub(crate) fn is_apostrophe(c: char) -> bool {
    APOSTROPHES.contains(&c)
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Tokenizes `text`, appending to `tokens` and writing normalised forms into `buf`.
/// Both are cleared first so callers can reuse them across sentences.
pub fn tokenize(text: &str, tokens: &mut Vec<Token>, buf: &mut String) {
    tokens.clear();
    buf.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    // `i` is always on a char boundary: the start, the end of a char or of a word.
    while let Some(&b) = bytes.get(i) {
        // ASCII, the bulk of news text, needs no decoding.
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            c
        };
        if c.is_alphanumeric() {
            let (end, plain) = scan_word(text, i);
            if plain {
                emit_plain_word(text, i, end, tokens, buf);
            } else {
                emit_word(text, i, end, tokens, buf);
            }
            i = end;
            continue;
        }
        let end = i + c.len_utf8();
        let norm = match c {
            '!' | '?' | ',' | ';' | ':' | '.' => Some(&text[i..end]),
            '\u{2014}' | '\u{2013}' => Some("-"),
            '-' if bytes.get(i + 1) == Some(&b'-') || i > 0 && bytes[i - 1] == b' ' => Some("-"),
            c if is_quote(c) => Some("\""),
            _ => None,
        };
        if let Some(norm) = norm {
            push(tokens, buf, i, end, TokenKind::Punct, norm);
        }
        i = end;
    }
}

/// Finds the end of the word-like run starting at `start` (an alphanumeric char), and
/// whether it is plain: ASCII letters and digits only, so that it needs none of the
/// acronym, clitic or number rules beyond "all digits".
fn scan_word(text: &str, start: usize) -> (usize, bool) {
    if let Some(end) = scan_acronym(text, start) {
        return (end, false);
    }
    let b = text.as_bytes();
    let mut end = start;
    let mut plain = true;
    loop {
        // Runs of ASCII letters and digits, byte by byte.
        while end < b.len() && b[end].is_ascii_alphanumeric() {
            end += 1;
        }
        // An ASCII byte other than a separator ends the word without decoding anything.
        match b.get(end) {
            None => return (end, plain),
            Some(&x) if x.is_ascii() && !matches!(x, b'.' | b',' | b'\'') => return (end, plain),
            _ => {}
        }
        let Some(c) = text[end..].chars().next() else {
            return (end, plain);
        };
        let after = end + c.len_utf8();
        if c.is_alphanumeric() {
            plain = false;
            end = after;
            continue;
        }
        let next = text[after..].chars().next();
        // `end > start` here (the first char is alphanumeric), and a byte that is not an
        // ASCII digit on its own (the tail of a multi-byte char) is not one in the char
        // either.
        debug_assert!(end > start);
        let prev_digit = b[end - 1].is_ascii_digit();
        // 3.5 and 10,000 stay one number.
        let number =
            (c == '.' || c == ',') && prev_digit && next.is_some_and(|n| n.is_ascii_digit());
        // O'Brien keeps its apostrophe; clitics are split by `emit_word`.
        let apostrophe = is_apostrophe(c) && next.is_some_and(|n| n.is_alphabetic());
        if !(number || apostrophe) {
            return (end, plain);
        }
        // The char after the separator continues the word, so the run goes on from there.
        plain = false;
        end = after;
    }
}

/// `U.S.`, `U.N.`, `e.g.`: single letters each followed by a dot, at least two of them.
fn scan_acronym(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut pos = start;
    let mut letters = 0;
    while pos + 1 < b.len() && b[pos].is_ascii_alphabetic() && b[pos + 1] == b'.' {
        letters += 1;
        pos += 2;
        if pos < b.len()
            && b[pos].is_ascii_alphanumeric()
            && !(pos + 1 < b.len() && b[pos + 1] == b'.')
        {
            // "U.Sa" is not an acronym run; stop before the dangling part.
            break;
        }
    }
    let ends_cleanly = pos >= b.len() || !b[pos].is_ascii_alphanumeric();
    (letters >= 2 && ends_cleanly).then_some(pos)
}

/// A word of ASCII letters and digits: a number if all digits, else a lowercased word.
fn emit_plain_word(
    text: &str,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token>,
    buf: &mut String,
) {
    let word = &text.as_bytes()[start..end];
    if word.iter().all(u8::is_ascii_digit) {
        push(tokens, buf, start, end, TokenKind::Number, "#");
        return;
    }
    // `push_lower`'s ASCII branch without its tests for non-ASCII text and apostrophes,
    // which cost 2% of `stance eval`; `plain_words_take_the_general_rules` keeps them equal.
    let from = buf.len() as u32;
    buf.push_str(&text[start..end]);
    buf[from as usize..].make_ascii_lowercase();
    push_range(tokens, buf.len() as u32, from, start, end, TokenKind::Word);
    if let Some(token) = tokens.last_mut() {
        token.capitalized = word[0].is_ascii_uppercase();
    }
}

/// A word with separators (`3.5`, `O'Brien`, `don't`), dots (`U.S.`) or non-ASCII letters.
fn emit_word(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>, buf: &mut String) {
    let word = &text[start..end];
    if word.len() >= 4 && word.as_bytes()[1] == b'.' && word.ends_with('.') {
        let mut norm = String::with_capacity(word.len());
        norm.extend(word.chars().flat_map(char::to_lowercase));
        push(tokens, buf, start, end, TokenKind::Acronym, &norm);
        if let Some(token) = tokens.last_mut() {
            token.capitalized = word.starts_with(|c: char| c.is_uppercase());
        }
        return;
    }
    if let Some((split, clitic_len)) = clitic_split(word) {
        let stem_end = start + split;
        push_lower(tokens, buf, start, stem_end, text, TokenKind::Word);
        let clitic = &text[stem_end..stem_end + clitic_len];
        let norm: String = clitic
            .chars()
            .map(|c| {
                if is_apostrophe(c) {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        push(
            tokens,
            buf,
            stem_end,
            stem_end + clitic_len,
            TokenKind::Clitic,
            &norm,
        );
        return;
    }
    let kind = if word
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    if kind == TokenKind::Number {
        push(tokens, buf, start, end, kind, "#");
    } else {
        push_lower(tokens, buf, start, end, text, kind);
    }
}

/// Where a trailing clitic starts in `word` and how long it is (`don't` -> (2, 3)).
fn clitic_split(word: &str) -> Option<(usize, usize)> {
    let (apos, ch) = word.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?;
    let after = &word[apos + ch.len_utf8()..];
    let lower = after.to_ascii_lowercase();
    if lower == "t" && apos > 1 && word[..apos].to_ascii_lowercase().ends_with('n') {
        let n_pos = apos - 1;
        return Some((n_pos, word.len() - n_pos));
    }
    if CLITICS.contains(&lower.as_str()) && apos > 0 {
        return Some((apos, word.len() - apos));
    }
    None
}

fn push_lower(
    tokens: &mut Vec<Token>,
    buf: &mut String,
    start: usize,
    end: usize,
    text: &str,
    kind: TokenKind,
) {
    let from = buf.len() as u32;
    let word = &text[start..end];
    if word.is_ascii() {
        // Most news words: one copy and an in-place lowercase, the same result as the
        // per-character path (ASCII has only the one apostrophe).
        buf.push_str(word);
        buf[from as usize..].make_ascii_lowercase();
    } else {
        for c in word.chars() {
            if is_apostrophe(c) {
                buf.push('\'');
            } else {
                buf.extend(c.to_lowercase());
            }
        }
    }
    push_range(tokens, buf.len() as u32, from, start, end, kind);
    if let (Some(token), Some(first)) = (tokens.last_mut(), word.chars().next()) {
        token.capitalized = first.is_uppercase();
    }
}

fn push(
    tokens: &mut Vec<Token>,
    buf: &mut String,
    start: usize,
    end: usize,
    kind: TokenKind,
    norm: &str,
) {
    let from = buf.len() as u32;
    buf.push_str(norm);
    push_range(tokens, buf.len() as u32, from, start, end, kind);
}

/// Records a token whose normalised form is `buf[from..to]` (its stem, until stemming).
fn push_range(
    tokens: &mut Vec<Token>,
    to: u32,
    from: u32,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    tokens.push(Token {
        start,
        end,
        kind,
        negated: false,
        capitalized: false,
        norm: (from, to),
        stem: (from, to),
    });
}

#[cfg(test)]
mod tests;
