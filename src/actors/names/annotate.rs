//! Marking tokens before names are sought: gazetteer coverage, sentence openers, headlines.

use super::super::group::{is_initialism, is_short_form};
use super::super::lexicon as lx;
use super::super::tokens::is_all_caps;
use super::Finder;
use crate::text::tokenize::APOSTROPHES;

const OPENERS: &[char] = &[
    '\u{201c}', '"', '\u{2018}', '(', '[', ':', '\u{2014}', '\u{2013}', '\u{2022}', '*',
];

impl Finder<'_> {
    /// Marks gazetteer coverage, sentence-initial words and headline lines; collects
    /// capitalised words seen in the middle of sentences.
    pub(super) fn annotate(&mut self, a: usize, b: usize) {
        self.mark_headlines(a, b);
        let hits = self.hits;
        let mut h = match self.tokens.get(a) {
            Some(t) => hits.partition_point(|x| x.end <= t.start),
            None => return,
        };
        let mut seen_word = false;
        for k in a..b {
            let t = self.tokens[k];
            while h < hits.len() && hits[h].end <= t.start {
                h += 1;
            }
            if h < hits.len() && hits[h].start < t.end {
                self.info[k].gaz = Some(h);
            }
            if t.is_word() {
                let initial = !seen_word
                    || t.newlines_before >= 2
                    || (self.tokens[k - 1].is_punct_in(self.text, OPENERS)
                        && !self.acronym_after_name(k, b))
                    || self.after_dateline(k)
                    || (self.info[k - 1].headline && !self.info[k].headline)
                    || (t.newlines_before > 0
                        && t.cap
                        && t.has(lx::STOPWORD)
                        && !is_all_caps(t.text(self.text)));
                seen_word = true;
                self.info[k].initial = initial;
                let w = t.text(self.text);
                // A word inside an organisation's name (`Data` in `Data Protection
                // Commission`) is no support for the same word opening a sentence.
                if !initial && t.cap && !self.info[k].headline {
                    if self.opens_org_name(k, b) {
                        self.org_caps.push(w);
                    } else {
                        self.mid_caps.push(w);
                    }
                }
            }
        }
    }

    /// Token `k` is an acronym in brackets that spells the capitalised words right before
    /// them (`Athletics Kenya (AK)`): it names what comes before, as a name in
    /// mid-sentence does, however it is written elsewhere (`AK said …` opening a
    /// sentence). Not a party and state (`(D-NY)`) or a dateline's agency (`(CNN)`).
    fn acronym_after_name(&self, k: usize, b: usize) -> bool {
        if k < 2
            || k + 1 >= b
            || !self.tokens[k - 1].is_punct_in(self.text, &['('])
            || !self.tokens[k + 1].is_punct_in(self.text, &[')'])
        {
            return false;
        }
        // The capitalised words right before the bracket, on its line: not past `of` or
        // `and`, where the finder may split the name (`Secretariat of the Pacific Regional
        // Environment Programme (SPREP)` would leave the acronym a body of its own).
        let last = k - 2;
        let first = self.run_start(last, false);
        // `Senator Nancy Young (NY)`: a state, not her initials; `Attorney General (AG)`:
        // an office.
        let spelled = self.tokens[last].is_word()
            && self.tokens[last].cap
            && !self.is_given_name(first)
            && !self.has(last, lx::TITLE | lx::TITLE_MODIFIER)
            && is_initialism(
                self.word(k),
                &self.text[self.tokens[first].start..self.tokens[last].end],
            );
        spelled || self.foreign_acronym_after_body(k, last)
    }

    /// `Office of Competition and Consumer Protection (UOKiK)`: an acronym of three letters
    /// or more, in capitals or with a lowercase letter or two, right after an organisation's
    /// name (past `of`, `for`, `and` inside it) abbreviates the name in its own language;
    /// so does a short name of one word (`… Environmental Crime (Økokrim)`).
    fn foreign_acronym_after_body(&self, k: usize, last: usize) -> bool {
        let w = self.word(k);
        if !is_short_form(w) || !self.tokens[last].is_word() || !self.tokens[last].cap {
            return false;
        }
        self.org_like(self.run_start(last, true), last + 1)
    }

    /// The first of the capitalised words that end at token `last`, on its line and at
    /// most fourteen tokens back, past `of`, `and`, `for` between them when `joined`.
    fn run_start(&self, last: usize, joined: bool) -> usize {
        let mut first = last;
        while first > 0
            && last - first < 14
            && self.tokens[first].newlines_before == 0
            && self.tokens[first - 1].is_word()
            && (self.tokens[first - 1].cap || joined && self.joins_name(first - 1))
        {
            first -= 1;
        }
        while first < last && !self.tokens[first].cap {
            first += 1;
        }
        first
    }

    /// Token `k` is followed, within a run of capitalised words on its line, by the head
    /// of an organisation's or place's name (`World Health Organization`, `Red Sea`).
    /// A company's or club's short name before its ending (`Pinecrest Capital`, `Ashdown
    /// Athletic`) is no such word.
    fn opens_org_name(&self, k: usize, b: usize) -> bool {
        const HEAD: u32 = lx::ORG_HEAD | lx::ORG_SUFFIX | lx::STATE_BODY | lx::GEO_HEAD;
        let company = k + 1 < b
            && self.has(k + 1, lx::ORG_SUFFIX)
            && lx::is_company_or_club_suffix(self.word(k + 1));
        // `Workers' Union`, `Supporters' Trust`: the name goes on after a plural possessive.
        let plural_possessive = |j: usize| {
            self.tokens[j].is_punct_in(self.text, &APOSTROPHES)
                && self.word(j - 1).ends_with('s')
                && self.tokens[j].start == self.tokens[j - 1].end
        };
        !company
            && (k + 1..b.min(k + 7))
                .take_while(|&j| {
                    let t = self.tokens[j];
                    // `Competition and Markets Authority`: a connector inside the name.
                    let connector = matches!(self.word(j), "and" | "of" | "for" | "&")
                        && self.tokens.get(j + 1).is_some_and(|n| n.cap);
                    (t.is_word() && t.cap && t.newlines_before == 0)
                        || plural_possessive(j)
                        || (connector && t.newlines_before == 0)
                })
                .any(|j| self.has(j, HEAD))
    }

    /// `GENEVA (Wire) - Talks …`, `KYIV — Ukrainian …`: token `k` comes right after a
    /// dateline's dash.
    fn after_dateline(&self, k: usize) -> bool {
        k > 0
            && self
                .datelines
                .binary_search_by_key(&self.tokens[k - 1].end, |&(_, end)| end)
                .is_ok()
    }

    /// Marks lines written in capitals only (`OBAMA PRAISES PUTIN`) or in title case with
    /// a verb or function word capitalised (`Obama Sees Russia's Moves In Positive Light`).
    fn mark_headlines(&mut self, a: usize, b: usize) {
        let mut line = a;
        for k in a + 1..=b {
            if k == b || self.tokens[k].newlines_before > 0 {
                if self.is_headline(line, k) {
                    for j in line..k {
                        self.info[j].headline = true;
                    }
                }
                line = k;
            }
        }
    }

    fn is_headline(&self, lo: usize, hi: usize) -> bool {
        let words: Vec<usize> = (lo..hi)
            .filter(|&j| self.is_word(j) && self.word(j).chars().any(char::is_alphabetic))
            .collect();
        if words.len() < 2 {
            return false;
        }
        if words.iter().all(|&j| is_all_caps(self.word(j))) {
            return true;
        }
        let function = lx::ARTICLE | lx::PREPOSITION | lx::COORDINATOR | lx::CONNECTOR;
        let mut caps = 0;
        let mut telling = false;
        for (i, &j) in words.iter().enumerate() {
            if !self.tokens[j].cap {
                let possessive = self.word(j) == "s" && j > lo && !self.is_word(j - 1);
                if !self.has(j, function) && !possessive {
                    return false;
                }
                continue;
            }
            caps += 1;
            telling |= self.has(j, lx::STANCE_VERB | lx::OTHER_VERB)
                || (i > 0 && self.has(j, lx::STOPWORD));
        }
        caps >= 4 && telling
    }
}
