//! Definite descriptions of organisations: `The company said …`, `fined by the
//! regulator`, `accused the federation of …` refer to an organisation the article named
//! before (`Harlow Biotech`, `Data Protection Commission`, `International Cycling
//! Federation`). News names an organisation once and then calls it by what it is, so
//! without these the sentences that follow have neither the organisation's stance nor a
//! stance toward it.
//!
//! A description is `the` and one noun from [`noun_class`], not followed by a name, `of`
//! or a noun it would modify (`the company's chief executive` is fine, `the union
//! members` is not). It refers to the nearest organisation before it that fits the noun,
//! looking back as for a pronoun (its own sentence nearest first, then each earlier
//! sentence in reading order):
//! - a noun that is a word of the name (`the commission`, `the union`, `the party`);
//! - `the company`, `the firm`, `the carmaker`: an organisation whose name has no word of
//!   a public body (`Commission`, `Ministry`, `Union` …) and is no acronym (`NATO`);
//! - `the regulator`, `the watchdog`, `the agency`: an organisation whose name ends like
//!   a public body's (`Commission`, `Authority`, `Agency` …).

use super::clauses::{back_in_reading_order, Ctx, FARTHEST_ANTECEDENT};
use super::lexicon as lx;
use super::quotes::quote_containing;
use super::{ActorKind, Gazetteer};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// `the` (token `first`) and its noun (token `noun`), referring to `actor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Description {
    pub(super) first: usize,
    pub(super) noun: usize,
    pub(super) actor: usize,
}

/// Which organisations a description's noun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fits {
    /// One whose name has the noun as a word.
    Named,
    /// A company: no word of a public body in its name.
    Company,
    /// A public body: its name ends in one of [`REGULATOR_HEADS`], or has the noun.
    Regulator,
    /// A company or any other organisation but a public body (`the group` after `Rapid
    /// Support Forces`).
    Group,
}

fn noun_class(w: &str) -> Option<Fits> {
    let lower = w.to_ascii_lowercase();
    let class = match lower.as_str() {
        "group" => Fits::Group,
        "company" | "firm" | "business" | "carmaker" | "automaker" | "retailer" | "lender"
        | "insurer" | "airline" | "manufacturer" | "startup" | "conglomerate" | "broadcaster"
        | "publisher" | "miner" | "brewer" | "chipmaker" | "drugmaker" | "supplier"
        | "operator" | "platform" => Fits::Company,
        "regulator" | "watchdog" | "agency" => Fits::Regulator,
        "alliance" | "association" | "authority" | "bank" | "board" | "bureau" | "club"
        | "coalition" | "commission" | "committee" | "council" | "department" | "federation"
        | "foundation" | "fund" | "institute" | "league" | "ministry" | "movement" | "network"
        | "organisation" | "organization" | "party" | "society" | "union" | "university"
        | "corporation" => Fits::Named,
        _ => return None,
    };
    Some(class)
}

/// How many names back a description looks, at most.
const MOST_CANDIDATES: usize = 200;

/// Last words of the names of public bodies that `the regulator` or `the agency` may be.
const REGULATOR_HEADS: &[&str] = &[
    "administration",
    "agency",
    "authority",
    "board",
    "bureau",
    "commission",
    "directorate",
    "inspectorate",
    "office",
    "ombudsman",
    "regulator",
    "service",
];

/// Words after the noun that make it a modifier of another noun (`the company's` is
/// not one of them: a possessive is still the organisation).
fn modifies_next(next: &str) -> bool {
    matches!(
        next.to_ascii_lowercase().as_str(),
        "that"
            | "members"
            | "member"
            | "leaders"
            | "leader"
            | "leadership"
            | "officials"
            | "official"
            | "chairman"
            | "chairwoman"
            | "chief"
            | "boss"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "executive"
            | "executives"
            | "president"
            | "secretary"
            | "director"
            | "headquarters"
            | "staff"
            | "workers"
            | "employees"
            | "board"
            | "lawyer"
            | "lawyers"
            | "rules"
            | "statement"
    )
}

