//! Datelines: `MOSCOW (Reuters) - …`, `PORT SUDAN, Sudan (Wire) — …`, `Washington (CNN) —`.
//! They say where a story was filed, not who it is about; a capital there would make its
//! country a target of the first sentence (`MOSCOW (Reuters) - The U.S. said …` is not
//! about Russia), so mentions inside a dateline are dropped.

use super::tokens::{is_all_caps, ArticleTokens, Token};

/// Byte ranges of the datelines that open a line of the article.
pub(super) fn datelines(text: &str, article: &ArticleTokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(a, b) in &article.ranges {
        let toks = &article.tokens[a..b];
        for (k, t) in toks.iter().enumerate() {
            // A dateline opens its line.
            if (k == 0 && opens_line(text, t.start)) || (k > 0 && t.newlines_before > 0) {
                if let Some(end) = dateline_end(text, &toks[k..]) {
                    out.push((t.start, end));
                }
            }
        }
    }
    out
}

/// The places the first of the article's `datelines` names, each a run of capitalised
/// words (`PORT SUDAN`, `Sudan` in `PORT SUDAN, Sudan (Wire) —`): where the story is filed.
pub(super) fn first_dateline_places<'t>(
    text: &'t str,
    article: &ArticleTokens,
    datelines: &[(usize, usize)],
) -> Vec<&'t str> {
    let Some(&(start, end)) = datelines.first() else {
        return Vec::new();
    };
    let mut places = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let tokens = article.tokens.iter().skip_while(|t| t.start < start);
    for t in tokens.take_while(|t| t.end <= end) {
        if t.is_word() && t.cap {
            run = Some(run.map_or((t.start, t.end), |(s, _)| (s, t.end)));
        } else if !t.text(text).starts_with(['.', '/']) {
            places.extend(run.take().map(|(s, e)| &text[s..e]));
        }
    }
    places.extend(run.map(|(s, e)| &text[s..e]));
    places
}

/// Byte `pos` of `text` starts a line (only spaces or tabs since the line break).
pub(super) fn opens_line(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '\t', '\r']);
    before.is_empty() || before.ends_with('\n')
}

/// The end of the dash after a dateline at the start of `toks`: a place of one to four
/// capitalised words, up to two `, Region` or `, March 3` parts, an optional `(Agency)`,
/// then a dash. The place must be in capitals or an agency must follow, so that
/// `Washington — the city — …` is prose. A colon does not end a dateline: `CHRIS HAYES:`
/// opens a transcript's turn.
fn dateline_end(text: &str, toks: &[Token]) -> Option<usize> {
    let word = |t: &Token| t.is_word();
    let punct = |t: &Token, c: char| !t.is_word() && t.text(text).starts_with(c);
    // Token `j` is `c` right after the token before it (`D.C.`, `Mo.`, `LONDON/PARIS`).
    let glued = |j: usize, c: char| {
        j < toks.len() && toks[j].start == toks[j - 1].end && punct(&toks[j], c)
    };
    let mut j = 0;
    let mut caps = true;
    let mut words = 0;
    while j < toks.len() && words < 4 && word(&toks[j]) && toks[j].cap {
        caps &= is_all_caps(toks[j].text(text));
        j += 1;
        words += 1;
        // `WASHINGTON, D.C.`: an abbreviation's period; `LONDON/PARIS`: two places.
        let slash = glued(j, '/') && j + 1 < toks.len() && word(&toks[j + 1]);
        if glued(j, '.') || slash {
            j += 1;
        }
    }
    if j == 0 {
        return None;
    }
    for _ in 0..2 {
        if !(j + 1 < toks.len() && punct(&toks[j], ',')) {
            break;
        }
        let part = j + 1;
        let mut e = part;
        while e < toks.len()
            && e - part < 3
            && word(&toks[e])
            && (toks[e].cap || digit(text, &toks[e]))
        {
            e += 1;
            if glued(e, '.') {
                e += 1;
            }
        }
        if e == part {
            return None;
        }
        j = e;
    }
    let mut agency = false;
    if j < toks.len() && punct(&toks[j], '(') {
        let close = (j + 1..toks.len().min(j + 6)).find(|&e| punct(&toks[e], ')'))?;
        // `(Reuters)`, `(AP)`; not a party and state (`Peter King (R-NY) —`).
        let agency_word = |t: &Token| t.cap && !t.text(text).contains('-');
        if close == j + 1
            || !toks[j + 1..close]
                .iter()
                .all(|t| !t.is_word() || agency_word(t))
        {
            return None;
        }
        agency = true;
        j = close + 1;
    }
    let t = toks.get(j)?;
    // A hyphen after a space (`U.S.-Iran` is a compound); dashes also without
    // (`WASHINGTON—President …`).
    let spaced = text[..t.start].ends_with(char::is_whitespace);
    let dash = punct(t, '\u{2014}') || punct(t, '\u{2013}') || (punct(t, '-') && spaced);
    if !(dash && (caps || agency)) {
        return None;
    }
    // `--` as two hyphens.
    let end = match toks.get(j + 1) {
        Some(n) if punct(t, '-') && punct(n, '-') && n.start == t.end => j + 1,
        _ => j,
    };
    // The story goes on with a capital, a quotation or a number; `NATO - the alliance -
    // criticised …` is an aside.
    let next = toks.get(end + 1)?;
    let story = !next.is_word() || next.cap || digit(text, next);
    story.then_some(toks[end].end)
}

