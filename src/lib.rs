//! `stance`: sentence-level, target-aware stance in news text.
//!
//! Data flow: text -> [`text`] (sentences, tokens, stems, negation) -> [`actors`] (mentions,
//! grouping, holders) -> [`features`] (target-aware TF-IDF + lexicon) -> [`model`] (softmax
//! regression) -> [`report`] (per sentence, per actor, relations). Training runs the same
//! features on labelled rows ([`dataset`]) and is measured with [`metrics`].

pub mod actors;
pub mod dataset;
pub mod error;
pub mod features;
pub mod metrics;
pub mod model;
pub mod report;
mod score;
pub mod text;

pub use dataset::Example;
pub use error::{Error, Result};
pub use metrics::Evaluation;
pub use model::{Model, Prediction, TrainParams};
pub use report::ArticleReport;
pub use score::ScoreOptions;
