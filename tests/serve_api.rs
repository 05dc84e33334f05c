//! API tests against a real `stance serve` on an ephemeral loopback port: every endpoint
//! and its answers. Error answers are in `serve_errors.rs`.

mod common;
#[allow(dead_code)]
mod serve_support;

use common::{assert_success, json_lines, s, stance, write};
use serde_json::{json, Value};
use serve_support::{example, examples_dir, Server};

fn cli_json(args: &[&str]) -> Value {
    let out = stance().args(args).output().unwrap();
    assert_success(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn healthz_and_model_metadata() {
    let server = Server::start(&[]);
    let health = server.get("/healthz");
    assert_eq!(health.status, 200);
    assert_eq!(health.json()["status"], "ok");

    let model = server.get("/v1/model");
    assert_eq!(model.status, 200);
    assert_eq!(model.header("content-type"), Some("application/json"));
    // The same metadata `stance inspect` prints.
    assert_eq!(model.json(), cli_json(&["inspect"]));
}

#[test]
fn score_plain_text_matches_the_cli_report() {
    let server = Server::start(&[]);
    let path = examples_dir().join("summit.txt");
    let res = server.post(
        "/v1/score",
        "text/plain; charset=utf-8",
        std::fs::read(&path).unwrap(),
    );
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.header("content-type"), Some("application/json"));
    let served = res.json();
    let printed = cli_json(&["score", "--format", "json", s(&path)]);
    assert_eq!(served, printed);
    assert!(served["actors"].as_array().unwrap().len() >= 5);
    assert!(!served["relations"].as_array().unwrap().is_empty());
}

#[test]
fn score_json_with_targets_filters_the_report() {
    let server = Server::start(&[]);
    let text = example("summit");
    let res = server.post_json("/v1/score", &json!({"text": text, "targets": ["russia"]}));
    assert_eq!(res.status, 200, "{}", res.text());
    let report = res.json();
    let actors = report["actors"].as_array().unwrap();
    assert_eq!(actors.len(), 1);
    assert_eq!(actors[0]["actor"], "Russia");
    for s in report["sentences"].as_array().unwrap() {
        for st in s["stances"].as_array().unwrap() {
            assert_eq!(st["target"], "Russia");
        }
    }
    // Without targets, JSON and plain text give the same report.
    let all = server.post_json("/v1/score", &json!({"text": text})).json();
    assert_eq!(all, server.post("/v1/score", "text/plain", &text).json());
}

#[test]
fn score_offsets_are_utf8_byte_offsets() {
    let server = Server::start(&[]);
    let text = "“Zürich’s envoy praised Russia,” said Élodie Marchetti. Iran condemned NATO.";
    let report = server.post("/v1/score", "text/plain", text).json();
    for s in report["sentences"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert_eq!(&text[a as usize..b as usize], s["text"]);
        for m in s["mentions"].as_array().unwrap() {
            let (a, b) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert_eq!(&text[a as usize..b as usize], m["text"]);
        }
    }
}

#[test]
fn custom_actors_file_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "actors.csv",
        "name,kind,aliases\nBlue Heron Cooperative,organisation,Heron Co-op\n",
    );
    let server = Server::start(&["--actors", s(&csv)]);
    let text = "Farmers praised the Heron Co-op for its fair prices.";
    let report = server.post("/v1/score", "text/plain", text).json();
    let names: Vec<&str> = report["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actor"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Blue Heron Cooperative"), "{names:?}");
}

#[test]
fn predict_by_target_text_and_by_span() {
    let server = Server::start(&[]);
    let text = "Critics sharply condemned Obama for the failed policy.";
    let by_text = server.post_json("/v1/predict", &json!({"text": text, "target": "Obama"}));
    assert_eq!(by_text.status, 200, "{}", by_text.text());
    let p = by_text.json();
    assert_eq!(p["target"], "Obama");
    assert_eq!(p["target_start"], 26);
    assert_eq!(p["target_end"], 31);
    let labels = server.get("/v1/model").json()["labels"].clone();
    assert!(labels.as_array().unwrap().contains(&p["label"]));
    let probs = p["probabilities"].as_object().unwrap();
    assert_eq!(probs.len(), labels.as_array().unwrap().len());
    let sum: f64 = probs.values().map(|v| v.as_f64().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-9);
    let score = p["score"].as_f64().unwrap();
    assert!(
        (probs["positive"].as_f64().unwrap() - probs["negative"].as_f64().unwrap() - score).abs()
            < 1e-12
    );

    let by_span = server.post_json(
        "/v1/predict",
        &json!({"text": text, "target_start": 26, "target_end": 31}),
    );
    assert_eq!(by_span.json(), p);
    let both = server.post_json(
        "/v1/predict",
        &json!({"text": text, "target": "Obama", "target_start": 26, "target_end": 31}),
    );
    assert_eq!(both.json(), p);
}

