use super::*;
use crate::actors::find_holders_in;

mod speech;

const ARTICLE: &str = "U.S. President Barack Obama is also seeing Russia's decisions in a positive light.\n\n\
        “We condemn the attack,” said Foreign Minister Elena Varga. Critics in Brussels praised Moscow.";

#[test]
fn joint_holders_share_the_stance_and_its_relation() {
    let model = Model::builtin().unwrap();
    let report = model.score_article("Moscow and Beijing criticised Washington.");
    let us = &report.sentences[0].stances[2];
    assert_eq!(us.target, "United States");
    assert_eq!(us.holder.as_deref(), Some("China"));
    assert_eq!(us.joint_holders, ["Russia"]);
    let held: Vec<(&str, &str)> = report
        .relations
        .iter()
        .map(|r| (r.holder.as_str(), r.target.as_str()))
        .collect();
    assert_eq!(
        held,
        [("Russia", "United States"), ("China", "United States")]
    );
}

#[test]
fn a_place_set_off_by_commas_is_where_the_subject_is() {
    let model = Model::builtin().unwrap();
    let report = model.score_article(
        "The laboratory, in Lausanne, said Novartis lied. Veltris Pharma, in Basel, \
         criticised Novartis.",
    );
    let rows: Vec<Vec<(&str, Option<&str>)>> = report
        .sentences
        .iter()
        .map(|s| {
            s.stances
                .iter()
                .map(|st| (st.target.as_str(), st.holder.as_deref()))
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            vec![("Novartis", None)],
            vec![
                ("Veltris Pharma", None),
                ("Novartis", Some("Veltris Pharma"))
            ]
        ]
    );
}

