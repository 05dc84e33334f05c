use super::*;
use crate::features::lexicon::Lexicon;
use crate::text::{Analyzer, TextSettings};

fn keys(
    text: &str,
    target: &str,
    settings: &FeatureSettings,
) -> (Vec<(String, f32)>, [f32; LEXICON_FEATURES]) {
    let lex = Lexicons::new(Lexicon::vader(), Lexicon::default());
    keys_with(text, target, settings, &lex)
}

fn keys_with(
    text: &str,
    target: &str,
    settings: &FeatureSettings,
    lex: &Lexicons,
) -> (Vec<(String, f32)>, [f32; LEXICON_FEATURES]) {
    let analyzer = Analyzer::new(TextSettings::default());
    let mut a = Analyzed::default();
    analyzer.analyze(text, &mut a);
    let start = text.find(target).unwrap();
    let mut terms = Terms::new();
    let mut ids = Vec::new();
    terms.intern_token_ids(&a, &mut ids, &mut String::new());
    let mut out = Vec::new();
    let dense = extract(
        settings,
        lex,
        &a,
        &ids,
        start..start + target.len(),
        &mut Scratch::default(),
        &mut |k, w| out.push((k, w)),
    );
    let out = out
        .into_iter()
        .map(|(k, w)| {
            let mut text = String::new();
            k.render(&terms, &mut text);
            (text, w)
        })
        .collect();
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
fn other_names_collapse_but_the_targets_title_stays() {
    let s = FeatureSettings::default();
    let (k, _) = keys(
        "Officials said Vladimir Putin praised President Barack Obama.",
        "Obama",
        &s,
    );
    assert!(has(&k, "b:<O> prais"), "{k:?}");
    assert!(!has(&k, "u:putin"));
    assert!(has(&k, "l:barack") && has(&k, "l:presid"), "{k:?}");
    assert!(has(&k, "u:offici"), "a sentence-initial capital is no name");
    let off = FeatureSettings {
        other_actors: false,
        ..FeatureSettings::default()
    };
    let (k, _) = keys(
        "Officials said Vladimir Putin praised Obama.",
        "Obama",
        &off,
    );
    assert!(has(&k, "u:putin") && !has(&k, "b:<O> prais"));
}

#[test]
fn sentiment_goes_to_the_nearest_name() {
    let s = FeatureSettings::default();
    let (_, dense) = keys("Critics condemned Putin before Obama spoke.", "Obama", &s);
    assert!(dense[11] > 0.0, "condemned is nearer Putin: {dense:?}");
    assert_eq!(dense[9], 0.0);
    let (_, dense) = keys("Critics condemned Obama before Putin spoke.", "Obama", &s);
    assert!(dense[9] > 0.0 && dense[11] == 0.0, "{dense:?}");
}

#[test]
fn opinion_words_fill_their_own_columns() {
    let s = FeatureSettings::default();
    let text = "Critics assailed Obama.";
    let (_, without) = keys(text, "Obama", &s);
    assert!(without[12..].iter().all(|&v| v == 0.0), "{without:?}");
    let words = crate::features::lexicon::OpinionWords {
        positive: vec![],
        negative: vec!["assailed".into()],
    };
    let lex = Lexicons::new(Lexicon::vader(), Lexicon::opinion(&words));
    let (_, with) = keys_with(text, "Obama", &s, &lex);
    assert_eq!(with[..12], without[..12], "VADER's columns do not change");
    let name = |i: usize| LEXICON_FEATURE_NAMES[i];
    let on: Vec<&str> = (12..LEXICON_FEATURES)
        .filter(|&i| with[i] > 0.0)
        .map(name)
        .collect();
    assert_eq!(
        on,
        [
            "opinion:left-",
            "opinion:sentence-",
            "opinion:clause-",
            "opinion:own-"
        ]
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
