//! The parameter vector argmin's L-BFGS works on.
//!
//! argmin's solvers are generic over the vector type and build a new vector for every
//! operation (about 80 passes over all parameters per iteration, plus copies). With ndarray
//! those passes were half of training time, on one core. This type keeps argmin's algorithm
//! and changes only how a pass runs: storage is shared, so a copy is free, and each pass is
//! split over threads (rayon). Element-wise results do not depend on the split; dot
//! products sum fixed-size chunks in a fixed order, so the model's bytes do not depend on
//! the number of threads either.

use argmin_math::{
    ArgminAdd, ArgminDot, ArgminL1Norm, ArgminL2Norm, ArgminMinMax, ArgminMul, ArgminScaledAdd,
    ArgminSignum, ArgminSub, ArgminZeroLike,
};
use rayon::prelude::*;
use std::sync::Arc;

/// Elements per unit of parallel work, and per partial sum of a dot product.
const CHUNK: usize = 1 << 14;

/// A dense `f64` vector with shared storage: `clone` copies a pointer.
#[derive(Clone, Debug)]
pub struct Vector(Arc<Vec<f64>>);

impl Vector {
    pub fn zeros(len: usize) -> Self {
        Vector(Arc::new(vec![0.0; len]))
    }

    pub fn as_slice(&self) -> &[f64] {
        &self.0
    }

    /// True if both hold the same values (cheap when one is a copy of the other).
    pub fn same_values(&self, other: &Vector) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }

    fn map(&self, f: impl Fn(f64) -> f64 + Sync + Send) -> Self {
        let mut out = vec![0.0; self.0.len()];
        let work = |(out, a): (&mut [f64], &[f64])| {
            for (o, &a) in out.iter_mut().zip(a) {
                *o = f(a);
            }
        };
        if in_parallel(out.len()) {
            out.par_chunks_mut(CHUNK)
                .zip(self.0.par_chunks(CHUNK))
                .for_each(work);
        } else {
            out.chunks_mut(CHUNK)
                .zip(self.0.chunks(CHUNK))
                .for_each(work);
        }
        Vector(Arc::new(out))
    }

    fn zip(&self, other: &Vector, f: impl Fn(f64, f64) -> f64 + Sync + Send) -> Self {
        assert_eq!(self.0.len(), other.0.len(), "vector lengths differ");
        let mut out = vec![0.0; self.0.len()];
        let work = |((out, a), b): ((&mut [f64], &[f64]), &[f64])| {
            for ((o, &a), &b) in out.iter_mut().zip(a).zip(b) {
                *o = f(a, b);
            }
        };
        if in_parallel(out.len()) {
            out.par_chunks_mut(CHUNK)
                .zip(self.0.par_chunks(CHUNK))
                .zip(other.0.par_chunks(CHUNK))
                .for_each(work);
        } else {
            out.chunks_mut(CHUNK)
                .zip(self.0.chunks(CHUNK))
                .zip(other.0.chunks(CHUNK))
                .for_each(work);
        }
        Vector(Arc::new(out))
    }
}

/// Whether a pass over `len` elements is worth handing to the thread pool: with one thread
/// (or one chunk) the hand-over costs more than it saves.
fn in_parallel(len: usize) -> bool {
    len > CHUNK && rayon::current_num_threads() > 1
}

impl From<Vec<f64>> for Vector {
    fn from(values: Vec<f64>) -> Self {
        Vector(Arc::new(values))
    }
}

/// `a . b`, summed chunk by chunk in order (each chunk with ndarray's unrolled loop).
fn dot(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len(), "vector lengths differ");
    let part =
        |(a, b): (&[f64], &[f64])| ndarray::ArrayView1::from(a).dot(&ndarray::ArrayView1::from(b));
    if in_parallel(a.len()) {
        let parts: Vec<f64> = a
            .par_chunks(CHUNK)
            .zip(b.par_chunks(CHUNK))
            .map(part)
            .collect();
        parts.iter().sum()
    } else {
        a.chunks(CHUNK).zip(b.chunks(CHUNK)).map(part).sum()
    }
}

impl ArgminDot<Vector, f64> for Vector {
    fn dot(&self, other: &Vector) -> f64 {
        dot(&self.0, &other.0)
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
        self.map(|a| a * other)
    }
}

