//! Name mentions: the one at a token, those before a position, possessive owners.

use super::{Ctx, Subj};
use crate::actors::lexicon as lx;
use crate::actors::quotes::quote_containing;
use crate::actors::{ActorKind, Mention};
use crate::text::tokenize::APOSTROPHES;

impl Ctx<'_> {
    pub(in crate::actors) fn mention(&self, p: usize) -> Mention {
        self.actors.mentions[self.order[p]]
    }

    /// The mention covering token `k` entirely; none past the last token.
    pub(in crate::actors) fn mention_at(&self, k: usize) -> Option<usize> {
        let t = *self.tokens.get(k)?;
        let p = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start <= t.start);
        let m = self.mention(p.checked_sub(1)?);
        (m.end >= t.end).then_some(p - 1)
    }

    pub(in crate::actors) fn subj(&self, p: usize) -> Subj {
        Subj {
            actor: self.mention(p).actor,
            mention: Some(p),
        }
    }

    pub(in crate::actors) fn is_person(&self, actor: usize) -> bool {
        self.actors.actors[actor].kind == ActorKind::Person
    }

    /// The name mentions before `pos` outside quotations or inside quotation `quote`,
    /// latest first, at most `back` sentences before `sentence` (that of `pos`): the bound
    /// comes before the quotation test, so that a pronoun after a long run of quoted names
    /// does not walk back through all of them.
    pub(in crate::actors) fn named_before(
        &self,
        pos: usize,
        quote: Option<usize>,
        (sentence, back): (usize, usize),
    ) -> impl Iterator<Item = Mention> + '_ {
        let n = self
            .order
            .partition_point(|&i| self.actors.mentions[i].start < pos);
        (0..n)
            .rev()
            .map(|p| self.mention(p))
            .take_while(move |m| sentence.saturating_sub(m.sentence) <= back)
            .filter(move |m| {
                let q = quote_containing(&self.quotes, m.start, m.end);
                q.is_none() || q == quote
            })
    }

    /// The mention is a possessive (`Lind's`).
    pub(in crate::actors) fn owns(&self, m: &Mention) -> bool {
        self.text[m.end..]
            .strip_prefix(APOSTROPHES)
            .and_then(|rest| rest.strip_prefix('s'))
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    }

    /// Country mention `m` owns one of its state's bodies: `'s` and up to two portfolios
    /// or qualifiers before a [`lx::STATE_BODIES`] word (`Iraq's oil ministry`, `Russia's
    /// armed forces`), which speaks for it.
    pub(in crate::actors) fn owns_state_body(&self, m: &Mention) -> bool {
        if self.actors.actors[m.actor].kind != ActorKind::Country || !self.owns(m) {
            return false;
        }
        let first = self.token_from(m.end) + 2;
        (first..(first + 3).min(self.tokens.len()))
            .take_while(|&j| self.tokens[j].is_word())
            .find(|&j| !self.has(j, lx::PORTFOLIO | lx::STATE_BODY_QUALIFIER))
            .is_some_and(|j| self.has(j, lx::STATE_BODY))
    }
}
