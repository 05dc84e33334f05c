//! CLI tests for `stance score`, running the real binary on the shipped example articles
//! and on short invented news texts written inside the tests.

mod common;

use assert_cmd::Command;
use common::{repo, s, stance, write};
use serde_json::Value;
use std::path::PathBuf;

const OBAMA: &str =
    "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.";

/// An invented article with a metonym (the Kremlin), a quote with a speaker and several actors.
const KREMLIN: &str = "The Kremlin rejected the new proposal from Berlin on Tuesday.\n\n\
“Germany keeps moving the goalposts,” said Foreign Minister Pavel Sorokin. \
China urged both sides to return to the table, while Russia blamed NATO for the delay.\n";

const LABELS: [&str; 3] = ["negative", "neutral", "positive"];

/// `stance score <args>`, run from the repository root.
fn score(args: &[&str]) -> Command {
    let mut cmd = stance();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("score")
        .args(args);
    cmd
}

fn examples() -> Vec<PathBuf> {
    let dir = repo("data/examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "expected the shipped examples in {dir:?}");
    files
}

/// Runs `stance score <args>` with `stdin`, expects success and returns stdout as text.
fn score_ok(args: &[&str], stdin: &[u8]) -> String {
    let out = score(args).write_stdin(stdin.to_vec()).output().unwrap();
    assert!(
        out.status.success(),
        "stance score {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "unexpected stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

fn score_json(args: &[&str], stdin: &[u8]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let out = score_ok(&all, stdin);
    serde_json::from_str(&out).expect("--format json parses")
}

/// Runs `stance score <args>`, expects failure with `code` and returns the single stderr line.
fn score_fails(args: &[&str], stdin: &[u8], code: i32) -> String {
    let out = score(args).write_stdin(stdin.to_vec()).output().unwrap();
    let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert_eq!(
        out.status.code(),
        Some(code),
        "stance score {args:?}: stderr {stderr:?}"
    );
    assert!(
        out.stdout.is_empty(),
        "no output expected on failure, got {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(stderr.ends_with('\n'), "{stderr:?}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "error must be one line: {stderr:?}");
    assert!(lines[0].starts_with("stance: "), "{stderr:?}");
    lines[0].to_string()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn sorted<'a>(names: &[&'a str]) -> Vec<&'a str> {
    let mut v = names.to_vec();
    v.sort_unstable();
    v
}

fn usize_of(v: &Value) -> usize {
    v.as_u64().unwrap_or_else(|| panic!("not an integer: {v}")) as usize
}

fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

fn all_stances(report: &Value) -> Vec<&Value> {
    arr(&report["sentences"])
        .iter()
        .flat_map(|s| arr(&s["stances"]))
        .collect()
}

fn assert_signed_score(v: &Value) {
    if !v.is_null() {
        let x = v.as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&x), "score out of range: {x}");
    }
}

