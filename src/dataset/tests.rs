//! Unit tests of the CSV reader.

use super::*;

fn read(csv: &str, options: ReadOptions) -> Vec<Result<Example>> {
    match ExampleReader::new(csv.as_bytes(), "t.csv", options) {
        Ok(r) => r.collect(),
        Err(e) => vec![Err(e)],
    }
}

const LABELLED: ReadOptions = ReadOptions {
    require_label: true,
    skip_invalid: false,
    lossy: false,
    topics: false,
};

/// The error of the first row (or of the header) of labelled `csv`.
fn first_error(csv: &str) -> String {
    match read(csv, LABELLED).into_iter().next() {
        Some(Err(e)) => e.to_string(),
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn columns_by_name_in_any_order() {
    let rows = read(
        "label,extra,target,text\npositive,x,Paris,Paris won.\n",
        LABELLED,
    );
    let ex = rows[0].as_ref().unwrap();
    assert_eq!(ex.target_text(), "Paris");
    assert_eq!(ex.label.as_deref(), Some("positive"));
    assert_eq!(ex.line, 2);
}

#[test]
fn target_start_picks_the_occurrence() {
    let rows = read(
        "text,target,label,target_start\nIran and Iran,Iran,neutral,9\n",
        LABELLED,
    );
    assert_eq!(rows[0].as_ref().unwrap().target, 9..13);
}

#[test]
fn word_boundary_occurrence_preferred() {
    let ex = Example::new("Italians praised Italy", "Italy", None).unwrap();
    assert_eq!(ex.target.start, 17);
    let ex = Example::new("Obamacare and Obama", "Obama", None).unwrap();
    assert_eq!(ex.target.start, 14);
}

#[test]
fn bad_rows_name_the_line_and_problem() {
    assert_eq!(
        first_error("text,target,label\nA fine day.,Paris,positive\n"),
        "t.csv:2: target \"Paris\" does not occur in the text (if targets are topics, add --topics)"
    );
    assert_eq!(
        first_error("text,target,label\n\"\",Paris,positive\n"),
        "t.csv:2: empty text"
    );
    assert_eq!(
        first_error("text,target,label\nParis won.,Paris,\n"),
        "t.csv:2: missing label"
    );
    assert_eq!(
        first_error("text,target,label\nParis won.,Paris\n"),
        "t.csv:2: row has 2 fields, the header has 3"
    );
}

#[test]
fn missing_and_duplicate_columns() {
    assert!(first_error("text,label\nx,y\n").starts_with("t.csv:1: missing column \"target\""));
    assert_eq!(
        first_error("text,target,text,label\n"),
        "t.csv:1: column \"text\" appears twice in the header"
    );
    assert!(first_error("").contains("empty file"));
}

#[test]
fn skip_invalid_counts() {
    let opts = ReadOptions {
        skip_invalid: true,
        ..LABELLED
    };
    let mut r = ExampleReader::new(
        "text,target,label\nx,Paris,positive\nParis!,Paris,negative\n".as_bytes(),
        "t",
        opts,
    )
    .unwrap();
    let ok: Vec<_> = r.by_ref().collect();
    assert_eq!(ok.len(), 1);
    assert_eq!(r.skipped(), 1);
}

#[test]
fn invalid_utf8_names_its_line_unless_lossy() {
    let csv = b"text,target,label\nParis won.,Paris,positive\n\"Rome\nwon \xff.\",Rome,neutral\n";
    let strict: Vec<_> = ExampleReader::new(&csv[..], "t.csv", LABELLED)
        .unwrap()
        .collect();
    assert_eq!(
        strict[1].as_ref().unwrap_err().to_string(),
        "t.csv:4: invalid UTF-8 in column \"text\"; convert the file to UTF-8 or pass --lossy"
    );
    let options = ReadOptions {
        lossy: true,
        ..LABELLED
    };
    let lossy = ExampleReader::new(&csv[..], "t.csv", options).unwrap();
    let rows: Vec<_> = lossy.map(Result::unwrap).collect();
    assert_eq!(rows[1].text, "Rome\nwon \u{fffd}.");
    assert_eq!(rows[1].line, 3);
}

#[test]
fn an_unclosed_quote_is_an_error_even_when_skipping() {
    let opts = ReadOptions {
        skip_invalid: true,
        ..LABELLED
    };
    let csv = "text,target,label\nParis won.,Paris,positive\nRome won.,Rome,\"neutral\nx,y,z\n";
    let rows = read(csv, opts);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[1].as_ref().unwrap_err().to_string(),
        "t.csv:3: unterminated quoted field: the quote opened here is never closed"
    );
}

#[test]
fn bom_crlf_and_embedded_newlines_work() {
    let rows = read(
        "\u{feff}text,target,label\r\n\"Paris\nwon.\",Paris,positive\r\n",
        LABELLED,
    );
    let ex = rows[0].as_ref().unwrap();
    assert_eq!(ex.text, "Paris\nwon.");
}

/// Found by `cargo fuzz run csv_reader`: `start + target.len()` overflowed (a panic in debug
/// builds) for a `target_start` near `usize::MAX`.
#[test]
fn huge_target_start_is_an_error_not_an_overflow() {
    let rows = read(
        "text,target,label,target_start\nIran and Iran,Iran,neutral,18446744073709551615\n",
        LABELLED,
    );
    assert_eq!(
        rows[0].as_ref().unwrap_err().to_string(),
        "t.csv:2: target \"Iran\" is not at byte 18446744073709551615 of the text"
    );
}

#[test]
fn topics_get_an_empty_span_at_the_start() {
    let csv = "text,target,label\nTaxes must fall.,Tax cuts,favor\nNobody wants Tax cuts now.,Tax cuts,against\n";
    let topics = ReadOptions {
        topics: true,
        ..LABELLED
    };
    let rows: Vec<Example> = read(csv, topics).into_iter().map(Result::unwrap).collect();
    // Named or not, a topic is not looked up: every row alike.
    assert_eq!(rows[0].target, 0..0);
    assert_eq!(rows[1].target, 0..0);
    assert!(first_error(csv).ends_with("(if targets are topics, add --topics)"));
    let err = first_error(csv);
    assert!(
        err.ends_with("does not occur in the text (if targets are topics, add --topics)"),
        "{err}"
    );
}
