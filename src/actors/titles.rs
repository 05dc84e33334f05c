//! Person titles before names: `President`, `Deputy Foreign Minister`, `Secretary of
//! State`, `Gen.`, `spokesman` (any number of modifiers such as `Deputy`, `Foreign`,
//! `former`, then one or more title words). Titles are not part of the name span; a
//! name right after one is evidence of a person.

use super::lexicon as lx;
use super::names::Finder;

impl Finder<'_> {
    /// Length in tokens of a person title starting at `k` (`Deputy Foreign Minister`,
    /// `Secretary of State`), if any.
    pub(super) fn title_len(&self, k: usize, b: usize) -> Option<usize> {
        let plain = |j: usize| j < b && self.is_word(j) && self.info[j].gaz.is_none();
        let mut j = k;
        let title_word = |j: usize| plain(j) && self.is_title_word(j);
        // `chief` is a modifier in `chief executive` but the title in `policy chief Federica Mogherini`.
        loop {
            while plain(j)
                && self.has(j, lx::TITLE_MODIFIER)
                && (!self.has(j, lx::TITLE) || title_word(j + 1))
            {
                j += 1;
            }
            // `Energy and Mines Minister`: two portfolios of one office.
            let and_portfolio = j > k
                && plain(j)
                && self.word(j) == "and"
                && plain(j + 1)
                && self.tokens[j + 1].cap
                && title_word(j + 2);
            if !and_portfolio {
                break;
            }
            j += 2;
        }
        let core = j;
        while plain(j) && self.has(j, lx::TITLE) {
            j += 1;
        }
        // `Chief Executive Diane Okonjo`: `executive` is no title of its own (`Executive
        // Order`), but one after `chief`.
        let chief_executive = j == core
            && core >= k + 2
            && self.word(core - 1).eq_ignore_ascii_case("executive")
            && self.word(core - 2).eq_ignore_ascii_case("chief");
        if j == core && !chief_executive {
            // `analyst Maria de la Cruz`, `Lawyer Radu Ionescu said`, `Owner Curtis Reiner`:
            // a role noun alone is a title before a name that looks like a person's: a
            // given name (`Economist Nadia Farooq`), or two capitalised words, the second no
            // organisation's word (`analyst Maria Ortiz`, not `analyst
            // Gartner` or `Economist Intelligence Unit`).
            let cap_word = |i: usize| i < b && self.is_word(i) && self.tokens[i].cap;
            let org_word = |i: usize| {
                self.has(i, lx::ORG_SUFFIX | lx::ORG_HEAD | lx::STATE_BODY)
                    || lx::is_company_or_club_suffix(self.word(i))
            };
            let two_names = cap_word(j + 1) && cap_word(j + 2) && !org_word(j + 2);
            // Capitalised inside a sentence, only before a given name or after another name
            // (`Ajax Owner Curtis Reiner`): `Manager Grove Park` and `a Defender Land Rover`
            // are names.
            let after_name = j > 0 && self.is_word(j - 1) && self.tokens[j - 1].cap;
            let mid_cap = j < b && self.tokens[j].cap && !self.info[j].initial && !after_name;
            let two_names = two_names && !mid_cap;
            let role = j == k
                && plain(j)
                && is_pre_name_role(self.word(j))
                // `the POET Biorefining facility`: an acronym.
                && !self.word(j).chars().all(|c| c.is_ascii_uppercase())
                && j + 1 < b
                && (self.is_given_name(j + 1) || two_names);
            if !role {
                return None;
            }
            j += 1;
        }
        // `Chief Election Commissioner`, `Senior Budget Officer`: one capitalised word
        // between title words is the office's field, not a name.
        while plain(j)
            && self.tokens[j].cap
            && !self.has(j, lx::TITLE)
            && !self.is_given_name(j)
            && plain(j + 1)
            && self.has(j + 1, lx::TITLE)
        {
            j += 2;
            while plain(j) && self.has(j, lx::TITLE) {
                j += 1;
            }
        }
        let last = self.word(j - 1);
        let of_portfolio = (last.eq_ignore_ascii_case("secretary")
            || last.eq_ignore_ascii_case("minister"))
            && plain(j + 1)
            && self.word(j) == "of";
        if of_portfolio {
            let mut p = j + 1;
            if self.word(p) == "the" && plain(p + 1) {
                p += 1;
            }
            let portfolio = self.has(p, lx::PORTFOLIO);
            if portfolio {
                j = p + 1;
                if plain(j) && matches!(self.word(j), "Affairs" | "Security") {
                    j += 1;
                }
            }
            if portfolio || is_ministry_word(self.word(p)) {
                // `Minister of Fisheries and Maritime Economy`: portfolios joined by `and`.
                j = j.max(p + 1);
                while plain(j + 1)
                    && self.word(j) == "and"
                    && self.tokens[j + 1].cap
                    && (self.has(j + 1, lx::PORTFOLIO) || is_ministry_word(self.word(j + 1)))
                {
                    j += 2;
                    while plain(j) && self.tokens[j].cap && is_ministry_word(self.word(j)) {
                        j += 1;
                    }
                }
            }
        }
        // `General Hospital`, `General Assembly`: an organisation's name, not a title.
        if plain(j) && self.tokens[j].cap && self.has(j, lx::ORG_SUFFIX) {
            return None;
        }
        // `Justice Democrats`: a group's plural after it, not a person's name.
        let group = |i: usize| {
            let w = self.word(i);
            ["crats", "cans", "ists", "ites"]
                .iter()
                .any(|e| w.ends_with(e))
        };
        if j < b && self.is_word(j) && self.tokens[j].cap && group(j) && !self.is_given_name(j) {
            return None;
        }
        Some(j - k)
    }
}

