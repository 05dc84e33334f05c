//! Names the gazetteer does not know: runs of capitalised words within a sentence,
//! with connectors (`bin`, `de`, `of`) between them, person titles stripped off and
//! sentence-initial ordinary words, months, pronouns and all-caps headlines left out.

use super::gender;
use super::lexicon as lx;
use super::matcher::GazHit;
use super::tokens::{is_all_caps, ArticleTokens, Token};
use super::{Actor, ActorKind};
use crate::text::tokenize::APOSTROPHES;

/// A name found in the text (not in the gazetteer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameSpan {
    pub start: usize,
    pub end: usize,
    /// Index into the caller's sentences.
    pub sentence: usize,
    /// Capitalised words (connectors not counted).
    pub words: usize,
    /// Byte range of the last word.
    pub last: (usize, usize),
    /// Byte range of the first word.
    pub first: (usize, usize),
    /// Directly preceded by a person title (`President`, `Mr.`, `spokesman`).
    pub title: bool,
    /// That title is a monarch's or a cleric's (`Queen`, `Pope`, `Prince`), which goes with a
    /// given name alone: `Queen Elizabeth` is not `Elizabeth Warren`.
    pub regnal: bool,
    /// Organisation or Party from the name's own words, otherwise Other.
    pub hint: ActorKind,
    /// Looks like a person by itself (common given name, middle initial).
    pub person_hint: bool,
    /// Its context says an organisation (`the security group X`, see `org_cues`).
    pub org_hint: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TokInfo {
    /// First word of the sentence, of a quotation or of a paragraph.
    pub(super) initial: bool,
    /// Index of the gazetteer hit covering this token.
    pub(super) gaz: Option<usize>,
    /// On a line written in capitals only.
    pub(super) headline: bool,
}

/// Consecutive tokens that may form a name; `title` is the first token of a title right before it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Seg {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) title: Option<usize>,
}

const OPENERS: &[char] = &[
    '\u{201c}', '"', '\u{2018}', '(', '[', ':', '\u{2014}', '\u{2013}', '\u{2022}', '*',
];

pub(super) struct Finder<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) info: Vec<TokInfo>,
    pub(super) mid_caps: Vec<&'a str>,
    /// Capitalised words seen only before the head of an organisation's name.
    pub(super) org_caps: Vec<&'a str>,
    pub(super) hits: &'a [GazHit],
    pub(super) gaz: &'a [Actor],
    /// The article's datelines (`GENEVA (Wire) -`), sorted: the word after one opens the
    /// story's first sentence.
    pub(super) datelines: &'a [(usize, usize)],
}

/// Finds unknown names in every sentence. Gazetteer hits that turn out to be part of a
/// longer organisation name are marked `dropped`; a gazetteer person preceded by its
/// first name (`Bashar` al-Assad) is extended to cover it.
pub(crate) fn find_names(
    text: &str,
    article: &ArticleTokens,
    hits: &mut [GazHit],
    gaz: &[Actor],
    datelines: &[(usize, usize)],
) -> Vec<NameSpan> {
    let (sents, tokens, ranges) = (&article.sents, &article.tokens[..], &article.ranges);
    let mut f = Finder {
        text,
        info: vec![TokInfo::default(); tokens.len()],
        tokens,
        mid_caps: Vec::new(),
        org_caps: Vec::new(),
        hits,
        gaz,
        datelines,
    };
    for &(a, b) in ranges {
        f.annotate(a, b);
    }
    f.mid_caps.sort_unstable();
    f.mid_caps.dedup();
    f.org_caps.sort_unstable();
    f.org_caps.dedup();

    let mut out = Vec::new();
    let mut drops = Vec::new();
    let mut extensions = Vec::new();
    let mut segs = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        segs.clear();
        f.segments(a, b, &mut segs);
        let sentence = sents.sents[si].index;
        let before = out.len();
        for &seg in &segs {
            f.resolve(seg, &mut out, &mut drops, &mut extensions);
        }
        f.context_person(&mut out[before..], a, b);
        f.context_organisation(&mut out[before..], a, b);
        for n in &mut out[before..] {
            n.sentence = sentence;
        }
    }
    for d in drops {
        hits[d].dropped = true;
    }
    for (h, start) in extensions {
        hits[h].start = start;
    }
    out
}

