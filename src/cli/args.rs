//! Command-line arguments (clap derive). Defaults here mirror the library's defaults.

use clap::{Args, Parser, Subcommand, ValueEnum};
use stance::model::Solver;
use stance::text::Language;
use std::path::PathBuf;

/// Sentence-level, target-aware stance in news text.
#[derive(Debug, Parser)]
#[command(name = "stance", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

pub const EXIT_CODES: &str = "Exit codes: 0 success, 1 runtime error (I/O, training failed), \
2 bad usage or bad input (unreadable CSV row, invalid model file, invalid option).";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Learn a model from labelled CSV rows (text,target,label[,holder][,target_start]).
    Train(TrainArgs),
    /// Choose C, min_df and the window by grouped cross-validation over a grid.
    Tune(TuneArgs),
    /// Measure a model on labelled CSV rows: accuracy, macro-F1, per label, confusion.
    Eval(EvalArgs),
    /// Score articles: every sentence's stance toward every actor, holders, summary.
    Score(ScoreArgs),
    /// Print a model's metadata as JSON.
    Inspect(InspectArgs),
    /// Serve scoring over HTTP (JSON API) with a dashboard page at `/`.
    Serve(ServeArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// A readable report.
    Table,
    /// One JSON document per article (an array for several articles).
    Json,
    /// One JSON object per sentence, streamed, each with its `document`.
    Jsonl,
    /// One row per (sentence, target).
    Csv,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Plain-text article files; `-` (the default) reads stdin.
    #[arg(default_value = "-")]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,
    /// Model file (default: the built-in model).
    #[arg(short, long)]
    pub model: Option<PathBuf>,
    /// Extra actors (CSV `name,kind,aliases`); rows override built-in actors of the same name.
    #[arg(long)]
    pub actors: Option<PathBuf>,
    /// Report only this actor: its canonical name or a form it takes in the article
    /// (case-insensitive); repeatable.
    #[arg(long = "target")]
    pub targets: Vec<String>,
    /// Input kind: `text` (each file is one article) or `jsonl` (a filter: one
    /// `{"id": ..., "text": ...}` per line in, exactly one `{"id": ..., "report": ...}` or
    /// `{"id": ..., "error": ...}` per line out, in order; for Spark `RDD.pipe` or Hadoop
    /// Streaming).
    #[arg(long, value_enum, default_value_t = ScoreInput::Text)]
    pub input: ScoreInput,
    /// Score this many documents at once (default: all cores); output keeps input order.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreInput {
    Text,
    Jsonl,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Labelled CSV file(s) (`-` for stdin); several files are read in order as one set.
    #[arg(required = true)]
    pub data: Vec<PathBuf>,
    /// Where to write the model (replaced atomically).
    #[arg(short, long, default_value = "model.stance")]
    pub output: PathBuf,
    /// A labelled CSV to measure the new model on; its metrics are stored in the model.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Inverse L2 regularisation strength, as in scikit-learn.
    #[arg(long, default_value_t = 2.0)]
    pub c: f64,
    /// Maximum solver iterations.
    #[arg(long, default_value_t = 500)]
    pub max_iter: u64,
    /// Solver stopping tolerance: gradient norm per training row.
    #[arg(long, default_value_t = stance::model::DEFAULT_TOL)]
    pub tol: f64,
    /// Keep features seen in at least this many rows.
    #[arg(long, default_value_t = 2)]
    pub min_df: u32,
    /// Keep at most this many features (the most frequent).
    #[arg(long)]
    pub max_features: Option<usize>,
    /// Stemming language (any rust-stemmers language).
    #[arg(long, default_value = "english", value_parser = parse_language)]
    pub language: Language,
    /// Solver: sparse (L-BFGS on sparse rows, fast) or linfa (dense, small vocabularies only).
    #[arg(long, default_value = "sparse", value_parser = parse_solver)]
    pub solver: Solver,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Only cross-validate: K folds grouped by sentence, print per-fold and mean metrics,
    /// write no model.
    #[arg(long, value_name = "K")]
    pub cv: Option<usize>,
    /// Model name shown in reports (default: the output file's stem).
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub features: FeatureArgs,
    #[command(flatten)]
    pub lexicons: LexiconArgs,
}

