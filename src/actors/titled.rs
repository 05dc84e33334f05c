//! References by title alone: `the president`, `the foreign minister`, `, the former
//! justice minister,` after a name. A pronoun may refer back through them (`The general
//! said … I trust him`), so coreference counts them among the candidates: as the person
//! the article introduced with that title (`President William Ruto`), as the name they are
//! set off after, or as someone unknown.

use super::clauses::Ctx;
use super::lexicon as lx;
use super::quotes::quote_containing;

/// One reference by title; offsets of the title's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TitledRef {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Index of its sentence (as `Mention::sentence`).
    pub(super) sentence: usize,
    /// The person it names, where the article shows it.
    pub(super) actor: Option<usize>,
    /// It opens its sentence (`The minister said …`), so an unknown one is likely the
    /// subject later pronouns refer to.
    pub(super) opens: bool,
    pub(super) quote: Option<usize>,
}

impl Ctx<'_> {
    /// The article's references by title, in text order.
    pub(super) fn titled_refs(&self) -> Vec<TitledRef> {
        let mut out = Vec::new();
        for (si, &(a, b)) in self.ranges.iter().enumerate() {
            for j in a..b {
                if !self.word(j).eq_ignore_ascii_case("the") {
                    continue;
                }
                let mut t = j + 1;
                while t < b && self.has(t, lx::TITLE_MODIFIER) && !self.has(t, lx::TITLE) {
                    t += 1;
                }
                // A name or `of` after the title: `the President Joe Biden`, `the
                // president of France` are not references back.
                let bare = t + 1 >= b
                    || !(self.tokens[t + 1].cap || self.word(t + 1).eq_ignore_ascii_case("of"));
                if t >= b || !self.has(t, lx::TITLE) || !bare || self.mention_at(t).is_some() {
                    continue;
                }
                let (start, end) = (self.tokens[j].start, self.tokens[t].end);
                let actor = self
                    .apposed_to(j, a)
                    .or_else(|| self.only_person_titled(j + 1, t));
                let opens = j == a || (j == a + 1 && !self.tokens[a].is_word());
                out.push(TitledRef {
                    start,
                    end,
                    sentence: self.sents.sents[si].index,
                    actor,
                    opens,
                    quote: quote_containing(&self.quotes, start, end),
                });
            }
        }
        out
    }

    /// `Martha Karua, the former justice minister`: the person named right before the
    /// comma before token `j`.
    fn apposed_to(&self, j: usize, a: usize) -> Option<usize> {
        if j < a + 2 || !self.is_punct(j - 1, &[',']) {
            return None;
        }
        let p = self.mention_at(j - 2)?;
        let actor = self.mention(p).actor;
        self.is_person(actor).then_some(actor)
    }

    /// The one person of the article named after the title of tokens `first..=title`
    /// somewhere (`President William Ruto` for `the president`), of the same rank
    /// (`Deputy President Kithure Kindiki` is not `the president`).
    fn only_person_titled(&self, first: usize, title: usize) -> Option<usize> {
        let word = self.word(title);
        let ranks = |a: usize, b: usize| -> Vec<String> {
            (a..b)
                .map(|k| self.word(k).to_ascii_lowercase())
                .filter(|w| RANKS.contains(&w.as_str()))
                .collect()
        };
        let wanted = ranks(first, title);
        let mut found = None;
        for &i in &self.order {
            let m = self.actors.mentions[i];
            if !self.is_person(m.actor) || found == Some(m.actor) {
                continue;
            }
            let (a, b) = (self.token_from(m.start), self.token_from(m.end));
            let Some(t) =
                (a.saturating_sub(3)..b).find(|&k| self.word(k).eq_ignore_ascii_case(word))
            else {
                continue;
            };
            if ranks(t.saturating_sub(2), t) != wanted {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(m.actor);
        }
        found
    }
}

/// Modifiers that make a different office of a title (`Deputy President`, `Prime
/// Minister`), unlike portfolios (`Foreign Minister` is still `the minister`).
const RANKS: &[&str] = &[
    "assistant",
    "deputy",
    "ex",
    "former",
    "late",
    "prime",
    "vice",
];
