//! A person called by their country's office: `Ghana's finance minister on Wednesday
//! criticised …`, with `Finance Minister Akosua Owusu-Mensah said …` a few sentences
//! later (or before). Wire stories open that way. The country only says whose minister it
//! is; without this it would be the speaker and the holder of the minister's stances, and
//! the minister would have no row. So is the place of an office set off before its
//! holder's name (`The president of Kenya, Samuel Ruto,`).

use super::clauses::Ctx;
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::titled::{TitledRef, RANKS};
use super::ActorKind;

/// The person must be named within this many sentences after the office (wire stories
/// often give the name in the fourth or fifth paragraph).
const NAMED_WITHIN: usize = 4;

/// At most this many lowercase words between the country and the title (`deputy finance`).
const MOST_MODIFIERS: usize = 2;

impl Ctx<'_> {
    /// `Ghana's finance minister`, `the Kenyan president`, `Ghana finance minister` (a
    /// headline): a country's possessive, adjective or name before a lowercase title and
    /// its modifiers, with no name after it, as a reference to the one person the article
    /// names with that same office: named before, or first named in the next
    /// [`NAMED_WITHIN`] sentences. The reference covers the title's words.
    pub(super) fn country_office_refs(&self) -> Vec<TitledRef> {
        let mut out = Vec::new();
        for q in 0..self.order.len() {
            let m = self.mention(q);
            if self.actors.actors[m.actor].kind != ActorKind::Country {
                continue;
            }
            let Some(si) = self.sents.locate(m.start) else {
                continue;
            };
            let b = self.ranges[si].1;
            let first = self.past_possessive(m.end);
            let Some(title) = self.office_title_from(first, b) else {
                continue;
            };
            let Some(actor) = self.office_holder(m.actor, first, title) else {
                continue;
            };
            let (start, end) = (self.tokens[first].start, self.tokens[title].end);
            out.push(TitledRef {
                start,
                end,
                sentence: m.sentence,
                actor: Some(actor),
                opens: false,
                quote: quote_containing(&self.quotes, start, end),
            });
        }
        out
    }

    /// The country mention `p` names whose office a reference of
    /// [`Ctx::country_office_refs`] is: it says where the person belongs.
    pub(super) fn country_of_office(&self, p: usize) -> bool {
        let m = self.mention(p);
        if self.actors.actors[m.actor].kind != ActorKind::Country {
            return false;
        }
        let Some(start) = self
            .tokens
            .get(self.past_possessive(m.end))
            .map(|t| t.start)
        else {
            return false;
        };
        let refs = self.titled_refs();
        let i = refs.partition_point(|t| t.start < start);
        refs.get(i).is_some_and(|t| t.start == start)
    }

    /// `The 61-year-old former mayor of Medellín`, `Archbishop Giovanni Ruggeri of
    /// Agrigento`: name mention `p` (a country, place or name of unknown kind) is the
    /// place of the office of someone referred to by title, or named with one, right
    /// before its `of`.
    pub(super) fn place_of_office(&self, p: usize) -> bool {
        let m = self.mention(p);
        let k = self.token_from(m.start);
        let placed = matches!(
            self.actors.actors[m.actor].kind,
            ActorKind::Country | ActorKind::Place | ActorKind::Other
        );
        if !placed || k < 2 || self.word(k - 1) != "of" {
            return false;
        }
        let holder_end = self.tokens[k - 2].end;
        let refs = self.titled_refs();
        let by_title = refs[..refs.partition_point(|t| t.end <= holder_end)]
            .last()
            .is_some_and(|t| t.end == holder_end && t.actor.is_some());
        by_title
            || self.mention_at(k - 2).is_some_and(|q| {
                let named = self.mention(q);
                named.end == holder_end
                    && self.is_person(named.actor)
                    && self
                        .title_of_named(&named)
                        .is_some_and(|(_, t)| self.tokens[t].end <= named.start)
            })
    }

    /// The token after a name that ends at offset `end`, past its `'s` (`Ghana's
    /// finance minister`): where the office's words start.
    fn past_possessive(&self, end: usize) -> usize {
        let after = self.token_from(end);
        if after + 2 < self.tokens.len() && self.possessive_at(after) {
            after + 2
        } else {
            after
        }
    }

    /// `The president of Kenya, William Ruto,`, `the mayor of the Portuguese city of Porto
    /// Real, Joaquim Ferraz`: the person named after an office whose `of` phrase holds
    /// name mention `p` (its tokens end before `k`; the sentence at `b`), a country or
    /// place, or a name of unknown kind after a territory's office (`the regional
    /// president of the Canary Islands`). A body keeps its row (`The head of MONUSCO, X,`).
    pub(super) fn office_holder_after(&self, p: usize, k: usize, b: usize) -> Option<usize> {
        let kind = self.actors.actors[self.mention(p).actor].kind;
        if !matches!(
            kind,
            ActorKind::Country | ActorKind::Place | ActorKind::Other
        ) {
            return None;
        }
        let comma = (k..b.min(k + 6))
            .take_while(|&j| self.tokens[j].is_word() || self.is_punct(j, &[',']))
            .find(|&j| self.is_punct(j, &[',']))?;
        let q = (comma + 1 < b)
            .then(|| self.mention_at(comma + 1))
            .flatten()
            .filter(|&q| self.is_person(self.mention(q).actor))?;
        let named = self.token_from(self.mention(q).start);
        let first = self.token_from(self.mention(p).start);
        let lo = self.ranges[self.sents.locate(self.mention(p).start)?].0;
        let territorial = |t: usize| {
            self.word_in(t, &["governor", "mayor", "premier"])
                || (t > 0 && self.word_in(t - 1, &["provincial", "regional", "state"]))
        };
        self.title_of_office_before(named, lo)
            .filter(|&t| t < first && (kind != ActorKind::Other || territorial(t)))
            .map(|_| q)
    }

    /// The title's token, after up to [`MOST_MODIFIERS`] lowercase title modifiers from
    /// token `k`, all lowercase, and with no name, capitalised word or office's `of` after
    /// it (`Kenya's finance minister, Njeri Kamau,` is named on the spot).
    fn office_title_from(&self, k: usize, b: usize) -> Option<usize> {
        let mut t = k;
        while t < b
            && t < k + MOST_MODIFIERS
            && self.has(t, lx::TITLE_MODIFIER)
            && !self.has(t, lx::TITLE)
        {
            t += 1;
        }
        let lowercase = (k..=t).all(|j| j < b && self.tokens[j].is_word() && !self.tokens[j].cap);
        if !lowercase || !self.has(t, lx::TITLE) || self.mention_at(t).is_some() {
            return None;
        }
        let next = t + 1;
        let named_after = next < b
            && (self.tokens[next].cap
                || self.office_of(next, b)
                || (self.is_punct(next, &[',']) && next + 1 < b && self.tokens[next + 1].cap));
        (!named_after).then_some(t)
    }

    /// The one person named with the title of tokens `first..=title` (same words, so
    /// `finance minister` is not `Foreign Minister`) and no other country's: the one named
    /// before, if only one is; else the first named after, within [`NAMED_WITHIN`]
    /// sentences, if not named before at all.
    fn office_holder(&self, country: usize, first: usize, title: usize) -> Option<usize> {
        let words: Vec<&str> = (first..=title).map(|j| self.word(j)).collect();
        let pos = self.tokens[first].start;
        let sentence = self
            .sents
            .locate(pos)
            .map(|si| self.sents.sents[si].index)?;
        let mut before: Option<usize> = None;
        let mut after = None;
        for p in 0..self.order.len() {
            let m = self.mention(p);
            if !self.is_person(m.actor) || (m.start < pos && before == Some(m.actor)) {
                continue;
            }
            if m.start > pos && m.sentence > sentence + NAMED_WITHIN {
                break;
            }
            let Some((_, t)) = self.title_of_named(&m) else {
                continue;
            };
            // (`for president: Hillary has …` names no one president.)
            let k = self.token_from(m.start);
            let joined = (t + 1..k).all(|j| self.tokens[j].is_word() || self.is_punct(j, &[',']));
            if t == title || !joined || !self.same_office(&words, t, country) {
                continue;
            }
            if m.start < pos {
                if before.is_some() {
                    return None;
                }
                before = Some(m.actor);
            } else if after.is_none() {
                after = Some(m.actor);
            }
        }
        before.or_else(|| {
            let a = after?;
            let named_before = (0..self.order.len())
                .map(|p| self.mention(p))
                .take_while(|m| m.start < pos)
                .any(|m| m.actor == a);
            (!named_before).then_some(a)
        })
    }

    /// The title at token `t` and the words before it are `words` in any case, with no
    /// further rank before them (`Deputy President` is not the president), and no other
    /// country than `country` right before them (`Uganda's Finance Minister`).
    fn same_office(&self, words: &[&str], t: usize, country: usize) -> bool {
        let n = words.len();
        let Some(k) = (t + 1).checked_sub(n) else {
            return false;
        };
        let same = (k..=t)
            .zip(words)
            .all(|(j, w)| self.word(j).eq_ignore_ascii_case(w));
        if !same {
            return false;
        }
        let Some(before) = k.checked_sub(1) else {
            return true;
        };
        let rank = RANKS
            .iter()
            .any(|r| self.word(before).eq_ignore_ascii_case(r));
        // Past the portfolio's words (`Nigeria's Oil Minister`, `Nigeria's oil minister`).
        let mut owner = before;
        while owner > 0
            && before - owner < MOST_MODIFIERS
            && self.mention_at(owner).is_none()
            && (self.tokens[owner].cap || self.has(owner, lx::TITLE_MODIFIER))
        {
            owner -= 1;
        }
        if owner >= 2 && self.word(owner) == "s" {
            owner -= 2;
        }
        let other_country = self.mention_at(owner).is_some_and(|p| {
            let a = self.mention(p).actor;
            a != country && self.actors.actors[a].kind == ActorKind::Country
        });
        !rank && !other_country
    }
}

#[cfg(test)]
mod tests;
