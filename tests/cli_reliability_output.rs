//! Reliability (issue #7), the output side: destinations that refuse writes, a full disk, a
//! training run killed midway, and a soak run whose output must not depend on threads.

mod common;

use common::{
    assert_success, labelled_csv, one_line_error, repo, s, stance, stance_bin, train, write,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A model trained on the small invented corpus: (training CSV, model, model bytes).
fn old_model(dir: &Path) -> (PathBuf, PathBuf, Vec<u8>) {
    let csv = write(dir, "small.csv", labelled_csv(60));
    let model = dir.join("old.stance");
    train(&csv, &model, &["--min-df", "1"]).assert().success();
    let bytes = std::fs::read(&model).unwrap();
    (csv, model, bytes)
}

/// The old model is still there, byte for byte, and loads.
fn assert_intact(model: &Path, before: &[u8]) {
    assert!(
        std::fs::read(model).unwrap() == before,
        "the model file changed"
    );
    stance().args(["inspect", s(model)]).assert().success();
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".stance-model-"))
        .collect()
}

/// A failed `train`: its progress lines (`features: ...`) are dropped, the rest must be
/// one error line.
fn train_error(out: &Output, code: i32) -> String {
    let mut out = out.clone();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    out.stderr = stderr
        .lines()
        .filter(|l| !l.starts_with("features: "))
        .flat_map(|l| [l, "\n"])
        .collect::<String>()
        .into_bytes();
    one_line_error(&out, code)
}

#[cfg(target_os = "linux")]
#[test]
fn model_onto_a_read_only_filesystem_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "small.csv", labelled_csv(60));
    let target = Path::new("/proc/stance-test.model");
    let out = train(&csv, target, &["--min-df", "1"]).output().unwrap();
    // The errno depends on the kernel (ENOENT or EACCES); the message's form does not.
    let line = train_error(&out, 1);
    let expected = "stance: /proc/stance-test.model: cannot create a file in /proc: ";
    assert!(line.starts_with(expected), "{line}");
    assert!(
        line.ends_with(')') && !line.contains(".stance-model-"),
        "{line}"
    );
    assert!(!target.exists());
}

/// `ulimit -f` makes writes past a few KiB fail with EFBIG, as on a full disk.
#[cfg(unix)]
#[test]
fn full_disk_keeps_the_old_model_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let (csv, model, before) = old_model(dir.path());
    assert!(
        before.len() > 64 << 10,
        "the model must be larger than the limit"
    );
    let script = "trap '' XFSZ; ulimit -f 64; exec \"$0\" train \"$1\" -o \"$2\" --min-df 1";
    let out = Command::new("sh")
        .args(["-c", script, s(&stance_bin()), s(&csv), s(&model)])
        .output()
        .unwrap();
    assert_eq!(
        train_error(&out, 1),
        format!(
            "stance: {}: cannot write the model: File too large (os error 27)",
            model.display()
        )
    );
    assert!(out.stdout.is_empty());
    assert_intact(&model, &before);
    assert_eq!(temp_files(dir.path()), Vec::<String>::new());
}

