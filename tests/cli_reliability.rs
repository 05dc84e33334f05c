//! Reliability (issue #7): hostile and huge inputs end in one-line errors naming the file and
//! line, or in correct, bounded results. Failing outputs and killed runs are in
//! `cli_reliability_output.rs`.

mod common;

use common::{assert_success, labelled_csv, one_line_error, s, stance, train, write};
use serde_json::Value;
use std::io::Write;

#[test]
fn csv_unterminated_quote_names_the_line_it_opened_on() {
    let dir = tempfile::tempdir().unwrap();
    // In the first column the open quote swallows the rows after it; in the last one the
    // parser alone would accept a label running to the end of the file.
    let files = [
        (
            "text.csv",
            "\"Rome won.,Rome,neutral\nOslo lost.,Oslo,negative\n",
        ),
        (
            "label.csv",
            "Rome won.,Rome,\"neutral\nOslo lost.,Oslo,negative\n",
        ),
    ];
    for (name, tail) in files {
        let csv = format!("text,target,label\nParis won.,Paris,positive\n{tail}");
        let path = write(dir.path(), name, csv);
        for command in ["train", "eval"] {
            let out = stance()
                .current_dir(dir.path())
                .args([command, s(&path), "--skip-invalid"])
                .output()
                .unwrap();
            assert_eq!(
                one_line_error(&out, 2),
                format!(
                    "stance: {}:3: unterminated quoted field: the quote opened here is never closed",
                    path.display()
                )
            );
        }
    }
    assert!(!dir.path().join("model.stance").exists());
}

#[test]
fn csv_nul_byte_in_a_field_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "text,target,label\nParis won.,Paris,positive\nRome\0 won.,Rome,neutral\n";
    let path = write(dir.path(), "nul.csv", csv);
    let out = stance().args(["eval", s(&path)]).output().unwrap();
    assert_eq!(
        one_line_error(&out, 2),
        format!("stance: {}:3: text contains a NUL byte", path.display())
    );
    stance()
        .args(["eval", s(&path), "--skip-invalid"])
        .assert()
        .success()
        .stdout(predicates::str::contains("1 rows skipped"));
}

#[test]
fn csv_invalid_utf8_names_its_line_and_lossy_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    // The bad byte is on the second line of a quoted two-line field: line 4 of the file.
    let bad_row = b"\"Rome won\nthe caf\xe9 vote.\",Rome,positive\n";
    let mut csv = b"text,target,label\nParis won.,Paris,positive\n".to_vec();
    csv.extend_from_slice(bad_row);
    csv.extend_from_slice(b"Oslo lost.,Oslo,negative\n");
    let path = write(dir.path(), "latin1.csv", &csv);
    let expected = format!(
        "stance: {}:4: invalid UTF-8 in column \"text\"; convert the file to UTF-8 or pass --lossy",
        path.display()
    );
    let out = stance().args(["eval", s(&path)]).output().unwrap();
    assert_eq!(one_line_error(&out, 2), expected);
    let out = stance()
        .args(["eval", s(&path), "--lossy", "--format", "json"])
        .output()
        .unwrap();
    assert_success(&out);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows"], 3);

    // Training: the same row after 60 good ones, at line 62 (+1 for its line break).
    let mut train_csv = labelled_csv(60).into_bytes();
    train_csv.extend_from_slice(bad_row);
    let train_csv = write(dir.path(), "train.csv", &train_csv);
    let model = dir.path().join("m.stance");
    let out = train(&train_csv, &model, &["--min-df", "1"])
        .output()
        .unwrap();
    assert_eq!(
        one_line_error(&out, 2),
        format!(
            "stance: {}:63: invalid UTF-8 in column \"text\"; convert the file to UTF-8 or pass --lossy",
            train_csv.display()
        )
    );
    train(&train_csv, &model, &["--min-df", "1", "--lossy"])
        .assert()
        .success()
        .stdout(predicates::str::contains("rows       61 (0 skipped)"));
}

#[test]
fn csv_row_with_a_50_mb_field_is_refused_after_reading_1_mib() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(b"text,target,label\nParis won.,Paris,positive\n")
        .unwrap();
    let words = b"Rome praised the plan again and ";
    for _ in 0..(50 << 20) / words.len() {
        file.write_all(words).unwrap();
    }
    file.write_all(b"Rome,positive\n").unwrap();
    drop(file);
    let expected = format!(
        "stance: {}:3: field longer than 1 MiB; rows must be sentences or short passages",
        path.display()
    );
    for args in [
        vec!["eval"],
        vec!["train", "-o", "m.stance", "--skip-invalid"],
    ] {
        let out = stance()
            .current_dir(dir.path())
            .args(&args)
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(one_line_error(&out, 2), expected, "{args:?}");
    }
}

