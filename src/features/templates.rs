//! Target-aware feature templates: the one feature function that training and scoring share.
//!
//! For one (sentence, target) pair it emits weighted string keys (the TF part) and a few
//! dense lexicon sums. The sentence becomes a sequence of items in which the target mention
//! is collapsed into a single `<T>` item, so n-grams such as `<T> condemn` generalise across
//! actors.

use super::lexicon::Lexicon;
use super::FeatureSettings;
use crate::text::{Analyzed, TokenKind};
use std::ops::Range;

/// Number of dense lexicon features appended after the vocabulary columns.
pub const LEXICON_FEATURES: usize = 8;

/// Names of the dense lexicon features, in column order (for `inspect`).
pub const LEXICON_FEATURE_NAMES: [&str; LEXICON_FEATURES] = [
    "lex:left+",
    "lex:left-",
    "lex:right+",
    "lex:right-",
    "lex:sentence+",
    "lex:sentence-",
    "lex:clause+",
    "lex:clause-",
];

const TARGET: &str = "<T>";
const CONTRAST: &[&str] = &[
    "but", "however", "although", "though", "while", "whereas", "yet",
];

/// One element of the item sequence: a token, or the collapsed target mention.
#[derive(Clone, Copy)]
enum Item {
    Token(usize),
    Target,
}

/// Reusable buffers for [`extract`].
#[derive(Default)]
pub struct Scratch {
    items: Vec<Item>,
    clause: Vec<u16>,
    key: String,
}

/// Token indices that overlap the byte span `target`.
pub fn target_tokens(analyzed: &Analyzed, target: Range<usize>) -> Range<usize> {
    let toks = &analyzed.tokens;
    let first = toks.partition_point(|t| t.end <= target.start);
    let mut last = first;
    while last < toks.len() && toks[last].start < target.end {
        last += 1;
    }
    first..last
}

/// Emits every feature of the pair (`analyzed`, `target` byte span) into `sink` as
/// (key, weight) and returns the dense lexicon features.
pub fn extract(
    settings: &FeatureSettings,
    lexicon: &Lexicon,
    analyzed: &Analyzed,
    target: Range<usize>,
    scratch: &mut Scratch,
    sink: &mut impl FnMut(&str, f32),
) -> [f32; LEXICON_FEATURES] {
    let target_toks = target_tokens(analyzed, target);
    let tpos = build_items(analyzed, target_toks.clone(), scratch);
    let Scratch { items, clause, key } = scratch;
    let items = &items[..];
    let term = |item: Item, key: &mut String| match item {
        Item::Target => key.push_str(TARGET),
        Item::Token(i) => {
            if analyzed.tokens[i].negated {
                key.push('~');
            }
            key.push_str(analyzed.stem(i));
        }
    };
    let mut emit = |prefix: &str, parts: &[Item], weight: f32| {
        key.clear();
        key.push_str(prefix);
        for (n, &part) in parts.iter().enumerate() {
            if n > 0 {
                key.push(' ');
            }
            term(part, key);
        }
        sink(key, weight);
    };

    if settings.sentence_ngrams {
        for (i, &item) in items.iter().enumerate() {
            if i != tpos {
                emit("u:", &[item], 1.0);
            }
            if i + 1 < items.len() {
                emit("b:", &items[i..i + 2], 1.0);
            }
        }
    }
    let window = settings.window;
    for d in 1..=window {
        let weight = settings.distance_weight(d);
        if d <= tpos {
            emit("l:", &items[tpos - d..tpos - d + 1], weight);
            if settings.window_bigrams && d < tpos {
                emit("lb:", &items[tpos - d - 1..tpos - d + 1], weight);
            }
        }
        if tpos + d < items.len() {
            emit("r:", &items[tpos + d..tpos + d + 1], weight);
            if settings.window_bigrams && tpos + d + 1 < items.len() {
                emit("rb:", &items[tpos + d..tpos + d + 2], weight);
            }
        }
    }
    if settings.clause {
        let own = clause[tpos];
        for (i, &item) in items.iter().enumerate() {
            if i != tpos && clause[i] == own {
                emit(if i < tpos { "cl:" } else { "cr:" }, &[item], 1.0);
            }
        }
    }
    if !settings.mask_target {
        for i in target_toks.clone() {
            if analyzed.tokens[i].kind != TokenKind::Punct {
                emit("t:", &[Item::Token(i)], 1.0);
            }
        }
    }
    // Where the target sits: sentence-initial targets are usually subjects.
    let place = match tpos {
        0 => "p:first",
        _ if tpos + 1 == items.len() => "p:last",
        _ if tpos * 3 < items.len() => "p:early",
        _ => "p:late",
    };
    sink(place, 1.0);

    if settings.lexicon {
        lexicon_sums(settings, lexicon, analyzed, items, clause, tpos)
    } else {
        [0.0; LEXICON_FEATURES]
    }
}

