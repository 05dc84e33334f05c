//! CLI tests for `stance train`, `stance eval` and `stance inspect`, running the real binary
//! on the project's own labelled supplement (text written for the project).

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn stance() -> Command {
    Command::cargo_bin("stance").unwrap()
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/supplement")
        .join(name)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn train_small(dir: &Path) -> PathBuf {
    let model = dir.join("small.stance");
    stance()
        .args([
            "train",
            data("train.csv").to_str().unwrap(),
            "-o",
            model.to_str().unwrap(),
        ])
        .args(["--dev", data("heldout.csv").to_str().unwrap()])
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .assert()
        .success()
        .stdout(predicate::str::contains("converged"))
        .stdout(predicate::str::contains("labels     negative"))
        .stdout(predicate::str::contains("dev        heldout.csv"));
    model
}

#[test]
fn train_then_eval_json_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_small(dir.path());
    let out = stance()
        .args([
            "eval",
            data("heldout.csv").to_str().unwrap(),
            "--model",
            model.to_str().unwrap(),
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v["rows"].as_u64().unwrap();
    assert!(rows > 100);
    for key in ["accuracy", "macro_f1"] {
        let x = v[key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x), "{key} = {x}");
    }
    let labels = v["labels"].as_object().unwrap();
    assert_eq!(labels.len(), 3);
    let support: u64 = labels
        .values()
        .map(|m| m["support"].as_u64().unwrap())
        .sum();
    assert_eq!(support, rows);
    for m in labels.values() {
        for key in ["precision", "recall", "f1"] {
            assert!((0.0..=1.0).contains(&m[key].as_f64().unwrap()));
        }
    }
    let confusion: u64 = v["confusion"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|row| {
            row.as_object()
                .unwrap()
                .values()
                .map(|n| n.as_u64().unwrap())
        })
        .sum();
    assert_eq!(confusion, rows);
}

#[test]
fn eval_table_reports_metrics_and_speed() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_small(dir.path());
    stance()
        .args([
            "eval",
            data("heldout.csv").to_str().unwrap(),
            "-m",
            model.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("macro-F1"))
        .stdout(predicate::str::contains(
            "confusion (rows: gold, columns: predicted)",
        ))
        .stdout(predicate::str::contains("rows/s"));
}

#[test]
fn inspect_prints_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_small(dir.path());
    let out = stance()
        .args(["inspect", model.to_str().unwrap(), "--top", "3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format_version"], 3);
    assert_eq!(
        v["labels"],
        serde_json::json!(["negative", "neutral", "positive"])
    );
    assert_eq!(v["language"], "english");
    assert!(v["vocabulary_size"].as_u64().unwrap() > 100);
    assert_eq!(v["training"]["data_file"], "train.csv");
    assert_eq!(v["training"]["data_sha256"].as_str().unwrap().len(), 64);
    assert_eq!(v["created"], "2023-11-14T22:13:20Z");
    assert!(v["dev"]["macro_f1"].as_f64().is_some());
    assert_eq!(v["top_features"]["positive"].as_array().unwrap().len(), 3);
}

#[test]
fn training_is_deterministic() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let ma = std::fs::read(train_small(a.path())).unwrap();
    let mb = std::fs::read(train_small(b.path())).unwrap();
    assert!(
        ma == mb,
        "same data and settings must give the same model bytes"
    );
}

#[test]
fn default_model_needs_no_flag_and_works_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    stance()
        .current_dir(dir.path())
        .args([
            "eval",
            data("heldout.csv").to_str().unwrap(),
            "--format",
            "json",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("{\"rows\":"));
    stance()
        .current_dir(dir.path())
        .arg("inspect")
        .assert()
        .success();
}

#[test]
fn any_label_set_works() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "text,target,label\n\
        Voters strongly favor Lima and its plan.,Lima,favor\n\
        Voters rejected Quito and its plan.,Quito,against\n\
        Voters backed Accra and its plan.,Accra,favor\n\
        Voters opposed Oslo and its plan.,Oslo,against\n\
        Voters visited Rome on Monday.,Rome,none\n\
        Voters toured Bern on Friday.,Bern,none\n";
    let train = write(dir.path(), "stance.csv", csv);
    let model = dir.path().join("m.stance");
    stance()
        .args([
            "train",
            train.to_str().unwrap(),
            "-o",
            model.to_str().unwrap(),
            "--min-df",
            "1",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("against 2, favor 2, none 2"));
    stance()
        .args([
            "eval",
            train.to_str().unwrap(),
            "-m",
            model.to_str().unwrap(),
            "--format",
            "json",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"favor\""));
}

