use super::*;

fn v(values: &[f64]) -> Vector {
    Vector::from(values.to_vec())
}

fn of(x: &Vector) -> Vec<f64> {
    x.values()
}

#[test]
fn operations_match_plain_arithmetic() {
    let a = v(&[1.0, -2.0, 3.0]);
    let b = v(&[0.5, 4.0, -1.0]);
    assert_eq!(of(&a.add(&b)), [1.5, 2.0, 2.0]);
    assert_eq!(of(&a.sub(&b)), [0.5, -6.0, 4.0]);
    assert_eq!(
        of(&ArgminMul::<Vector, Vector>::mul(&a, &b)),
        [0.5, -8.0, -3.0]
    );
    assert_eq!(
        of(&ArgminMul::<f64, Vector>::mul(&a, &2.0)),
        [2.0, -4.0, 6.0]
    );
    assert_eq!(
        of(&ArgminAdd::<f64, Vector>::add(&a, &1.0)),
        [2.0, -1.0, 4.0]
    );
    assert_eq!(
        of(&ArgminSub::<f64, Vector>::sub(&a, &1.0)),
        [0.0, -3.0, 2.0]
    );
    assert_eq!(of(&a.scaled_add(&2.0, &b)), [2.0, 6.0, 1.0]);
    assert_eq!(a.dot(&b), 0.5 - 8.0 - 3.0);
    assert_eq!(a.l1_norm(), 6.0);
    assert_eq!(v(&[3.0, 4.0]).l2_norm(), 5.0);
    assert_eq!(of(&a.clone().signum()), [1.0, -1.0, 1.0]);
    assert_eq!(of(&a.zero_like()), [0.0; 3]);
    assert_eq!(of(&Vector::min(&a, &b)), [0.5, -2.0, -1.0]);
    assert_eq!(of(&Vector::max(&a, &b)), [1.0, 4.0, 3.0]);
}

#[test]
fn a_pending_scale_enters_every_operation() {
    let a = ArgminMul::<f64, Vector>::mul(&v(&[1.0, -2.0, 3.0]), &-2.0);
    let b = v(&[0.5, 4.0, -1.0]);
    assert_eq!(of(&a), [-2.0, 4.0, -6.0]);
    assert_eq!(of(&a.add(&b)), [-1.5, 8.0, -7.0]);
    assert_eq!(of(&b.sub(&a)), [2.5, 0.0, 5.0]);
    assert_eq!(of(&b.scaled_add(&0.5, &a)), [-0.5, 6.0, -4.0]);
    assert_eq!(
        of(&ArgminMul::<Vector, Vector>::mul(&a, &b)),
        [-1.0, 16.0, 6.0]
    );
    assert_eq!(
        of(&ArgminAdd::<f64, Vector>::add(&a, &1.0)),
        [-1.0, 5.0, -5.0]
    );
    assert_eq!(a.dot(&b), -1.0 + 16.0 + 6.0);
    assert_eq!(a.l1_norm(), 12.0);
    assert_eq!(
        ArgminMul::<f64, Vector>::mul(&v(&[3.0, 4.0]), &-1.0).l2_norm(),
        5.0
    );
    assert_eq!(of(&a.clone().signum()), [-1.0, 1.0, -1.0]);
    assert_eq!(of(&Vector::max(&a, &b)), [0.5, 4.0, -1.0]);
    assert!(a.same_values(&v(&[-2.0, 4.0, -6.0])));
    assert!(!a.same_values(&v(&[1.0, -2.0, 3.0])));
}

#[test]
fn remembered_dot_products_are_the_computed_ones() {
    let a = v(&[0.5, 0.25, 0.75]);
    let b = v(&[0.7, -0.11, 0.13]);
    let first = a.dot(&b);
    // Either order, and again: the same bits (products commute exactly).
    assert_eq!(b.dot(&a).to_bits(), first.to_bits());
    assert_eq!(a.dot(&b).to_bits(), first.to_bits());
    let fresh = v(&[0.5, 0.25, 0.75]).dot(&v(&[0.7, -0.11, 0.13]));
    assert_eq!(fresh.to_bits(), first.to_bits());
    // More partners than are remembered: older ones are recomputed, still right.
    for i in 0..2 * REMEMBERED {
        let c = v(&[i as f64, 1.0, 2.0]);
        assert_eq!(a.dot(&c), 0.5 * i as f64 + 0.25 + 1.5);
    }
    assert_eq!(a.dot(&b).to_bits(), first.to_bits());
}

#[test]
fn long_vectors_do_not_depend_on_the_thread_count() {
    let n = 5 * CHUNK + 17;
    let a = Vector::from((0..n).map(|i| (i as f64 * 0.37).sin()).collect::<Vec<_>>());
    let b = Vector::from((0..n).map(|i| (i as f64 * 0.11).cos()).collect::<Vec<_>>());
    let on = |threads| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        // Fresh vectors each time, so nothing is remembered between the two runs.
        let (a, b) = (Vector::from(of(&a)), Vector::from(of(&b)));
        pool.install(|| (a.dot(&b), of(&a.scaled_add(&0.3, &b)), a.l2_norm()))
    };
    let (one, three) = (on(1), on(3));
    assert_eq!(one.0.to_bits(), three.0.to_bits());
    assert_eq!(one.1, three.1);
    assert_eq!(one.2.to_bits(), three.2.to_bits());
    let plain: f64 = of(&a).iter().zip(of(&b)).map(|(x, y)| x * y).sum();
    assert!((one.0 - plain).abs() < 1e-9 * plain.abs().max(1.0));
}

#[test]
fn copies_share_storage() {
    let a = v(&[1.0, 2.0]);
    let b = a.clone();
    assert!(Arc::ptr_eq(&a.stored, &b.stored));
    assert!(a.same_values(&b));
    assert!(a.same_values(&v(&[1.0, 2.0])));
    assert!(!a.same_values(&v(&[1.0, 2.5])));
}
