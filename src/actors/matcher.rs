//! Gazetteer matching: one Aho-Corasick automaton over every name and alias,
//! exact case, leftmost-longest among the matches that sit on word boundaries.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use super::tokens::SentenceIndex;
use super::Actor;

/// A gazetteer match in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GazHit {
    pub start: usize,
    pub end: usize,
    /// Index into the caller's sentences.
    pub sentence: usize,
    /// Index into the gazetteer's actors.
    pub actor: usize,
    /// Set when the match turned out to be part of a longer unknown name (`Bank of England`).
    pub dropped: bool,
}

#[derive(Clone)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    /// Pattern id -> gazetteer actor index.
    pattern_actor: Vec<usize>,
}

impl Matcher {
    /// When two actors share an alias, the actor whose canonical name it is wins,
    /// otherwise the first actor listed.
    pub fn new(actors: &[Actor]) -> Matcher {
        let mut owner: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<&str> = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            for p in a.forms() {
                let p = p.as_str();
                if p.is_empty() {
                    continue;
                }
                match owner.get(p) {
                    None => {
                        owner.insert(p, i);
                        patterns.push(p);
                    }
                    Some(&j) if actors[j].name != p && a.name == p => {
                        owner.insert(p, i);
                    }
                    Some(_) => {}
                }
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&patterns)
            .expect("gazetteer automaton exceeds aho-corasick's size limits");
        let pattern_actor = patterns.iter().map(|p| owner[p]).collect();
        Matcher { ac, pattern_actor }
    }

    /// All matches inside sentences, sorted by start, non-overlapping.
    pub fn find(&self, text: &str, sents: &SentenceIndex) -> Vec<GazHit> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.ac.find(Input::new(text).span(pos..text.len())) else {
                break;
            };
            let s = m.start();
            let mut found = None;
            if boundary_before(text, s) {
                let mut cur = Some(m);
                while let Some(c) = cur {
                    if boundary_after(text, c.end()) {
                        found = Some(c);
                        break;
                    }
                    // The next shorter pattern starting at `s`, if any.
                    cur = self.ac.find(
                        Input::new(text)
                            .span(s..c.end() - 1)
                            .anchored(Anchored::Yes),
                    );
                }
            }
            let Some(c) = found else {
                pos = s + text[s..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            pos = c.end();
            let start = s - article_prefix_len(text, s);
            let Some(si) = sents.locate(start) else {
                continue;
            };
            let sent = sents.sents[si];
            // A final period shared with the sentence end (`... the U.S.`) may lie outside it.
            if c.end() > sent.end && !text[sent.end..c.end()].bytes().all(|b| b == b'.') {
                continue;
            }
            out.push(GazHit {
                start,
                end: c.end(),
                sentence: sent.index,
                actor: self.pattern_actor[c.pattern().as_usize()],
                dropped: false,
            });
        }
        out
    }

    /// The gazetteer actor of which `s` is exactly the name or an alias.
    pub fn actor_named(&self, s: &str) -> Option<usize> {
        // The longest pattern anchored at the start is `s` itself when `s` is one.
        let m = self.ac.find(Input::new(s).anchored(Anchored::Yes))?;
        (m.end() == s.len()).then(|| self.pattern_actor[m.pattern().as_usize()])
    }
}

