//! Request bodies: content types, JSON documents and the checks every article passes.

use super::errors::ApiError;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::{header, HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// What a request body is, by its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Json,
    JsonLines,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Text => "text/plain",
            Kind::Json => "application/json",
            Kind::JsonLines => "application/x-ndjson",
        }
    }
}

/// The body's kind, if it is one of `accepted`; otherwise a 415 that lists them.
pub fn kind(headers: &HeaderMap, accepted: &[Kind]) -> Result<Kind, ApiError> {
    let wanted = || {
        accepted
            .iter()
            .map(|k| k.name())
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let Some(value) = headers.get(header::CONTENT_TYPE) else {
        return Err(ApiError::unsupported_type(format!(
            "missing content-type; send {}",
            wanted()
        )));
    };
    let value = value.to_str().unwrap_or("").to_ascii_lowercase();
    let mut parts = value.split(';').map(str::trim);
    let essence = parts.next().unwrap_or("");
    let found = match essence {
        "text/plain" => Some(Kind::Text),
        "application/json" => Some(Kind::Json),
        "application/x-ndjson"
        | "application/ndjson"
        | "application/jsonl"
        | "application/x-jsonlines"
        | "application/jsonlines"
        | "application/json-lines" => Some(Kind::JsonLines),
        e if e.starts_with("application/") && e.ends_with("+json") => Some(Kind::Json),
        _ => None,
    };
    match found {
        Some(k) if accepted.contains(&k) => {
            let charset = parts
                .filter_map(|p| p.strip_prefix("charset="))
                .map(|c| c.trim_matches('"'))
                .find(|c| !matches!(*c, "utf-8" | "utf8" | "us-ascii"));
            match charset {
                Some(other) => Err(ApiError::unsupported_type(format!(
                    "charset {other:?} is not supported; send UTF-8"
                ))),
                None => Ok(k),
            }
        }
        _ => Err(ApiError::unsupported_type(format!(
            "content-type {essence:?} is not accepted here; send {}",
            wanted()
        ))),
    }
}

/// The whole body, or a 413 when it is over the limit (a 400 for other read errors).
pub fn bytes(body: Result<Bytes, BytesRejection>, limit: usize) -> Result<Bytes, ApiError> {
    body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::too_large(limit)
        } else {
            ApiError::bad_request(format!("cannot read the request body: {rejection}"))
        }
    })
}

/// The body as UTF-8 text.
pub fn utf8(bytes: &[u8]) -> Result<&str, ApiError> {
    std::str::from_utf8(bytes).map_err(|e| {
        ApiError::bad_request(format!(
            "the body is not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        ))
    })
}

/// A JSON document of type `T` (unknown fields are refused by `T`).
pub fn json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request(
            "malformed JSON: the body is empty, expected a JSON object",
        ));
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        // Say "malformed" only when it is not JSON at all; serde would also take an array.
        return Err(
            match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
                Ok(_) => ApiError::invalid("expected a JSON object, e.g. {\"text\": \"...\"}"),
                Err(e) => ApiError::from_json(e),
            },
        );
    }
    serde_json::from_slice(bytes).map_err(ApiError::from_json)
}

/// An article the scorer can take: not empty, not binary.
pub fn check_text(text: &str) -> Result<(), ApiError> {
    if text.trim().is_empty() {
        return Err(ApiError::invalid(
            "text is empty; send the article to score",
        ));
    }
    if text.contains('\0') {
        return Err(ApiError::invalid(
            "text contains NUL characters: binary data, not an article",
        ));
    }
    Ok(())
}

/// `POST /v1/score` with `application/json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreRequest {
    pub text: String,
    /// Report only these actors (name or alias); absent or empty means all.
    #[serde(default)]
    pub targets: Vec<String>,
}

/// One line of `POST /v1/batch`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchLine {
    pub text: String,
    #[serde(default)]
    pub targets: Vec<String>,
    /// Any JSON value, echoed back with the line's result.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
}

/// `POST /v1/predict`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PredictRequest {
    pub text: String,
    pub target: Option<String>,
    pub target_start: Option<usize>,
    pub target_end: Option<usize>,
    /// A topic the text need not name (the CLI's `--topics`): never looked up.
    pub topic: Option<String>,
}

impl PredictRequest {
    /// The target's byte span in `text`: from `target_start`/`target_end` (checked against
    /// `target` when both are given), from the first occurrence of `target`, or, for a
    /// `topic`, empty before the first byte (as `stance train --topics` reads every row).
    pub fn span(&self) -> Result<std::ops::Range<usize>, ApiError> {
        let text = &self.text;
        if let Some(topic) = &self.topic {
            if self.target.is_some() || self.target_start.is_some() || self.target_end.is_some() {
                return Err(ApiError::invalid("give a topic or a target, not both"));
            }
            if topic.trim().is_empty() {
                return Err(ApiError::invalid("topic is empty"));
            }
            return Ok(0..0);
        }
        match (self.target_start, self.target_end) {
            (Some(start), Some(end)) => {
                if start >= end || end > text.len() {
                    return Err(ApiError::invalid(format!(
                        "target_start..target_end ({start}..{end}) must be a non-empty byte \
                         range within the text ({} bytes)",
                        text.len()
                    )));
                }
                if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    return Err(ApiError::invalid(format!(
                        "target_start..target_end ({start}..{end}) splits a character; \
                         offsets are UTF-8 byte offsets"
                    )));
                }
                if let Some(target) = &self.target {
                    if &text[start..end] != target {
                        return Err(ApiError::invalid(format!(
                            "target {target:?} does not match the text at {start}..{end} ({:?})",
                            &text[start..end]
                        )));
                    }
                }
                Ok(start..end)
            }
            (None, None) => match self.target.as_deref() {
                Some("") => Err(ApiError::invalid("target is empty")),
                Some(target) => stance::Example::new(text.as_str(), target, None)
                    .map(|e| e.target)
                    .ok_or_else(|| {
                        ApiError::invalid(format!("target {target:?} does not occur in the text"))
                    }),
                None => Err(ApiError::invalid(
                    "give the target as `target` (text to find), as `target_start` and \
                     `target_end` (byte offsets), or as a `topic`",
                )),
            },
            _ => Err(ApiError::invalid(
                "give both target_start and target_end, or neither",
            )),
        }
    }
}
