//! Coordinated mentions: `Moscow and Beijing`, `France, Germany and Italy`. When one of
//! them holds a stance (`Moscow and Beijing criticised Washington`), the others hold it
//! too; `holders` reports them as joint holders.

use super::clauses::{Ctx, Event};
use super::lexicon as lx;

/// What separates two neighbouring mentions of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Comma,
    And,
    CommaAnd,
}

/// Punctuation after which a clause (and so a list of subjects) may open.
const CLAUSE_OPENERS: &[char] = &[
    ',', ';', ':', '(', '"', '\u{201c}', '\u{201d}', '\u{2014}', '\u{2013}',
];

impl Ctx<'_> {
    /// `Italy and Malta blamed each other`: the actor that mention `p`, one of a list of
    /// subjects of a stance verb whose object is `each other` or `one another`, is the
    /// target of (the first other member of the list).
    pub(super) fn reciprocal_partner(&self, p: usize, events: &[Event]) -> Option<usize> {
        let reciprocal = |e: &&Event| {
            let k = self.token_from(e.end);
            e.stance
                && !e.inverted
                && k + 1 < self.tokens.len()
                && matches!(
                    (self.word(k), self.word(k + 1)),
                    ("each", "other") | ("one", "another")
                )
        };
        let own = self.mention(p).actor;
        events.iter().filter(reciprocal).find_map(|e| {
            let sp = e.subject?.mention?;
            let members: Vec<usize> = std::iter::once(sp).chain(self.coordinated(sp)).collect();
            if !members.contains(&p) {
                return None;
            }
            members
                .into_iter()
                .map(|q| self.mention(q).actor)
                .find(|&a| a != own)
        })
    }

    /// Positions in `order` of the mentions coordinated with mention `p` (without `p`).
    ///
    /// A list is `A and B`, `A, B and C` or `A, B, and C` (an article may follow the
    /// separator: `Russia and the United States`). A comma alone does not coordinate
    /// (`Paris, France`), and `, and` only after an earlier comma: `Trump praised Russia,
    /// and China criticised Iran` joins two clauses, not Russia and China.
    pub(super) fn coordinated(&self, p: usize) -> impl Iterator<Item = usize> {
        let (mut lo, mut hi) = (p, p);
        while lo > 0 && self.separator(lo - 1).is_some() {
            lo -= 1;
        }
        while hi + 1 < self.order.len() && self.separator(hi).is_some() {
            hi += 1;
        }
        // A list of subjects opens its clause. `Russia shelled Ukraine and Poland condemned
        // …`: Ukraine is an object; `In Moscow, Iran and Turkey …`, `Unlike Germany, France
        // and Italy …`, `According to the Kremlin, the EU and NATO …`: the first name is in
        // a phrase before the subject.
        while lo < p && !self.opens_clause(lo) {
            lo += 1;
        }
        let seps: Vec<Sep> = (lo..hi).filter_map(|q| self.separator(q)).collect();
        let (lo, hi) = if !self.opens_clause(lo) {
            (p, p)
        } else if is_list(&seps) {
            (lo, hi)
        } else if p > lo && self.separator(p - 1) == Some(Sep::And) {
            (p - 1, p)
        } else if self.separator(p) == Some(Sep::And) {
            (p, p + 1)
        } else {
            (p, p)
        };
        (lo..=hi).filter(move |&q| q != p)
    }

    /// Nothing but titles, names and articles lies between mention `q` and the start of its
    /// clause: the sentence start, a comma or other clause mark, `and`, `that`, a clause
    /// word (`while`) or a reporting verb (`said Russia and China …`).
    fn opens_clause(&self, q: usize) -> bool {
        let m = self.mention(q);
        let Some(si) = self.sents.locate(m.start) else {
            return false;
        };
        let a = self.ranges[si].0;
        let mut j = self.token_from(m.start);
        while j > a {
            j -= 1;
            if !self.tokens[j].is_word() {
                if self.is_punct(j, CLAUSE_OPENERS) {
                    return true;
                }
                continue;
            }
            let skip = self.mention_at(j).is_some()
                || self.has(j, lx::ARTICLE | lx::TITLE | lx::TITLE_MODIFIER)
                || matches!(self.word(j), "both" | "Both" | "neither" | "Neither");
            if !skip {
                return self.has(j, lx::COORDINATOR | lx::CLAUSE_WORD | lx::REPORTING_VERB)
                    || self.word(j) == "that";
            }
        }
        true
    }

    /// The separator between mentions `q` and `q + 1` when they can be members of one list.
    fn separator(&self, q: usize) -> Option<Sep> {
        if q + 1 >= self.order.len() {
            return None;
        }
        let (a, b) = (self.mention(q), self.mention(q + 1));
        if a.sentence != b.sentence || a.end > b.start {
            return None;
        }
        let gap = self.text[a.end..b.start].trim();
        let gap = match gap.strip_suffix("the").or_else(|| gap.strip_suffix("The")) {
            Some(rest) if rest.ends_with(char::is_whitespace) => rest.trim_end(),
            _ => gap,
        };
        match gap {
            "," => Some(Sep::Comma),
            "and" | "&" => Some(Sep::And),
            _ => {
                let rest = gap.strip_prefix(',')?;
                (rest.starts_with(char::is_whitespace) && rest.trim_start() == "and")
                    .then_some(Sep::CommaAnd)
            }
        }
    }
}

