//! Actors in news articles: who is mentioned, which mentions are the same actor,
//! and who holds the stance expressed toward each mention.
//!
//! Finding actors, per article ([`ActorFinder::find`]):
//! 1. `matcher`: gazetteer names and aliases in one Aho-Corasick automaton (exact case,
//!    leftmost-longest, on word boundaries; possessives leave the name alone);
//! 2. `names`, `titles`, `name_spans`, `org_names`: runs of capitalised words the gazetteer
//!    does not know (`Council on Foreign Relations` is one name), person titles stripped
//!    from the span, sentence-initial ordinary words, months, pronouns and headlines left
//!    out; each with a kind hint and person evidence (`person_cues`: `X, a researcher at
//!    Y,`, `said X`) or organisation evidence (`org_cues`: `the security group X`); a name whose text is a gazetteer form the matcher missed
//!    (`Zubrovia Corp.Its`) is a mention of that gazetteer actor;
//! 3. `group`: mentions of the same actor grouped into one [`Actor`].
//!
//! Holders ([`find_holders`]): `quotes` finds quotations, `speakers` their speakers,
//! `clauses` verbs and `subjects` their subjects (skipping `, who …,` and appositives;
//! coordinated verbs share one), and `holders` applies the rules per mention.
//!
//! `tokens` (words and punctuation as byte ranges), `lexicon` and `clause_words` (closed
//! word lists, looked up once per token) and `appositives` are shared by both.
//!
//! Sentences are byte ranges into the article text. They are expected to be sorted
//! and not to overlap; ranges that are out of bounds or not on char boundaries are ignored.

mod affiliations;
mod appositives;
mod clause_words;
mod clauses;
mod coordination;
mod coreference;
mod country_offices;
mod datelines;
mod descriptions;
mod gazetteer;
mod gender;
mod group;
mod headlines;
mod holders;
mod interviews;
mod lexicon;
mod matcher;
mod name_spans;
mod names;
mod org_cues;
mod org_names;
mod parentheticals;
mod person_cues;
mod quotes;
mod shouting;
mod speakers;
mod subjects;
mod titled;
mod titles;
mod tokens;

#[cfg(test)]
pub(crate) mod test_support;

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

use crate::text::Sentence;

pub(crate) use clause_words::is_determiner;
pub use gazetteer::Gazetteer;
pub use holders::find_holders;
#[cfg(test)]
pub(crate) use holders::find_holders_in;
pub(crate) use holders::{find_holders_and_references, ArticleHolders, Holders};
pub(crate) use tokens::ArticleTokens;

/// What kind of actor a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Country,
    Organisation,
    Group,
    Person,
    Party,
    Place,
    Other,
}

impl ActorKind {
    /// Every kind, in declaration order.
    pub const ALL: [ActorKind; 7] = [
        ActorKind::Country,
        ActorKind::Organisation,
        ActorKind::Group,
        ActorKind::Person,
        ActorKind::Party,
        ActorKind::Place,
        ActorKind::Other,
    ];

    /// The lowercase name used in the gazetteer file and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
            ActorKind::Person => "person",
            ActorKind::Party => "party",
            ActorKind::Place => "place",
            ActorKind::Other => "other",
        }
    }

    /// Parses a kind name, ignoring case and surrounding space; `organization` is accepted too.
    pub fn parse(s: &str) -> Option<ActorKind> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("organization") {
            return Some(ActorKind::Organisation);
        }
        ActorKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for ActorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An actor: canonical name, kind and the surface forms that refer to it.
///
/// In a [`Gazetteer`] `aliases` are the forms to match besides `name`; in
/// [`ArticleActors`] they are the distinct forms seen in the article, in order of first appearance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
}

impl Actor {
    /// The canonical name, then the aliases.
    pub(crate) fn forms(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name).chain(&self.aliases)
    }
}

/// One mention of an actor in the article: byte offsets into the text; `actor` indexes `ArticleActors::actors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub actor: usize,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

/// The actors of one article and their mentions (sorted by `start`, non-overlapping).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ArticleActors {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
    /// The country the story is filed from (its first dateline's place, `LISBON (Wire)
    /// —`), if it is one of `actors`: whose `the government` is when no country is named
    /// more.
    #[serde(default)]
    pub home: Option<usize>,
}

