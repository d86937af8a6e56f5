//! Offline learning for the browser (the service worker in `static/sw.js` and the
//! page script `static/app.js`):
//!
//! - `GET /{lang}/offline`: what this device keeps for offline reading, and a button to
//!   remove it (the list itself lives in the browser's cache; the page script fills it in).
//! - `GET /{lang}/offline/pages.json`: the addresses the service worker keeps: the
//!   lessons of every module the learner is enrolled in, in this language, the module
//!   and quiz pages, open quiz attempts, the dashboard.
//! - `POST /{lang}/offline/sync`: lesson completions and quiz answers made offline, sent
//!   when the connection is back. Cookie session and CSRF header (not the bearer API);
//!   applied by the same use-case as the API's `/api/v1/sync` (`enrollment::sync`), so
//!   each event id counts once however often it is sent.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use enrollment::sync::{Event, EventKind, Outcome};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::forms::Fields;
use crate::page::Page;
use crate::routes::learn::text;
use crate::session::Viewer;
use crate::state::AppState;

#[derive(Serialize)]
struct LessonEntry {
    title: crate::routes::learn::Text,
    path: String,
}

#[derive(Serialize)]
struct ModuleEntry {
    slug: String,
    title: crate::routes::learn::Text,
    lessons: Vec<LessonEntry>,
}

