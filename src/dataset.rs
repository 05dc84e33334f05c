//! Labelled rows from CSV: `text,target,label` (+ optional `holder`, `target_start`), columns
//! found by name in any order, extra columns ignored. Rows stream one at a time so callers
//! never need the whole file in memory.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{BufReader, Read};
use std::ops::Range;
use std::path::Path;

/// One (text, target) pair, with its label when the data has one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub text: String,
    /// Byte span of the target mention in `text`.
    pub target: Range<usize>,
    pub label: Option<String>,
    pub holder: Option<String>,
    /// 1-based line of the row in its file (0 when built in code).
    pub line: u64,
}

impl Example {
    /// An example whose target is the first occurrence of `target` in `text`.
    pub fn new(text: impl Into<String>, target: &str, label: Option<&str>) -> Option<Self> {
        let text = text.into();
        let start = find_target(&text, target)?;
        Some(Example {
            target: start..start + target.len(),
            text,
            label: label.map(str::to_owned),
            holder: None,
            line: 0,
        })
    }

    /// The target's surface text.
    pub fn target_text(&self) -> &str {
        &self.text[self.target.clone()]
    }
}

/// The first occurrence of `target` in `text`, preferring one on word boundaries.
fn find_target(text: &str, target: &str) -> Option<usize> {
    if target.is_empty() {
        return None;
    }
    let is_word = |c: char| c.is_alphanumeric();
    let mut first = None;
    for (pos, _) in text.match_indices(target) {
        first.get_or_insert(pos);
        let before = text[..pos].chars().next_back();
        let after = text[pos + target.len()..].chars().next();
        let starts_clean = before.is_none_or(|c| !is_word(c)) || !target.starts_with(is_word);
        let ends_clean = after.is_none_or(|c| !is_word(c)) || !target.ends_with(is_word);
        if starts_clean && ends_clean {
            return Some(pos);
        }
    }
    first
}

/// How rows are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Rows must have a label (training and evaluation).
    pub require_label: bool,
    /// Skip unusable rows (counted in [`ExampleReader::skipped`]) instead of failing.
    pub skip_invalid: bool,
}

#[derive(Deserialize)]
struct Row {
    text: Option<String>,
    target: Option<String>,
    label: Option<String>,
    holder: Option<String>,
    target_start: Option<String>,
}

/// Streams [`Example`]s from CSV.
pub struct ExampleReader<R: Read> {
    csv: csv::Reader<R>,
    headers: csv::StringRecord,
    record: csv::StringRecord,
    source: String,
    options: ReadOptions,
    skipped: usize,
    done: bool,
}

/// Opens `path` (or stdin for `-`) for reading examples.
pub fn open(path: &Path, options: ReadOptions) -> Result<ExampleReader<Box<dyn Read>>> {
    let source = path.display().to_string();
    let input: Box<dyn Read> = if source == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            return Err(Error::input(
                &source,
                None,
                "is a directory, expected a CSV file",
            ));
        }
        Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(path).map_err(|e| Error::io(path, e))?,
        ))
    };
    ExampleReader::new(input, &source, options)
}

