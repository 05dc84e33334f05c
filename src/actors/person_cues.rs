//! Person evidence from a name's context, for full names (2-3 words) that are not
//! organisation-like: an appositive naming a role or an age right after the name
//! (`X, a researcher at Y,`, `X, director general of Y,`, `X, 45,`), a relative `who`
//! (`X, who leads Y,`) or being the subject
//! or speaker of a reporting verb (`X said`, `X also told …`, `“…,” said X.`).

use super::appositives::{appositive, role_before};
use super::lexicon as lx;
use super::names::{Finder, NameSpan};
use super::ActorKind;

/// Relatives, before a person's name.
const KIN: &[&str] = &[
    "aunt", "brother", "cousin", "daughter", "father", "husband", "mother", "nephew", "niece",
    "sister", "son", "uncle", "wife", "widow", "widower",
];

impl Finder<'_> {
    /// Sets `person_hint` on the names of the sentence with tokens `[a, b)` whose context
    /// shows a person.
    pub(super) fn context_person(&self, spans: &mut [NameSpan], a: usize, b: usize) {
        for n in spans {
            if n.person_hint || n.hint != ActorKind::Other || !(2..=3).contains(&n.words) {
                continue;
            }
            let toks = &self.tokens[a..b];
            let s = a + toks.partition_point(|t| t.start < n.start);
            let e = a + toks.partition_point(|t| t.start < n.end);
            // `Redhaven City said`: a club or a city, never a person; nor is `Drugmaker
            // Veltris said` or `the security group Corvane said`.
            if self.word(e - 1).eq_ignore_ascii_case("city") || self.noun_of_kind_before(s, a) {
                continue;
            }
            // `TAA coordinator Lindiwe Dube`: a person's role right before the name.
            let role_right_before = s > a && self.is_lower_word(s - 1) && self.has(s - 1, lx::ROLE);
            n.person_hint = role_before(self.text, self.tokens, s, a)
                || role_right_before
                || self.kin_before(s, a)
                || self.role_after(e, b)
                || self.who_after(e, b)
                // Not `residents of the village of Pine Ridge said`: the name after a
                // preposition is no subject.
                || (!(s > a && self.has(s - 1, lx::PREPOSITION)) && self.reporting_after(e, b))
                || self.reporting_before(s, e, a, b)
                || (self.is_given_name(s) && self.of_company_after(e, b));
        }
    }

    /// `Tomasz Borek of Baltic Securities`: `of` and a company's name (its last word a
    /// company's, `Securities`, `Capital`, `Bank`) after the name. The caller asks for a
    /// given name first: `Global Markets of Deutsche Bank` is a unit.
    fn of_company_after(&self, e: usize, b: usize) -> bool {
        if e + 1 >= b || self.word(e) != "of" || !self.tokens[e + 1].cap {
            return false;
        }
        let last = (e + 1..b.min(e + 5))
            .take_while(|&j| self.is_word(j) && self.tokens[j].cap)
            .last();
        last.is_some_and(|j| j > e + 1 && self.has(j, lx::ORG_SUFFIX))
    }

    /// `X, a researcher at Y,` / `X, 45,` (`e`: the token after the name).
    fn role_after(&self, e: usize, b: usize) -> bool {
        e < b && appositive(self.text, self.tokens, e, b).is_some_and(|ap| ap.role)
    }

    /// `X, who …`.
    fn who_after(&self, e: usize, b: usize) -> bool {
        e + 1 < b && self.tokens[e].is_punct_in(self.text, &[',']) && self.word(e + 1) == "who"
    }

    /// `X said`, `X also told`.
    fn reporting_after(&self, e: usize, b: usize) -> bool {
        let mut j = e;
        while j < b && self.is_word(j) && self.has(j, lx::SKIPPABLE) && !self.has(j, lx::BE) {
            j += 1;
        }
        j < b
            && self.is_lower_word(j)
            && self.has(j, lx::REPORTING_VERB)
            && !lx::reports_a_fact(self.word(j))
    }

    /// `…, said X.`, `“…,” said X.` (the name ends its clause).
    fn reporting_before(&self, s: usize, e: usize, a: usize, b: usize) -> bool {
        let ends = e >= b || !self.is_word(e) || self.has(e, lx::PREPOSITION | lx::CLAUSE_TAIL);
        ends && s >= a + 2
            && self.is_lower_word(s - 1)
            && self.has(s - 1, lx::REPORTING_VERB)
            && self.tokens[s - 2].is_punct_in(self.text, &[',', '\u{201d}', '"'])
    }

    /// `Her brother, Julien Dubois,`, `his wife Anna Berg`, `the wife of Tamerlan
    /// Tsarnaev`: a relative of someone, the name right after the noun, set off by a comma
    /// or after `of` (the sentence starts at `a`).
    fn kin_before(&self, s: usize, a: usize) -> bool {
        let set_off = s > a && self.tokens[s - 1].is_punct_in(self.text, &[',']);
        let noun = if set_off || (s > a && self.word(s - 1) == "of") {
            s - 1
        } else {
            s
        };
        noun > a && self.is_lower_word(noun - 1) && KIN.contains(&self.word(noun - 1))
    }

    fn is_lower_word(&self, k: usize) -> bool {
        self.is_word(k) && self.word(k).starts_with(|c: char| c.is_lowercase())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_relative_before_a_name_is_a_person() {
        assert_eq!(
            kinds("Her brother, Julien Dubois, spoke to his wife Anna Berg."),
            [
                ("Julien Dubois".to_string(), Person),
                ("Anna Berg".to_string(), Person),
            ]
        );
        // After `of`, a name is no speaker, but a relative's.
        assert_eq!(
            kinds("Residents of Pine Ridge said so. The wife of Tamerlan Tsarnaev said so."),
            [
                ("Pine Ridge".to_string(), Other),
                ("Tamerlan Tsarnaev".to_string(), Person),
            ]
        );
    }

    #[test]
    fn what_outlets_report_is_no_sign_of_a_person() {
        assert!(super::lx::reports_a_fact("reported") && !super::lx::reports_a_fact("testified"));
        assert_eq!(
            kinds("Iran lied, the Daily Ledger reported. Maria Lopez testified that Iran lied."),
            [
                ("Iran".to_string(), super::super::ActorKind::Country),
                ("Daily Ledger".to_string(), Other),
                ("Maria Lopez".to_string(), Person),
            ]
        );
    }

    use super::super::names::tests::run;
    use super::super::test_support::find;
    use super::super::ActorKind::{Organisation as Org, Other, Person};

    fn kinds(text: &str) -> Vec<(String, super::super::ActorKind)> {
        find(text)
            .actors
            .into_iter()
            .map(|a| (a.name, a.kind))
            .collect()
    }

    #[test]
    fn appositive_roles_and_ages_mark_people() {
        let (n, _) = run(
            "Greta Holm, a historian at Lund University, met Lars Berg, 61, and \
            Nils Dahl, director general of the Nordic Water Agency, in Oslo.",
        );
        assert_eq!(
            n,
            vec![
                ("Greta Holm", false, Other, true),
                ("Lund University", false, Org, false),
                ("Lars Berg", false, Other, true),
                ("Nils Dahl", false, Other, true),
                ("Nordic Water Agency", false, Org, false),
                ("Oslo", false, Other, false)
            ]
        );
        // A role before the name, or the company after it.
        assert_eq!(
            kinds("The hostage, Tove Lind, met Lars Berg of Baltic Securities in Gulf of Aden."),
            vec![
                ("Tove Lind".into(), Person),
                ("Lars Berg".into(), Person),
                ("Baltic Securities".into(), Org),
                ("Gulf of Aden".into(), super::super::ActorKind::Place)
            ]
        );
        assert_eq!(
            kinds("Iran hosted Tove Lind, the head of the Nordic Water Agency."),
            vec![
                ("Iran".into(), super::super::ActorKind::Country),
                ("Tove Lind".into(), Person),
                ("Nordic Water Agency".into(), Org)
            ]
        );
    }

    #[test]
    fn speakers_of_reporting_verbs_are_people() {
        let text = "“Iran is wrong,” said Greta Holm. Lars Berg also told reporters so. \
            Nils Dahl, a spokesman for the Nordic Water Agency, agreed. Human Rights Watch said so. \
            Tove Lind, who runs Nordic Water Agency, left.";
        let got = kinds(text);
        let kind = |name: &str| got.iter().find(|a| a.0 == name).map(|a| a.1);
        assert_eq!(kind("Greta Holm"), Some(Person));
        assert_eq!(kind("Lars Berg"), Some(Person));
        assert_eq!(kind("Nils Dahl"), Some(Person));
        assert_eq!(kind("Human Rights Watch"), Some(Org));
        assert_eq!(kind("Tove Lind"), Some(Person));
    }

    #[test]
    fn a_role_noun_before_a_name_marks_a_person_but_fellow_does_not() {
        let got = kinds(
            "His lawyer, Radu Ionescu, left. Kenya's ambassador, Wanza Otieno, stayed. \
             Economist Nadia Saleh spoke. He criticised fellow Zendans. The site's \
             editor-in-chief, Selin Ural, left. Its managing partner, Brad Tennant, stayed.",
        );
        let kind = |name: &str| got.iter().find(|a| a.0 == name).map(|a| a.1);
        assert_eq!(kind("Radu Ionescu"), Some(Person));
        assert_eq!(kind("Wanza Otieno"), Some(Person));
        assert_eq!(kind("Nadia Saleh"), Some(Person));
        assert_eq!(kind("Selin Ural"), Some(Person));
        assert_eq!(kind("Brad Tennant"), Some(Person));
        assert_eq!(kind("Economist Nadia Saleh"), None);
        assert_eq!(kind("Zendans"), Some(Other));
    }

    #[test]
    fn other_contexts_give_no_evidence() {
        let (n, _) = run("Nordic Water sold shares, the company said. They met Tor Berg in May.");
        assert_eq!(
            n,
            vec![
                ("Nordic Water", false, Other, false),
                ("Tor Berg", false, Other, false)
            ]
        );
    }
}
