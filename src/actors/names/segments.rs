//! Cutting a sentence into segments: runs of tokens that may form one name.

use super::super::lexicon as lx;
use super::{Finder, Seg};
use crate::text::tokenize::APOSTROPHES;

impl Finder<'_> {
    /// The apostrophe at token `k` (with its `s`: that many tokens) makes a possessive
    /// inside an organisation's name: after a plural noun (`Teachers'`) or `People`, `Women`,
    /// `Children`, `Men` (`People's`) that no list or gazetteer knows as a name, or a saint's
    /// name (`St Mary's`), before
    /// capitalised words that end in an organisation's word (`Union`, `Party`). Not a
    /// country's body (`Russia's Defence Ministry`) or a person's (`Clinton's Foundation`),
    /// and not before a gazetteer name (`People's Democratic Party` would split into
    /// `People's` and the gazetteer's `Democratic Party`).
    fn possessive_in_org_name(&self, k: usize, b: usize) -> Option<usize> {
        if k == 0 || !self.tokens[k].is_punct_in(self.text, &APOSTROPHES) {
            return None;
        }
        let owner = k - 1;
        let w = self.word(owner);
        let with_s = k + 1 < b && self.word(k + 1) == "s";
        // Plurals of who people are (`Teachers'`, `Sheriffs'`), not surnames (`Morales'`).
        let plural = !with_s
            && w.len() > 4
            && [
                "ers", "ors", "ists", "ents", "ants", "ians", "ees", "iffs", "ots", "ses", "ives",
                "ics", "etes", "ens", "ans", "ies", "ims",
            ]
            .iter()
            .any(|end| w.ends_with(end));
        let people = with_s && matches!(w, "People" | "Women" | "Children" | "Men");
        // `the Public Prosecutor's Office`, `the Prime Minister's Office`, `the Ombudsman's
        // Office`: a title's office.
        let office = with_s
            && (self.has(owner, lx::TITLE) || matches!(w, "Ombudsman" | "Comptroller" | "Auditor"))
            && k + 2 < b
            && matches!(
                self.word(k + 2),
                "Office" | "Department" | "Bureau" | "Chambers"
            );
        // `St Oriel's Hospital`, `St Mary's College`: a saint's name.
        let saint = owner > 0 && matches!(self.word(owner - 1), "St" | "St." | "Saint");
        if !(plural || people || saint || office)
            || !self.tokens[owner].cap
            || self.info[owner].gaz.is_some()
            || (self.is_given_name(owner) && !saint)
        {
            return None;
        }
        let n = 1 + usize::from(with_s);
        let next = k + n;
        let run = (next..b.min(next + 5))
            .take_while(|&j| {
                let t = self.tokens[j];
                t.is_word() && t.cap && t.newlines_before == 0
            })
            .last()?;
        let known = (next..=run).any(|j| self.info[j].gaz.is_some());
        let org = (next..=run).any(|j| self.has(j, lx::ORG_SUFFIX | lx::ORG_HEAD));
        (org && !known).then_some(n)
    }

    /// Token `k` is an `&` between two capitalised words of one name: `Procter & Gamble`,
    /// or glued after two or more capitals (`AT&T`; not `R&D`, `M&A`).
    fn ampersand_in_name(&self, k: usize, b: usize) -> bool {
        if k == 0 || k + 1 >= b || !self.tokens[k].is_punct_in(self.text, &['&']) {
            return false;
        }
        let (before, after) = (self.tokens[k - 1], self.tokens[k + 1]);
        let glued = before.end == self.tokens[k].start && self.tokens[k].end == after.start;
        let long = |w: &str| w.chars().count() >= 2;
        // Not in a headline's title case (`Rethink & Reshape`), nor around a known name or
        // a title (`Exxon CEO & Friend of Putin`).
        let plain = |j: usize| {
            self.info[j].gaz.is_none() && !self.info[j].headline && !self.has(j, lx::TITLE)
        };
        before.is_word()
            && after.is_word()
            && before.cap
            && after.cap
            && after.newlines_before == 0
            && plain(k - 1)
            && plain(k + 1)
            && if glued {
                long(self.word(k - 1))
            } else {
                long(self.word(k - 1)) && long(self.word(k + 1))
            }
    }
    pub(super) fn segments(&self, a: usize, b: usize, segs: &mut Vec<Seg>) {
        let mut cur: Option<Seg> = None;
        let mut title: Option<usize> = None;
        let mut k = a;
        while k < b {
            let t = self.tokens[k];
            if t.newlines_before >= 2 {
                segs.extend(cur.take());
                title = None;
            }
            if let Some(n) = cur.and_then(|_| self.possessive_in_org_name(k, b)) {
                // `National Teachers' Union`, `Women's Rights Association`: one name.
                k += n;
                continue;
            }
            if cur.is_some() && self.ampersand_in_name(k, b) {
                // `Procter & Gamble`, `Pell & Marsh`, `AT&T`: one name.
                k += 1;
                continue;
            }
            if !t.is_word() || self.info[k].headline {
                segs.extend(cur.take());
                title = None;
                k += 1;
                continue;
            }
            let is_name_word = self.info[k].gaz.is_some()
                || (t.cap && (!self.has(k, lx::NEVER_NAME) || self.is_surname_he(k, b)));
            if self.info[k].gaz.is_none() {
                if let Some(n) = self.title_len(k, b) {
                    if self.starts_name(k + n, b) {
                        segs.extend(cur.take());
                        title = Some(k);
                        k += n;
                        continue;
                    }
                    // `Minister of Fisheries and Maritime Economy, Sidi Ould Cheikh`: an
                    // office's portfolio set off before its holder is no name.
                    let office = (k..k + n).any(|j| self.word(j) == "of");
                    if office && k + n < b && self.tokens[k + n].is_punct_in(self.text, &[',']) {
                        segs.extend(cur.take());
                        title = None;
                        k += n;
                        continue;
                    }
                }
            }
            if is_name_word {
                if self.info[k].initial {
                    segs.extend(cur.take());
                }
                match &mut cur {
                    Some(s) => s.b = k + 1,
                    None => {
                        cur = Some(Seg {
                            a: k,
                            b: k + 1,
                            title: title.take(),
                        })
                    }
                }
                k += 1;
                continue;
            }
            let joined = cur.and_then(|s| self.connectors(k, s.a, b));
            if let (Some(s), Some(n)) = (&mut cur, joined) {
                s.b = k + n;
                k += n;
                continue;
            }
            segs.extend(cur.take());
            title = None;
            k += 1;
        }
        segs.extend(cur);
    }
}