/// Checks one report against the documented contract and against the input bytes.
fn check_report(input: &[u8], report: &Value) {
    assert_eq!(
        keys(report),
        sorted(&["model", "labels", "sentences", "actors", "relations"])
    );
    assert!(!str_of(&report["model"]).is_empty());
    let labels: Vec<&str> = arr(&report["labels"]).iter().map(str_of).collect();
    assert_eq!(labels, LABELS);
    let text = std::str::from_utf8(input).unwrap();

    let mut prev_end = 0;
    let mut mentions_per_actor = std::collections::BTreeMap::<&str, usize>::new();
    for (i, s) in arr(&report["sentences"]).iter().enumerate() {
        assert_eq!(
            keys(s),
            sorted(&["index", "start", "end", "text", "mentions", "stances"])
        );
        assert_eq!(usize_of(&s["index"]), i);
        let (start, end) = (usize_of(&s["start"]), usize_of(&s["end"]));
        assert!(
            prev_end <= start && start < end && end <= input.len(),
            "{s}"
        );
        prev_end = end;
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert_eq!(&input[start..end], str_of(&s["text"]).as_bytes());
        let mut seen_in_sentence = Vec::new();
        let mut prev_mention_end = start;
        for m in arr(&s["mentions"]) {
            assert_eq!(keys(m), sorted(&["actor", "text", "start", "end"]));
            let (ms, me) = (usize_of(&m["start"]), usize_of(&m["end"]));
            assert!(prev_mention_end <= ms && ms < me && me <= end, "{m} in {s}");
            prev_mention_end = me;
            assert!(text.is_char_boundary(ms) && text.is_char_boundary(me));
            assert_eq!(&input[ms..me], str_of(&m["text"]).as_bytes());
            let actor = str_of(&m["actor"]);
            *mentions_per_actor.entry(actor).or_default() += 1;
            seen_in_sentence.push(actor);
        }
        let mut targets = Vec::new();
        for st in arr(&s["stances"]) {
            assert_eq!(
                keys(st),
                sorted(&["target", "holder", "label", "score", "probabilities"])
            );
            let target = str_of(&st["target"]);
            assert!(
                seen_in_sentence.contains(&target),
                "stance target {target} is not mentioned in {s}"
            );
            assert!(!targets.contains(&target), "two stances toward {target}");
            targets.push(target);
            if !st["holder"].is_null() {
                assert_ne!(str_of(&st["holder"]), target, "holder is its own target");
            }
            let label = str_of(&st["label"]);
            assert!(labels.contains(&label));
            let probs = st["probabilities"].as_object().unwrap();
            assert_eq!(
                sorted(&probs.keys().map(String::as_str).collect::<Vec<_>>()),
                sorted(&labels)
            );
            let p = |l: &str| probs[l].as_f64().unwrap();
            let sum: f64 = labels.iter().map(|l| p(l)).sum();
            assert!((sum - 1.0).abs() < 1e-9, "probabilities sum to {sum}");
            assert!(labels.iter().all(|l| (0.0..=1.0).contains(&p(l))));
            let best = labels
                .iter()
                .copied()
                .max_by(|a, b| p(a).total_cmp(&p(b)))
                .unwrap();
            assert_eq!(p(label), p(best), "label is not the most probable one");
            let score = st["score"].as_f64().unwrap();
            assert!((score - (p("positive") - p("negative"))).abs() < 1e-12);
        }
    }

    let mut names = Vec::new();
    for a in arr(&report["actors"]) {
        assert_eq!(
            keys(a),
            sorted(&["actor", "kind", "aliases", "mentions", "score", "label"])
        );
        let name = str_of(&a["actor"]);
        assert!(!names.contains(&name), "actor {name} listed twice");
        names.push(name);
        assert!([
            "country",
            "organisation",
            "group",
            "person",
            "party",
            "place",
            "other"
        ]
        .contains(&str_of(&a["kind"])));
        assert!(!arr(&a["aliases"]).is_empty());
        assert_eq!(
            usize_of(&a["mentions"]),
            mentions_per_actor.get(name).copied().unwrap_or(0),
            "mention count of {name}"
        );
        assert_signed_score(&a["score"]);
        if !a["label"].is_null() {
            assert!(labels.contains(&str_of(&a["label"])));
        }
    }
    for name in mentions_per_actor.keys() {
        assert!(
            names.contains(name),
            "{name} is mentioned but not summarised"
        );
    }

    let sentences = arr(&report["sentences"]);
    for r in arr(&report["relations"]) {
        assert_eq!(
            keys(r),
            sorted(&["holder", "target", "label", "score", "sentences"])
        );
        let (holder, target) = (str_of(&r["holder"]), str_of(&r["target"]));
        assert_ne!(holder, target);
        assert!(labels.contains(&str_of(&r["label"])));
        assert_signed_score(&r["score"]);
        let on = arr(&r["sentences"]);
        assert!(!on.is_empty());
        for k in on {
            let s = &sentences[usize_of(k)];
            assert!(
                arr(&s["stances"])
                    .iter()
                    .any(|st| st["target"] == target && st["holder"] == holder),
                "relation {holder} -> {target} rests on sentence {k}, which has no such stance"
            );
        }
    }
}

