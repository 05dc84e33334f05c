//! The fitted vocabulary: feature key -> column, with the IDF learned once at fit time.
//! Scoring a sentence alone or in a batch gives the same vector, because nothing here is
//! recomputed after fitting.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};
use std::hash::BuildHasher;

/// Feature keys (sorted) and their inverse document frequencies.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "VocabularyData", into = "VocabularyData")]
pub struct Vocabulary {
    terms: Vec<String>,
    idf: Vec<f32>,
    table: HashTable<u32>,
}

#[derive(Serialize, Deserialize)]
struct VocabularyData {
    terms: Vec<String>,
    idf: Vec<f32>,
}

impl Vocabulary {
    /// Column of `key`, if it is in the vocabulary.
    #[inline]
    pub fn get(&self, key: &str) -> Option<u32> {
        let hash = FxBuildHasher.hash_one(key);
        self.table
            .find(hash, |&i| self.terms[i as usize] == key)
            .copied()
    }

    /// IDF of column `i`.
    #[inline]
    pub fn idf(&self, i: u32) -> f32 {
        self.idf[i as usize]
    }

    /// The key of column `i`.
    pub fn term(&self, i: u32) -> &str {
        &self.terms[i as usize]
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    fn build(terms: Vec<String>, idf: Vec<f32>) -> Self {
        let mut table = HashTable::with_capacity(terms.len());
        for (i, term) in terms.iter().enumerate() {
            let hash = FxBuildHasher.hash_one(term.as_str());
            table.insert_unique(hash, i as u32, |&j| {
                FxBuildHasher.hash_one(terms[j as usize].as_str())
            });
        }
        Vocabulary { terms, idf, table }
    }
}

impl From<VocabularyData> for Vocabulary {
    fn from(data: VocabularyData) -> Self {
        Vocabulary::build(data.terms, data.idf)
    }
}

impl From<Vocabulary> for VocabularyData {
    fn from(v: Vocabulary) -> Self {
        VocabularyData {
            terms: v.terms,
            idf: v.idf,
        }
    }
}

/// Counts document frequencies of keys seen while fitting. Keys are interned so training
/// rows hold integer ids, never the text.
#[derive(Default)]
pub struct VocabularyBuilder {
    ids: HashTable<u32>,
    keys: Vec<String>,
    df: Vec<u32>,
    last_row: Vec<u32>,
    rows: u32,
}

impl VocabularyBuilder {
    /// The id of `key`, interning it on first sight.
    pub fn intern(&mut self, key: &str) -> u32 {
        let hash = FxBuildHasher.hash_one(key);
        let keys = &self.keys;
        if let Some(&id) = self.ids.find(hash, |&i| keys[i as usize] == key) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.keys.push(key.to_owned());
        self.df.push(0);
        self.last_row.push(u32::MAX);
        let keys = &self.keys;
        self.ids.insert_unique(hash, id, |&i| {
            FxBuildHasher.hash_one(keys[i as usize].as_str())
        });
        id
    }

    /// Records that the interned keys `ids` occur in one more document.
    pub fn count_document(&mut self, ids: impl IntoIterator<Item = u32>) {
        let row = self.rows;
        for id in ids {
            let slot = &mut self.last_row[id as usize];
            if *slot != row {
                *slot = row;
                self.df[id as usize] += 1;
            }
        }
        self.rows += 1;
    }

    /// Keeps keys with `df >= min_df`, the `max_features` most frequent of them if given
    /// (ties broken by key, so the result is deterministic), sorted by key. Returns the
    /// vocabulary and, for every interned id, its new column (or `u32::MAX` if dropped).
    pub fn finish(self, min_df: u32, max_features: Option<usize>) -> (Vocabulary, Vec<u32>) {
        let mut kept: Vec<u32> = (0..self.keys.len() as u32)
            .filter(|&i| self.df[i as usize] >= min_df)
            .collect();
        if let Some(max) = max_features {
            if kept.len() > max {
                kept.sort_by(|&a, &b| {
                    self.df[b as usize]
                        .cmp(&self.df[a as usize])
                        .then_with(|| self.keys[a as usize].cmp(&self.keys[b as usize]))
                });
                kept.truncate(max);
            }
        }
        kept.sort_by(|&a, &b| self.keys[a as usize].cmp(&self.keys[b as usize]));
        let n = self.rows as f64;
        let mut remap = vec![u32::MAX; self.keys.len()];
        let mut terms = Vec::with_capacity(kept.len());
        let mut idf = Vec::with_capacity(kept.len());
        let mut keys = self.keys;
        for (col, &id) in kept.iter().enumerate() {
            remap[id as usize] = col as u32;
            terms.push(std::mem::take(&mut keys[id as usize]));
            // scikit-learn's smooth IDF, so results compare with its TfidfVectorizer.
            let df = self.df[id as usize] as f64;
            idf.push((((1.0 + n) / (1.0 + df)).ln() + 1.0) as f32);
        }
        (Vocabulary::build(terms, idf), remap)
    }

    /// Number of documents counted so far.
    pub fn documents(&self) -> u32 {
        self.rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fit(docs: &[&[&str]], min_df: u32, max: Option<usize>) -> (Vocabulary, Vec<u32>) {
        let mut b = VocabularyBuilder::default();
        for doc in docs {
            let ids: Vec<u32> = doc.iter().map(|k| b.intern(k)).collect();
            b.count_document(ids);
        }
        b.finish(min_df, max)
    }

    #[test]
    fn min_df_drops_rare_keys_and_idf_is_smooth() {
        let (v, remap) = fit(&[&["a", "b", "a"], &["a", "c"], &["a", "b"]], 2, None);
        assert_eq!(v.len(), 2);
        assert_eq!(v.term(0), "a");
        assert_eq!(v.get("b"), Some(1));
        assert_eq!(v.get("c"), None);
        assert_eq!(remap, vec![0, 1, u32::MAX]);
        // df(a) = 3 of 3 documents: ln(4/4) + 1 = 1.
        assert!((v.idf(0) - 1.0).abs() < 1e-6);
        assert!(v.idf(1) > v.idf(0));
    }

    #[test]
    fn max_features_keeps_most_frequent_deterministically() {
        let (v, _) = fit(&[&["x", "y", "z"], &["y", "z"], &["z"]], 1, Some(2));
        assert_eq!((v.term(0), v.term(1)), ("y", "z"));
    }

    #[test]
    fn serde_round_trip_keeps_lookups() {
        let (v, _) = fit(&[&["alpha", "beta"]], 1, None);
        let bytes = postcard::to_stdvec(&v).unwrap();
        let back: Vocabulary = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.get("beta"), v.get("beta"));
        assert_eq!(back.idf(0), v.idf(0));
    }
}
