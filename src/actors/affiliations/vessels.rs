//! Ships named in the article (`its ship Aurora`, `the tanker Stena Impero`): a vessel is
//! where people are, not an actor, wherever the article names it (`The Aurora docked`).

use super::super::clauses::Ctx;
use super::super::ActorKind;

/// Nouns before a ship's name.
const VESSELS: &[&str] = &[
    "boat",
    "destroyer",
    "ferry",
    "freighter",
    "frigate",
    "ship",
    "tanker",
    "trawler",
    "vessel",
    "warship",
    "yacht",
];

impl Ctx<'_> {
    /// Per actor: a name of unknown kind that some mention shows to be a ship's, right
    /// after one of [`VESSELS`].
    pub(in crate::actors) fn find_vessels(&self) -> Vec<bool> {
        let mut out = vec![false; self.actors.actors.len()];
        for p in 0..self.order.len() {
            let m = self.mention(p);
            let k = self.token_from(m.start);
            let after_noun = k > 0
                && self.tokens[k - 1].is_word()
                && !self.tokens[k - 1].cap
                && self.word_in(k - 1, VESSELS);
            if after_noun && self.actors.actors[m.actor].kind == ActorKind::Other {
                out[m.actor] = true;
            }
        }
        out
    }

    /// Name mention `p` names a ship.
    pub(super) fn is_vessel(&self, p: usize) -> bool {
        self.vessels()[self.mention(p).actor]
    }
}
