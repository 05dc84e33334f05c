//! The fitted vocabulary: feature key -> column, with the IDF learned once at fit time.
//! Scoring a sentence alone or in a batch gives the same vector, because nothing here is
//! recomputed after fitting.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};
use std::hash::BuildHasher;

/// Feature keys (sorted) and their inverse document frequencies. The keys live in one
/// string with an offset table, so loading a model allocates once, not once per key.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "VocabularyData", into = "VocabularyData")]
pub struct Vocabulary {
    keys: String,
    /// `keys[offsets[i]..offsets[i + 1]]` is key `i`.
    offsets: Vec<u32>,
    idf: Vec<f32>,
    /// Template family of each column (derived from the keys, not stored).
    blocks: Vec<u8>,
    table: HashTable<u32>,
}

#[derive(Serialize, Deserialize)]
struct VocabularyData {
    keys: String,
    offsets: Vec<u32>,
    idf: Vec<f32>,
}

impl Vocabulary {
    /// Column of `key`, if it is in the vocabulary.
    #[inline]
    pub fn get(&self, key: &str) -> Option<u32> {
        let hash = FxBuildHasher.hash_one(key);
        self.table.find(hash, |&i| self.term(i) == key).copied()
    }

    /// IDF of column `i`.
    #[inline]
    pub fn idf(&self, i: u32) -> f32 {
        self.idf[i as usize]
    }

    /// Multiplies each column's IDF by its factor (a learned feature weight).
    pub fn scale_idf(&mut self, factors: &[f32]) {
        self.idf.iter_mut().zip(factors).for_each(|(v, f)| *v *= f);
    }

    /// Template family of column `i` (see [`super::templates::block_of_key`]).
    #[inline]
    pub fn block(&self, i: u32) -> usize {
        usize::from(self.blocks[i as usize])
    }

    /// The key of column `i`.
    pub fn term(&self, i: u32) -> &str {
        let i = i as usize;
        &self.keys[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.idf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.idf.is_empty()
    }

    fn build(keys: String, offsets: Vec<u32>, idf: Vec<f32>) -> Self {
        let mut v = Vocabulary {
            keys,
            offsets,
            idf,
            blocks: Vec::new(),
            table: HashTable::new(),
        };
        v.blocks = (0..v.len() as u32)
            .map(|i| super::templates::block_of_key(v.term(i)))
            .collect();
        let mut table = HashTable::with_capacity(v.len());
        for i in 0..v.len() as u32 {
            let hash = FxBuildHasher.hash_one(v.term(i));
            table.insert_unique(hash, i, |&j| FxBuildHasher.hash_one(v.term(j)));
        }
        v.table = table;
        v
    }
}

/// True when `offsets` cut `keys` into `n` keys on char boundaries.
fn offsets_valid(keys: &str, offsets: &[u32], n: usize) -> bool {
    offsets.len() == n + 1
        && offsets.first() == Some(&0)
        && offsets.last().map(|&o| o as usize) == Some(keys.len())
        && offsets.windows(2).all(|w| w[0] <= w[1])
        && offsets.iter().all(|&o| keys.is_char_boundary(o as usize))
}

impl From<VocabularyData> for Vocabulary {
    fn from(data: VocabularyData) -> Self {
        let mut data = data;
        // An inconsistent table (damaged file) becomes an empty vocabulary here and is
        // rejected by the model loader, which checks sizes; never a panic.
        if !offsets_valid(&data.keys, &data.offsets, data.idf.len()) {
            data = VocabularyData {
                keys: String::new(),
                offsets: vec![0],
                idf: Vec::new(),
            };
        }
        Vocabulary::build(data.keys, data.offsets, data.idf)
    }
}

impl From<Vocabulary> for VocabularyData {
    fn from(v: Vocabulary) -> Self {
        VocabularyData {
            keys: v.keys,
            offsets: v.offsets,
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
        let mut keys = String::new();
        let mut offsets = Vec::with_capacity(kept.len() + 1);
        offsets.push(0u32);
        let mut idf = Vec::with_capacity(kept.len());
        for (col, &id) in kept.iter().enumerate() {
            remap[id as usize] = col as u32;
            keys.push_str(&self.keys[id as usize]);
            offsets.push(keys.len() as u32);
            // scikit-learn's smooth IDF, so results compare with its TfidfVectorizer.
            let df = self.df[id as usize] as f64;
            idf.push((((1.0 + n) / (1.0 + df)).ln() + 1.0) as f32);
        }
        (Vocabulary::build(keys, offsets, idf), remap)
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
