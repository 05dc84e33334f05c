//! Shared by the model targets: what any model that loads must survive.

use stance::Model;

const TEXT: &str = "U.S. President Barack Obama is also seeing Russia's decisions in a \
    positive light. “We don't trust Iran,” said the EU's envoy, but Germany praised it.";

/// A model that loaded is usable: it predicts without panicking and scores an article;
/// with `round_trip`, it also re-encodes to bytes that load again to the same bytes (three
/// more encodings: too slow for the 2 MB built-in model).
pub fn exercise(model: &Model, round_trip: bool) {
    if round_trip {
        let bytes = model.to_bytes();
        let again = Model::from_bytes(&bytes, "re-encoded").expect("a loaded model's bytes load");
        assert!(again.to_bytes() == bytes, "re-encoding is not stable");
    }

    let labels = model.labels();
    assert!(labels.len() >= 2);
    let p = model.predict(TEXT, 43..49);
    assert!(labels.contains(&p.label));
    let _ = model.predict(TEXT, 0..TEXT.len());
    let _ = model.predict("", 0..0);
    let _ = model.score_article(TEXT);
}
