//! `stance tune`: cross-validate a grid of C / min_df / window and print the best.

use super::args::TuneArgs;
use super::{print, Failure};
use stance::dataset;
use stance::model::tune::{best, tune, Grid};
use stance::TrainParams;
use std::fmt::Write as _;
use std::time::Instant;

pub fn run(args: TuneArgs) -> Result<(), Failure> {
    let grid = Grid {
        c: args.c.clone(),
        min_df: args.min_df.clone(),
        window: args.window.clone(),
    };
    let base = TrainParams::default().language(args.language);
    // Settings are checked before the data is read: a typo fails at once.
    grid.check(&base)?;
    stance::model::check_folds(args.folds)?;
    let base = base.opinion_words(args.lexicons.read(args.read.lossy)?);
    let options = args.read.labelled();
    let rows = dataset::read_all(&args.data, options)?;
    let started = Instant::now();
    let points = tune(&rows, &base, &grid, args.folds, &|done, total| {
        eprintln!("tune: {done} of {total} settings cross-validated");
    })?;
    let seconds = started.elapsed().as_secs_f64();
    let top = best(&points).expect("a checked grid has points");
    if args.json {
        let json = serde_json::json!({
            "folds": args.folds,
            "rows": rows.len(),
            "seconds": seconds,
            "grid": points,
            "best": top,
        });
        return print(&format!("{json}\n"));
    }
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}-fold cross-validation grouped by sentence, {} rows, {} settings ({seconds:.1} s)",
        args.folds,
        rows.len(),
        points.len()
    );
    let _ = writeln!(
        s,
        "{:>8} {:>7} {:>7} {:>9} {:>9}  folds macro-F1",
        "C", "min_df", "window", "macro-F1", "accuracy"
    );
    for p in &points {
        let f1s = p.cv.folds.iter().map(|f| f.macro_f1);
        let (lo, hi) = f1s.fold((f64::MAX, f64::MIN), |(lo, hi), f| (lo.min(f), hi.max(f)));
        let mark = if std::ptr::eq(p, top) {
            "  <- best"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "{:>8} {:>7} {:>7} {:>9.4} {:>9.4}  {lo:.3}-{hi:.3}{mark}",
            p.c, p.min_df, p.window, p.cv.mean_macro_f1, p.cv.mean_accuracy
        );
    }
    let mut command: Vec<String> = args.data.iter().map(|p| p.display().to_string()).collect();
    command.push(format!(
        "-o model.stance --c {} --min-df {} --window {}",
        top.c, top.min_df, top.window
    ));
    if args.language != stance::text::Language::English {
        command.push(format!("--language {}", args.language.name()));
    }
    command.extend(args.read.flags().map(String::from));
    command.extend(args.lexicons.flags());
    let _ = writeln!(
        s,
        "best: C={} min_df={} window={}, mean macro-F1 {:.4}\ntrain it: stance train {}",
        top.c,
        top.min_df,
        top.window,
        top.cv.mean_macro_f1,
        command.join(" ")
    );
    print(&s)
}
