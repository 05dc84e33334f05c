//! Prior-polarity lexicons: word -> valence in -1..1. VADER's graded valences (the
//! `vader_sentiment` crate, MIT) and, optionally, plain opinion-word lists given at training
//! time (such as Hu and Liu's). Both are stored in the model, so scoring reads no global state.

use crate::text::TokenKind;
use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};
use std::hash::BuildHasher;

/// Valence of a word on a positive or negative opinion-word list. Lists carry no strength;
/// half of VADER's range measured best (5-fold CV on NewsMTSC train, session 5).
pub const OPINION_VALENCE: f32 = 0.5;

/// The lexicons the features read: VADER's and the opinion lists. Each fills its own dense
/// columns, so a list word and a VADER word are weighed apart (merging the lists into
/// VADER's table did as well in cross-validation but worse on both dev splits). One hash
/// table answers for both, so a word costs one probe.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "LexiconsFile", into = "LexiconsFile")]
pub struct Lexicons {
    file: LexiconsFile,
    /// Every word of either lexicon with its (VADER, opinion) valences, 0 where absent.
    words: Vec<(String, [f32; 2])>,
    table: HashTable<u32>,
}

/// What a model file stores: the two lexicons as they were built.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct LexiconsFile {
    valence: Lexicon,
    opinion: Lexicon,
}

impl Lexicons {
    /// `valence`: graded valences (VADER); `opinion`: opinion-word lists.
    pub fn new(valence: Lexicon, opinion: Lexicon) -> Self {
        Lexicons::from(LexiconsFile { valence, opinion })
    }

    /// The (VADER, opinion-list) valences of `word` (lowercased), 0 for a lexicon without
    /// it; `None` if neither has it.
    pub fn valences(&self, word: &str) -> Option<[f32; 2]> {
        let hash = FxBuildHasher.hash_one(word);
        self.table
            .find(hash, |&i| self.words[i as usize].0 == word)
            .map(|&i| self.words[i as usize].1)
    }

    /// Graded valences (VADER).
    pub fn valence(&self) -> &Lexicon {
        &self.file.valence
    }

    /// Opinion-word lists: +/-[`OPINION_VALENCE`] per word.
    pub fn opinion(&self) -> &Lexicon {
        &self.file.opinion
    }
}

impl From<LexiconsFile> for Lexicons {
    fn from(file: LexiconsFile) -> Self {
        let mut words: Vec<(String, [f32; 2])> = Vec::new();
        for (k, lexicon) in [&file.valence, &file.opinion].into_iter().enumerate() {
            for (word, v) in &lexicon.entries {
                let mut valences = [0.0; 2];
                valences[k] = *v;
                words.push((word.clone(), valences));
            }
        }
        // Entries are unique per lexicon; a word in both becomes one row with both values.
        words.sort_by(|a, b| a.0.cmp(&b.0));
        words.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                first.1[1] += later.1[1];
                first.1[0] += later.1[0];
            }
            same
        });
        let mut table = HashTable::with_capacity(words.len());
        for (i, (word, _)) in words.iter().enumerate() {
            let hash = FxBuildHasher.hash_one(word.as_str());
            table.insert_unique(hash, i as u32, |&j| {
                FxBuildHasher.hash_one(words[j as usize].0.as_str())
            });
        }
        Lexicons { file, words, table }
    }
}

impl From<Lexicons> for LexiconsFile {
    fn from(lexicons: Lexicons) -> Self {
        lexicons.file
    }
}

/// Positive and negative opinion words as read from word lists ([`Lexicon::opinion`]
/// lowercases them).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpinionWords {
    pub positive: Vec<String>,
    pub negative: Vec<String>,
}

impl OpinionWords {
    /// The listed words, lowercased, that no token can equal, each once and sorted: they
    /// would never be looked up, and [`Lexicon::opinion`] leaves them out.
    pub fn unmatchable(&self) -> Vec<String> {
        distinct_lowercase(self.all().filter(|w| token_form(w).is_none()))
    }

    /// Number of different words on the lists (lowercased).
    pub fn distinct(&self) -> usize {
        distinct_lowercase(self.all()).len()
    }

    fn all(&self) -> impl Iterator<Item = &String> {
        self.positive.iter().chain(&self.negative)
    }
}

/// `words` lowercased, sorted, each once.
fn distinct_lowercase<'a>(words: impl Iterator<Item = &'a String>) -> Vec<String> {
    sorted_distinct(words.map(|w| w.to_lowercase()))
}

/// `words` sorted, each once.
fn sorted_distinct(words: impl Iterator<Item = String>) -> Vec<String> {
    let mut words: Vec<String> = words.collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The key under which a lexicon must store `word` for a token to ever find it: the
/// normalised form of the one token the tokenizer reads when `word` stands alone and that
/// token covers all of it. `None` for phrases, hyphenated compounds (`cash-strapped` is two
/// tokens), words with symbols (`f**k`), clitic forms (`can't`) and numbers (every number
/// is the one `#` token).
fn token_form(word: &str) -> Option<String> {
    let (mut tokens, mut buf) = (Vec::new(), String::new());
    crate::text::tokenize::tokenize(word, &mut tokens, &mut buf);
    match tokens.as_slice() {
        [token]
            if token.start == 0 && token.end == word.len() && token.kind != TokenKind::Number =>
        {
            let (from, to) = token.norm;
            Some(buf[from as usize..to as usize].to_owned())
        }
        _ => None,
    }
}

/// A word -> valence list, sorted by word (in the form its token takes), one entry per word.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lexicon {
    entries: Vec<(String, f32)>,
}