#[cfg(target_os = "linux")]
#[test]
fn stdout_on_a_full_device_is_a_one_line_error() {
    let summit = repo("data/examples/summit.txt");
    let heldout = repo("data/supplement/heldout.csv");
    let commands = [
        vec!["score", s(&summit)],
        vec!["score", "--format", "jsonl", s(&summit), s(&summit)],
        vec!["eval", s(&heldout)],
    ];
    for args in commands {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(stance_bin())
            .args(&args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(
            one_line_error(&out, 1),
            "stance: stdout: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}

/// The invented corpus with every third label replaced: with `--min-df 1` (a feature for
/// each row's made-up word) and a huge C, solving takes 10 s or more in the dev profile (over
/// 30 times the longest wait below), so the kills land long before the model is written.
fn noisy_corpus(rows: usize) -> String {
    let labels = ["negative", "neutral", "positive"];
    let mut csv = String::from("text,target,label\n");
    for i in 0..rows {
        let row = common::labelled_row(i);
        match row.rsplit_once(',') {
            Some((rest, _)) if i % 3 == 2 => csv.push_str(&format!("{rest},{}", labels[i * 7 % 3])),
            _ => csv.push_str(&row),
        }
        csv.push('\n');
    }
    csv
}

#[cfg(unix)]
#[test]
fn killed_training_leaves_the_old_model() {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let (_, model, before) = old_model(dir.path());
    let corpus = noisy_corpus(20_000);

    // While reading: the rows come from a pipe that stays open, so the run cannot finish.
    let mut child = Command::new(stance_bin())
        .args(["train", "-", "-o", s(&model)])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(&corpus.as_bytes()[..corpus.len() / 2])
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    child.kill().unwrap();
    assert_eq!(child.wait().unwrap().signal(), Some(9));
    drop(stdin);
    assert_intact(&model, &before);

    // While solving: killed as soon as the feature matrix is built, and a little later.
    let big = write(dir.path(), "big.csv", &corpus);
    for delay_ms in [0, 300] {
        let mut child = Command::new(stance_bin())
            .args([
                "train",
                s(&big),
                "-o",
                s(&model),
                "--min-df",
                "1",
                "--c",
                "1e6",
            ])
            .args(["--tol", "1e-12", "--max-iter", "100000"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        while !line.starts_with("features: ") {
            line.clear();
            assert!(stderr.read_line(&mut line).unwrap() > 0, "no features line");
        }
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert_eq!(
            status.signal(),
            Some(9),
            "training ended before the kill ({status}); make the corpus harder"
        );
        assert_intact(&model, &before);
    }
}

/// Articles for the soak run: the shipped examples again and again, each copy numbered
/// differently so that no two documents are the same.
fn soak_corpus(dir: &Path, bytes: usize) -> Vec<PathBuf> {
    let mut examples: Vec<String> = ["ceasefire", "sanctions", "summit", "trade"]
        .iter()
        .map(|n| std::fs::read_to_string(repo(&format!("data/examples/{n}.txt"))).unwrap())
        .collect();
    examples.sort();
    let mut files = Vec::new();
    let mut total = 0;
    while total < bytes {
        let n = files.len();
        let body = &examples[n % examples.len()];
        let text = format!(
            "Update {n}: officials met {} times this year.\n\n{body}\nReport {} of {}, filed at {}:{:02}.\n",
            n % 13 + 2,
            n + 1,
            n * 7 + 3,
            n % 24,
            (n * 17) % 60
        );
        total += text.len();
        files.push(write(dir, &format!("doc-{n:05}.txt"), text));
    }
    files
}

fn score_jsonl(files: &[PathBuf], jobs: Option<&str>) -> Vec<u8> {
    let mut cmd = Command::new(stance_bin());
    cmd.args(["score", "--format", "jsonl"]);
    if let Some(j) = jobs {
        cmd.args(["--jobs", j]);
    }
    let out = cmd.args(files).output().unwrap();
    assert_success(&out);
    out.stdout
}

/// Bytes of articles in the soak run, scored four times: about 12 s in the dev profile on
/// two idle cores.
const SOAK_BYTES: usize = 5 << 20;

#[test]
fn soak_scoring_is_byte_identical_across_runs_and_threads() {
    let dir = tempfile::tempdir().unwrap();
    let files = soak_corpus(dir.path(), SOAK_BYTES);
    let started = std::time::Instant::now();
    let first = score_jsonl(&files, None);
    let lines = first.iter().filter(|&&b| b == b'\n').count();
    assert!(lines > 15 * files.len(), "{lines} sentences");
    assert!(first == score_jsonl(&files, None), "two runs differ");
    assert!(first == score_jsonl(&files, Some("1")), "--jobs 1 differs");
    assert!(first == score_jsonl(&files, Some("2")), "--jobs 2 differs");
    eprintln!(
        "soak: {} documents ({:.1} MiB), {lines} sentences, {:.1} MiB out, 4 runs in {:.1} s",
        files.len(),
        SOAK_BYTES as f64 / (1 << 20) as f64,
        first.len() as f64 / (1 << 20) as f64,
        started.elapsed().as_secs_f64()
    );
}
