//! Short names joining people with two surnames.

use super::{actors, v};

#[test]
fn the_first_of_two_surnames_joins_the_person() {
    let a = actors("Andres Valdivia Arancibia spoke. Valdivia said it was too late.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, v(&["Andres Valdivia Arancibia", "Valdivia"]));
    // Not the middle word of a body's name.
    let a = actors("The Hillary Clinton PAC ran ads. Clinton spoke.");
    assert_eq!(a.len(), 2, "{a:?}");
}

#[test]
fn a_continent_alone_is_no_surname_of_a_body_ending_in_it() {
    let a = actors("Forest Watch Europe spoke. Industry groups in Europe were wary.");
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(a[0].2, v(&["Forest Watch Europe"]));
}