#[test]
fn a_speaker_is_flagged_and_left_out_of_its_summary() {
    let model = Model::builtin().unwrap();
    let report = model.score_article(
        "Senator Dana Holt accused Iran of lying. Iran rejected the claim. \
             Later, Russia criticised Holt and Holt attacked Russia.",
    );
    let flags: Vec<Vec<(&str, bool)>> = report
        .sentences
        .iter()
        .map(|s| {
            s.stances
                .iter()
                .map(|st| (st.target.as_str(), st.speaker))
                .collect()
        })
        .collect();
    // Holt only speaks in the first sentence, and Iran, rejecting, in the second; in the
    // third Holt and Russia each hold a stance toward the other, so neither only speaks.
    assert_eq!(
        flags,
        [
            vec![("Dana Holt", true), ("Iran", false)],
            vec![("Iran", true)],
            vec![("Russia", false), ("Dana Holt", false)],
        ]
    );
    let holt = &report.actors[0];
    assert_eq!((holt.actor.as_str(), holt.mentions), ("Dana Holt", 3));
    let third = report.sentences[2]
        .stances
        .iter()
        .find(|s| s.target == "Dana Holt");
    assert_eq!(
        holt.score,
        third.unwrap().score,
        "the summary is the third row alone"
    );

    let only_speaks = model.score_article("Senator Dana Holt accused Iran of lying.");
    assert_eq!(only_speaks.actors[0].score, None);
    assert_eq!(only_speaks.actors[0].label, None);

    // The subject of a verb of saying speaks too, whatever it says; the subject of
    // another verb is portrayed by the sentence and keeps its row in the summary.
    let flags = |text: &str| -> Vec<(String, bool)> {
        let report = model.score_article(text);
        let s = &report.sentences[0];
        s.stances
            .iter()
            .map(|st| (st.target.clone(), st.speaker))
            .collect()
    };
    assert_eq!(
        flags("Senator Dana Holt said the plan would fail."),
        [("Dana Holt".to_string(), true)]
    );
    assert_eq!(
        flags("Senator Dana Holt's office said the plan would fail."),
        [("Dana Holt".to_string(), false)]
    );
    assert_eq!(
        flags("Senator Dana Holt wrecked the plan."),
        [("Dana Holt".to_string(), false)]
    );
    // A body speaks through its board or spokesman.
    assert_eq!(
        flags("Norhaven Cloud's board said the ruling was unfair."),
        [("Norhaven Cloud".to_string(), true)]
    );
    assert_eq!(
        flags("Norhaven Cloud's shares fell after the ruling."),
        [("Norhaven Cloud".to_string(), false)]
    );
    assert_eq!(
        flags("Saudi Arabia's delegation denied obstructing the talks."),
        [("Saudi Arabia".to_string(), true)]
    );
    // So does the subject of a speech act, whether or not what it judges is an actor.
    for text in [
        "Beijing rejected the call.",
        "China, whose goods fill the port, urged restraint.",
        "The rival, China, denied it.",
        "China called for calm.",
        "China called the fine \"a disgrace\".",
    ] {
        assert_eq!(flags(text), [("China".to_string(), true)], "{text}");
    }
    // Not a noun, a headline's passive, a meeting called, nor one whom another called
    // something.
    for text in [
        "China faced fresh calls for calm.",
        "China accused of spying on dissidents",
        "China called an emergency meeting.",
        "Voters backed China, whom the senator called a rival.",
        "Opposition rejects China trade deal, accuses minister of lying",
    ] {
        assert!(
            flags(text).iter().all(|(_, speaks)| !speaks),
            "{text}: {:?}",
            flags(text)
        );
    }
    // A pronoun or description subject too.
    let report = model.score_article("Tom Reed arrived. He accused rich nations of delay.");
    let second: Vec<(&str, bool)> = report.sentences[1]
        .stances
        .iter()
        .map(|st| (st.target.as_str(), st.speaker))
        .collect();
    assert_eq!(second, [("Tom Reed", true)]);
    assert_eq!(
        flags("The plan will fail, according to Senator Dana Holt."),
        [("Dana Holt".to_string(), true)]
    );
    // A person a title names after the verb speaks, not the title's owner.
    assert_eq!(
        flags("The plan will fail, said Nigeria's oil minister, Ada Obi."),
        [("Ada Obi".to_string(), true)]
    );
    assert_eq!(
        flags("Iran lied, said its director, Ada Obi."),
        [("Iran".to_string(), false), ("Ada Obi".to_string(), true)]
    );
    // One who speaks for their country or employer does not judge it: it speaks.
    assert_eq!(
        flags("Russia's ambassador, Ada Obi, said Moscow would not yield."),
        [("Ada Obi".to_string(), true), ("Russia".to_string(), true)]
    );
    assert_eq!(
        flags("Ada Obi, the chief executive of Veltris Pharma, said Veltris Pharma would appeal."),
        [
            ("Ada Obi".to_string(), true),
            ("Veltris Pharma".to_string(), true)
        ]
    );
    // A description that is the `according to` source speaks too.
    let report = model.score_article(
        "The Food and Drug Administration fined Veltris Pharma. According to the \
             regulator, Veltris Pharma hid the data.",
    );
    let second: Vec<(&str, bool)> = report.sentences[1]
        .stances
        .iter()
        .map(|st| (st.target.as_str(), st.speaker))
        .collect();
    assert_eq!(
        second,
        [
            ("Food and Drug Administration", true),
            ("Veltris Pharma", false)
        ]
    );
    // A possessive ending the text after the speaker's name (no panic looking past it).
    assert_eq!(
        flags("Moscow lied, said Ada Obi, Russia's"),
        [("Russia".to_string(), false), ("Ada Obi".to_string(), true)]
    );
    // A country speaks through its own ministry.
    assert_eq!(
        flags("Iraq's oil ministry said the plan would fail."),
        [("Iraq".to_string(), true)]
    );
}