impl<'a> Finder<'a> {
    pub(super) fn word(&self, k: usize) -> &'a str {
        self.tokens[k].text(self.text)
    }

    pub(super) fn is_word(&self, k: usize) -> bool {
        self.tokens[k].is_word()
    }

    pub(super) fn is_connector(&self, k: usize) -> bool {
        let w = self.word(k);
        self.is_word(k) && !self.tokens[k].cap && (self.has(k, lx::CONNECTOR) || w == "the")
    }

    pub(super) fn mid_cap(&self, w: &str) -> bool {
        self.mid_caps.binary_search(&w).is_ok()
    }

    /// The sentence-initial word at `k` is also seen in the middle of a sentence: as a
    /// name, or inside an organisation's name when it is a possessive itself (`Clinton's`
    /// after `Clinton Foundation`, but not `Data regulator` after `Data Protection
    /// Commission`).
    pub(super) fn supported(&self, k: usize) -> bool {
        let w = self.word(k);
        self.mid_cap(w)
            || (self.org_caps.binary_search(&w).is_ok()
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_punct_in(self.text, &APOSTROPHES)))
    }

    pub(super) fn is_title_word(&self, k: usize) -> bool {
        self.has(k, lx::TITLE | lx::TITLE_MODIFIER)
    }

    pub(super) fn has(&self, k: usize, flag: u32) -> bool {
        self.tokens[k].has(flag)
    }

    /// A given name: on the list of names that mark a person, or on a gendered list.
    pub(super) fn is_given_name(&self, k: usize) -> bool {
        self.has(k, lx::GIVEN_NAME) || gender::is_person_given_name(self.word(k))
    }

    /// Marks gazetteer coverage, sentence-initial words and headline lines; collects
    /// capitalised words seen in the middle of sentences.
    fn annotate(&mut self, a: usize, b: usize) {
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
                    || self.tokens[k - 1].is_punct_in(self.text, OPENERS)
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
                    (t.is_word() && t.cap && t.newlines_before == 0) || plural_possessive(j)
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
        // `the Public Prosecutor's Office`, `the Prime Minister's Office`: a title's office.
        let office = with_s
            && self.has(owner, lx::TITLE)
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

    /// Can token `k` start (or continue) a name?
    pub(super) fn starts_name(&self, k: usize, b: usize) -> bool {
        if k >= b
            || !self.is_word(k)
            || self.info[k].headline
            || self.tokens[k].newlines_before >= 2
        {
            return false;
        }
        let w = self.word(k);
        self.info[k].gaz.is_some()
            || (self.tokens[k].cap
                && !self.has(k, lx::NEVER_NAME | lx::TITLE)
                && !lx::is_name_suffix(w))
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
            let is_name_word =
                self.info[k].gaz.is_some() || (t.cap && !self.has(k, lx::NEVER_NAME));
            if self.info[k].gaz.is_none() {
                if let Some(n) = self.title_len(k, b) {
                    if self.starts_name(k + n, b) {
                        segs.extend(cur.take());
                        title = Some(k);
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

#[cfg(test)]
pub(crate) mod tests {
    use super::super::test_support::{split, CSV};
    use super::super::Gazetteer;
    use super::*;

    /// `(surface, title, hint, person_hint)` of every name, and the gazetteer hits left.
    pub(crate) type Found<'a> = (&'a str, bool, ActorKind, bool);

    pub(crate) fn run(text: &str) -> (Vec<Found<'_>>, Vec<&str>) {
        let g = Gazetteer::from_csv_reader(CSV.as_bytes(), "t").unwrap();
        let m = super::super::matcher::Matcher::new(g.actors());
        let article = ArticleTokens::new(text, &split(text));
        let mut hits = m.find(text, &article.sents);
        let datelines = super::super::datelines::datelines(text, &article);
        let names = find_names(text, &article, &mut hits, g.actors(), &datelines);
        let n = names
            .iter()
            .map(|n| (&text[n.start..n.end], n.title, n.hint, n.person_hint))
            .collect();
        let h = hits
            .iter()
            .filter(|h| !h.dropped)
            .map(|h| &text[h.start..h.end])
            .collect();
        (n, h)
    }

    pub(crate) fn names(text: &str) -> Vec<&str> {
        run(text).0.into_iter().map(|n| n.0).collect()
    }

    use ActorKind::Organisation as Org;

    #[test]
    fn connectors_only_between_capitalised_words() {
        assert_eq!(
            names("He met Osama bin Laden, officials of the Ministry of Defence and Staffan de Mistura of Sweden in Bashar al-Assad country."),
            vec!["Osama bin Laden", "Ministry of Defence", "Staffan de Mistura", "Sweden"]
        );
        let (n, _) = run("The Ministry of Defence said so.");
        assert_eq!(n, vec![("Ministry of Defence", false, Org, false)]);
    }

    #[test]
    fn sentence_initial_words_need_support() {
        assert!(names("However, the talks failed. Officials said so. Analysts agree.").is_empty());
        assert_eq!(
            names("Obama spoke. Later Barack Obama left."),
            vec!["Obama", "Barack Obama"]
        );
        assert!(names("Obama spoke. Then he left.").is_empty());
        assert_eq!(
            names("When Hollande arrived, he met Merkel."),
            vec!["Hollande", "Merkel"]
        );
        assert_eq!(
            names("“Smith is here,” said Jones. We met Smith."),
            vec!["Smith", "Jones", "Smith"]
        );
    }

    #[test]
    fn a_plural_possessive_inside_an_organisation_s_name_keeps_it_whole() {
        assert_eq!(
            names(
                "We met the National Teachers' Union and the Women's Rights Association. \
                 We saw Morales' National Front. The Redmoor Supporters' Trust marched. \
                 We met the Athletes' Voice Commission and the Citizens' Movement."
            ),
            vec![
                "National Teachers' Union",
                "Women's Rights Association",
                "Morales",
                "National Front",
                "Redmoor Supporters' Trust",
                "Athletes' Voice Commission",
                "Citizens' Movement"
            ]
        );
        // A saint's name, given name or not.
        assert_eq!(
            names("Nurses at St Oriel's Hospital met staff of St Mary's College."),
            vec!["St Oriel's Hospital", "St Mary's College"]
        );
        // A title's office.
        assert_eq!(
            names("The Public Prosecutor's Office and the Mayor's Office agreed."),
            vec!["Public Prosecutor's Office", "Mayor's Office"]
        );
    }

    #[test]
    fn a_word_inside_an_organisation_s_name_supports_only_its_possessive() {
        assert_eq!(
            names("Data regulators met. We saw the Data Protection Commission."),
            vec!["Data Protection Commission"]
        );
        assert_eq!(
            names("Clinton's aides met. We saw the Clinton Foundation."),
            vec!["Clinton", "Clinton Foundation"]
        );
    }

    #[test]
    fn the_word_after_a_datelines_dash_opens_the_sentence() {
        assert!(names("GENEVA (Wire) - Talks broke down.").is_empty());
        assert!(names("ZENDA — Clashes broke out.").is_empty());
        // Elsewhere a capitalised word after a dash may be a name.
        assert_eq!(
            names("It was a deal - Talks Inc. said so."),
            vec!["Talks Inc."]
        );
        assert_eq!(
            names("It was signed by NATO - Zubrov, who hated it, walked out."),
            vec!["NATO", "Zubrov"]
        );
    }

    #[test]
    fn a_sentence_initial_word_before_a_stance_verb_is_its_subject() {
        assert_eq!(
            names("Greenpeace praised it. ZUFA criticised it. Kelly said so. O’Shea told us."),
            vec!["Greenpeace", "ZUFA", "Kelly", "O’Shea"]
        );
        // Common nouns, plurals (also in capitals), adverbs, contractions, role nouns and
        // verb forms that are also nouns.
        assert!(names(
            "Critics said so. Widely praised, it won. Don't say it. Journalist says so. \
             Nobody criticised it. Evidence showed it. HUNDREDS criticised it. \
             Spoken like a pro. Zendish back the plan. Regulator fines it."
        )
        .is_empty());
    }

    #[test]
    fn months_weekdays_pronouns_numbers_are_not_names() {
        assert!(names("On Monday in January, I said it and We agreed on 2015 figures.").is_empty());
        assert_eq!(
            names("In May he met Theresa May and Prime Minister May."),
            vec!["Theresa May", "May"]
        );
    }

    #[test]
    fn headlines_are_skipped() {
        let text = "OBAMA PRAISES PUTIN OVER SYRIA DEAL\nBarack Obama praised the deal.";
        assert_eq!(names(text), vec!["Barack Obama"]);
        let text = "Obama Sees Russia's Moves In Positive Light\nBarack Obama praised the deal.";
        assert_eq!(names(text), vec!["Barack Obama"]);
        let text = "Barack Obama, Vladimir Putin, Angela Merkel\nThe leaders met.";
        assert_eq!(
            names(text),
            vec!["Barack Obama", "Vladimir Putin", "Angela Merkel"]
        );
    }

    #[test]
    fn lone_titles_and_title_runs_are_not_names() {
        assert!(names("The President said the Prime Minister's plan was good.").is_empty());
        assert_eq!(
            names("It is the legacy of Martin Luther King Jr. and Martin Luther King."),
            vec!["Martin Luther King Jr.", "Martin Luther King"]
        );
    }
}
