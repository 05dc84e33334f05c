//! Test helpers shared by the module's unit tests (a small gazetteer, a sentence
//! splitter, expectation helpers) and the property test over arbitrary input.

use super::*;

/// A small gazetteer written for the tests.
pub const CSV: &str = "name,kind,aliases
United States,country,U.S.|US|USA|America|American|Americans|Washington|White House
Russia,country,Russian|Russians|Moscow|Kremlin
European Union,organisation,EU|Brussels
Iran,country,Iranian|Iranians|Tehran
Syria,country,Syrian|Syrians|Damascus
Turkey,country,Turkish|Turks|Ankara
United Nations,organisation,UN|U.N.
Ukraine,country,Ukrainian|Ukrainians|Kiev|Kyiv
England,country,English
Islamic State,group,ISIS|ISIL
Bashar al-Assad,person,Assad
";

pub fn finder() -> ActorFinder {
    ActorFinder::new(&Gazetteer::from_csv_reader(CSV.as_bytes(), "test.csv").unwrap())
}

/// Test sentence splitter: ends a sentence after `.`, `?` or `!` (and any closing
/// quotes) followed by white space, except after abbreviations such as `U.S.` or
/// `Mr.`; also splits at blank lines.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let mut end = None;
        if matches!(c, '.' | '?' | '!') && !(c == '.' && abbreviation_before(&text[start..i])) {
            let mut j = i + 1;
            while let Some(&(k, q)) = it.peek() {
                if q != '\u{201d}' && q != '"' {
                    break;
                }
                j = k + q.len_utf8();
                it.next();
            }
            if it.peek().is_none_or(|&(_, n)| n.is_whitespace()) {
                end = Some(j);
            }
        } else if c == '\n' && matches!(it.peek(), Some(&(_, '\n'))) {
            end = Some(i);
        }
        if let Some(e) = end {
            push(text, &mut out, start, e);
            start = e;
        }
    }
    push(text, &mut out, start, text.len());
    out
}

fn abbreviation_before(s: &str) -> bool {
    let w = s
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    w.contains('.')
        || (w.len() == 1 && w.chars().all(char::is_uppercase))
        || matches!(
            w,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Gen"
                | "Sen"
                | "Col"
                | "Gov"
                | "Rep"
                | "Adm"
                | "Corp"
                | "Jr"
        )
}

fn push(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            start: start + lead,
            end: end - trail,
        });
    }
}

pub fn find(text: &str) -> ArticleActors {
    finder().find(text, &split(text))
}

/// `(surface, holder name)` per mention.
pub fn holders(text: &str) -> Vec<(&str, Option<String>)> {
    let a = find(text);
    let h = super::find_holders(text, &split(text), &a);
    a.mentions
        .iter()
        .zip(h)
        .map(|(m, h)| (&text[m.start..m.end], h.map(|i| a.actors[i].name.clone())))
        .collect()
}

pub fn expect(text: &str, want: &[(&str, Option<&str>)]) {
    let want: Vec<(&str, Option<String>)> = want
        .iter()
        .map(|(s, h)| (*s, h.map(str::to_string)))
        .collect();
    assert_eq!(holders(text), want, "{text}");
}

pub const OBAMA: Option<&str> = Some("Barack Obama");
pub const LAVROV: Option<&str> = Some("Sergei Lavrov");

/// `(surface, canonical actor name)` of every mention.
/// Asserts the `(name, kind)` of every actor the built-in gazetteer and rules find in `text`.
pub fn assert_builtin_actors(text: &str, expected: &[(&str, super::ActorKind)]) {
    let a = super::ActorFinder::builtin().find(text, &split(text));
    let got: Vec<_> = a.actors.iter().map(|x| (x.name.as_str(), x.kind)).collect();
    assert_eq!(got, expected);
}

pub fn surfaces<'a>(text: &'a str, a: &'a ArticleActors) -> Vec<(&'a str, &'a str)> {
    a.mentions
        .iter()
        .map(|m| (&text[m.start..m.end], a.actors[m.actor].name.as_str()))
        .collect()
}