impl ArgminMul<Vector, Vector> for Vector {
    fn mul(&self, other: &Vector) -> Vector {
        self.zip(other, |a, b| a * b)
    }
}

impl ArgminScaledAdd<Vector, f64, Vector> for Vector {
    fn scaled_add(&self, factor: &f64, vec: &Vector) -> Vector {
        self.zip(vec, |a, b| a + factor * b)
    }
}

impl ArgminL1Norm<f64> for Vector {
    fn l1_norm(&self) -> f64 {
        self.0.iter().map(|a| a.abs()).sum()
    }
}

impl ArgminL2Norm<f64> for Vector {
    fn l2_norm(&self) -> f64 {
        dot(&self.0, &self.0).sqrt()
    }
}

impl ArgminSignum for Vector {
    fn signum(self) -> Vector {
        self.map(f64::signum)
    }
}

impl ArgminZeroLike for Vector {
    fn zero_like(&self) -> Vector {
        Vector::zeros(self.0.len())
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
mod tests {
    use super::*;

    fn v(values: &[f64]) -> Vector {
        Vector::from(values.to_vec())
    }

    #[test]
    fn operations_match_plain_arithmetic() {
        let a = v(&[1.0, -2.0, 3.0]);
        let b = v(&[0.5, 4.0, -1.0]);
        assert_eq!(a.add(&b).as_slice(), &[1.5, 2.0, 2.0]);
        assert_eq!(a.sub(&b).as_slice(), &[0.5, -6.0, 4.0]);
        assert_eq!(
            ArgminMul::<Vector, Vector>::mul(&a, &b).as_slice(),
            &[0.5, -8.0, -3.0]
        );
        assert_eq!(
            ArgminMul::<f64, Vector>::mul(&a, &2.0).as_slice(),
            &[2.0, -4.0, 6.0]
        );
        assert_eq!(
            ArgminAdd::<f64, Vector>::add(&a, &1.0).as_slice(),
            &[2.0, -1.0, 4.0]
        );
        assert_eq!(
            ArgminSub::<f64, Vector>::sub(&a, &1.0).as_slice(),
            &[0.0, -3.0, 2.0]
        );
        assert_eq!(a.scaled_add(&2.0, &b).as_slice(), &[2.0, 6.0, 1.0]);
        assert_eq!(a.dot(&b), 0.5 - 8.0 - 3.0);
        assert_eq!(a.l1_norm(), 6.0);
        assert_eq!(v(&[3.0, 4.0]).l2_norm(), 5.0);
        assert_eq!(a.clone().signum().as_slice(), &[1.0, -1.0, 1.0]);
        assert_eq!(a.zero_like().as_slice(), &[0.0; 3]);
        assert_eq!(Vector::min(&a, &b).as_slice(), &[0.5, -2.0, -1.0]);
        assert_eq!(Vector::max(&a, &b).as_slice(), &[1.0, 4.0, 3.0]);
    }

    #[test]
    fn long_dot_products_do_not_depend_on_the_thread_count() {
        let n = 5 * CHUNK + 17;
        let a = Vector::from((0..n).map(|i| (i as f64 * 0.37).sin()).collect::<Vec<_>>());
        let b = Vector::from((0..n).map(|i| (i as f64 * 0.11).cos()).collect::<Vec<_>>());
        let on = |threads| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| (a.dot(&b), a.scaled_add(&0.3, &b)))
        };
        let (one, two) = (on(1), on(3));
        assert_eq!(one.0.to_bits(), two.0.to_bits());
        assert_eq!(one.1.as_slice(), two.1.as_slice());
        let plain: f64 = a
            .as_slice()
            .iter()
            .zip(b.as_slice())
            .map(|(x, y)| x * y)
            .sum();
        assert!((one.0 - plain).abs() < 1e-9 * plain.abs().max(1.0));
    }

    #[test]
    fn copies_share_storage() {
        let a = v(&[1.0, 2.0]);
        let b = a.clone();
        assert!(a.same_values(&b));
        assert!(a.same_values(&v(&[1.0, 2.0])));
        assert!(!a.same_values(&v(&[1.0, 2.5])));
    }
}
