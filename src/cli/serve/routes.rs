//! The endpoints: `POST /v1/score`, `/v1/predict`, `/v1/batch`; `GET /v1/model`, `/healthz`
//! and the dashboard (`/` and its assets, embedded in the binary).

use super::body::{self, BatchLine, Kind, PredictRequest, ScoreRequest};
use super::errors::{self, ApiError, TIMEOUT_STATUS};
use super::AppState;
use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use futures_util::stream::{self, StreamExt};
use serde::Serialize;
use stance::report::polarity_labels;
use stance::{ArticleReport, ScoreOptions};
use std::convert::Infallible;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

const DASHBOARD_HTML: &str = include_str!("dashboard.html");
const DASHBOARD_CSS: &str = include_str!("dashboard.css");
const DASHBOARD_JS: &str = include_str!("dashboard.js");
/// The dashboard's "Load sample" article: one of the project's own example articles.
const SAMPLE_ARTICLE: &str = include_str!("../../../data/examples/summit.txt");

/// The dashboard may load only its own scripts, styles and API.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                   connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// The whole service: routes, then (innermost first) body limit, timeout, panic guard and
/// the JSON error rewriter.
pub fn router(state: Arc<AppState>) -> Router {
    let model_json = Bytes::from(crate::cli::inspect::model_info(&state.model).to_string());
    Router::new()
        .route("/v1/score", post(score))
        .route("/v1/predict", post(predict))
        .route("/v1/batch", post(batch))
        .route(
            "/v1/model",
            get(move || async move { json_response(model_json.clone()) }),
        )
        .route("/healthz", get(healthz))
        .route("/", get(|| async { asset("text/html", DASHBOARD_HTML) }))
        .route(
            "/dashboard.css",
            get(|| async { asset("text/css", DASHBOARD_CSS) }),
        )
        .route(
            "/dashboard.js",
            get(|| async { asset("text/javascript", DASHBOARD_JS) }),
        )
        .route(
            "/sample.txt",
            get(|| async { asset("text/plain", SAMPLE_ARTICLE) }),
        )
        .fallback(errors::not_found)
        .method_not_allowed_fallback(errors::method_not_allowed)
        .with_state(Arc::clone(&state))
        .layer(DefaultBodyLimit::max(state.body_limit))
        .layer(RequestBodyLimitLayer::new(state.body_limit))
        .layer(TimeoutLayer::with_status_code(
            TIMEOUT_STATUS,
            state.timeout,
        ))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::map_response_with_state(
            Arc::clone(&state),
            errors::json_errors,
        ))
}

type Raw = Result<Bytes, BytesRejection>;

/// `POST /v1/score`: an article as `text/plain`, or `{"text", "targets"}` as JSON; answers
/// the report `stance score --format json` prints.
async fn score(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    raw: Raw,
) -> Result<Response, ApiError> {
    let kind = body::kind(&headers, &[Kind::Text, Kind::Json])?;
    let bytes = body::bytes(raw, st.body_limit)?;
    let request = match kind {
        Kind::Text => ScoreRequest {
            text: body::utf8(&bytes)?.to_owned(),
            targets: Vec::new(),
        },
        _ => body::json(&bytes)?,
    };
    body::check_text(&request.text)?;
    let json = st
        .blocking(move |st| {
            let report = score_article(st, &request.text, request.targets);
            serde_json::to_vec(&report)
        })
        .await?
        .map_err(|e| ApiError::internal(format!("cannot encode the report: {e}")))?;
    Ok(json_response(json))
}

fn score_article(st: &AppState, text: &str, targets: Vec<String>) -> ArticleReport {
    st.model
        .score_article_with(text, &st.finder, &ScoreOptions { targets })
}

