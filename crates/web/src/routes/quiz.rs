//! Quizzes: the status page (attempts, history), the attempt form (every question type
//! works without JavaScript; with it, answers are saved as the learner goes), saving,
//! submitting, and the result page with feedback.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use courses::{Answer, QuestionViewKind, QuizView};
use enrollment::quizzes::{self, Attempt, Saved};
use serde::Serialize;
use tera::Context;

use crate::error::AppError;
use crate::forms::Fields;
use crate::page::Page;
use crate::routes::learn::text;
use crate::session::Viewer;
use crate::state::AppState;

/// Reads the attempt form. Field names: `q.ID` (single, true/false, text, numeric),
/// `q.ID.N` (multiple: shown option N ticked; matching: left N → shown right index;
/// ordering: shown item N → position 1..n). Returns the answers and the questions the
/// learner left empty, or per-question error keys.
pub(crate) fn parse_answers(
    view: &QuizView,
    f: &Fields,
) -> (
    BTreeMap<String, Answer>,
    Vec<String>,
    BTreeMap<String, &'static str>,
) {
    let mut answers = BTreeMap::new();
    let mut cleared = Vec::new();
    let mut errors = BTreeMap::new();
    for q in &view.questions {
        let key = format!("q.{}", q.id);
        let value = f.get(&key).trim();
        let answer = match &q.kind {
            QuestionViewKind::Single { options } => value
                .parse::<usize>()
                .ok()
                .filter(|i| *i < options.len())
                .map(Answer::Single),
            QuestionViewKind::Multiple { options } => {
                let ticked: Vec<usize> = (0..options.len())
                    .filter(|i| f.has(&format!("{key}.{i}")))
                    .collect();
                (!ticked.is_empty()).then_some(Answer::Multiple(ticked))
            }
            QuestionViewKind::TrueFalse => match value {
                "true" => Some(Answer::TrueFalse(true)),
                "false" => Some(Answer::TrueFalse(false)),
                _ => None,
            },
            QuestionViewKind::ShortText => {
                (!value.is_empty()).then(|| Answer::Text(value.chars().take(500).collect()))
            }
            QuestionViewKind::Numeric => {
                if value.is_empty() {
                    None
                } else if courses::parse_number(value).is_none() {
                    errors.insert(q.id.clone(), "error-not-a-number");
                    None
                } else {
                    Some(Answer::Numeric(value.to_string()))
                }
            }
            QuestionViewKind::Matching { left, right } => {
                let chosen: Vec<Option<usize>> = (0..left.len())
                    .map(|i| {
                        f.get(&format!("{key}.{i}"))
                            .parse::<usize>()
                            .ok()
                            .filter(|r| *r < right.len())
                    })
                    .collect();
                chosen
                    .iter()
                    .any(Option::is_some)
                    .then_some(Answer::Matching(chosen))
            }
            QuestionViewKind::Ordering { items } => {
                let positions: Vec<Option<usize>> = (0..items.len())
                    .map(|i| {
                        f.get(&format!("{key}.{i}"))
                            .parse::<usize>()
                            .ok()
                            .filter(|p| (1..=items.len()).contains(p))
                    })
                    .collect();
                if positions.iter().all(Option::is_none) {
                    None
                } else if positions.iter().any(Option::is_none) {
                    errors.insert(q.id.clone(), "error-order-incomplete");
                    None
                } else {
                    let mut order: Vec<(usize, usize)> = positions
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (p.unwrap_or(0), i))
                        .collect();
                    order.sort();
                    if order.windows(2).any(|w| w[0].0 == w[1].0) {
                        errors.insert(q.id.clone(), "error-order-duplicate");
                        None
                    } else {
                        Some(Answer::Ordering(
                            order.into_iter().map(|(_, i)| i).collect(),
                        ))
                    }
                }
            }
        };
        match answer {
            Some(a) => {
                answers.insert(q.id.clone(), a);
            }
            None if !errors.contains_key(&q.id) => cleared.push(q.id.clone()),
            None => {}
        }
    }
    (answers, cleared, errors)
}

/// What the form shows for each question: the saved answer in form terms.
fn form_values(view: &QuizView, answers: &BTreeMap<String, Answer>) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    for q in &view.questions {
        let key = format!("q.{}", q.id);
        match answers.get(&q.id) {
            Some(Answer::Single(i)) => {
                values.insert(key, i.to_string());
            }
            Some(Answer::Multiple(ticked)) => {
                for i in ticked {
                    values.insert(format!("{key}.{i}"), "on".into());
                }
            }
            Some(Answer::TrueFalse(b)) => {
                values.insert(key, b.to_string());
            }
            Some(Answer::Text(t)) | Some(Answer::Numeric(t)) => {
                values.insert(key, t.clone());
            }
            Some(Answer::Matching(chosen)) => {
                for (i, c) in chosen.iter().enumerate() {
                    if let Some(c) = c {
                        values.insert(format!("{key}.{i}"), c.to_string());
                    }
                }
            }
            Some(Answer::Ordering(order)) => {
                for (position, item) in order.iter().enumerate() {
                    values.insert(format!("{key}.{item}"), (position + 1).to_string());
                }
            }
            None => {}
        }
    }
    values
}

