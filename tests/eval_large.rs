//! `stance eval` on a multi-GB CSV streams in constant memory. Ignored (it writes and reads
//! gigabytes); run it by hand, preferably on a release build:
//!
//! ```sh
//! STANCE_EVAL_BYTES=2G cargo test --release --test eval_large -- --ignored --nocapture
//! ```
//!
//! `STANCE_EVAL_BYTES` is the CSV size (bytes, or with K/M/G; default 2G) and
//! `STANCE_EVAL_DIR` where to write it (default: the system temp dir). The peak RSS is read
//! from `/proc/<pid>/status` (VmHWM) while eval runs, so the test is Linux only.
#![cfg(target_os = "linux")]

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

/// Peak RSS allowed, whatever the size of the input.
const MAX_PEAK_RSS_MIB: u64 = 200;

fn size_from_env(name: &str, default: u64) -> u64 {
    let Ok(raw) = std::env::var(name) else {
        return default;
    };
    let raw = raw.trim();
    let (digits, unit) = match raw.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => raw.split_at(i),
        None => (raw, ""),
    };
    let n: u64 = digits.parse().unwrap_or_else(|_| panic!("{name}={raw:?}"));
    let shift = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => panic!("{name}={raw:?}: unknown unit"),
    };
    n << shift
}

/// The process's peak resident set (VmHWM) in KiB, while it is alive.
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
#[ignore = "writes and evaluates a multi-GB CSV; run by hand"]
fn eval_streams_a_multi_gb_csv_in_constant_memory() {
    let bytes = size_from_env("STANCE_EVAL_BYTES", 2 << 30);
    let dir = match std::env::var_os("STANCE_EVAL_DIR") {
        Some(d) => tempfile::tempdir_in(d),
        None => tempfile::tempdir(),
    }
    .unwrap();
    let path = dir.path().join("large.csv");

    let started = Instant::now();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&path).unwrap());
    out.write_all(b"text,target,label\n").unwrap();
    let (mut written, mut rows) = (0u64, 0usize);
    while written < bytes {
        let row = common::labelled_row(rows);
        out.write_all(row.as_bytes()).unwrap();
        out.write_all(b"\n").unwrap();
        written += row.len() as u64 + 1;
        rows += 1;
    }
    out.flush().unwrap();
    drop(out);
    eprintln!(
        "wrote {} MiB, {rows} rows in {:.1} s",
        written >> 20,
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let mut child = std::process::Command::new(common::stance_bin())
        .arg("eval")
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        if let Some(kib) = peak_rss_kib(child.id()) {
            peak = peak.max(kib);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(report.contains(&format!("rows      {rows}\n")), "{report}");
    let speed = report.lines().find(|l| l.contains("rows/s")).unwrap_or("");
    eprintln!(
        "eval: {rows} rows in {seconds:.1} s ({:.0} rows/s, {:.0} MiB/s), peak RSS {} MiB\n  {speed}",
        rows as f64 / seconds,
        written as f64 / (1 << 20) as f64 / seconds,
        peak >> 10
    );
    assert!(peak > 0, "VmHWM was never read");
    assert!(
        peak >> 10 < MAX_PEAK_RSS_MIB,
        "peak RSS {} MiB is over {MAX_PEAK_RSS_MIB} MiB",
        peak >> 10
    );
}
