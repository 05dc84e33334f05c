//! CLI tests for `stance score` output: every format on the shipped example articles and on
//! short invented news texts written inside the tests, checked against the report contract.

mod common;
mod score_support;

use common::s;
use score_support::*;
use serde_json::Value;

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
fn a_pronoun_after_someone_unnamed_who_speaks_is_theirs() {
    let text = "Foreign Minister Khalid Mansour, who is chairing the sessions, said both \
                delegations had agreed to a pause.\n\nMansour defended the approach, saying \
                civilians would join later. He said the two delegations would meet again on \
                Thursday.\n\nOne Western envoy said the army appeared more willing to compromise \
                than the RSF, which he said was \"playing for time\".\n";
    let report = score_json(&[], text.as_bytes());
    check_report(text.as_bytes(), &report);
    let sentences = arr(&report["sentences"]);
    let targets = |i: usize| -> Vec<String> {
        arr(&sentences[i]["stances"])
            .iter()
            .map(|st| st["target"].as_str().unwrap().to_owned())
            .collect()
    };
    // The minister's own `He` still names him; the envoy's `he` names no one.
    assert!(targets(2).contains(&"Khalid Mansour".to_owned()));
    assert_eq!(targets(3), ["Rapid Support Forces"]);
}

#[test]
fn a_pronoun_carries_the_stance_toward_the_person_it_refers_to() {
    let text = "Minister Amina Diallo met Prime Minister Kofi Mensah in Accra.\n\n\
                President Ruto praised him for his courage, and Odinga thanked her warmly.\n";
    let report = score_json(&[], text.as_bytes());
    check_report(text.as_bytes(), &report);
    let second = &arr(&report["sentences"])[1];
    let toward = |actor: &str| {
        arr(&second["stances"])
            .iter()
            .find(|st| st["target"] == actor)
            .unwrap_or_else(|| panic!("no stance toward {actor} in {second}"))
            .clone()
    };
    let (mensah, diallo) = (toward("Kofi Mensah"), toward("Amina Diallo"));
    assert_eq!(
        (&mensah["via"], &mensah["holder"]),
        (&"him".into(), &"Ruto".into())
    );
    assert_eq!(
        (&diallo["via"], &diallo["holder"]),
        (&"her".into(), &"Odinga".into())
    );
    assert!(toward("Ruto")["via"].is_null());
    // The summary counts the names only; the table says which word it read.
    let count = |actor: &str| {
        arr(&report["actors"])
            .iter()
            .find(|a| a["actor"] == actor)
            .map(|a| usize_of(&a["mentions"]))
    };
    assert_eq!(count("Kofi Mensah"), Some(1));
    let table = score_ok(&[], text.as_bytes());
    assert!(table.contains("(as \"him\"; holder: Ruto)"), "{table}");
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
        "document,sentence,start,end,target,holder,joint_holders,speaker,via,label,score,p_negative,p_neutral,p_positive,text"
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
        assert_eq!(row.len(), 15);
        assert_eq!(&row[0], name.as_str());
        assert_eq!(row[1].parse::<usize>().unwrap(), usize_of(&s["index"]));
        assert_eq!(row[2].parse::<usize>().unwrap(), usize_of(&s["start"]));
        assert_eq!(row[3].parse::<usize>().unwrap(), usize_of(&s["end"]));
        assert_eq!(&row[4], str_of(&st["target"]));
        assert_eq!(&row[5], st["holder"].as_str().unwrap_or(""));
        let joint: Vec<&str> = arr(&st["joint_holders"]).iter().map(str_of).collect();
        assert_eq!(&row[6], joint.join("; "));
        assert_eq!(&row[7], st["speaker"].as_bool().unwrap().to_string());
        assert_eq!(&row[8], st["via"].as_str().unwrap_or(""));
        assert_eq!(&row[9], str_of(&st["label"]));
        let score: f64 = row[10].parse().unwrap();
        assert!((score - st["score"].as_f64().unwrap()).abs() <= 5e-5 + 1e-12);
        let mut sum = 0.0;
        for (col, label) in [(11, "negative"), (12, "neutral"), (13, "positive")] {
            let p: f64 = row[col].parse().unwrap();
            assert!((p - st["probabilities"][label].as_f64().unwrap()).abs() <= 5e-5 + 1e-12);
            sum += p;
        }
        assert!(
            (sum - 1.0).abs() <= 2e-4,
            "rounded probabilities sum to {sum}"
        );
        assert_eq!(&row[14], str_of(&s["text"]));
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
        "document,sentence,start,end,target,holder,joint_holders,speaker,via,label,score,p_negative,p_neutral,p_positive,text\n"
    );
}
