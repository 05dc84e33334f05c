//! The shipped default model against the quality bar of the core issue, on NewsMTSC's dev
//! splits read from ../shared (skipped, with a message, when that folder is absent).
//! Scoring is deterministic, so these bounds cannot flake.

use stance::dataset::{self, ReadOptions};
use stance::Model;
use std::path::PathBuf;

fn split(name: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/newsmtsc")
        .join(name);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipping: {} not found (NewsMTSC lives in ../shared/data)",
            path.display()
        );
        None
    }
}

fn macro_f1(name: &str) -> Option<f64> {
    let path = split(name)?;
    let rows = dataset::open(
        &path,
        ReadOptions {
            require_label: true,
            ..Default::default()
        },
    )
    .unwrap();
    let eval = Model::builtin().unwrap().evaluate(rows).unwrap();
    println!(
        "{name}: macro-F1 {:.6}, accuracy {:.4}, {} rows",
        eval.macro_f1, eval.accuracy, eval.rows
    );
    Some(eval.macro_f1)
}

#[test]
fn default_model_meets_the_dev_rw_bar() {
    if let Some(f1) = macro_f1("dev_rw.csv") {
        assert!(f1 >= 0.72, "dev_rw macro-F1 {f1:.6} < 0.72 (issue 4 bar)");
    }
}

#[test]
fn default_model_meets_the_dev_mt_bar() {
    if let Some(f1) = macro_f1("dev_mt.csv") {
        assert!(f1 >= 0.70, "dev_mt macro-F1 {f1:.6} < 0.70 (issue 4 bar)");
    }
}
