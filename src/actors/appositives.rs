//! Appositives: a noun phrase set off by commas right after a name that describes it
//! (`X, a researcher at Y,`, `X, director general of Y,`, `X, Russia's envoy,`, `X, 45,`).
//! Shared by the name finder (a role is evidence of a person) and the clause analysis
//! (a mention inside the appositive is not the subject of the verb after it), as is the
//! role set off before a name (`His lawyer, X,`).

use super::lexicon as lx;
use super::tokens::Token;
use crate::text::tokenize::APOSTROPHES;

/// Longest appositive considered, in tokens.
const MAX_LEN: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Appositive {
    /// Token index of the closing comma, or of the end of the sentence (`b` or a final
    /// `.`, `!`, `?`).
    pub close: usize,
    /// Closed by a comma (not by the end of the sentence).
    pub comma: bool,
    /// Names a role of a person (`a researcher`, `director general`, `the head`,
    /// `Russia's envoy`) or an age (`45`).
    pub role: bool,
}

fn punct(text: &str, t: &Token, chars: &[char]) -> bool {
    t.is_punct_in(text, chars)
}

fn lowercase(text: &str, t: &Token) -> bool {
    t.is_word() && t.text(text).starts_with(|c: char| c.is_lowercase())
}

/// `His lawyer, X`, `Kenya's ambassador, X`, `its chief executive, X`: the name whose first token is `first` is set
/// off by a comma after a role or title noun in lowercase (the sentence starts at `lo`).
/// So is a role of a body described in a few lowercase words (`The head of the mission,
/// X`, `a spokesman for the ministry, X`), or of one named in up to four capitalised
/// words (`The EU's special representative for the South Caucasus, X`, `Britain's
/// ambassador to the United Nations, X`).
pub(crate) fn role_before(text: &str, toks: &[Token], first: usize, lo: usize) -> bool {
    const ROLE: u32 = lx::ROLE | lx::TITLE | lx::TITLE_MODIFIER;
    if first < lo + 2 || first > toks.len() || !punct(text, &toks[first - 1], &[',']) {
        return false;
    }
    let last = first - 2;
    let capitalised = |j: usize| toks[j].is_word() && toks[j].cap;
    if capitalised(last) {
        let mut j = last;
        while j > lo && last - j < 4 && capitalised(j) {
            j -= 1;
        }
        if j > lo && toks[j].text(text) == "the" {
            j -= 1;
        }
        return j > lo
            && !capitalised(j)
            && matches!(toks[j].text(text), "of" | "for" | "to" | "at")
            && lowercase(text, &toks[j - 1])
            && toks[j - 1].has(ROLE);
    }
    if !lowercase(text, &toks[last]) {
        return false;
    }
    if toks[last].has(ROLE) {
        return true;
    }
    // `of the mission`: a determiner and at most two more lowercase words.
    let Some(det) =
        (last.saturating_sub(2).max(lo)..last).find(|&j| lx::is_determiner(toks[j].text(text)))
    else {
        return false;
    };
    det >= lo + 2
        && (det..=last).all(|j| lowercase(text, &toks[j]))
        && matches!(toks[det - 1].text(text), "of" | "for" | "at")
        && lowercase(text, &toks[det - 2])
        && toks[det - 2].has(ROLE)
}

