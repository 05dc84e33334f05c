//! Labelled rows from CSV: `text,target,label` (+ optional `holder`, `target_start`), columns
//! found by name in any order, extra columns ignored. Rows stream one at a time so callers
//! never need the whole file in memory. A field longer than [`MAX_FIELD_BYTES`] and a quote
//! left open at the end of the file are errors naming the line.

mod watch;
mod words;

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use watch::Watch;
pub use watch::MAX_FIELD_BYTES;
pub use words::read_word_list;

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
    /// Replace bytes that are not UTF-8 with U+FFFD instead of making the row invalid.
    pub lossy: bool,
    /// Targets are topics that need not occur in the text (SemEval-2016 stance): every
    /// row's target span is empty, before the first byte, whether or not the text names the
    /// topic (`target_start` is not read). Features are then computed as if the target
    /// stood before the first word: sentence n-grams cover the whole text, window and clause
    /// features its opening words.
    pub topics: bool,
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
    csv: csv::Reader<Watch<R>>,
    headers: csv::StringRecord,
    raw: csv::ByteRecord,
    source: String,
    options: ReadOptions,
    skipped: usize,
    done: bool,
}

/// An input error when `path` is a directory (`expected` says what should be there); an
/// I/O error when it cannot be looked at.
fn refuse_directory(path: &Path, expected: &str) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        let problem = format!("is a directory, expected {expected}");
        return Err(Error::input(&path.display().to_string(), None, problem));
    }
    Ok(())
}

/// Opens `path` (or stdin for `-`) for reading examples.
pub fn open(path: &Path, options: ReadOptions) -> Result<ExampleReader<Box<dyn Read>>> {
    let source = path.display().to_string();
    let input: Box<dyn Read> = if source == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        refuse_directory(path, "a CSV file")?;
        Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(path).map_err(|e| Error::io(path, e))?,
        ))
    };
    ExampleReader::new(input, &source, options)
}

/// Every example of `paths`, read in order as one set (cross-validation and tuning need
/// all rows at once; training and evaluation stream instead).
pub fn read_all(paths: &[PathBuf], options: ReadOptions) -> Result<Vec<Example>> {
    let mut rows = Vec::new();
    for path in paths {
        for row in open(path, options)? {
            rows.push(row?);
        }
    }
    Ok(rows)
}

impl<R: Read> ExampleReader<R> {
    /// Reads the header of `input` and checks the required columns.
    pub fn new(input: R, source: &str, options: ReadOptions) -> Result<Self> {
        let mut csv = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(Watch::new(input, MAX_FIELD_BYTES));
        // Header names only locate columns: bytes that are not UTF-8 cannot name one.
        let headers = match csv.byte_headers() {
            Ok(h) => csv::StringRecord::from_byte_record_lossy(h.clone()),
            Err(e) => return Err(csv_error(source, &e, csv.get_ref())),
        };
        if let Some(line) = csv.get_ref().unterminated_quote() {
            return Err(unterminated(source, line));
        }
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
            raw: csv::ByteRecord::new(),
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

    /// The row just read as text, or the line of its first invalid byte and the problem.
    fn text_record(&mut self, line: u64) -> std::result::Result<csv::StringRecord, (u64, String)> {
        let raw = std::mem::take(&mut self.raw);
        if self.options.lossy {
            return Ok(csv::StringRecord::from_byte_record_lossy(raw));
        }
        csv::StringRecord::from_byte_record(raw).map_err(|e| {
            let (field, valid) = (e.utf8_error().field(), e.utf8_error().valid_up_to());
            self.raw = e.into_byte_record();
            let before = self.raw.iter().take(field).flatten();
            let newlines = before.chain(&self.raw[field][..valid]);
            let line = line + newlines.filter(|&&b| b == b'\n').count() as u64;
            let column = self.headers.get(field).unwrap_or("?");
            let problem = format!(
                "invalid UTF-8 in column {column:?}; convert the file to UTF-8 or pass --lossy"
            );
            (line, problem)
        })
    }

    fn parse(&self, record: &csv::StringRecord, line: u64) -> std::result::Result<Example, String> {
        let row: Row = record
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
        if self.options.topics {
            // Every row alike: the target is a topic, wherever (or whether) the text names it.
            return Ok(Example {
                target: 0..0,
                text,
                label,
                holder: row.holder.filter(|h| !h.trim().is_empty()),
                line,
            });
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
                // checked: a huge offset must be this error, not an overflow panic.
                let end = start.checked_add(target.len());
                if end.and_then(|end| text.get(start..end)) != Some(target.as_str()) {
                    return Err(format!(
                        "target {target:?} is not at byte {start} of the text"
                    ));
                }
                start
            }
            None => find_target(&text, &target).ok_or_else(|| {
                format!(
                    "target {target:?} does not occur in the text (if targets are topics, add --topics)"
                )
            })?,
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
            let read = self.csv.read_byte_record(&mut self.raw);
            if let Some(open) = self.csv.get_ref().unterminated_quote() {
                // Whatever the parser made of it, the rest of the file went into one field.
                self.done = true;
                return Some(Err(unterminated(&self.source, open)));
            }
            match read {
                Ok(false) => self.done = true,
                Ok(true) => {
                    let line = self.raw.position().map_or(line, |p| p.line());
                    let parsed = self.text_record(line).and_then(|record| {
                        let parsed = self.parse(&record, line).map_err(|p| (line, p));
                        self.raw = record.into_byte_record();
                        parsed
                    });
                    match parsed {
                        Ok(example) => return Some(Ok(example)),
                        Err(_) if self.options.skip_invalid => self.skipped += 1,
                        Err((line, problem)) => {
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
                    return Some(Err(csv_error(&self.source, &e, self.csv.get_ref())));
                }
            }
        }
        None
    }
}

fn unterminated(source: &str, line: u64) -> Error {
    Error::input(
        source,
        Some(line),
        "unterminated quoted field: the quote opened here is never closed",
    )
}

fn csv_error<R: Read>(source: &str, e: &csv::Error, watch: &Watch<R>) -> Error {
    if let Some((line, problem)) = watch.too_long() {
        return Error::input(source, Some(line), problem);
    }
    let line = e.position().map(|p| p.line());
    let problem = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("row has {len} fields, the header has {expected_len}")
        }
        csv::ErrorKind::Io(io) => format!("read error: {io}"),
        _ => e.to_string(),
    };
    Error::input(source, line, problem)
}

#[cfg(test)]
mod tests;
