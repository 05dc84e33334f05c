//! Prior-polarity lexicon: word -> valence in -1..1. Taken from VADER (the `vader_sentiment`
//! crate, MIT) at training time and stored in the model, so scoring reads no global state.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};
use std::hash::BuildHasher;

/// A word -> valence table, lookups by lowercased word.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "Vec<(String, f32)>", into = "Vec<(String, f32)>")]
pub struct Lexicon {
    entries: Vec<(String, f32)>,
    table: HashTable<u32>,
}

impl Lexicon {
    /// VADER's lexicon, valences scaled from -4..4 to -1..1. Multi-word entries are dropped:
    /// features look words up one token at a time.
    pub fn vader() -> Self {
        let mut entries: Vec<(String, f32)> = vader_sentiment::LEXICON
            .iter()
            .filter(|(word, _)| !word.contains(' '))
            .map(|(word, &valence)| (word.to_lowercase(), (valence / 4.0) as f32))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        Lexicon::from(entries)
    }

    /// The valence of `word` (lowercased), if it has one.
    pub fn valence(&self, word: &str) -> Option<f32> {
        let hash = FxBuildHasher.hash_one(word);
        self.table
            .find(hash, |&i| self.entries[i as usize].0 == word)
            .map(|&i| self.entries[i as usize].1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl From<Vec<(String, f32)>> for Lexicon {
    fn from(entries: Vec<(String, f32)>) -> Self {
        let mut table = HashTable::with_capacity(entries.len());
        for (i, (word, _)) in entries.iter().enumerate() {
            let hash = FxBuildHasher.hash_one(word.as_str());
            table.insert_unique(hash, i as u32, |&j| {
                FxBuildHasher.hash_one(entries[j as usize].0.as_str())
            });
        }
        Lexicon { entries, table }
    }
}

impl From<Lexicon> for Vec<(String, f32)> {
    fn from(lexicon: Lexicon) -> Self {
        lexicon.entries
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
}
