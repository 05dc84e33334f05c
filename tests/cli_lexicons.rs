//! CLI tests for opinion-word lists (`--positive-words`, `--negative-words`): read at training
//! time, stored in the model, bad lists refused with the file and line.

mod common;

use common::{one_line_error, repo, s, stance, train, write};
use std::path::Path;

const POSITIVE: &str = "; words written for this test\n\nwelcomed\npraised\n";
const NEGATIVE: &str = "condemned\nrejected\n";

fn supplement() -> std::path::PathBuf {
    repo("data/supplement/train.csv")
}

fn inspect(model: &Path) -> serde_json::Value {
    let out = stance().args(["inspect", s(model)]).output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn word_lists_are_stored_in_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let pos = write(dir.path(), "pos.txt", POSITIVE);
    let neg = write(dir.path(), "neg.txt", NEGATIVE);
    let model = dir.path().join("m.stance");
    train(
        &supplement(),
        &model,
        &["--positive-words", s(&pos), "--negative-words", s(&neg)],
    )
    .assert()
    .success();
    assert_eq!(inspect(&model)["opinion_words"], 4);
    // Scoring needs nothing but the model: the lists may go.
    std::fs::remove_file(&pos).unwrap();
    std::fs::remove_file(&neg).unwrap();
    stance()
        .args([
            "eval",
            s(&repo("data/supplement/heldout.csv")),
            "-m",
            s(&model),
        ])
        .assert()
        .success();

    let plain = dir.path().join("plain.stance");
    train(&supplement(), &plain, &[]).assert().success();
    assert_eq!(inspect(&plain)["opinion_words"], 0);
}

#[test]
fn words_no_token_can_equal_are_left_out_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let pos = write(dir.path(), "pos.txt", "welcomed\nwell-received\n");
    let model = dir.path().join("m.stance");
    let out = train(&supplement(), &model, &["--positive-words", s(&pos)])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: 1 of 2 listed words are left out")
            && stderr.contains("well-received"),
        "{stderr}"
    );
    assert_eq!(inspect(&model)["opinion_words"], 1);
}

#[test]
fn a_bad_list_is_one_line_naming_file_and_line_and_the_model_stays() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("m.stance");
    train(&supplement(), &model, &[]).assert().success();
    let before = std::fs::read(&model).unwrap();

    let latin1 = write(dir.path(), "latin1.txt", b"good\nna\xefve\n");
    let out = train(&supplement(), &model, &["--negative-words", s(&latin1)])
        .output()
        .unwrap();
    let err = one_line_error(&out, 2);
    assert!(
        err.contains("latin1.txt:2: not valid UTF-8") && err.contains("--lossy"),
        "{err}"
    );

    let two = write(dir.path(), "two.txt", "fine\nvery good\n");
    let out = train(&supplement(), &model, &["--positive-words", s(&two)])
        .output()
        .unwrap();
    assert!(one_line_error(&out, 2).contains("two.txt:2: expected one word per line"));

    let missing = dir.path().join("missing.txt");
    let out = train(&supplement(), &model, &["--positive-words", s(&missing)])
        .output()
        .unwrap();
    assert!(one_line_error(&out, 1).contains("missing.txt: No such file"));
    let pos = write(dir.path(), "pos.txt", POSITIVE);
    let out = train(
        &supplement(),
        &model,
        &["--positive-words", s(&pos), "--no-lexicon"],
    )
    .output()
    .unwrap();
    assert!(one_line_error(&out, 2).contains("drop --no-lexicon or the lists"));
    assert_eq!(std::fs::read(&model).unwrap(), before);

    // With --lossy the Latin-1 list is read, its bad bytes replaced: `na\u{FFFD}ve` is two
    // tokens, so only `good` can ever match and the other is left out with a note.
    let out = train(
        &supplement(),
        &model,
        &["--negative-words", s(&latin1), "--lossy"],
    )
    .output()
    .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("note: 1 of 2 listed words"));
    assert_eq!(inspect(&model)["opinion_words"], 1);
}

#[test]
fn tune_repeats_the_lists_in_the_command_it_prints() {
    let dir = tempfile::tempdir().unwrap();
    let pos = write(dir.path(), "pos.txt", POSITIVE);
    let out = stance()
        .args(["tune", s(&supplement()), "--folds", "2", "--c", "2"])
        .args(["--min-df", "1", "--window", "6"])
        .args(["--positive-words", s(&pos)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("--positive-words {}", s(&pos))),
        "{stdout}"
    );
}
