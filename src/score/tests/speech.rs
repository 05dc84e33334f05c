//! Which subjects speak: the verbs of speech acts and the participles of saying.

use crate::Model;

/// `(target, speaker, holder)` of the first sentence's rows.
fn rows(text: &str) -> Vec<(String, bool, Option<String>)> {
    let report = Model::builtin().unwrap().score_article(text);
    report.sentences[0]
        .stances
        .iter()
        .map(|st| (st.target.clone(), st.speaker, st.holder.clone()))
        .collect()
}

fn row(target: &str, speaker: bool, holder: Option<&str>) -> (String, bool, Option<String>) {
    (target.to_string(), speaker, holder.map(str::to_string))
}

#[test]
fn promising_ordering_describing_and_dismissing_are_speech() {
    assert_eq!(
        rows("Senator Dana Holt promised a full audit of Iran."),
        [
            row("Dana Holt", true, None),
            row("Iran", false, Some("Dana Holt"))
        ]
    );
    assert_eq!(
        rows("Judge Ada Obi ordered Iran to restore the accounts."),
        [
            row("Ada Obi", true, None),
            row("Iran", false, Some("Ada Obi"))
        ]
    );
    assert_eq!(
        rows("Senator Dana Holt described the talks with Iran as useful."),
        [
            row("Dana Holt", true, None),
            row("Iran", false, Some("Dana Holt"))
        ]
    );
    assert_eq!(
        rows("Senator Dana Holt dismissed the claims as lies."),
        [row("Dana Holt", true, None)]
    );
    // The one ordered, and what someone ordered: no speech of theirs.
    assert_eq!(
        rows("A worker ordered to clean Ada Obi's car complained."),
        [row("Ada Obi", false, None)]
    );
    assert_eq!(
        rows("Dana Holt won the election ordered by Iran."),
        [row("Dana Holt", false, None), row("Iran", false, None)]
    );
    // `his promised wall`: an adjective.
    assert_eq!(
        rows("Before Dana Holt can build his promised wall, Iran will protest."),
        [row("Dana Holt", false, None), row("Iran", false, None)]
    );
}

#[test]
fn a_participle_of_saying_after_a_comma_makes_its_subject_speak() {
    assert_eq!(
        rows("Senator Dana Holt doubled down on Monday, saying the plan would fail."),
        [row("Dana Holt", true, None)]
    );
    assert_eq!(
        rows("Senator Dana Holt hammered Ada Obi for the plan, warning that it would fail."),
        [row("Dana Holt", true, None), row("Ada Obi", false, None)]
    );
    // Not the object of a verb before it, nor one `adding` something.
    assert_eq!(
        rows("Senators hammered Ada Obi for the plan, warning that it would fail."),
        [row("Ada Obi", false, None)]
    );
    assert_eq!(
        rows("Dana Holt is the likely opponent, adding a layer to the race."),
        [row("Dana Holt", false, None)]
    );
}

#[test]
fn a_name_after_with_is_its_participles_subject() {
    assert_eq!(
        rows("Iran backed the draft, with Ambassador Ada Obi calling the plan a disgrace."),
        [row("Iran", false, None), row("Ada Obi", true, None)]
    );
    assert_eq!(
        rows("Critics spoke up, with Ambassador Ada Obi saying Iran had lied."),
        [
            row("Ada Obi", true, None),
            row("Iran", false, Some("Ada Obi"))
        ]
    );
}