impl Ctx<'_> {
    /// The article's descriptions that refer to an organisation, in text order.
    pub(super) fn find_descriptions(&self) -> Vec<Description> {
        let mut out = Vec::new();
        for (si, &(a, b)) in self.ranges.iter().enumerate() {
            for first in a..b.saturating_sub(1) {
                let noun = first + 1;
                if !self.word(first).eq_ignore_ascii_case("the")
                    || !self.tokens[noun].is_word()
                    || self.tokens[noun].cap
                    || self.mention_at(noun).is_some()
                {
                    continue;
                }
                let Some(fits) = noun_class(self.word(noun)) else {
                    continue;
                };
                let next = noun + 1;
                if next < b
                    && self.tokens[next].is_word()
                    && (self.tokens[next].cap
                        || self.has(next, lx::TITLE | lx::ROLE)
                        || modifies_next(self.word(next)))
                {
                    continue;
                }
                if let Some(actor) = self.organisation_described(si, first, noun, fits) {
                    out.push(Description { first, noun, actor });
                }
            }
        }
        out
    }

    /// The organisation named before token `first` that the noun at `noun` fits.
    fn organisation_described(
        &self,
        si: usize,
        first: usize,
        noun: usize,
        fits: Fits,
    ) -> Option<usize> {
        let t = self.tokens[first];
        let quote = quote_containing(&self.quotes, t.start, t.end);
        let sentence = self.sents.sents[si].index;
        // Bounded, so that a long run of names and descriptions stays linear.
        let named = self
            .named_before(t.start, quote, (sentence, FARTHEST_ANTECEDENT))
            .take(MOST_CANDIDATES);
        let noun = self.word(noun);
        back_in_reading_order(named, sentence, |m| self.owns(m))
            .find(|m| self.fits(m.actor, noun, fits))
            .map(|m| m.actor)
    }

    /// The actor is an organisation the noun (of class `fits`) can describe.
    fn fits(&self, actor: usize, noun: &str, fits: Fits) -> bool {
        let a = &self.actors.actors[actor];
        // Invented companies (`Harlow Biotech`) have no kind the finder can tell.
        if !matches!(
            a.kind,
            ActorKind::Organisation | ActorKind::Party | ActorKind::Group | ActorKind::Other
        ) {
            return false;
        }
        let words = || a.name.split_whitespace();
        let has_noun = words().any(|w| w.eq_ignore_ascii_case(noun));
        match fits {
            Fits::Named => has_noun,
            Fits::Regulator => {
                has_noun
                    || words()
                        .last()
                        .is_some_and(|w| REGULATOR_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h)))
            }
            Fits::Group => {
                has_noun
                    || (matches!(a.kind, ActorKind::Organisation | ActorKind::Group)
                        && !words().last().is_some_and(|w| {
                            REGULATOR_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h))
                        }))
            }
            Fits::Company => {
                let public = |w: &str| {
                    lx::flags(w) & (lx::ORG_HEAD | lx::STATE_BODY) != 0
                        || REGULATOR_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h))
                };
                let acronym = !a.name.contains(' ')
                    && a.name.chars().filter(|c| c.is_alphabetic()).count() <= 5
                    && a.name.chars().all(|c| !c.is_lowercase());
                matches!(a.kind, ActorKind::Organisation | ActorKind::Other)
                    && !acronym
                    && !public_body_in_gazetteer(&a.name)
                    && !a.name.contains(|c: char| c.is_ascii_digit() || c == '+')
                    && (has_noun || !words().any(public))
            }
        }
    }
}

/// The built-in gazetteer's organisations are international and public bodies, none of
/// them a company (`United Nations` has no word that says so).
fn public_body_in_gazetteer(name: &str) -> bool {
    static NAMES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            Gazetteer::builtin()
                .actors()
                .iter()
                .filter(|a| a.kind == ActorKind::Organisation)
                .map(|a| a.name.as_str())
                .collect()
        })
        .contains(name)
}

#[cfg(test)]
mod tests {
    use super::super::find_holders_and_pronouns;
    use super::super::test_support::{find, split};
    use super::super::ArticleTokens;

    /// `(description, actor, holder)` per description target.
    fn described(text: &str) -> Vec<(String, String, Option<String>)> {
        let sentences = split(text);
        let actors = find(text);
        let article = ArticleTokens::new(text, &sentences);
        let found = find_holders_and_pronouns(text, &article, &actors, true);
        found
            .pronouns
            .iter()
            .filter(|p| text[p.mention.start..].starts_with(['t', 'T']))
            .map(|p| {
                let m = p.mention;
                (
                    text[m.start..m.end].to_owned(),
                    actors.actors[m.actor].name.clone(),
                    p.holders.main.map(|h| actors.actors[h].name.clone()),
                )
            })
            .collect()
    }

    fn expect(text: &str, want: &[(&str, &str, Option<&str>)]) {
        let want: Vec<(String, String, Option<String>)> = want
            .iter()
            .map(|(d, a, h)| (d.to_string(), a.to_string(), h.map(str::to_owned)))
            .collect();
        assert_eq!(described(text), want, "{text}");
    }

    #[test]
    fn a_company_is_the_company_named_before() {
        expect(
            "Harlow Biotech agreed to buy Vantis Diagnostics. Daniel Reyes criticised the \
             company for overpaying.",
            &[("the company", "Harlow Biotech", Some("Daniel Reyes"))],
        );
    }

    #[test]
    fn a_noun_of_the_name_picks_that_organisation() {
        expect(
            "The International Cycling Federation banned Nimbus Social. Tom Verbeke accused \
             the federation of lying.",
            &[(
                "the federation",
                "International Cycling Federation",
                Some("Tom Verbeke"),
            )],
        );
    }

    #[test]
    fn a_regulator_is_a_public_body_not_the_company_it_fined() {
        expect(
            "The Data Protection Commission fined Nimbus Social. Nimbus Social said the \
             regulator had ignored its progress.",
            &[(
                "the regulator",
                "Data Protection Commission",
                Some("Nimbus Social"),
            )],
        );
    }

    #[test]
    fn no_description_without_a_fitting_organisation_or_before_a_name() {
        expect(
            "Angela Merkel met NATO leaders. She said the company had failed.",
            &[],
        );
        expect(
            "Harlow Biotech grew. Its rival bought the company Vantis Diagnostics.",
            &[],
        );
        expect(
            "Harlow Biotech grew. Reyes praised the company chairman.",
            &[],
        );
    }

    #[test]
    fn a_description_as_subject_holds_the_stance() {
        let text = "The Data Protection Commission fined Nimbus Social. The regulator said \
                    Nimbus Social had repeatedly broken the law.";
        let sentences = split(text);
        let actors = find(text);
        let article = ArticleTokens::new(text, &sentences);
        let found = find_holders_and_pronouns(text, &article, &actors, true);
        let second = text.rfind("Nimbus Social").unwrap();
        let i = actors
            .mentions
            .iter()
            .position(|m| m.start == second)
            .unwrap();
        let holder = found.names[i].main.map(|h| actors.actors[h].name.as_str());
        assert_eq!(holder, Some("Data Protection Commission"));
    }
}
