//! The model: the fitted feature pipeline plus softmax weights, in one file.

mod cv;
pub mod format;
mod meta;
mod params;
pub mod softmax;
pub mod solver;
mod train;
pub mod tune;
mod vector;

use crate::dataset::Example;
use crate::error::{Error, Result};
use crate::features::lexicon::Lexicons;
use crate::features::vocab::Vocabulary;
use crate::features::{Buffers, FeatureSettings, Featurizer};
use crate::metrics::{Confusion, Evaluation};
use crate::text::TextSettings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

pub use cv::{check_folds, cross_validate, CrossValidation};
pub use meta::{DevMetrics, ModelMeta, TrainingInfo};
pub use params::{TrainParams, DEFAULT_TOL};
pub use solver::Solver;
pub use train::{Silent, TrainProgress};

/// The default model, trained on NewsMTSC train (see the README for the command).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../models/default.stance");

/// A label and the probability of every label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    pub label: String,
    pub probabilities: BTreeMap<String, f64>,
}

/// A trained stance model: text analysis, features, vocabulary, IDF, labels and weights.
pub struct Model {
    meta: ModelMeta,
    featurizer: Featurizer,
    labels: Vec<String>,
    /// Feature-major: `weights[j * labels + c]`.
    weights: Vec<f32>,
    bias: Vec<f32>,
}

#[derive(Serialize)]
struct FileRef<'a> {
    meta: &'a ModelMeta,
    text: &'a TextSettings,
    features: &'a FeatureSettings,
    lexicons: &'a Lexicons,
    vocab: &'a Vocabulary,
    labels: &'a [String],
    weights: &'a [f32],
    bias: &'a [f32],
}

#[derive(Deserialize)]
struct FileOwned {
    meta: ModelMeta,
    text: TextSettings,
    features: FeatureSettings,
    lexicons: Lexicons,
    vocab: Vocabulary,
    labels: Vec<String>,
    weights: Vec<f32>,
    bias: Vec<f32>,
}

impl Model {
    fn from_parts(
        meta: ModelMeta,
        featurizer: Featurizer,
        labels: Vec<String>,
        weights: Vec<f32>,
        bias: Vec<f32>,
    ) -> Self {
        Model {
            meta,
            featurizer,
            labels,
            weights,
            bias,
        }
    }

    /// Trains a model on labelled examples (every example needs a label).
    ///
    /// ```
    /// use stance::{Example, Model, TrainParams};
    /// let rows: Vec<Example> = [
    ///     ("Critics condemned Paris for the failure.", "Paris", "negative"),
    ///     ("Observers praised Rome for its generous aid.", "Rome", "positive"),
    ///     ("Officials slammed Oslo over the scandal.", "Oslo", "negative"),
    ///     ("Leaders welcomed Lima and its bold reforms.", "Lima", "positive"),
    /// ]
    /// .iter()
    /// .map(|(text, target, label)| Example::new(*text, target, Some(label)).unwrap())
    /// .collect();
    /// let model = Model::train(&rows, &TrainParams::default().min_df(1)).unwrap();
    /// assert_eq!(model.labels(), ["negative", "positive"]);
    /// ```
    pub fn train(rows: &[Example], params: &TrainParams) -> Result<Model> {
        train::train(rows.iter().cloned().map(Ok), params, &Silent)
    }

    /// Trains from a stream of rows (e.g. [`crate::dataset::open`]), reporting progress.
    pub fn train_streaming(
        rows: impl IntoIterator<Item = Result<Example>>,
        params: &TrainParams,
        progress: &dyn TrainProgress,
    ) -> Result<Model> {
        train::train(rows, params, progress)
    }

    /// The model shipped inside the binary.
    pub fn builtin() -> Result<Model> {
        Model::from_bytes(EMBEDDED_MODEL, "<built-in default model>")
    }

    /// Loads a model file.
    pub fn load(path: impl AsRef<Path>) -> Result<Model> {
        let path = path.as_ref();
        let source = path.display().to_string();
        if path.is_dir() {
            return Err(Error::model(
                source,
                "is a directory, expected a model file",
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| {
            Error::model(
                &source,
                format!("cannot read model ({e}); train one with `stance train` or omit --model to use the default"),
            )
        })?;
        Model::from_bytes(&bytes, &source)
    }

    /// Decodes a model from the bytes of a model file.
    pub fn from_bytes(bytes: &[u8], source: &str) -> Result<Model> {
        let payload = format::decode(bytes, source)?;
        let file: FileOwned = postcard::from_bytes(payload).map_err(|e| {
            Error::model(
                source,
                format!("model payload cannot be decoded ({e}); retrain it"),
            )
        })?;
        let k = file.labels.len();
        let n_features = file.vocab.len() + crate::features::templates::LEXICON_FEATURES;
        if k < 2 || file.weights.len() != n_features * k || file.bias.len() != k {
            return Err(Error::model(
                source,
                "model is inconsistent (weights do not match vocabulary and labels); retrain it",
            ));
        }
        let featurizer = Featurizer::new(file.text, file.features, file.lexicons, file.vocab);
        Ok(Model::from_parts(
            file.meta,
            featurizer,
            file.labels,
            file.weights,
            file.bias,
        ))
    }

    /// The bytes of a model file holding this model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let file = FileRef {
            meta: &self.meta,
            text: self.featurizer.analyzer.settings(),
            features: &self.featurizer.settings,
            lexicons: &self.featurizer.lexicons,
            vocab: &self.featurizer.vocab,
            labels: &self.labels,
            weights: &self.weights,
            bias: &self.bias,
        };
        let payload = postcard::to_stdvec(&file).expect("serializing to memory cannot fail");
        format::encode(&payload)
    }