#[test]
fn obama_holds_the_stance_toward_russia() {
    let model = Model::builtin().unwrap();
    let report = model.score_article(ARTICLE);
    let s0 = &report.sentences[0];
    let russia = s0.stances.iter().find(|s| s.target == "Russia").unwrap();
    assert_eq!(russia.holder.as_deref(), Some("Barack Obama"));
    let rel = report
        .relations
        .iter()
        .find(|r| r.holder == "Barack Obama" && r.target == "Russia")
        .unwrap();
    assert_eq!(rel.sentences, vec![0]);
    assert!(report
        .actors
        .iter()
        .any(|a| a.actor == "Russia" && a.mentions == 2));
}

#[test]
fn shared_tokens_find_what_the_public_functions_find() {
    // score_article_with tokenizes once for both steps; the public `find` and
    // `find_holders` tokenize on their own. Both routes must agree.
    let sentences = split_sentences(ARTICLE);
    let finder = ActorFinder::builtin();
    let article = ArticleTokens::new(ARTICLE, &sentences);
    let shared = finder.find_in(ARTICLE, &article);
    let public = finder.find(ARTICLE, &sentences);
    assert_eq!(format!("{shared:?}"), format!("{public:?}"));
    assert!(shared.mentions.len() >= 5);
    let holders: Vec<Option<usize>> = find_holders_in(ARTICLE, &article, &shared)
        .into_iter()
        .map(|h| h.main)
        .collect();
    assert_eq!(
        holders,
        crate::actors::find_holders(ARTICLE, &sentences, &public)
    );
    assert!(holders.iter().any(Option::is_some));
}

#[test]
fn offsets_slice_the_input() {
    let model = Model::builtin().unwrap();
    let report = model.score_article(ARTICLE);
    for s in &report.sentences {
        assert_eq!(&ARTICLE[s.start..s.end], s.text);
        for m in &s.mentions {
            assert_eq!(&ARTICLE[m.start..m.end], m.text);
        }
        for st in &s.stances {
            assert!((st.probabilities.values().sum::<f64>() - 1.0).abs() < 1e-9);
            assert_ne!(st.holder.as_deref(), Some(st.target.as_str()));
        }
    }
}

#[test]
fn targets_filter_the_report() {
    let model = Model::builtin().unwrap();
    let options = ScoreOptions {
        targets: vec!["russia".into()],
    };
    let report = model.score_article_with(ARTICLE, ActorFinder::builtin(), &options);
    assert!(report.actors.iter().all(|a| a.actor == "Russia"));
    assert!(report
        .sentences
        .iter()
        .flat_map(|s| &s.stances)
        .all(|s| s.target == "Russia"));
}

#[test]
fn empty_and_actorless_text() {
    let model = Model::builtin().unwrap();
    assert!(model.score_article("").sentences.is_empty());
    let report = model.score_article("it rained all day and nobody came.");
    assert_eq!(report.sentences.len(), 1);
    assert!(report.actors.is_empty());
}

#[test]
fn a_long_run_of_it_said_sentences_is_scored_without_recursing() {
    // Each `It said` looks at the sentence before for its body; that look must not resolve
    // the earlier `It` in turn (it overflowed the stack).
    let mut text = String::from("The European Union met on Monday.");
    for _ in 0..3000 {
        text.push_str(" It said Iran was wrong.");
    }
    let report = Model::builtin().unwrap().score_article(&text);
    assert_eq!(report.sentences.len(), 3001);
    let second = &report.sentences[1].stances;
    assert!(
        second.iter().any(|s| s.target == "European Union"),
        "{second:?}"
    );
}

#[test]
fn a_speaker_row_leans_to_no_stance_and_the_target_keeps_its_label() {
    let model = Model::builtin().unwrap();
    let report = model.score_article(
        "The Consumer Council welcomed the decision and praised Kestrel Bank for its honesty.",
    );
    let rows: Vec<(&str, bool, &str)> = report.sentences[0]
        .stances
        .iter()
        .map(|s| (s.target.as_str(), s.speaker, s.label.as_str()))
        .collect();
    // Without the lean the council's own row read positive from its praise.
    assert_eq!(
        rows,
        [
            ("Consumer Council", true, "neutral"),
            ("Kestrel Bank", false, "positive")
        ]
    );
}
