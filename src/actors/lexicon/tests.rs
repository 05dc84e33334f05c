use super::*;

#[test]
fn company_endings_are_sorted_for_their_binary_search() {
    assert!(COMPANY_SUFFIXES.windows(2).all(|w| w[0] < w[1]));
    assert!(is_company_suffix("Pharma") && is_company_suffix("AG") && !is_company_suffix("x"));
    // A company's ending makes its name an organisation's.
    for w in COMPANY_SUFFIXES {
        assert!(is_org_suffix(w), "{w}");
    }
    // A legal form ends a company's or a club's name.
    for w in LEGAL_FORMS {
        assert!(is_company_or_club_suffix(w), "{w}");
    }
}

#[test]
fn lists_are_lowercase_ascii_with_distinct_flags() {
    let mut seen = 0u32;
    for (list, flag) in LISTS {
        assert_eq!(flag.count_ones(), 1);
        assert_eq!(seen & flag, 0, "flag used twice");
        seen |= flag;
        for w in *list {
            assert!(
                w.is_ascii() && w.len() <= 32 && *w == w.to_lowercase(),
                "{w}"
            );
            assert!(flags(w) & flag != 0, "{w}");
        }
    }
    for v in REPORTING_VERBS {
        assert!(is_stance_verb(v), "{v}");
    }
}

#[test]
fn lookups_ignore_case() {
    assert!(is_stopword("However") && is_stopword("THE") && !is_stopword("Obama"));
    assert!(is_title_core("President") && is_title_core("Gen."));
    assert!(!is_never_name("May") && is_never_name("Monday"));
    assert!(!is_given_name("Zoë"));
}

#[test]
fn curly_apostrophes_read_as_straight_ones() {
    assert!(is_stopword("I’m") && is_stopword("I'm") && is_stopword("I’ve"));
    assert!(!is_stopword("I’x") && !is_stopword("I‘m"));
    assert_eq!(flags("’"), flags("'"));
    // A 32-byte word ending in a 3-byte apostrophe is looked up without a panic.
    assert_eq!(flags(&format!("{}’", "a".repeat(29))), 0);
}

#[test]
fn a_title_still_to_be_taken_up_is_a_title() {
    assert_ne!(flags("Minister-designate") & TITLE, 0);
    assert_ne!(flags("Governor-elect") & TITLE, 0);
    assert_eq!(flags("Harbour-elect"), 0);
    assert_eq!(flags("-designate"), 0);
}

#[test]
fn speech_acts_are_sorted_for_their_binary_search() {
    let acts = crate::actors::clause_words::SPEECH_ACTS;
    assert!(acts.windows(2).all(|w| w[0] < w[1]));
}
