//! A target right after a verb of blame (`He accused Hrasko of …`, `criticised the DPC
//! for …`). The model reads the whole sentence, and the rest of it (`of breaking a promise
//! to protect farm subsidies`) can outweigh the verb. In NewsMTSC (train and both dev
//! splits) 120 of the 122 targets right after such a verb are labelled negative and none
//! positive, so such a row leans negative ([`super::lean::BLAME`]). Verbs of praise are not
//! as sure (41 of 53 positive, 7 negative) and get no lean.

use crate::actors::is_determiner;

/// Past and present forms of verbs of blame; sorted.
#[rustfmt::skip]
const BLAME_VERBS: &[&str] = &[
    "accused", "accuses", "assailed", "attacked", "attacks", "berated", "blamed", "blames",
    "blasted", "blasts", "castigated", "censured", "chided", "condemned", "condemns",
    "criticised", "criticises", "criticized", "criticizes", "decried", "denounced",
    "denounces", "deplored", "derided", "excoriated", "faulted", "insulted", "lambasted",
    "mocked", "mocks", "rebuked", "rebukes", "ridiculed", "scolded", "slammed", "slams",
    "sued", "sues", "vilified",
];

/// `before` (the sentence up to the target) ends in a verb of blame, past at most one
/// determiner, that no `not` or `never` negates.
pub(super) fn follows_blame(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut word = words.next();
    if word.is_some_and(is_determiner) {
        word = words.next();
    }
    let Some(verb) = word else { return false };
    let negated = words
        .take(2)
        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "not" | "never") || w.ends_with("n't"));
    BLAME_VERBS.binary_search(&verb).is_ok() && !negated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_list_is_sorted() {
        assert!(BLAME_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_target_right_after_a_verb_of_blame() {
        assert!(follows_blame("He accused "));
        assert!(follows_blame("She welcomed the ruling but criticised the "));
        assert!(!follows_blame("He never criticised "));
        assert!(!follows_blame("He did not blame the "));
        assert!(!follows_blame("He praised "));
        assert!(!follows_blame("Critics, accused, "));
        assert!(!follows_blame(""));
    }
}