/// The appositive opened by the comma at token `comma` (the caller checks that a name or
/// mention ends right before it), within the sentence's tokens `..b`.
pub(crate) fn appositive(text: &str, toks: &[Token], comma: usize, b: usize) -> Option<Appositive> {
    let b = b.min(toks.len());
    let first = comma + 1;
    if first >= b || !punct(text, &toks[comma], &[',']) || !toks[first].is_word() {
        return None;
    }
    let t0 = toks[first];
    let w0 = t0.text(text);
    if w0.bytes().all(|c| c.is_ascii_digit()) {
        // An age: `X, 45, said`.
        let close = first + 1;
        let ok = close < b && punct(text, &toks[close], &[',']) && w0.len() <= 3;
        return ok.then_some(Appositive {
            close,
            comma: true,
            role: true,
        });
    }
    // `Oxfam's`, `Fair Thread Watch's`: a name of up to four words owns what follows.
    let possessive = t0.cap && {
        let name_end = (first..b.min(first + 4))
            .find(|&j| !(toks[j].is_word() && toks[j].cap))
            .unwrap_or(b);
        name_end + 1 < b
            && punct(text, &toks[name_end], &APOSTROPHES)
            && toks[name_end + 1].text(text) == "s"
    };
    // `X, of the Civic Alliance,`, `X, from Oxfam,`: where X comes from, closed by a comma.
    let affiliation = matches!(w0, "of" | "from");
    // `Senator X, Democrat of Connecticut, said`: the party and state X sits for.
    let party_member = matches!(w0, "Democrat" | "Republican")
        && first + 1 < b
        && matches!(toks[first + 1].text(text), "of" | "from");
    let describing = t0.has(lx::ARTICLE | lx::TITLE | lx::TITLE_MODIFIER | lx::ROLE)
        || possessive
        || affiliation
        || party_member
        || (lowercase(text, &t0)
            && !t0.has(
                lx::STANCE_VERB
                    | lx::OTHER_VERB
                    | lx::RELATIVE
                    | lx::CLAUSE_WORD
                    | lx::COORDINATOR
                    | lx::PREPOSITION
                    | lx::OTHER_PRONOUN
                    | lx::HE_SHE
                    | lx::SKIPPABLE
                    | lx::BE,
            )
            && !w0.ends_with("ing")
            && !w0.ends_with("ed"));
    if !describing {
        return None;
    }
    let mut role = party_member;
    let mut role_within = 5;
    let mut head_done = false;
    let mut j = first;
    while j < b && j < first + MAX_LEN {
        let t = toks[j];
        if !t.is_word() {
            if punct(text, &t, &[',']) {
                return (j > first).then_some(Appositive {
                    close: j,
                    comma: true,
                    role,
                });
            }
            if punct(text, &t, &['.', '!', '?']) && j + 1 >= b {
                break;
            }
            // `a former official at the International Monetary Fund (IMF),`: a body's
            // acronym in brackets.
            if punct(text, &t, &['('])
                && j + 2 < b
                && toks[j + 1].is_word()
                && punct(text, &toks[j + 2], &[')'])
            {
                j += 3;
                continue;
            }
            if !punct(text, &t, &['\'', '\u{2019}', '-', '&']) {
                return None;
            }
            if punct(text, &t, &APOSTROPHES) {
                // `the EU's special representative`, `the CPJ's Europe and Central Asia
                // coordinator`: the role comes after the owner and what it covers.
                role_within = j - first + 8;
            }
            j += 1;
            continue;
        }
        // (Not `whose`: `whose mother, X, has` sets off a name of its own.)
        let relative = matches!(t.text(text), "who" | "which" | "that")
            && (t.has(lx::RELATIVE) || t.text(text) == "that");
        if (role || t0.has(lx::ARTICLE)) && j > first + 1 && relative {
            // `X, a nurse who walked two hours to her hospital, said`, `X, a tour operator
            // that charters Y aircraft, praised`: a relative clause inside a role's phrase
            // runs to the closing comma.
            let plain =
                |c: usize| toks[c].is_word() || punct(text, &toks[c], &['\'', '\u{2019}', '-']);
            let close = (j + 1..b.min(first + MAX_LEN)).find(|&c| !plain(c))?;
            return punct(text, &toks[close], &[',']).then_some(Appositive {
                close,
                comma: true,
                role,
            });
        }
        let after_article = j > first && toks[j - 1].has(lx::ARTICLE);
        let verb = lowercase(text, &t) && t.has(lx::STANCE_VERB | lx::OTHER_VERB);
        if t.has(lx::RELATIVE | lx::BARRIER | lx::OTHER_PRONOUN | lx::HE_SHE | lx::BE)
            || t.text(text) == "that"
            || (verb && !after_article)
        {
            return None;
        }
        if t.has(lx::PREPOSITION) {
            head_done = true;
        } else if !head_done && j < first + role_within && t.has(lx::TITLE | lx::ROLE) {
            role = true;
        }
        j += 1;
    }
    // Closed by the end of the sentence: `… met X, a researcher at Y.`
    (j > first && (j >= b || j + 1 >= b) && !affiliation).then_some(Appositive {
        close: j,
        comma: false,
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// `(appositive text, closed by comma, role)` for the appositive after the first comma.
    fn app(text: &str) -> Option<(&str, bool, bool)> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let c = toks.iter().position(|t| t.is_punct_in(text, &[',']))?;
        let a = appositive(text, &toks, c, toks.len())?;
        let end = toks[a.close - 1].end;
        Some((&text[toks[c + 1].start..end], a.comma, a.role))
    }

    #[test]
    fn role_phrases_between_commas() {
        assert_eq!(
            app("Ola Berg, director general of the Agency, said no."),
            Some(("director general of the Agency", true, true))
        );
        assert_eq!(
            app("Ola Berg, Fair Thread Watch's research director, said no."),
            Some(("Fair Thread Watch's research director", true, true))
        );
        assert_eq!(
            app("Ola Berg, a researcher at the Institute, said no."),
            Some(("a researcher at the Institute", true, true))
        );
        assert_eq!(
            app("Ola Berg, the EU's special representative for Asia, said no."),
            Some(("the EU's special representative for Asia", true, true))
        );
        assert_eq!(
            app("Ola Berg, the CPJ's Europe and Central Asia coordinator, said no."),
            Some(("the CPJ's Europe and Central Asia coordinator", true, true))
        );
        assert_eq!(
            app("Ola Berg, Norway's envoy, said no."),
            Some(("Norway's envoy", true, true))
        );
        assert_eq!(app("Ola Berg, 52, said no."), Some(("52", true, true)));
        assert_eq!(
            app("They met Ola Berg, a former adviser to the king."),
            Some(("a former adviser to the king", false, true))
        );
        assert_eq!(
            app("Oslo, the capital, voted."),
            Some(("the capital", true, false))
        );
        assert_eq!(
            app("Ola Berg, of the centre-left Civic Alliance, told a rally."),
            Some(("of the centre-left Civic Alliance", true, false))
        );
        assert_eq!(
            app("Ola Berg, from Oxfam, said no."),
            Some(("from Oxfam", true, false))
        );
        assert_eq!(
            app("Ola Berg, a mother who walked two hours to her hospital, said no."),
            Some(("a mother who walked two hours to her hospital", true, false))
        );
    }

    #[test]
    fn clauses_and_lists_are_not_appositives() {
        assert_eq!(app("Ola Berg, who leads the Agency, said no."), None);
        assert_eq!(app("Ola Berg, backed by the Agency, said no."), None);
        assert_eq!(app("If Oslo agrees, the deal is done."), None);
        assert_eq!(app("Oslo, Bergen and Tromso voted."), None);
        assert_eq!(app("Ola Berg, he said, was right."), None);
        assert_eq!(app("Ola Berg, and later Kari Dahl, said no."), None);
        // Where someone comes from sets off a name only between commas.
        assert_eq!(app("They thanked Ola Berg, of Oslo."), None);
    }

    #[test]
    fn role_or_title_set_off_before_a_name() {
        let before = |text: &str, name: &str| {
            let mut toks = Vec::new();
            tokenize(text, 0, text.len(), &mut toks);
            let first = toks.iter().position(|t| t.text(text) == name).unwrap();
            role_before(text, &toks, first, 0)
        };
        assert!(before("His lawyer, Ola Berg, said no.", "Ola"));
        assert!(before(
            "The secretary of commerce, Ola Berg, said no.",
            "Ola"
        ));
        assert!(before("Its chief executive, Ola Berg, said no.", "Ola"));
        assert!(!before("In Oslo, Ola Berg said no.", "Ola"));
        assert!(!before("The Chief, Ola Berg, said no.", "Ola"));
    }
}
