//! Organisation evidence from a name's context, for names whose own words say nothing:
//! a lowercase noun of what it is right before it (`the security group Corvane`, `rival
//! operator Fjordline`) or after it (`the GMB union`, `the Wagner group`). Invented
//! companies (`Quillon`) otherwise stay of unknown kind.

use super::lexicon as lx;
use super::names::{Finder, NameSpan};
use super::ActorKind;

/// Nouns that say what an organisation is, right before its name.
const NOUNS_BEFORE: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "bank",
    "brewer",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "chipmaker",
    "club",
    "company",
    "conglomerate",
    "consultancy",
    "cooperative",
    "developer",
    "distributor",
    "drugmaker",
    "exporter",
    "firm",
    "grocer",
    "group",
    "importer",
    "insurer",
    "lender",
    "magazine",
    "manufacturer",
    "miner",
    "newspaper",
    "nonprofit",
    "operator",
    "outlet",
    "platform",
    "provider",
    "publisher",
    "refiner",
    "regulator",
    "retailer",
    "shipbuilder",
    "site",
    "sponsor",
    "startup",
    "steelmaker",
    "supplier",
    "union",
    "utility",
    "watchdog",
    "website",
    "wholesaler",
];

/// `Drugmaker`, `Regulator`: a capitalised noun of [`NOUNS_BEFORE`] that no body's own
/// name starts with (not `Bank`, `Group`, `Club`, `Union`, `Fund`, ...).
pub(super) fn is_noun_of_kind(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    !NAME_OPENERS.contains(&&*lower) && NOUNS_BEFORE.binary_search(&&*lower).is_ok()
}

/// Nouns of [`NOUNS_BEFORE`] that also open bodies' own names (`Bank Leumi`, `Club
/// Brugge`, `Union Berlin`, `Agency France-Presse`), or rarely open a sentence as a label.
#[rustfmt::skip]
const NAME_OPENERS: &[&str] = &[
    "agency", "bank", "chain", "club", "company", "developer", "firm", "group",
    "magazine", "outlet", "platform", "provider", "site", "union", "website",
];

/// Nouns that say what an organisation is, right after its name (after `the`).
const NOUNS_AFTER: &[&str] = &[
    "alliance",
    "chain",
    "coalition",
    "company",
    "firm",
    "group",
    "militia",
    "movement",
    "network",
    "party",
    "union",
];

/// Words that may follow a name with a noun before it: not a verb of a relative clause
/// (`the firm Walsh founded` is Walsh's firm, not Walsh).
const AFTER_NAMED: &[&str] = &[
    "after", "at", "before", "for", "from", "in", "of", "on", "said", "says", "that", "to",
    "which", "with",
];