    /// Saves atomically: a failed write leaves any existing file at `path` untouched.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        format::write_atomic(path.as_ref(), &self.to_bytes())
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    pub fn meta(&self) -> &ModelMeta {
        &self.meta
    }

    pub fn meta_mut(&mut self) -> &mut ModelMeta {
        &mut self.meta
    }

    /// Feature-major weights: `weights()[column * labels().len() + label]`.
    pub fn weights(&self) -> &[f32] {
        &self.weights
    }

    pub fn featurizer(&self) -> &Featurizer {
        &self.featurizer
    }

    /// Label probabilities for the target at byte span `target` of `text`, written into
    /// `probs` (one per label, in [`Model::labels`] order). The fast path: no allocation
    /// once `buf` has grown.
    pub fn predict_into(
        &self,
        text: &str,
        target: Range<usize>,
        buf: &mut Buffers,
        probs: &mut [f64],
    ) {
        self.featurizer.analyze(text, buf);
        self.predict_analyzed_into(target, buf, probs);
    }

    /// Like [`Model::predict_into`] for a text already analyzed into `buf` (several targets
    /// of one sentence share one analysis).
    pub fn predict_analyzed_into(
        &self,
        target: Range<usize>,
        buf: &mut Buffers,
        probs: &mut [f64],
    ) {
        let k = self.labels.len();
        let row = self.featurizer.transform_analyzed(target, buf);
        for (p, &b) in probs.iter_mut().zip(&self.bias) {
            *p = f64::from(b);
        }
        for &(j, v) in row {
            let w = &self.weights[j as usize * k..j as usize * k + k];
            for (p, &wc) in probs.iter_mut().zip(w) {
                *p += f64::from(v) * f64::from(wc);
            }
        }
        let max = probs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut sum = 0.0;
        for p in probs.iter_mut() {
            *p = (*p - max).exp();
            sum += *p;
        }
        probs.iter_mut().for_each(|p| *p /= sum);
    }

    /// The label and probabilities for the target at byte span `target` of `text`.
    ///
    /// ```
    /// let model = stance::Model::builtin().unwrap();
    /// let text = "Critics sharply condemned Obama for the failed policy.";
    /// let p = model.predict(text, 26..31);
    /// assert!(model.labels().contains(&p.label));
    /// assert!((p.probabilities.values().sum::<f64>() - 1.0).abs() < 1e-9);
    /// ```
    pub fn predict(&self, text: &str, target: Range<usize>) -> Prediction {
        let mut buf = Buffers::default();
        let mut probs = vec![0.0; self.labels.len()];
        let target = clamp_span(text, target);
        self.predict_into(text, target, &mut buf, &mut probs);
        self.prediction(&probs)
    }

    /// Turns a probability vector into a [`Prediction`].
    pub fn prediction(&self, probs: &[f64]) -> Prediction {
        let best = argmax(probs);
        Prediction {
            label: self.labels[best].clone(),
            probabilities: self
                .labels
                .iter()
                .cloned()
                .zip(probs.iter().copied())
                .collect(),
        }
    }

    /// Evaluates on labelled rows; a label the model does not know is an error.
    pub fn evaluate(&self, rows: impl IntoIterator<Item = Result<Example>>) -> Result<Evaluation> {
        let mut confusion = Confusion::new(&self.labels);
        let mut buf = Buffers::default();
        let mut probs = vec![0.0; self.labels.len()];
        // Rows of one sentence's targets usually follow each other: analyze the text once.
        let mut analyzed_text: Option<String> = None;
        for row in rows {
            let example = row?;
            let line = (example.line > 0).then_some(example.line);
            let label = example
                .label
                .as_deref()
                .ok_or_else(|| Error::input("evaluation data", line, "missing label"))?;
            let gold = self.labels.iter().position(|l| l == label).ok_or_else(|| {
                Error::input(
                    "evaluation data",
                    line,
                    format!(
                        "label {label:?} is not one of the model's labels ({})",
                        self.labels.join(", ")
                    ),
                )
            })?;
            if analyzed_text.as_deref() != Some(example.text.as_str()) {
                self.featurizer.analyze(&example.text, &mut buf);
                analyzed_text = Some(example.text);
            }
            self.predict_analyzed_into(example.target, &mut buf, &mut probs);
            confusion.add(gold, argmax(&probs));
        }
        Ok(confusion.finish())
    }
}

impl Default for Model {
    /// The built-in model. It is checked by the test suite, so this cannot fail in a
    /// released build.
    fn default() -> Self {
        Model::builtin().expect("the embedded default model is valid")
    }
}

/// Index of the largest value (first on ties).
pub fn argmax(values: &[f64]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[best] {
            best = i;
        }
    }
    best
}

/// Clamps a caller's span into `text` and onto char boundaries.
fn clamp_span(text: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(text.len());
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
pub(crate) mod tests;
