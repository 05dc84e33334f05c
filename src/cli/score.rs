//! `stance score`: articles in, stance reports out.

use super::args::{ScoreArgs, ScoreFormat};
use super::output;
use super::{load_model, Failure};
use stance::actors::{ActorFinder, Gazetteer};
use stance::{Error, ScoreOptions};
use std::io::{Read, Write};
use std::path::Path;

pub fn run(args: ScoreArgs) -> Result<(), Failure> {
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
    let many = args.files.len() > 1;
    if args.format == ScoreFormat::Json && many {
        out.write_all(b"[\n").map_err(write_error)?;
    }
    for (n, path) in args.files.iter().enumerate() {
        let text = read_article(path)?;
        let report = model.score_article_with(&text, finder, &options);
        let name = path.display().to_string();
        let written = match args.format {
            ScoreFormat::Table => output::table(&mut out, &name, &report),
            ScoreFormat::Json => {
                if many && n > 0 {
                    out.write_all(b",\n").map_err(write_error)?;
                }
                output::json(&mut out, &report)
            }
            ScoreFormat::Jsonl => output::jsonl(&mut out, &name, &report),
            ScoreFormat::Csv => output::csv(&mut out, &name, &report, &mut csv_header_done),
        };
        written.map_err(write_error)?;
    }
    if args.format == ScoreFormat::Json && many {
        out.write_all(b"]\n").map_err(write_error)?;
    }
    out.flush().map_err(write_error)
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
            return Err(input_error(
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
        return Err(input_error(
            &source,
            None,
            "contains NUL bytes: binary data, not a text article",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        input_error(
            &source,
            Some(line),
            "invalid UTF-8; convert the file to UTF-8 first",
        )
    })
}

fn input_error(source: &str, line: Option<u64>, problem: &str) -> Failure {
    let location = match line {
        Some(l) => format!("{source}:{l}"),
        None => source.to_owned(),
    };
    Failure {
        message: format!("{location}: {problem}"),
        code: 2,
    }
}

fn write_error(e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        // `stance score ... | head`: the reader left; stop quietly.
        std::process::exit(0);
    }
    Failure::runtime(format!("stdout: {e}"))
}
