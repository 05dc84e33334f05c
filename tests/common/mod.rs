//! Helpers shared by the CLI test files that `mod common;` them.
#![allow(dead_code)] // each test file uses a different subset

use std::path::{Path, PathBuf};

/// `stance` as an assert_cmd command.
pub fn stance() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("stance").unwrap()
}

/// The path of the `stance` binary, for `std::process::Command` and shells.
pub fn stance_bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("stance")
}

/// A file in the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `stance train <csv> -o <model> <extra>...`, ready to run or assert on.
pub fn train(csv: &Path, model: &Path, extra: &[&str]) -> assert_cmd::Command {
    let mut cmd = stance();
    cmd.args(["train", s(csv), "-o", s(model)]).args(extra);
    cmd
}

/// Checks that a run succeeded, showing its stderr if it did not.
#[track_caller]
pub fn assert_success(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One JSON value per line of `text`.
pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Checks a failed run: exit `code`, nothing on stdout, one `stance: ` line on stderr,
/// which it returns (without the newline).
pub fn one_line_error(out: &std::process::Output, code: i32) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}");
    assert!(stderr.ends_with('\n'), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr:?}");
    assert!(stderr.starts_with("stance: "), "{stderr:?}");
    stderr.trim_end().to_owned()
}

const ACTORS: [&str; 12] = [
    "France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "Mexico", "India", "Egypt",
    "Norway", "Chile", "Spain",
];
const VERBS: [(&str, &str); 9] = [
    ("praised", "positive"),
    ("welcomed", "positive"),
    ("backed", "positive"),
    ("condemned", "negative"),
    ("rejected", "negative"),
    ("blamed", "negative"),
    ("visited", "neutral"),
    ("met", "neutral"),
    ("mentioned", "neutral"),
];
const OBJECTS: [&str; 5] = [
    "the new trade plan",
    "the border talks",
    "a report on fishing rights",
    "the summit agenda",
    "the water treaty",
];

/// Labelled row `i` of an invented corpus (`"text",target,label`, no newline): a few
/// templates, varied by `i` so that no two rows are the same.
pub fn labelled_row(i: usize) -> String {
    let target = ACTORS[i % ACTORS.len()];
    let other = ACTORS[(i / ACTORS.len() + 1 + i) % ACTORS.len()];
    let (verb, label) = VERBS[(i / 7) % VERBS.len()];
    let object = OBJECTS[(i / 3) % OBJECTS.len()];
    // A made-up word per row (`bbb`, `cbb`, ...): numbers are all one token to the model.
    let mut code = String::new();
    let mut n = i + 26 * 27;
    while n > 0 {
        code.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    let text = if i.is_multiple_of(2) {
        format!("{target} {verb} {object} in meeting {code}, officials from {other} said.")
    } else {
        format!("Officials said {other} noted that {target} {verb} {object} on day {code}.")
    };
    format!("\"{text}\",{target},{label}")
}

/// A labelled CSV of `rows` invented rows.
pub fn labelled_csv(rows: usize) -> String {
    let mut csv = String::from("text,target,label\n");
    for i in 0..rows {
        csv.push_str(&labelled_row(i));
        csv.push('\n');
    }
    csv
}