#[test]
fn table_on_summit_has_header_actors_and_relations() {
    let path = "data/examples/summit.txt";
    let table = score_ok(&[path], b"");
    let report = score_json(&[path], b"");
    let lines: Vec<&str> = table.lines().collect();
    // The name column is as wide as the longest actor name, between 12 and 40.
    let w = arr(&report["actors"])
        .iter()
        .map(|a| str_of(&a["actor"]).chars().count())
        .max()
        .unwrap_or(0)
        .clamp(12, 40);
    assert_eq!(
        lines[0],
        format!(
            "{path}: {} sentences, {} actors, {} relations (model {})",
            arr(&report["sentences"]).len(),
            arr(&report["actors"]).len(),
            arr(&report["relations"]).len(),
            str_of(&report["model"])
        )
    );
    // The summit article names more than a dozen actors across more than a dozen sentences.
    assert!(arr(&report["sentences"]).len() > 12);
    assert!(arr(&report["actors"]).len() > 10);
    assert!(!table.contains("no actors found"));

    // Every sentence with stances is printed with its index and (whitespace-normalised) text,
    // followed by one line per stance.
    for s in arr(&report["sentences"]) {
        let stances = arr(&s["stances"]);
        let heading = format!(
            "[{}] {}",
            usize_of(&s["index"]),
            str_of(&s["text"])
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
        let at = lines.iter().position(|l| *l == heading);
        if stances.is_empty() {
            assert!(at.is_none(), "sentence without stances printed: {heading}");
            continue;
        }
        let at = at.unwrap_or_else(|| panic!("missing sentence line {heading:?}"));
        for (k, st) in stances.iter().enumerate() {
            let line = lines[at + 1 + k];
            let target = str_of(&st["target"]);
            assert!(
                line.starts_with(&format!("    {target:<w$} {:<9} ", str_of(&st["label"]))),
                "{line:?}"
            );
            match st["holder"].as_str() {
                Some(h) => assert!(line.ends_with(&format!("  (holder: {h})")), "{line:?}"),
                None => assert!(!line.contains("(holder:"), "{line:?}"),
            }
        }
    }

    let actors_at = lines
        .iter()
        .position(|l| *l == "Actors")
        .expect("an Actors section");
    assert_eq!(lines[actors_at - 1], "");
    assert!(lines[actors_at + 1].starts_with("    actor "));
    assert!(lines[actors_at + 1].ends_with("label"));
    for (k, a) in arr(&report["actors"]).iter().enumerate() {
        let line = lines[actors_at + 2 + k];
        let prefix = format!(
            "    {:<w$} {:<13} {:>8}  ",
            str_of(&a["actor"]),
            str_of(&a["kind"]),
            usize_of(&a["mentions"])
        );
        assert!(line.starts_with(&prefix), "{line:?} vs {prefix:?}");
        if let Some(score) = a["score"].as_f64() {
            assert!(line.contains(&format!("{score:+.2}")), "{line:?}");
        }
    }
    let russia = arr(&report["actors"])
        .iter()
        .find(|a| a["actor"] == "Russia")
        .expect("Russia is an actor of the summit article");
    assert_eq!(russia["kind"], "country");
    for alias in ["Russian", "Moscow", "Kremlin"] {
        assert!(
            arr(&russia["aliases"]).iter().any(|a| a == alias),
            "{alias} not among {}",
            russia["aliases"]
        );
    }
    assert!(arr(&report["actors"])
        .iter()
        .any(|a| a["actor"] == "United States"));

    let rel_at = lines
        .iter()
        .position(|l| *l == "Relations (holder -> target)")
        .expect("a Relations section");
    assert!(rel_at > actors_at);
    for (k, r) in arr(&report["relations"]).iter().enumerate() {
        let line = lines[rel_at + 1 + k];
        let pair = format!("{} -> {}", str_of(&r["holder"]), str_of(&r["target"]));
        assert!(line.starts_with(&format!("    {pair}")), "{line:?}");
        let on: Vec<String> = arr(&r["sentences"])
            .iter()
            .map(|v| usize_of(v).to_string())
            .collect();
        assert!(
            line.ends_with(&format!("  sentences {}", on.join(", "))),
            "{line:?}"
        );
    }
    assert_eq!(*lines.last().unwrap(), "");
}

#[test]
fn json_on_every_example_follows_the_contract_and_slices_the_input() {
    for path in examples() {
        let input = std::fs::read(&path).unwrap();
        let report = score_json(&[s(&path)], b"");
        check_report(&input, &report);
        assert!(!arr(&report["actors"]).is_empty(), "{path:?} has no actors");
        assert!(!all_stances(&report).is_empty(), "{path:?} has no stances");
        assert!(
            !arr(&report["relations"]).is_empty(),
            "{path:?} has no relations"
        );
    }
}

#[test]
fn json_round_trips_through_article_report() {
    for path in examples() {
        let out = score_ok(&["--format", "json", s(&path)], b"");
        let value: Value = serde_json::from_str(&out).unwrap();
        let report: stance::ArticleReport = serde_json::from_str(&out).unwrap();
        assert_eq!(serde_json::to_value(&report).unwrap(), value, "{path:?}");
        // Pretty JSON, one document, a trailing newline.
        assert!(out.starts_with("{\n") && out.ends_with("}\n"));
    }
}

#[test]
fn several_files_as_json_are_an_array_in_input_order() {
    let files = examples();
    let (a, b) = (s(&files[1]), s(&files[0]));
    let out = score_json(&[a, b], b"");
    let docs = arr(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0], score_json(&[a], b""));
    assert_eq!(docs[1], score_json(&[b], b""));
}

