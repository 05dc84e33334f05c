//! The streaming filter contract of `stance score --input jsonl` (for Spark `RDD.pipe` and
//! Hadoop Streaming): exactly one output line per input line, in order, ids preserved, bad
//! lines reported without stopping the stream.

mod common;

use common::{assert_success, json_lines, repo, stance};
use serde_json::Value;

fn filter(input: &str) -> Vec<Value> {
    let out = stance()
        .args(["score", "--input", "jsonl", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_success(&out);
    json_lines(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn one_line_out_per_line_in_with_ids_and_order() {
    let mut input = String::new();
    for i in 0..25 {
        input.push_str(&format!("{{\"id\": \"doc-{i}\", \"text\": \"Observers in Kenya praised Ghana, article {i}.\"}}\n"));
    }
    let out = filter(&input);
    assert_eq!(out.len(), 25);
    for (i, line) in out.iter().enumerate() {
        assert_eq!(line["id"], format!("doc-{i}"));
        let report = &line["report"];
        assert_eq!(
            report["sentences"][0]["text"],
            format!("Observers in Kenya praised Ghana, article {i}.")
        );
        assert!(report["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["actor"] == "Ghana"));
    }
}

#[test]
fn bad_lines_are_reported_and_the_stream_goes_on() {
    let input = "{\"id\": 7, \"text\": \"Paris praised Rome.\"}\n\
                 this is not json\n\
                 {\"id\": [1, 2], \"text\": 5}\n\
                 {\"id\": \"no-text\"}\n\
                 \n\
                 [1, 2]\n\
                 {\"text\": \"Oslo met Lima.\"}\r\n";
    let out = filter(input);
    assert_eq!(out.len(), 7, "one output per input line");
    assert_eq!(out[0]["id"], 7);
    assert!(out[0]["report"].is_object());
    assert_eq!(out[1]["id"], Value::Null);
    assert!(out[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("-:2: not a JSON object"));
    assert_eq!(out[2]["id"], serde_json::json!([1, 2]));
    assert_eq!(out[2]["error"], "-:3: \"text\" must be a string");
    assert_eq!(out[3]["id"], "no-text");
    assert_eq!(out[3]["error"], "-:4: missing \"text\"");
    assert!(out[4]["error"].as_str().unwrap().starts_with("-:5: "));
    assert_eq!(out[5]["error"], "-:6: not a JSON object");
    assert_eq!(out[6]["id"], Value::Null);
    assert!(out[6]["report"].is_object(), "CRLF line ends work");
}

#[test]
fn report_is_the_same_as_format_json() {
    let text = "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.";
    let line = serde_json::json!({ "id": "x", "text": text }).to_string();
    let via_filter = filter(&format!("{line}\n")).remove(0);
    let out = stance()
        .args(["score", "--format", "json", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let direct: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(via_filter["report"], direct);
}

#[test]
fn empty_input_gives_empty_output() {
    assert!(filter("").is_empty());
}

/// More lines than one parallel batch, scored with 1 and with 3 threads: same bytes, in order.
#[test]
fn parallel_scoring_keeps_order_and_output() {
    let mut input = String::new();
    for i in 0..150 {
        let text = match i % 3 {
            0 => format!("Observers in Kenya praised Ghana, report {i}."),
            1 => format!("Critics in Brussels condemned Moscow over case {i}."),
            _ => "broken line".to_string(),
        };
        if i % 3 == 2 {
            input.push_str(&text);
            input.push('\n');
        } else {
            input.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
            input.push('\n');
        }
    }
    let run = |jobs: &str| {
        stance()
            .args(["score", "--input", "jsonl", "--jobs", jobs, "-"])
            .write_stdin(input.clone())
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("3"));
    let lines = json_lines(&String::from_utf8(one).unwrap());
    assert_eq!(lines.len(), 150);
    for (i, line) in lines.iter().enumerate() {
        if i % 3 == 2 {
            assert!(line["error"]
                .as_str()
                .unwrap()
                .starts_with(&format!("-:{}:", i + 1)));
        } else {
            assert_eq!(line["id"], i);
        }
    }
}

#[test]
fn parallel_files_keep_input_order() {
    let dir = repo("data/examples");
    let files: Vec<String> = ["trade", "summit", "ceasefire", "sanctions", "summit"]
        .iter()
        .map(|n| dir.join(format!("{n}.txt")).display().to_string())
        .collect();
    let run = |jobs: &str| {
        stance()
            .args(["score", "--format", "jsonl", "--jobs", jobs])
            .args(&files)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    let documents: Vec<String> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["document"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut order = documents.clone();
    order.dedup();
    assert_eq!(order, files);
}
