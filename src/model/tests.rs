use super::*;

/// A tiny three-label training set shared by the model's tests.
pub(crate) fn rows() -> Vec<Example> {
    [
        (
            "Critics condemned Paris for the failure.",
            "Paris",
            "negative",
        ),
        (
            "Observers praised Rome for its generous aid.",
            "Rome",
            "positive",
        ),
        (
            "Officials slammed Oslo over the scandal.",
            "Oslo",
            "negative",
        ),
        (
            "Leaders welcomed Lima and its bold reforms.",
            "Lima",
            "positive",
        ),
        (
            "Delegates met Quito officials on Monday.",
            "Quito",
            "neutral",
        ),
        ("Ministers visited Accra on Tuesday.", "Accra", "neutral"),
    ]
    .iter()
    .map(|(t, g, l)| Example::new(*t, g, Some(l)).unwrap())
    .collect()
}

#[test]
fn round_trip_predicts_identically() {
    let model = Model::train(&rows(), &TrainParams::default().min_df(1)).unwrap();
    let back = Model::from_bytes(&model.to_bytes(), "mem").unwrap();
    assert_eq!(back.labels(), model.labels());
    assert_eq!(back.meta(), model.meta());
    let text = "Analysts condemned Lima and Paris.";
    assert_eq!(back.predict(text, 19..23), model.predict(text, 19..23));
}

#[test]
fn one_label_is_a_training_error() {
    let rows: Vec<Example> = rows()
        .into_iter()
        .filter(|r| r.label.as_deref() == Some("neutral"))
        .collect();
    let err = Model::train(&rows, &TrainParams::default().min_df(1))
        .err()
        .unwrap();
    assert!(err.to_string().contains("only one label"), "{err}");
}

#[test]
fn unknown_eval_label_is_an_error() {
    let model = Model::train(&rows(), &TrainParams::default().min_df(1)).unwrap();
    let mut bad = rows();
    bad[0].label = Some("favor".into());
    bad[0].line = 9;
    let err = model
        .evaluate(bad.into_iter().map(Ok))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(":9: label \"favor\" is not one of the model's labels"),
        "{err}"
    );
}

#[test]
fn builtin_model_loads_and_is_consistent() {
    let model = Model::builtin().unwrap();
    assert!(model.labels().len() >= 2);
    let p = model.predict("Russia praised the deal.", 0..6);
    assert!((p.probabilities.values().sum::<f64>() - 1.0).abs() < 1e-9);
}

#[test]
fn same_vector_alone_and_in_a_batch() {
    let model = Model::train(&rows(), &TrainParams::default().min_df(1)).unwrap();
    let f = model.featurizer();
    let text = "Critics condemned Paris but praised Rome.";
    let mut alone = Buffers::default();
    let row_alone = f.transform(text, 18..23, &mut alone).to_vec();
    let mut shared = Buffers::default();
    for (other, span) in [
        ("Leaders welcomed Lima.", 17..21),
        ("Ministers visited Accra.", 18..23),
    ] {
        f.transform(other, span, &mut shared);
    }
    assert_eq!(f.transform(text, 18..23, &mut shared), &row_alone[..]);
}

#[test]
fn a_buffer_analyzed_by_another_model_is_not_misread() {
    // Two vocabularies: the same token has different term ids in each.
    let a = Model::train(&rows(), &TrainParams::default().min_df(1)).unwrap();
    let b = Model::builtin().unwrap();
    let text = "Critics condemned Paris but praised Rome.";
    let mut fresh = Buffers::default();
    let mut probs_b = vec![0.0; b.labels().len()];
    b.predict_into(text, 18..23, &mut fresh, &mut probs_b);
    let mut shared = Buffers::default();
    a.featurizer().analyze(text, &mut shared);
    let mut probs = vec![0.0; b.labels().len()];
    b.predict_analyzed_into(18..23, &mut shared, &mut probs);
    assert_eq!(probs, probs_b);
}

#[test]
fn spans_outside_the_text_are_clamped() {
    let model = Model::builtin().unwrap();
    let p = model.predict("Zürich", 2..99);
    assert!(model.labels().contains(&p.label));
}

#[test]
fn evaluate_reanalyzes_only_when_the_text_changes() {
    // `evaluate` reuses one analysis for consecutive rows of the same text; a stale
    // analysis would score "Rome" inside the wrong sentence.
    let model = Model::train(&rows(), &TrainParams::default().min_df(1)).unwrap();
    let both = "Critics condemned Paris but praised Rome.";
    let other = "Observers praised Rome for its generous aid.";
    let labelled = |text: &str, target: &str| {
        let mut row = Example::new(text, target, None).unwrap();
        let label = model.predict(text, row.target.clone()).label;
        row.label = Some(label);
        row
    };
    let sequence = [
        labelled(both, "Paris"),
        labelled(both, "Rome"),
        labelled(other, "Rome"),
        labelled(both, "Paris"),
    ];
    // A stale analysis would score the third row's span inside `both`.
    let stale = model.predict(both, sequence[2].target.clone()).label;
    assert_ne!(
        Some(stale),
        sequence[2].label,
        "the test needs a stale analysis to change the third row's label"
    );
    let eval = model.evaluate(sequence.into_iter().map(Ok)).unwrap();
    assert_eq!((eval.rows, eval.accuracy), (4, 1.0));
}

mod evaluate_properties {
    use super::*;
    use proptest::prelude::*;

    /// (text, target) pairs: three sentences, two targets each.
    const POOL: [(&str, &str); 6] = [
        ("Critics condemned Paris but praised Rome.", "Paris"),
        ("Critics condemned Paris but praised Rome.", "Rome"),
        ("Leaders welcomed Lima and met Quito officials.", "Lima"),
        ("Leaders welcomed Lima and met Quito officials.", "Quito"),
        ("Officials slammed Oslo after Accra praised it.", "Oslo"),
        ("Officials slammed Oslo after Accra praised it.", "Accra"),
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// However rows of a sentence are ordered, repeated or interleaved, `evaluate`
        /// scores each as `predict` scores it alone.
        #[test]
        fn evaluate_matches_row_by_row_prediction(
            picks in proptest::collection::vec((0..POOL.len(), 0..3usize), 1..24)
        ) {
            let model = Model::train(&rows(), &TrainParams::default().min_df(1)).unwrap();
            let labels = model.labels().to_vec();
            let mut expected = Confusion::new(&labels);
            let mut sequence = Vec::new();
            for &(pick, gold) in &picks {
                let (text, target) = POOL[pick];
                let mut row = Example::new(text, target, Some(labels[gold].as_str())).unwrap();
                let alone = model.predict(text, row.target.clone());
                let predicted = labels.iter().position(|l| *l == alone.label).unwrap();
                expected.add(gold, predicted);
                row.line = sequence.len() as u64 + 2;
                sequence.push(row);
            }
            let eval = model.evaluate(sequence.into_iter().map(Ok)).unwrap();
            prop_assert_eq!(eval, expected.finish());
        }
    }
}