#[test]
fn obama_holds_a_stance_toward_russia() {
    let report = score_json(&[], OBAMA.as_bytes());
    check_report(OBAMA.as_bytes(), &report);
    let sentences = arr(&report["sentences"]);
    assert_eq!(sentences.len(), 1);
    assert_eq!(sentences[0]["text"], OBAMA);
    let russia = arr(&sentences[0]["stances"])
        .iter()
        .find(|s| s["target"] == "Russia")
        .expect("a stance toward Russia");
    assert_eq!(russia["holder"], "Barack Obama");
    let mention = arr(&sentences[0]["mentions"])
        .iter()
        .find(|m| m["actor"] == "Russia")
        .unwrap();
    assert_eq!(mention["text"], "Russia");
    assert_eq!(usize_of(&mention["start"]), OBAMA.find("Russia").unwrap());
    let rel = arr(&report["relations"])
        .iter()
        .find(|r| r["holder"] == "Barack Obama" && r["target"] == "Russia")
        .expect("a relation Barack Obama -> Russia");
    assert_eq!(rel["sentences"], serde_json::json!([0]));
    assert_eq!(rel["label"], russia["label"]);
    let obama = arr(&report["actors"])
        .iter()
        .find(|a| a["actor"] == "Barack Obama")
        .unwrap();
    assert_eq!(obama["kind"], "person");
}

#[test]
fn jsonl_is_one_object_per_sentence_with_its_document_in_input_order() {
    let files = examples();
    // Deliberately not in alphabetical order.
    let order = [&files[3], &files[0]];
    let args: Vec<&str> = order.iter().map(|p| s(p)).collect();
    let out = score_ok(&[&["--format", "jsonl"], &args[..]].concat(), b"");
    assert!(out.ends_with('\n'));
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    let mut expected = Vec::new();
    for name in &args {
        let report = score_json(&[name], b"");
        for s in arr(&report["sentences"]) {
            let mut line = s.as_object().unwrap().clone();
            line.insert("document".into(), Value::String(name.to_string()));
            expected.push(Value::Object(line));
        }
    }
    assert_eq!(lines.len(), expected.len());
    for (got, want) in lines.iter().zip(&expected) {
        assert_eq!(
            keys(got),
            sorted(&["document", "index", "start", "end", "text", "mentions", "stances"])
        );
        assert_eq!(got, want);
    }
    // Sentence indices restart at 0 for the second document.
    let firsts: Vec<&Value> = lines.iter().filter(|l| l["index"] == 0).collect();
    assert_eq!(firsts.len(), 2);
    assert_eq!(firsts[0]["document"], args[0]);
    assert_eq!(firsts[1]["document"], args[1]);
}

