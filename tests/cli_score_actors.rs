//! CLI tests for which actors `stance score` reports: `--target` filters and `--actors`
//! files (added, overriding and bad ones), and unique actor names.

mod common;
mod score_support;

use common::{s, write};
use score_support::*;
use serde_json::Value;

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
