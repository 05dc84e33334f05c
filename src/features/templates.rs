//! Target-aware feature templates: the one feature function that training and scoring share.
//!
//! For one (sentence, target) pair it emits weighted integer keys (the TF part) and a few
//! dense lexicon sums. The sentence becomes a sequence of items in which the target mention
//! is collapsed into a single `<T>` item, so n-grams such as `<T> condemn` generalise across
//! actors.

use super::keys::{FeatureKey, Template, Terms};
use super::lexicon::Lexicons;
use super::FeatureSettings;
use crate::text::{Analyzed, TokenKind};
use std::ops::Range;

/// Dense sums per lexicon: see [`LEXICON_FEATURE_NAMES`].
const SUMS_PER_LEXICON: usize = 12;

/// Number of dense lexicon features appended after the vocabulary columns: VADER's sums,
/// then the opinion lists' (zero when the model was trained without lists).
pub const LEXICON_FEATURES: usize = 2 * SUMS_PER_LEXICON;

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
    "lex:own+",
    "lex:own-",
    "lex:other+",
    "lex:other-",
    "opinion:left+",
    "opinion:left-",
    "opinion:right+",
    "opinion:right-",
    "opinion:sentence+",
    "opinion:sentence-",
    "opinion:clause+",
    "opinion:clause-",
    "opinion:own+",
    "opinion:own-",
    "opinion:other+",
    "opinion:other-",
];

/// Number of template families that `FeatureSettings::block_norm` normalises apart
/// (see [`Template::block`]).
pub const BLOCKS: usize = 4;

const CONTRAST: &[&str] = &[
    "but", "however", "although", "though", "while", "whereas", "yet",
];

/// One element of the item sequence: a token, the collapsed target mention, or another
/// name collapsed the same way (so that `<O> criticised <T>` generalises too).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    Token(usize),
    Target,
    Other,
}