fn boundary_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Length of an Arabic article glued to a capitalised match (`al-` in `al-Assad`).
fn article_prefix_len(text: &str, start: usize) -> usize {
    let before = &text[..start];
    let Some(stem) = before.strip_suffix('-') else {
        return 0;
    };
    let word_start = stem.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + stem[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &stem[word_start..];
    if text[start..].starts_with(char::is_uppercase) && super::lexicon::is_article_prefix(word) {
        start - word_start
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::CSV;
    use super::super::Gazetteer;
    use super::*;
    use crate::text::Sentence;

    fn hits(text: &str) -> Vec<(&str, String)> {
        let g = Gazetteer::from_csv_reader(CSV.as_bytes(), "t").unwrap();
        let m = Matcher::new(g.actors());
        let sents = SentenceIndex::new(
            text,
            &[Sentence {
                start: 0,
                end: text.len(),
            }],
        );
        m.find(text, &sents)
            .into_iter()
            .map(|h| (&text[h.start..h.end], g.actors()[h.actor].name.clone()))
            .collect()
    }

    fn names(text: &str) -> Vec<&str> {
        hits(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn exact_case_on_word_boundaries() {
        assert_eq!(
            names("USE us US, USA; AUS U.S.A. Iranians Iranianism"),
            vec!["US", "USA", "Iranians"]
        );
        assert!(names("the campus").is_empty());
    }

    #[test]
    fn possessives_cover_the_name_only() {
        assert_eq!(
            names("Russia's, Russia’s and Iran' nuclear plans; Americans' views"),
            vec!["Russia", "Russia", "Iran", "Americans"]
        );
    }

    #[test]
    fn metonyms_and_demonyms_map_to_the_actor() {
        let h = hits("the Kremlin and Brussels; Russians, Moscow");
        let got: Vec<_> = h.iter().map(|(s, n)| (*s, n.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("Kremlin", "Russia"),
                ("Brussels", "European Union"),
                ("Russians", "Russia"),
                ("Moscow", "Russia")
            ]
        );
    }

    #[test]
    fn longest_match_wins_and_shorter_falls_back() {
        let g = Gazetteer::from_csv_reader(
            "name,kind,aliases\nNew York,place,\nNew York Times,organisation,\n".as_bytes(),
            "t",
        )
        .unwrap();
        let m = Matcher::new(g.actors());
        let text = "The New York Times and New York Timesheets";
        let sents = SentenceIndex::new(
            text,
            &[Sentence {
                start: 0,
                end: text.len(),
            }],
        );
        let got: Vec<_> = m
            .find(text, &sents)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(got, vec!["New York Times", "New York"]);
    }

    #[test]
    fn dotted_abbreviation_shares_the_final_period() {
        let g = Gazetteer::from_csv_reader(CSV.as_bytes(), "t").unwrap();
        let m = Matcher::new(g.actors());
        let text = "Sanctions were imposed by the U.S. Russia said so.";
        // The splitter ended the first sentence before the shared period.
        let sents = SentenceIndex::new(
            text,
            &[
                Sentence { start: 0, end: 33 },
                Sentence { start: 35, end: 50 },
            ],
        );
        let got: Vec<_> = m
            .find(text, &sents)
            .iter()
            .map(|h| (&text[h.start..h.end], h.sentence))
            .collect();
        assert_eq!(got, vec![("U.S.", 0), ("Russia", 1)]);
    }

    #[test]
    fn arabic_article_is_part_of_the_match() {
        assert_eq!(
            names("President al-Assad and Assad"),
            vec!["al-Assad", "Assad"]
        );
        assert_eq!(names("anti-American"), vec!["American"]);
    }

    #[test]
    fn text_outside_sentences_is_ignored() {
        let g = Gazetteer::from_csv_reader(CSV.as_bytes(), "t").unwrap();
        let m = Matcher::new(g.actors());
        let text = "Russia. Iran.";
        let sents = SentenceIndex::new(text, &[Sentence { start: 8, end: 13 }]);
        assert_eq!(m.find(text, &sents).len(), 1);
    }

    #[test]
    fn actor_named_needs_the_whole_form() {
        let g = Gazetteer::from_csv_reader(CSV.as_bytes(), "t").unwrap();
        let m = Matcher::new(g.actors());
        let name = |s: &str| m.actor_named(s).map(|a| g.actors()[a].name.as_str());
        assert_eq!(name("Kremlin"), Some("Russia"));
        assert_eq!(name("U.S."), Some("United States"));
        assert_eq!(name("United States"), Some("United States"));
        for s in ["", "U.S", "U.S.A.", "Kremlins", "the Kremlin", "kremlin"] {
            assert_eq!(name(s), None, "{s:?}");
        }
    }

    #[test]
    fn canonical_name_owns_a_shared_alias() {
        let g = Gazetteer::from_csv_reader(
            "name,kind,aliases\nGeorge Washington,person,Washington\nWashington,place,\n"
                .as_bytes(),
            "t",
        )
        .unwrap();
        let m = Matcher::new(g.actors());
        let text = "Washington";
        let sents = SentenceIndex::new(text, &[Sentence { start: 0, end: 10 }]);
        assert_eq!(m.find(text, &sents)[0].actor, 1);
    }
}
