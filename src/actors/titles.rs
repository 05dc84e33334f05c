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
            if self.has(p, lx::PORTFOLIO) {
                j = p + 1;
                if plain(j) && matches!(self.word(j), "Affairs" | "Security") {
                    j += 1;
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
mod tests {
    use super::super::names::tests::{names, run};
    use super::super::ActorKind::Other;

    #[test]
    fn chair_is_a_title() {
        let (n, _) = run("Its chair, Brendan Nolan, spoke. Chair Janet Yellen left.");
        assert_eq!(
            n,
            vec![
                ("Brendan Nolan", false, Other, true),
                ("Janet Yellen", true, Other, true)
            ]
        );
    }

    #[test]
    fn titles_are_stripped_and_mark_people() {
        let (n, h) = run(
            "U.S. President Barack Obama met Russian Foreign Minister Sergei Lavrov and Mr. Putin.",
        );
        assert_eq!(
            n,
            vec![
                ("Barack Obama", true, Other, true),
                ("Sergei Lavrov", true, Other, true),
                ("Putin", true, Other, false)
            ]
        );
        assert_eq!(h, vec!["U.S.", "Russian"]);
        assert_eq!(
            names("He met Secretary of State John Kerry, Defense Minister Ashton Carter, Gen. Martin Dempsey, Secretary-General Ban Ki-moon and Kremlin spokesman Dmitry Peskov."),
            vec!["John Kerry", "Ashton Carter", "Martin Dempsey", "Ban Ki-moon", "Dmitry Peskov"]
        );
        assert_eq!(
            names("It was hailed by former president Bill Clinton and Vice President Joe Biden."),
            vec!["Bill Clinton", "Joe Biden"]
        );
        assert_eq!(
            names(
                "Special Counsel Robert Mueller thanked its general counsel, Sabine Keller, \
                 and Councillor Lucia Hernandez."
            ),
            vec!["Robert Mueller", "Sabine Keller", "Lucia Hernandez"]
        );
        assert_eq!(
            names("Director-General Amara Okonjo and Chairperson Moussa Diallo spoke."),
            vec!["Amara Okonjo", "Moussa Diallo"]
        );
        // A field between title words is part of the title, a given name there is not.
        assert_eq!(
            names("He met Chief Election Commissioner Dinesh Rai and White House Chief Economic Advisor Gary Cohn."),
            vec!["Dinesh Rai", "Gary Cohn"]
        );
    }

    #[test]
    fn judges_and_police_ranks_are_titles() {
        assert_eq!(
            names(
                "Chief Justice Amara Kibet and Justice Peter Langat heard Inspector Samuel \
                 Wafula, Sheriff Ruth Okoye and Detective Ian Moss."
            ),
            vec![
                "Amara Kibet",
                "Peter Langat",
                "Samuel Wafula",
                "Ruth Okoye",
                "Ian Moss"
            ]
        );
        // `Justice` also names bodies, and `Inspector General` is an office.
        assert_eq!(
            names(
                "The Department of Justice and the Justice Department asked the Inspector General."
            ),
            vec![
                "Department of Justice",
                "Justice Department",
                "Inspector General"
            ]
        );
        // A group's plural after a title word is a name with it.
        assert_eq!(
            names("Justice Democrats backed Maria Lopez."),
            vec!["Justice Democrats", "Maria Lopez"]
        );
        // `Former` opens a title, never a name.
        assert_eq!(
            names("Former Tour de France champion Matyas Varga lost. Former FBI Director James Comey spoke."),
            vec!["Matyas Varga", "FBI", "James Comey"]
        );
    }

    #[test]
    fn two_portfolios_joined_by_and_make_one_title() {
        assert_eq!(
            names(
                "Energy and Mines Minister Rosa Quispe met Trade and Industry Secretary Ana Ruiz."
            ),
            vec!["Rosa Quispe", "Ana Ruiz"]
        );
        // A sentence ending in a title's words or `and` is no title.
        assert!(names("He thanked the Foreign").is_empty());
        assert!(names("He thanked the Foreign and").is_empty());
    }

    #[test]
    fn chief_executive_and_capitalised_roles_are_titles() {
        assert_eq!(
            names("Chief Executive Diane Okonjo met Striker Kofi Mensah. Owner Curtis Reiner met chief executive Paul Hale."),
            vec!["Diane Okonjo", "Kofi Mensah", "Curtis Reiner", "Paul Hale"]
        );
        // Not before an organisation's name, or one word that is no given name, or inside
        // a sentence before two names that may be a place's.
        assert_eq!(
            names("The Executive Order was signed. Manager Grove said so. He met Economist Intelligence Unit staff at the POET Biorefining Plant."),
            vec!["Executive Order", "Manager Grove", "Economist Intelligence Unit", "POET Biorefining Plant"]
        );
        assert_eq!(
            names("He toured Manager Grove Park in a Defender Land Rover with Ajax Owner Curtis Reiner."),
            vec!["Manager Grove Park", "Defender Land Rover", "Ajax", "Curtis Reiner"]
        );
    }

    #[test]
    fn an_elections_roles_and_an_advocates_title_are_stripped() {
        assert_eq!(
            names(
                "Challenger Leila Pillay lost. Incumbent Sipho Ndlovu won. Her lawyer, Adv. \
                 Ravi Govender, said so."
            ),
            vec!["Leila Pillay", "Sipho Ndlovu", "Ravi Govender"]
        );
    }

    #[test]
    fn the_title_list_is_stripped() {
        let text = "He met Crown Prince Mohammed bin Salman, Pope Francis, Queen Elizabeth, Chancellor Angela Merkel, \
            Spokeswoman Maria Zakharova, Chairman Xi Jinping, CEO Tim Cook, Gov. Andrew Cuomo, Sen. John McCain, \
            Rep. Nancy Pelosi, Mayor Bill de Blasio, Ambassador Samantha Power, Col. Muammar Gaddafi, Adm. Mike Mullen, \
            Dr. Ashraf Ghani, Mrs. Clinton, Ms. Merkel, Finance Minister Wolfgang Schaeuble, Defence Minister Michael \
            Fallon, Prime Minister David Cameron, Secretary-General Jens Stoltenberg, General David Petraeus, Senator \
            Lindsey Graham, Governor Jerry Brown, Spokesman John Kirby, Madame Yao-Bamba and Foreign Minister \
            Sergei Lavrov.";
        let (n, _) = run(text);
        let got: Vec<&str> = n.iter().map(|x| x.0).collect();
        assert_eq!(
            got,
            vec![
                "Mohammed bin Salman",
                "Francis",
                "Elizabeth",
                "Angela Merkel",
                "Maria Zakharova",
                "Xi Jinping",
                "Tim Cook",
                "Andrew Cuomo",
                "John McCain",
                "Nancy Pelosi",
                "Bill de Blasio",
                "Samantha Power",
                "Muammar Gaddafi",
                "Mike Mullen",
                "Ashraf Ghani",
                "Clinton",
                "Merkel",
                "Wolfgang Schaeuble",
                "Michael Fallon",
                "David Cameron",
                "Jens Stoltenberg",
                "David Petraeus",
                "Lindsey Graham",
                "Jerry Brown",
                "John Kirby",
                "Yao-Bamba",
                "Sergei Lavrov"
            ]
        );
        assert!(n.iter().all(|x| x.1), "every name follows a title");
    }
}
