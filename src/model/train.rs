//! Fitting: rows -> interned features -> vocabulary/IDF (fit on training rows only) ->
//! TF-IDF matrix -> solver -> [`Model`]. Rows are featurized as they stream in; the raw text
//! of a row is dropped as soon as its features are extracted.

use super::solver::{self, Fitted, Solver, SolverSettings};
use super::{Model, ModelMeta, TrainParams, TrainingInfo};
use crate::dataset::Example;
use crate::error::{Error, Result};
use crate::features::lexicon::{Lexicon, Lexicons};
use crate::features::sparse::CsrMatrix;
use crate::features::templates::{self, Scratch, LEXICON_FEATURES};
use crate::features::vocab::{Vocabulary, VocabularyBuilder};
use crate::features::Featurizer;
use crate::text::{Analyzed, Analyzer};
use std::collections::BTreeMap;

/// Progress callbacks for long training runs (a CLI progress bar, a log line...).
pub trait TrainProgress: Sync {
    /// Called after each row is featurized.
    fn row(&self, _rows: u64) {}
    /// Called after each solver iteration with the objective value.
    fn iteration(&self, _iteration: u64, _objective: f64) {}
    /// Called once the feature matrix is built, before solving: its rows, stored
    /// (non-zero) entries and size in bytes. The raw text is gone by then.
    fn matrix(&self, _rows: u64, _non_zeros: u64, _bytes: u64) {}
}

/// No progress reporting.
pub struct Silent;
impl TrainProgress for Silent {}

/// Features of the rows seen so far, keyed by interned ids (not yet vocabulary columns).
struct RawRows {
    indptr: Vec<usize>,
    ids: Vec<u32>,
    weights: Vec<f32>,
    dense: Vec<[f32; LEXICON_FEATURES]>,
    labels: Vec<String>,
    label_of_row: Vec<u32>,
}