#[test]
fn csv_has_the_documented_header_and_one_row_per_stance() {
    let files = examples();
    let args: Vec<&str> = vec![s(&files[2]), s(&files[1])];
    let out = score_ok(&[&["--format", "csv"], &args[..]].concat(), b"");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header.join(","),
        "document,sentence,start,end,target,holder,label,score,p_negative,p_neutral,p_positive,text"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let mut expected = Vec::new();
    for name in &args {
        let report = score_json(&[name], b"");
        for s in arr(&report["sentences"]) {
            for st in arr(&s["stances"]) {
                expected.push((name.to_string(), s.clone(), st.clone()));
            }
        }
    }
    assert_eq!(rows.len(), expected.len());
    assert!(!rows.is_empty());
    for (row, (name, s, st)) in rows.iter().zip(&expected) {
        assert_eq!(row.len(), 12);
        assert_eq!(&row[0], name.as_str());
        assert_eq!(row[1].parse::<usize>().unwrap(), usize_of(&s["index"]));
        assert_eq!(row[2].parse::<usize>().unwrap(), usize_of(&s["start"]));
        assert_eq!(row[3].parse::<usize>().unwrap(), usize_of(&s["end"]));
        assert_eq!(&row[4], str_of(&st["target"]));
        assert_eq!(&row[5], st["holder"].as_str().unwrap_or(""));
        assert_eq!(&row[6], str_of(&st["label"]));
        let score: f64 = row[7].parse().unwrap();
        assert!((score - st["score"].as_f64().unwrap()).abs() <= 5e-5 + 1e-12);
        let mut sum = 0.0;
        for (col, label) in [(8, "negative"), (9, "neutral"), (10, "positive")] {
            let p: f64 = row[col].parse().unwrap();
            assert!((p - st["probabilities"][label].as_f64().unwrap()).abs() <= 5e-5 + 1e-12);
            sum += p;
        }
        assert!(
            (sum - 1.0).abs() <= 2e-4,
            "rounded probabilities sum to {sum}"
        );
        assert_eq!(&row[11], str_of(&s["text"]));
    }
    // The header is written once, before the first file's rows.
    assert_eq!(out.matches("document,sentence,").count(), 1);
}

#[test]
fn csv_with_no_stances_is_just_the_header() {
    let out = score_ok(
        &["--format", "csv"],
        b"It rained all day and nobody came.\n",
    );
    assert_eq!(
        out,
        "document,sentence,start,end,target,holder,label,score,p_negative,p_neutral,p_positive,text\n"
    );
}

#[test]
fn stdin_via_dash_and_via_no_file_argument() {
    let path = repo("data/examples/summit.txt");
    let input = std::fs::read(&path).unwrap();
    let from_file = score_json(&[s(&path)], b"");
    assert_eq!(score_json(&["-"], &input), from_file);
    assert_eq!(score_json(&[], &input), from_file);

    let dash = score_ok(&["-"], &input);
    let none = score_ok(&[], &input);
    assert_eq!(dash, none);
    assert!(dash.starts_with("-: "), "{dash}");
    let file_table = score_ok(&[s(&path)], b"");
    assert_eq!(
        dash.split_once('\n').unwrap().1,
        file_table.split_once('\n').unwrap().1
    );

    let jsonl = score_ok(&["--format", "jsonl"], OBAMA.as_bytes());
    let line: Value = serde_json::from_str(jsonl.trim_end()).unwrap();
    assert_eq!(line["document"], "-");
    assert_eq!(line["text"], OBAMA);
}

