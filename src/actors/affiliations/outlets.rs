//! A news outlet someone speaks to (`told Reuters`, `told local broadcaster RTV
//! Rijnmond`) carries what is said: no target.

use super::super::clauses::Ctx;
use super::super::lexicon as lx;
use super::words::{MEDIA_NOUNS, NEWS_OUTLETS};

impl Ctx<'_> {
    /// `told Reuters`, `in an interview with the BBC`, `speaking to AFP`: a news outlet
    /// someone speaks to only carries what is said (but `according to Reuters` is a
    /// source).
    pub(super) fn outlet_spoken_to(&self, p: usize) -> bool {
        let m = self.mention(p);
        let surface = &self.text[m.start..m.end];
        let mut k = self.token_from(m.start);
        // `told the newspaper Kathimerini`, `told broadcaster NOS`: any name so described.
        let described = k > 0 && self.word_in(k - 1, MEDIA_NOUNS);
        if described {
            k -= 1;
            // `told local broadcaster RTV Rijnmond`, `told Dutch public broadcaster NOS`.
            let mut words = 0;
            while k > 0
                && words < 2
                && self.tokens[k - 1].is_word()
                && !self.word_in(k - 1, &["told", "telling", "to", "with", "the"])
                && !self.has(k - 1, lx::STOPWORD | lx::PREPOSITION | lx::REPORTING_VERB)
            {
                k -= 1;
                words += 1;
            }
        }
        if k > 0 && self.word(k - 1) == "the" {
            k -= 1;
        }
        (described || NEWS_OUTLETS.contains(&surface))
            && k > 0
            && (self.word_in(k - 1, &["told", "telling"])
                || (self.word(k - 1) == "to" && !(k > 1 && self.word(k - 2) == "according"))
                || (k > 1 && self.word(k - 1) == "with" && self.word(k - 2) == "interview"))
    }
}