/// Capitalised words of a ministry's portfolio after `Minister of` besides
/// [`lx::PORTFOLIOS`] (`Fisheries`, `Maritime Economy`, `Economic Planning`).
fn is_ministry_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "Communications",
        "Culture",
        "Development",
        "Digital",
        "Economic",
        "Economy",
        "Environment",
        "Fisheries",
        "Forestry",
        "Housing",
        "Immigration",
        "Industry",
        "Information",
        "Infrastructure",
        "Lands",
        "Maritime",
        "Mines",
        "Mining",
        "Natural",
        "Petroleum",
        "Planning",
        "Resources",
        "Science",
        "Sport",
        "Sports",
        "Technology",
        "Tourism",
        "Water",
        "Welfare",
        "Works",
        "Youth",
    ];
    WORDS.contains(&word)
}

/// Role nouns that stand before a name as a title does (`analyst Maria de la Cruz`), unlike
/// `fellow` or `veteran`, which also describe other nouns (`fellow Republicans`).
fn is_pre_name_role(word: &str) -> bool {
    const ROLES: &[&str] = &[
        "activist",
        "actor",
        "actress",
        "analyst",
        "author",
        "blogger",
        "boss",
        "businessman",
        "businesswoman",
        "campaigner",
        "challenger",
        "champion",
        "co-founder",
        "coach",
        "columnist",
        "comedian",
        "commentator",
        "consultant",
        "contender",
        "correspondent",
        "defender",
        "economist",
        "editor",
        "founder",
        "goalkeeper",
        "historian",
        "incumbent",
        "inspector",
        "investor",
        "journalist",
        "laureate",
        "lawyer",
        "manager",
        "medalist",
        "medallist",
        "midfielder",
        "novelist",
        "owner",
        "poet",
        "researcher",
        "scholar",
        "scientist",
        "singer",
        "strategist",
        "striker",
        "winger",
        "writer",
    ];
    ROLES.iter().any(|r| word.eq_ignore_ascii_case(r))
}

#[cfg(test)]
mod tests;
