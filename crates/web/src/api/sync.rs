//! Progress recorded offline, sent in batches (see `enrollment::sync` for the rules:
//! idempotent by event id; lesson progress only moves forward; later quiz answers win).

use actix_web::{web, HttpRequest};

use super::dto::{SyncOutcome, SyncRequest, SyncResponse, SyncResult};
use super::error::{request_lang, ApiError, ErrorBody, ErrorCode};
use super::{require_json, ApiState, ApiUser};
use crate::state::AppState;

/// Applies a batch of offline events (at most 500), each on its own: one rejected event
/// does not stop the others. Sending the same batch again changes nothing (every event
/// comes back `duplicate`).
#[utoipa::path(
    post,
    path = "/api/v1/sync",
    tag = "sync",
    request_body = SyncRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "What happened to each event. Rejected events carry the error key and message: `error-not-enrolled`, `error-not-found` (no such module, lesson or attempt), `error-attempt-closed`, `error-time-up`, `error-invalid-answer`.", body = SyncResponse),
        (status = 400, description = "`error-api-invalid-json`: the body is not a SyncRequest; `error-invalid-event-id`: an event id is empty or longer than 64 characters; `error-invalid-field`: a module, lesson, attempt or question is empty or longer than 128 characters, a position is outside 0..=100, or an answer is over its size limit (nothing was applied).", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 413, description = "`error-batch-too-large`: more than 500 events; `error-api-too-large`: the body is over 1 MiB (nothing was applied).", body = ErrorBody),
        (status = 415, description = "`error-api-unsupported-media-type`.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn sync(
    req: HttpRequest,
    app: web::Data<AppState>,
    api: web::Data<ApiState>,
    user: ApiUser,
    body: web::Bytes,
) -> Result<web::Json<SyncResponse>, ApiError> {
    // The body was bounded (1 MiB) before it was read; the engine's decoder bounds every
    // field. `SyncRequest` documents the same shape (a test keeps the two in step).
    require_json(&req)?;
    let events = enrollment::sync::decode_batch(&body).map_err(|e| match e {
        enrollment::sync::BatchError::Json(cause) => {
            ApiError::with_cause(ErrorCode::InvalidJson, cause)
        }
        e => ApiError::from(enrollment::Error::from(e)),
    })?;
    let db = app.db.clone();
    let report = web::block(move || enrollment::sync::apply(&db, user.id, events)).await??;
    let lang = request_lang(&req);
    let mut results = Vec::with_capacity(report.results.len());
    for r in report.results {
        let error = r.error.map(ErrorCode::from_key);
        let message = match error {
            Some(code) => Some(api.message(&req, lang, code.key()).await),
            None => None,
        };
        results.push(SyncResult {
            id: r.id,
            outcome: match r.outcome {
                enrollment::sync::Outcome::Applied => SyncOutcome::Applied,
                enrollment::sync::Outcome::Duplicate => SyncOutcome::Duplicate,
                enrollment::sync::Outcome::Rejected => SyncOutcome::Rejected,
            },
            error,
            message,
        });
    }
    Ok(web::Json(SyncResponse {
        results,
        modules_completed: report.modules_completed,
    }))
}