/// `seps` (in text order) make one list: commas, then a final `and` (`, and` only after
/// a comma).
fn is_list(seps: &[Sep]) -> bool {
    let Some((last, rest)) = seps.split_last() else {
        return false;
    };
    rest.iter().all(|&s| s == Sep::Comma)
        && match last {
            Sep::And => true,
            Sep::CommaAnd => !rest.is_empty(),
            Sep::Comma => false,
        }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{find, split};
    use super::super::{find_holders_in, ArticleTokens};
    use super::*;

    /// `(surface, holder, joint holders)` of every mention that has a holder.
    fn holders(text: &str) -> Vec<(&str, String, Vec<String>)> {
        let a = find(text);
        let h = find_holders_in(text, &ArticleTokens::new(text, &split(text)), &a);
        let name = |i: usize| a.actors[i].name.clone();
        a.mentions
            .iter()
            .zip(h)
            .filter_map(|(m, h)| {
                let joint = h.joint.into_iter().map(name).collect();
                Some((&text[m.start..m.end], name(h.main?), joint))
            })
            .collect()
    }

    fn s(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn reciprocal_subjects_hold_the_stance_toward_each_other() {
        assert_eq!(
            holders("Russia and Turkey blamed each other for the delay."),
            vec![
                ("Russia", "Turkey".to_string(), vec![]),
                ("Turkey", "Russia".to_string(), vec![]),
            ]
        );
    }

    #[test]
    fn coordinated_subjects_hold_jointly() {
        assert_eq!(
            holders("Moscow and Tehran criticised Washington."),
            [("Washington", "Iran".into(), s(&["Russia"]))]
        );
        assert_eq!(
            holders("Iran, Turkey, and the United Nations praised Russia."),
            [("Russia", "United Nations".into(), s(&["Iran", "Turkey"]))]
        );
        // Two clauses, not one list: Russia is praised, not a holder.
        let two = holders("Barack Obama praised Russia, and Iran criticised Turkey.");
        assert!(two.iter().all(|h| h.2.is_empty()), "{two:?}");
        assert!(two.contains(&("Turkey", "Iran".into(), s(&[]))));
        // A comma after a prepositional phrase closes it.
        assert_eq!(
            holders("In Moscow, Iran and Turkey criticised the United Nations."),
            [("United Nations", "Turkey".into(), s(&["Iran"]))]
        );
        for text in [
            "According to the Kremlin, Iran and Turkey were to blame.",
            "Russia shelled Iran and Turkey condemned Moscow.",
        ] {
            let h = holders(text);
            assert!(h.iter().all(|h| h.2.is_empty()), "{h:?}");
        }
        assert_eq!(
            holders("Unlike Russia, Iran and Turkey backed the United Nations."),
            [("United Nations", "Turkey".into(), s(&["Iran"]))]
        );
        assert_eq!(
            holders("Officials said Iran and Turkey criticised the United Nations."),
            [("United Nations", "Turkey".into(), s(&["Iran"]))]
        );
        // A comma alone lists nothing.
        let parenthesis = holders("Barack Obama, Iran said, criticised Turkey.");
        assert!(
            parenthesis.iter().all(|h| h.2.is_empty()),
            "{parenthesis:?}"
        );
    }

    #[test]
    fn lists() {
        use Sep::*;
        assert!(is_list(&[And]));
        assert!(is_list(&[Comma, Comma, And]));
        assert!(is_list(&[Comma, CommaAnd]));
        assert!(!is_list(&[]));
        assert!(!is_list(&[Comma]));
        assert!(!is_list(&[CommaAnd]));
        assert!(!is_list(&[And, And]));
        assert!(!is_list(&[CommaAnd, And]));
    }
}
