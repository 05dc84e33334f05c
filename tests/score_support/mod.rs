//! Shared by the `cli_score*` tests: running `stance score` and checking its reports
//! against the documented contract and the input bytes.
#![allow(dead_code)] // each test file uses a different subset

use crate::common::{repo, stance};
use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

pub const OBAMA: &str =
    "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.";

/// An invented article with a metonym (the Kremlin), a quote with a speaker and several actors.
pub const KREMLIN: &str = "The Kremlin rejected the new proposal from Berlin on Tuesday.\n\n\
“Germany keeps moving the goalposts,” said Foreign Minister Pavel Sorokin. \
China urged both sides to return to the table, while Russia blamed NATO for the delay.\n";

pub const LABELS: [&str; 3] = ["negative", "neutral", "positive"];

/// `stance score <args>`, run from the repository root.
pub fn score(args: &[&str]) -> Command {
    let mut cmd = stance();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("score")
        .args(args);
    cmd
}

pub fn examples() -> Vec<PathBuf> {
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
pub fn score_ok(args: &[&str], stdin: &[u8]) -> String {
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

pub fn score_json(args: &[&str], stdin: &[u8]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let out = score_ok(&all, stdin);
    serde_json::from_str(&out).expect("--format json parses")
}

/// Runs `stance score <args>`, expects failure with `code` and returns the single stderr line.
pub fn score_fails(args: &[&str], stdin: &[u8], code: i32) -> String {
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

pub fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

pub fn sorted<'a>(names: &[&'a str]) -> Vec<&'a str> {
    let mut v = names.to_vec();
    v.sort_unstable();
    v
}

pub fn usize_of(v: &Value) -> usize {
    v.as_u64().unwrap_or_else(|| panic!("not an integer: {v}")) as usize
}

pub fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

pub fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

pub fn all_stances(report: &Value) -> Vec<&Value> {
    arr(&report["sentences"])
        .iter()
        .flat_map(|s| arr(&s["stances"]))
        .collect()
}

pub fn assert_signed_score(v: &Value) {
    if !v.is_null() {
        let x = v.as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&x), "score out of range: {x}");
    }
}

/// Checks one report against the documented contract and against the input bytes.
pub fn check_report(input: &[u8], report: &Value) {
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
    let mut stance_scores = std::collections::BTreeMap::<&str, Vec<f64>>::new();
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
            assert_eq!(
                keys(m),
                sorted(&["actor", "text", "start", "end", "pronoun"])
            );
            let (ms, me) = (usize_of(&m["start"]), usize_of(&m["end"]));
            assert!(prev_mention_end <= ms && ms < me && me <= end, "{m} in {s}");
            prev_mention_end = me;
            assert!(text.is_char_boundary(ms) && text.is_char_boundary(me));
            assert_eq!(&input[ms..me], str_of(&m["text"]).as_bytes());
            let actor = str_of(&m["actor"]);
            // The summary counts names; pronouns (`he`), descriptions (`the agency`, `this
            // company`) and titles (`the prime minister`) show where a sentence refers back.
            if m["pronoun"] == false {
                *mentions_per_actor.entry(actor).or_default() += 1;
            } else {
                let words = str_of(&m["text"]).to_lowercase();
                let rest = words.strip_prefix("the").or(words.strip_prefix("this"));
                let description = rest.is_some_and(|noun| {
                    noun.starts_with(char::is_whitespace)
                        && noun
                            .trim()
                            .chars()
                            .all(|c| c.is_lowercase() || c.is_whitespace() || c == '-' || c == '.')
                });
                assert!(
                    description || ["he", "she", "him", "her", "his"].contains(&words.as_str()),
                    "{m}"
                );
            }
            seen_in_sentence.push(actor);
        }
        let mut targets = Vec::new();
        for st in arr(&s["stances"]) {
            assert_eq!(
                keys(st),
                sorted(&[
                    "target",
                    "holder",
                    "joint_holders",
                    "speaker",
                    "via",
                    "label",
                    "score",
                    "probabilities"
                ])
            );
            let target = str_of(&st["target"]);
            // A stance through a pronoun: the sentence does not name the target, and the
            // pronoun is one of its mentions there.
            let of_target = |m: &&Value| str_of(&m["actor"]) == target;
            let target_mentions: Vec<&Value> =
                arr(&s["mentions"]).iter().filter(of_target).collect();
            match st["via"].as_str() {
                None => assert!(
                    st["via"].is_null() && target_mentions.iter().any(|m| m["pronoun"] == false),
                    "{st}"
                ),
                Some(via) => assert!(
                    target_mentions.iter().all(|m| m["pronoun"] == true)
                        && target_mentions.iter().any(|m| str_of(&m["text"]) == via),
                    "{st} in {s}"
                ),
            }
            assert!(
                seen_in_sentence.contains(&target),
                "stance target {target} is not mentioned in {s}"
            );
            assert!(!targets.contains(&target), "two stances toward {target}");
            targets.push(target);
            let joint: Vec<&str> = arr(&st["joint_holders"]).iter().map(str_of).collect();
            let speaker = st["speaker"].as_bool().expect("speaker is a boolean");
            assert!(
                !speaker || st["holder"].is_null(),
                "a speaker with a holder: {st}"
            );
            if st["holder"].is_null() {
                assert!(joint.is_empty(), "joint holders without a holder in {s}");
            } else {
                let holder = str_of(&st["holder"]);
                assert_ne!(holder, target, "holder is its own target");
                assert!(!joint.contains(&holder) && !joint.contains(&target), "{st}");
                assert!(joint.windows(2).all(|w| w[0] != w[1]), "{st}");
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
            if !speaker {
                stance_scores.entry(target).or_default().push(score);
            }
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
        // The summary is the mean over the stances toward the actor, speaker rows left out.
        match stance_scores.get(name) {
            Some(scores) => {
                let mean = scores.iter().sum::<f64>() / scores.len() as f64;
                let got = a["score"].as_f64().expect("a summarised actor has a score");
                assert!(
                    (got - mean).abs() < 1e-9,
                    "{name}: score {got}, mean {mean}"
                );
            }
            None => assert!(a["score"].is_null() && a["label"].is_null(), "{a}"),
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
                arr(&s["stances"]).iter().any(|st| st["target"] == target
                    && (st["holder"] == holder
                        || arr(&st["joint_holders"]).iter().any(|j| j == holder))),
                "relation {holder} -> {target} rests on sentence {k}, which has no such stance"
            );
        }
    }
}
