//! Features: (sentence, target) -> one sparse TF-IDF row plus dense lexicon sums.
//!
//! [`templates::extract`] is the single feature function; [`Featurizer`] turns its keys into
//! columns with the vocabulary and IDF fitted on training data only.

pub mod keys;
pub mod lexicon;
pub mod sparse;
pub mod templates;
pub mod vocab;

use crate::text::{Analyzed, Analyzer, TextSettings};
use lexicon::Lexicons;
use serde::{Deserialize, Serialize};
use std::ops::Range;
pub use templates::BLOCKS;
use templates::{Scratch, LEXICON_FEATURES};
use vocab::Vocabulary;

/// Which templates run and how their weights are set; stored in the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureSettings {
    /// Words each side of the target that get side-marked window features.
    pub window: usize,
    /// Window weight at distance d is 1 / (1 + decay * (d - 1)).
    pub window_decay: f32,
    /// Unigrams and bigrams of the whole sentence.
    pub sentence_ngrams: bool,
    /// Bigrams inside the left and right windows.
    pub window_bigrams: bool,
    /// Words in the target's own clause (bounded by clause punctuation, quotes and contrasts).
    pub clause: bool,
    /// Leave out the target's own words (its identity is a prior that may not carry over).
    pub mask_target: bool,
    /// Dense prior-polarity sums around the target.
    pub lexicon: bool,
    /// Collapse other capitalised names into `<O>`, like the target into `<T>`.
    pub other_actors: bool,
    /// Lexicon sums split by whether the target or another name is nearest to the word.
    pub owned_lexicon: bool,
    /// Weight of the lexicon sums relative to the L2-normalised TF-IDF part.
    pub lexicon_scale: f32,
    /// Use 1 + ln(tf) instead of tf.
    pub sublinear_tf: bool,
    /// L2-normalise each template family (sentence, window, clause, target) on its own, so
    /// that the many sentence n-grams do not drown the few window features.
    pub block_norm: bool,
    /// Weight of each family after its normalisation (sentence, window, clause, target).
    pub block_weights: [f32; BLOCKS],
    /// Blend of naive-Bayes log-count-ratio column weights into the IDF (0 = off, 1 = full).
    pub nb_weight: f32,
    /// Keep features seen in at least this many training rows.
    pub min_df: u32,
    /// Keep at most this many features (the most frequent).
    pub max_features: Option<usize>,
}

impl Default for FeatureSettings {
    fn default() -> Self {
        FeatureSettings {
            window: 6,
            window_decay: 0.2,
            sentence_ngrams: true,
            window_bigrams: true,
            clause: true,
            mask_target: false,
            lexicon: true,
            other_actors: true,
            owned_lexicon: true,
            lexicon_scale: 1.0,
            sublinear_tf: true,
            block_norm: true,
            block_weights: [1.0; BLOCKS],
            nb_weight: 0.0,
            min_df: 2,
            max_features: None,
        }
    }
}

impl FeatureSettings {
    /// Weight of a window feature `d` items away from the target (d >= 1).
    #[inline]
    pub fn distance_weight(&self, d: usize) -> f32 {
        1.0 / (1.0 + self.window_decay * (d.saturating_sub(1)) as f32)
    }

    /// Checks the settings before any work is done.
    pub fn check(&self) -> Result<(), String> {
        if !(self.window_decay >= 0.0 && self.window_decay.is_finite()) {
            return Err(format!(
                "window decay must be >= 0, got {}",
                self.window_decay
            ));
        }
        if !(self.lexicon_scale >= 0.0 && self.lexicon_scale.is_finite()) {
            return Err(format!(
                "lexicon scale must be >= 0, got {}",
                self.lexicon_scale
            ));
        }
        if !self
            .block_weights
            .iter()
            .all(|w| *w >= 0.0 && w.is_finite())
        {
            return Err(format!(
                "block weights must be >= 0, got {:?}",
                self.block_weights
            ));
        }
        if !(self.nb_weight >= 0.0 && self.nb_weight.is_finite()) {
            return Err(format!("NB weight must be >= 0, got {}", self.nb_weight));
        }
        if self.min_df == 0 {
            return Err("min_df must be at least 1".into());
        }
        if self.max_features == Some(0) {
            return Err("max_features must be at least 1".into());
        }
        Ok(())
    }
}

impl FeatureSettings {
    /// [`finish_row`] with this model's vocabulary (IDF, families) and settings: the one way
    /// training and scoring finish a row.
    pub fn finish(
        &self,
        raw: &mut Vec<(u32, f32)>,
        vocab: &Vocabulary,
        dense: &[f32; LEXICON_FEATURES],
    ) {
        let block_norm = self.block_norm;
        finish_row(
            raw,
            |c| vocab.idf(c),
            |c| if block_norm { vocab.block(c) } else { 0 },
            &self.block_weights,
            self.sublinear_tf,
            dense,
            vocab.len() as u32,
        );
    }
}