impl Finder<'_> {
    /// `the security group Corvane`, `Drugmaker Veltris` (opening the sentence whose
    /// tokens start at `a`): a noun of what a body is right before the name at `s`.
    pub(super) fn noun_of_kind_before(&self, s: usize, a: usize) -> bool {
        s > a
            && self.is_word(s - 1)
            && if self.tokens[s - 1].cap {
                s == a + 1 && is_noun_of_kind(self.word(a))
            } else {
                NOUNS_BEFORE.contains(&self.word(s - 1))
            }
    }

    /// Marks the names of the sentence with tokens `[a, b)` whose context says they are
    /// an organisation's (`org_hint`).
    pub(super) fn context_organisation(&self, spans: &mut [NameSpan], a: usize, b: usize) {
        for n in spans {
            // `the charity Sea Rescue Nord`: a name that opens like a place's is a body's
            // when the context says so.
            if n.title || !matches!(n.hint, ActorKind::Other | ActorKind::Place) || n.words > 4 {
                continue;
            }
            let toks = &self.tokens[a..b];
            let s = a + toks.partition_point(|t| t.start < n.start);
            let e = a + toks.partition_point(|t| t.start < n.end);
            let lower_in = |k: usize, words: &[&str]| {
                self.is_word(k) && !self.tokens[k].cap && words.contains(&self.word(k))
            };
            // `a criminal group known as Black Lantern`, `a firm called Quillon`: so even
            // if its words look like a person's.
            let known_as = s >= a + 3
                && (matches!(self.word(s - 1), "called" | "named")
                    || (self.word(s - 2) == "known" && self.word(s - 1) == "as"));
            if n.person_hint && !known_as {
                continue;
            }
            let noun_at = if known_as {
                s - if self.word(s - 1) == "as" { 3 } else { 2 }
            } else {
                s.saturating_sub(1)
            };
            // Only after a determiner may the name be a relative clause's subject (`the
            // firm Walsh founded`); `rival firm Orbital Kinetics criticised` is a label.
            let determiner = (noun_at.saturating_sub(2).max(a)..noun_at)
                .any(|k| self.is_word(k) && lx::is_determiner(self.word(k)));
            // `the state-owned Minera Andina`: only a body is owned or run so.
            let owned = s >= a + 3
                && lower_in(s - 1, &["owned", "run"])
                && self.tokens[s - 2].is_punct_in(self.text, &['-'])
                && lower_in(s - 3, &["government", "state"]);
            let before = s > a
                && lower_in(noun_at, NOUNS_BEFORE)
                && (known_as
                    || e >= b
                    || !self.is_word(e)
                    || lower_in(e, AFTER_NAMED)
                    || !determiner
                    // No place is a relative clause's subject after `the charity`.
                    || n.hint == ActorKind::Place);
            // `The workers' union, SITE Sul, accused`, `his company, Zentra Pay.`: the name
            // set off after the noun, unless the noun is a person's complement (`the head of
            // the union, Mercy Adjei,`; not `stock from another supplier, Tessaly
            // Biologics,`) or the name opens with a given name.
            let complement = (s.saturating_sub(4).max(a + 1)..s.saturating_sub(2)).any(|k| {
                self.is_word(k)
                    && !self.tokens[k].cap
                    && self.has(k, lx::PREPOSITION)
                    && self.has(k - 1, lx::ROLE | lx::TITLE)
            });
            let set_off = s >= a + 2
                && self.tokens[s - 1].is_punct_in(self.text, &[','])
                && lower_in(s - 2, NOUNS_BEFORE)
                && !complement
                && (e >= b || !self.is_word(e))
                && !self.is_given_name(s);
            // `Drugmaker Veltris recalled …`: the sentence opens with the noun, which the
            // name leaves out; nothing there can be a relative clause's subject.
            let opening_noun = s == a + 1 && self.noun_of_kind_before(s, a);
            let after = s > a
                && self.word(s - 1).eq_ignore_ascii_case("the")
                && e < b
                && lower_in(e, NOUNS_AFTER);
            n.org_hint = before || owned || set_off || opening_noun || after;
            if known_as && before {
                n.person_hint = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::find;
    use super::super::ActorKind;

    fn kinds(text: &str) -> Vec<(String, ActorKind)> {
        let a = find(text);
        a.actors.iter().map(|x| (x.name.clone(), x.kind)).collect()
    }

    #[test]
    fn words_of_a_bodys_name_alone_are_no_names() {
        // A plural possessive inside a union's name is no support for the same word
        // opening a sentence; nor is a company's last word alone.
        let got = kinds(
            "The Cerro Alto Workers' Union struck against Andina Copper. Workers at another \
             mine may join. Copper prices rose. Banco Meridiano said so.",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Cerro Alto Workers' Union",
                "Andina Copper",
                "Banco Meridiano"
            ]
        );
        assert!(
            got.iter().all(|(_, k)| *k == ActorKind::Organisation),
            "{got:?}"
        );
    }

    #[test]
    fn partners_joined_by_an_ampersand_are_one_firm() {
        let got =
            kinds("Pell & Marsh sued Procter & Gamble. Opposition New Labour Party members met.");
        assert_eq!(
            got,
            [
                ("Pell & Marsh".into(), ActorKind::Organisation),
                ("Procter & Gamble".into(), ActorKind::Organisation),
                ("New Labour Party".into(), ActorKind::Party),
            ]
        );
    }

    #[test]
    fn nouns_before_are_sorted() {
        assert!(super::NOUNS_BEFORE.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_sentence_opening_noun_of_kind_is_not_part_of_the_name() {
        let got = kinds(
            "Drugmaker Veltris recalled a drug. Regulator Ofcom fined Kestrel Media. Bank \
             Leumi said so. Steelmaker Acero Sul cut jobs. Sponsor Velox Sportswear said it \
             was sorry.",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Veltris",
                "Ofcom",
                "Kestrel Media",
                "Bank Leumi",
                "Acero Sul",
                "Velox Sportswear"
            ]
        );
        assert!(got[0].1 == ActorKind::Organisation && got[5].1 == ActorKind::Organisation);
    }

    #[test]
    fn a_noun_before_or_after_a_name_makes_it_an_organisation() {
        let got = kinds(
            "Shares in Quillon fell after it hired the security group Corvane to \
             investigate. A group known as Black Lantern was blamed. The GMB union and Rita Okafor backed it. Jeb Bush said the \
             Bush network was ready.",
        );
        assert!(
            got.contains(&("Corvane".into(), ActorKind::Organisation)),
            "{got:?}"
        );
        assert!(
            got.contains(&("GMB".into(), ActorKind::Organisation)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Black Lantern".into(), ActorKind::Organisation)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Quillon".into(), ActorKind::Other)),
            "{got:?}"
        );
        // A person's surname stays the person's.
        assert!(!got.iter().any(|(name, _)| name == "Bush"), "{got:?}");
    }

    #[test]
    fn a_body_whose_name_opens_like_a_place_is_a_body() {
        let got = kinds(
            "The charity Sea Rescue Nord condemned the raid. Ships crossed the Sea of Azov. \
             The Cape Verde Islands lie west of Dakar.",
        );
        assert!(
            got.contains(&("Sea Rescue Nord".into(), ActorKind::Organisation)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Cape Verde Islands".into(), ActorKind::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn a_noun_of_kind_without_determiner_or_set_off_makes_an_organisation() {
        let got = kinds(
            "But rival firm Helio Orbital criticised the deal. The workers' union, Site Sul, \
             walked out. He founded his payments company, Zentra Pay. Dubois wrote for the news \
             site Le Regard.",
        );
        for name in ["Helio Orbital", "Site Sul", "Zentra Pay", "Le Regard"] {
            assert!(
                got.contains(&(name.into(), ActorKind::Organisation)),
                "{name}: {got:?}"
            );
        }
        let got = kinds(
            "It had stock from another supplier, Vela Corvin, and the state-owned Minera \
             Andina holding the rest.",
        );
        assert_eq!(
            got,
            [
                ("Vela Corvin".into(), ActorKind::Organisation),
                ("Minera Andina".into(), ActorKind::Organisation)
            ]
        );
        // A person set off after the noun stays a person.
        let got = kinds("A spokeswoman for the company, Jane Doe, said no.");
        assert_eq!(got, [("Jane Doe".into(), ActorKind::Person)]);
    }

    #[test]
    fn a_person_in_a_relative_clause_is_no_organisation() {
        let got = kinds(
            "Analysts praised the firm Dana Walsh founded in 1998 and the group Mira Costa \
             and her allies built.",
        );
        assert!(
            !got.iter().any(|(_, k)| *k == ActorKind::Organisation),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_introduced_as_a_group_is_one_even_if_it_looks_like_a_person() {
        // (`Rosa Negra` reads as a given name and a surname.)
        let got = kinds("Police said a criminal group known as Rosa Negra was behind it.");
        assert_eq!(got, [("Rosa Negra".into(), ActorKind::Organisation)]);
    }
}