/// Shows what the learner typed (not what was saved) with each problem beside it.
fn with_typed_values(
    ctx: &mut Context,
    attempt: &Attempt,
    fields: &Fields,
    errors: &BTreeMap<String, &'static str>,
) {
    let mut values = form_values(&attempt.view(), &attempt.answers);
    values.extend(fields.echo());
    ctx.insert("values", &values);
    ctx.insert("errors", errors);
}

#[derive(Serialize)]
struct HistoryRow {
    id: String,
    number: i32,
    started: String,
    score: Option<String>,
    passed: Option<bool>,
}

pub async fn status_page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    let user = viewer.user()?.id;
    let (_, slug) = path.into_inner();
    let db = state.db.clone();
    let s = slug.clone();
    let (status, learner) = web::block(move || -> enrollment::Result<_> {
        Ok((
            quizzes::status(&db, user, &s)?,
            enrollment::learning::learner(&db, user)?,
        ))
    })
    .await?
    .map_err(|e| match e {
        enrollment::Error::NotEnrolled => {
            AppError::Redirect(format!("/{}/modules/{slug}", lang.code()))
        }
        other => other.into(),
    })?;
    let enrolment = learner.enrolment(&slug).ok_or(AppError::NotFound)?;
    let mut ctx = Context::new();
    ctx.insert("module_slug", &slug);
    ctx.insert("module_title", &text(&enrolment.module.title, lang));
    ctx.insert("pass_mark", &status.settings.pass_mark);
    ctx.insert("time_limit", &status.settings.time_limit_minutes);
    ctx.insert("max_attempts", &status.settings.max_attempts);
    ctx.insert("attempts_left", &status.attempts_left);
    ctx.insert("open_attempt", &status.open_attempt);
    ctx.insert("passed", &status.passed);
    ctx.insert(
        "best_score",
        &status
            .best_score
            .map(|s| i18n::format::percent(lang, s / 100.0)),
    );
    ctx.insert(
        "history",
        &status
            .history
            .iter()
            .map(|h| HistoryRow {
                id: h.public_id.clone(),
                number: h.attempt_no,
                started: i18n::format::date(lang, h.started_at.date()),
                score: h
                    .score_percent
                    .map(|s| i18n::format::percent(lang, s / 100.0)),
                passed: h.passed,
            })
            .collect::<Vec<_>>(),
    );
    let (done, total) = learner.lesson_counts(&slug);
    ctx.insert("lessons_left", &(total - done));
    page.render(&state, "quiz-status.html", "quiz", ctx)
}

pub async fn start(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    let user = viewer.user()?.id;
    let (_, slug) = path.into_inner();
    let db = state.db.clone();
    let s = slug.clone();
    match web::block(move || quizzes::start_or_resume(&db, user, &s, lang)).await? {
        Ok(attempt) => Ok(page.redirect(&format!("/attempts/{}", attempt.public_id))),
        Err(enrollment::Error::NoAttemptsLeft) => {
            Page::flash(&req, "error-no-attempts-left");
            Ok(page.redirect(&format!("/modules/{slug}/quiz")))
        }
        Err(e) => Err(e.into()),
    }
}

async fn load_attempt(state: &AppState, user: i64, id: String) -> Result<Attempt, AppError> {
    let db = state.db.clone();
    Ok(web::block(move || quizzes::attempt(&db, user, &id)).await??)
}

fn attempt_context(page: &Page, attempt: &Attempt) -> Context {
    let lang = page.lang;
    let mut ctx = Context::new();
    let view = attempt.view();
    ctx.insert("attempt_id", &attempt.public_id);
    ctx.insert("attempt_no", &attempt.attempt_no);
    ctx.insert("module_slug", &attempt.module.slug);
    ctx.insert("module_title", &text(&attempt.module.title, lang));
    ctx.insert("quiz_lang", attempt.lang.code());
    ctx.insert("fallback", &(attempt.lang != lang));
    ctx.insert("quiz_lang_name", attempt.lang.native_name());
    ctx.insert("pass_mark", &attempt.settings().pass_mark);
    ctx.insert(
        "seconds_left",
        &attempt.seconds_left(Utc::now().naive_utc()),
    );
    ctx.insert(
        "deadline",
        &attempt.deadline_at.map(|d| d.format("%H:%M").to_string()),
    );
    ctx.insert("values", &form_values(&view, &attempt.answers));
    let questions: Vec<serde_json::Value> = view
        .questions
        .iter()
        .map(|q| {
            let mut v = serde_json::to_value(q).unwrap_or_default();
            // Question texts are inline Markdown: render (sanitized) once here.
            v["html"] = courses::render_inline_html(&q.text).into();
            v
        })
        .collect();
    ctx.insert("questions", &questions);
    ctx.insert("answered", &attempt.answers.len());
    ctx.insert("errors", &BTreeMap::<String, &str>::new());
    ctx.insert("total", &view.questions.len());
    ctx
}

