//! Feature keys as integers: a template and one or two term ids packed into a `u64`.
//!
//! Scoring looks each token's term up once per sentence and probes the vocabulary with
//! integers: building and hashing a string per feature was over half of the scoring time.
//! The model file stores the term texts once and each key as template and term ids (model
//! format 3); the text form (`b:prais <T>`) is rendered for `stance inspect` and tests.

use crate::text::Analyzed;
use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use std::hash::BuildHasher;

/// The feature templates of [`super::templates::extract`], with the text prefix of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Template {
    Unigram,
    Bigram,
    Left,
    LeftBigram,
    Right,
    RightBigram,
    ClauseLeft,
    ClauseRight,
    Target,
    Place,
}

impl Template {
    const ALL: [Template; 10] = [
        Template::Unigram,
        Template::Bigram,
        Template::Left,
        Template::LeftBigram,
        Template::Right,
        Template::RightBigram,
        Template::ClauseLeft,
        Template::ClauseRight,
        Template::Target,
        Template::Place,
    ];

    /// The prefix before `:` in the key's text form.
    pub fn prefix(self) -> &'static str {
        match self {
            Template::Unigram => "u",
            Template::Bigram => "b",
            Template::Left => "l",
            Template::LeftBigram => "lb",
            Template::Right => "r",
            Template::RightBigram => "rb",
            Template::ClauseLeft => "cl",
            Template::ClauseRight => "cr",
            Template::Target => "t",
            Template::Place => "p",
        }
    }

    fn from_prefix(prefix: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.prefix() == prefix)
    }

    /// Whether keys of this template hold two terms.
    pub fn is_bigram(self) -> bool {
        matches!(
            self,
            Template::Bigram | Template::LeftBigram | Template::RightBigram
        )
    }

    /// The family that per-family normalisation treats as one block: sentence n-grams,
    /// window, target clause, target identity and position.
    pub fn block(self) -> u8 {
        match self {
            Template::Unigram | Template::Bigram => 0,
            Template::Left | Template::LeftBigram | Template::Right | Template::RightBigram => 1,
            Template::ClauseLeft | Template::ClauseRight => 2,
            Template::Target | Template::Place => 3,
        }
    }
}

const TERM_BITS: u32 = 30;
/// Fills the second slot of a one-term key.
const NO_TERM: u32 = (1 << TERM_BITS) - 1;
/// A term the dictionary does not know: no key holding it can be in the vocabulary.
pub const MISSING: u32 = NO_TERM - 1;

/// A template and its terms in one integer: 4 bits of template, 30 bits per term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FeatureKey(u64);

impl FeatureKey {
    pub fn unigram(template: Template, term: u32) -> Self {
        Self::pack(template, term, NO_TERM)
    }

    pub fn bigram(template: Template, first: u32, second: u32) -> Self {
        Self::pack(template, first, second)
    }

    fn pack(template: Template, a: u32, b: u32) -> Self {
        debug_assert!(a <= NO_TERM && b <= NO_TERM);
        FeatureKey((template as u64) << (2 * TERM_BITS) | u64::from(a) << TERM_BITS | u64::from(b))
    }

    pub fn template(self) -> Template {
        Template::ALL[(self.0 >> (2 * TERM_BITS)) as usize]
    }

    /// The first term and, for bigram templates, the second.
    pub fn terms(self) -> (u32, Option<u32>) {
        let a = (self.0 >> TERM_BITS) as u32 & NO_TERM;
        let b = self.0 as u32 & NO_TERM;
        (a, (b != NO_TERM).then_some(b))
    }

    /// The stored form: template number, first term, second term (bigrams).
    pub fn to_parts(self) -> (u8, u32, Option<u32>) {
        let (a, b) = self.terms();
        (self.template() as u8, a, b)
    }

    /// The key of stored parts; None for a template number or term id out of range, or a
    /// second term on a one-term template (or none on a bigram).
    pub fn from_parts(
        template: u8,
        first: u32,
        second: Option<u32>,
        n_terms: usize,
    ) -> Option<Self> {
        let template = *Template::ALL.get(usize::from(template))?;
        let known = |id: u32| (id as usize) < n_terms && id < MISSING;
        match second {
            Some(b) if template.is_bigram() && known(first) && known(b) => {
                Some(Self::bigram(template, first, b))
            }
            None if !template.is_bigram() && known(first) => Some(Self::unigram(template, first)),
            _ => None,
        }
    }

    /// False when a term is [`MISSING`].
    pub fn is_known(self) -> bool {
        let (a, b) = self.terms();
        a != MISSING && b != Some(MISSING)
    }

    /// Writes the text form (`b:prais <T>`) into `out`.
    pub fn render(self, terms: &Terms, out: &mut String) {
        let (a, b) = self.terms();
        out.push_str(self.template().prefix());
        out.push(':');
        out.push_str(terms.term(a));
        if let Some(b) = b {
            out.push(' ');
            out.push_str(terms.term(b));
        }
    }

