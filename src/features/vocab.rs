//! The fitted vocabulary: feature key -> column, with the IDF learned once at fit time.
//! Scoring a sentence alone or in a batch gives the same vector, because nothing here is
//! recomputed after fitting.

use super::keys::{FeatureKey, Terms};
use hashbrown::HashMap;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};

/// Feature keys (one per column, sorted by their text form) and their inverse document
/// frequencies. The file stores the term texts once and each key as template and term ids,
/// so loading builds two small hash tables and parses nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "VocabularyData", into = "VocabularyData")]
pub struct Vocabulary {
    keys: Vec<FeatureKey>,
    idf: Vec<f32>,
    terms: Terms,
    /// Template family of each column and integer key -> column (derived, not stored).
    blocks: Vec<u8>,
    columns: HashMap<FeatureKey, u32, FxBuildHasher>,
}

/// The stored form (model format 3).
#[derive(Serialize, Deserialize)]
struct VocabularyData {
    /// Term texts in one string; `terms[term_offsets[i]..term_offsets[i + 1]]` is term `i`.
    terms: String,
    term_offsets: Vec<u32>,
    /// Per column: template number, first term id, and second term id + 1 (0: none).
    templates: Vec<u8>,
    first: Vec<u32>,
    second: Vec<u32>,
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

    /// Template family of column `i` (see [`super::keys::Template::block`]).
    #[inline]
    pub fn block(&self, i: u32) -> usize {
        usize::from(self.blocks[i as usize])
    }

    /// The text form of column `i`'s key (`b:prais <T>`).
    pub fn key_text(&self, i: u32) -> String {
        let mut text = String::new();
        self.keys[i as usize].render(&self.terms, &mut text);
        text
    }

    pub fn len(&self) -> usize {
        self.idf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.idf.is_empty()
    }

    fn build(terms: Terms, keys: Vec<FeatureKey>, idf: Vec<f32>) -> Self {
        let blocks = keys.iter().map(|k| k.template().block()).collect();
        let mut columns = HashMap::with_capacity_and_hasher(keys.len(), FxBuildHasher);
        for (i, &key) in keys.iter().enumerate() {
            columns.insert(key, i as u32);
        }
        Vocabulary {
            keys,
            idf,
            terms,
            blocks,
            columns,
        }
    }
}

impl From<VocabularyData> for Vocabulary {
    fn from(data: VocabularyData) -> Self {
        // An inconsistent table (damaged file) becomes an empty vocabulary here and is
        // rejected by the model loader, which checks sizes; never a panic.
        let n = data.idf.len();
        let parsed = Terms::from_parts(data.terms, data.term_offsets).and_then(|terms| {
            if data.templates.len() != n || data.first.len() != n || data.second.len() != n {
                return None;
            }
            let keys = (0..n)
                .map(|i| {
                    let second = data.second[i].checked_sub(1);
                    FeatureKey::from_parts(data.templates[i], data.first[i], second, terms.len())
                })
                .collect::<Option<Vec<_>>>()?;
            Some((terms, keys))
        });
        match parsed {
            Some((terms, keys)) => Vocabulary::build(terms, keys, data.idf),
            None => Vocabulary::default(),
        }
    }
}

impl From<Vocabulary> for VocabularyData {
    fn from(v: Vocabulary) -> Self {
        let (text, offsets) = v.terms.parts();
        let parts: Vec<_> = v.keys.iter().map(|k| k.to_parts()).collect();
        VocabularyData {
            terms: text.to_owned(),
            term_offsets: offsets.to_vec(),
            templates: parts.iter().map(|p| p.0).collect(),
            first: parts.iter().map(|p| p.1).collect(),
            second: parts.iter().map(|p| p.2.map_or(0, |b| b + 1)).collect(),
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
        // The model keeps only the terms of kept keys, numbered in column order.
        let mut terms = Terms::new();
        let mut term_map = vec![u32::MAX; self.terms.len()];
        let mut new_id = |id: u32, terms: &mut Terms| {
            let slot = &mut term_map[id as usize];
            if *slot == u32::MAX {
                *slot = terms.intern(self.terms.term(id));
            }
            *slot
        };
        let mut keys = Vec::with_capacity(kept.len());
        let mut idf = Vec::with_capacity(kept.len());
        for (col, &id) in kept.iter().enumerate() {
            remap[id as usize] = col as u32;
            let (template, a, b) = self.keys[id as usize].to_parts();
            let a = new_id(a, &mut terms);
            let b = b.map(|b| new_id(b, &mut terms));
            keys.push(
                FeatureKey::from_parts(template, a, b, terms.len())
                    .expect("a key built from interned terms"),
            );
            // scikit-learn's smooth IDF, so results compare with its TfidfVectorizer.
            let df = self.df[id as usize] as f64;
            idf.push((((1.0 + n) / (1.0 + df)).ln() + 1.0) as f32);
        }
        (Vocabulary::build(terms, keys, idf), remap)
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
        assert_eq!(v.key_text(0), "u:a");
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
        assert_eq!((v.key_text(0), v.key_text(1)), ("u:y".into(), "u:z".into()));
    }

    #[test]
    fn serde_round_trip_keeps_lookups() {
        let (v, _) = fit(&[&["u:alpha", "b:alpha <T>"]], 1, None);
        let bytes = postcard::to_stdvec(&v).unwrap();
        let back: Vocabulary = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.get("b:alpha <T>"), v.get("b:alpha <T>"));
        assert!(back.get("b:alpha <T>").is_some());
        assert_eq!(back.block(back.get("b:alpha <T>").unwrap()), 0);
        assert_eq!(back.key_text(1), "u:alpha");
        assert_eq!(back.idf(0), v.idf(0));
    }

    #[test]
    fn damaged_tables_load_as_an_empty_vocabulary() {
        let (v, _) = fit(&[&["u:alpha", "b:alpha <T>"]], 1, None);
        let good = VocabularyData::from(v);
        let damage: [&dyn Fn(&mut VocabularyData); 7] = [
            &|_| {},
            &|d| d.templates[0] = 200,
            &|d| d.first[0] = 999,
            &|d| d.second[0] = 0,
            &|d| d.term_offsets.push(1),
            &|d| d.terms.insert(0, 'x'),
            &|d| {
                d.idf.pop();
            },
        ];
        for (i, damage) in damage.iter().enumerate() {
            let mut data = VocabularyData {
                terms: good.terms.clone(),
                term_offsets: good.term_offsets.clone(),
                templates: good.templates.clone(),
                first: good.first.clone(),
                second: good.second.clone(),
                idf: good.idf.clone(),
            };
            damage(&mut data);
            // Case 0 is the undamaged table.
            assert_eq!(Vocabulary::from(data).is_empty(), i > 0, "damage {i}");
        }
    }
}