/// Errors reading a gazetteer; messages are one line naming the source, the line and the problem.
#[derive(Debug, thiserror::Error)]
pub enum ActorsError {
    #[error("{source_name}: cannot read: {source}")]
    Io {
        source_name: String,
        source: std::io::Error,
    },
    #[error("{source_name}:{line}: {message}")]
    Csv {
        source_name: String,
        line: u64,
        message: String,
    },
    #[error("{source_name}:1: missing column \"{column}\" in header (expected name,kind,aliases)")]
    MissingColumn {
        source_name: String,
        column: &'static str,
    },
    #[error("{source_name}:{line}: unknown kind \"{kind}\" (expected country, organisation, group, person, party, place or other)")]
    UnknownKind {
        source_name: String,
        line: u64,
        kind: String,
    },
    #[error("{source_name}:{line}: empty name")]
    EmptyName { source_name: String, line: u64 },
}

/// Finds actor mentions in articles. Built once (the gazetteer automaton is compiled
/// in [`ActorFinder::new`]) and shared between threads for any number of articles.
#[derive(Clone)]
pub struct ActorFinder {
    matcher: matcher::Matcher,
    actors: Vec<Actor>,
    /// Lowercased names and aliases, for names written in capitals; built on first use.
    caseless: OnceLock<rustc_hash::FxHashMap<String, usize>>,
}

impl ActorFinder {
    /// Compiles the gazetteer's names and aliases into one automaton.
    pub fn new(gazetteer: &Gazetteer) -> ActorFinder {
        ActorFinder {
            matcher: matcher::Matcher::new(gazetteer.actors()),
            actors: gazetteer.actors().to_vec(),
            caseless: OnceLock::new(),
        }
    }

    /// A finder over [`Gazetteer::builtin`], compiled on first use.
    pub fn builtin() -> &'static ActorFinder {
        static FINDER: OnceLock<ActorFinder> = OnceLock::new();
        FINDER.get_or_init(|| ActorFinder::new(Gazetteer::builtin()))
    }

    /// Finds and groups the actors of one article. Text outside every sentence is ignored.
    pub fn find(&self, text: &str, sentences: &[Sentence]) -> ArticleActors {
        self.find_in(text, &ArticleTokens::new(text, sentences))
    }

    /// [`ActorFinder::find`] on sentences already tokenized, so that holder finding
    /// ([`holders::find_holders_in`]) can read the same tokens.
    pub(crate) fn find_in(&self, text: &str, article: &ArticleTokens) -> ArticleActors {
        let sents = &article.sents;
        if sents.is_empty() {
            return ArticleActors::default();
        }
        let mut hits = self.matcher.find(text, sents);
        let datelines = datelines::datelines(text, article);
        let mut names = names::find_names(text, article, &mut hits, &self.actors, &datelines);
        let home = datelines::first_dateline_places(text, article, &datelines)
            .into_iter()
            .filter_map(|place| self.gazetteer_form(place))
            .find(|&g| self.actors[g].kind == ActorKind::Country);
        // First, so that a dateline's place in capitals (`GENEVA`) is not looked up below.
        drop_mentions_in(&datelines, &mut hits, &mut names);
        drop_mentions_in(article.page_furniture(text), &mut hits, &mut names);
        // A name whose text the gazetteer knows is that actor's mention even where the
        // matcher missed it (`Zubrovia Corp.Its`: no word boundary after the period;
        // `DONALD TRUMP`: the matcher is case-sensitive); grouped as a name it would be a
        // second actor with the same canonical name. A run in capitals with an ordinary
        // word in it (`CROOKED HILLARY CLINTON`, `VERY FAKE NEWS`) is emphasis: only the
        // gazetteer names among its other words are kept. (`group::build` orders gazetteer
        // hits and names by position, so the pushed hits need no sorting here.)
        names.retain(|n| {
            let surface = &text[n.start..n.end];
            let hit = |start: usize, end: usize, actor: usize| matcher::GazHit {
                start,
                end,
                sentence: n.sentence,
                actor,
                dropped: false,
            };
            if let Some(actor) = self.gazetteer_form(surface) {
                hits.push(hit(n.start, n.end, actor));
                return false;
            }
            let Some(inside) = self.names_in_shouting(surface) else {
                return true;
            };
            for (start, end, actor) in inside {
                hits.push(hit(n.start + start, n.start + end, actor));
            }
            false
        });
        headlines::drop_headline_only_names(text, article, &mut names);
        let mut found = group::build(text, &self.actors, &hits, &names);
        found.home = home.and_then(|g| {
            let name = &self.actors[g].name;
            found.actors.iter().position(|a| a.name == *name)
        });
        found
    }
}