#[test]
fn target_restricts_the_report_to_one_actor() {
    let all = score_json(&[], KREMLIN.as_bytes());
    check_report(KREMLIN.as_bytes(), &all);
    let names: Vec<&str> = arr(&all["actors"])
        .iter()
        .map(|a| str_of(&a["actor"]))
        .collect();
    assert!(
        names.contains(&"Russia") && names.contains(&"Germany"),
        "{names:?}"
    );
    assert!(names.len() >= 3);

    let russia_all = arr(&all["actors"])
        .iter()
        .find(|a| a["actor"] == "Russia")
        .unwrap();
    for target in ["Russia", "russia", "Kremlin", "KREMLIN", "kremlin"] {
        let only = score_json(&["--target", target], KREMLIN.as_bytes());
        check_report(KREMLIN.as_bytes(), &only);
        let actors = arr(&only["actors"]);
        assert_eq!(actors.len(), 1, "--target {target}: {actors:?}");
        // Same summary as in the unfiltered report.
        assert_eq!(&actors[0], russia_all, "--target {target}");
        let stances = all_stances(&only);
        assert!(!stances.is_empty());
        assert!(stances.iter().all(|s| s["target"] == "Russia"));
        for s in arr(&only["sentences"]) {
            assert!(arr(&s["mentions"]).iter().all(|m| m["actor"] == "Russia"));
        }
        // Sentences are all still there, only their mentions and stances are filtered.
        assert_eq!(arr(&only["sentences"]).len(), arr(&all["sentences"]).len());
        assert!(arr(&only["relations"])
            .iter()
            .all(|r| r["target"] == "Russia"));
        // The stances toward Russia are those of the full report.
        let full: Vec<&Value> = all_stances(&all)
            .into_iter()
            .filter(|s| s["target"] == "Russia")
            .collect();
        assert_eq!(stances, full);
    }

    let table = score_ok(&["--target", "Kremlin"], KREMLIN.as_bytes());
    assert!(table.starts_with("-: 3 sentences, 1 actors, "), "{table}");
    assert!(!table.contains("Germany    "), "{table}");

    // Repeated --target keeps each named actor.
    let two = score_json(
        &["--target", "Russia", "--target", "germany"],
        KREMLIN.as_bytes(),
    );
    let mut got: Vec<&str> = arr(&two["actors"])
        .iter()
        .map(|a| str_of(&a["actor"]))
        .collect();
    got.sort_unstable();
    assert_eq!(got, ["Germany", "Russia"]);

    // A target that is not in the text leaves nothing to report.
    let none = score_json(&["--target", "Atlantis"], KREMLIN.as_bytes());
    assert!(arr(&none["actors"]).is_empty());
    assert!(all_stances(&none).is_empty());
    assert!(arr(&none["relations"]).is_empty());
}

#[test]
fn actors_file_adds_and_overrides_actors() {
    let dir = tempfile::tempdir().unwrap();
    let actors = write(
        dir.path(),
        "actors.csv",
        "name,kind,aliases\nZubrovia,country,Zubrovian|Zubrovians\nRussia,country,Rossiya\n",
    );
    let text = "Zubrovia recalled its ambassador from Germany on Monday. \
                The Zubrovians accused Berlin of meddling, and Moscow praised Rossiya.\n";
    let before = score_json(&[], text.as_bytes());
    assert!(!arr(&before["actors"])
        .iter()
        .any(|a| a["actor"] == "Zubrovia"));

    let report = score_json(&["--actors", s(&actors)], text.as_bytes());
    check_report(text.as_bytes(), &report);
    let zubrovia = arr(&report["actors"])
        .iter()
        .find(|a| a["actor"] == "Zubrovia")
        .expect("the added actor is found");
    assert_eq!(zubrovia["kind"], "country");
    assert_eq!(zubrovia["mentions"], 2);
    assert_eq!(
        zubrovia["aliases"],
        serde_json::json!(["Zubrovia", "Zubrovians"])
    );
    let first = &arr(&report["sentences"])[0];
    let m = &arr(&first["mentions"])[0];
    assert_eq!(
        (m["actor"].as_str(), m["text"].as_str()),
        (Some("Zubrovia"), Some("Zubrovia"))
    );
    assert_eq!(usize_of(&m["start"]), 0);
    assert!(arr(&first["stances"])
        .iter()
        .any(|s| s["target"] == "Zubrovia"));

    // The row for Russia replaces the built-in aliases: Rossiya is found, Moscow no longer is.
    let russia = arr(&report["actors"])
        .iter()
        .find(|a| a["actor"] == "Russia")
        .unwrap();
    assert_eq!(russia["aliases"], serde_json::json!(["Rossiya"]));
    assert_eq!(russia["mentions"], 1);

    // Also with --target on the new actor and its alias.
    let only = score_json(
        &["--actors", s(&actors), "--target", "zubrovians"],
        text.as_bytes(),
    );
    assert_eq!(arr(&only["actors"]).len(), 1);
    assert_eq!(arr(&only["actors"])[0]["actor"], "Zubrovia");
}

