//! `stance`: sentence-level, target-aware stance in news text.
//!
//! Data flow: text -> [`text`] (tokens, stems, negation) -> [`features`] (target-aware
//! TF-IDF + lexicon) -> [`model`] (softmax regression) -> predictions and [`metrics`].

pub mod dataset;
pub mod error;
pub mod features;
pub mod metrics;
pub mod model;
pub mod text;

pub use dataset::Example;
pub use error::{Error, Result};
pub use metrics::Evaluation;
pub use model::{Model, Prediction, TrainParams};
