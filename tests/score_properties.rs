//! Property tests of `Model::score_article`: whatever the text, scoring never panics and the
//! report is well formed (offsets, order, probabilities, scores, holders, determinism).

mod report_invariants;

use proptest::prelude::*;
use report_invariants::{check, check_text, model};
use stance::actors::{Actor, ActorFinder, ActorKind, Gazetteer};
use stance::ScoreOptions;

/// Capitalised country names and aliases from the built-in gazetteer.
fn country_names() -> Vec<String> {
    let mut names: Vec<String> = Gazetteer::builtin()
        .actors()
        .iter()
        .filter(|a| a.kind == ActorKind::Country)
        .flat_map(|a| std::iter::once(a.name.clone()).chain(a.aliases.iter().cloned()))
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
        .collect();
    names.sort();
    names.dedup();
    assert!(names.len() > 100, "the gazetteer has many countries");
    names
}

const WORDS: &[&str] = &[
    "the",
    "The",
    "said",
    "told reporters",
    "praised",
    "condemned",
    "welcomed",
    "rejected",
    "accused",
    "not",
    "never",
    "talks",
    "sanctions",
    "ceasefire",
    "President",
    "Foreign Minister",
    "Mr.",
    "Ms.",
    "Dr.",
    "Gen.",
    "U.S.",
    "U.N.",
    "E.U.",
    "J.",
    "R.",
    "Holt",
    "Barack Obama",
    "Obama",
    "NATO",
    "Kremlin",
    "White House",
    "according to",
    "its",
    "'s",
    "’s",
    "2.5",
    "percent",
    "Nov. 26",
    "a.m.",
    "Inc.",
    "Россия",
    "李明",
    "Ελλάδα",
    "🇯🇵",
    "👍🏽",
    "e\u{301}",
    "\u{200d}",
    "İstanbul",
    "Türkiye",
    "Straße",
    "ΟΔΥΣΣΕΥΣ",
    "ﬁnance",
    "al-",
];

const PUNCT: &[&str] = &[
    "“", "”", "\"", "‘", "’", "'", ".", ",", ";", ":", "!", "?", "—", "-", "(", ")", "...", "…",
    ".”", ",”", ".\"", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{2028}", " ",
];

const SEPARATORS: &[&str] = &[" ", " ", " ", "", "\n", "\n\n", "  "];

/// Texts made of news-like tokens: countries, words, quotes, punctuation and line breaks.
fn news_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        3 => prop::sample::select(country_names()),
        4 => prop::sample::select(WORDS).prop_map(str::to_string),
        3 => prop::sample::select(PUNCT).prop_map(str::to_string),
    ];
    prop::collection::vec((token, prop::sample::select(SEPARATORS)), 0..80).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, sep)| [t, sep.to_string()])
            .collect()
    })
}

/// Invented actors with odd names and aliases: non-ASCII letters, dots, hyphens, spaces,
/// apostrophes, names that are prefixes of one another.
fn invented_actors() -> impl Strategy<Value = Vec<Actor>> {
    let name = "[A-ZÀ-ÖİΣЖ][a-zß-öıσςж]{0,6}([ .'’-][A-Za-zß-ö]{0,5}){0,2}\\.?";
    let kind = prop::sample::select(ActorKind::ALL.to_vec());
    prop::collection::vec((name, kind, prop::collection::vec(name, 0..3)), 1..6).prop_map(|rows| {
        rows.into_iter()
            .map(|(name, kind, aliases)| Actor {
                name,
                kind,
                aliases,
            })
            .collect()
    })
}

/// An article that mentions the invented actors among news-like tokens.
fn article_with(actors: Vec<Actor>) -> impl Strategy<Value = (Vec<Actor>, String)> {
    let forms: Vec<String> = actors
        .iter()
        .flat_map(|a| std::iter::once(a.name.clone()).chain(a.aliases.iter().cloned()))
        .collect();
    let token = prop_oneof![
        3 => prop::sample::select(forms),
        1 => prop::sample::select(country_names()),
        3 => prop::sample::select(WORDS).prop_map(str::to_string),
        3 => prop::sample::select(PUNCT).prop_map(str::to_string),
    ];
    let text =
        prop::collection::vec((token, prop::sample::select(SEPARATORS)), 0..60).prop_map(|parts| {
            parts
                .into_iter()
                .flat_map(|(t, sep)| [t, sep.to_string()])
                .collect::<String>()
        });
    (Just(actors), text)
}

