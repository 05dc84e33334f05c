//! Noun phrases headed by a mention (`U.S. President Barack Obama`): their start and end.

use super::{Ctx, Subj};
use crate::actors::lexicon as lx;
use crate::actors::tokens::is_capitalised;
use crate::text::tokenize::APOSTROPHES;

impl Ctx<'_> {
    /// Head (last actor mention) of the noun phrase starting at token `k`: `Russian Foreign
    /// Minister Sergei Lavrov` -> Lavrov. Returns the head and the end of the phrase.
    pub(in crate::actors) fn np_after(&self, mut k: usize, b: usize) -> Option<(Subj, usize)> {
        let mut head = None;
        let start = k;
        // `said the company`, `fined by the regulator`; not `the company's chief`.
        if let Some(d) = self
            .description_at(k)
            .filter(|d| d.first == k && d.noun < b)
        {
            let owner = d.noun + 1 < b && self.is_punct(d.noun + 1, &APOSTROPHES);
            if !owner {
                return Some((d.subject(), self.tokens[d.noun].end));
            }
        }
        // `said the minister`: the person the title names.
        if let Some((_, last, Some(s))) = self
            .titled_subject_at(k, k)
            .filter(|&(first, last, _)| first == k && last < b)
        {
            return Some((s, self.tokens[last].end));
        }
        while k < b {
            if let Some(p) = self.mention_at(k) {
                head = Some(p);
                k += 1;
                continue;
            }
            let w = self.word(k);
            let possessive = self.is_punct(k, &APOSTROPHES) || (w == "s" && k > start);
            // `Kestrel Capital analyst Hannah Brooks`: a role after a name goes on to the
            // person who holds it.
            let np_word = self.tokens[k].is_word()
                && (self.tokens[k].cap
                    || self.has(k, lx::TITLE | lx::TITLE_MODIFIER)
                    || (head.is_some() && self.has(k, lx::ROLE))
                    || (k == start && w == "the")
                    // `Tuvalu's climate envoy`: also after the owner's `'s`.
                    || ((head.is_none() || (k > start && self.word(k - 1) == "s"))
                        && self.noun_before_title(k, b)));
            if !(possessive || np_word) {
                break;
            }
            k += 1;
        }
        let end = if k > start { self.tokens[k - 1].end } else { 0 };
        head.map(|p| (self.subj(p), end))
    }

    /// `union leader`, `opposition party leader`, `trust chairwoman`: token `k` is one of
    /// at most two plain lowercase nouns before a title (tokens up to `b`); right before
    /// the title, a word that is also a verb is a noun too.
    fn noun_before_title(&self, k: usize, b: usize) -> bool {
        let plain = |j: usize, verbs: u32| {
            j < b
                && self.tokens[j].is_word()
                && !self.tokens[j].cap
                && !self.has(j, lx::STOPWORD | lx::TITLE | verbs)
        };
        let title = |j: usize| j < b && self.has(j, lx::TITLE);
        (plain(k, 0) && title(k + 1))
            || (plain(k, lx::STANCE_VERB) && plain(k + 1, 0) && title(k + 2))
    }

    /// The gap between two mentions only holds titles, capitalised words and possessives.
    pub(in crate::actors) fn glue(&self, gap: &str) -> bool {
        gap.len() <= 80
            && gap.split_whitespace().all(|piece| {
                let w = piece.trim_start_matches(APOSTROPHES);
                w.is_empty()
                    || w == "s"
                    || (w
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
                        && (is_capitalised(w)
                            || lx::flags(w) & (lx::TITLE | lx::TITLE_MODIFIER) != 0))
            })
    }

    /// Start of the noun phrase whose head is mention `p` (`U.S. President Barack Obama`).
    pub(in crate::actors) fn np_start(&self, p: usize) -> usize {
        let mut q = p;
        while q > 0
            && self.mention(q - 1).sentence == self.mention(q).sentence
            && self.glue(
                &self.text
                    [self.mention(q - 1).end.min(self.mention(q).start)..self.mention(q).start],
            )
        {
            q -= 1;
        }
        self.mention(q).start
    }
}
