//! The fitted vocabulary: feature key -> column, with the IDF learned once at fit time.
//! Scoring a sentence alone or in a batch gives the same vector, because nothing here is
//! recomputed after fitting.

use super::keys::{FeatureKey, Terms};
use hashbrown::HashMap;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};

/// Feature keys (sorted) and their inverse document frequencies. The keys are stored as
/// text in one string with an offset table (loading allocates once, not once per key) and
/// parsed into integer keys at load time for lookups.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "VocabularyData", into = "VocabularyData")]
pub struct Vocabulary {
    keys: String,
    /// `keys[offsets[i]..offsets[i + 1]]` is key `i`.
    offsets: Vec<u32>,
    idf: Vec<f32>,
    /// Template family of each column (derived from the keys, not stored).
    blocks: Vec<u8>,
    /// Terms of the keys, and integer key -> column (derived, not stored).
    terms: Terms,
    columns: HashMap<FeatureKey, u32, FxBuildHasher>,
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
    pub fn column(&self, key: FeatureKey) -> Option<u32> {
        self.columns.get(&key).copied()
    }

    /// Column of the key written as text (`b:prais <T>`), if it is in the vocabulary.
    pub fn get(&self, key: &str) -> Option<u32> {
        self.column(FeatureKey::parse(key, |s| self.terms.get(s))?)
    }

    /// The terms the keys are made of: scoring maps tokens to these ids.
    pub fn terms(&self) -> &Terms {
        &self.terms
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
            terms: Terms::new(),
            columns: HashMap::default(),
        };
        // Models hold about one term per three keys.
        let mut terms = Terms::with_capacity(v.len() / 3);
        let mut columns = HashMap::with_capacity_and_hasher(v.len(), FxBuildHasher);
        let mut blocks = Vec::with_capacity(v.len());
        // Keys are sorted, so a term often repeats from one key to the next.
        let mut last: (&str, u32) = ("", u32::MAX);
        for i in 0..v.len() as u32 {
            // A key that does not parse (only a damaged or hand-made file has one) keeps
            // its column but can never be produced, so it is never looked up.
            let key = FeatureKey::parse(v.term(i), |s| {
                if s != last.0 {
                    last = (s, terms.intern(s));
                }
                Some(last.1)
            });
            if let Some(key) = key.filter(|k| k.is_known()) {
                columns.insert(key, i);
            }
            blocks.push(key.map_or(3, |k| k.template().block()));
        }
        v.terms = terms;
        v.columns = columns;
        v.blocks = blocks;
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
    terms: Terms,
    ids: HashMap<FeatureKey, u32, FxBuildHasher>,
    keys: Vec<FeatureKey>,
    df: Vec<u32>,
    last_row: Vec<u32>,
    rows: u32,
}

impl VocabularyBuilder {
    /// The terms seen so far; training adds each row's tokens before extracting.
    pub fn terms_mut(&mut self) -> &mut Terms {
        &mut self.terms
    }

    /// The id of `key`, interning it on first sight; None for a key holding a term the
    /// dictionary had no room for.
    pub fn intern(&mut self, key: FeatureKey) -> Option<u32> {
        if !key.is_known() {
            return None;
        }
        let next = self.keys.len() as u32;
        let id = *self.ids.entry(key).or_insert(next);
        if id == next {
            self.keys.push(key);
            self.df.push(0);
            self.last_row.push(u32::MAX);
        }
        Some(id)
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
        let mut text = vec![String::new(); self.keys.len()];
        let mut kept: Vec<u32> = (0..self.keys.len() as u32)
            .filter(|&i| self.df[i as usize] >= min_df)
            .collect();
        for &i in &kept {
            self.keys[i as usize].render(&self.terms, &mut text[i as usize]);
        }
        if let Some(max) = max_features {
            if kept.len() > max {
                kept.sort_by(|&a, &b| {
                    self.df[b as usize]
                        .cmp(&self.df[a as usize])
                        .then_with(|| text[a as usize].cmp(&text[b as usize]))
                });
                kept.truncate(max);
            }
        }
        kept.sort_by(|&a, &b| text[a as usize].cmp(&text[b as usize]));
        let n = self.rows as f64;
        let mut remap = vec![u32::MAX; self.keys.len()];
        let mut keys = String::new();
        let mut offsets = Vec::with_capacity(kept.len() + 1);
        offsets.push(0u32);
        let mut idf = Vec::with_capacity(kept.len());
        for (col, &id) in kept.iter().enumerate() {
            remap[id as usize] = col as u32;
            keys.push_str(&text[id as usize]);
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
            let ids: Vec<u32> = doc
                .iter()
                .map(|k| {
                    let key = FeatureKey::parse(k, |s| Some(b.terms_mut().intern(s))).unwrap();
                    b.intern(key).unwrap()
                })
                .collect();
            b.count_document(ids);
        }
        b.finish(min_df, max)
    }

    #[test]
    fn min_df_drops_rare_keys_and_idf_is_smooth() {
        let (v, remap) = fit(
            &[&["u:a", "u:b", "u:a"], &["u:a", "u:c"], &["u:a", "u:b"]],
            2,
            None,
        );
        assert_eq!(v.len(), 2);
        assert_eq!(v.term(0), "u:a");
        assert_eq!(v.get("u:b"), Some(1));
        assert_eq!(v.get("u:c"), None);
        assert_eq!(v.get("l:b"), None, "same term, other template");
        assert_eq!(remap, vec![0, 1, u32::MAX]);
        // df(a) = 3 of 3 documents: ln(4/4) + 1 = 1.
        assert!((v.idf(0) - 1.0).abs() < 1e-6);
        assert!(v.idf(1) > v.idf(0));
    }

    #[test]
    fn max_features_keeps_most_frequent_deterministically() {
        let (v, _) = fit(
            &[&["u:x", "u:y", "u:z"], &["u:y", "u:z"], &["u:z"]],
            1,
            Some(2),
        );
        assert_eq!((v.term(0), v.term(1)), ("u:y", "u:z"));
    }

    #[test]
    fn serde_round_trip_keeps_lookups() {
        let (v, _) = fit(&[&["u:alpha", "b:alpha <T>"]], 1, None);
        let bytes = postcard::to_stdvec(&v).unwrap();
        let back: Vocabulary = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.get("b:alpha <T>"), v.get("b:alpha <T>"));
        assert!(back.get("b:alpha <T>").is_some());
        assert_eq!(back.block(back.get("b:alpha <T>").unwrap()), 0);
        assert_eq!(back.idf(0), v.idf(0));
    }
}