fn digit(text: &str, t: &Token) -> bool {
    t.text(text).starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    #[test]
    fn the_first_datelines_places_are_where_the_story_is_filed() {
        let text = "Talks stall\n\nPORT SUDAN, Sudan (Wire) — The army said.\n\nLONDON (Wire) — …";
        let article = ArticleTokens::new(text, &split_sentences(text));
        let places = first_dateline_places(text, &article, &datelines(text, &article));
        assert_eq!(places, ["PORT SUDAN", "Sudan", "Wire"]);
        let text = "WASHINGTON, D.C. — The U.S. said.";
        let article = ArticleTokens::new(text, &split_sentences(text));
        let places = first_dateline_places(text, &article, &datelines(text, &article));
        assert_eq!(places, ["WASHINGTON", "D.C."]);
    }

    fn lines(text: &str) -> Vec<&str> {
        let article = ArticleTokens::new(text, &split_sentences(text));
        datelines(text, &article)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn wire_datelines() {
        for (text, want) in [
            ("MOSCOW (Reuters) - The U.S. said so.", "MOSCOW (Reuters) -"),
            (
                "PORT SUDAN, Sudan (Wire) — The army agreed.",
                "PORT SUDAN, Sudan (Wire) —",
            ),
            (
                "MOSCOW, March 3 (Reuters) -- Talks began.",
                "MOSCOW, March 3 (Reuters) --",
            ),
            (
                "Washington (CNN) — The senator spoke.",
                "Washington (CNN) —",
            ),
            ("WASHINGTON—President Obama spoke.", "WASHINGTON—"),
            ("KANSAS CITY, Mo. — Voters went.", "KANSAS CITY, Mo. —"),
            ("Iran Protests\n\nTEHRAN – Iran protested.", "TEHRAN –"),
            (
                "LONDON/PARIS (Reuters) - Talks began.",
                "LONDON/PARIS (Reuters) -",
            ),
        ] {
            assert_eq!(lines(text), [want], "{text}");
        }
    }

    #[test]
    fn places_in_a_dateline_are_no_actors() {
        let text = "Talks in Moscow\n\nMOSCOW (Reuters) - The U.S. criticised Iran in Moscow.";
        let a = crate::actors::ActorFinder::builtin().find(text, &split_sentences(text));
        let found: Vec<(&str, &str)> = a
            .mentions
            .iter()
            .map(|m| (&text[m.start..m.end], a.actors[m.actor].name.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Moscow", "Russia"),
                ("U.S.", "United States"),
                ("Iran", "Iran"),
                ("Moscow", "Russia")
            ]
        );
    }

    #[test]
    fn prose_is_no_dateline() {
        for text in [
            "Washington — the city, not the state — voted.",
            "The U.S. (and Russia) - both - agreed.",
            "He said: MOSCOW (Reuters) - is wrong.",
            "Russia, Iran and China (the three) - met.",
            "Moscow: the talks failed.",
            "CHRIS HAYES: Totally.",
            "ECOWAS – the West African bloc – suspended Niger.",
            "NATO - the alliance - criticised Russia.",
            "NEW DELHI: India said so.",
            "U.S.-Iran relations warmed.",
            "Peter King (R-NY) -- for trying.",
            "John McCain (R-Ariz.) — who was central.",
        ] {
            assert!(lines(text).is_empty(), "{text}");
        }
    }
}
