use super::*;

fn toy() -> (CsrMatrix, Vec<u32>) {
    let mut x = CsrMatrix::new(3);
    x.push_row(&[(0, 1.0), (2, 0.5)]);
    x.push_row(&[(1, 1.0)]);
    x.push_row(&[(0, 0.3), (1, 0.7)]);
    x.push_row(&[(2, 1.0)]);
    (x, vec![0, 1, 2, 0])
}

/// Every class count: 2 and 3 have their own compiled paths, the rest the general one.
const CLASS_COUNTS: [usize; 4] = [1, 2, 3, 4];

#[test]
fn gradient_matches_finite_differences() {
    let (x, y) = toy();
    for k in CLASS_COUNTS {
        let y: Vec<u32> = y.iter().map(|&l| l % k as u32).collect();
        let obj = Objective::new(&x, &y, k, 2.0);
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
                "{k} classes, param {i}: {numeric} vs {}",
                grad[i]
            );
        }
    }
}

#[test]
fn evaluation_does_not_depend_on_the_thread_count() {
    // More rows and columns than one chunk of each, so both passes split.
    let (rows, cols) = (3 * ROW_CHUNK + 5, 2 * COLUMN_CHUNK + 7);
    let mut x = CsrMatrix::new(cols);
    for r in 0..rows {
        let mut row: Vec<(u32, f32)> = (0..6)
            .map(|i| (((r * 7919 + i * 104_729) % cols) as u32, 0.25 + i as f32))
            .collect();
        crate::features::sparse::merge_duplicates(&mut row);
        x.push_row(&row);
    }
    for k in CLASS_COUNTS {
        let y: Vec<u32> = (0..rows).map(|r| (r % k) as u32).collect();
        let obj = Objective::new(&x, &y, k, 2.0);
        let params: Vec<f64> = (0..obj.n_params())
            .map(|i| (i as f64 * 0.013).sin())
            .collect();
        let on = |threads| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| {
                let mut grad = vec![0.0; params.len()];
                let loss = obj.evaluate(&params, Some(&mut grad));
                (loss.to_bits(), grad, obj.evaluate(&params, None).to_bits())
            })
        };
        let (one, three) = (on(1), on(3));
        assert_eq!(one, three, "{k} classes");
        assert_eq!(
            one.0, one.2,
            "{k} classes: loss with and without the gradient"
        );
    }
}

#[test]
fn f32_views_and_fixed_class_paths_give_the_same_bits() {
    let (rows, cols) = (2 * ROW_CHUNK + 3, COLUMN_CHUNK + 9);
    let mut x = CsrMatrix::new(cols);
    for r in 0..rows {
        let mut row: Vec<(u32, f32)> = (0..5)
            .map(|i| (((r * 31 + i * 977) % cols) as u32, 0.5 + i as f32 * 0.3))
            .collect();
        crate::features::sparse::merge_duplicates(&mut row);
        x.push_row(&row);
    }
    for k in [2, 3] {
        let y: Vec<u32> = (0..rows).map(|r| (r % k) as u32).collect();
        let obj = Objective::new(&x, &y, k, 2.0);
        let stored: Vec<f32> = (0..obj.n_params())
            .map(|i| (i as f32 * 0.021).cos())
            .collect();
        let scale = 0.75;
        // The solver's view (f32 values and a scale, f32 gradient) ...
        let mut g32 = vec![0.0f32; stored.len()];
        let loss = obj.evaluate_scaled(ParamView::new(scale, &stored), Some(&mut g32));
        // ... against the f64 values it stands for, on the fixed-K and any-K paths.
        let values: Vec<f64> = stored.iter().map(|&v| scale * f64::from(v)).collect();
        for general in [false, true] {
            let mut g64 = vec![0.0f64; values.len()];
            let view = ParamView::new(1.0, &values);
            let loss64 = if general {
                obj.evaluate_k::<0, f64, f64>(view, Some(&mut g64))
            } else {
                obj.evaluate(&values, Some(&mut g64))
            };
            assert_eq!(loss.to_bits(), loss64.to_bits(), "{k} classes");
            let cast: Vec<u32> = g64.iter().map(|&g| (g as f32).to_bits()).collect();
            let direct: Vec<u32> = g32.iter().map(|g| g.to_bits()).collect();
            assert!(cast == direct, "{k} classes, general path {general}");
        }
    }
}

#[test]
fn zero_params_give_uniform_loss() {
    let (x, y) = toy();
    let obj = Objective::new(&x, &y, 3, 1.0);
    let loss = obj.evaluate(&vec![0.0; obj.n_params()], None);
    assert!((loss - 4.0 * 3f64.ln()).abs() < 1e-12);
}