#[test]
fn predict_toward_a_topic_the_text_does_not_name() {
    let server = Server::start(&[]);
    let text = "Wind farms bring cheap power and jobs to our region.";
    let res = server.post_json(
        "/v1/predict",
        &json!({"text": text, "topic": "Clean energy"}),
    );
    assert_eq!(res.status, 200, "{}", res.text());
    let p = res.json();
    assert_eq!(p["target"], "Clean energy");
    assert_eq!(
        (p["target_start"].as_u64(), p["target_end"].as_u64()),
        (Some(0), Some(0))
    );
    let sum: f64 = p["probabilities"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_f64().unwrap())
        .sum();
    assert!((sum - 1.0).abs() < 1e-9);
}

#[test]
fn batch_streams_results_in_order() {
    let server = Server::start(&["--workers", "2"]);
    let names = ["summit", "sanctions", "ceasefire", "trade", "summit"];
    let mut body = String::new();
    for (i, name) in names.iter().enumerate() {
        let line = json!({"id": format!("doc-{i}"), "text": example(name)});
        body.push_str(&line.to_string());
        body.push_str("\n\n");
    }
    body.push_str(&json!({"text": example("trade"), "targets": ["Brazil"]}).to_string());
    let res = server.post("/v1/batch", "application/x-ndjson", &body);
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.header("content-type"), Some("application/x-ndjson"));
    assert_eq!(res.header("transfer-encoding"), Some("chunked"));
    let lines = json_lines(&res.text());
    assert_eq!(lines.len(), names.len() + 1);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["index"], i);
        assert!(line.get("error").is_none(), "{line}");
    }
    for (i, name) in names.iter().enumerate() {
        assert_eq!(lines[i]["id"], format!("doc-{i}"));
        let single = server.post("/v1/score", "text/plain", example(name)).json();
        assert_eq!(lines[i]["report"], single, "document {i}");
    }
    assert!(lines[5].get("id").is_none());
    for a in lines[5]["report"]["actors"].as_array().unwrap() {
        assert_eq!(a["actor"], "Brazil");
    }
}

#[test]
fn many_requests_are_scored_concurrently() {
    let server = Server::start(&["--workers", "2"]);
    let text = example("ceasefire");
    let expected = server.post("/v1/score", "text/plain", &text).json();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..16)
            .map(|_| scope.spawn(|| server.post("/v1/score", "text/plain", &text)))
            .collect();
        for h in handles {
            let res = h.join().unwrap();
            assert_eq!(res.status, 200);
            assert_eq!(res.json(), expected);
        }
    });
}

#[test]
fn dashboard_and_its_assets_are_served() {
    let server = Server::start(&[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"));
    let html = page.text();
    assert!(html.contains("/dashboard.js") && html.contains("/dashboard.css"));
    // Nothing is fetched from another host: the machine has no internet.
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "external URL in page"
    );
    let js = server.get("/dashboard.js");
    assert_eq!(js.status, 200);
    assert!(js
        .header("content-type")
        .unwrap()
        .starts_with("text/javascript"));
    assert!(js.text().contains("/v1/score"));
    assert!(!js.text().contains("https://"));
    assert_eq!(server.get("/dashboard.css").status, 200);
    let sample = server.get("/sample.txt");
    assert_eq!(sample.text(), example("summit"));
}

#[test]
fn help_says_loopback_is_the_default() {
    let out = stance().args(["serve", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("[default: 127.0.0.1:8080]"), "{help}");
    assert!(
        help.contains("[default: 1MiB]") && help.contains("[default: 30s]"),
        "{help}"
    );
}
