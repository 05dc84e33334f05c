//! `stance eval`: score labelled rows and print the metrics.

use super::args::{EvalArgs, EvalFormat};
use super::{load_model, print, Failure};
use stance::dataset;
use stance::Evaluation;
use std::fmt::Write as _;
use std::time::Instant;

pub fn run(args: EvalArgs) -> Result<(), Failure> {
    let model = load_model(args.model.as_deref())?;
    let options = args.read.labelled();
    let mut reader = dataset::open(&args.data, options)?;
    let started = Instant::now();
    let eval = model.evaluate(reader.by_ref())?;
    let seconds = started.elapsed().as_secs_f64();
    if eval.rows == 0 {
        return Err(Failure::input(
            &args.data.display().to_string(),
            None,
            "no rows to evaluate (only a header?)",
        ));
    }
    match args.format {
        EvalFormat::Json => {
            let json = serde_json::to_string(&eval).map_err(|e| Failure::runtime(e.to_string()))?;
            print(&format!("{json}\n"))
        }
        EvalFormat::Table => {
            let mut s = table(&eval);
            let _ = writeln!(
                s,
                "\nmodel {}, {} rows skipped",
                model.meta().name,
                reader.skipped()
            );
            let rate = if seconds > 0.0 {
                eval.rows as f64 / seconds
            } else {
                0.0
            };
            let _ = writeln!(
                s,
                "read and scored {} rows in {:.3} s ({:.0} rows/s, one thread)",
                eval.rows, seconds, rate
            );
            print(&s)
        }
    }
}

fn table(e: &Evaluation) -> String {
    let mut s = String::new();
    let width = e.labels.keys().map(String::len).max().unwrap_or(5).max(9);
    let _ = writeln!(s, "rows      {}", e.rows);
    let _ = writeln!(s, "accuracy  {:.4}", e.accuracy);
    let _ = writeln!(s, "macro-F1  {:.4}\n", e.macro_f1);
    let _ = writeln!(s, "{:<width$}  precision  recall  f1      support", "label");
    for (label, m) in &e.labels {
        let _ = writeln!(
            s,
            "{:<width$}  {:<9.4}  {:<6.4}  {:<6.4}  {}",
            label, m.precision, m.recall, m.f1, m.support
        );
    }
    let _ = writeln!(s, "\nconfusion (rows: gold, columns: predicted)");
    let _ = write!(s, "{:<width$}", "");
    for label in e.labels.keys() {
        let _ = write!(s, "  {label:>width$}");
    }
    s.push('\n');
    for (gold, row) in &e.confusion {
        let _ = write!(s, "{gold:<width$}");
        for n in row.values() {
            let _ = write!(s, "  {n:>width$}");
        }
        s.push('\n');
    }
    s
}