#[test]
fn linfa_solver_trains_too() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("linfa.stance");
    stance()
        .args([
            "train",
            data("train.csv").to_str().unwrap(),
            "-o",
            model.to_str().unwrap(),
        ])
        .args(["--solver", "linfa", "--max-features", "300"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Linfa"));
}

#[test]
fn bad_rows_fail_with_file_line_and_problem() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.csv",
        "text,target,label\nParis won.,Paris,positive\nA quiet day.,Rome,neutral\n",
    );
    stance()
        .args([
            "train",
            bad.to_str().unwrap(),
            "-o",
            dir.path().join("m.stance").to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(format!(
            "stance: {}:3: target \"Rome\" does not occur in the text\n",
            bad.display()
        ));
    let no_label = write(dir.path(), "nolabel.csv", "text,target\nParis won.,Paris\n");
    stance()
        .args(["train", no_label.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "nolabel.csv:1: missing column \"label\"",
        ));
}

#[test]
fn skip_invalid_skips_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = std::fs::read_to_string(data("train.csv")).unwrap();
    csv.push_str("A quiet day.,Rome,neutral\n\"\",Rome,neutral\n");
    let path = write(dir.path(), "mixed.csv", &csv);
    stance()
        .args([
            "train",
            path.to_str().unwrap(),
            "-o",
            dir.path().join("m.stance").to_str().unwrap(),
            "--skip-invalid",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("(2 skipped)"));
}

#[test]
fn failed_training_leaves_the_old_model_intact() {
    let dir = tempfile::tempdir().unwrap();
    let model = train_small(dir.path());
    let before = std::fs::read(&model).unwrap();
    let one_label = write(
        dir.path(),
        "one.csv",
        "text,target,label\nParis won.,Paris,positive\nRome won.,Rome,positive\n",
    );
    stance()
        .args([
            "train",
            one_label.to_str().unwrap(),
            "-o",
            model.to_str().unwrap(),
            "--min-df",
            "1",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("only one label"));
    assert_eq!(std::fs::read(&model).unwrap(), before);
    let leftovers = std::fs::read_dir(dir.path()).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".stance-model-")
    });
    assert_eq!(leftovers.count(), 0);
}

#[test]
fn output_into_missing_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no/such/dir/m.stance");
    stance()
        .args([
            "train",
            data("train.csv").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("does not exist; create it first"));
}

#[test]
fn broken_models_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let heldout = data("heldout.csv");
    let cases = [
        ("missing.stance", None, "cannot read model"),
        (
            "empty.stance",
            Some(&b""[..]),
            "empty file, not a stance model",
        ),
        (
            "text.stance",
            Some(&b"text,target,label\n"[..]),
            "not a stance model file",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        if let Some(b) = bytes {
            std::fs::write(&path, b).unwrap();
        }
        let out = stance()
            .args([
                "eval",
                heldout.to_str().unwrap(),
                "-m",
                path.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // Truncated and flipped copies of a real model.
    let good = std::fs::read(train_small(dir.path())).unwrap();
    let truncated = write_bytes(dir.path(), "trunc.stance", &good[..good.len() / 2]);
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x20;
    let flipped = write_bytes(dir.path(), "flip.stance", &flipped);
    for (path, expected) in [(truncated, "truncated"), (flipped, "checksum mismatch")] {
        stance()
            .args([
                "eval",
                heldout.to_str().unwrap(),
                "-m",
                path.to_str().unwrap(),
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected));
    }
}

fn write_bytes(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn bad_options_are_usage_errors() {
    stance()
        .args(["train", "x.csv", "--language", "klingon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("english"));
    stance()
        .args(["train", "x.csv", "--solver", "magic"])
        .assert()
        .code(2);
    let dir = tempfile::tempdir().unwrap();
    stance()
        .args([
            "train",
            data("train.csv").to_str().unwrap(),
            "-o",
            dir.path().join("m").to_str().unwrap(),
            "--c",
            "0",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("C must be a positive number"));
}

#[test]
fn eval_on_a_directory_or_missing_file_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    stance()
        .args(["eval", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a directory"));
    stance()
        .args(["eval", dir.path().join("nope.csv").to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("No such file"));
}

#[test]
fn header_only_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let header = write(dir.path(), "header.csv", "text,target,label\n");
    stance()
        .args(["eval", header.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(format!(
            "stance: {}: no rows to evaluate (only a header?)\n",
            header.display()
        ));
    stance()
        .args([
            "train",
            header.to_str().unwrap(),
            "-o",
            dir.path().join("m.stance").to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stderr("stance: training failed: no training rows\n");
    assert!(!dir.path().join("m.stance").exists());
}
