//! A lawmaker's party and state set off after the name (`Senator X, Democrat of
//! Connecticut,`): where the lawmaker sits, not what the sentence judges.

use super::super::clauses::Ctx;

impl Ctx<'_> {
    /// Name mention `p` is the party (`Democrat`) or the state (`Connecticut`) of `X,
    /// Democrat of Connecticut,` after a person's name.
    pub(super) fn party_seat(&self, p: usize) -> bool {
        let m = self.mention(p);
        let k = self.token_from(m.start);
        if k >= self.tokens.len() {
            return false;
        }
        // The party's token: the mention's own, or the one two before the state's.
        let party = if self.word_in(k, &["Democrat", "Republican"]) {
            k
        } else if k >= 2 && self.word_in(k - 1, &["of", "from"]) {
            k - 2
        } else {
            return false;
        };
        party >= 2
            && party + 1 < self.tokens.len()
            && self.word_in(party, &["Democrat", "Republican"])
            && self.word_in(party + 1, &["of", "from"])
            && self.is_punct(party - 1, &[','])
            && self
                .mention_at(party - 2)
                .is_some_and(|q| self.is_person(self.mention(q).actor))
    }
}
