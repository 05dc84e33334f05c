//! Word lists (one word per line), such as opinion lexicons distributed as plain text.

use crate::error::{Error, Result};
use std::borrow::Cow;
use std::path::Path;

/// The words of `path`: one per line, surrounding spaces trimmed; blank lines and lines that
/// start with `;` or `#` (comments, as in Hu and Liu's lists) are skipped. A line that is
/// not UTF-8 is an error naming it unless `lossy` (its bad bytes become U+FFFD); so is a
/// line holding two words, or a file with no word at all.
pub fn read_word_list(path: &Path, lossy: bool) -> Result<Vec<String>> {
    super::refuse_directory(path, "a word list")?;
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    parse(&bytes, &path.display().to_string(), lossy)
}

fn parse(bytes: &[u8], source: &str, lossy: bool) -> Result<Vec<String>> {
    // A byte-order mark is not part of the first word (editors on Windows write one).
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut words = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = i as u64 + 1;
        let text = match std::str::from_utf8(raw) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) if lossy => String::from_utf8_lossy(raw),
            Err(_) => {
                return Err(Error::input(
                    source,
                    Some(line),
                    "not valid UTF-8; convert the file to UTF-8 or pass --lossy",
                ))
            }
        };
        let word = text.trim();
        if word.is_empty() || word.starts_with([';', '#']) {
            continue;
        }
        if word.contains(char::is_whitespace) {
            return Err(Error::input(
                source,
                Some(line),
                format!("expected one word per line, found {word:?}"),
            ));
        }
        words.push(word.to_string());
    }
    if words.is_empty() {
        return Err(Error::input(
            source,
            None,
            "no words in the list (one word per line; `;` or `#` starts a comment line)",
        ));
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blank_lines_and_line_ends_are_skipped() {
        let text = b"\xef\xbb\xbf;; a header\n; more\n\nacclaim\r\n  praise \n# note\nupbeat";
        let words = parse(text, "pos.txt", false).unwrap();
        assert_eq!(words, ["acclaim", "praise", "upbeat"]);
        let words = parse(b"\xef\xbb\xbfacclaim\n", "pos.txt", false).unwrap();
        assert_eq!(words, ["acclaim"]);
    }

    #[test]
    fn bad_utf8_names_the_line_unless_lossy() {
        let text = b"good\nna\xefve\n";
        let err = parse(text, "neg.txt", false).unwrap_err().to_string();
        assert!(err.starts_with("neg.txt:2: not valid UTF-8"), "{err}");
        assert!(err.contains("--lossy"), "{err}");
        let words = parse(text, "neg.txt", true).unwrap();
        assert_eq!(words, ["good", "na\u{fffd}ve"]);
    }

    #[test]
    fn two_words_on_a_line_or_no_words_are_errors() {
        let err = parse(b"fine\nvery good\n", "pos.txt", false).unwrap_err();
        assert!(
            err.to_string().starts_with("pos.txt:2: expected one word"),
            "{err}"
        );
        let err = parse(b"; only a comment\n\n", "pos.txt", false).unwrap_err();
        assert!(err.to_string().contains("no words"), "{err}");
    }

    #[test]
    fn a_missing_file_or_a_directory_is_an_error() {
        let dir = std::env::temp_dir();
        assert!(read_word_list(&dir, false).is_err());
        assert!(read_word_list(&dir.join("no-such-list.txt"), false).is_err());
    }
}
