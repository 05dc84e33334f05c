//! Coordinated mentions: `Moscow and Beijing`, `France, Germany and Italy`. When one of
//! them holds a stance (`Moscow and Beijing criticised Washington`), the others hold it
//! too; `holders` reports them as joint holders.

use super::clauses::Ctx;
use super::lexicon as lx;

/// What separates two neighbouring mentions of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Comma,
    And,
    CommaAnd,
}

impl Ctx<'_> {
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
        let mut seps: Vec<Sep> = (lo..hi).filter_map(|q| self.separator(q)).collect();
        // `In Moscow, Iran and Turkey …`, `According to the Kremlin, the EU and NATO …`:
        // the comma closes a prepositional phrase, it does not continue a list.
        while lo < hi && seps.first() == Some(&Sep::Comma) && self.after_preposition(lo) {
            if lo == p {
                (hi, seps) = (p, Vec::new());
                break;
            }
            lo += 1;
            seps.remove(0);
        }
        let (lo, hi) = if is_list(&seps) {
            (lo, hi)
        } else if p > 0 && self.separator(p - 1) == Some(Sep::And) {
            (p - 1, p)
        } else if self.separator(p) == Some(Sep::And) {
            (p, p + 1)
        } else {
            (p, p)
        };
        (lo..=hi).filter(move |&q| q != p)
    }

    /// Mention `q` follows a preposition (`in`, `according to`), an article allowed between.
    fn after_preposition(&self, q: usize) -> bool {
        let before = self.text[..self.mention(q).start].trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("The"))
            .filter(|rest| rest.ends_with(char::is_whitespace))
            .map_or(before, str::trim_end);
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        lx::flags(word) & lx::PREPOSITION != 0
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
        let according = holders("According to the Kremlin, Iran and Turkey were to blame.");
        assert!(according.iter().all(|h| h.2.is_empty()), "{according:?}");
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
