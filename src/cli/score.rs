//! `stance score`: articles in, stance reports out.

use super::args::{ScoreArgs, ScoreFormat, ScoreInput};
use super::output;
use super::{load_model, Failure};
use stance::actors::{ActorFinder, Gazetteer};
use stance::{Error, ScoreOptions};
use std::io::{Read, Write};
use std::path::Path;

pub fn run(args: ScoreArgs) -> Result<(), Failure> {
    let jobs = args.jobs.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Failure::runtime(format!("cannot start {jobs} threads: {e}")))?;
    pool.install(|| score_all(args))
}

/// Documents scored together; bounds memory while keeping every thread busy.
const BATCH_PER_THREAD: usize = 16;

fn score_all(args: ScoreArgs) -> Result<(), Failure> {
    use rayon::prelude::*;
    let batch = rayon::current_num_threads() * BATCH_PER_THREAD;
    let model = load_model(args.model.as_deref())?;
    let custom;
    let finder = match &args.actors {
        Some(path) => {
            let mut gazetteer = Gazetteer::builtin().clone();
            gazetteer.extend(Gazetteer::from_path(path).map_err(Error::from)?);
            custom = ActorFinder::new(&gazetteer);
            &custom
        }
        None => ActorFinder::builtin(),
    };
    let options = ScoreOptions {
        targets: args.targets.clone(),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut csv_header_done = false;
    if args.input == ScoreInput::Jsonl {
        for path in &args.files {
            filter_jsonl(path, &model, finder, &options, &mut out)?;
        }
        return out.flush().map_err(write_error);
    }
    let many = args.files.len() > 1;
    if args.format == ScoreFormat::Json && many {
        out.write_all(b"[\n").map_err(write_error)?;
    }
    let mut n = 0;
    for paths in args.files.chunks(batch) {
        let texts = paths
            .iter()
            .map(|p| read_article(p))
            .collect::<Result<Vec<_>, _>>()?;
        let reports: Vec<_> = texts
            .par_iter()
            .map(|text| model.score_article_with(text, finder, &options))
            .collect();
        for (path, report) in paths.iter().zip(&reports) {
            write_report(&mut out, &args, path, report, n, many, &mut csv_header_done)?;
            n += 1;
        }
    }
    if args.format == ScoreFormat::Json && many {
        out.write_all(b"]\n").map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

fn write_report(
    out: &mut impl Write,
    args: &ScoreArgs,
    path: &Path,
    report: &stance::ArticleReport,
    n: usize,
    many: bool,
    csv_header_done: &mut bool,
) -> Result<(), Failure> {
    {
        let name = path.display().to_string();
        let written = match args.format {
            ScoreFormat::Table => output::table(out, &name, report),
            ScoreFormat::Json => {
                if many && n > 0 {
                    out.write_all(b",\n").map_err(write_error)?;
                }
                output::json(out, report)
            }
            ScoreFormat::Jsonl => output::jsonl(out, &name, report),
            ScoreFormat::Csv => output::csv(out, &name, report, csv_header_done),
        };
        written.map_err(write_error)
    }
}

/// `--input jsonl`: one document per line in, exactly one line out per line, in order. A
/// bad line gets an `error` line and the stream goes on.
fn filter_jsonl(
    path: &Path,
    model: &stance::Model,
    finder: &ActorFinder,
    options: &ScoreOptions,
    out: &mut impl Write,
) -> Result<(), Failure> {
    use std::io::BufRead;
    let source = path.display().to_string();
    let input: Box<dyn BufRead> = if source == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        if path.is_dir() {
            return Err(Failure::input(
                &source,
                None,
                "is a directory, expected a JSON-lines file",
            ));
        }
        let file = std::fs::File::open(path).map_err(|e| Error::Io {
            path: path.into(),
            source: e,
        })?;
        Box::new(std::io::BufReader::new(file))
    };
    use rayon::prelude::*;
    let batch = rayon::current_num_threads() * BATCH_PER_THREAD;
    let mut input = input;
    let mut number = 0u64;
    loop {
        // Read a bounded batch of lines, score them in parallel, write them in order.
        let mut lines: Vec<(u64, Vec<u8>)> = Vec::with_capacity(batch);
        while lines.len() < batch {
            let mut line = Vec::new();
            let n = input.read_until(b'\n', &mut line).map_err(|e| Error::Io {
                path: path.into(),
                source: e,
            })?;
            if n == 0 {
                break;
            }
            number += 1;
            lines.push((number, line));
        }
        if lines.is_empty() {
            return Ok(());
        }
        let answers: Vec<Vec<u8>> = lines
            .par_iter()
            .map(|(number, line)| answer_line(&source, *number, line, model, finder, options))
            .collect();
        for answer in answers {
            out.write_all(&answer).map_err(write_error)?;
        }
    }
}

/// The output line (with its newline) for input line `number`.
fn answer_line(
    source: &str,
    number: u64,
    line: &[u8],
    model: &stance::Model,
    finder: &ActorFinder,
    options: &ScoreOptions,
) -> Vec<u8> {
    // Structs, not json!(), so the report keeps the field order of --format json.
    #[derive(serde::Serialize)]
    struct Scored<'a> {
        id: serde_json::Value,
        report: &'a stance::ArticleReport,
    }
    #[derive(serde::Serialize)]
    struct Failed {
        id: serde_json::Value,
        error: String,
    }
    let written = match parse_document(line) {
        Ok((id, text)) => {
            let report = model.score_article_with(&text, finder, options);
            serde_json::to_vec(&Scored {
                id,
                report: &report,
            })
        }
        Err((id, problem)) => {
            let error = format!("{source}:{number}: {problem}");
            serde_json::to_vec(&Failed { id, error })
        }
    };
    // Serializing plain values to memory cannot fail.
    let mut bytes = written.expect("JSON serialization of a report");
    bytes.push(b'\n');
    bytes
}

/// `(id, text)` of one JSON line, or `(id if readable, problem)`.
fn parse_document(line: &[u8]) -> Result<(serde_json::Value, String), (serde_json::Value, String)> {
    let trimmed = line.strip_suffix(b"\n").unwrap_or(line);
    let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
    let value: serde_json::Value = serde_json::from_slice(trimmed)
        .map_err(|e| (serde_json::Value::Null, format!("not a JSON object: {e}")))?;
    let serde_json::Value::Object(mut doc) = value else {
        return Err((serde_json::Value::Null, "not a JSON object".into()));
    };
    let id = doc.remove("id").unwrap_or(serde_json::Value::Null);
    match doc.remove("text") {
        Some(serde_json::Value::String(text)) if text.contains('\0') => {
            Err((id, "text contains NUL characters".into()))
        }
        Some(serde_json::Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" must be a string".into())),
        None => Err((id, "missing \"text\"".into())),
    }
}

/// Reads a whole article; a clear error for directories, binary data and bad UTF-8.
fn read_article(path: &Path) -> Result<String, Failure> {
    let source = path.display().to_string();
    let mut bytes = Vec::new();
    if source == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::Io {
                path: path.into(),
                source: e,
            })?;
    } else {
        if path.is_dir() {
            return Err(Failure::input(
                &source,
                None,
                "is a directory, expected a text file",
            ));
        }
        bytes = std::fs::read(path).map_err(|e| Error::Io {
            path: path.into(),
            source: e,
        })?;
    }
    if bytes.contains(&0) {
        return Err(Failure::input(
            &source,
            None,
            "contains NUL bytes: binary data, not a text article",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        Failure::input(
            &source,
            Some(line),
            "invalid UTF-8; convert the file to UTF-8 first",
        )
    })
}

fn write_error(e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        // `stance score ... | head`: the reader left; stop quietly.
        std::process::exit(0);
    }
    Failure::runtime(format!("stdout: {e}"))
}
