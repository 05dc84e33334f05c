//! `stance train`: read labelled rows, fit, report, write the model atomically.

use super::args::TrainArgs;
use super::{print, Failure};
use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};
use stance::dataset::{self, ReadOptions};
use stance::features::FeatureSettings;
use stance::model::{DevMetrics, TrainProgress};
use stance::text::TextSettings;
use stance::{Error, Model, TrainParams};
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

/// A spinner on stderr; indicatif hides it when stderr is not a terminal.
struct Bar(ProgressBar);

impl TrainProgress for Bar {
    fn row(&self, rows: u64) {
        if rows.is_multiple_of(256) {
            self.0.set_message(format!("featurizing: {rows} rows"));
        }
    }
    fn iteration(&self, evaluation: u64, objective: f64) {
        self.0.set_message(format!(
            "solving: evaluation {evaluation}, objective {objective:.4}"
        ));
        self.0.tick();
    }
    fn matrix(&self, rows: u64, non_zeros: u64, bytes: u64) {
        let mib = bytes as f64 / (1 << 20) as f64;
        self.0.suspend(|| {
            eprintln!("features: {rows} rows, {non_zeros} non-zeros, ~{mib:.1} MiB");
        });
    }
}

pub fn params_from(args: &TrainArgs) -> TrainParams {
    let f = &args.features;
    let name = args.name.clone().unwrap_or_else(|| {
        args.output
            .file_stem()
            .map_or("stance".into(), |s| s.to_string_lossy().into_owned())
    });
    TrainParams {
        text: TextSettings {
            language: args.language,
            stem: !f.no_stem,
            negation: !f.no_negation,
        },
        features: FeatureSettings {
            window: f.window,
            window_decay: f.window_decay,
            mask_target: f.mask_target,
            lexicon: !f.no_lexicon,
            lexicon_scale: f.lexicon_scale,
            clause: !f.no_clause,
            other_actors: !f.no_other_actors,
            owned_lexicon: !f.no_owned_lexicon,
            block_norm: !f.no_block_norm,
            block_weights: f.block_weights.0,
            nb_weight: f.nb_weight,
            min_df: args.min_df,
            max_features: args.max_features,
            ..FeatureSettings::default()
        },
        opinion_words: Default::default(),
        c: args.c,
        max_iter: args.max_iter,
        tol: args.tol,
        solver: args.solver,
        name,
    }
}

pub fn run(args: TrainArgs) -> Result<(), Failure> {
    let mut params = params_from(&args);
    params.check()?;
    // Like every other setting, the fold count fails before any file is read.
    if let Some(k) = args.cv {
        stance::model::check_folds(k)?;
    }
    params.opinion_words = args.lexicons.read(args.read.lossy)?;
    params.check()?;
    let started = Instant::now();
    let options = args.read.labelled();
    if let Some(k) = args.cv {
        return cross_validate(&args, options, &params, k);
    }
    let mut readers = Vec::new();
    for path in &args.data {
        readers.push(dataset::open(path, options)?);
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}").expect("valid template"),
    );
    let progress = Bar(bar);
    let result = Model::train_streaming(readers.iter_mut().flatten(), &params, &progress);
    progress.0.finish_and_clear();
    let mut model = result?;

    let meta = model.meta_mut();
    meta.training.skipped_rows = readers.iter().map(|r| r.skipped() as u64).sum();
    if args.data.iter().all(|p| p.as_os_str() != "-") {
        let names: Vec<String> = args.data.iter().map(|p| file_name(p)).collect();
        meta.training.data_file = Some(names.join(" + "));
        meta.training.data_sha256 = Some(sha256_of(&args.data)?);
    }
    if let Some(dev) = &args.dev {
        let eval = model.evaluate(dataset::open(dev, options)?)?;
        model.meta_mut().dev = Some(DevMetrics {
            file: file_name(dev),
            rows: eval.rows,
            accuracy: eval.accuracy,
            macro_f1: eval.macro_f1,
        });
    }
    model.save(&args.output)?;
    print(&summary(
        &model,
        &args.output,
        started.elapsed().as_secs_f64(),
    ))
}

/// `--cv K`: grouped K-fold cross-validation on the training files.
fn cross_validate(
    args: &TrainArgs,
    options: ReadOptions,
    params: &TrainParams,
    k: usize,
) -> Result<(), Failure> {
    let rows = dataset::read_all(&args.data, options)?;
    let started = Instant::now();
    let cv = stance::model::cross_validate(&rows, params, k)?;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{k}-fold cross-validation, grouped by sentence, {} rows ({:.1} s)",
        rows.len(),
        started.elapsed().as_secs_f64()
    );
    for (i, fold) in cv.folds.iter().enumerate() {
        let _ = writeln!(
            s,
            "  fold {i}: {} rows, accuracy {:.4}, macro-F1 {:.4}",
            fold.rows, fold.accuracy, fold.macro_f1
        );
    }
    let _ = writeln!(
        s,
        "  mean:   accuracy {:.4}, macro-F1 {:.4}",
        cv.mean_accuracy, cv.mean_macro_f1
    );
    print(&s)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// SHA-256 of the training files' bytes, concatenated in order.
fn sha256_of(paths: &[std::path::PathBuf]) -> Result<String, Failure> {
    let mut hasher = Sha256::new();
    let mut chunk = vec![0u8; 1 << 16];
    for path in paths {
        let io = |e| Error::Io {
            path: path.clone(),
            source: e,
        };
        let mut file = std::fs::File::open(path).map_err(io)?;
        loop {
            use std::io::Read;
            let n = file.read(&mut chunk).map_err(io)?;
            if n == 0 {
                break;
            }
            hasher.update(&chunk[..n]);
        }
    }
    Ok(hasher.finalize().iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    }))
}

fn summary(model: &Model, output: &Path, seconds: f64) -> String {
    let meta = model.meta();
    let t = &meta.training;
    let mut s = String::new();
    let _ = writeln!(s, "wrote {} ({:.2} s)", output.display(), seconds);
    let _ = writeln!(s, "  rows       {} ({} skipped)", t.rows, t.skipped_rows);
    let counts: Vec<String> = t
        .label_counts
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let _ = writeln!(s, "  labels     {}", counts.join(", "));
    let f = model.featurizer();
    let _ = writeln!(
        s,
        "  features   {} ({} vocabulary + lexicon)",
        f.n_features(),
        f.vocab.len()
    );
    let _ = writeln!(
        s,
        "  solver     {:?}, C={}, {} iterations, {} ({}), objective {:.4}",
        t.solver,
        t.c,
        t.iterations,
        if t.converged {
            "converged"
        } else {
            "NOT converged"
        },
        t.status,
        t.objective
    );
    if let Some(dev) = &meta.dev {
        let _ = writeln!(
            s,
            "  dev        {}: {} rows, accuracy {:.3}, macro-F1 {:.3}",
            dev.file, dev.rows, dev.accuracy, dev.macro_f1
        );
    }
    s
}
