//! Minimising the softmax objective: the sparse L-BFGS path (default) and the dense
//! linfa-logistic path (a cross-check, and fine for small vocabularies).

use super::softmax::{Objective, ParamView};
use super::vector::Vector;
use crate::features::sparse::CsrMatrix;
use argmin::core::{CostFunction, Executor, Gradient, State, TerminationReason};
use argmin::solver::linesearch::condition::ArmijoCondition;
use argmin::solver::linesearch::{BacktrackingLineSearch, MoreThuenteLineSearch};
use argmin::solver::quasinewton::LBFGS;
use linfa::prelude::*;
use ndarray::{Array1, Array2};
use serde::{Deserialize, Serialize};
use std::sync::Mutex;

/// Which implementation fits the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Solver {
    /// Sparse gradient on argmin's L-BFGS: fast at any vocabulary size.
    #[default]
    Sparse,
    /// linfa-logistic's MultiLogisticRegression on a dense matrix: slow beyond a few
    /// thousand features; kept as an independent check of the sparse path.
    Linfa,
}

impl std::str::FromStr for Solver {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "sparse" => Ok(Solver::Sparse),
            "linfa" => Ok(Solver::Linfa),
            _ => Err(format!("unknown solver {s:?} (expected sparse or linfa)")),
        }
    }
}

/// Fitted weights and how the optimisation went.
#[derive(Debug, Clone)]
pub struct Fitted {
    /// Feature-major weights `w[j * k + c]`.
    pub weights: Vec<f64>,
    pub bias: Vec<f64>,
    pub iterations: u64,
    pub converged: bool,
    /// Final objective value (see [`Objective`]).
    pub objective: f64,
    /// What happened, in words (termination reason, retries).
    pub status: String,
}

/// Settings shared by both solvers.
pub struct SolverSettings {
    pub c: f64,
    pub max_iter: u64,
    /// Stop when the gradient norm falls below `tol * rows`.
    pub tol: f64,
}

/// Fits with the sparse L-BFGS. `on_iter(evaluation, objective)` is called after every
/// objective evaluation.
pub fn fit_sparse(
    x: &CsrMatrix,
    y: &[u32],
    n_classes: usize,
    settings: &SolverSettings,
    on_iter: &(dyn Fn(u64, f64) + Sync),
) -> Result<Fitted, String> {
    let objective = Objective::new(x, y, n_classes, settings.c);
    let problem = Problem {
        objective,
        cache: Mutex::new(None),
        on_eval: on_iter,
        evals: Default::default(),
    };
    let init = Vector::zeros(problem.objective.n_params());
    let tol_grad = settings.tol * y.len().max(1) as f64;

    let lbfgs = LBFGS::new(MoreThuenteLineSearch::new(), 10)
        .with_tolerance_grad(tol_grad)
        .and_then(|s| s.with_tolerance_cost(1e-12))
        .map_err(|e| e.to_string())?;
    let first = Executor::new(&problem, lbfgs)
        .configure(|s| s.param(init.clone()).max_iters(settings.max_iter))
        .run();
    match first {
        Ok(result) => Ok(finish(&problem, result.state(), None)),
        Err(err) => {
            // More-Thuente can fail on a flat or badly scaled stretch; a backtracking
            // (Armijo) line search is slower but always makes progress.
            let armijo = ArmijoCondition::new(1e-4).map_err(|e| e.to_string())?;
            let lbfgs = LBFGS::new(BacktrackingLineSearch::new(armijo), 10)
                .with_tolerance_grad(tol_grad)
                .and_then(|s| s.with_tolerance_cost(1e-12))
                .map_err(|e| e.to_string())?;
            let retry = Executor::new(&problem, lbfgs)
                .configure(|s| s.param(init).max_iters(settings.max_iter))
                .run()
                .map_err(|e2| {
                    format!("line search failed ({err}); retry with backtracking failed too ({e2})")
                })?;
            Ok(finish(
                &problem,
                retry.state(),
                Some(format!(
                    "retried with backtracking line search after: {err}"
                )),
            ))
        }
    }
}

fn finish<S>(problem: &Problem<'_>, state: &S, note: Option<String>) -> Fitted
where
    S: State<Param = Vector, Float = f64>,
{
    let params = state
        .get_best_param()
        .or_else(|| state.get_param())
        .cloned()
        .unwrap_or_else(|| Vector::zeros(problem.objective.n_params()));
    let reason = state.get_termination_reason();
    let converged = matches!(
        reason,
        Some(TerminationReason::SolverConverged) | Some(TerminationReason::TargetCostReached)
    );
    let mut status = reason
        .map(|r| r.text().to_string())
        .unwrap_or_else(|| "not terminated".into());
    if let Some(note) = note {
        status = format!("{status}; {note}");
    }
    let params = params.values();
    let objective = problem.objective.evaluate(&params, None);
    let dk = problem.objective.n_features() * problem.objective.n_classes();
    Fitted {
        weights: params[..dk].to_vec(),
        bias: params[dk..].to_vec(),
        iterations: state.get_iter(),
        converged,
        objective,
        status,
    }
}

/// argmin asks for cost and gradient at the same point separately; one pass computes both,
/// so the last evaluation is cached. Progress is reported per evaluation (argmin's observers
/// must be 'static, which a borrowed callback is not).
/// Parameters, objective value and gradient of one evaluation.
type Evaluation = (Vector, f64, Vector);

struct Problem<'a> {
    objective: Objective<'a>,
    cache: Mutex<Option<Evaluation>>,
    on_eval: &'a (dyn Fn(u64, f64) + Sync),
    evals: std::sync::atomic::AtomicU64,
}