#[test]
fn bad_actors_file_fails_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad_actors.csv",
        "name,kind,aliases\nZubrovia,country,Zubrovian\nFreedonia,nation,Freedonian\n",
    );
    let line = score_fails(&["--actors", s(&bad)], OBAMA.as_bytes(), 2);
    assert_eq!(
        line,
        format!(
            "stance: {}:3: unknown kind \"nation\" (expected country, organisation, group, person, party, place or other)",
            bad.display()
        )
    );

    let missing = dir.path().join("no_such_actors.csv");
    let line = score_fails(&["--actors", s(&missing)], OBAMA.as_bytes(), 2);
    assert!(
        line.starts_with(&format!("stance: {}: cannot read", missing.display())),
        "{line}"
    );

    let no_kind = write(
        dir.path(),
        "no_kind.csv",
        "name,aliases\nZubrovia,Zubrovian\n",
    );
    let line = score_fails(&["--actors", s(&no_kind)], OBAMA.as_bytes(), 2);
    assert_eq!(
        line,
        format!(
            "stance: {}:1: missing column \"kind\" in header (expected name,kind,aliases)",
            no_kind.display()
        )
    );
}

#[test]
fn text_without_actors_says_so() {
    let text = b"It rained all day in the valley and nobody came to the market.\n";
    let table = score_ok(&[], text);
    assert_eq!(
        table,
        "-: 1 sentences, 0 actors, 0 relations (model default)\n\nno actors found in this text\n"
    );
    let report = score_json(&[], text);
    check_report(text, &report);
    assert_eq!(arr(&report["sentences"]).len(), 1);
    assert!(arr(&report["actors"]).is_empty());
    assert!(arr(&report["relations"]).is_empty());
    assert!(all_stances(&report).is_empty());
}

#[test]
fn empty_and_whitespace_only_input_succeed() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.txt", ""),
        ("blank.txt", "   \n\n\t \r\n  \n"),
        ("nbsp.txt", "\u{a0}\u{2003}\n"),
    ] {
        let path = write(dir.path(), name, text);
        let table = score_ok(&[s(&path)], b"");
        assert_eq!(
            table,
            format!(
                "{}: 0 sentences, 0 actors, 0 relations (model default)\n\nno actors found in this text\n",
                path.display()
            ),
            "{name}"
        );
        let report = score_json(&[s(&path)], b"");
        check_report(text.as_bytes(), &report);
        assert!(arr(&report["sentences"]).is_empty(), "{name}");
        assert_eq!(score_ok(&["--format", "jsonl", s(&path)], b""), "");
        // Same through stdin.
        let report = score_json(&[], text.as_bytes());
        assert!(arr(&report["sentences"]).is_empty(), "{name} via stdin");
    }
}

#[test]
fn unreadable_inputs_fail_with_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let line = score_fails(&[s(dir.path())], b"", 2);
    assert_eq!(
        line,
        format!(
            "stance: {}: is a directory, expected a text file",
            dir.path().display()
        )
    );

    let missing = dir.path().join("missing.txt");
    let line = score_fails(&[s(&missing)], b"", 1);
    assert!(
        line.starts_with(&format!("stance: {}: ", missing.display())),
        "{line}"
    );

    let nul = write(dir.path(), "binary.txt", b"Russia praised\0 Germany.\n");
    let line = score_fails(&[s(&nul)], b"", 2);
    assert_eq!(
        line,
        format!(
            "stance: {}: contains NUL bytes: binary data, not a text article",
            nul.display()
        )
    );

    let latin1 = write(
        dir.path(),
        "latin1.txt",
        b"Russia praised Germany.\n\nFrance was silent.\nThe caf\xe9 in Paris closed.\n",
    );
    let line = score_fails(&[s(&latin1)], b"", 2);
    assert_eq!(
        line,
        format!(
            "stance: {}:4: invalid UTF-8; convert the file to UTF-8 first",
            latin1.display()
        )
    );

    // Invalid UTF-8 on stdin names `-`.
    let line = score_fails(&[], b"Russia \xff\xfe praised Germany.", 2);
    assert_eq!(
        line,
        "stance: -:1: invalid UTF-8; convert the file to UTF-8 first"
    );

    // A bad file after a good one: the error still names the bad file, in one line.
    let good = write(dir.path(), "good.txt", OBAMA);
    let out = score(&["--format", "jsonl", s(&good), s(&nul)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&nul.display().to_string()), "{stderr}");
}

