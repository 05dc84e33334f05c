//! Parenthetical phrases between a subject and its verb: relative clauses, participles,
//! appositives after a mention and places set off by commas, none of which holds the
//! clause's subject.

use super::appositives::appositive;
use super::clauses::Ctx;
use super::lexicon as lx;

impl Ctx<'_> {
    /// Parenthetical phrases that cannot hold a clause's subject, as (opening comma, closing
    /// comma) token indices: relative clauses and participles (`, who …,`, `, backed by …,`)
    /// and appositives after a mention (`X, director general of Y, said`).
    pub(super) fn parentheticals(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for k in a..b.saturating_sub(1) {
            if !self.is_punct(k, &[',']) {
                continue;
            }
            let participle = self.tokens[k + 1].is_word() && {
                let w = self.word(k + 1);
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && w.len() > 4
                    && (w.ends_with("ed") || w.ends_with("ing"))
            };
            if participle || self.has(k + 1, lx::RELATIVE) {
                let comma_from = |from: usize| (from..b).find(|&j| self.is_punct(j, &[',']));
                if let Some(mut c) = comma_from(k + 2) {
                    // `, whose chair, Margaret Osei, has campaigned for …,`: the name set
                    // off inside the clause does not close it.
                    if self.word(k + 1) == "whose" {
                        let named = self
                            .mention_at(c + 1)
                            .map(|p| self.token_from(self.mention(p).end));
                        if let Some(after) = named.filter(|&j| j < b && self.is_punct(j, &[','])) {
                            c = comma_from(after + 1).unwrap_or(c);
                        }
                    }
                    out.push((k, c));
                }
            } else if let Some(c) = self.appositive_after_mention(k, b) {
                out.push((k, c));
            } else if let Some(c) = self.place_set_off(k, b) {
                out.push((k, c));
            }
        }
        out
    }

    /// `The laboratory, in Lausanne, said`: the closing comma of a place set off by the
    /// comma at `k`, which is where the subject is, not who acts.
    pub(super) fn place_set_off(&self, k: usize, b: usize) -> Option<usize> {
        if k + 3 >= b
            || !self.is_punct(k, &[','])
            || !matches!(self.word(k + 1), "in" | "near" | "outside")
        {
            return None;
        }
        let p = self.mention_at(k + 2)?;
        let close = self.token_from(self.mention(p).end);
        (close < b && self.is_punct(close, &[','])).then_some(close)
    }

    /// `X, <appositive>, said`: the closing comma, when a mention ends right before the
    /// comma at `k` and the appositive (or a chain of them: `X, 52, a lawyer, said`) is
    /// followed by the rest of X's clause (a lowercase word that starts no new phrase:
    /// `said`, `also`, `on Monday`).
    fn appositive_after_mention(&self, k: usize, b: usize) -> Option<usize> {
        if k == 0 || self.mention_at(k - 1).is_none() {
            return None;
        }
        let stop = lx::ARTICLE
            | lx::COORDINATOR
            | lx::OTHER_PRONOUN
            | lx::HE_SHE
            | lx::RELATIVE
            | lx::CLAUSE_WORD;
        let mut open = k;
        for _ in 0..3 {
            let ap = appositive(self.text, self.tokens, open, b).filter(|ap| ap.comma)?;
            let next = ap.close + 1;
            let continues = next < b
                && self.tokens[next].is_word()
                && self.word(next).starts_with(|c: char| c.is_lowercase())
                && !self.has(next, stop);
            if continues {
                return Some(ap.close);
            }
            open = ap.close;
        }
        None
    }
}