impl Problem<'_> {
    fn eval(&self, p: &Vector) -> (f64, Vector) {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, cost, grad)) = cache.as_ref() {
            if at.same_values(p) {
                return (*cost, grad.clone());
            }
        }
        let (scale, values) = p.parts();
        let mut grad = vec![0.0f32; values.len()];
        let cost = self
            .objective
            .evaluate_scaled(ParamView::new(scale, values), Some(&mut grad));
        let grad = Vector::from(grad);
        *cache = Some((p.clone(), cost, grad.clone()));
        let n = self
            .evals
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        (self.on_eval)(n, cost);
        (cost, grad)
    }
}

impl CostFunction for &Problem<'_> {
    type Param = Vector;
    type Output = f64;
    fn cost(&self, p: &Self::Param) -> Result<f64, argmin::core::Error> {
        Ok(self.eval(p).0)
    }
}

impl Gradient for &Problem<'_> {
    type Param = Vector;
    type Gradient = Vector;
    fn gradient(&self, p: &Self::Param) -> Result<Vector, argmin::core::Error> {
        Ok(self.eval(p).1)
    }
}

/// Fits with linfa-logistic on the dense matrix (alpha = 1/C, same objective).
pub fn fit_linfa(
    x: &CsrMatrix,
    y: &[u32],
    n_classes: usize,
    settings: &SolverSettings,
) -> Result<Fitted, String> {
    let present: std::collections::BTreeSet<u32> = y.iter().copied().collect();
    if present.len() != n_classes {
        return Err(format!(
            "linfa needs every label in the training rows; {} of {n_classes} present",
            present.len()
        ));
    }
    let dense: Array2<f64> = x.to_dense();
    let targets: Array1<usize> = y.iter().map(|&v| v as usize).collect();
    let dataset = Dataset::new(dense, targets);
    let tol_grad = settings.tol * y.len().max(1) as f64;
    let model = linfa_logistic::MultiLogisticRegression::default()
        .alpha(1.0 / settings.c)
        .max_iterations(settings.max_iter)
        .gradient_tolerance(tol_grad)
        .fit(&dataset)
        .map_err(|e| format!("linfa-logistic: {e}"))?;
    // linfa sorts classes; ours are 0..k, so column c is label c.
    let params = model.params();
    let d = x.n_cols;
    let mut weights = vec![0.0; d * n_classes];
    for j in 0..d {
        for c in 0..n_classes {
            weights[j * n_classes + c] = params[[j, c]];
        }
    }
    let bias = model.intercept().to_vec();
    let mut all = weights.clone();
    all.extend_from_slice(&bias);
    let objective = Objective::new(x, y, n_classes, settings.c).evaluate(&all, None);
    Ok(Fitted {
        weights,
        bias,
        iterations: 0,
        converged: true,
        objective,
        status: "linfa-logistic finished (it does not report iterations)".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic problem with real signal: class c is favoured by features
    /// c, c+3, c+6... plus noise features shared by all.
    fn problem() -> (CsrMatrix, Vec<u32>) {
        let mut x = CsrMatrix::new(30);
        let mut y = Vec::new();
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as u32
        };
        for r in 0..240u32 {
            let label = r % 3;
            let mut row: Vec<(u32, f32)> = Vec::new();
            for _ in 0..4 {
                let f = (next() % 10) * 3 + if next() % 4 == 0 { next() % 3 } else { label };
                row.push((f, 1.0));
            }
            row.push((29, 0.5));
            crate::features::sparse::merge_duplicates(&mut row);
            x.push_row(&row);
            y.push(label);
        }
        (x, y)
    }

    fn predict(x: &CsrMatrix, fitted: &Fitted, k: usize) -> Vec<usize> {
        (0..x.n_rows())
            .map(|r| {
                let (idx, val) = x.row(r);
                let mut z = fitted.bias.clone();
                for (&j, &v) in idx.iter().zip(val) {
                    let w = &fitted.weights[j as usize * k..j as usize * k + k];
                    for (zc, wc) in z.iter_mut().zip(w) {
                        *zc += f64::from(v) * wc;
                    }
                }
                crate::model::argmax(&z)
            })
            .collect()
    }

    #[test]
    fn sparse_and_linfa_reach_the_same_optimum() {
        let (x, y) = problem();
        let settings = SolverSettings {
            c: 2.0,
            max_iter: 500,
            tol: 1e-7,
        };
        let sparse = fit_sparse(&x, &y, 3, &settings, &|_, _| {}).unwrap();
        let linfa = fit_linfa(&x, &y, 3, &settings).unwrap();
        assert!(sparse.converged, "{}", sparse.status);
        let rel = (sparse.objective - linfa.objective).abs() / linfa.objective;
        assert!(
            rel < 1e-4,
            "objectives differ: {} vs {}",
            sparse.objective,
            linfa.objective
        );
        assert_eq!(predict(&x, &sparse, 3), predict(&x, &linfa, 3));
        // The optimum is better than the zero model and learns the signal.
        let zero = 240.0 * 3f64.ln();
        assert!(sparse.objective < 0.8 * zero);
    }

    #[test]
    fn sparse_fit_is_deterministic() {
        let (x, y) = problem();
        let settings = SolverSettings {
            c: 4.0,
            max_iter: 200,
            tol: 1e-5,
        };
        let a = fit_sparse(&x, &y, 3, &settings, &|_, _| {}).unwrap();
        let b = fit_sparse(&x, &y, 3, &settings, &|_, _| {}).unwrap();
        assert_eq!(a.weights, b.weights);
        assert_eq!(a.iterations, b.iterations);
    }
}
