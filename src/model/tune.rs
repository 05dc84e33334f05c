//! Choosing C, min_df and the window by grouped cross-validation over a grid.
//!
//! Every grid point is scored on the same folds ([`cross_validate`]), so the points differ
//! only in their settings; the best is the highest mean macro-F1, the first in grid order
//! on a tie, so a run gives the same answer on any machine and thread count.

use super::cv::{cross_validate, CrossValidation};
use super::TrainParams;
use crate::dataset::Example;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// The values to try; every combination is one grid point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grid {
    pub c: Vec<f64>,
    pub min_df: Vec<u32>,
    pub window: Vec<usize>,
}

impl Grid {
    /// The grid points in order (C slowest, window fastest), each `base` with the three
    /// values set.
    pub fn points(&self, base: &TrainParams) -> Vec<TrainParams> {
        let mut out = Vec::new();
        for &c in &self.c {
            for &min_df in &self.min_df {
                for &window in &self.window {
                    let mut p = base.clone().c(c).min_df(min_df);
                    p.features.window = window;
                    out.push(p);
                }
            }
        }
        out
    }

    /// Rejects an empty list or a value that cannot train, before any work is done.
    pub fn check(&self, base: &TrainParams) -> Result<()> {
        if self.c.is_empty() || self.min_df.is_empty() || self.window.is_empty() {
            return Err(Error::Params(
                "the grid needs at least one value of C, min_df and window".into(),
            ));
        }
        self.points(base).iter().try_for_each(TrainParams::check)
    }
}

/// One grid point's settings and its cross-validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GridPoint {
    pub c: f64,
    pub min_df: u32,
    pub window: usize,
    pub cv: CrossValidation,
}

/// Cross-validates every point of `grid` on `rows` with `k` folds (points in parallel);
/// results come in grid order. `on_point(done, total)` reports progress.
pub fn tune(
    rows: &[Example],
    base: &TrainParams,
    grid: &Grid,
    k: usize,
    on_point: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<GridPoint>> {
    use rayon::prelude::*;
    grid.check(base)?;
    let points = grid.points(base);
    let done = std::sync::atomic::AtomicUsize::new(0);
    points
        .par_iter()
        .map(|params| {
            let cv = cross_validate(rows, params, k)?;
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            on_point(n, points.len());
            Ok(GridPoint {
                c: params.c,
                min_df: params.features.min_df,
                window: params.features.window,
                cv,
            })
        })
        .collect()
}

/// The point with the highest mean macro-F1 (the first in grid order on a tie).
pub fn best(points: &[GridPoint]) -> Option<&GridPoint> {
    points.iter().reduce(|best, p| {
        if p.cv.mean_macro_f1 > best.cv.mean_macro_f1 {
            p
        } else {
            best
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        Grid {
            c: vec![0.5, 4.0],
            min_df: vec![1],
            window: vec![2, 6],
        }
    }

    #[test]
    fn points_cover_the_grid_in_order() {
        let points = grid().points(&TrainParams::default());
        let settings: Vec<(f64, usize)> = points.iter().map(|p| (p.c, p.features.window)).collect();
        assert_eq!(settings, [(0.5, 2), (0.5, 6), (4.0, 2), (4.0, 6)]);
        assert!(points.iter().all(|p| p.features.min_df == 1));
    }

    #[test]
    fn bad_grids_fail_before_any_work() {
        let base = TrainParams::default();
        let empty = Grid {
            window: vec![],
            ..grid()
        };
        assert!(empty.check(&base).is_err());
        let zero_c = Grid {
            c: vec![1.0, 0.0],
            ..grid()
        };
        assert!(zero_c.check(&base).unwrap_err().to_string().contains("C"));
        let rows = crate::model::tests::rows();
        assert!(tune(&rows, &base, &zero_c, 2, &|_, _| {}).is_err());
    }

    /// 90 sentences, 30 per label, so that every fold holds every label.
    fn labelled_rows() -> Vec<Example> {
        let verbs = [
            ("condemned", "negative"),
            ("met", "neutral"),
            ("praised", "positive"),
        ];
        (0..90)
            .map(|i| {
                let (verb, label) = verbs[i % 3];
                let text = format!("Officials {verb} Town{i} after talks number {i}.");
                Example::new(text, &format!("Town{i}"), Some(label)).unwrap()
            })
            .collect()
    }

    #[test]
    fn tuning_is_deterministic_and_best_is_the_first_maximum() {
        let rows = labelled_rows();
        let base = TrainParams::default();
        let a = tune(&rows, &base, &grid(), 3, &|_, _| {}).unwrap();
        let b = tune(&rows, &base, &grid(), 3, &|_, _| {}).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
        assert_eq!((a[1].c, a[1].min_df, a[1].window), (0.5, 1, 6));
        let top = best(&a).unwrap();
        let max = a
            .iter()
            .map(|p| p.cv.mean_macro_f1)
            .fold(f64::MIN, f64::max);
        let first = a.iter().position(|p| p.cv.mean_macro_f1 == max).unwrap();
        assert!(std::ptr::eq(top, &a[first]));
        assert!(max > 0.9, "the verb decides the label: {max}");
    }
}