pub async fn page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    let user = viewer.user()?.id;
    let db = state.db.clone();
    let learner = web::block(move || enrollment::learning::learner(&db, user)).await??;
    let modules: Vec<ModuleEntry> = learner
        .enrolments
        .iter()
        .map(|e| ModuleEntry {
            slug: e.module.slug.clone(),
            title: text(&e.module.title, lang),
            lessons: e
                .module
                .lessons
                .iter()
                .map(|l| LessonEntry {
                    title: l
                        .best(lang)
                        .map(|(shown, t)| crate::routes::learn::Text {
                            text: t.title.clone(),
                            lang: shown.code(),
                        })
                        .unwrap_or(crate::routes::learn::Text {
                            text: l.slug.clone(),
                            lang: lang.code(),
                        }),
                    path: page.url(&format!("/modules/{}/lessons/{}", e.module.slug, l.slug)),
                })
                .collect(),
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("modules", &modules);
    page.render(&state, "offline.html", "offline", ctx)
}

#[derive(Serialize)]
struct PageList {
    /// Same-origin paths, in the order they should be fetched.
    pages: Vec<String>,
}

/// The web app manifest, in the page's language (name, start page).
pub async fn manifest(
    req: HttpRequest,
    state: web::Data<AppState>,
    assets: web::Data<crate::assets::Assets>,
) -> Result<HttpResponse, AppError> {
    let (lang, _) = crate::locale::split_lang(req.path()).ok_or(AppError::NotFound)?;
    let r = &state.renderer;
    let body = serde_json::json!({
        "name": r.message(lang, "site-name"),
        "short_name": r.message(lang, "site-name"),
        "description": r.message(lang, "site-tagline"),
        "lang": lang.code(),
        "start_url": format!("/{}/dashboard", lang.code()),
        "scope": "/",
        "display": "standalone",
        "background_color": "#f7f8fa",
        "theme_color": "#1f5f8b",
        // PNGs for the platforms that install a web app only with raster icons (older
        // Android launchers, some WebViews); the SVG for the rest; a full-bleed maskable
        // one so a launcher's round or squircle mask does not cut the letter off.
        "icons": [
            {"src": assets.url("icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": assets.url("icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": assets.url("icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {"src": assets.url("icon-maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    });
    Ok(HttpResponse::Ok()
        .insert_header(("content-type", "application/manifest+json"))
        .insert_header(("cache-control", "public, max-age=86400"))
        .body(body.to_string()))
}

pub async fn pages(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let db = state.db.clone();
    let (learner, open_attempts) = web::block(move || -> enrollment::Result<_> {
        let learner = enrollment::learning::learner(&db, user)?;
        let mut open = Vec::new();
        for e in &learner.enrolments {
            if e.module.quiz.is_some() {
                open.extend(enrollment::quizzes::status(&db, user, &e.module.slug)?.open_attempt);
            }
        }
        Ok((learner, open))
    })
    .await??;
    let mut pages = vec![page.url("/dashboard"), page.url("/offline")];
    for e in &learner.enrolments {
        let slug = &e.module.slug;
        pages.push(page.url(&format!("/modules/{slug}")));
        for l in &e.module.lessons {
            pages.push(page.url(&format!("/modules/{slug}/lessons/{}", l.slug)));
        }
        if e.module.quiz.is_some() {
            pages.push(page.url(&format!("/modules/{slug}/quiz")));
        }
    }
    for a in open_attempts {
        pages.push(page.url(&format!("/attempts/{a}")));
    }
    Ok(HttpResponse::Ok()
        .insert_header(("cache-control", "private, no-store"))
        .json(PageList { pages }))
}

/// One thing the learner did offline, as the page script records it.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BrowserEventKind {
    /// "Mark as done" on a lesson.
    Lesson { module: String, lesson: String },
    /// The attempt form as it was (the same fields the form posts).
    Quiz { attempt: String, form: String },
}

#[derive(Deserialize)]
struct BrowserEvent {
    /// Made up by the browser, unique per learner: 1..=40 characters (a quiz event
    /// becomes one sync event per question, `{id}.{n}`).
    id: String,
    at: DateTime<Utc>,
    #[serde(flatten)]
    kind: BrowserEventKind,
}

#[derive(Deserialize)]
pub struct BrowserBatch {
    events: Vec<BrowserEvent>,
}

#[derive(Serialize)]
struct BrowserResult {
    id: String,
    /// `applied` (at least one part was applied now), `duplicate` (all seen before),
    /// `rejected` (with the error key).
    outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'static str>,
}

pub async fn sync(
    viewer: Viewer,
    state: web::Data<AppState>,
    batch: web::Json<BrowserBatch>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.user()?.id;
    let batch = batch.into_inner();
    if batch.events.len() > 100
        || batch
            .events
            .iter()
            .any(|e| e.id.is_empty() || e.id.len() > 40)
    {
        return Err(AppError::BadRequest);
    }
    let db = state.db.clone();
    let results = web::block(move || -> enrollment::Result<Vec<BrowserResult>> {
        let mut results = Vec::new();
        for event in batch.events {
            // One browser event → the service's events (ids derived from its id).
            let events: Vec<Event> = match event.kind {
                BrowserEventKind::Lesson { module, lesson } => vec![Event {
                    id: event.id.clone(),
                    at: event.at,
                    kind: EventKind::Lesson {
                        module,
                        lesson,
                        position: Some(100),
                        completed: true,
                    },
                }],
                BrowserEventKind::Quiz { attempt, form } => {
                    let found = match enrollment::quizzes::attempt(&db, user, &attempt) {
                        Ok(a) => a,
                        Err(e) if !e.is_internal() => {
                            results.push(BrowserResult {
                                id: event.id,
                                outcome: "rejected",
                                error: Some(e.key()),
                            });
                            continue;
                        }
                        Err(e) => return Err(e),
                    };
                    let view = found.view();
                    let (answers, _, _) =
                        super::quiz::parse_answers(&view, &Fields::parse(form.as_bytes()));
                    view.questions
                        .iter()
                        .enumerate()
                        .filter_map(|(n, q)| {
                            answers.get(&q.id).map(|a| Event {
                                id: format!("{}.{n}", event.id),
                                at: event.at,
                                kind: EventKind::QuizAnswer {
                                    attempt: attempt.clone(),
                                    question: q.id.clone(),
                                    answer: a.clone(),
                                },
                            })
                        })
                        .collect()
                }
            };
            let report = enrollment::sync::apply(&db, user, events)?;
            let rejected = report
                .results
                .iter()
                .find(|r| r.outcome == Outcome::Rejected);
            let applied = report.results.iter().any(|r| r.outcome == Outcome::Applied);
            results.push(BrowserResult {
                id: event.id,
                outcome: match (rejected, applied) {
                    (Some(_), _) => "rejected",
                    (None, true) => "applied",
                    (None, false) => "duplicate",
                },
                error: rejected.and_then(|r| r.error),
            });
        }
        Ok(results)
    })
    .await??;
    Ok(HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .json(serde_json::json!({ "results": results })))
}