/// Turns raw (column, tf) pairs plus dense sums into the final row: sublinear tf, IDF,
/// L2 normalisation of the TF-IDF part (per family when `block` tells families apart),
/// dense columns appended after `n_vocab`.
pub fn finish_row(
    raw: &mut Vec<(u32, f32)>,
    idf: impl Fn(u32) -> f32,
    block: impl Fn(u32) -> usize,
    block_weights: &[f32; BLOCKS],
    sublinear: bool,
    dense: &[f32; LEXICON_FEATURES],
    n_vocab: u32,
) {
    sparse::merge_duplicates(raw);
    let mut norm = [0.0f32; BLOCKS];
    for (col, v) in raw.iter_mut() {
        let tf = if sublinear && *v >= 1.0 {
            1.0 + v.ln()
        } else {
            *v
        };
        *v = tf * idf(*col);
        norm[block(*col)] += *v * *v;
    }
    let mut inv = norm.map(|n| if n > 0.0 { n.sqrt().recip() } else { 0.0 });
    inv.iter_mut().zip(block_weights).for_each(|(i, w)| *i *= w);
    raw.iter_mut().for_each(|(c, v)| *v *= inv[block(*c)]);
    for (k, &v) in dense.iter().enumerate() {
        if v != 0.0 {
            raw.push((n_vocab + k as u32, v));
        }
    }
}

/// The fitted preprocessing pipeline: analyzer, templates, lexicons and vocabulary.
pub struct Featurizer {
    pub analyzer: Analyzer,
    pub settings: FeatureSettings,
    pub lexicons: Lexicons,
    pub vocab: Vocabulary,
    /// Tells apart the featurizers a [`Buffers`] may meet (term ids are per vocabulary).
    id: u64,
}

/// Source of [`Featurizer`] ids; 0 means "no featurizer yet".
static NEXT_FEATURIZER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Per-thread buffers for [`Featurizer::transform`].
#[derive(Default)]
pub struct Buffers {
    analyzed: Analyzed,
    /// Term id of each token of `analyzed`, set with it by [`Featurizer::analyze`], and
    /// the featurizer whose vocabulary they come from.
    term_ids: Vec<u32>,
    term_owner: u64,
    term_text: String,
    scratch: Scratch,
    row: Vec<(u32, f32)>,
}

impl Buffers {
    /// The tokens of the text last analyzed into these buffers.
    pub fn analyzed(&self) -> &Analyzed {
        &self.analyzed
    }
}

impl Featurizer {
    pub fn new(
        text: TextSettings,
        settings: FeatureSettings,
        lexicons: Lexicons,
        vocab: Vocabulary,
    ) -> Self {
        Featurizer {
            analyzer: Analyzer::new(text),
            settings,
            lexicons,
            vocab,
            id: NEXT_FEATURIZER.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Number of columns: vocabulary plus dense lexicon features.
    pub fn n_features(&self) -> usize {
        self.vocab.len() + LEXICON_FEATURES
    }

    /// Analyzes `text` into `buf.analyzed`, to be followed by [`Featurizer::transform_analyzed`]
    /// for each target of the same text.
    pub fn analyze(&self, text: &str, buf: &mut Buffers) {
        self.analyzer.analyze(text, &mut buf.analyzed);
        self.term_ids(buf);
    }

    fn term_ids(&self, buf: &mut Buffers) {
        self.vocab
            .terms()
            .token_ids(&buf.analyzed, &mut buf.term_ids, &mut buf.term_text);
        buf.term_owner = self.id;
    }

    /// The feature row of (`text`, `target` byte span).
    pub fn transform<'b>(
        &self,
        text: &str,
        target: Range<usize>,
        buf: &'b mut Buffers,
    ) -> &'b [(u32, f32)] {
        self.analyze(text, buf);
        self.transform_analyzed(target, buf)
    }

    /// The feature row of the text last analyzed into `buf` ([`Featurizer::analyze`]) and
    /// the `target` byte span. A buffer analyzed by another featurizer (another model) gets
    /// its term ids from this one's vocabulary first.
    pub fn transform_analyzed<'b>(
        &self,
        target: Range<usize>,
        buf: &'b mut Buffers,
    ) -> &'b [(u32, f32)] {
        // Only `analyze` fills a buffer, so ids of this featurizer always match its tokens.
        if buf.term_owner != self.id {
            self.term_ids(buf);
        }
        let Buffers {
            analyzed,
            term_ids,
            scratch,
            row,
            ..
        } = buf;
        row.clear();
        let vocab = &self.vocab;
        let dense = templates::extract(
            &self.settings,
            &self.lexicons,
            analyzed,
            term_ids,
            target,
            scratch,
            &mut |key, w| {
                if let Some(col) = vocab.column(key) {
                    row.push((col, w));
                }
            },
        );
        self.settings.finish(row, vocab, &dense);
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_family_is_normalised_to_its_weight() {
        // Columns 0-1 are family 0, column 2 family 1, column 3 family 3.
        let family = |c: u32| [0, 0, 1, 3][c as usize];
        let mut row = vec![(0, 3.0), (1, 4.0), (2, 2.0), (3, 1.0)];
        let weights = [1.0, 0.5, 1.0, 2.0];
        finish_row(
            &mut row,
            |_| 1.0,
            family,
            &weights,
            false,
            &[0.0; LEXICON_FEATURES],
            4,
        );
        let norm = |f: usize| {
            row.iter()
                .filter(|(c, _)| family(*c) == f)
                .map(|(_, v)| v * v)
                .sum::<f32>()
                .sqrt()
        };
        assert!((norm(0) - 1.0).abs() < 1e-6);
        assert!((norm(1) - 0.5).abs() < 1e-6);
        assert!((norm(3) - 2.0).abs() < 1e-6);
        assert!((row[0].1 - 0.6).abs() < 1e-6 && (row[1].1 - 0.8).abs() < 1e-6);
    }
}
