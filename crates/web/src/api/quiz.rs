//! Quiz attempts: start or resume, read, save answers, submit.

use actix_web::{web, HttpRequest};
use chrono::Utc;
use enrollment::quizzes::{self, Saved};

use super::dto::{into_answers, Attempt, LangQuery, SaveAnswers, Submit, Submitted};
use super::error::{ApiError, ErrorBody, ErrorCode};
use super::{content_lang, optional_json, ApiUser};
use crate::state::AppState;

fn view(a: &quizzes::Attempt) -> Attempt {
    Attempt::of(a, Utc::now().naive_utc())
}

/// Resumes the learner's open attempt at the module's quiz, or starts a new one if
/// attempts remain. The questions carry no answer key.
#[utoipa::path(
    post,
    path = "/api/v1/modules/{slug}/quiz/attempts",
    tag = "quiz",
    params(
        ("slug" = String, Path, description = "The module's slug."),
        LangQuery,
    ),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The open attempt (new or resumed).", body = Attempt),
        (status = 400, description = "`error-api-invalid-language`.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such module, or it has no quiz.", body = ErrorBody),
        (status = 409, description = "`error-not-enrolled`: enrol first; `error-no-attempts-left`: every allowed attempt is used.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn start(
    req: HttpRequest,
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<web::Json<Attempt>, ApiError> {
    let lang = content_lang(&req, &query)?;
    let slug = path.into_inner();
    let db = app.db.clone();
    let attempt = web::block(move || quizzes::start_or_resume(&db, user.id, &slug, lang)).await??;
    Ok(web::Json(view(&attempt)))
}

/// One of the learner's attempts: the questions, the saved answers and, once submitted,
/// the grade with per-question feedback. Another learner's attempt is 404.
#[utoipa::path(
    get,
    path = "/api/v1/attempts/{id}",
    tag = "quiz",
    params(("id" = String, Path, description = "The attempt's id.")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The attempt.", body = Attempt),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such attempt of this learner.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn attempt(
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<String>,
) -> Result<web::Json<Attempt>, ApiError> {
    let id = path.into_inner();
    let db = app.db.clone();
    let attempt = web::block(move || quizzes::attempt(&db, user.id, &id)).await??;
    Ok(web::Json(view(&attempt)))
}

/// Saves answers of an open attempt: each replaces the saved answer to its question;
/// `cleared` removes saved answers.
#[utoipa::path(
    put,
    path = "/api/v1/attempts/{id}/answers",
    tag = "quiz",
    params(("id" = String, Path, description = "The attempt's id.")),
    request_body = SaveAnswers,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; the attempt with every saved answer.", body = Attempt),
        (status = 400, description = "`error-api-invalid-json`: the body is not a SaveAnswers.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such attempt of this learner.", body = ErrorBody),
        (status = 409, description = "`error-attempt-closed`: already submitted; `error-time-up`: the time limit passed, nothing was saved and the attempt has been graded.", body = ErrorBody),
        (status = 413, description = "`error-api-too-large`.", body = ErrorBody),
        (status = 415, description = "`error-api-unsupported-media-type`.", body = ErrorBody),
        (status = 422, description = "`error-invalid-answer`: an answer does not fit its question (unknown question, wrong type, index out of range).", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn save(
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<String>,
    body: web::Json<SaveAnswers>,
) -> Result<web::Json<Attempt>, ApiError> {
    let id = path.into_inner();
    let SaveAnswers { answers, cleared } = body.into_inner();
    let db = app.db.clone();
    let saved = web::block(move || {
        quizzes::save_answers(&db, user.id, &id, into_answers(answers), &cleared)
    })
    .await??;
    match saved {
        Saved::Saved(attempt) => Ok(web::Json(view(&attempt))),
        Saved::TimeUp(_) => Err(ApiError::new(ErrorCode::TimeUp)),
    }
}

/// Grades and closes the attempt. Answers in the body (optional) are merged with the
/// saved ones first, if they arrive in time. Submitting a submitted attempt again
/// returns it unchanged.
#[utoipa::path(
    post,
    path = "/api/v1/attempts/{id}/submit",
    tag = "quiz",
    params(("id" = String, Path, description = "The attempt's id.")),
    request_body(content = Option<Submit>, description = "Optional: last answers to merge before grading."),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Graded: the attempt with its result and per-question feedback.", body = Submitted),
        (status = 400, description = "`error-api-invalid-json`: the body is not a Submit.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such attempt of this learner.", body = ErrorBody),
        (status = 413, description = "`error-api-too-large`.", body = ErrorBody),
        (status = 415, description = "`error-api-unsupported-media-type`: a body that is not `application/json`.", body = ErrorBody),
        (status = 422, description = "`error-invalid-answer`: an answer does not fit its question; nothing was submitted.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn submit(
    req: HttpRequest,
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<web::Json<Submitted>, ApiError> {
    let id = path.into_inner();
    let Submit { answers } = optional_json(&req, &body)?;
    let final_answers = (!answers.is_empty()).then(|| into_answers(answers));
    let db = app.db.clone();
    let submitted = web::block(move || quizzes::submit(&db, user.id, &id, final_answers)).await??;
    Ok(web::Json(Submitted {
        attempt: view(&submitted.attempt),
        time_expired: submitted.time_expired,
        module_completed_now: submitted.module_completed_now,
    }))
}
