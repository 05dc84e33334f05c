//! Organisation names with lowercase words between capitalised ones: `Ministry of
//! Defence`, `Stockholm Institute for Security Studies`, `Council on Foreign Relations`,
//! `Committee to Protect Journalists`, `Department of Health and Human Services`.
//! Gazetteer names on either side stay apart (`Russia and China`, `Union for Iran`).

use super::lexicon as lx;
use super::names::Finder;
use super::ActorKind;

const ORG_WORD: u32 = lx::ORG_HEAD | lx::ORG_SUFFIX;

/// Plural nouns of people that open a campaign's or charity's name before `for`.
pub(super) const PEOPLE_FOR_A_CAUSE: &[&str] = &[
    "citizens",
    "doctors",
    "families",
    "farmers",
    "journalists",
    "lawyers",
    "medics",
    "mothers",
    "nurses",
    "parents",
    "patients",
    "physicians",
    "scientists",
    "students",
    "teachers",
    "veterans",
    "voters",
    "women",
    "workers",
];

impl Finder<'_> {
    /// Connectors at `k` (`of`, `of the`, `for`, `van der`) followed by a name word, inside
    /// the segment that started at token `seg`.
    pub(super) fn connectors(&self, k: usize, seg: usize, b: usize) -> Option<usize> {
        if k == 0 || !self.is_connector(k) || self.word(k) == "the" {
            return None;
        }
        let w = self.word(k);
        let mut n = 1;
        if k + 1 < b && self.is_connector(k + 1) {
            let pair = (w, self.word(k + 1));
            if matches!(
                pair,
                ("of" | "for" | "on", "the")
                    | ("van" | "von", "der" | "den")
                    | ("de", "la" | "le" | "los")
            ) {
                n = 2;
            }
        }
        if !self.starts_name(k + n, b) {
            return None;
        }
        let org_before = self.has(k - 1, ORG_WORD);
        // A name after `for`, `on`, `to`, `and` that is known or a person's stays apart.
        let plain_after = |j: usize| {
            j < b
                && self.info[j].gaz.is_none()
                && self.tokens[j].cap
                && !self.has(j, lx::TITLE)
                && !self.is_given_name(j)
        };
        // `Kestrel Systems of Dublin`, `Acme Holdings of Boston`: a company's last word (not
        // a head, as in `National Bank of Greece`) before `of` and a known place says
        // where the company is.
        let company_of_place = w == "of"
            && lx::is_company_ending_only(self.word(k - 1))
            && self.info[k + n].gaz.is_some_and(|h| {
                matches!(
                    self.gaz[self.hits[h].actor].kind,
                    ActorKind::Country | ActorKind::Place
                )
            });
        if company_of_place {
            return None;
        }
        let ok = match w {
            // `Ministry of Defence`, `Gulf of Aden`, not `Kerry of Massachusetts`.
            "of" => {
                org_before
                    || self.has(k - 1, lx::GEO_HEAD)
                    || super::name_spans::is_geo_opener(self.word(k - 1))
                    // `Front for the Liberation of the Enclave of Cabinda`: further on in a
                    // name opened by an organisation's `for` or `of`; not before a person
                    // (`… of Nelson Chamisa`) or another body (`Council of Trustees of the
                    // Association …`).
                    || ((seg + 1..k).any(|j| {
                        matches!(self.word(j), "of" | "for") && self.has(j - 1, ORG_WORD)
                    }) && !self.is_given_name(k + n)
                        && !self.has(k + n, lx::TITLE | ORG_WORD))
            }
            // `Court of Arbitration for Sport`: after a head word's `of` too, but only
            // `for` (`the Court of Appeal on Meta's transfers`).
            "for" | "on" => {
                // `Medics for Peace`, `Americans for Prosperity`: people for a cause.
                let people_for = w == "for"
                    && k == seg + 1
                    && lx::sorted_has(PEOPLE_FOR_A_CAUSE, self.word(k - 1));
                (people_for
                    || org_before && self.info[k - 1].gaz.is_none()
                    || (w == "for"
                        && (k.saturating_sub(4).max(seg + 1)..k)
                            .any(|j| self.word(j) == "of" && self.has(j - 1, lx::ORG_HEAD))))
                    && plain_after(k + n)
            }
            // `Committee to Protect Journalists`: two words, not `the Council to Varga`.
            "to" => {
                org_before
                    && self.info[k - 1].gaz.is_none()
                    && plain_after(k + 1)
                    && self.starts_name(k + 2, b)
                    && self.info[k + 2].gaz.is_none()
            }
            // `… of Health and Human Services`: only after an organisation's `of`/`for`/`on`;
            // `Ways and Means Committee`: the run after `and` ends in an organisation word.
            "and" => {
                (self.has(k + 1, lx::ORG_AND)
                    && self.info[k + 1].gaz.is_none()
                    && (seg + 1..k).any(|j| {
                        matches!(self.word(j), "of" | "for" | "on") && self.has(j - 1, ORG_WORD)
                    }))
                    || self.and_inside_organisation(seg, k, b)
                    || self.spelled_by_acronym(seg, b)
            }
            _ => true,
        };
        ok.then_some(n)
    }

    /// The capitalised run from `seg` (past an article), over `and`, `of`, `for` and `&`,
    /// ends before a bracketed acronym of exactly its initials (`Customs and Border
    /// Protection (CBP)`, `Australian Competition and Consumer Commission (ACCC)`): one
    /// name.
    pub(super) fn spelled_by_acronym(&self, seg: usize, b: usize) -> bool {
        let first = seg + usize::from(self.has(seg, lx::ARTICLE));
        let mut j = first;
        while j < b
            && self.tokens[j].newlines_before == 0
            && (self.is_word(j) && self.tokens[j].cap
                || j > first && (self.joins_name(j) || self.word(j) == "&"))
        {
            j += 1;
        }
        // `U.S. Customs and Border Protection (CBP)`: a known name may open the run
        // without a letter in the acronym.
        j > first + 1
            && j + 2 < b
            && (self.spelled_before(first, j)
                || self.info[first].gaz.is_some() && self.spelled_before(first + 1, j))
    }

    /// `and` at `k` joins two words of one organisation's name (`House Ways and Means
    /// Committee`, `Ethics and Public Policy Center`): plain capitalised words on both
    /// sides and an organisation word among the (at most three) words after it, so that
    /// `Cruz and Kasich` and `Russia and Iran` stay two. `seg` starts the run before it.
    fn and_inside_organisation(&self, seg: usize, k: usize, b: usize) -> bool {
        let plain = |j: usize| {
            self.is_word(j)
                && self.tokens[j].cap
                && self.info[j].gaz.is_none()
                && !self.has(j, lx::NEVER_NAME | lx::TITLE | lx::STOPWORD)
        };
        // Before `and`: a body's opening (`House Ways`, `Senate Armed Services`) or one
        // word of a field (`Ethics`, `Legal`); not a name (`Soros and Open Society
        // Foundations`, `Harvard and Yale University`, `Dan Coats and National Security
        // Agency`) or a complete organisation (`Washington Post and Huffington Post`).
        // One word after `the` opens a name too (`the Maritime and Dock Workers Union`).
        let after_the = self.has(seg, lx::ARTICLE) || (seg > 0 && self.has(seg - 1, lx::ARTICLE));
        let seg = seg + usize::from(self.has(seg, lx::ARTICLE));
        // A body on its own (`the Senate and House …`, `the Army and Marine Corps …`) is
        // not the first word of another's name; a trade (`Maritime`) may be.
        let body = self.has(seg, lx::ORG_HEAD | lx::STATE_BODY | lx::PORTFOLIO)
            || (self.has(seg, lx::ORG_SUFFIX) && !lx::is_company_suffix(self.word(seg)))
            || matches!(self.word(seg), "Treasury" | "Pentagon" | "Kremlin");
        let one_word = k - seg == 1 && !self.is_given_name(seg) && !body;
        let lone_opening = one_word && (self.has(seg, lx::ORG_AND) || after_the);
        let opening = self.has(seg, ORG_WORD) || lone_opening;
        plain(k - 1)
            && opening
            && (!self.has(k - 1, lx::ORG_SUFFIX) || lone_opening)
            && k + 1 < b
            && (k + 1..b.min(k + 4))
                .take_while(|&j| plain(j))
                .any(|j| self.has(j, lx::ORG_SUFFIX) || self.word(j) == "Administration")
    }

    /// The name `[a, b)` is an organisation's: it ends in an organisation word
    /// (`Human Rights Watch`, `Labour Party`), has one before `of`, `for`, `on`, `to`, or
    /// opens with one in another language (`Banco Meridiano`, `Grupo Andes`).
    pub(super) fn org_like(&self, a: usize, b: usize) -> bool {
        // `Nigerian Oil Minister`, `Energy Secretary`: a portfolio before a title.
        let portfolio_of_title =
            self.has(b - 1, lx::PORTFOLIO) && self.tokens.get(b).is_some_and(|t| t.has(lx::TITLE));
        (self.has(b - 1, lx::ORG_SUFFIX) && !portfolio_of_title)
            || (b > a + 1 && lx::foreign_opener_noun(self.word(a)).is_some())
            || (b > a + 1 && (lx::is_club_prefix(self.word(a)) || lx::is_club_opener(self.word(a))))
            || self.word(b - 1).eq_ignore_ascii_case("party")
            || (a..b.saturating_sub(2)).any(|k| {
                self.has(k, ORG_WORD)
                    && matches!(self.word(k + 1), "of" | "for" | "on" | "to")
                    && (k > a || self.has(k, lx::ORG_HEAD))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::tests::{names, run};
    use super::super::test_support::find;
    use super::super::ActorKind::{Organisation as Org, Other};

    #[test]
    fn bodies_with_a_nationality_or_a_trade_inside() {
        let names = |text: &str| -> Vec<String> {
            let a = find(text);
            a.actors.iter().map(|x| x.name.clone()).collect()
        };
        assert_eq!(
            names(
                "The Confederation of Norwegian Enterprise backed the International Council \
                 on Mining and Metals."
            ),
            [
                "Confederation of Norwegian Enterprise",
                "International Council on Mining and Metals"
            ]
        );
    }

    #[test]
    fn long_names_of_bodies_stay_whole() {
        // Adjectives of a field after `and` (`Monetary`, `Environmental`), and more than
        // six capitalised words when the name says it is a body's.
        assert_eq!(
            names(
                "The Committee on Economic and Monetary Affairs backed the National \
                 Authority for Investigation and Prosecution of Economic and Environmental \
                 Crime."
            ),
            vec![
                "Committee on Economic and Monetary Affairs",
                "National Authority for Investigation and Prosecution of Economic and \
                 Environmental Crime"
            ]
        );
        // A long run that says nothing of a body is still no name.
        assert!(names("We saw Red Green Blue Black White Brown Grey Pink.").is_empty());
    }

    #[test]
    fn a_later_of_stays_inside_a_name_opened_by_a_bodys_for() {
        assert_eq!(
            names(
                "We met the Front for the Liberation of the Enclave of Cabinda. We met the \
                 Council of Trustees of the Association of Pilots and the Movement for \
                 Democratic Change of President Nelson Chamisa."
            ),
            vec![
                "Front for the Liberation of the Enclave of Cabinda",
                "Council of Trustees",
                "Association of Pilots",
                "Movement for Democratic Change",
                "Nelson Chamisa"
            ]
        );
    }

    #[test]
    fn one_word_after_the_opens_a_name_joined_by_and() {
        assert_eq!(
            names("The Maritime and Dock Workers Union struck. We met the Freight and Trade Alliance."),
            vec!["Maritime and Dock Workers Union", "Freight and Trade Alliance"]
        );
        // Not a given name, a body of its own, nor two names.
        assert_eq!(
            names("We met the Senate and House Armed Services Committee and the Army and Marine Corps Association."),
            vec!["House Armed Services Committee", "Army", "Marine Corps Association"]
        );
        assert_eq!(
            names("We met the Russia and Iran envoys. He thanked Maria and Dock Workers Union."),
            vec!["Maria", "Dock Workers Union"]
        );
    }

    #[test]
    fn an_acronym_spelling_the_words_joins_them_over_and() {
        assert_eq!(
            names(
                "The Australian Competition and Consumer Commission (ACCC) and Immigration \
                 and Customs Enforcement (ICE) agreed; Cruz and Kasich (CK) did not."
            ),
            vec![
                "Australian Competition and Consumer Commission",
                "ACCC",
                "Immigration and Customs Enforcement",
                "Cruz",
                "Kasich"
            ]
        );
    }

    #[test]
    fn organisations_with_for_on_to_and() {
        let (n, _) = run(
            "Experts at the Oslo Institute for Peace Studies, the Council on Foreign \
            Relations, the Committee to Protect Journalists, the Department of Health and Human \
            Services and the Federal Institute for Drugs and Medical Devices agreed.",
        );
        assert_eq!(
            n,
            vec![
                ("Oslo Institute for Peace Studies", false, Org, false),
                ("Council on Foreign Relations", false, Org, false),
                ("Committee to Protect Journalists", false, Org, false),
                ("Department of Health and Human Services", false, Org, false),
                (
                    "Federal Institute for Drugs and Medical Devices",
                    false,
                    Org,
                    false
                )
            ]
        );
        assert_eq!(
            names(
                "The House Ways and Means Committee, Cruz and Kasich, and the Ethics and \
                   Public Policy Center met Soros and Open Society Foundations staff."
            ),
            vec![
                "House Ways and Means Committee",
                "Cruz",
                "Kasich",
                "Ethics and Public Policy Center",
                "Soros",
                "Open Society Foundations"
            ]
        );
        assert_eq!(
            names(
                "Dan Coats and National Security Agency staff read the Washington Post and \
                   Huffington Post with John Roberts and The Associated Press."
            ),
            vec![
                "Dan Coats",
                "National Security Agency",
                "Washington Post",
                "Huffington Post",
                "John Roberts",
                "The Associated Press"
            ]
        );
        assert_eq!(
            names(
                "The Competition and Markets Authority and the Court of Arbitration for \
                 Sport ruled."
            ),
            vec![
                "Competition and Markets Authority",
                "Court of Arbitration for Sport"
            ]
        );
        // Not `on` (`the Court of Appeal on Meta's transfers`).
        assert_eq!(
            names("A ruling by the Court of Appeal on Meta's data transfers is due."),
            vec!["Court of Appeal", "Meta"]
        );
        let (n, _) = run("Medics from Doctors Without Borders arrived.");
        assert_eq!(n, vec![("Doctors Without Borders", false, Other, false)]);
    }

    #[test]
    fn a_gazetteer_place_inside_becomes_part_of_the_organisation() {
        let (n, h) = run("The Iran Institute for Strategic Studies met Turkish envoys.");
        assert_eq!(
            n,
            vec![("Iran Institute for Strategic Studies", false, Org, false)]
        );
        assert_eq!(h, vec!["Turkish"]);
        let a = find("The Iran Institute for Strategic Studies met Turkish envoys.");
        assert_eq!(a.actors.len(), 2);
        assert_eq!(a.actors[0].kind, Org);
    }

    #[test]
    fn names_and_known_actors_stay_apart() {
        assert!(names("Russia and Iran talked.").is_empty());
        assert_eq!(
            names("He met Greta Holm and Lars Berg at the Central Bank on Tuesday."),
            vec!["Greta Holm", "Lars Berg", "Central Bank"]
        );
        let (n, h) = run("The Security Council for Iran and the Council to Vladimir Putin met.");
        assert_eq!(
            n.iter().map(|x| x.0).collect::<Vec<_>>(),
            vec!["Security Council", "Council", "Vladimir Putin"]
        );
        assert_eq!(h, vec!["Iran"]);
        assert_eq!(
            names("The Ministry of Defence and Ola Berg met the Union of Journalists and Iran."),
            vec!["Ministry of Defence", "Ola Berg", "Union of Journalists"]
        );
        assert_eq!(
            names("The Bank of England and Stockholm Council on Trade talked."),
            vec!["Bank of England", "Stockholm Council on Trade"]
        );
    }
}
