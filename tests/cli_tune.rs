//! `stance tune`: the grid is cross-validated, printed in order, and the best is marked; and
//! `stance train --cv K`, the one-setting form.

mod common;
use common::{one_line_error, repo, s, stance};

fn supplement() -> String {
    s(&repo("data/supplement/train.csv")).to_owned()
}

#[test]
fn prints_every_setting_in_grid_order_and_marks_the_best() {
    let out = stance()
        .args(["tune", &supplement(), "--folds", "3"])
        .args(["--c", "1,4", "--min-df", "1,2", "--window", "6"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|r| r.len() >= 5 && r[0].parse::<f64>().is_ok())
        .collect();
    let settings: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[1])).collect();
    assert_eq!(settings, [("1", "1"), ("1", "2"), ("4", "1"), ("4", "2")]);
    assert_eq!(stdout.matches("<- best").count(), 1, "{stdout}");
    let best = rows.iter().find(|r| r.last() == Some(&"best")).unwrap();
    let top: f64 = rows
        .iter()
        .map(|r| r[3].parse::<f64>().unwrap())
        .fold(0.0, f64::max);
    assert_eq!(best[3].parse::<f64>().unwrap(), top);
    assert!(
        stdout.contains(&format!("--c {} --min-df {} --window 6", best[0], best[1])),
        "{stdout}"
    );
    // Progress goes to stderr, one line per setting.
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 4);
}

#[test]
fn json_output_holds_the_grid_and_the_best() {
    let out = stance()
        .args(["tune", &supplement(), "--folds", "2", "--json"])
        .args(["--c", "2", "--min-df", "2", "--window", "4,8"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let grid = v["grid"].as_array().unwrap();
    assert_eq!(grid.len(), 2);
    assert_eq!(grid[1]["window"], 8);
    assert_eq!(grid[0]["cv"]["folds"].as_array().unwrap().len(), 2);
    let max = grid
        .iter()
        .map(|p| p["cv"]["mean_macro_f1"].as_f64().unwrap())
        .fold(0.0, f64::max);
    assert_eq!(v["best"]["cv"]["mean_macro_f1"].as_f64().unwrap(), max);
    assert_eq!(v["rows"], 482);
}

#[test]
fn bad_settings_fail_before_the_data_is_read() {
    for (args, needle) in [
        (&["--c", "1,0"][..], "C must be a positive number"),
        (&["--min-df", "0"][..], "min_df must be at least 1"),
        (&["--folds", "1"][..], "at least 2 folds"),
    ] {
        let out = stance()
            .args(["tune", "no-such-file.csv"])
            .args(args)
            .output()
            .unwrap();
        let line = one_line_error(&out, 2);
        assert!(line.contains(needle), "{args:?}: {line}");
    }
}

/// An I/O failure: exit 1, as for `stance train`.
#[test]
fn a_missing_file_is_named() {
    let out = stance()
        .args(["tune", "no-such-file.csv"])
        .output()
        .unwrap();
    let line = one_line_error(&out, 1);
    assert!(line.contains("no-such-file.csv"), "{line}");
}

#[test]
fn the_printed_command_keeps_language_and_input_options() {
    let out = stance()
        .args(["tune", &supplement(), "--folds", "2", "--c", "2"])
        .args([
            "--min-df",
            "2",
            "--window",
            "6",
            "--language",
            "german",
            "--lossy",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("--c 2 --min-df 2 --window 6 --language german --lossy"),
        "{stdout}"
    );
}

#[test]
fn train_cv_prints_each_fold_and_the_mean() {
    let out = stance()
        .args(["train", &supplement(), "--cv", "3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("3-fold cross-validation, grouped by sentence"),
        "{stdout}"
    );
    assert_eq!(
        stdout
            .lines()
            .filter(|l| l.trim_start().starts_with("fold "))
            .count(),
        3,
        "{stdout}"
    );
    assert!(stdout.contains("mean:"), "{stdout}");
}

#[test]
fn train_cv_rejects_a_bad_fold_count_before_reading_anything() {
    let out = stance()
        .args(["train", "no-such-file.csv", "--cv", "1"])
        .args(["--positive-words", "no-such-list.txt"])
        .output()
        .unwrap();
    let line = one_line_error(&out, 2);
    assert!(line.contains("at least 2 folds"), "{line}");
}
