//! Negation scope: tokens after a negator, up to the next clause boundary, are marked so
//! that "not support" and "support" become different features.

use super::tokenize::{Token, TokenKind};

/// Words that open a negation scope (lowercased; `n't` arrives as its own clitic token).
const NEGATORS: &[&str] = &[
    "not", "no", "never", "n't", "without", "nor", "neither", "none", "nobody", "nothing",
    "nowhere", "cannot", "hardly", "barely", "lack", "lacks", "lacked", "lacking", "refuse",
    "refused", "refuses", "fail", "failed", "fails",
];

/// Words that end a scope like punctuation does: a contrast starts a new clause.
const SCOPE_ENDERS: &[&str] = &[
    "but", "however", "although", "though", "while", "yet", "whereas",
];

/// True if `norm` opens a negation scope.
pub fn is_negator(norm: &str) -> bool {
    NEGATORS.contains(&norm)
}

/// Marks `negated` on every token inside a negation scope. `buf` holds the normalised forms.
pub fn mark_negation(tokens: &mut [Token], buf: &str) {
    let mut in_scope = false;
    for token in tokens.iter_mut() {
        let norm = &buf[token.norm.0 as usize..token.norm.1 as usize];
        if token.kind == TokenKind::Punct {
            if token.is_clause_boundary(norm) || norm == "!" || norm == "?" {
                in_scope = false;
            }
            continue;
        }
        if SCOPE_ENDERS.contains(&norm) {
            in_scope = false;
            continue;
        }
        if is_negator(norm) {
            in_scope = true;
            continue;
        }
        token.negated = in_scope;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize::tokenize;
    use super::*;

    fn negated(text: &str) -> Vec<String> {
        let (mut t, mut b) = (Vec::new(), String::new());
        tokenize(text, &mut t, &mut b);
        mark_negation(&mut t, &b);
        t.iter()
            .filter(|k| k.negated)
            .map(|k| text[k.start..k.end].to_string())
            .collect()
    }

    #[test]
    fn scope_runs_to_clause_punctuation() {
        assert_eq!(
            negated("They did not support the deal, officials said"),
            ["support", "the", "deal"]
        );
    }

    #[test]
    fn contraction_negates() {
        assert_eq!(negated("Paris doesn't trust Moscow."), ["trust", "Moscow"]);
    }

    #[test]
    fn contrast_ends_scope() {
        assert_eq!(negated("not angry but pleased"), ["angry"]);
    }

    #[test]
    fn no_negator_no_marks() {
        assert!(negated("Obama praised Russia.").is_empty());
    }
}
