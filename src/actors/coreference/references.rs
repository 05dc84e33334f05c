//! References by title and resolved pronouns, through which later pronouns may refer back.

use crate::actors::gender::Gender;
use crate::actors::titled::TitledRef;
use crate::actors::Mention;

/// Two streams of references, each latest first, merged latest first.
pub(super) fn latest_first(
    a: impl Iterator<Item = Mention>,
    b: impl Iterator<Item = Mention>,
) -> impl Iterator<Item = Mention> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.start > x.start => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// The references of `refs` (in text order) before `pos`, outside quotations or in
/// quotation `quote`, latest first.
fn refs_back(
    refs: &[(Mention, Option<usize>)],
    pos: usize,
    quote: Option<usize>,
) -> impl Iterator<Item = Mention> + '_ {
    let n = refs.partition_point(|(m, _)| m.start < pos);
    refs[..n]
        .iter()
        .rev()
        .filter(move |(_, q)| q.is_none() || *q == quote)
        .map(|&(m, _)| m)
}

/// References to persons besides names, in text order: references by title (`the
/// president`) and pronouns resolved so far, through which later ones may refer back
/// (`Hallan spoke. He said … Morales dismissed his attack`); each with the quotation it
/// lies in.
pub(super) struct References {
    pub(super) titled: Vec<(Mention, Option<usize>)>,
    pronouns: Vec<(Mention, Option<usize>)>,
    /// Starts of titles of someone unknown that open a sentence, and their quotations.
    openers: Vec<(usize, Option<usize>)>,
    /// Per actor, the gender of the first pronoun resolved to it.
    genders: Vec<Option<Gender>>,
}

impl References {
    pub(super) fn new(titled: &[TitledRef], actors: usize) -> References {
        let mut refs = References {
            titled: Vec::new(),
            pronouns: Vec::new(),
            openers: Vec::new(),
            genders: vec![None; actors],
        };
        for t in titled {
            match t.actor {
                Some(actor) => {
                    let m = Mention {
                        actor,
                        sentence: t.sentence,
                        start: t.start,
                        end: t.end,
                    };
                    refs.titled.push((m, t.quote));
                }
                None if t.opens => refs.openers.push((t.start, t.quote)),
                None => {}
            }
        }
        refs
    }

    /// Pronouns are added in text order.
    pub(super) fn add_pronoun(&mut self, m: Mention, quote: Option<usize>, gender: Gender) {
        self.pronouns.push((m, quote));
        // The first pronoun resolved to a person of unknown gender sets it for later ones
        // (`The general … He told a radio station … Her coalition partner` is not his).
        self.genders[m.actor].get_or_insert(gender);
    }

    /// The gender a resolved pronoun gave `actor`.
    pub(super) fn gender(&self, actor: usize) -> Option<Gender> {
        self.genders[actor]
    }

    /// Those before `pos`, outside quotations or in quotation `quote`, latest first.
    pub(super) fn before(
        &self,
        pos: usize,
        quote: Option<usize>,
    ) -> impl Iterator<Item = Mention> + '_ {
        latest_first(
            refs_back(&self.pronouns, pos, quote),
            refs_back(&self.titled, pos, quote),
        )
    }

    /// An unknown title opens a sentence between the two offsets.
    pub(super) fn unknown_opener_between(
        &self,
        from: usize,
        to: usize,
        quote: Option<usize>,
    ) -> bool {
        let first = self.openers.partition_point(|&(at, _)| at <= from);
        self.openers[first..]
            .iter()
            .take_while(|&&(at, _)| at < to)
            .any(|&(_, q)| q.is_none() || q == quote)
    }
}