impl<R: Read> ExampleReader<R> {
    /// Reads the header of `input` and checks the required columns.
    pub fn new(input: R, source: &str, options: ReadOptions) -> Result<Self> {
        let mut csv = csv::ReaderBuilder::new().flexible(false).from_reader(input);
        let headers = csv.headers().map_err(|e| csv_error(source, &e))?.clone();
        if headers.is_empty() || headers.iter().all(str::is_empty) {
            return Err(Error::input(
                source,
                Some(1),
                "empty file: expected a header with text,target,label",
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for name in headers.iter() {
            if !seen.insert(name)
                && ["text", "target", "label", "holder", "target_start"].contains(&name)
            {
                return Err(Error::input(
                    source,
                    Some(1),
                    format!("column {name:?} appears twice in the header"),
                ));
            }
        }
        let mut required = vec!["text", "target"];
        if options.require_label {
            required.push("label");
        }
        for name in required {
            if !headers.iter().any(|h| h == name) {
                let found: Vec<&str> = headers.iter().collect();
                return Err(Error::input(
                    source,
                    Some(1),
                    format!("missing column {name:?} (header has: {})", found.join(",")),
                ));
            }
        }
        Ok(ExampleReader {
            csv,
            headers,
            record: csv::StringRecord::new(),
            source: source.to_owned(),
            options,
            skipped: 0,
            done: false,
        })
    }

    /// Rows skipped so far because they were invalid (with `skip_invalid`).
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    fn parse(&self, line: u64) -> std::result::Result<Example, String> {
        let row: Row = self
            .record
            .deserialize(Some(&self.headers))
            .map_err(|e| format!("cannot read row: {e}"))?;
        let text = row.text.unwrap_or_default();
        if text.trim().is_empty() {
            return Err("empty text".into());
        }
        if text.contains('\0') {
            return Err("text contains a NUL byte".into());
        }
        let target = row.target.unwrap_or_default();
        if target.trim().is_empty() {
            return Err("empty target".into());
        }
        let label = row
            .label
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_owned());
        if self.options.require_label && label.is_none() {
            return Err("missing label".into());
        }
        let start = match row
            .target_start
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(raw) => {
                let start: usize = raw
                    .parse()
                    .map_err(|_| format!("target_start {raw:?} is not a byte offset"))?;
                if text.get(start..start + target.len()) != Some(target.as_str()) {
                    return Err(format!(
                        "target {target:?} is not at byte {start} of the text"
                    ));
                }
                start
            }
            None => find_target(&text, &target)
                .ok_or_else(|| format!("target {target:?} does not occur in the text"))?,
        };
        Ok(Example {
            target: start..start + target.len(),
            text,
            label,
            holder: row.holder.filter(|h| !h.trim().is_empty()),
            line,
        })
    }
}

impl<R: Read> Iterator for ExampleReader<R> {
    type Item = Result<Example>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let line = self.csv.position().line();
            match self.csv.read_record(&mut self.record) {
                Ok(false) => self.done = true,
                Ok(true) => {
                    let line = self.record.position().map_or(line, |p| p.line());
                    match self.parse(line) {
                        Ok(example) => return Some(Ok(example)),
                        Err(_) if self.options.skip_invalid => self.skipped += 1,
                        Err(problem) => {
                            self.done = true;
                            return Some(Err(Error::input(&self.source, Some(line), problem)));
                        }
                    }
                }
                Err(e) => {
                    let structural = matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. });
                    if structural && self.options.skip_invalid {
                        self.skipped += 1;
                        continue;
                    }
                    self.done = true;
                    return Some(Err(csv_error(&self.source, &e)));
                }
            }
        }
        None
    }
}

fn csv_error(source: &str, e: &csv::Error) -> Error {
    let line = e.position().map(|p| p.line());
    let problem = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("row has {len} fields, the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("invalid UTF-8 in field {} ({err})", err.field() + 1)
        }
        csv::ErrorKind::Io(io) => format!("read error: {io}"),
        _ => e.to_string(),
    };
    Error::input(source, line, problem)
}

#[cfg(test)]
mod tests {
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
    };

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
        let rows = read("text,target,label\nA fine day.,Paris,positive\n", LABELLED);
        assert_eq!(
            rows[0].as_ref().unwrap_err().to_string(),
            "t.csv:2: target \"Paris\" does not occur in the text"
        );
        let rows = read("text,target,label\n\"\",Paris,positive\n", LABELLED);
        assert_eq!(
            rows[0].as_ref().unwrap_err().to_string(),
            "t.csv:2: empty text"
        );
        let rows = read("text,target,label\nParis won.,Paris,\n", LABELLED);
        assert_eq!(
            rows[0].as_ref().unwrap_err().to_string(),
            "t.csv:2: missing label"
        );
        let rows = read("text,target,label\nParis won.,Paris\n", LABELLED);
        assert_eq!(
            rows[0].as_ref().unwrap_err().to_string(),
            "t.csv:2: row has 2 fields, the header has 3"
        );
    }

    #[test]
    fn missing_and_duplicate_columns() {
        let rows = read("text,label\nx,y\n", LABELLED);
        assert!(rows[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("t.csv:1: missing column \"target\""));
        let rows = read("text,target,text,label\n", LABELLED);
        assert_eq!(
            rows[0].as_ref().unwrap_err().to_string(),
            "t.csv:1: column \"text\" appears twice in the header"
        );
        let rows = read("", LABELLED);
        assert!(rows[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("empty file"));
    }

    #[test]
    fn skip_invalid_counts() {
        let opts = ReadOptions {
            require_label: true,
            skip_invalid: true,
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
    fn bom_crlf_and_embedded_newlines_work() {
        let rows = read(
            "\u{feff}text,target,label\r\n\"Paris\nwon.\",Paris,positive\r\n",
            LABELLED,
        );
        let ex = rows[0].as_ref().unwrap();
        assert_eq!(ex.text, "Paris\nwon.");
    }
}
