//! The documented invariants of a `Model::score_article` report (offsets, order,
//! probabilities, scores, holders, determinism), checked by the property tests.

use proptest::prelude::*;
use stance::{ArticleReport, Model};
use std::sync::OnceLock;

pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::builtin().expect("the built-in model loads"))
}

/// Checks every documented invariant of a report on `text`.
pub fn check(text: &str, report: &ArticleReport) -> Result<(), TestCaseError> {
    let labels = model().labels();
    prop_assert_eq!(&report.labels, labels);
    let mut prev_end = 0;
    for (i, s) in report.sentences.iter().enumerate() {
        prop_assert_eq!(s.index, i);
        prop_assert!(
            prev_end <= s.start && s.start <= s.end && s.end <= text.len(),
            "sentence {} at {}..{} after {}",
            i,
            s.start,
            s.end,
            prev_end
        );
        prev_end = s.end;
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
        let mut prev_mention = s.start;
        for m in &s.mentions {
            prop_assert!(
                prev_mention <= m.start && m.start < m.end && m.end <= s.end,
                "mention {:?} in sentence {}..{}",
                m,
                s.start,
                s.end
            );
            prev_mention = m.end;
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
        for st in &s.stances {
            prop_assert!(
                s.mentions.iter().any(|m| m.actor == st.target),
                "stance toward {} which is not mentioned",
                st.target
            );
            prop_assert_ne!(st.holder.as_deref(), Some(st.target.as_str()));
            prop_assert!(labels.contains(&st.label));
            prop_assert_eq!(st.probabilities.len(), labels.len());
            prop_assert!(st
                .probabilities
                .iter()
                .all(|(l, p)| labels.contains(l) && p.is_finite() && (0.0..=1.0).contains(p)));
            let sum: f64 = st.probabilities.values().sum();
            prop_assert!((sum - 1.0).abs() < 1e-9, "probabilities sum to {}", sum);
            check_score(st.score)?;
        }
    }
    for a in &report.actors {
        check_score(a.score)?;
        if let Some(l) = &a.label {
            prop_assert!(labels.contains(l));
        }
        // Summed over actors of the same name: names are not always unique (see
        // `actor_names_are_unique`, ignored). The summary counts mentions by name, not
        // references (`the Dr.` after `Dr. X`).
        let seen = report
            .sentences
            .iter()
            .flat_map(|s| &s.mentions)
            .filter(|m| m.actor == a.actor && !m.pronoun)
            .count();
        let counted: usize = report
            .actors
            .iter()
            .filter(|b| b.actor == a.actor)
            .map(|b| b.mentions)
            .sum();
        prop_assert_eq!(counted, seen, "mention count of {}", &a.actor);
    }
    for r in &report.relations {
        prop_assert_ne!(&r.holder, &r.target);
        prop_assert!(labels.contains(&r.label));
        check_score(r.score)?;
        prop_assert!(!r.sentences.is_empty());
        prop_assert!(r.sentences.windows(2).all(|w| w[0] < w[1]));
        // A joint holder shares the stance and its relation (`Moscow and Beijing
        // criticised …`).
        for &k in &r.sentences {
            let held = |st: &stance::report::Stance| {
                st.target == r.target
                    && (st.holder.as_deref() == Some(&r.holder)
                        || st.joint_holders.contains(&r.holder))
            };
            prop_assert!(report.sentences[k].stances.iter().any(held));
        }
    }
    Ok(())
}

fn check_score(score: Option<f64>) -> Result<(), TestCaseError> {
    if let Some(x) = score {
        prop_assert!(
            x.is_finite() && (-1.0..=1.0).contains(&x),
            "score {} out of range",
            x
        );
    }
    Ok(())
}

pub fn check_text(text: &str) -> Result<(), TestCaseError> {
    let report = model().score_article(text);
    check(text, &report)?;
    let again = model().score_article(text);
    prop_assert_eq!(&report, &again, "scoring is not deterministic");
    Ok(())
}
