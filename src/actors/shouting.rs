//! Words written in capitals for emphasis inside ordinary text (`"This is UNACCEPTABLE,"`,
//! `VERY FAKE NEWS`, `UPDATE:`) are not names. An acronym the gazetteer does not know
//! (`FBI`, `DACA`) still is: the test is whether the capitalised word is an ordinary English
//! word, which acronyms seldom are.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use super::lexicon as lx;

/// Closed-class words and verbs from our own lists: `NOT`, `EVERYONE`, `SAID`.
pub(super) const ORDINARY: u32 = lx::STOPWORD
    | lx::STANCE_VERB
    | lx::REPORTING_VERB
    | lx::OTHER_VERB
    | lx::BE
    | lx::PREPOSITION
    | lx::ARTICLE
    | lx::COORDINATOR
    | lx::CLAUSE_WORD
    | lx::HE_SHE
    | lx::OTHER_PRONOUN
    | lx::RELATIVE;

/// Labels that news sites put in capitals before or inside a story; sorted.
const NEWSROOM_LABELS: &[&str] = &[
    "analysis",
    "breaking",
    "byline",
    "commentary",
    "correction",
    "coverage",
    "earlier",
    "editorial",
    "exclusive",
    "fact-check",
    "facts",
    "just",
    "latest",
    "live",
    "more",
    "must",
    "now",
    "opinion",
    "photo",
    "photos",
    "read",
    "related",
    "special",
    "today",
    "update",
    "updated",
    "updates",
    "video",
    "watch",
];

/// The lowercase words of VADER's lexicon (about 7,500 words that carry sentiment), built
/// on first use: most articles never ask.
fn sentiment_words() -> &'static FxHashSet<String> {
    static WORDS: OnceLock<FxHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        vader_sentiment::LEXICON
            .keys()
            .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
            .map(|w| w.to_ascii_lowercase())
            .collect()
    })
}

/// The byte ranges of a name's words.
pub(super) fn words(name: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    name.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - name.as_ptr() as usize;
        (start, start + w.len())
    })
}

/// `word` (written in capitals) is an ordinary English word rather than an acronym or a
/// name.
pub(super) fn is_ordinary(word: &str) -> bool {
    if lx::flags(word) & ORDINARY != 0 {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    // `CONSIDERING`, `CIRCUITED`: acronyms do not inflect.
    let inflected = lower.len() >= 6 && (lower.ends_with("ing") || lower.ends_with("ed"));
    // `RSF`, `CNN`: short and without a vowel is an acronym; this also spares most
    // articles the one-time cost of the sentiment table (about 30 M instructions).
    let acronym = lower.len() <= 4 && !lower.contains(['a', 'e', 'i', 'o', 'u']);
    inflected
        || NEWSROOM_LABELS.binary_search(&lower.as_str()).is_ok()
        || (!acronym && sentiment_words().contains(&lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_sorted_for_binary_search() {
        assert!(NEWSROOM_LABELS.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn shouted_words_are_ordinary() {
        for w in [
            "UNACCEPTABLE",
            "FAKE",
            "GREAT",
            "NOT",
            "VERY",
            "UPDATE",
            "CONSIDERING",
            "LOSER",
            "WEAK",
        ] {
            assert!(is_ordinary(w), "{w}");
        }
    }

    #[test]
    fn acronyms_are_not() {
        for w in [
            "FBI", "CNN", "RSF", "DACA", "NATO", "NAFTA", "POTUS", "UKIP", "ZANU-PF", "LGBTQ",
            "ASEAN", "USMCA",
        ] {
            assert!(!is_ordinary(w), "{w}");
        }
    }
}
