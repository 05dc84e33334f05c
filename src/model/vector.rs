//! The parameter vector argmin's L-BFGS works on.
//!
//! argmin's solvers are generic over the vector type and build a new vector for every
//! operation: about 80 passes over all parameters per iteration with ndarray, which was half
//! of training time. This type keeps argmin's algorithm and makes the passes fewer and
//! faster:
//! - storage is shared and immutable, so a copy is free;
//! - values are stored as `f32` (the model's weights are `f32` anyway) and every sum is taken
//!   in `f64`: half the memory traffic of each pass, which is what these passes are bound by;
//! - a vector is `scale * values`, so multiplying by a number is free and the next addition
//!   applies it in its own pass (`q - a * y` is one pass, not two);
//! - a dot product of two stored vectors is remembered (L-BFGS recomputes `y . s` of every
//!   stored pair in every iteration);
//! - each pass is split over threads (rayon). Element-wise results do not depend on the
//!   split and dot products sum fixed-size chunks in a fixed order, so the model's bytes do
//!   not depend on the number of threads.

use argmin_math::{
    ArgminAdd, ArgminDot, ArgminL1Norm, ArgminL2Norm, ArgminMinMax, ArgminMul, ArgminScaledAdd,
    ArgminSignum, ArgminSub, ArgminZeroLike,
};
use rayon::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Elements per unit of parallel work, and per partial sum of a dot product.
const CHUNK: usize = 1 << 14;
/// Dot products a stored vector remembers, least recently used dropped first (L-BFGS asks
/// for one per stored pair every iteration; the others are with vectors used once).
const REMEMBERED: usize = 4;

/// Values that never change once made, with an identity for remembering dot products.
#[derive(Debug)]
struct Stored {
    values: Vec<f32>,
    id: u64,
    dots: Mutex<Vec<(u64, f64)>>,
}

impl Stored {
    fn new(values: Vec<f32>) -> Arc<Self> {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Arc::new(Stored {
            values,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            dots: Mutex::new(Vec::new()),
        })
    }

    /// The dot product with `other` if remembered; a hit becomes the most recent entry, so
    /// the pair L-BFGS asks for every iteration is never the one evicted.
    fn remembered(&self, other: u64) -> Option<f64> {
        let mut dots = self.dots.lock().unwrap_or_else(|e| e.into_inner());
        let at = dots.iter().position(|(id, _)| *id == other)?;
        let entry = dots.remove(at);
        dots.push(entry);
        Some(entry.1)
    }

    fn remember(&self, other: u64, dot: f64) {
        let mut dots = self.dots.lock().unwrap_or_else(|e| e.into_inner());
        if dots.len() == REMEMBERED {
            dots.remove(0);
        }
        dots.push((other, dot));
    }
}

/// A dense vector, `scale * values` (`f64` scale, `f32` values), with shared storage.
#[derive(Clone, Debug)]
pub struct Vector {
    scale: f64,
    stored: Arc<Stored>,
}

impl From<Vec<f64>> for Vector {
    fn from(values: Vec<f64>) -> Self {
        Vector::stored(values.iter().map(|&v| v as f32).collect())
    }
}

impl From<Vec<f32>> for Vector {
    fn from(values: Vec<f32>) -> Self {
        Vector::stored(values)
    }
}

impl Vector {
    pub fn zeros(len: usize) -> Self {
        Vector::stored(vec![0.0; len])
    }

    /// The scale and the stored values: the vector is `scale * values`.
    pub fn parts(&self) -> (f64, &[f32]) {
        (self.scale, &self.stored.values)
    }

    /// `values` as a new vector, unscaled.
    fn stored(values: Vec<f32>) -> Self {
        Vector {
            scale: 1.0,
            stored: Stored::new(values),
        }
    }

    fn len(&self) -> usize {
        self.stored.values.len()
    }

    /// The values as `f64`: the stored `f32` values times the scale.
    pub fn values(&self) -> Vec<f64> {
        self.stored
            .values
            .iter()
            .map(|&a| self.scale * f64::from(a))
            .collect()
    }

    /// True if both hold the same values (cheap when one is a copy of the other).
    pub fn same_values(&self, other: &Vector) -> bool {
        if self.scale == other.scale {
            // Same scale: equal exactly when the stored values are (no f64 copies needed).
            Arc::ptr_eq(&self.stored, &other.stored) || self.stored.values == other.stored.values
        } else {
            self.values() == other.values()
        }
    }

    /// `f(scale * a)` for every element. Only off L-BFGS's hot path (scalar shifts, and
    /// signum for L1), so it reuses the pairwise pass rather than a copy of it.
    fn map(&self, f: impl Fn(f64) -> f64 + Sync + Send) -> Self {
        self.zip(self, |a, _| f(a))
    }

