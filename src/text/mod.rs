//! Text analysis: sentences, tokens, stems and negation. One [`Analyzer`] serves training and
//! scoring, and its settings are saved in the model, so the two can never drift apart.

pub mod negation;
pub mod sentences;
pub mod stem;
pub mod tokenize;

use rust_stemmers::Stemmer;
use serde::{Deserialize, Serialize};

pub use sentences::{split_sentences, Sentence};
pub use stem::Language;
pub use tokenize::{Token, TokenKind};

/// How text is turned into tokens; stored in the model file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSettings {
    /// Stemming language (rust-stemmers / Snowball).
    pub language: Language,
    /// Stem words (acronyms and numbers are never stemmed).
    pub stem: bool,
    /// Mark tokens inside a negation scope.
    pub negation: bool,
}

impl Default for TextSettings {
    fn default() -> Self {
        TextSettings {
            language: Language::English,
            stem: true,
            negation: true,
        }
    }
}

/// Tokenizes, stems and marks negation according to [`TextSettings`].
pub struct Analyzer {
    settings: TextSettings,
    stemmer: Stemmer,
}

impl Analyzer {
    pub fn new(settings: TextSettings) -> Self {
        let stemmer = settings.language.stemmer();
        Analyzer { settings, stemmer }
    }

    pub fn settings(&self) -> &TextSettings {
        &self.settings
    }

    /// Analyzes `text` into `out`, reusing its buffers.
    pub fn analyze(&self, text: &str, out: &mut Analyzed) {
        tokenize::tokenize(text, &mut out.tokens, &mut out.buf);
        if self.settings.stem {
            self.stem_words(out);
        }
        if self.settings.negation {
            negation::mark_negation(&mut out.tokens, &out.buf);
        }
    }

    fn stem_words(&self, out: &mut Analyzed) {
        let Analyzed {
            tokens,
            buf,
            stems,
            stems_language,
        } = out;
        // One buffer may serve models of different languages: a cache filled by another
        // stemmer is dropped, not reused.
        if stems.len() > STEM_CACHE_LIMIT || *stems_language != Some(self.settings.language) {
            stems.clear();
            *stems_language = Some(self.settings.language);
        }
        for token in tokens.iter_mut().filter(|t| t.kind == TokenKind::Word) {
            let (from, to) = token.norm;
            let norm = &buf[from as usize..to as usize];
            // Snowball costs thousands of instructions a word; news repeats its words.
            let stem = match stems.get(norm) {
                Some(stem) => stem,
                None => {
                    let stemmed = self.stemmer.stem(norm);
                    // Most stems are a prefix of the word: remembered as a length, the
                    // token points into its own text instead of a copy.
                    let stem = if norm.starts_with(&*stemmed) {
                        Stem::Prefix(stemmed.len() as u32)
                    } else {
                        Stem::Other(stemmed.into())
                    };
                    stems.entry(norm.into()).or_insert(stem)
                }
            };
            token.stem = match stem {
                Stem::Prefix(len) => (from, from + len),
                Stem::Other(stem) => {
                    let start = buf.len() as u32;
                    buf.push_str(stem);
                    (start, buf.len() as u32)
                }
            };
        }
    }
}

/// A cached stem: the first `n` bytes of the word, or another text.
#[derive(Debug, Clone)]
enum Stem {
    Prefix(u32),
    Other(Box<str>),
}

/// Entries kept in a per-buffer stem cache before it is cleared (bounds memory on
/// endless streams of new words).
const STEM_CACHE_LIMIT: usize = 200_000;

/// Tokens of one text plus the buffer their normalised forms and stems live in. Reuse one
/// per thread: it also caches stems.
#[derive(Debug, Default, Clone)]
pub struct Analyzed {
    pub tokens: Vec<Token>,
    buf: String,
    stems: rustc_hash::FxHashMap<Box<str>, Stem>,
    /// The language whose stemmer filled `stems`.
    stems_language: Option<Language>,
}

impl Analyzed {
    /// The lowercased form of token `i`.
    pub fn norm(&self, i: usize) -> &str {
        let (a, b) = self.tokens[i].norm;
        &self.buf[a as usize..b as usize]
    }

    /// The stem of token `i` (its normalised form where it is not stemmed).
    pub fn stem(&self, i: usize) -> &str {
        let (a, b) = self.tokens[i].stem;
        &self.buf[a as usize..b as usize]
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyzer_stems_words_but_not_acronyms() {
        let analyzer = Analyzer::new(TextSettings::default());
        let mut out = Analyzed::default();
        analyzer.analyze("The U.S. criticised happy officials", &mut out);
        let stems: Vec<&str> = (0..out.len()).map(|i| out.stem(i)).collect();
        assert_eq!(stems, ["the", "u.s.", "criticis", "happi", "offici"]);
        assert_eq!(out.norm(3), "happy");
    }

    #[test]
    fn a_buffer_shared_by_two_languages_never_mixes_their_stems() {
        let english = Analyzer::new(TextSettings::default());
        let german = Analyzer::new(TextSettings {
            language: Language::German,
            ..TextSettings::default()
        });
        let mut out = Analyzed::default();
        english.analyze("running", &mut out);
        assert_eq!(out.stem(0), "run");
        german.analyze("running", &mut out);
        let mut fresh = Analyzed::default();
        german.analyze("running", &mut fresh);
        assert_eq!(out.stem(0), fresh.stem(0));
        english.analyze("running", &mut out);
        assert_eq!(out.stem(0), "run");
    }

    #[test]
    fn buffers_are_reused_between_calls() {
        let analyzer = Analyzer::new(TextSettings::default());
        let mut out = Analyzed::default();
        analyzer.analyze("one long sentence with several words", &mut out);
        analyzer.analyze("short", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out.stem(0), "short");
    }
}
