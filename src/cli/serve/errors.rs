//! Every error the server sends is `{"error": "..."}` with a fitting status: handlers return
//! [`ApiError`], and [`json_errors`] rewrites the responses the framework and the middleware
//! make on their own (413 from the body limit, timeouts, panics) into the same shape.

use axum::extract::State;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

use super::AppState;

/// The status the per-request timeout answers with.
pub const TIMEOUT_STATUS: StatusCode = StatusCode::SERVICE_UNAVAILABLE;

/// An error answer: a status and a one-line message.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

/// Marks a response whose body is already a JSON error.
#[derive(Clone, Copy)]
struct JsonErrorBody;

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// Well-formed input that cannot be used (empty text, unknown field, bad span).
    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, message)
    }

    /// Input that cannot be parsed (malformed JSON, invalid UTF-8).
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn unsupported_type(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, message)
    }

    pub fn too_large(limit: usize) -> Self {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request body is larger than the limit of {limit} bytes (see --body-limit)"),
        )
    }

    /// The same error, located on line `line` of a JSON-lines body.
    pub fn at_line(self, line: usize) -> Self {
        ApiError::new(self.status, format!("line {line}: {}", self.message))
    }

    pub fn internal(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// A JSON request body that serde rejected: syntax errors are 400, a well-formed
    /// document of the wrong shape (unknown or missing field, wrong type) is 422.
    pub fn from_json(e: serde_json::Error) -> Self {
        use serde_json::error::Category;
        match e.classify() {
            Category::Data => ApiError::invalid(e.to_string()),
            Category::Syntax | Category::Eof | Category::Io => {
                ApiError::bad_request(format!("malformed JSON: {e}"))
            }
        }
    }
}

/// `{"error": message}` as a response with `status`.
pub fn error_response(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message }).to_string();
    let mut response = (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response();
    response.extensions_mut().insert(JsonErrorBody);
    response
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(self.status, &self.message)
    }
}

/// Outermost middleware: gives every error response not made by [`ApiError`] a JSON body
/// that says what happened, keeping its status and headers.
pub async fn json_errors(State(state): State<Arc<AppState>>, response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.extensions().get::<JsonErrorBody>().is_some()
    {
        return response;
    }
    let message = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::too_large(state.body_limit).message,
        TIMEOUT_STATUS => format!(
            "request took longer than the server's limit of {} (see --timeout)",
            humantime::format_duration(state.timeout)
        ),
        StatusCode::INTERNAL_SERVER_ERROR => {
            "internal error while handling the request; the server is still running".into()
        }
        other => other
            .canonical_reason()
            .unwrap_or("request failed")
            .to_ascii_lowercase(),
    };
    let mut out = error_response(status, &message);
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

/// A known path with the wrong method (axum adds the `Allow` header).
pub async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    let path = uri.path();
    let allowed = match path {
        "/v1/score" | "/v1/predict" | "/v1/batch" => "POST",
        _ => "GET",
    };
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {path}; use {allowed}"),
    )
}

/// Unknown paths.
pub async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no such endpoint; the API is POST /v1/score, /v1/predict, /v1/batch and GET /v1/model, /healthz, with the dashboard at GET /",
    )
}
