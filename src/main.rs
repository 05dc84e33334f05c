//! `stance` command-line tool: parse arguments, run the command, report errors in one line.

mod cli;

use clap::Parser;

fn main() {
    let args = cli::args::Cli::parse();
    if let Err(failure) = cli::run(args) {
        eprintln!("stance: {}", failure.message);
        std::process::exit(failure.code);
    }
}
