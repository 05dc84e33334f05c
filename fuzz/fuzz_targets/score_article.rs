//! `Model::score_article` with the built-in model on any UTF-8 text: probabilities are
//! finite and sum to 1, scores are in [-1, 1], offsets index the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::Model;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::builtin().expect("the built-in model loads"))
}

fn check_probs(probs: &std::collections::BTreeMap<String, f64>, labels: &[String]) {
    assert_eq!(probs.len(), labels.len());
    let sum: f64 = probs.values().sum();
    assert!(
        (sum - 1.0).abs() < 1e-6,
        "probabilities sum to {sum}: {probs:?}"
    );
    for (label, &p) in probs {
        assert!(labels.contains(label));
        assert!(p.is_finite() && (0.0..=1.0).contains(&p), "{label}: {p}");
    }
}

fn check_score(score: Option<f64>) {
    if let Some(s) = score {
        assert!(
            s.is_finite() && (-1.0 - 1e-9..=1.0 + 1e-9).contains(&s),
            "score {s}"
        );
    }
}

fuzz_target!(|text: &str| {
    let model = model();
    let report = model.score_article(text);
    let labels = &report.labels;
    assert_eq!(labels.as_slice(), model.labels());
    for (i, s) in report.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
        for m in &s.mentions {
            assert!(s.start <= m.start && m.end <= s.end);
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
        for st in &s.stances {
            check_probs(&st.probabilities, labels);
            assert!(labels.contains(&st.label));
            check_score(st.score);
        }
    }
    for a in &report.actors {
        check_score(a.score);
        if let Some(l) = &a.label {
            assert!(labels.contains(l));
        }
    }
    for r in &report.relations {
        check_score(r.score);
        assert!(r.sentences.iter().all(|&i| i < report.sentences.len()));
    }
});
