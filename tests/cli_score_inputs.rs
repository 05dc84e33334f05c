//! CLI tests for `stance score` input handling: stdin, empty, unreadable and unusual inputs
//! (scripts, emoji, CRLF), bad models and usage errors. Target filters and actor files are
//! in cli_score_actors.rs.

mod common;
mod score_support;

use common::{repo, s, write};
use score_support::*;
use serde_json::Value;

#[test]
fn stdin_via_dash_and_via_no_file_argument() {
    let path = repo("data/examples/summit.txt");
    let input = std::fs::read(&path).unwrap();
    let from_file = score_json(&[s(&path)], b"");
    assert_eq!(score_json(&["-"], &input), from_file);
    assert_eq!(score_json(&[], &input), from_file);

    let dash = score_ok(&["-"], &input);
    let none = score_ok(&[], &input);
    assert_eq!(dash, none);
    assert!(dash.starts_with("-: "), "{dash}");
    let file_table = score_ok(&[s(&path)], b"");
    assert_eq!(
        dash.split_once('\n').unwrap().1,
        file_table.split_once('\n').unwrap().1
    );

    let jsonl = score_ok(&["--format", "jsonl"], OBAMA.as_bytes());
    let line: Value = serde_json::from_str(jsonl.trim_end()).unwrap();
    assert_eq!(line["document"], "-");
    assert_eq!(line["text"], OBAMA);
}

#[test]
fn text_without_actors_says_so() {
    let text = b"It rained all day in the valley and nobody came to the market.\n";
    let table = score_ok(&[], text);
    assert_eq!(
        table,
        "-: 1 sentences, 0 actors, 0 relations (model default)\n\nno actors found in this text\n"
    );
    let report = score_json(&[], text);
    check_report(text, &report);
    assert_eq!(arr(&report["sentences"]).len(), 1);
    assert!(arr(&report["actors"]).is_empty());
    assert!(arr(&report["relations"]).is_empty());
    assert!(all_stances(&report).is_empty());
}

#[test]
fn empty_and_whitespace_only_input_succeed() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.txt", ""),
        ("blank.txt", "   \n\n\t \r\n  \n"),
        ("nbsp.txt", "\u{a0}\u{2003}\n"),
    ] {
        let path = write(dir.path(), name, text);
        let table = score_ok(&[s(&path)], b"");
        assert_eq!(
            table,
            format!(
                "{}: 0 sentences, 0 actors, 0 relations (model default)\n\nno actors found in this text\n",
                path.display()
            ),
            "{name}"
        );
        let report = score_json(&[s(&path)], b"");
        check_report(text.as_bytes(), &report);
        assert!(arr(&report["sentences"]).is_empty(), "{name}");
        assert_eq!(score_ok(&["--format", "jsonl", s(&path)], b""), "");
        // Same through stdin.
        let report = score_json(&[], text.as_bytes());
        assert!(arr(&report["sentences"]).is_empty(), "{name} via stdin");
    }
}

#[test]
fn unreadable_inputs_fail_with_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let line = score_fails(&[s(dir.path())], b"", 2);
    assert_eq!(
        line,
        format!(
            "stance: {}: is a directory, expected a text file",
            dir.path().display()
        )
    );

    let missing = dir.path().join("missing.txt");
    let line = score_fails(&[s(&missing)], b"", 1);
    assert!(
        line.starts_with(&format!("stance: {}: ", missing.display())),
        "{line}"
    );

    let nul = write(dir.path(), "binary.txt", b"Russia praised\0 Germany.\n");
    let line = score_fails(&[s(&nul)], b"", 2);
    assert_eq!(
        line,
        format!(
            "stance: {}: contains NUL bytes: binary data, not a text article",
            nul.display()
        )
    );

    let latin1 = write(
        dir.path(),
        "latin1.txt",
        b"Russia praised Germany.\n\nFrance was silent.\nThe caf\xe9 in Paris closed.\n",
    );
    let line = score_fails(&[s(&latin1)], b"", 2);
    assert_eq!(
        line,
        format!(
            "stance: {}:4: invalid UTF-8; convert the file to UTF-8 first",
            latin1.display()
        )
    );

    // Invalid UTF-8 on stdin names `-`.
    let line = score_fails(&[], b"Russia \xff\xfe praised Germany.", 2);
    assert_eq!(
        line,
        "stance: -:1: invalid UTF-8; convert the file to UTF-8 first"
    );

    // A bad file after a good one: the error still names the bad file, in one line.
    let good = write(dir.path(), "good.txt", OBAMA);
    let out = score(&["--format", "jsonl", s(&good), s(&nul)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&nul.display().to_string()), "{stderr}");
}

