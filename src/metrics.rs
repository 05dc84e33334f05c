//! Classification metrics: accuracy, per-label precision/recall/F1, macro-F1, confusion.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Precision, recall, F1 and support of one label; fractions in 0..1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelMetrics {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: u64,
}

/// The result of evaluating a model on labelled rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub rows: u64,
    pub accuracy: f64,
    /// Unweighted mean of the per-label F1 over all the model's labels.
    pub macro_f1: f64,
    pub labels: BTreeMap<String, LabelMetrics>,
    /// `confusion[gold][predicted]` = count.
    pub confusion: BTreeMap<String, BTreeMap<String, u64>>,
}

/// Accumulates (gold, predicted) label indices.
#[derive(Debug, Clone)]
pub struct Confusion {
    labels: Vec<String>,
    counts: Vec<Vec<u64>>,
}

impl Confusion {
    pub fn new(labels: &[String]) -> Self {
        let k = labels.len();
        Confusion {
            labels: labels.to_vec(),
            counts: vec![vec![0; k]; k],
        }
    }

    pub fn add(&mut self, gold: usize, predicted: usize) {
        self.counts[gold][predicted] += 1;
    }

    pub fn finish(&self) -> Evaluation {
        let k = self.labels.len();
        let rows: u64 = self.counts.iter().flatten().sum();
        let correct: u64 = (0..k).map(|i| self.counts[i][i]).sum();
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let mut labels = BTreeMap::new();
        let mut confusion = BTreeMap::new();
        let mut f1_sum = 0.0;
        for (i, name) in self.labels.iter().enumerate() {
            let tp = self.counts[i][i];
            let support: u64 = self.counts[i].iter().sum();
            let predicted: u64 = (0..k).map(|g| self.counts[g][i]).sum();
            let precision = ratio(tp, predicted);
            let recall = ratio(tp, support);
            let f1 = if precision + recall == 0.0 {
                0.0
            } else {
                2.0 * precision * recall / (precision + recall)
            };
            f1_sum += f1;
            labels.insert(
                name.clone(),
                LabelMetrics {
                    precision,
                    recall,
                    f1,
                    support,
                },
            );
            let row = self
                .labels
                .iter()
                .cloned()
                .zip(self.counts[i].iter().copied())
                .collect();
            confusion.insert(name.clone(), row);
        }
        Evaluation {
            rows,
            accuracy: ratio(correct, rows),
            macro_f1: if k == 0 { 0.0 } else { f1_sum / k as f64 },
            labels,
            confusion,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_hand_computed_scores() {
        let labels: Vec<String> = ["neg", "pos"].iter().map(|s| s.to_string()).collect();
        let mut c = Confusion::new(&labels);
        // gold neg: 3 predicted neg, 1 pos; gold pos: 2 pos, 0 neg.
        for (g, p) in [(0, 0), (0, 0), (0, 0), (0, 1), (1, 1), (1, 1)] {
            c.add(g, p);
        }
        let e = c.finish();
        assert_eq!(e.rows, 6);
        assert!((e.accuracy - 5.0 / 6.0).abs() < 1e-12);
        let pos = &e.labels["pos"];
        assert!((pos.precision - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(pos.recall, 1.0);
        let neg_f1 = 2.0 * 1.0 * 0.75 / 1.75;
        assert!((e.macro_f1 - (neg_f1 + 0.8) / 2.0).abs() < 1e-12);
        assert_eq!(e.confusion["neg"]["pos"], 1);
    }

    #[test]
    fn empty_is_zero_not_nan() {
        let e = Confusion::new(&["a".to_string(), "b".to_string()]).finish();
        assert_eq!(e.accuracy, 0.0);
        assert_eq!(e.macro_f1, 0.0);
    }
}