impl Lexicon {
    /// VADER's lexicon, valences scaled from -4..4 to -1..1, each word stored in the form
    /// its token takes. Entries no token can equal (multi-word phrases, emoticons, numbers)
    /// are dropped: features look words up one token at a time.
    pub fn vader() -> Self {
        let mut entries: Vec<(String, f32)> = vader_sentiment::LEXICON
            .iter()
            .filter_map(|(word, &valence)| Some((token_form(word)?, (valence / 4.0) as f32)))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        Lexicon { entries }
    }

    /// The opinion lists as a table: positive words +[`OPINION_VALENCE`], negative words
    /// -[`OPINION_VALENCE`], each stored in the form its token takes (lowercased, `’` as
    /// `'`); a word on both lists says nothing and is left out, and so is a word no token
    /// can equal ([`OpinionWords::unmatchable`]).
    pub fn opinion(words: &OpinionWords) -> Self {
        let token_forms =
            |list: &[String]| sorted_distinct(list.iter().filter_map(|w| token_form(w)));
        let (positive, negative) = (token_forms(&words.positive), token_forms(&words.negative));
        let mut entries: Vec<(String, f32)> = Vec::new();
        for (list, other, valence) in [
            (&positive, &negative, OPINION_VALENCE),
            (&negative, &positive, -OPINION_VALENCE),
        ] {
            entries.extend(
                list.iter()
                    .filter(|w| other.binary_search(w).is_err())
                    .map(|w| (w.clone(), valence)),
            );
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Lexicon { entries }
    }

    /// The valence of `word` (lowercased), if it has one. Features go through
    /// [`Lexicons::valences`]; this is for inspection and tests.
    pub fn valence(&self, word: &str) -> Option<f32> {
        let i = self
            .entries
            .binary_search_by(|(w, _)| w.as_str().cmp(word))
            .ok()?;
        Some(self.entries[i].1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vader_has_polar_words() {
        let lex = Lexicon::vader();
        assert!(lex.len() > 5000);
        assert!(lex.valence("good").unwrap() > 0.3);
        assert!(lex.valence("terrible").unwrap() < -0.3);
        assert_eq!(lex.valence("table"), None);
    }

    #[test]
    fn opinion_lists_are_lowercased_signed_and_ambiguous_words_dropped() {
        let words = OpinionWords {
            positive: vec!["Praise".into(), "fine".into(), "praise".into()],
            negative: vec!["condemn".into(), "FINE".into()],
        };
        let lex = Lexicon::opinion(&words);
        assert_eq!(lex.len(), 2);
        assert_eq!(lex.valence("praise"), Some(OPINION_VALENCE));
        assert_eq!(lex.valence("condemn"), Some(-OPINION_VALENCE));
        assert_eq!(lex.valence("fine"), None);
        assert!(Lexicon::opinion(&OpinionWords::default()).is_empty());
    }

    #[test]
    fn words_no_token_can_equal_are_left_out_and_reported() {
        let words = OpinionWords {
            positive: vec![
                "Praise".into(),
                "well-known".into(),
                "U.S.".into(),
                "O’Brien".into(),
                "praise".into(),
            ],
            negative: vec![
                "f**k".into(),
                "can't".into(),
                "'s".into(),
                "10".into(),
                "two words".into(),
                "bad".into(),
                "Well-Known".into(),
            ],
        };
        assert_eq!(
            words.unmatchable(),
            ["'s", "10", "can't", "f**k", "two words", "well-known"]
        );
        assert_eq!(words.distinct(), 10);
        let lex = Lexicon::opinion(&words);
        assert_eq!(lex.len(), 4, "praise, u.s. (an acronym), o'brien and bad");
        assert_eq!(lex.valence("u.s."), Some(OPINION_VALENCE));
        // Stored as its token reads: the curly apostrophe is normalised.
        assert_eq!(lex.valence("o'brien"), Some(OPINION_VALENCE));
        assert_eq!(lex.valence("well-known"), None);
        let vader = Lexicon::vader();
        assert!(vader
            .entries
            .iter()
            .all(|(w, _)| token_form(w).as_deref() == Some(w.as_str())));
        assert_eq!(vader.valence(":)"), None, "emoticons are several tokens");
    }

    #[test]
    fn one_probe_gives_both_valences() {
        let words = OpinionWords {
            positive: vec!["good".into(), "commend".into()],
            negative: vec![],
        };
        let lex = Lexicons::new(Lexicon::vader(), Lexicon::opinion(&words));
        let good = Lexicon::vader().valence("good").unwrap();
        assert_eq!(lex.valences("good"), Some([good, OPINION_VALENCE]));
        assert_eq!(lex.valences("commend").map(|v| v[1]), Some(OPINION_VALENCE));
        assert_eq!(lex.valences("terrible").map(|v| v[1]), Some(0.0));
        assert_eq!(lex.valences("table"), None);
        let bytes = postcard::to_allocvec(&lex).unwrap();
        let back: Lexicons = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(
            postcard::to_allocvec(&back).unwrap(),
            bytes,
            "re-encodes stably"
        );
        assert_eq!(back.valences("good"), lex.valences("good"));
        assert_eq!(back.opinion().len(), 2);
    }
}