pub async fn attempt_page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, id) = path.into_inner();
    let attempt = load_attempt(&state, user, id).await?;
    if attempt.is_open() {
        let ctx = attempt_context(&page, &attempt);
        page.render(&state, "attempt.html", "quiz", ctx)
    } else {
        result_page(&page, &state, &attempt)
    }
}

fn result_page(page: &Page, state: &AppState, attempt: &Attempt) -> Result<HttpResponse, AppError> {
    let lang = page.lang;
    let mut ctx = attempt_context(page, attempt);
    let view = attempt.view();
    ctx.insert(
        "score",
        &attempt
            .score_percent
            .map(|s| i18n::format::percent(lang, s / 100.0)),
    );
    ctx.insert("passed", &attempt.passed.unwrap_or(false));
    let grade = attempt.grade.as_ref().ok_or(AppError::NotFound)?;
    // Pair each graded question with its text as shown.
    let reviewed: Vec<serde_json::Value> = grade
        .per_question
        .iter()
        .map(|g| {
            let q = view.questions.iter().find(|q| q.id == g.id);
            serde_json::json!({
                "id": g.id,
                "text": q.map(|q| q.text.clone()).unwrap_or_default(),
                "points": g.points,
                "awarded": i18n::format::number(lang, (g.awarded * 100.0).round() / 100.0),
                "full": g.score >= 0.999,
                "partial": g.score > 0.0 && g.score < 0.999,
                "answered": g.answered,
                "feedback": g.feedback,
                "review": g.review,
            })
        })
        .collect();
    ctx.insert("reviewed", &reviewed);
    page.render(state, "attempt-result.html", "quiz", ctx)
}

/// Saves answers (the "save" button without JavaScript; the autosave script with it).
pub async fn save(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, id) = path.into_inner();
    let attempt = load_attempt(&state, user, id.clone()).await?;
    let fields = Fields::parse(&body);
    let (answers, cleared, errors) = parse_answers(&attempt.view(), &fields);
    let scripted = req.headers().contains_key("x-csrf-token");
    let db = state.db.clone();
    let saved =
        web::block(move || quizzes::save_answers(&db, user, &id, answers, &cleared)).await?;
    match saved {
        Ok(Saved::Saved(attempt)) => {
            if scripted {
                return Ok(HttpResponse::Ok()
                    .json(serde_json::json!({"saved": attempt.answers.len(), "errors": errors})));
            }
            let mut ctx = attempt_context(&page, &attempt);
            if errors.is_empty() {
                ctx.insert("saved_notice", &true);
            } else {
                // Show what was typed, with the problem next to it.
                with_typed_values(&mut ctx, &attempt, &fields, &errors);
            }
            let status = if errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            page.render_status(&state, status, "attempt.html", "quiz", ctx)
        }
        Ok(Saved::TimeUp(attempt)) => {
            if scripted {
                return Ok(
                    HttpResponse::Conflict().json(serde_json::json!({"error": "error-time-up"}))
                );
            }
            Page::flash(&req, "error-time-up");
            Ok(page.redirect(&format!("/attempts/{}", attempt.public_id)))
        }
        Err(enrollment::Error::AttemptClosed) => {
            Ok(page.redirect(&format!("/attempts/{}", attempt.public_id)))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn submit(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, id) = path.into_inner();
    let attempt = load_attempt(&state, user, id.clone()).await?;
    let fields = Fields::parse(&body);
    let (answers, cleared, errors) = parse_answers(&attempt.view(), &fields);
    if !errors.is_empty() && attempt.is_open() {
        // Nothing is submitted while a field cannot be read: the learner fixes it first.
        let mut ctx = attempt_context(&page, &attempt);
        with_typed_values(&mut ctx, &attempt, &fields, &errors);
        return page.render_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt.html",
            "quiz",
            ctx,
        );
    }
    let db = state.db.clone();
    let submitted = web::block(move || -> enrollment::Result<_> {
        // The form is the learner's final word: emptied questions count as unanswered.
        let mut final_answers = attempt.answers.clone();
        for c in &cleared {
            final_answers.remove(c);
        }
        final_answers.extend(answers);
        quizzes::submit(&db, user, &id, Some(final_answers))
    })
    .await??;
    if submitted.time_expired {
        Page::flash(&req, "flash-time-expired");
    } else if submitted.module_completed_now {
        Page::flash(&req, "flash-module-complete");
    }
    Ok(page.redirect(&format!("/attempts/{}", submitted.attempt.public_id)))
}