    /// `f(scale * a, other.scale * b)` for every pair of elements.
    fn zip(&self, other: &Vector, f: impl Fn(f64, f64) -> f64 + Sync + Send) -> Self {
        assert_eq!(self.len(), other.len(), "vector lengths differ");
        let (s, t) = (self.scale, other.scale);
        let (a, b) = (&self.stored.values, &other.stored.values);
        // Collected straight into the new storage: no zeroing pass before the writes.
        let pair = |(&a, &b): (&f32, &f32)| f(s * f64::from(a), t * f64::from(b)) as f32;
        let out: Vec<f32> = if in_parallel(a.len()) {
            let mut out = Vec::new();
            a.par_iter()
                .zip(b.par_iter())
                .with_min_len(CHUNK)
                .map(pair)
                .collect_into_vec(&mut out);
            out
        } else {
            a.iter().zip(b).map(pair).collect()
        };
        Vector::stored(out)
    }

    fn scaled(&self, factor: f64) -> Self {
        Vector {
            scale: self.scale * factor,
            stored: Arc::clone(&self.stored),
        }
    }
}

/// Whether a pass over `len` elements is worth handing to the thread pool: with one thread
/// (or one chunk) the hand-over costs more than it saves.
fn in_parallel(len: usize) -> bool {
    len > CHUNK && rayon::current_num_threads() > 1
}

/// `a . b` of stored values in `f64`, summed chunk by chunk in order (each chunk in eight
/// interleaved partial sums, so the loop vectorizes), remembered on both sides. Products commute exactly, so the order of the
/// two does not change the result.
fn stored_dot(a: &Stored, b: &Stored) -> f64 {
    if let Some(dot) = a.remembered(b.id) {
        return dot;
    }
    let (x, y) = (&a.values, &b.values);
    assert_eq!(x.len(), y.len(), "vector lengths differ");
    let part = |(x, y): (&[f32], &[f32])| {
        let mut acc = [0.0f64; 8];
        let (xc, yc) = (x.chunks_exact(8), y.chunks_exact(8));
        let (xr, yr) = (xc.remainder(), yc.remainder());
        for (a, b) in xc.zip(yc) {
            for i in 0..8 {
                acc[i] += f64::from(a[i]) * f64::from(b[i]);
            }
        }
        let mut sum = acc.iter().sum::<f64>();
        for (&a, &b) in xr.iter().zip(yr) {
            sum += f64::from(a) * f64::from(b);
        }
        sum
    };
    let dot = if in_parallel(x.len()) {
        let parts: Vec<f64> = x
            .par_chunks(CHUNK)
            .zip(y.par_chunks(CHUNK))
            .map(part)
            .collect();
        parts.iter().sum()
    } else {
        x.chunks(CHUNK).zip(y.chunks(CHUNK)).map(part).sum()
    };
    a.remember(b.id, dot);
    if a.id != b.id {
        b.remember(a.id, dot);
    }
    dot
}

impl ArgminDot<Vector, f64> for Vector {
    fn dot(&self, other: &Vector) -> f64 {
        self.scale * other.scale * stored_dot(&self.stored, &other.stored)
    }
}

impl ArgminAdd<Vector, Vector> for Vector {
    fn add(&self, other: &Vector) -> Vector {
        self.zip(other, |a, b| a + b)
    }
}

impl ArgminAdd<f64, Vector> for Vector {
    fn add(&self, other: &f64) -> Vector {
        self.map(|a| a + other)
    }
}

impl ArgminSub<Vector, Vector> for Vector {
    fn sub(&self, other: &Vector) -> Vector {
        self.zip(other, |a, b| a - b)
    }
}

impl ArgminSub<f64, Vector> for Vector {
    fn sub(&self, other: &f64) -> Vector {
        self.map(|a| a - other)
    }
}

impl ArgminMul<f64, Vector> for Vector {
    fn mul(&self, other: &f64) -> Vector {
        self.scaled(*other)
    }
}

impl ArgminMul<Vector, Vector> for Vector {
    fn mul(&self, other: &Vector) -> Vector {
        self.zip(other, |a, b| a * b)
    }
}

impl ArgminScaledAdd<Vector, f64, Vector> for Vector {
    fn scaled_add(&self, factor: &f64, vec: &Vector) -> Vector {
        self.zip(&vec.scaled(*factor), |a, b| a + b)
    }
}

impl ArgminL1Norm<f64> for Vector {
    fn l1_norm(&self) -> f64 {
        self.scale.abs()
            * self
                .stored
                .values
                .iter()
                .map(|&a| f64::from(a).abs())
                .sum::<f64>()
    }
}

impl ArgminL2Norm<f64> for Vector {
    fn l2_norm(&self) -> f64 {
        self.scale.abs() * stored_dot(&self.stored, &self.stored).sqrt()
    }
}

impl ArgminSignum for Vector {
    fn signum(self) -> Vector {
        self.map(f64::signum)
    }
}

impl ArgminZeroLike for Vector {
    fn zero_like(&self) -> Vector {
        Vector::zeros(self.len())
    }
}

impl ArgminMinMax for Vector {
    fn min(x: &Self, y: &Self) -> Self {
        x.zip(y, f64::min)
    }
    fn max(x: &Self, y: &Self) -> Self {
        x.zip(y, f64::max)
    }
}

#[cfg(test)]
mod tests;
