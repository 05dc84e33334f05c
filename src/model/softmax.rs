//! The multinomial logistic regression objective over sparse rows.
//!
//! `f(W, b) = sum_i -log softmax(x_i W + b)[y_i] + 1 / (2C) * ||W||^2`
//!
//! This is scikit-learn's objective divided by C (same minimiser) and linfa-logistic's with
//! alpha = 1/C, so the two solvers can be checked against each other. The intercept is not
//! penalised. Parameters are laid out feature-major: `W[j * k + c]`, then `b[c]`.

use crate::features::sparse::CsrMatrix;
use std::sync::OnceLock;

/// Rows scored together in the forward pass, columns in the gradient pass. Fixed sizes,
/// not one per thread: the summation order, and so the model's bytes, must not depend on
/// how many threads run.
const ROW_CHUNK: usize = 256;
const COLUMN_CHUNK: usize = 1024;

/// Objective data: rows (and their transpose), label indices, number of classes, inverse
/// L2 strength. Fields are private: the transpose must stay the transpose of `x`.
pub struct Objective<'a> {
    x: &'a CsrMatrix,
    y: &'a [u32],
    n_classes: usize,
    c: f64,
    /// `x` column by column, built on the first gradient: each weight's gradient is a sum
    /// over its column. A loss-only use (linfa's final objective value) never builds it.
    columns: OnceLock<CsrMatrix>,
}

impl<'a> Objective<'a> {
    /// Panics unless there is one label per row and at least one class (callers check
    /// their data first; these are programming errors).
    pub fn new(x: &'a CsrMatrix, y: &'a [u32], n_classes: usize, c: f64) -> Self {
        assert!(n_classes > 0, "at least one class");
        assert_eq!(x.n_rows(), y.len(), "one label per row");
        Objective {
            x,
            y,
            n_classes,
            c,
            columns: OnceLock::new(),
        }
    }

