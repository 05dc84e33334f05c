//! The article report: per-sentence mentions and stances, per-actor summaries and
//! holder -> target relations. Field names are a contract for dashboards and scripts.

use crate::actors::ActorKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything `stance score` says about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// Name of the model that scored the article.
    pub model: String,
    /// The model's labels, in probability order.
    pub labels: Vec<String>,
    pub sentences: Vec<SentenceReport>,
    pub actors: Vec<ActorSummary>,
    pub relations: Vec<Relation>,
}

/// One sentence: byte offsets into the input (`text == input[start..end]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceReport {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub mentions: Vec<MentionReport>,
    pub stances: Vec<Stance>,
}

/// One actor mention; offsets into the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionReport {
    pub actor: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// A pronoun (`he`, `her`) or a description (`the company`) that refers to the
    /// actor, not its name. Reports written before this field existed read as false.
    #[serde(default)]
    pub pronoun: bool,
}

/// The stance of one sentence toward one actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    pub target: String,
    /// Who expresses it; `None` when it is the writer's own framing.
    pub holder: Option<String>,
    /// Actors that express it together with `holder` (`Moscow and Beijing criticised
    /// Washington`: holder China, joint holder Russia). Reports written before this
    /// field existed read as none.
    #[serde(default)]
    pub joint_holders: Vec<String>,
    /// The target only speaks here: it holds the stance toward another actor in this
    /// sentence, or is the subject of a verb of saying or of a speech act (`X said`, `X
    /// rejected the call`), and no one holds one toward it (`Popa accused Radu`: true for
    /// Popa). What
    /// one says is no stance toward oneself, so the row leans to the no-stance label (the
    /// label keeps only a strong portrayal: `Montt, whose bank was fined, said …`) and its
    /// [`ActorSummary`] leaves the row out. Reports written before this field existed read
    /// as false.
    #[serde(default)]
    pub speaker: bool,
    /// The pronoun or description through which the sentence refers to the target when it
    /// does not name it (`He was arrested`, `The regulator fined …`); the stance is the
    /// model's reading of those words. Reports written before this field existed read as
    /// none.
    #[serde(default)]
    pub via: Option<String>,
    pub label: String,
    /// P(positive) - P(negative), or P(favor) - P(against); `None` when the model has
    /// neither pair of labels.
    pub score: Option<f64>,
    pub probabilities: BTreeMap<String, f64>,
}

/// One actor over the whole article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorSummary {
    pub actor: String,
    pub kind: ActorKind,
    /// Surface forms seen in this article, in order of first appearance.
    pub aliases: Vec<String>,
    /// Mentions by name. References (`he`, `the company`, `the minister`) are not counted
    /// here; the sentences list them with [`MentionReport::pronoun`] set.
    pub mentions: usize,
    /// Mean signed score over the sentences that take a stance toward the actor: those
    /// that mention it, except where it only speaks ([`Stance::speaker`]); `None` when
    /// there are none.
    pub score: Option<f64>,
    /// Label with the highest mean probability over those sentences.
    pub label: Option<String>,
}

/// A holder's stance toward a target, aggregated over the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub holder: String,
    pub target: String,
    pub label: String,
    pub score: Option<f64>,
    /// Indices of the sentences the relation rests on.
    pub sentences: Vec<usize>,
}

/// Which labels make the signed score: (positive, negative) label indices.
pub fn polarity_labels(labels: &[String]) -> Option<(usize, usize)> {
    let find = |names: &[&str]| {
        labels
            .iter()
            .position(|l| names.contains(&l.to_ascii_lowercase().as_str()))
    };
    let pos = find(&["positive", "favor", "favour", "pos"])?;
    let neg = find(&["negative", "against", "neg"])?;
    Some((pos, neg))
}

/// Running mean of probability vectors, to label an actor or relation.
#[derive(Debug, Clone, Default)]
pub(crate) struct MeanProbs {
    sum: Vec<f64>,
    n: usize,
}

impl MeanProbs {
    pub fn add(&mut self, probs: &[f64]) {
        if self.sum.is_empty() {
            self.sum = vec![0.0; probs.len()];
        }
        for (s, p) in self.sum.iter_mut().zip(probs) {
            *s += p;
        }
        self.n += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// (label index with the highest mean, signed score of the mean).
    pub fn summary(&self, polarity: Option<(usize, usize)>) -> Option<(usize, Option<f64>)> {
        if self.n == 0 {
            return None;
        }
        let mean: Vec<f64> = self.sum.iter().map(|s| s / self.n as f64).collect();
        let best = crate::model::argmax(&mean);
        Some((best, polarity.map(|(p, n)| mean[p] - mean[n])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn polarity_works_for_sentiment_and_stance_labels() {
        assert_eq!(
            polarity_labels(&labels(&["negative", "neutral", "positive"])),
            Some((2, 0))
        );
        assert_eq!(
            polarity_labels(&labels(&["against", "favor", "none"])),
            Some((1, 0))
        );
        assert_eq!(polarity_labels(&labels(&["a", "b"])), None);
    }

    #[test]
    fn mean_probs_label_and_score() {
        let mut m = MeanProbs::default();
        m.add(&[0.1, 0.2, 0.7]);
        m.add(&[0.3, 0.4, 0.3]);
        let (best, score) = m.summary(Some((2, 0))).unwrap();
        assert_eq!(best, 2);
        assert!((score.unwrap() - 0.3).abs() < 1e-12);
        assert!(MeanProbs::default().summary(None).is_none());
    }
}