proptest! {
    // Modest case counts keep the file at a few seconds in a debug build; no regression
    // files are written next to the tests.
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings(text in ".*") {
        check_text(&text)?;
    }

    #[test]
    fn arbitrary_multiline_strings(text in "(?s).{0,300}") {
        check_text(&text)?;
    }

    #[test]
    fn news_like_strings(text in news_text()) {
        check_text(&text)?;
    }

    #[test]
    fn invented_actors_in_a_custom_gazetteer(
        (actors, text) in invented_actors().prop_flat_map(article_with)
    ) {
        let mut gazetteer = Gazetteer::builtin().clone();
        for a in actors {
            gazetteer.add(a);
        }
        let finder = ActorFinder::new(&gazetteer);
        let options = ScoreOptions::default();
        let report = model().score_article_with(&text, &finder, &options);
        check(&text, &report)?;
        prop_assert_eq!(&report, &model().score_article_with(&text, &finder, &options));
    }

    #[test]
    fn target_filter_keeps_a_subset(
        text in news_text(),
        pick in any::<prop::sample::Index>(),
        lowercase in any::<bool>(),
    ) {
        let all = model().score_article(&text);
        prop_assume!(!all.actors.is_empty());
        let actor = &all.actors[pick.index(all.actors.len())];
        let forms: Vec<&String> = std::iter::once(&actor.actor).chain(&actor.aliases).collect();
        let mut target = forms[pick.index(forms.len())].clone();
        if lowercase {
            target = target.to_ascii_lowercase();
        }
        let options = ScoreOptions { targets: vec![target.clone()] };
        let only = model().score_article_with(&text, ActorFinder::builtin(), &options);
        check(&text, &only)?;
        prop_assert!(only.actors.iter().any(|a| a.actor == actor.actor), "{} lost", target);
        for a in &only.actors {
            prop_assert!(all.actors.contains(a));
            prop_assert!(
                a.actor.eq_ignore_ascii_case(&target)
                    || a.aliases.iter().any(|x| x.eq_ignore_ascii_case(&target)),
                "{} kept for target {}", &a.actor, &target
            );
        }
        prop_assert_eq!(only.sentences.len(), all.sentences.len());
        for (s, full) in only.sentences.iter().zip(&all.sentences) {
            let kept: Vec<_> = full
                .stances
                .iter()
                .filter(|st| only.actors.iter().any(|a| a.actor == st.target))
                .collect();
            prop_assert_eq!(s.stances.iter().collect::<Vec<_>>(), kept);
        }
    }
}

#[test]
fn fixed_edge_cases() {
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "“”",
        "\"",
        "Russia",
        "Russia.",
        "U.S.",
        "Mr.",
        "“Russia,” said Obama.",
        "Obama said: “",
        "Russia’s Russia’s Russia’s",
        "🇯🇵Japan🇯🇵",
        "e\u{301}Japan\u{301}",
        "Japan\r\n\r\nChina\r\n",
        "\u{feff}Russia praised Germany.",
        "Moscow lied, said Ada Obi, Russia's",
        // Found by `news_like_strings`: a joint holder's relation.
        "St Kitts and NevisAbidjan  said  Abidjan ",
    ] {
        check_text(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}

/// Found by `invented_actors_in_a_custom_gazetteer`: the pronoun word that opens a known
/// name (`He …`) is the name's, not a second, overlapping mention.
#[test]
fn a_pronoun_opening_a_known_name_is_no_pronoun() {
    let mut gazetteer = Gazetteer::builtin().clone();
    gazetteer.add(Actor {
        name: "He î'f".into(),
        kind: ActorKind::Country,
        aliases: Vec::new(),
    });
    let text = "Barack Obama \n\n  He î'f  ";
    let finder = ActorFinder::new(&gazetteer);
    let report = model().score_article_with(text, &finder, &ScoreOptions::default());
    check(text, &report).unwrap_or_else(|e| panic!("{e}"));
}

/// Found by `invented_actors_in_a_custom_gazetteer` in CI: `the Dr.` after `Dr. X` is a
/// reference to X, which the summary does not count as a mention by name.
#[test]
fn a_reference_is_no_mention_by_name_in_the_summary() {
    let mut gazetteer = Gazetteer::builtin().clone();
    gazetteer.add(Actor {
        name: "Cςıςж.".into(),
        kind: ActorKind::Person,
        aliases: Vec::new(),
    });
    let text = "Dr.  Cςıςж. spoke. Later the Dr. left.";
    let finder = ActorFinder::new(&gazetteer);
    let report = model().score_article_with(text, &finder, &ScoreOptions::default());
    check(text, &report).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn actor_names_are_unique() {
    let mut gazetteer = Gazetteer::builtin().clone();
    gazetteer.add(Actor {
        name: "Zubrovia Corp.".into(),
        kind: ActorKind::Organisation,
        aliases: vec![],
    });
    let finder = ActorFinder::new(&gazetteer);
    let text = "Zubrovia Corp.Its shares fell. Zubrovia Corp. denied it.";
    let report = model().score_article_with(text, &finder, &ScoreOptions::default());
    let names: Vec<&str> = report.actors.iter().map(|a| a.actor.as_str()).collect();
    assert_eq!(names, ["Zubrovia Corp."], "{:?}", report.actors);
    assert_eq!(report.actors[0].mentions, 2);
}
