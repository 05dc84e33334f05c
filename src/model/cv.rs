//! K-fold cross-validation grouped by text: every row of one sentence lands in the same
//! fold, so a sentence's other targets never leak from training into testing.

use super::{Model, TrainParams};
use crate::dataset::Example;
use crate::error::{Error, Result};
use crate::metrics::Evaluation;
use serde::{Deserialize, Serialize};
use std::hash::{BuildHasher, Hasher};

/// Per-fold and mean results of a cross-validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossValidation {
    pub folds: Vec<Evaluation>,
    pub mean_macro_f1: f64,
    pub mean_accuracy: f64,
}

/// The fold of a text: a fixed hash, so folds are the same on every run and machine.
fn fold_of(text: &str, k: usize) -> usize {
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write(text.as_bytes());
    (h.finish() % k as u64) as usize
}

/// Rejects a fold count that cannot cross-validate (callers may check before reading data).
pub fn check_folds(k: usize) -> Result<()> {
    if k < 2 {
        return Err(Error::Params(format!(
            "cross-validation needs at least 2 folds, got {k}"
        )));
    }
    Ok(())
}

/// Trains `k` models, each on all folds but one, and evaluates each on its held-out fold.
pub fn cross_validate(rows: &[Example], params: &TrainParams, k: usize) -> Result<CrossValidation> {
    check_folds(k)?;
    params.check()?;
    let folds: Vec<usize> = rows.iter().map(|r| fold_of(&r.text, k)).collect();
    let mut results = Vec::with_capacity(k);
    for fold in 0..k {
        let train: Vec<Example> = rows
            .iter()
            .zip(&folds)
            .filter(|(_, &f)| f != fold)
            .map(|(r, _)| r.clone())
            .collect();
        let test = rows
            .iter()
            .zip(&folds)
            .filter(|(_, &f)| f == fold)
            .map(|(r, _)| Ok(r.clone()));
        let model = Model::train(&train, params)?;
        results.push(model.evaluate(test)?);
    }
    let mean = |f: fn(&Evaluation) -> f64| results.iter().map(f).sum::<f64>() / k as f64;
    Ok(CrossValidation {
        mean_macro_f1: mean(|e| e.macro_f1),
        mean_accuracy: mean(|e| e.accuracy),
        folds: results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_one_sentence_share_a_fold() {
        let a = fold_of("Paris praised Rome and Oslo.", 5);
        assert_eq!(a, fold_of("Paris praised Rome and Oslo.", 5));
        assert!(a < 5);
    }

    #[test]
    fn folds_partition_and_average() {
        let rows = crate::model::tests::rows();
        let cv = cross_validate(&rows, &TrainParams::default().min_df(1), 2);
        // A fold may lack a label: then training fails with a clear error, not a panic.
        match cv {
            Ok(cv) => {
                assert_eq!(cv.folds.len(), 2);
                assert_eq!(
                    cv.folds.iter().map(|f| f.rows).sum::<u64>(),
                    rows.len() as u64
                );
            }
            Err(e) => assert!(e.to_string().contains("label"), "{e}"),
        }
        assert!(cross_validate(&rows, &TrainParams::default(), 1).is_err());
    }
}