/// `stance train` says how much memory its feature matrix takes, from the matrix itself.
#[test]
fn train_reports_the_feature_matrix_size() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "small.csv", labelled_csv(60));
    let out = train(&csv, &dir.path().join("m.stance"), &[])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let line = stderr
        .lines()
        .find(|l| l.starts_with("features: "))
        .unwrap_or_else(|| panic!("no features line in {stderr:?}"));
    let parts: Vec<&str> = line.split(' ').collect();
    assert_eq!(parts[1..3], ["60", "rows,"], "{line}");
    let non_zeros: u64 = parts[3].parse().unwrap();
    assert!(non_zeros > 60 * 5, "{line}");
    // indptr (8 bytes per row + 1) + a u32 column and an f32 value per non-zero.
    let mib = (61 * 8 + non_zeros * 8) as f64 / (1 << 20) as f64;
    assert_eq!(
        line,
        format!("features: 60 rows, {non_zeros} non-zeros, ~{mib:.1} MiB")
    );
}

#[test]
fn help_documents_the_exit_codes_and_the_code_follows_them() {
    let out = stance().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("Exit codes: 0 success, 1 runtime error (I/O, training failed), 2 bad usage or bad input"),
        "{help}"
    );
    let readme = std::fs::read_to_string(common::repo("README.md")).unwrap();
    assert!(
        readme.contains("### Exit codes"),
        "README has an Exit codes section"
    );
    // 2: bad usage (clap) and bad input; 1: I/O.
    stance().arg("frobnicate").assert().code(2);
    stance().args(["score", "--jobs", "many"]).assert().code(2);
    let out = stance()
        .args(["score", "/nonexistent/a.txt"])
        .output()
        .unwrap();
    assert!(one_line_error(&out, 1).contains("No such file"));
}

/// Deterministic bytes, including NULs, that are neither text nor UTF-8.
fn random_bytes(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn score_binary_data_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = random_bytes(64 << 10);
    assert!(bytes.contains(&0));
    let path = write(dir.path(), "random.bin", &bytes);
    let out = stance().args(["score", s(&path)]).output().unwrap();
    assert_eq!(
        one_line_error(&out, 2),
        format!(
            "stance: {}: contains NUL bytes: binary data, not a text article",
            path.display()
        )
    );
    let out = stance().arg("score").write_stdin(bytes).output().unwrap();
    assert_eq!(
        one_line_error(&out, 2),
        "stance: -: contains NUL bytes: binary data, not a text article"
    );
}

/// 2 MB of words and no sentence end: cut into sentences of at most 4 KiB (the splitter's
/// `MAX_SENTENCE_BYTES`), so the run finishes in seconds and the output stays linear.
#[test]
fn score_a_2_mb_line_without_a_sentence_end() {
    let words = "officials in Berlin and Paris said talks with Moscow would go on while ";
    let text = words.repeat((2 << 20) / words.len());
    let started = std::time::Instant::now();
    let out = stance()
        .args(["score", "--format", "json"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert_success(&out);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences = report["sentences"].as_array().unwrap();
    assert!(sentences.len() >= text.len() / 4096);
    for s in sentences {
        let span = s["end"].as_u64().unwrap() - s["start"].as_u64().unwrap();
        assert!(span <= 4096, "a sentence of {span} bytes");
    }
    let end = sentences.last().unwrap()["end"].as_u64().unwrap();
    assert_eq!(
        end as usize,
        text.trim_end().len(),
        "all the text is covered"
    );
    // Every mention is listed with its offsets: ~7 bytes of JSON per byte of this input.
    assert!(
        out.stdout.len() < 10 * text.len(),
        "output {} bytes for {} bytes of input",
        out.stdout.len(),
        text.len()
    );
    eprintln!(
        "2 MB line: {} sentences, {} bytes of JSON, {:.1} s",
        sentences.len(),
        out.stdout.len(),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn score_100000_sentences() {
    let sentences = [
        "Germany praised the new plan.",
        "Critics in Brazil rejected it on Monday.",
        "The talks will resume next week.",
        "Japan said it would wait.",
    ];
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(sentences[i % sentences.len()]);
        text.push(if i % 10 == 9 { '\n' } else { ' ' });
    }
    let out = stance()
        .args(["score", "--format", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_success(&out);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["sentences"].as_array().unwrap().len(), 100_000);
}