/// Drops the gazetteer hits and names that start inside one of `spans` (datelines, page
/// furniture).
fn drop_mentions_in(
    spans: &[(usize, usize)],
    hits: &mut [matcher::GazHit],
    names: &mut Vec<names::NameSpan>,
) {
    if spans.is_empty() {
        return;
    }
    let inside = |pos: usize| spans.iter().any(|&(s, e)| (s..e).contains(&pos));
    for h in hits.iter_mut().filter(|h| inside(h.start)) {
        h.dropped = true;
    }
    names.retain(|n| !inside(n.start));
}

/// Lines that open a sentence and are about the page, not the story (`By Jane Doe`,
/// `Read more: …`, `(Reporting by …)`): the writers' names and other stories' headlines
/// are not the story's actors. Only whole lines that end at a line break or are short: in
/// `Updated 10:36 PM EDT President Barack Obama …` the story follows on the same line.
pub(super) fn page_furniture(text: &str, sents: &tokens::SentenceIndex) -> Vec<(usize, usize)> {
    sents
        .sents
        .iter()
        .filter_map(|s| {
            let body = &text[s.start..s.end];
            let at = s.start + (body.len() - body.trim_start().len());
            let line = text[at..s.end].split('\n').next().unwrap_or("").trim_end();
            if !crate::text::sentences::is_page_furniture(line) {
                return None;
            }
            let end = at + line.len();
            let own_line = text[end..]
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n');
            let short = line.split_whitespace().nth(12).is_none();
            (own_line || short).then_some((at, end))
        })
        .collect()
}

impl ActorFinder {
    /// `None` unless `surface` is written in capitals (lowercase connectors allowed: `NEWS
    /// for the UNITED STATES`) and holds an ordinary word, which makes it emphasis; then
    /// the gazetteer names inside it, leftmost-longest, as (start, end, actor).
    fn names_in_shouting(&self, surface: &str) -> Option<Vec<(usize, usize, usize)>> {
        let words: Vec<(usize, usize)> = shouting::words(surface).collect();
        let capitals = |&(s, e): &(usize, usize)| tokens::is_all_caps(&surface[s..e]);
        let lowercase = |&(s, e): &(usize, usize)| !surface[s..e].contains(char::is_uppercase);
        let shouted = words.iter().all(|w| capitals(w) || lowercase(w))
            && words
                .iter()
                .any(|w| capitals(w) && shouting::is_ordinary(&surface[w.0..w.1]));
        if !shouted {
            return None;
        }
        let mut found = Vec::new();
        for run in words.split(|w| !capitals(w)) {
            let mut i = 0;
            while i < run.len() {
                let longest = (i + 1..=run.len()).rev().find_map(|j| {
                    let (start, end) = (run[i].0, run[j - 1].1);
                    Some((j, start, end, self.gazetteer_form(&surface[start..end])?))
                });
                match longest {
                    Some((j, start, end, actor)) => {
                        found.push((start, end, actor));
                        i = j;
                    }
                    None => i += 1,
                }
            }
        }
        Some(found)
    }

    /// The gazetteer actor that `surface` names exactly, or, written in capitals
    /// (`DONALD TRUMP`, `MITCH MCCONNELL`), ignoring case.
    fn gazetteer_form(&self, surface: &str) -> Option<usize> {
        let form = group::normalize(surface);
        if let Some(actor) = self.matcher.actor_named(&form) {
            return Some(actor);
        }
        // Short capitals are acronyms (`US` is not `us`).
        if !tokens::is_all_caps(&form) || form.chars().count() <= 3 {
            return None;
        }
        let caseless = self.caseless.get_or_init(|| {
            let mut map = rustc_hash::FxHashMap::default();
            // Canonical names first: they own an alias another actor shares.
            for (i, a) in self.actors.iter().enumerate() {
                map.entry(a.name.to_lowercase()).or_insert(i);
            }
            for (i, a) in self.actors.iter().enumerate() {
                for alias in &a.aliases {
                    map.entry(alias.to_lowercase()).or_insert(i);
                }
            }
            map
        });
        caseless.get(&form.to_lowercase()).copied()
    }
}

#[cfg(test)]
mod tests;