/// Fills `scratch.items` and `scratch.clause`; returns the index of the target item.
fn build_items(analyzed: &Analyzed, target_toks: Range<usize>, scratch: &mut Scratch) -> usize {
    scratch.items.clear();
    scratch.clause.clear();
    let mut clause = 0u16;
    let mut tpos = None;
    let target_start = target_toks.start;
    for i in 0..analyzed.len() {
        if target_toks.contains(&i) {
            if tpos.is_none() {
                tpos = Some(scratch.items.len());
                scratch.items.push(Item::Target);
                scratch.clause.push(clause);
            }
            continue;
        }
        if tpos.is_none() && i == target_start && target_toks.is_empty() {
            tpos = Some(scratch.items.len());
            scratch.items.push(Item::Target);
            scratch.clause.push(clause);
        }
        let token = &analyzed.tokens[i];
        let norm = analyzed.norm(i);
        if token.kind == TokenKind::Punct {
            if token.is_clause_boundary(norm) || norm == "\"" {
                clause = clause.saturating_add(1);
            }
            if token.is_clause_boundary(norm) {
                continue;
            }
        } else if CONTRAST.contains(&norm) {
            clause = clause.saturating_add(1);
        }
        scratch.items.push(Item::Token(i));
        scratch.clause.push(clause);
    }
    tpos.unwrap_or_else(|| {
        scratch.items.push(Item::Target);
        scratch.clause.push(clause);
        scratch.items.len() - 1
    })
}

fn lexicon_sums(
    settings: &FeatureSettings,
    lexicon: &Lexicon,
    analyzed: &Analyzed,
    items: &[Item],
    clause: &[u16],
    tpos: usize,
) -> [f32; LEXICON_FEATURES] {
    let mut out = [0.0f32; LEXICON_FEATURES];
    let mut add = |slot: usize, v: f32, w: f32| {
        if v > 0.0 {
            out[slot] += v * w;
        } else {
            out[slot + 1] -= v * w;
        }
    };
    for (i, &item) in items.iter().enumerate() {
        let Item::Token(t) = item else { continue };
        let Some(mut v) = lexicon.valence(analyzed.norm(t)) else {
            continue;
        };
        if analyzed.tokens[t].negated {
            v = -v * 0.75;
        }
        let d = i.abs_diff(tpos);
        if d <= settings.window {
            let w = settings.distance_weight(d);
            add(if i < tpos { 0 } else { 2 }, v, w);
        }
        add(4, v, 1.0);
        if clause[i] == clause[tpos] {
            add(6, v, 1.0);
        }
    }
    for v in &mut out {
        // Squash so that long sentences do not dominate; scale sets the weight vs TF-IDF.
        *v = v.tanh() * settings.lexicon_scale;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Analyzer, TextSettings};

    fn keys(
        text: &str,
        target: &str,
        settings: &FeatureSettings,
    ) -> (Vec<(String, f32)>, [f32; 8]) {
        let analyzer = Analyzer::new(TextSettings::default());
        let mut a = Analyzed::default();
        analyzer.analyze(text, &mut a);
        let start = text.find(target).unwrap();
        let mut out = Vec::new();
        let lex = Lexicon::vader();
        let dense = extract(
            settings,
            &lex,
            &a,
            start..start + target.len(),
            &mut Scratch::default(),
            &mut |k, w| out.push((k.to_string(), w)),
        );
        (out, dense)
    }

    fn has(keys: &[(String, f32)], key: &str) -> bool {
        keys.iter().any(|(k, _)| k == key)
    }

    #[test]
    fn target_is_collapsed_and_sides_are_marked() {
        let s = FeatureSettings::default();
        let (k, _) = keys("Officials praised Barack Obama warmly.", "Barack Obama", &s);
        assert!(has(&k, "l:prais"));
        assert!(has(&k, "r:warm"));
        assert!(has(&k, "b:prais <T>"));
        assert!(has(&k, "t:barack") && has(&k, "t:obama"));
        assert!(!has(&k, "u:obama"));
    }

    #[test]
    fn masking_hides_target_identity() {
        let s = FeatureSettings {
            mask_target: true,
            ..FeatureSettings::default()
        };
        let (k, _) = keys("Officials praised Barack Obama warmly.", "Barack Obama", &s);
        assert!(!k.iter().any(|(key, _)| key.starts_with("t:")));
    }

    #[test]
    fn weights_fall_with_distance() {
        let s = FeatureSettings::default();
        let (k, _) = keys("a b c d Obama", "Obama", &s);
        let w = |key: &str| k.iter().find(|(x, _)| x == key).unwrap().1;
        assert!(w("l:d") > w("l:a"));
    }

    #[test]
    fn negation_marks_terms_and_flips_lexicon() {
        let s = FeatureSettings::default();
        let (k, dense) = keys("Russia did not support Obama.", "Obama", &s);
        assert!(has(&k, "l:~support"));
        let (_, plain) = keys("Russia did support Obama.", "Obama", &s);
        assert!(plain[0] > 0.0, "support is positive on the left");
        assert!(
            dense[1] > 0.0 && dense[0] == 0.0,
            "negated support counts as negative"
        );
    }

    #[test]
    fn contrast_starts_a_new_clause() {
        let s = FeatureSettings::default();
        let (k, dense) = keys("Paris praised Berlin but condemned Rome.", "Rome", &s);
        assert!(has(&k, "cl:condemn"));
        assert!(!has(&k, "cl:prais"));
        assert!(
            dense[7] > 0.0 && dense[6] == 0.0,
            "only condemn is in Rome's clause"
        );
    }
}
