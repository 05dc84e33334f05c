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