#[derive(Debug, Args)]
pub struct TuneArgs {
    /// Labelled CSV file(s) (`-` for stdin), read in order as one set.
    #[arg(required = true)]
    pub data: Vec<PathBuf>,
    /// Folds, grouped by sentence (the same folds for every grid point).
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// C values to try (comma-separated).
    #[arg(long = "c", value_delimiter = ',', default_value = "1,2,4")]
    pub c: Vec<f64>,
    /// min_df values to try (comma-separated).
    #[arg(long = "min-df", value_delimiter = ',', default_value = "1,2,3")]
    pub min_df: Vec<u32>,
    /// Window sizes to try (comma-separated).
    #[arg(long = "window", value_delimiter = ',', default_value = "4,6,8")]
    pub window: Vec<usize>,
    /// Stemming language (any rust-stemmers language); other settings are the defaults.
    #[arg(long, default_value = "english", value_parser = parse_language)]
    pub language: Language,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub lexicons: LexiconArgs,
    /// Print the results as one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// Feature settings worth tuning from the command line.
#[derive(Debug, Args)]
pub struct FeatureArgs {
    /// Words each side of the target in the window features.
    #[arg(long, default_value_t = 6)]
    pub window: usize,
    /// Window weight decay with distance: 1 / (1 + decay * (d - 1)).
    #[arg(long, default_value_t = 0.2)]
    pub window_decay: f32,
    /// Leave the target's own words out of the features.
    #[arg(long)]
    pub mask_target: bool,
    /// Turn off the prior-polarity lexicon features.
    #[arg(long)]
    pub no_lexicon: bool,
    /// Weight of the lexicon features.
    #[arg(long, default_value_t = 1.0)]
    pub lexicon_scale: f32,
    /// Turn off the target-clause features.
    #[arg(long)]
    pub no_clause: bool,
    /// Keep other capitalised names as words instead of collapsing them into `<O>`.
    #[arg(long)]
    pub no_other_actors: bool,
    /// Do not split lexicon sums by the nearest name (target or another).
    #[arg(long)]
    pub no_owned_lexicon: bool,
    /// L2-normalise all TF-IDF features together instead of each family on its own.
    #[arg(long)]
    pub no_block_norm: bool,
    /// Weights of the sentence, window, clause and target families (per-family norms).
    #[arg(long, default_value = "1,1,1,1")]
    pub block_weights: BlockWeights,
    /// Blend naive-Bayes feature weights into the IDF (0 off, 1 full).
    #[arg(long, default_value_t = 0.0)]
    pub nb_weight: f32,
    /// Turn off negation marking.
    #[arg(long)]
    pub no_negation: bool,
    /// Turn off stemming.
    #[arg(long)]
    pub no_stem: bool,
}

/// Opinion-word lists for the second lexicon; read at training time and stored in the model.
#[derive(Debug, Clone, Args)]
pub struct LexiconArgs {
    /// Positive opinion words, one per line (`;` or `#` starts a comment line), e.g. Hu
    /// and Liu's positive-words.txt.
    #[arg(long, value_name = "FILE")]
    pub positive_words: Option<PathBuf>,
    /// Negative opinion words, in the same form (e.g. Hu and Liu's negative-words.txt).
    #[arg(long, value_name = "FILE")]
    pub negative_words: Option<PathBuf>,
}

impl LexiconArgs {
    /// The lists' words; `lossy` as for the data (`--lossy`).
    pub fn read(&self, lossy: bool) -> stance::Result<stance::features::lexicon::OpinionWords> {
        let read = |path: &Option<PathBuf>| match path {
            Some(path) => stance::dataset::read_word_list(path, lossy),
            None => Ok(Vec::new()),
        };
        let words = stance::features::lexicon::OpinionWords {
            positive: read(&self.positive_words)?,
            negative: read(&self.negative_words)?,
        };
        let unmatchable = words.unmatchable();
        let distinct = words.distinct();
        if distinct > 0 && unmatchable.len() == distinct {
            eprintln!(
                "warning: none of the {distinct} listed words can equal a token (hyphenated, \
                 with symbols, clitics or numbers), so the model gets no opinion-word lexicon"
            );
        } else if !unmatchable.is_empty() {
            let examples: Vec<&str> = unmatchable.iter().take(3).map(String::as_str).collect();
            eprintln!(
                "note: {} of {distinct} listed words are left out: no token can equal them \
                 (hyphenated, with symbols, clitics or numbers; e.g. {})",
                unmatchable.len(),
                examples.join(", ")
            );
        }
        Ok(words)
    }