mod properties {
    use super::finder;
    use crate::actors::*;
    use crate::text::Sentence;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "U.S.",
        "US",
        "USA",
        "Russia",
        "Russia's",
        "Russia’s",
        "Iran'",
        "Russians",
        "Kremlin",
        "the",
        "said",
        "told",
        "He",
        "he",
        "She",
        "President",
        "Barack",
        "Obama",
        "Mr.",
        "Gen.",
        "al-Assad",
        "Assad",
        "bin",
        "of",
        "Ministry",
        "Defence",
        "Party",
        "“",
        "”",
        "\"",
        ",",
        ".",
        ":",
        ";",
        "\n",
        "\n\n",
        "according",
        "to",
        "by",
        "was",
        "and",
        "who",
        "May",
        "Monday",
        "I",
        "É",
        "Ça",
        "ß",
        "日本",
        "🙂",
        "'",
        "’",
        "-",
        "—",
        "(",
        ")",
        "OBAMA",
        "NATO",
        "W.",
        "Jr.",
        "praised",
        "is",
        "seeing",
        "Putin",
        "Vladimir",
        "Sergei",
        "Lavrov",
        "Foreign",
        "Minister",
        "EU",
        "Brussels",
    ];

    fn article() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            prop::collection::vec(
                (
                    prop::sample::select(WORDS),
                    prop::sample::select(&[" ", "", "  ", "\n"][..])
                ),
                0..60
            )
            .prop_map(|v| v.into_iter().map(|(w, sep)| format!("{w}{sep}")).collect()),
        ]
    }

    fn one_sentence(text: &str) -> Vec<Sentence> {
        let t = text.trim();
        if t.is_empty() {
            return vec![];
        }
        let start = text.len() - text.trim_start().len();
        vec![Sentence {
            start,
            end: start + t.len(),
        }]
    }

    fn split_on_period(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices('.') {
            out.push(Sentence { start, end: i + 1 });
            start = i + 1;
        }
        if start < text.len() {
            out.push(Sentence {
                start,
                end: text.len(),
            });
        }
        out
    }

    fn check(text: &str, sentences: &[Sentence]) {
        let a = finder().find(text, sentences);
        let mut last_end = 0;
        for m in &a.mentions {
            assert!(
                m.start < m.end && m.start >= last_end,
                "sorted, non-overlapping: {m:?}"
            );
            last_end = m.end;
            let surface = text.get(m.start..m.end).expect("char boundaries");
            let s = sentences[m.sentence];
            assert!(
                s.start <= m.start && m.start < s.end,
                "mention {m:?} outside sentence {s:?}"
            );
            assert!(m.end <= s.end || text[s.end..m.end].bytes().all(|b| b == b'.'));
            let actor = &a.actors[m.actor];
            let norm = crate::actors::group::normalize(surface);
            assert!(
                actor.aliases.iter().any(|x| *x == norm),
                "{surface:?} not an alias of {actor:?}"
            );
        }
        let h = find_holders(text, sentences, &a);
        assert_eq!(h.len(), a.mentions.len());
        for (m, h) in a.mentions.iter().zip(h) {
            if let Some(h) = h {
                assert!(h < a.actors.len() && h != m.actor);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn find_and_holders_never_panic_and_keep_offsets(text in article()) {
            check(&text, &one_sentence(&text));
            check(&text, &split_on_period(&text));
        }
    }
}

/// `(reference, actor, holder)`: a reference's words, its actor's name and its holder's.
pub type Reference = (String, String, Option<String>);

/// With the built-in gazetteer: the references, and the names of the mentions that carry
/// a stance row of their own (no affiliation).
pub fn references_and_rows(text: &str) -> (Vec<Reference>, Vec<String>) {
    let sentences = crate::text::split_sentences(text);
    let actors = ActorFinder::builtin().find(text, &sentences);
    let article = ArticleTokens::new(text, &sentences);
    let holders = find_holders_and_references(text, &article, &actors, true);
    let name = |a: usize| actors.actors[a].name.clone();
    let references = holders
        .references
        .iter()
        .map(|p| {
            let m = p.mention;
            (
                text[m.start..m.end].to_owned(),
                name(m.actor),
                p.holders.main.map(name),
            )
        })
        .collect();
    let rows = actors
        .mentions
        .iter()
        .zip(&holders.names)
        .filter(|(_, h)| !h.affiliation)
        .map(|(m, _)| text[m.start..m.end].to_owned())
        .collect();
    (references, rows)
}

/// With the built-in model: each sentence's stance targets, in order (the rows
/// `stance score` prints).
pub fn targets_by_sentence(text: &str) -> Vec<Vec<String>> {
    crate::Model::builtin()
        .unwrap()
        .score_article(text)
        .sentences
        .into_iter()
        .map(|s| s.stances.into_iter().map(|st| st.target).collect())
        .collect()
}
