//! CLI tests for `stance train`, `stance eval` and `stance inspect`, running the real binary
//! on the project's own labelled supplement (text written for the project).

mod common;

use assert_cmd::Command;
use common::{repo, s, stance, train, write};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

/// A file of the labelled supplement.
fn data(name: &str) -> PathBuf {
    repo("data/supplement").join(name)
}

/// `stance eval <csv> -m <model> <extra>...`, ready to run or assert on.
fn eval(csv: &Path, model: &Path, extra: &[&str]) -> Command {
    let mut cmd = stance();
    cmd.args(["eval", s(csv), "-m", s(model)]).args(extra);
    cmd
}

fn train_small(dir: &Path) -> PathBuf {
    let model = dir.join("small.stance");
    train(
        &data("train.csv"),
        &model,
        &["--dev", s(&data("heldout.csv"))],
    )
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
        .args(["eval", s(&data("heldout.csv")), "--model", s(&model)])
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
    eval(&data("heldout.csv"), &model, &[])
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
        .args(["inspect", s(&model), "--top", "3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format_version"], 4);
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
        .args(["eval", s(&data("heldout.csv")), "--format", "json"])
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
    let csv = write(dir.path(), "stance.csv", csv);
    let model = dir.path().join("m.stance");
    train(&csv, &model, &["--min-df", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("against 2, favor 2, none 2"));
    eval(&csv, &model, &["--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"favor\""));
}

#[test]
fn linfa_solver_trains_too() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("linfa.stance");
    train(
        &data("train.csv"),
        &model,
        &["--solver", "linfa", "--max-features", "300"],
    )
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
    train(&bad, &dir.path().join("m.stance"), &[])
        .assert()
        .code(2)
        .stderr(format!(
            "stance: {}:3: target \"Rome\" does not occur in the text (if targets are topics, add --topics)\n",
            bad.display()
        ));
    let no_label = write(dir.path(), "nolabel.csv", "text,target\nParis won.,Paris\n");
    stance()
        .args(["train", s(&no_label)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "nolabel.csv:1: missing column \"label\"",
        ));
}

/// Rows about topics the text never names (written for this test).
const TOPIC_ROWS: &str = "text,target,label
We need more wind farms and solar roofs now.,Clean energy,favor
Every new solar park is a win for our towns.,Clean energy,favor
Wind turbines ruin the view and the bills keep rising.,Clean energy,against
The solar subsidies are a waste of public money.,Clean energy,against
The council meets on Tuesday.,Clean energy,none
Students should be free to wear what they like.,School uniforms,against
A dress code only teaches children to obey.,School uniforms,against
Matching blazers build pride in the school.,School uniforms,favor
Uniforms end the daily fight over clothes.,School uniforms,favor
The school year starts in September.,School uniforms,none
";

#[test]
fn topics_need_not_occur_in_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "topics.csv", TOPIC_ROWS);
    let model = dir.path().join("topics.stance");
    let err = train(&csv, &model, &[]).output().unwrap();
    let line = common::one_line_error(&err, 2);
    assert!(
        line.contains("topics.csv:2: target \"Clean energy\""),
        "{line}"
    );
    assert!(
        line.ends_with("(if targets are topics, add --topics)"),
        "{line}"
    );
    assert!(!model.exists());

    train(&csv, &model, &["--topics", "--dev", s(&csv)])
        .assert()
        .success()
        .stdout(predicate::str::contains("rows       10 (0 skipped)"));
    let out = eval(&csv, &model, &["--topics", "--format", "json"])
        .output()
        .unwrap();
    common::assert_success(&out);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["rows"], 10);
    // The same rows without the flag are the same one-line error as in training.
    let out = eval(&csv, &model, &[]).output().unwrap();
    assert!(common::one_line_error(&out, 2).contains("add --topics"));
}

#[test]
fn skip_invalid_skips_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = std::fs::read_to_string(data("train.csv")).unwrap();
    csv.push_str("A quiet day.,Rome,neutral\n\"\",Rome,neutral\n");
    let path = write(dir.path(), "mixed.csv", &csv);
    train(&path, &dir.path().join("m.stance"), &["--skip-invalid"])
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
    train(&one_label, &model, &["--min-df", "1"])
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
    train(&data("train.csv"), &out, &[])
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
        let out = eval(&heldout, &path, &[]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // Truncated and flipped copies of a real model.
    let good = std::fs::read(train_small(dir.path())).unwrap();
    let truncated = write(dir.path(), "trunc.stance", &good[..good.len() / 2]);
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x20;
    let flipped = write(dir.path(), "flip.stance", &flipped);
    for (path, expected) in [(truncated, "truncated"), (flipped, "checksum mismatch")] {
        eval(&heldout, &path, &[])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected));
    }
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
    train(&data("train.csv"), &dir.path().join("m"), &["--c", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("C must be a positive number"));
}

#[test]
fn eval_on_a_directory_or_missing_file_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    stance()
        .args(["eval", s(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a directory"));
    stance()
        .args(["eval", s(&dir.path().join("nope.csv"))])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("No such file"));
}

#[test]
fn header_only_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let header = write(dir.path(), "header.csv", "text,target,label\n");
    stance()
        .args(["eval", s(&header)])
        .assert()
        .code(2)
        .stderr(format!(
            "stance: {}: no rows to evaluate (only a header?)\n",
            header.display()
        ));
    train(&header, &dir.path().join("m.stance"), &[])
        .assert()
        .code(1)
        .stderr("stance: training failed: no training rows\n");
    assert!(!dir.path().join("m.stance").exists());
}
