//! Names the gazetteer does not know: runs of capitalised words within a sentence,
//! with connectors (`bin`, `de`, `of`) between them, person titles stripped off and
//! sentence-initial ordinary words, months, pronouns and all-caps headlines left out.

mod annotate;
mod segments;

use super::gender;
use super::lexicon as lx;
use super::matcher::GazHit;
use super::tokens::{ArticleTokens, Token};
use super::{Actor, ActorKind};
use crate::text::tokenize::APOSTROPHES;

/// A name found in the text (not in the gazetteer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameSpan {
    pub start: usize,
    pub end: usize,
    /// Index into the caller's sentences.
    pub sentence: usize,
    /// Capitalised words (connectors not counted).
    pub words: usize,
    /// Byte range of the last word.
    pub last: (usize, usize),
    /// Byte range of the first word.
    pub first: (usize, usize),
    /// Directly preceded by a person title (`President`, `Mr.`, `spokesman`).
    pub title: bool,
    /// That title is a monarch's or a cleric's (`Queen`, `Pope`, `Prince`), which goes with a
    /// given name alone: `Queen Elizabeth` is not `Elizabeth Warren`.
    pub regnal: bool,
    /// Organisation or Party from the name's own words, otherwise Other.
    pub hint: ActorKind,
    /// Looks like a person by itself (common given name, middle initial).
    pub person_hint: bool,
    /// Its context says an organisation (`the security group X`, see `org_cues`).
    pub org_hint: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TokInfo {
    /// First word of the sentence, of a quotation or of a paragraph.
    pub(super) initial: bool,
    /// Index of the gazetteer hit covering this token.
    pub(super) gaz: Option<usize>,
    /// On a line written in capitals only.
    pub(super) headline: bool,
}

/// Consecutive tokens that may form a name; `title` is the first token of a title right before it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Seg {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) title: Option<usize>,
}
pub(super) struct Finder<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) info: Vec<TokInfo>,
    pub(super) mid_caps: Vec<&'a str>,
    /// Capitalised words seen only before the head of an organisation's name.
    pub(super) org_caps: Vec<&'a str>,
    pub(super) hits: &'a [GazHit],
    pub(super) gaz: &'a [Actor],
    /// The article's datelines (`GENEVA (Wire) -`), sorted: the word after one opens the
    /// story's first sentence.
    pub(super) datelines: &'a [(usize, usize)],
    /// Words the article writes in lowercase, and capitalised words it writes alone within
    /// a sentence, sorted; gathered on first use (see [`Finder::written_lowercase`]).
    lowercase: std::cell::OnceCell<(Vec<&'a str>, Vec<&'a str>)>,
    lowercase_questions: std::cell::Cell<u32>,
    /// Short names in brackets after a law's or treaty's name (`(GDPR)`), no actors
    /// wherever they recur.
    pub(super) instrument_acronyms: std::cell::RefCell<Vec<&'a str>>,
}