#[test]
fn mixed_scripts_and_emoji_keep_offsets_on_char_boundaries() {
    let text = "Россия и Germany 🤝 signed a deal in Berlin. \
                “Japan 🇯🇵 welcomed it,” said 李明 of China. \
                Ελλάδα was silent; France praised Moscow 👍.\n\n\
                Ukraine’s envoy — née Müller — thanked Poland 🙏🏽 and the E.U. for their help.\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.txt", text);
    let report = score_json(&[s(&path)], b"");
    check_report(text.as_bytes(), &report);
    let sentences = arr(&report["sentences"]);
    assert_eq!(sentences.len(), 4);
    let mentioned: Vec<(&str, &str)> = sentences
        .iter()
        .flat_map(|s| arr(&s["mentions"]))
        .map(|m| (str_of(&m["actor"]), str_of(&m["text"])))
        .collect();
    for pair in [
        ("Germany", "Germany"),
        ("Japan", "Japan"),
        ("China", "China"),
        ("France", "France"),
        ("Russia", "Moscow"),
        ("Poland", "Poland"),
    ] {
        assert!(mentioned.contains(&pair), "{pair:?} not in {mentioned:?}");
    }
    // Offsets are bytes, not chars: "Germany" comes after two Cyrillic words.
    let germany = &arr(&sentences[0]["mentions"])[0];
    assert_eq!(usize_of(&germany["start"]), text.find("Germany").unwrap());
    assert_eq!(usize_of(&germany["start"]), 16);

    // The CSV and JSONL outputs carry the same offsets.
    let csv_out = score_ok(&["--format", "csv", s(&path)], b"");
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (start_col, end_col, text_col) = (column("start"), column("end"), column("text"));
    for row in reader.records() {
        let row = row.unwrap();
        let start: usize = row[start_col].parse().unwrap();
        let end: usize = row[end_col].parse().unwrap();
        assert_eq!(&text[start..end], &row[text_col]);
    }
    let jsonl = score_ok(&["--format", "jsonl", s(&path)], b"");
    for line in jsonl.lines() {
        let s: Value = serde_json::from_str(line).unwrap();
        let (start, end) = (usize_of(&s["start"]), usize_of(&s["end"]));
        assert_eq!(&text[start..end], str_of(&s["text"]));
    }
}

#[test]
fn crlf_input_keeps_offsets() {
    let text = "Russia praised Germany.\r\n\r\nFrance condemned the Kremlin.\r\n";
    let report = score_json(&[], text.as_bytes());
    check_report(text.as_bytes(), &report);
    assert_eq!(arr(&report["sentences"]).len(), 2);
}

#[test]
fn missing_or_invalid_model_fails_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.stance");
    let line = score_fails(&["--model", s(&missing)], OBAMA.as_bytes(), 2);
    assert!(
        line.starts_with(&format!("stance: {}: ", missing.display())),
        "{line}"
    );

    let junk = write(dir.path(), "junk.stance", "this is not a model\n");
    let line = score_fails(&["-m", s(&junk)], OBAMA.as_bytes(), 2);
    assert!(
        line.starts_with(&format!("stance: {}: ", junk.display())),
        "{line}"
    );
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = score(&["--format", "xml", "-"])
        .write_stdin(OBAMA)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
