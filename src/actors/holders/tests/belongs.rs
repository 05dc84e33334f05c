//! Where a speaker belongs is no target of theirs: the body in their role, after their
//! `of` or `at`, or the one a relative clause says they run.

use super::super::super::test_support::{expect, OBAMA};

#[test]
fn a_speakers_body_after_the_name_holds_nothing_from_them() {
    for text in [
        "\"Iran lied,\" said Barack Obama, Oxfam International's research director.",
        "\"Iran lied,\" said Barack Obama of Oxfam International.",
        "\"Iran lied,\" said Barack Obama at the Brookings Institution.",
        "\"Iran lied,\" said Barack Obama, who heads the Brookings Institution.",
    ] {
        let got = super::super::super::test_support::holders(text);
        assert_eq!(
            got.first(),
            Some(&("Iran", OBAMA.map(str::to_owned))),
            "{text}"
        );
        assert!(got[2..].iter().all(|(_, h)| h.is_none()), "{text}: {got:?}");
    }
    // A clause that judges the body is no role.
    expect(
        "\"Iran lied,\" said Barack Obama, who criticised the Brookings Institution.",
        &[
            ("Iran", OBAMA),
            ("Barack Obama", None),
            ("Brookings Institution", OBAMA),
        ],
    );
}

#[test]
fn a_private_body_does_not_speak_for_its_nationality() {
    let holders = |text: &str| {
        let sentences = crate::text::split_sentences(text);
        let found = crate::actors::ActorFinder::builtin().find(text, &sentences);
        let holders = crate::actors::find_holders(text, &sentences, &found);
        let named = |a: usize| found.actors[a].name.clone();
        let last = found.mentions.len() - 1;
        (
            holders[last].map(named),
            found.actors[found.mentions[last].actor].name.clone(),
        )
    };
    // Denmark in the bank's words is judged by the bank.
    assert_eq!(
        holders("Danish lender Nordhavn Bank welcomed the ruling in Denmark."),
        (Some("Nordhavn Bank".into()), "Denmark".into())
    );
    // An ambassador's country speaks through them.
    assert_eq!(
        holders("Russia's ambassador, Ivan Petrov, said Moscow had acted lawfully."),
        (None, "Russia".into())
    );
}