pub(super) fn train(
    rows: impl IntoIterator<Item = Result<Example>>,
    params: &TrainParams,
    progress: &dyn TrainProgress,
) -> Result<Model> {
    params.check()?;
    let analyzer = Analyzer::new(params.text.clone());
    let lexicons = if params.features.lexicon {
        Lexicons::new(Lexicon::vader(), Lexicon::opinion(&params.opinion_words))
    } else {
        Lexicons::default()
    };
    let mut builder = VocabularyBuilder::default();
    let mut raw = RawRows {
        indptr: vec![0],
        ids: Vec::new(),
        weights: Vec::new(),
        dense: Vec::new(),
        labels: Vec::new(),
        label_of_row: Vec::new(),
    };
    let mut analyzed = Analyzed::default();
    let mut scratch = Scratch::default();
    let (mut term_ids, mut term_text) = (Vec::new(), String::new());
    // Rows of one sentence's targets usually follow each other: analyze the text once.
    let mut analyzed_text: Option<String> = None;
    for row in rows {
        let example = row?;
        let Some(label) = example.label.as_deref() else {
            let line = (example.line > 0).then_some(example.line);
            return Err(Error::input("training data", line, "missing label"));
        };
        let label_id = match raw.labels.iter().position(|l| l == label) {
            Some(i) => i,
            None => {
                raw.labels.push(label.to_owned());
                raw.labels.len() - 1
            }
        };
        if analyzed_text.as_deref() != Some(example.text.as_str()) {
            analyzer.analyze(&example.text, &mut analyzed);
            builder
                .terms_mut()
                .intern_token_ids(&analyzed, &mut term_ids, &mut term_text);
        }
        let start = raw.ids.len();
        let dense = templates::extract(
            &params.features,
            &lexicons,
            &analyzed,
            &term_ids,
            example.target,
            &mut scratch,
            &mut |key, w| {
                if let Some(id) = builder.intern(key) {
                    raw.ids.push(id);
                    raw.weights.push(w);
                }
            },
        );
        builder.count_document(raw.ids[start..].iter().copied());
        raw.indptr.push(raw.ids.len());
        raw.dense.push(dense);
        raw.label_of_row.push(label_id as u32);
        progress.row(raw.label_of_row.len() as u64);
        analyzed_text = Some(example.text);
    }
    let n_rows = raw.label_of_row.len();
    if n_rows == 0 {
        return Err(Error::Training("no training rows".into()));
    }
    if raw.labels.len() < 2 {
        return Err(Error::Training(format!(
            "only one label ({:?}) in the training data; a classifier needs at least two",
            raw.labels[0]
        )));
    }

    // Labels are sorted so that the model's label order does not depend on row order.
    let mut labels = raw.labels.clone();
    labels.sort();
    let to_sorted: Vec<u32> = raw
        .labels
        .iter()
        .map(|l| labels.binary_search(l).expect("label present") as u32)
        .collect();
    let y: Vec<u32> = raw
        .label_of_row
        .iter()
        .map(|&l| to_sorted[l as usize])
        .collect();

    let (mut vocab, remap) = builder.finish(params.features.min_df, params.features.max_features);
    let build = |vocab: &Vocabulary| {
        let mut x = CsrMatrix::new(vocab.len() + LEXICON_FEATURES);
        let mut row = Vec::new();
        for r in 0..n_rows {
            row.clear();
            for k in raw.indptr[r]..raw.indptr[r + 1] {
                let col = remap[raw.ids[k] as usize];
                if col != u32::MAX {
                    row.push((col, raw.weights[k]));
                }
            }
            params.features.finish(&mut row, vocab, &raw.dense[r]);
            x.push_row(&row);
        }
        x
    };
    let mut x = build(&vocab);
    if params.features.nb_weight > 0.0 {
        let scales = nb_scales(&x, &y, labels.len(), vocab.len(), params.features.nb_weight);
        vocab.scale_idf(&scales);
        x = build(&vocab);
    }
    drop(raw.ids);
    progress.matrix(n_rows as u64, x.indices.len() as u64, csr_bytes(&x));

    let settings = SolverSettings {
        c: params.c,
        max_iter: params.max_iter,
        tol: params.tol,
    };
    let fitted: Fitted = match params.solver {
        Solver::Sparse => solver::fit_sparse(&x, &y, labels.len(), &settings, &|i, f| {
            progress.iteration(i, f)
        }),
        Solver::Linfa => solver::fit_linfa(&x, &y, labels.len(), &settings),
    }
    .map_err(Error::Training)?;

    let mut label_counts = BTreeMap::new();
    for &l in &y {
        *label_counts
            .entry(labels[l as usize].clone())
            .or_insert(0u64) += 1;
    }
    let training = TrainingInfo {
        rows: n_rows as u64,
        skipped_rows: 0,
        label_counts,
        data_file: None,
        data_sha256: None,
        solver: params.solver,
        c: params.c,
        max_iter: params.max_iter,
        iterations: fitted.iterations,
        converged: fitted.converged,
        objective: fitted.objective,
        status: fitted.status,
    };
    let meta = ModelMeta::new(params.name.clone(), training);
    let featurizer = Featurizer::new(
        params.text.clone(),
        params.features.clone(),
        lexicons,
        vocab,
    );
    Ok(Model::from_parts(
        meta,
        featurizer,
        labels,
        fitted.weights.iter().map(|&w| w as f32).collect(),
        fitted.bias.iter().map(|&b| b as f32).collect(),
    ))
}

/// Bytes held by the matrix's arrays.
fn csr_bytes(x: &CsrMatrix) -> u64 {
    use std::mem::size_of_val;
    (size_of_val(x.indptr.as_slice())
        + size_of_val(x.indices.as_slice())
        + size_of_val(x.values.as_slice())) as u64
}

/// Naive-Bayes feature weights (Wang & Manning's NB-SVM idea, for several classes): how far
/// a column's class distribution is from the others', as the largest absolute log-count
/// ratio over classes, blended with 1 by `beta`. Counts are of rows containing the column.
fn nb_scales(x: &CsrMatrix, y: &[u32], k: usize, n_vocab: usize, beta: f32) -> Vec<f32> {
    let mut counts = vec![0.0f64; n_vocab * k];
    for (r, &label) in y.iter().enumerate() {
        for &j in x.row(r).0 {
            if (j as usize) < n_vocab {
                counts[j as usize * k + label as usize] += 1.0;
            }
        }
    }
    let alpha = 1.0;
    let mut totals = vec![0.0f64; k];
    for j in 0..n_vocab {
        for c in 0..k {
            totals[c] += counts[j * k + c] + alpha;
        }
    }
    let all: f64 = totals.iter().sum();
    (0..n_vocab)
        .map(|j| {
            let row = &counts[j * k..j * k + k];
            let sum: f64 = row.iter().map(|v| v + alpha).sum();
            let ratio = (0..k)
                .map(|c| {
                    let p = (row[c] + alpha) / totals[c];
                    let q = (sum - row[c] - alpha) / (all - totals[c]);
                    (p / q).ln().abs()
                })
                .fold(0.0, f64::max);
            (1.0 - beta) + beta * ratio as f32
        })
        .collect()
}
