//! Leaning a row's probabilities toward one label where the sentence's structure says
//! more than the model's features can: one label's probability counts several times
//! before they are renormalised, so the lean decides close calls and strong evidence
//! still wins.

/// How many times the negative probability counts for a target right after a verb of
/// blame ([`super::blame`]).
pub(super) const BLAME: f64 = 20.0;

/// How many times the no-stance probability counts for a speaker's own row (`Popa
/// accused Radu`, `Radu said …`: no stance toward Popa or Radu). The model learnt from
/// NewsMTSC, whose annotators often gave the speaker the tone of what they said; the
/// lean keeps what the sentence says about the speaker when it is strong (`Montt, whose
/// bank was fined, said …`). Weighed on the review articles r33-r40 and r81-r88 (judged
/// row by row) and NewsMTSC's dev splits scored as articles: see docs/EVALUATION.md,
/// sessions 25 and 30.
pub(super) const SPEAKER: f64 = 10.0;

/// Counts `probs[class]` `weight` times and renormalises.
pub(super) fn lean(probs: &mut [f64], class: usize, weight: f64) {
    if let Some(p) = probs.get_mut(class) {
        *p *= weight;
    }
    let total: f64 = probs.iter().sum();
    if total > 0.0 {
        probs.iter_mut().for_each(|p| *p /= total);
    }
}

/// The label that is neither pole (`neutral`, `none`) of a three-label model with
/// `polarity` = (positive, negative); `None` for any other model.
pub(super) fn no_stance(labels: usize, polarity: Option<(usize, usize)>) -> Option<usize> {
    let (p, n) = polarity?;
    let other = 3usize.checked_sub(p + n)?;
    (labels == 3 && p != n && other != p && other != n).then_some(other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaning_keeps_a_distribution() {
        let mut p = vec![0.13, 0.37, 0.5];
        lean(&mut p, 0, BLAME);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p[0] > p[2]);
    }

    #[test]
    fn a_lean_decides_close_calls_only() {
        let mut close = vec![0.45, 0.2, 0.35];
        lean(&mut close, 1, SPEAKER);
        assert_eq!(crate::model::argmax(&close), 1);
        let mut strong = vec![0.9, 0.04, 0.06];
        lean(&mut strong, 1, SPEAKER);
        assert_eq!(crate::model::argmax(&strong), 0);
    }

    #[test]
    fn the_no_stance_label_is_the_third_of_three() {
        assert_eq!(no_stance(3, Some((2, 0))), Some(1));
        assert_eq!(no_stance(3, Some((0, 1))), Some(2));
        assert_eq!(no_stance(2, Some((0, 1))), None);
        assert_eq!(no_stance(3, None), None);
        assert_eq!(no_stance(3, Some((2, 2))), None);
    }
}
