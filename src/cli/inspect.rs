//! `stance inspect`: a model's metadata as JSON.

use super::args::InspectArgs;
use super::{load_model, print, Failure};
use serde_json::json;
use stance::features::templates::{LEXICON_FEATURES, LEXICON_FEATURE_NAMES};
use stance::model::format::FORMAT_VERSION;
use stance::Model;

pub fn run(args: InspectArgs) -> Result<(), Failure> {
    let model = load_model(args.model.as_deref())?;
    let mut out = model_info(&model);
    if let Some(n) = args.top {
        out["top_features"] = top_features(&model, n);
    }
    let text = serde_json::to_string_pretty(&out).map_err(|e| Failure::runtime(e.to_string()))?;
    print(&format!("{text}\n"))
}

/// The model's metadata as JSON: what `stance inspect` prints and `GET /v1/model` answers.
pub fn model_info(model: &Model) -> serde_json::Value {
    let meta = model.meta();
    let f = model.featurizer();
    json!({
        "format_version": FORMAT_VERSION,
        "name": meta.name,
        "stance_version": meta.stance_version,
        "created": meta.created,
        "labels": model.labels(),
        "language": f.analyzer.settings().language.name(),
        "text": f.analyzer.settings(),
        "features": f.settings,
        "vocabulary_size": f.vocab.len(),
        "n_features": f.n_features(),
        "lexicon_entries": f.lexicons.valence().len(),
        "opinion_words": f.lexicons.opinion().len(),
        "training": meta.training,
        "dev": meta.dev,
    })
}

/// The `n` features with the largest weight for each label.
fn top_features(model: &Model, n: usize) -> serde_json::Value {
    let f = model.featurizer();
    let k = model.labels().len();
    let weights = model.weights();
    let name = |j: usize| {
        if j < f.vocab.len() {
            f.vocab.key_text(j as u32)
        } else {
            LEXICON_FEATURE_NAMES[(j - f.vocab.len()).min(LEXICON_FEATURES - 1)].to_string()
        }
    };
    let mut out = serde_json::Map::new();
    for (c, label) in model.labels().iter().enumerate() {
        let mut cols: Vec<usize> = (0..f.n_features()).collect();
        cols.sort_by(|&a, &b| weights[b * k + c].total_cmp(&weights[a * k + c]));
        let top: Vec<_> = cols
            .iter()
            .take(n)
            .map(|&j| json!([name(j), weights[j * k + c]]))
            .collect();
        out.insert(label.clone(), json!(top));
    }
    serde_json::Value::Object(out)
}