/// `POST /v1/predict`: one target in one text; answers the label and probabilities.
async fn predict(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    raw: Raw,
) -> Result<Response, ApiError> {
    body::kind(&headers, &[Kind::Json])?;
    let bytes = body::bytes(raw, st.body_limit)?;
    let request: PredictRequest = body::json(&bytes)?;
    body::check_text(&request.text)?;
    let span = request.span()?;
    let json = st
        .blocking(move |st| {
            let p = st.model.predict(&request.text, span.clone());
            let score = polarity_labels(st.model.labels()).map(|(pos, neg)| {
                let labels = st.model.labels();
                p.probabilities[&labels[pos]] - p.probabilities[&labels[neg]]
            });
            let target = match &request.topic {
                Some(topic) => topic.as_str(),
                None => &request.text[span.clone()],
            };
            serde_json::json!({
                "target": target,
                "target_start": span.start,
                "target_end": span.end,
                "label": p.label,
                "score": score,
                "probabilities": p.probabilities,
            })
            .to_string()
        })
        .await?;
    Ok(json_response(json))
}

/// One line of the `/v1/batch` answer.
#[derive(Serialize)]
struct BatchResult<'a> {
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    report: &'a ArticleReport,
}

/// `POST /v1/batch`: JSON lines of `{"text", "targets", "id"}` in, JSON lines of
/// `{"index", "id", "report"}` out, in input order, each sent as soon as it and every line
/// before it are scored. Every line is checked before the answer starts, so a bad line is
/// a plain 4xx naming it.
async fn batch(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    raw: Raw,
) -> Result<Response, ApiError> {
    body::kind(&headers, &[Kind::JsonLines])?;
    let bytes = body::bytes(raw, st.body_limit)?;
    let mut docs = Vec::new();
    for (n, line) in body::utf8(&bytes)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: BatchLine = body::json(line.as_bytes()).map_err(|e| e.at_line(n + 1))?;
        body::check_text(&doc.text).map_err(|e| e.at_line(n + 1))?;
        docs.push(doc);
    }
    if docs.is_empty() {
        return Err(ApiError::invalid(
            "no documents: send one JSON object per line, e.g. {\"text\": \"...\"}",
        ));
    }
    let shared = Arc::clone(&st);
    let lines = stream::iter(docs.into_iter().enumerate())
        .map(move |(index, doc)| batch_line(Arc::clone(&shared), index, doc))
        .buffered(st.n_workers)
        .map(Ok::<Bytes, Infallible>);
    let mut response = Body::from_stream(lines).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    Ok(response)
}

/// Scores one batch document; a failure becomes `{"index", "id", "error"}` on its line.
async fn batch_line(st: Arc<AppState>, index: usize, doc: BatchLine) -> Bytes {
    let id = doc.id.clone();
    let work = st.blocking(move |st| {
        let report = score_article(st, &doc.text, doc.targets);
        let result = BatchResult {
            index,
            id: doc.id.as_ref(),
            report: &report,
        };
        serde_json::to_vec(&result).map_err(|e| e.to_string())
    });
    let error = match tokio::time::timeout(st.timeout, work).await {
        Ok(Ok(Ok(mut line))) => {
            line.push(b'\n');
            return Bytes::from(line);
        }
        Ok(Ok(Err(e))) => format!("cannot encode the report: {e}"),
        Ok(Err(e)) => e.message,
        Err(_) => format!(
            "document took longer than the server's limit of {} (status {})",
            humantime::format_duration(st.timeout),
            TIMEOUT_STATUS.as_u16()
        ),
    };
    let mut line = serde_json::json!({ "index": index, "id": id, "error": error }).to_string();
    line.push('\n');
    Bytes::from(line)
}

async fn healthz(State(st): State<Arc<AppState>>) -> Response {
    json_response(serde_json::json!({ "status": "ok", "model": st.model.meta().name }).to_string())
}

fn json_response(body: impl Into<Body>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body.into(),
    )
        .into_response()
}

fn asset(content_type: &'static str, text: &'static str) -> Response {
    let content_type = match content_type {
        "text/plain" => "text/plain; charset=utf-8",
        "text/css" => "text/css; charset=utf-8",
        "text/javascript" => "text/javascript; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        text,
    )
        .into_response()
}