/// Finds unknown names in every sentence. Gazetteer hits that turn out to be part of a
/// longer organisation name are marked `dropped`; a gazetteer person preceded by its
/// first name (`Bashar` al-Assad) is extended to cover it.
pub(crate) fn find_names(
    text: &str,
    article: &ArticleTokens,
    hits: &mut [GazHit],
    gaz: &[Actor],
    datelines: &[(usize, usize)],
) -> Vec<NameSpan> {
    let (sents, tokens, ranges) = (&article.sents, &article.tokens[..], &article.ranges);
    let mut f = Finder {
        text,
        info: vec![TokInfo::default(); tokens.len()],
        tokens,
        mid_caps: Vec::new(),
        org_caps: Vec::new(),
        hits,
        gaz,
        datelines,
        lowercase: std::cell::OnceCell::new(),
        lowercase_questions: std::cell::Cell::new(0),
        instrument_acronyms: std::cell::RefCell::new(Vec::new()),
    };
    for &(a, b) in ranges {
        f.annotate(a, b);
    }
    f.mid_caps.sort_unstable();
    f.mid_caps.dedup();
    f.org_caps.sort_unstable();
    f.org_caps.dedup();

    let mut out = Vec::new();
    let mut drops = Vec::new();
    let mut extensions = Vec::new();
    let mut segs = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        segs.clear();
        f.segments(a, b, &mut segs);
        let sentence = sents.sents[si].index;
        let before = out.len();
        for &seg in &segs {
            f.resolve(seg, &mut out, &mut drops, &mut extensions);
        }
        f.context_person(&mut out[before..], a, b);
        f.context_organisation(&mut out[before..], a, b);
        for n in &mut out[before..] {
            n.sentence = sentence;
        }
    }
    let acronyms = f.instrument_acronyms.take();
    if !acronyms.is_empty() {
        out.retain(|n| !acronyms.contains(&&text[n.start..n.end]));
    }
    for d in drops {
        hits[d].dropped = true;
    }
    for (h, start) in extensions {
        hits[h].start = start;
    }
    out
}

