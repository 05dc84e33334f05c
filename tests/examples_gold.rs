//! Measures `score_article` on the project's example articles against their hand-written
//! gold stances (data/examples/*.gold.csv): actor recall, holder accuracy, label accuracy.
//! The run is deterministic, so the lower bounds below cannot flake; they guard against
//! regressions. Run with `--nocapture` to see the figures.

use stance::Model;
use std::path::Path;

#[derive(Default)]
struct Tally {
    gold: usize,
    found: usize,
    holder_right: usize,
    label_right: usize,
}

#[derive(serde::Deserialize)]
struct GoldRow {
    sentence: usize,
    target: String,
    holder: String,
    label: String,
}

fn score_example(model: &Model, name: &str, total: &mut Tally) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let report = model.score_article(&text);
    let mut tally = Tally::default();
    let mut reader = csv::Reader::from_path(dir.join(format!("{name}.gold.csv"))).unwrap();
    for row in reader.deserialize::<GoldRow>() {
        let gold = row.unwrap();
        tally.gold += 1;
        let Some(sentence) = report.sentences.get(gold.sentence) else {
            continue;
        };
        let Some(stance) = sentence.stances.iter().find(|s| s.target == gold.target) else {
            println!("  {name}[{}]: missed {} ", gold.sentence, gold.target);
            continue;
        };
        tally.found += 1;
        let holder = stance.holder.clone().unwrap_or_default();
        if holder == gold.holder {
            tally.holder_right += 1;
        } else {
            println!(
                "  {name}[{}]: {} holder {:?}, gold {:?}",
                gold.sentence, gold.target, holder, gold.holder
            );
        }
        if stance.label == gold.label {
            tally.label_right += 1;
        }
    }
    println!(
        "{name}: {} gold stances, {} found, holder right {}, label right {}",
        tally.gold, tally.found, tally.holder_right, tally.label_right
    );
    total.gold += tally.gold;
    total.found += tally.found;
    total.holder_right += tally.holder_right;
    total.label_right += tally.label_right;
}

#[test]
fn example_articles_against_gold() {
    let model = Model::builtin().unwrap();
    let mut total = Tally::default();
    for name in ["summit", "sanctions", "ceasefire", "trade"] {
        score_example(&model, name, &mut total);
    }
    let recall = total.found as f64 / total.gold as f64;
    let holder = total.holder_right as f64 / total.found as f64;
    let label = total.label_right as f64 / total.found as f64;
    println!(
        "all: {} gold stances; targets found {:.3}; of those, holder right {:.3}, label right {:.3}",
        total.gold, recall, holder, label
    );
    assert!(recall >= 0.85, "target recall fell to {recall:.3}");
    assert!(holder >= 0.60, "holder accuracy fell to {holder:.3}");
    assert!(label >= 0.55, "label accuracy fell to {label:.3}");
}
