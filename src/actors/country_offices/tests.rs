//! `Kenya's finance minister` as the person the article names with that office.

use super::super::test_support::{references_and_rows as found, Reference};
use super::super::{find_holders_and_references, ActorFinder, ArticleTokens};
use crate::text::split_sentences;

fn reference(words: &str, actor: &str, holder: Option<&str>) -> Reference {
    (
        words.to_owned(),
        actor.to_owned(),
        holder.map(str::to_owned),
    )
}

const KAMAU: &str = "Njeri Kamau";

#[test]
fn the_office_before_the_name_is_the_person() {
    let text = "Kenya's finance minister on Monday criticised the Central Bank of Kenya. \
                The bank raised rates. Finance Minister Njeri Kamau said it was wrong.";
    let (references, rows) = found(text);
    assert_eq!(
        references[0],
        reference("finance minister", KAMAU, None),
        "{references:?}"
    );
    // Kenya is whose minister she is: no row, and not the bank's critic.
    assert!(!rows.iter().any(|r| r == "Kenya"), "{rows:?}");
    let (_, holders) = {
        let sentences = split_sentences(text);
        let actors = ActorFinder::builtin().find(text, &sentences);
        let article = ArticleTokens::new(text, &sentences);
        let h = find_holders_and_references(text, &article, &actors, true);
        let bank = actors
            .mentions
            .iter()
            .position(|m| text[m.start..m.end].starts_with("Central Bank"))
            .unwrap();
        let holder = h.names[bank].main.map(|a| actors.actors[a].name.clone());
        (actors, holder)
    };
    assert_eq!(holders.as_deref(), Some(KAMAU));
}

#[test]
fn the_office_after_the_name_and_by_adjective() {
    let text = "Finance Minister Njeri Kamau spoke on Monday. The Kenyan finance minister \
                also criticised the Central Bank of Kenya.";
    let (references, rows) = found(text);
    assert_eq!(references, [reference("finance minister", KAMAU, None)]);
    assert!(!rows.iter().any(|r| r == "Kenyan"), "{rows:?}");
}

#[test]
fn only_the_same_office_of_the_same_country() {
    for (text, why) in [
        (
            "Kenya's finance minister criticised the Central Bank of Kenya. \
             Foreign Minister Njeri Kamau said nothing.",
            "another portfolio",
        ),
        (
            "Kenya's finance minister criticised the Central Bank of Kenya. \
             Uganda's Finance Minister Njeri Kamau said nothing.",
            "another country's minister",
        ),
        (
            "Kenya's president criticised the Central Bank of Kenya. \
             Deputy President Njeri Kamau said nothing.",
            "another rank",
        ),
        (
            "Kenya's finance minister criticised the Central Bank of Kenya. One. Two. \
             Three. Four. Finance Minister Njeri Kamau said nothing.",
            "named too late",
        ),
        (
            "Finance Minister Njeri Kamau resigned. Finance Minister Amina Odhiambo took \
             over. Kenya's finance minister criticised the Central Bank of Kenya.",
            "two persons held the office before",
        ),
        (
            "Kenya's president criticised the Central Bank of Kenya. Who will run for \
             president: Barack Obama has the votes.",
            "no title before the name",
        ),
    ] {
        let (references, rows) = found(text);
        assert!(references.is_empty(), "{why}: {references:?}");
        assert!(rows.iter().any(|r| r == "Kenya"), "{why}: {rows:?}");
    }
}

#[test]
fn a_name_set_off_after_the_office_is_named_on_the_spot() {
    let text = "Kenya's finance minister, Njeri Kamau, criticised the Central Bank of Kenya. \
                Finance Minister Njeri Kamau spoke again.";
    let (references, _) = found(text);
    assert!(references.is_empty(), "{references:?}");
}