    /// Number of weight rows (features); the parameters are `(n_features + 1) * n_classes`.
    pub fn n_features(&self) -> usize {
        self.x.n_cols
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Length of the parameter vector.
    pub fn n_params(&self) -> usize {
        (self.x.n_cols + 1) * self.n_classes
    }

    /// Objective value; writes the gradient into `grad` when given. Two passes, each in
    /// parallel (rayon) over fixed chunks: rows give their loss and `dL/dz` (the
    /// residuals), then each feature's gradient is gathered from the residuals of the rows
    /// in its column. Every sum is taken in one fixed order whatever the thread count, so
    /// the same data gives the same model bytes on any machine.
    pub fn evaluate(&self, params: &[f64], grad: Option<&mut [f64]>) -> f64 {
        self.evaluate_scaled(ParamView::new(1.0, params), grad)
    }

    /// [`Objective::evaluate`] reading the parameters where the solver keeps them (`f32`
    /// values times a scale) and writing the gradient in the solver's precision: no `f64`
    /// copy of either per evaluation. Every product and sum is still taken in `f64`.
    pub(crate) fn evaluate_scaled<T: Real, G: Real>(
        &self,
        params: ParamView<'_, T>,
        grad: Option<&mut [G]>,
    ) -> f64 {
        // With the class count known at compile time the per-feature slices have a fixed
        // length and their loops unroll.
        match self.n_classes {
            2 => self.evaluate_k::<2, T, G>(params, grad),
            3 => self.evaluate_k::<3, T, G>(params, grad),
            _ => self.evaluate_k::<0, T, G>(params, grad),
        }
    }

    /// [`Objective::evaluate`] for `K` classes (`K = 0`: any number, known at run time).
    fn evaluate_k<const K: usize, T: Real, G: Real>(
        &self,
        params: ParamView<'_, T>,
        grad: Option<&mut [G]>,
    ) -> f64 {
        use rayon::prelude::*;
        let k = if K > 0 { K } else { self.n_classes };
        let n = self.y.len();
        let d = self.x.n_cols;
        let w = params.slice(0..d * k);
        let inv_c = 1.0 / self.c;
        let penalty = 0.5 * inv_c * w.iter().map(|v| v * v).sum::<f64>();
        let row_chunk = |i: usize| i * ROW_CHUNK..((i + 1) * ROW_CHUNK).min(n);
        let Some(grad) = grad else {
            let losses: Vec<f64> = (0..n.div_ceil(ROW_CHUNK))
                .into_par_iter()
                .map(|i| self.forward::<K, T>(params, row_chunk(i), None))
                .collect();
            return losses.iter().sum::<f64>() + penalty;
        };
        let mut residuals = vec![0.0; n * k];
        let losses: Vec<f64> = residuals
            .par_chunks_mut(ROW_CHUNK * k)
            .enumerate()
            .map(|(i, out)| self.forward::<K, T>(params, row_chunk(i), Some(out)))
            .collect();
        let columns = self.columns.get_or_init(|| self.x.transpose());
        let (gw, gb) = grad.split_at_mut(d * k);
        gw.par_chunks_mut(COLUMN_CHUNK * k)
            .enumerate()
            .for_each(|(i, out)| {
                let first = i * COLUMN_CHUNK;
                if K > 0 {
                    gather_fixed::<K, T, G>(columns, &residuals, w, inv_c, first, out);
                } else {
                    gather_any(columns, &residuals, w, inv_c, first, k, out);
                }
            });
        let mut bias = vec![0.0f64; k];
        for rr in residuals.chunks_exact(k) {
            for (gc, rc) in bias.iter_mut().zip(rr) {
                *gc += rc;
            }
        }
        for (gc, v) in gb.iter_mut().zip(bias) {
            *gc = G::from_f64(v);
        }
        losses.iter().sum::<f64>() + penalty
    }

    /// Unregularised loss of `rows`; writes each row's `dL/dz` into `residuals` (`k` per
    /// row) when given.
    fn forward<const K: usize, T: Real>(
        &self,
        params: ParamView<'_, T>,
        rows: std::ops::Range<usize>,
        mut residuals: Option<&mut [f64]>,
    ) -> f64 {
        if K > 0 {
            return self.forward_fixed::<K, T>(params, rows, residuals);
        }
        let k = self.n_classes;
        let d = self.x.n_cols;
        let (w, b) = (params.slice(0..d * k), params.slice(d * k..d * k + k));
        let mut loss = 0.0;
        let mut z = vec![0.0f64; k];
        let first = rows.start;
        for r in rows {
            let label = self.y[r] as usize;
            let (idx, val) = self.x.row(r);
            for (c, zc) in z.iter_mut().enumerate() {
                *zc = b.get(c);
            }
            for (&j, &v) in idx.iter().zip(val) {
                for (c, zc) in z.iter_mut().enumerate() {
                    *zc += f64::from(v) * w.get(j as usize * k + c);
                }
            }
            let out = residuals
                .as_deref_mut()
                .map(|out| &mut out[(r - first) * k..(r - first) * k + k]);
            loss += row_loss(&z, label, out);
        }
        loss
    }

    /// [`Objective::forward`] for `K` classes known at compile time: a row's scores stay
    /// in registers.
    fn forward_fixed<const K: usize, T: Real>(
        &self,
        params: ParamView<'_, T>,
        rows: std::ops::Range<usize>,
        mut residuals: Option<&mut [f64]>,
    ) -> f64 {
        let d = self.x.n_cols;
        let scale = params.scale;
        let (w, _) = params.values[..d * K].as_chunks::<K>();
        let b = params.slice(d * K..d * K + K);
        let mut loss = 0.0;
        let first = rows.start;
        for r in rows {
            let label = self.y[r] as usize;
            let (idx, val) = self.x.row(r);
            let mut z: [f64; K] = std::array::from_fn(|c| b.get(c));
            for (&j, &v) in idx.iter().zip(val) {
                let wj = &w[j as usize];
                for c in 0..K {
                    z[c] += f64::from(v) * (scale * wj[c].to_f64());
                }
            }
            let out = residuals
                .as_deref_mut()
                .map(|out| &mut out[(r - first) * K..(r - first) * K + K]);
            loss += row_loss(&z, label, out);
        }
        loss
    }
}

/// One row's loss from its scores `z`; writes `dL/dz` into `residuals` when given.
fn row_loss(z: &[f64], label: usize, residuals: Option<&mut [f64]>) -> f64 {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let sum: f64 = z.iter().map(|&v| (v - max).exp()).sum();
    let log_norm = max + sum.ln();
    if let Some(out) = residuals {
        // dL/dz_c = p_c - [c == y]
        for (oc, zc) in out.iter_mut().zip(z) {
            *oc = (*zc - log_norm).exp();
        }
        out[label] -= 1.0;
    }
    log_norm - z[label]
}

/// The gradient pass for `K` classes known at compile time: each weight row's gradient
/// accumulates in registers.
fn gather_fixed<const K: usize, T: Real, G: Real>(
    columns: &CsrMatrix,
    residuals: &[f64],
    w: ParamView<'_, T>,
    inv_c: f64,
    first: usize,
    out: &mut [G],
) {
    let (res, _) = residuals.as_chunks::<K>();
    let (out, _) = out.as_chunks_mut::<K>();
    for (offset, gj) in out.iter_mut().enumerate() {
        let j = first + offset;
        let (rows, values) = columns.row(j);
        let mut acc = [0.0f64; K];
        for (&r, &v) in rows.iter().zip(values) {
            let rr = &res[r as usize];
            for c in 0..K {
                acc[c] += f64::from(v) * rr[c];
            }
        }
        for c in 0..K {
            gj[c] = G::from_f64(acc[c] + inv_c * w.get(j * K + c));
        }
    }
}

/// The gradient pass for any number of classes `k`, known at run time (the same sums in
/// the same order as [`gather_fixed`]).
fn gather_any<T: Real, G: Real>(
    columns: &CsrMatrix,
    residuals: &[f64],
    w: ParamView<'_, T>,
    inv_c: f64,
    first: usize,
    k: usize,
    out: &mut [G],
) {
    let mut acc = vec![0.0f64; k];
    for (offset, gj) in out.chunks_exact_mut(k).enumerate() {
        let j = first + offset;
        let (rows, values) = columns.row(j);
        acc.fill(0.0);
        for (&r, &v) in rows.iter().zip(values) {
            let rr = &residuals[r as usize * k..r as usize * k + k];
            for (gc, rc) in acc.iter_mut().zip(rr) {
                *gc += f64::from(v) * rc;
            }
        }
        for c in 0..k {
            gj[c] = G::from_f64(acc[c] + inv_c * w.get(j * k + c));
        }
    }
}

/// Number types the solver may keep parameters and gradients in; the objective computes in
/// `f64` whatever they are.
pub(crate) trait Real: Copy + Send + Sync {
    fn to_f64(self) -> f64;
    fn from_f64(v: f64) -> Self;
}

impl Real for f64 {
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(v: f64) -> Self {
        v
    }
}

impl Real for f32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(v: f64) -> Self {
        v as f32
    }
}

/// Parameters as the objective reads them: `scale * values[i]`, in `f64`. The solver's
/// vectors are stored that way; a plain `f64` slice has scale 1, which changes no bit.
#[derive(Clone, Copy)]
pub(crate) struct ParamView<'a, T> {
    scale: f64,
    values: &'a [T],
}

impl<'a, T: Real> ParamView<'a, T> {
    pub(crate) fn new(scale: f64, values: &'a [T]) -> Self {
        ParamView { scale, values }
    }

    fn get(&self, i: usize) -> f64 {
        self.scale * self.values[i].to_f64()
    }

    fn slice(&self, range: std::ops::Range<usize>) -> Self {
        ParamView {
            scale: self.scale,
            values: &self.values[range],
        }
    }

    fn iter(&self) -> impl Iterator<Item = f64> + '_ {
        self.values.iter().map(|v| self.scale * v.to_f64())
    }
}

#[cfg(test)]
mod tests;
