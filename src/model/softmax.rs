//! The multinomial logistic regression objective over sparse rows.
//!
//! f(W, b) = sum_i -log softmax(x_i W + b)[y_i] + 1 / (2C) * ||W||^2
//!
//! This is scikit-learn's objective divided by C (same minimiser) and linfa-logistic's with
//! alpha = 1/C, so the two solvers can be checked against each other. The intercept is not
//! penalised. Parameters are laid out feature-major: `W[j * k + c]`, then `b[c]`.

use crate::features::sparse::CsrMatrix;

/// Objective data: rows, label indices, number of classes, inverse L2 strength.
pub struct Objective<'a> {
    pub x: &'a CsrMatrix,
    pub y: &'a [u32],
    pub n_classes: usize,
    pub c: f64,
}

impl Objective<'_> {
    /// Length of the parameter vector.
    pub fn n_params(&self) -> usize {
        (self.x.n_cols + 1) * self.n_classes
    }

    /// Objective value; writes the gradient into `grad` when given. Rows are split into
    /// chunks scored in parallel (rayon), each with its own gradient, then summed in a fixed
    /// order. The chunking depends only on the row count, never on the number of threads,
    /// so the same data gives the same model bytes on any machine.
    pub fn evaluate(&self, params: &[f64], grad: Option<&mut [f64]>) -> f64 {
        use rayon::prelude::*;
        let n = self.y.len();
        let chunks = n.div_ceil(1024).clamp(1, 8);
        let size = n.div_ceil(chunks).max(1);
        let want_grad = grad.is_some();
        let parts: Vec<(f64, Vec<f64>)> = (0..chunks)
            .into_par_iter()
            .map(|i| {
                let rows = (i * size).min(n)..((i + 1) * size).min(n);
                let mut g = if want_grad {
                    vec![0.0; params.len()]
                } else {
                    Vec::new()
                };
                let loss = self.loss_rows(params, rows, want_grad.then_some(&mut g[..]));
                (loss, g)
            })
            .collect();
        let k = self.n_classes;
        let d = self.x.n_cols;
        let w = &params[..d * k];
        let inv_c = 1.0 / self.c;
        let mut loss: f64 = parts.iter().map(|p| p.0).sum();
        loss += 0.5 * inv_c * w.iter().map(|v| v * v).sum::<f64>();
        if let Some(g) = grad {
            g.fill(0.0);
            for (_, part) in &parts {
                for (gi, pi) in g.iter_mut().zip(part) {
                    *gi += pi;
                }
            }
            for (gj, wj) in g[..d * k].iter_mut().zip(w) {
                *gj += inv_c * wj;
            }
        }
        loss
    }

    /// Unregularised loss of `rows`, adding their gradient into `grad` when given.
    fn loss_rows(
        &self,
        params: &[f64],
        rows: std::ops::Range<usize>,
        grad: Option<&mut [f64]>,
    ) -> f64 {
        // With the class count known at compile time the per-feature slices have a fixed
        // length and their loops unroll; the arithmetic (and so the model) is the same.
        match self.n_classes {
            2 => self.loss_rows_k::<2>(params, rows, grad),
            3 => self.loss_rows_k::<3>(params, rows, grad),
            _ => self.loss_rows_k::<0>(params, rows, grad),
        }
    }

    /// [`Objective::loss_rows`] for `K` classes (`K = 0`: any number, known at run time).
    fn loss_rows_k<const K: usize>(
        &self,
        params: &[f64],
        rows: std::ops::Range<usize>,
        mut grad: Option<&mut [f64]>,
    ) -> f64 {
        let k = if K > 0 { K } else { self.n_classes };
        let d = self.x.n_cols;
        let (w, b) = params.split_at(d * k);
        let mut loss = 0.0;
        let mut z = vec![0.0f64; k];
        for r in rows {
            let label = self.y[r] as usize;
            let (idx, val) = self.x.row(r);
            z.copy_from_slice(b);
            for (&j, &v) in idx.iter().zip(val) {
                let wj = &w[j as usize * k..j as usize * k + k];
                for (zc, wc) in z.iter_mut().zip(wj) {
                    *zc += f64::from(v) * wc;
                }
            }
            let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let sum: f64 = z.iter().map(|&v| (v - max).exp()).sum();
            let log_norm = max + sum.ln();
            loss += log_norm - z[label];
            if let Some(g) = grad.as_deref_mut() {
                // dL/dz_c = p_c - [c == y]
                for zc in z.iter_mut() {
                    *zc = (*zc - log_norm).exp();
                }
                z[label] -= 1.0;
                let (gw, gb) = g.split_at_mut(d * k);
                for (&j, &v) in idx.iter().zip(val) {
                    let gj = &mut gw[j as usize * k..j as usize * k + k];
                    for (gc, zc) in gj.iter_mut().zip(&z) {
                        *gc += f64::from(v) * zc;
                    }
                }
                for (gc, zc) in gb.iter_mut().zip(&z) {
                    *gc += zc;
                }
            }
        }
        loss
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> (CsrMatrix, Vec<u32>) {
        let mut x = CsrMatrix::new(3);
        x.push_row(&[(0, 1.0), (2, 0.5)]);
        x.push_row(&[(1, 1.0)]);
        x.push_row(&[(0, 0.3), (1, 0.7)]);
        x.push_row(&[(2, 1.0)]);
        (x, vec![0, 1, 2, 0])
    }

    #[test]
    fn gradient_matches_finite_differences() {
        let (x, y) = toy();
        let obj = Objective {
            x: &x,
            y: &y,
            n_classes: 3,
            c: 2.0,
        };
        let params: Vec<f64> = (0..obj.n_params())
            .map(|i| (i as f64 * 0.37).sin())
            .collect();
        let mut grad = vec![0.0; params.len()];
        obj.evaluate(&params, Some(&mut grad));
        for i in 0..params.len() {
            let mut p = params.clone();
            p[i] += 1e-6;
            let up = obj.evaluate(&p, None);
            p[i] -= 2e-6;
            let down = obj.evaluate(&p, None);
            let numeric = (up - down) / 2e-6;
            assert!(
                (numeric - grad[i]).abs() < 1e-5,
                "param {i}: {numeric} vs {}",
                grad[i]
            );
        }
    }

    #[test]
    fn zero_params_give_uniform_loss() {
        let (x, y) = toy();
        let obj = Objective {
            x: &x,
            y: &y,
            n_classes: 3,
            c: 1.0,
        };
        let loss = obj.evaluate(&vec![0.0; obj.n_params()], None);
        assert!((loss - 4.0 * 3f64.ln()).abs() < 1e-12);
    }
}
