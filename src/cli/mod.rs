//! The command-line front end: one file per command. It only calls the library's public API.

pub mod args;
mod eval;
pub(crate) mod inspect;
mod output;
mod score;
mod serve;
mod train;
mod tune;

use args::{Cli, Command};
use stance::{Error, Model};
use std::path::Path;

/// What went wrong, and which exit code it maps to.
pub struct Failure {
    pub message: String,
    pub code: i32,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        let code = match e {
            Error::Io { .. } | Error::Training(_) => 1,
            Error::Input { .. } | Error::Model { .. } | Error::Params(_) | Error::Actors(_) => 2,
        };
        Failure {
            message: e.to_string(),
            code,
        }
    }
}

impl Failure {
    /// Bad input at `source` (and `line`): the library's one-line form, exit code 2.
    pub fn input(source: &str, line: Option<u64>, problem: impl Into<String>) -> Self {
        Error::Input {
            location: stance::error::Location::new(source, line),
            problem: problem.into(),
        }
        .into()
    }

    pub fn runtime(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }
}

pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Train(args) => train::run(args),
        Command::Tune(args) => tune::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Score(args) => score::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Serve(args) => serve::run(args),
    }
}

/// The model at `path`, or the built-in one.
pub fn load_model(path: Option<&Path>) -> Result<Model, Failure> {
    Ok(match path {
        Some(p) => Model::load(p)?,
        None => Model::builtin()?,
    })
}

/// Writes to stdout, treating a closed pipe (`stance ... | head`) as a normal end.
pub fn print(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::runtime(format!("stdout: {e}"))),
    }
}