#[test]
fn mixed_scripts_and_emoji_keep_offsets_on_char_boundaries() {
    let text = "Россия и Germany 🤝 signed a deal in Berlin. \
                “Japan 🇯🇵 welcomed it,” said 李明 of China. \
                Ελλάδα was silent; France praised Moscow 👍.\n\n\
                Ukraine’s envoy — née Müller — thanked Poland 🙏🏽 and the E.U. for their help.\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.txt", text);
    let report = score_json(&[s(&path)], b"");
    check_report(text.as_bytes(), &report);
    let sentences = arr(&report["sentences"]);
    assert_eq!(sentences.len(), 4);
    let mentioned: Vec<(&str, &str)> = sentences
        .iter()
        .flat_map(|s| arr(&s["mentions"]))
        .map(|m| (str_of(&m["actor"]), str_of(&m["text"])))
        .collect();
    for pair in [
        ("Germany", "Germany"),
        ("Japan", "Japan"),
        ("China", "China"),
        ("France", "France"),
        ("Russia", "Moscow"),
        ("Poland", "Poland"),
    ] {
        assert!(mentioned.contains(&pair), "{pair:?} not in {mentioned:?}");
    }
    // Offsets are bytes, not chars: "Germany" comes after two Cyrillic words.
    let germany = &arr(&sentences[0]["mentions"])[0];
    assert_eq!(usize_of(&germany["start"]), text.find("Germany").unwrap());
    assert_eq!(usize_of(&germany["start"]), 16);

    // The CSV and JSONL outputs carry the same offsets.
    let csv_out = score_ok(&["--format", "csv", s(&path)], b"");
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    for row in reader.records() {
        let row = row.unwrap();
        let (start, end): (usize, usize) = (row[2].parse().unwrap(), row[3].parse().unwrap());
        assert_eq!(&text[start..end], &row[11]);
    }
    let jsonl = score_ok(&["--format", "jsonl", s(&path)], b"");
    for line in jsonl.lines() {
        let s: Value = serde_json::from_str(line).unwrap();
        let (start, end) = (usize_of(&s["start"]), usize_of(&s["end"]));
        assert_eq!(&text[start..end], str_of(&s["text"]));
    }
}

#[test]
fn crlf_input_keeps_offsets() {
    let text = "Russia praised Germany.\r\n\r\nFrance condemned the Kremlin.\r\n";
    let report = score_json(&[], text.as_bytes());
    check_report(text.as_bytes(), &report);
    assert_eq!(arr(&report["sentences"]).len(), 2);
}

#[test]
fn missing_or_invalid_model_fails_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.stance");
    let line = score_fails(&["--model", s(&missing)], OBAMA.as_bytes(), 2);
    assert!(
        line.starts_with(&format!("stance: {}: ", missing.display())),
        "{line}"
    );

    let junk = write(dir.path(), "junk.stance", "this is not a model\n");
    let line = score_fails(&["-m", s(&junk)], OBAMA.as_bytes(), 2);
    assert!(
        line.starts_with(&format!("stance: {}: ", junk.display())),
        "{line}"
    );
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = score(&["--format", "xml", "-"])
        .write_stdin(OBAMA)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn target_is_case_insensitive_beyond_ascii() {
    let text = "Türkiye praised Greece on Monday.\n";
    let exact = score_json(&["--target", "Türkiye"], text.as_bytes());
    assert_eq!(arr(&exact["actors"]).len(), 1);
    assert_eq!(arr(&exact["actors"])[0]["actor"], "Turkey");
    let upper = score_json(&["--target", "TÜRKIYE"], text.as_bytes());
    assert_eq!(upper["actors"], exact["actors"]);
}

#[test]
fn actor_names_are_unique_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let actors = write(
        dir.path(),
        "actors.csv",
        "name,kind,aliases\nZubrovia Corp.,organisation,\n",
    );
    let text = "Zubrovia Corp.Its shares fell. Zubrovia Corp. denied it.";
    let report = score_json(&["--actors", s(&actors)], text.as_bytes());
    check_report(text.as_bytes(), &report);
    let actors = arr(&report["actors"]);
    assert_eq!(actors.len(), 1, "{actors:?}");
    assert_eq!(actors[0]["mentions"], 2);
}