impl<'a> Finder<'a> {
    pub(super) fn word(&self, k: usize) -> &'a str {
        self.tokens[k].text(self.text)
    }

    pub(super) fn is_word(&self, k: usize) -> bool {
        self.tokens[k].is_word()
    }

    pub(super) fn is_connector(&self, k: usize) -> bool {
        let w = self.word(k);
        self.is_word(k) && !self.tokens[k].cap && (self.has(k, lx::CONNECTOR) || w == "the")
    }

    /// `of`, `and` or `for` at `k`: a word that joins the capitalised words of one
    /// organisation's name (`Office of Competition and Consumer Protection`).
    pub(super) fn joins_name(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.is_word() && matches!(t.text(self.text), "of" | "and" | "for"))
    }

    /// The word in brackets opening at token `open` (`(` word `)`): an acronym's place.
    pub(super) fn bracketed(&self, open: usize) -> Option<&'a str> {
        let close = self.tokens.get(open + 2)?;
        (self.tokens[open].is_punct_in(self.text, &['(']) && close.is_punct_in(self.text, &[')']))
            .then(|| self.word(open + 1))
    }

    /// The bracket opening at token `open` holds an acronym of exactly the initials of the
    /// words from token `first` to the bracket ([`super::group::spells`]).
    pub(super) fn spelled_before(&self, first: usize, open: usize) -> bool {
        open > first
            && self.bracketed(open).is_some_and(|acronym| {
                let name = &self.text[self.tokens[first].start..self.tokens[open - 1].end];
                super::group::spells(acronym, name)
            })
    }

    pub(super) fn mid_cap(&self, w: &str) -> bool {
        self.mid_caps.binary_search(&w).is_ok()
    }

    /// The article writes `w` (a capitalised word) in lowercase somewhere (`the utility`
    /// after a headline's `Utility sued …`) and never alone capitalised within a
    /// sentence: a common word. Beside a capitalised word, or one past a connector
    /// (`Office of Competition and Consumer Protection`), it is a word of a longer name.
    pub(super) fn written_lowercase(&self, w: &str) -> bool {
        if w.len() <= 2 {
            return false;
        }
        // A few questions scan the tokens; an article that asks many gets an index.
        let asked = self.lowercase_questions.get() + 1;
        self.lowercase_questions.set(asked);
        let lowered = w.to_lowercase();
        if asked <= 16 {
            let (mut lower, mut lone) = (false, false);
            for (k, t) in self.tokens.iter().enumerate() {
                let len = t.end - t.start;
                if !t.is_word() || (len != w.len() && len != lowered.len()) {
                    continue;
                }
                let x = t.text(self.text);
                if !t.cap {
                    lower |= x == lowered;
                } else if x == w && self.alone_within_sentence(k) {
                    lone = true;
                    break;
                }
            }
            return lower && !lone;
        }
        let (lower, lone) = self.lowercase.get_or_init(|| {
            let (mut lower, mut lone) = (Vec::new(), Vec::new());
            for (k, t) in self.tokens.iter().enumerate() {
                if !t.is_word() || t.end - t.start <= 2 {
                    continue;
                }
                let x = t.text(self.text);
                if !t.cap {
                    if x.starts_with(|c: char| c.is_lowercase()) {
                        lower.push(x);
                    }
                } else if self.alone_within_sentence(k) {
                    lone.push(x);
                }
            }
            for v in [&mut lower, &mut lone] {
                v.sort_unstable();
                v.dedup();
            }
            (lower, lone)
        });
        lone.binary_search(&w).is_err() && lower.binary_search(&lowered.as_str()).is_ok()
    }

    /// The capitalised word at `k` stands within a sentence with no capitalised word
    /// beside it, or one past a connector.
    fn alone_within_sentence(&self, k: usize) -> bool {
        let cap_word = |j: usize| self.tokens.get(j).is_some_and(|t| t.is_word() && t.cap);
        let before =
            k > 0 && (cap_word(k - 1) || (k >= 2 && self.joins_name(k - 1) && cap_word(k - 2)));
        let after = cap_word(k + 1) || (self.joins_name(k + 1) && cap_word(k + 2));
        !self.info[k].initial && !self.info[k].headline && !before && !after
    }

    /// The sentence-initial word at `k` is also seen in the middle of a sentence: as a
    /// name, or inside an organisation's name when it is a possessive itself (`Clinton's`
    /// after `Clinton Foundation`, but not `Data regulator` after `Data Protection
    /// Commission`).
    pub(super) fn supported(&self, k: usize) -> bool {
        let w = self.word(k);
        self.mid_cap(w)
            || (self.org_caps.binary_search(&w).is_ok()
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_punct_in(self.text, &APOSTROPHES)))
    }

    pub(super) fn is_title_word(&self, k: usize) -> bool {
        self.has(k, lx::TITLE | lx::TITLE_MODIFIER)
    }

    pub(super) fn has(&self, k: usize, flag: u32) -> bool {
        self.tokens[k].has(flag)
    }

    /// A given name: on the list of names that mark a person, or on a gendered list.
    pub(super) fn is_given_name(&self, k: usize) -> bool {
        self.has(k, lx::GIVEN_NAME) || gender::is_person_given_name(self.word(k))
    }

    /// Can token `k` start (or continue) a name?
    pub(super) fn starts_name(&self, k: usize, b: usize) -> bool {
        if k >= b
            || !self.is_word(k)
            || self.info[k].headline
            || self.tokens[k].newlines_before >= 2
        {
            return false;
        }
        let w = self.word(k);
        // `Justice` is a title (`Justice Peter Langat`) and a portfolio that names
        // bodies (`Department of Justice`, `Justice Department`).
        let title = self.has(k, lx::TITLE) && !self.has(k, lx::PORTFOLIO);
        self.info[k].gaz.is_some()
            || (self.tokens[k].cap
                && ((!self.has(k, lx::NEVER_NAME) && !title) || self.is_surname_he(k, b))
                && !lx::is_name_suffix(w))
    }

    /// `Vice Premier He Lifeng`, `He Lifeng said`: `He` is a Chinese surname, not the
    /// pronoun, when a word that can be a name follows it and the sentence goes on in
    /// lowercase (a title-case headline's `He Says China …` does not).
    pub(super) fn is_surname_he(&self, k: usize, b: usize) -> bool {
        self.word(k) == "He"
            && k + 1 < b
            && self.is_word(k + 1)
            && self.tokens[k + 1].cap
            && self.tokens[k + 1].newlines_before == 0
            && !self.has(k + 1, lx::NEVER_NAME | lx::TITLE | lx::STOPWORD)
            && (k + 2 >= b || !self.is_word(k + 2) || !self.tokens[k + 2].cap)
    }
}

#[cfg(test)]
pub(crate) mod tests;