    /// The flags as typed, to repeat them in a printed command.
    pub fn flags(&self) -> Vec<String> {
        [
            ("--positive-words", &self.positive_words),
            ("--negative-words", &self.negative_words),
        ]
        .into_iter()
        .filter_map(|(flag, path)| Some(format!("{flag} {}", path.as_ref()?.display())))
        .collect()
    }
}

/// Four comma-separated weights, one per feature family.
#[derive(Debug, Clone, Copy)]
pub struct BlockWeights(pub [f32; 4]);

impl std::str::FromStr for BlockWeights {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let values: Vec<f32> = s
            .split(',')
            .map(|v| v.trim().parse::<f32>())
            .collect::<Result<_, _>>()
            .map_err(|e| format!("{s:?}: {e}"))?;
        let weights: [f32; 4] = values
            .try_into()
            .map_err(|_| format!("{s:?}: expected 4 comma-separated numbers"))?;
        Ok(BlockWeights(weights))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
}

/// How labelled CSV rows are read (train, tune, eval).
#[derive(Debug, Clone, Copy, Args)]
pub struct ReadArgs {
    /// Skip invalid rows (reported) instead of stopping at the first one.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Replace bytes that are not UTF-8 with U+FFFD instead of rejecting the row.
    #[arg(long)]
    pub lossy: bool,
    /// Targets are topics that need not occur in the text (e.g. "Atheism"): no row's target
    /// is looked up; features are computed as if it stood before the first word.
    #[arg(long)]
    pub topics: bool,
}

impl ReadArgs {
    /// Options for labelled rows (training and evaluation need the label).
    pub fn labelled(self) -> stance::dataset::ReadOptions {
        stance::dataset::ReadOptions {
            require_label: true,
            skip_invalid: self.skip_invalid,
            lossy: self.lossy,
            topics: self.topics,
        }
    }

    /// The flags as typed, to repeat them in a printed command.
    pub fn flags(self) -> impl Iterator<Item = &'static str> {
        [
            (self.skip_invalid, "--skip-invalid"),
            (self.lossy, "--lossy"),
            (self.topics, "--topics"),
        ]
        .into_iter()
        .filter_map(|(on, flag)| on.then_some(flag))
    }
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Labelled CSV file (`-` for stdin).
    pub data: PathBuf,
    /// Model file (default: the built-in model).
    #[arg(short, long)]
    pub model: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    pub format: EvalFormat,
    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Model file (default: the built-in model).
    pub model: Option<PathBuf>,
    /// Also list the N most weighted features of every label.
    #[arg(long)]
    pub top: Option<usize>,
}

fn parse_language(s: &str) -> Result<Language, String> {
    s.parse()
}

fn parse_solver(s: &str) -> Result<Solver, String> {
    s.parse()
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; use port 0 for any free port. Anything but loopback exposes
    /// the service (which has no authentication) to other machines.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Model file (default: the built-in model).
    #[arg(short, long)]
    pub model: Option<PathBuf>,
    /// Extra actors (CSV `name,kind,aliases`); rows override built-in actors of the same name.
    #[arg(long)]
    pub actors: Option<PathBuf>,
    /// Largest request body accepted: bytes, or with a unit (512KiB, 1MiB, 2MB).
    #[arg(long, default_value = "1MiB", value_parser = super::serve::parse_size)]
    pub body_limit: usize,
    /// Longest time a request may take (e.g. 30s, 500ms, 2m).
    #[arg(long, default_value = "30s", value_parser = humantime::parse_duration)]
    pub timeout: std::time::Duration,
    /// Articles scored at the same time (default: one per CPU).
    #[arg(long)]
    pub workers: Option<std::num::NonZeroUsize>,
}
