//! A country's possessive or adjective before a public body's noun, the body named a
//! sentence or two later (`Poland's competition authority … The Office of Competition and
//! Consumer Protection (UOKiK) said`): the description is the body, the country its place.

use super::super::super::test_support::references_and_rows as found;

#[test]
fn a_countrys_body_named_after_its_description() {
    let text = "WARSAW (Wire) - Poland's competition authority on Monday blocked Vistula \
                Telecom's takeover of Orlan Mobile. The Office of Competition and Consumer \
                Protection (UOKiK) said prices would rise.";
    let (references, rows) = found(text);
    let body = "Office of Competition and Consumer Protection";
    assert_eq!(
        references,
        [("competition authority".to_owned(), body.to_owned(), None)]
    );
    // Poland is where the body is: no row of its own.
    assert!(!rows.iter().any(|r| r == "Poland"), "{rows:?}");
    // The headline's adjective too.
    let text = "Polish watchdog blocks telecom merger\n\nThe Office of Competition and \
                Consumer Protection (UOKiK) said prices would rise.";
    let (references, rows) = found(text);
    assert_eq!(references, [("watchdog".to_owned(), body.to_owned(), None)]);
    assert!(!rows.iter().any(|r| r == "Polish"), "{rows:?}");
}

#[test]
fn a_known_body_fits_with_the_countrys_name_or_if_national() {
    // `the European Commission` named next is another body: Poland stays.
    let text = "Poland's competition authority blocked the deal. The European Commission \
                said it would look at the case.";
    let (references, rows) = found(text);
    assert!(references.is_empty(), "{references:?}");
    assert!(rows.iter().any(|r| r == "Poland"), "{rows:?}");
    // A known body with the country's name fits.
    let text = "South Africa's electoral commission ordered a recount. The Electoral \
                Commission of South Africa (IEC) said forms were missing.";
    let (references, _) = found(text);
    assert_eq!(references.len(), 1, "{references:?}");
    assert_eq!(references[0].0, "electoral commission");
    // So does a known national body, not an international one.
    let text = "Britain's medicines regulator ordered a recall. The Medicines and Healthcare \
                products Regulatory Agency (MHRA) said patients should wait.";
    let (references, rows) = found(text);
    assert_eq!(references.len(), 1, "{references:?}");
    assert_eq!(references[0].0, "medicines regulator");
    assert!(!rows.iter().any(|r| r == "Britain"), "{rows:?}");
    let text = "Iran's nuclear agency defended the plant. The International Atomic Energy \
                Agency said inspectors were barred.";
    let (references, rows) = found(text);
    assert!(references.is_empty(), "{references:?}");
    assert!(rows.iter().any(|r| r == "Iran"), "{rows:?}");
}

#[test]
fn no_body_named_soon_after_or_another_noun_phrase() {
    // Named three sentences later: too far.
    let text = "Poland's competition authority blocked the deal. Shares fell. Traders \
                sold. Analysts waited. The Office of Competition and Consumer Protection \
                (UOKiK) said prices would rise.";
    assert!(found(text).0.is_empty());
    // `the commission chairman` is a person; `Poland's largest agency` a superlative.
    let text = "Poland's competition commission chairman blocked the deal. Poland's \
                largest agency agreed. The Polish Competition Commission said so.";
    assert!(found(text).0.is_empty(), "{:?}", found(text).0);
}

#[test]
fn not_a_body_set_off_named_before_or_of_another_place() {
    // The name set off after it is the one it names (or none).
    let text = "The French regulator, CNIL, opened an inquiry. The Data Protection \
                Commission said it would help.";
    assert!(found(text).0.is_empty(), "{:?}", found(text).0);
    // A body named before is for the descriptions that look back.
    let text = "The Data Protection Commission fined Vireo. Ireland's regulator was too \
                slow, critics said. The Data Protection Commission denied it.";
    assert!(found(text).0.is_empty(), "{:?}", found(text).0);
    // A body of another place.
    let text = "Ireland's regulator was too slow. The European Data Protection Board said \
                so.";
    assert!(found(text).0.is_empty(), "{:?}", found(text).0);
    // The country's own adjective in the name is no other place's.
    let text = "Sweden's competition authority blocked the deal. The Swedish Competition \
                Authority (Konkurrensverket) said prices would rise.";
    assert_eq!(found(text).0.len(), 1, "{:?}", found(text).0);
}