/// Reusable buffers for [`extract`].
#[derive(Default)]
pub struct Scratch {
    items: Vec<Item>,
    clause: Vec<u16>,
    names: Vec<bool>,
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
/// (key, weight) and returns the dense lexicon features. `token_terms` holds the term id
/// of each token (see [`Terms::token_ids`]).
pub fn extract(
    settings: &FeatureSettings,
    lexicons: &Lexicons,
    analyzed: &Analyzed,
    token_terms: &[u32],
    target: Range<usize>,
    scratch: &mut Scratch,
    sink: &mut impl FnMut(FeatureKey, f32),
) -> [f32; LEXICON_FEATURES] {
    let target_toks = target_tokens(analyzed, target);
    let tpos = build_items(settings, analyzed, target_toks.clone(), scratch);
    let Scratch { items, clause, .. } = scratch;
    let items = &items[..];
    let term = |item: Item| match item {
        Item::Target => Terms::TARGET,
        Item::Other => Terms::OTHER,
        Item::Token(i) => token_terms[i],
    };
    let mut emit = |template, parts: &[Item], weight| {
        let key = match parts {
            [a, b] => FeatureKey::bigram(template, term(*a), term(*b)),
            _ => FeatureKey::unigram(template, term(parts[0])),
        };
        sink(key, weight);
    };

    if settings.sentence_ngrams {
        for (i, &item) in items.iter().enumerate() {
            if i != tpos {
                emit(Template::Unigram, &[item], 1.0);
            }
            if i + 1 < items.len() {
                emit(Template::Bigram, &items[i..i + 2], 1.0);
            }
        }
    }
    // More window than items adds nothing; the cap also bounds the loop for a huge value.
    let window = settings.window.min(items.len());
    for d in 1..=window {
        let weight = settings.distance_weight(d);
        if d <= tpos {
            emit(Template::Left, &items[tpos - d..tpos - d + 1], weight);
            if settings.window_bigrams && d < tpos {
                emit(
                    Template::LeftBigram,
                    &items[tpos - d - 1..tpos - d + 1],
                    weight,
                );
            }
        }
        if tpos + d < items.len() {
            emit(Template::Right, &items[tpos + d..tpos + d + 1], weight);
            if settings.window_bigrams && tpos + d + 1 < items.len() {
                emit(
                    Template::RightBigram,
                    &items[tpos + d..tpos + d + 2],
                    weight,
                );
            }
        }
    }
    if settings.clause {
        let own = clause[tpos];
        for (i, &item) in items.iter().enumerate() {
            if i != tpos && clause[i] == own {
                let template = if i < tpos {
                    Template::ClauseLeft
                } else {
                    Template::ClauseRight
                };
                emit(template, &[item], 1.0);
            }
        }
    }
    if !settings.mask_target {
        for i in target_toks.clone() {
            if analyzed.tokens[i].kind != TokenKind::Punct {
                emit(Template::Target, &[Item::Token(i)], 1.0);
            }
        }
    }
    // Where the target sits: sentence-initial targets are usually subjects.
    let place = match tpos {
        0 => Terms::FIRST,
        _ if tpos + 1 == items.len() => Terms::LAST,
        _ if tpos * 3 < items.len() => Terms::EARLY,
        _ => Terms::LATE,
    };
    sink(FeatureKey::unigram(Template::Place, place), 1.0);

    if settings.lexicon {
        lexicon_sums(settings, lexicons, analyzed, items, clause, tpos)
    } else {
        [0.0; LEXICON_FEATURES]
    }
}

/// Marks in `names` the tokens that look like parts of names other than the target: words
/// capitalised where a sentence or quotation does not start, and capitalised acronyms. Runs
/// touching the target (`President` in `President Obama`) belong to it and are not marked.
fn mark_other_names(analyzed: &Analyzed, target_toks: &Range<usize>, names: &mut Vec<bool>) {
    let toks = &analyzed.tokens;
    names.clear();
    names.extend((0..toks.len()).map(|i| {
        let t = &toks[i];
        let opens = i == 0
            || toks[i - 1].kind == TokenKind::Punct
                && matches!(analyzed.norm(i - 1), "." | "\"" | ":" | "!" | "?");
        t.capitalized
            && !target_toks.contains(&i)
            && match t.kind {
                TokenKind::Acronym => true,
                TokenKind::Word => !opens && analyzed.norm(i) != "i",
                _ => false,
            }
    }));
    let mut i = target_toks.start;
    while i > 0 && names[i - 1] {
        names[i - 1] = false;
        i -= 1;
    }
    let mut i = target_toks.end;
    while i < names.len() && names[i] {
        names[i] = false;
        i += 1;
    }
}

/// Fills `scratch.items` and `scratch.clause`; returns the index of the target item.
fn build_items(
    settings: &FeatureSettings,
    analyzed: &Analyzed,
    target_toks: Range<usize>,
    scratch: &mut Scratch,
) -> usize {
    scratch.items.clear();
    scratch.clause.clear();
    if settings.other_actors {
        mark_other_names(analyzed, &target_toks, &mut scratch.names);
    } else {
        scratch.names.clear();
        scratch.names.resize(analyzed.len(), false);
    }
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
        if scratch.names[i] {
            if !(i > 0 && scratch.names[i - 1]) {
                scratch.items.push(Item::Other);
                scratch.clause.push(clause);
            }
            continue;
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

/// The dense columns: for each lexicon (VADER's, then the opinion lists'), the valences of
/// the words around the target summed by side, sentence, clause and nearest name.
fn lexicon_sums(
    settings: &FeatureSettings,
    lexicons: &Lexicons,
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
        let Some(valences) = lexicons.valences(analyzed.norm(t)) else {
            continue;
        };
        let d = i.abs_diff(tpos);
        // A sentiment word belongs to the nearest name: the target's only if no other name
        // is closer.
        let own = settings.owned_lexicon.then(|| {
            let nearest_other = items
                .iter()
                .enumerate()
                .filter(|(_, &it)| it == Item::Other)
                .map(|(j, _)| j.abs_diff(i))
                .min();
            nearest_other.is_none_or(|o| d <= o)
        });
        for (k, mut v) in valences.into_iter().enumerate() {
            if v == 0.0 {
                continue;
            }
            let base = k * SUMS_PER_LEXICON;
            if analyzed.tokens[t].negated {
                v = -v * 0.75;
            }
            if d <= settings.window {
                let w = settings.distance_weight(d);
                add(base + if i < tpos { 0 } else { 2 }, v, w);
            }
            add(base + 4, v, 1.0);
            if clause[i] == clause[tpos] {
                add(base + 6, v, 1.0);
            }
            if let Some(own) = own {
                add(base + if own { 8 } else { 10 }, v, 1.0);
            }
        }
    }
    for v in &mut out {
        // Squash so that long sentences do not dominate; scale sets the weight vs TF-IDF.
        *v = v.tanh() * settings.lexicon_scale;
    }
    out
}

#[cfg(test)]
mod tests;
