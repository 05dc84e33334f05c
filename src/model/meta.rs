//! What a model file records about its training, beside its numbers.

use super::Solver;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a model was trained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    pub rows: u64,
    pub skipped_rows: u64,
    pub label_counts: BTreeMap<String, u64>,
    pub data_file: Option<String>,
    pub data_sha256: Option<String>,
    pub solver: Solver,
    pub c: f64,
    pub max_iter: u64,
    pub iterations: u64,
    pub converged: bool,
    pub objective: f64,
    pub status: String,
}

/// Metrics on a development set measured at training time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DevMetrics {
    pub file: String,
    pub rows: u64,
    pub accuracy: f64,
    pub macro_f1: f64,
}

/// Everything about a model except its numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelMeta {
    pub name: String,
    pub stance_version: String,
    /// RFC 3339; `SOURCE_DATE_EPOCH` fixes it for reproducible model bytes.
    pub created: String,
    pub training: TrainingInfo,
    pub dev: Option<DevMetrics>,
}

impl ModelMeta {
    pub(super) fn new(name: String, training: TrainingInfo) -> Self {
        let now = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map(|secs| std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
            .unwrap_or_else(std::time::SystemTime::now);
        ModelMeta {
            name,
            stance_version: env!("CARGO_PKG_VERSION").to_string(),
            created: humantime::format_rfc3339_seconds(now).to_string(),
            training,
            dev: None,
        }
    }
}
