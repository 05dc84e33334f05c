//! The library's one error type. Every variant renders as a single line that names the
//! file (and line, where there is one) and the problem, so the CLI can print it as is.

use std::path::PathBuf;

/// Where a problem was found: a file (or `-` for stdin) and, for row-based input, a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub source: String,
    pub line: Option<u64>,
}

impl Location {
    pub fn new(source: impl Into<String>, line: Option<u64>) -> Self {
        Location {
            source: source.into(),
            line,
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.source, line),
            None => write!(f, "{}", self.source),
        }
    }
}

/// Errors of the `stance` library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A row or field of the input is unusable (bad CSV, target not in text, missing label...).
    #[error("{location}: {problem}")]
    Input { location: Location, problem: String },
    /// A model file is missing, corrupted, of another format version, or not a model at all.
    #[error("{path}: {problem}")]
    Model { path: String, problem: String },
    /// Parameters rejected before any work was done.
    #[error("invalid parameters: {0}")]
    Params(String),
    /// An actor list (gazetteer CSV) is unusable.
    #[error(transparent)]
    Actors(#[from] crate::actors::ActorsError),
    /// Training could not produce a model.
    #[error("training failed: {0}")]
    Training(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn input(source: &str, line: Option<u64>, problem: impl Into<String>) -> Self {
        Error::Input {
            location: Location::new(source, line),
            problem: problem.into(),
        }
    }

    pub(crate) fn model(path: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Model {
            path: path.into(),
            problem: problem.into(),
        }
    }
}

/// Shorthand for results of this library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