    /// Parses the text form; terms are resolved by `term_id`. None if the text is not a key
    /// that [`super::templates::extract`] could have produced.
    pub fn parse<'t>(
        text: &'t str,
        mut term_id: impl FnMut(&'t str) -> Option<u32>,
    ) -> Option<Self> {
        // Byte searches: a model load parses every key, and `split_once` with a char
        // pattern was most of that time.
        let split = |s: &'t str, byte: u8| {
            let at = s.bytes().position(|b| b == byte)?;
            Some((&s[..at], &s[at + 1..]))
        };
        let (prefix, rest) = split(text, b':')?;
        let template = Template::from_prefix(prefix)?;
        // Terms never hold a space (tokens are split on it), so a bigram splits at its one
        // space and a unigram's whole rest is its term.
        if template.is_bigram() {
            let (a, b) = split(rest, b' ')?;
            Some(Self::bigram(template, term_id(a)?, term_id(b)?))
        } else {
            Some(Self::unigram(template, term_id(rest)?))
        }
    }
}

/// Term text <-> id: stems (prefixed `~` when negated) and the fixed items.
#[derive(Debug, Clone)]
pub struct Terms {
    text: String,
    /// `text[offsets[i]..offsets[i + 1]]` is term `i`.
    offsets: Vec<u32>,
    table: HashTable<u32>,
}

impl Terms {
    pub const TARGET: u32 = 0;
    pub const OTHER: u32 = 1;
    pub const FIRST: u32 = 2;
    pub const LAST: u32 = 3;
    pub const EARLY: u32 = 4;
    pub const LATE: u32 = 5;
    /// Texts of the ids above, interned first so that the ids are the same in every model.
    const FIXED: [&'static str; 6] = ["<T>", "<O>", "first", "last", "early", "late"];

    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    /// Room for about `n` terms without rehashing (a model load knows its size).
    pub fn with_capacity(n: usize) -> Self {
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0);
        let mut terms = Terms {
            text: String::with_capacity(n * 8),
            offsets,
            table: HashTable::with_capacity(n),
        };
        for s in Self::FIXED {
            terms.intern(s);
        }
        terms
    }

    /// Terms stored as one string cut by `offsets` (as [`Terms::parts`] gives them); None
    /// unless the offsets cut the string on char boundaries, the fixed terms come first and
    /// no term repeats.
    pub fn from_parts(text: String, offsets: Vec<u32>) -> Option<Self> {
        let valid = offsets.first() == Some(&0)
            && offsets.last().map(|&o| o as usize) == Some(text.len())
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.iter().all(|&o| text.is_char_boundary(o as usize));
        if !valid {
            return None;
        }
        if offsets.len() - 1 < Self::FIXED.len() {
            return None;
        }
        let mut terms = Terms::with_capacity(offsets.len() - 1);
        for (id, w) in offsets.windows(2).enumerate() {
            // Stored term `id` must get id `id`: the fixed terms in their places, then
            // each new term once.
            if terms.intern(&text[w[0] as usize..w[1] as usize]) != id as u32 {
                return None;
            }
        }
        Some(terms)
    }

    /// The stored form: all term texts in one string, and the offsets that cut it.
    pub fn parts(&self) -> (&str, &[u32]) {
        (&self.text, &self.offsets)
    }

    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of term `id` (empty for an id it does not hold).
    pub fn term(&self, id: u32) -> &str {
        let i = id as usize;
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.text[a as usize..b as usize],
            _ => "",
        }
    }

    pub fn get(&self, s: &str) -> Option<u32> {
        let hash = FxBuildHasher.hash_one(s);
        self.table.find(hash, |&i| self.term(i) == s).copied()
    }

    /// The id of `s`, adding it on first sight; [`MISSING`] once the id space is full.
    pub fn intern(&mut self, s: &str) -> u32 {
        let hash = FxBuildHasher.hash_one(s);
        if let Some(&id) = self.table.find(hash, |&i| self.term(i) == s) {
            return id;
        }
        let id = self.len() as u32;
        if id >= MISSING || self.text.len() + s.len() > u32::MAX as usize {
            return MISSING;
        }
        self.text.push_str(s);
        self.offsets.push(self.text.len() as u32);
        let (text, offsets) = (&self.text, &self.offsets);
        self.table.insert_unique(hash, id, |&i| {
            let i = i as usize;
            FxBuildHasher.hash_one(&text[offsets[i] as usize..offsets[i + 1] as usize])
        });
        id
    }

    /// The term id of every token of `analyzed` ([`MISSING`] where unknown).
    pub fn token_ids(&self, analyzed: &Analyzed, out: &mut Vec<u32>, scratch: &mut String) {
        fill_token_ids(analyzed, out, scratch, |s| self.get(s).unwrap_or(MISSING));
    }

    /// Like [`Terms::token_ids`], adding unknown terms (training).
    pub fn intern_token_ids(
        &mut self,
        analyzed: &Analyzed,
        out: &mut Vec<u32>,
        scratch: &mut String,
    ) {
        fill_token_ids(analyzed, out, scratch, |s| self.intern(s));
    }
}

impl Default for Terms {
    fn default() -> Self {
        Terms::new()
    }
}

/// A token's term is its stem, prefixed with `~` inside a negation scope.
fn fill_token_ids(
    analyzed: &Analyzed,
    out: &mut Vec<u32>,
    scratch: &mut String,
    mut id: impl FnMut(&str) -> u32,
) {
    out.clear();
    out.extend((0..analyzed.len()).map(|i| {
        if analyzed.tokens[i].negated {
            scratch.clear();
            scratch.push('~');
            scratch.push_str(analyzed.stem(i));
            id(scratch)
        } else {
            id(analyzed.stem(i))
        }
    }));
}

#[cfg(test)]
mod tests;
