//! The catalogue, a module's page, enrolment, the dashboard, lessons and their images.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use courses::{CourseMap, Lang, Localized, Module, Unmet};
use enrollment::catalog::{self, Catalogue};
use enrollment::learning::{self, Learner};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::forms::Fields;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

/// A text in the best language available, with that language (for `lang=` when it is
/// not the page's).
#[derive(Serialize, Clone)]
pub struct Text {
    pub text: String,
    pub lang: &'static str,
}

pub fn text(l: &Localized<String>, lang: Lang) -> Text {
    match l.best(lang) {
        Some((shown, t)) => Text {
            text: t.clone(),
            lang: shown.code(),
        },
        None => Text {
            text: String::new(),
            lang: lang.code(),
        },
    }
}

#[derive(Serialize)]
struct ModuleCard {
    slug: String,
    title: Text,
    summary: Text,
    minutes: u32,
    lessons: usize,
    languages: Vec<&'static str>,
    enrolled: bool,
    completed: bool,
    done: usize,
    percent: usize,
    /// `percent` rounded down to a multiple of 5: the bar's CSS class (the CSP allows no
    /// inline styles).
    bar: usize,
    unmet: Vec<Text>,
}

#[derive(Serialize)]
struct LevelCard {
    slug: String,
    order: u32,
    title: Text,
    summary: Text,
    unmet: Vec<Text>,
    modules: Vec<ModuleCard>,
    all_enrolled: bool,
}

/// Languages in which every lesson of the module exists.
fn module_languages(m: &Module) -> Vec<&'static str> {
    Lang::ALL
        .into_iter()
        .filter(|l| !m.lessons.is_empty() && m.lessons.iter().all(|x| x.variants.contains_key(l)))
        .map(Lang::code)
        .collect()
}

fn unmet_texts(unmet: &[Unmet], catalogue: &Catalogue, lang: Lang) -> Vec<Text> {
    unmet
        .iter()
        .filter_map(|u| match u {
            Unmet::Module(slug) => catalogue
                .module(slug)
                .map(|(_, m)| text(&m.module.title, lang)),
            Unmet::Level(slug) => catalogue.level(slug).map(|l| text(&l.level.title, lang)),
        })
        .collect()
}

/// `anonymous_map`: the catalogue's course map for a visitor who is not signed in
/// (built once per page by the caller, not once per card).
fn module_card(
    m: &Module,
    catalogue: &Catalogue,
    learner: Option<&Learner>,
    anonymous_map: Option<&CourseMap>,
    lang: Lang,
) -> ModuleCard {
    let (done, total) = learner
        .map(|l| l.lesson_counts(&m.slug))
        .unwrap_or((0, m.lessons.len()));
    let enrolment = learner.and_then(|l| l.enrolment(&m.slug));
    let unmet = match (learner, anonymous_map) {
        (Some(l), _) => l.unmet_for_module(&m.slug),
        (None, Some(map)) => map.unmet_for_module(&m.slug, &Default::default()),
        (None, None) => catalogue
            .course_map()
            .unmet_for_module(&m.slug, &Default::default()),
    };
    ModuleCard {
        slug: m.slug.clone(),
        title: text(&m.title, lang),
        summary: text(&m.summary, lang),
        minutes: m.estimated_minutes,
        lessons: m.lessons.len(),
        languages: module_languages(m),
        enrolled: enrolment.is_some(),
        completed: enrolment.is_some_and(|e| e.completed_at.is_some()),
        done,
        percent: (done * 100).checked_div(total).unwrap_or(0),
        bar: (done * 100).checked_div(total).unwrap_or(0) / 5 * 5,
        unmet: unmet_texts(&unmet, catalogue, lang),
    }
}

async fn load(state: &AppState, viewer: &Viewer) -> Result<(Catalogue, Option<Learner>), AppError> {
    let db = state.db.clone();
    let user = viewer.account.as_ref().map(|a| a.id);
    Ok(web::block(move || -> enrollment::Result<_> {
        match user {
            Some(id) => {
                let learner = learning::learner(&db, id)?;
                Ok((learner.catalogue.clone(), Some(learner)))
            }
            None => Ok((catalog::catalogue(&db)?, None)),
        }
    })
    .await??)
}

pub async fn catalogue(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    // Visitors who are not signed in share one rendering per language and display
    // choice (`shared_pages`).
    if let Some(key) = page.shared_key("catalogue") {
        let db = state.db.clone();
        let catalogue = web::block(move || catalog::catalogue_shared(&db)).await??;
        if let Some(hit) = state.shared_pages.get(&key, &catalogue) {
            return Ok(page.respond(&hit, true));
        }
        let ctx = catalogue_context(&catalogue, None, lang);
        let rendered =
            std::sync::Arc::new(page.render_html(&state, "catalogue.html", "catalogue", ctx)?);
        state.shared_pages.put(key, catalogue, rendered.clone());
        return Ok(page.respond(&rendered, true));
    }
    let (catalogue, learner) = load(&state, &viewer).await?;
    let ctx = catalogue_context(&catalogue, learner.as_ref(), lang);
    page.render(&state, "catalogue.html", "catalogue", ctx)
}

/// The catalogue page's levels and module cards, as `learner` (or a visitor) sees them.
fn catalogue_context(catalogue: &Catalogue, learner: Option<&Learner>, lang: Lang) -> Context {
    let empty = Default::default();
    let anonymous_map = learner.is_none().then(|| catalogue.course_map());
    let levels: Vec<LevelCard> = catalogue
        .levels
        .iter()
        .map(|l| {
            let modules: Vec<ModuleCard> = l
                .modules
                .iter()
                .map(|m| module_card(&m.module, catalogue, learner, anonymous_map.as_ref(), lang))
                .collect();
            let unmet = match (learner, &anonymous_map) {
                (Some(x), _) => x.unmet_for_level(&l.level.slug),
                (None, Some(map)) => map.unmet_for_level(&l.level.slug, &empty),
                (None, None) => catalogue
                    .course_map()
                    .unmet_for_level(&l.level.slug, &empty),
            };
            LevelCard {
                slug: l.level.slug.clone(),
                order: l.level.order,
                title: text(&l.level.title, lang),
                summary: text(&l.level.summary, lang),
                unmet: unmet_texts(&unmet, catalogue, lang),
                all_enrolled: !modules.is_empty() && modules.iter().all(|m| m.enrolled),
                modules,
            }
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("levels", &levels);
    ctx.insert("module_count", &catalogue.modules().count());
    ctx
}

#[derive(Serialize)]
struct LessonLink {
    slug: String,
    title: Text,
    done: bool,
}

pub async fn module_page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    downloads: web::Data<super::download::DownloadCache>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    let (_, slug) = path.into_inner();
    let (catalogue, learner) = load(&state, &viewer).await?;
    let (level, entry) = catalogue.module(&slug).ok_or(AppError::NotFound)?;
    // An enrolled learner sees the version they are taking.
    let module = learner
        .as_ref()
        .and_then(|l| l.enrolment(&slug))
        .map(|e| e.module.clone())
        .unwrap_or_else(|| entry.module.clone());
    let card = module_card(&module, &catalogue, learner.as_ref(), None, lang);
    let lessons: Vec<LessonLink> = module
        .lessons
        .iter()
        .map(|l| LessonLink {
            slug: l.slug.clone(),
            title: l
                .best(lang)
                .map(|(shown, t)| Text {
                    text: t.title.clone(),
                    lang: shown.code(),
                })
                .unwrap_or(Text {
                    text: l.slug.clone(),
                    lang: lang.code(),
                }),
            done: learner
                .as_ref()
                .is_some_and(|x| x.progress.lesson_done(&slug, &l.slug)),
        })
        .collect();
    // Objectives in a fallback language are marked with theirs (`lang`).
    let (objectives_lang, objectives) = module
        .objectives
        .best(lang)
        .map(|(shown, o)| (shown.code(), o.clone()))
        .unwrap_or((lang.code(), Vec::new()));
    let continue_lesson = learner
        .as_ref()
        .and_then(|l| l.next_lesson(&slug))
        .or_else(|| module.lessons.first().map(|l| l.slug.clone()));
    let mut ctx = Context::new();
    ctx.insert("module", &card);
    ctx.insert("level_title", &text(&level.level.title, lang));
    ctx.insert("objectives", &objectives);
    ctx.insert("objectives_lang", objectives_lang);
    ctx.insert("lessons", &lessons);
    ctx.insert("has_quiz", &module.quiz.is_some());
    ctx.insert(
        "quiz_passed",
        &learner.as_ref().is_some_and(|l| l.quiz_passed(&slug)),
    );
    ctx.insert("continue_lesson", &continue_lesson);
    // Publishing never moves a learner: a newer version is offered, and taken by choice.
    ctx.insert(
        "newer_version",
        &learner
            .as_ref()
            .and_then(|l| learning::newer_version(l, &slug)),
    );
    // The size of "Download module", shown before downloading.
    if let (true, Some(user)) = (card.enrolled, viewer.account.as_ref().map(|a| a.id)) {
        let (_, bytes) =
            super::download::module_file(&state, &downloads, user, &slug, lang).await?;
        ctx.insert("download_kb", &super::download::size_kb(bytes.len()));
    }
    page.render(&state, "module.html", "catalogue", ctx)
}

pub async fn enrol_module(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, slug) = path.into_inner();
    let db = state.db.clone();
    let s = slug.clone();
    match web::block(move || learning::enrol_module(&db, user, &s)).await? {
        Ok(_) => {
            Page::flash(&req, "flash-enrolled");
            Ok(page.redirect(&format!("/modules/{slug}")))
        }
        Err(enrollment::Error::PrerequisitesUnmet) => {
            Page::flash(&req, "error-prerequisites-unmet");
            Ok(page.redirect(&format!("/modules/{slug}")))
        }
        Err(e) => Err(e.into()),
    }
}

/// "A newer version is available — switch": moves the learner's unfinished enrolment
/// to the newest version (see `learning::switch_to_latest`).
pub async fn switch_version(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, slug) = path.into_inner();
    let db = state.db.clone();
    let s = slug.clone();
    let switched = web::block(move || learning::switch_to_latest(&db, user, &s)).await??;
    if switched.to != switched.from {
        Page::flash(&req, "flash-version-switched");
    }
    Ok(page.redirect(&format!("/modules/{slug}")))
}

pub async fn enrol_level(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, slug) = path.into_inner();
    let db = state.db.clone();
    let s = slug.clone();
    match web::block(move || learning::enrol_level(&db, user, &s)).await? {
        Ok(_) => {
            Page::flash(&req, "flash-enrolled-level");
            Ok(page.redirect("/dashboard"))
        }
        Err(enrollment::Error::PrerequisitesUnmet) => {
            Page::flash(&req, "error-prerequisites-unmet");
            Ok(page.redirect(&format!("/catalogue#level-{slug}")))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Serialize)]
struct DashboardItem {
    card: ModuleCard,
    continue_lesson: Option<String>,
    quiz_passed: bool,
}

pub async fn dashboard(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    viewer.user()?;
    let (catalogue, learner) = load(&state, &viewer).await?;
    let learner = learner.ok_or(AppError::SignInRequired)?;
    let item = |e: &learning::Enrolment| DashboardItem {
        card: module_card(&e.module, &catalogue, Some(&learner), None, lang),
        continue_lesson: learner.next_lesson(&e.module.slug),
        quiz_passed: learner.quiz_passed(&e.module.slug),
    };
    let mut active: Vec<&learning::Enrolment> = learner
        .enrolments
        .iter()
        .filter(|e| e.completed_at.is_none())
        .collect();
    active.sort_by_key(|e| std::cmp::Reverse(e.last_activity_at));
    let in_progress: Vec<DashboardItem> = active.into_iter().map(item).collect();
    let completed: Vec<DashboardItem> = learner
        .enrolments
        .iter()
        .filter(|e| e.completed_at.is_some())
        .map(item)
        .collect();
    let mut ctx = Context::new();
    ctx.insert("continue", &learner.continue_with().map(item));
    ctx.insert("in_progress", &in_progress);
    ctx.insert("completed", &completed);
    let user = viewer.user()?.id;
    let certificates = super::certificates::list_items(&state, user, lang).await?;
    ctx.insert("certificates", &certificates);
    page.render(&state, "dashboard.html", "dashboard", ctx)
}

#[derive(Serialize)]
struct Neighbour {
    slug: String,
    title: Text,
}

pub async fn lesson(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let lang = page.lang;
    let user = viewer.user()?.id;
    let (_, module_slug, lesson_slug) = path.into_inner();
    let db = state.db.clone();
    let (m, l) = (module_slug.clone(), lesson_slug.clone());
    let (state_of, lesson_page) = web::block(move || -> enrollment::Result<_> {
        let state_of = learning::lesson_state(&db, user, &m, &l)?;
        // Reading records nothing (no GET changes state): progress comes from "done"
        // and from the reading position the page's script posts.
        let page = catalog::lesson_page(&db, state_of.module_id, state_of.version, &l, lang)?;
        Ok((state_of, page))
    })
    .await?
    .map_err(|e| match e {
        // Not enrolled: the module page explains and offers enrolment.
        enrollment::Error::NotEnrolled => {
            AppError::Redirect(format!("/{}/modules/{module_slug}", lang.code()))
        }
        other => other.into(),
    })?;
    let module = &state_of.module;
    let index = module
        .lessons
        .iter()
        .position(|x| x.slug == lesson_slug)
        .ok_or(AppError::NotFound)?;
    let neighbour = |i: usize| {
        module.lessons.get(i).map(|x| Neighbour {
            slug: x.slug.clone(),
            title: x
                .best(lang)
                .map(|(shown, t)| Text {
                    text: t.title.clone(),
                    lang: shown.code(),
                })
                .unwrap_or(Text {
                    text: x.slug.clone(),
                    lang: lang.code(),
                }),
        })
    };
    let mut ctx = Context::new();
    ctx.insert("module_slug", &module_slug);
    ctx.insert("module_title", &text(&module.title, lang));
    ctx.insert("lesson_slug", &lesson_slug);
    ctx.insert("title", &lesson_page.title);
    ctx.insert("html", &lesson_page.html);
    ctx.insert("shown_lang", lesson_page.lang.code());
    ctx.insert("shown_lang_name", lesson_page.lang.native_name());
    ctx.insert("fallback", &(lesson_page.lang != lang));
    ctx.insert(
        "other_languages",
        &lesson_page
            .languages
            .iter()
            .filter(|l| **l != lang)
            .map(|l| serde_json::json!({"code": l.code(), "name": l.native_name()}))
            .collect::<Vec<_>>(),
    );
    ctx.insert("number", &(index + 1));
    ctx.insert("count", &module.lessons.len());
    ctx.insert("prev", &index.checked_sub(1).and_then(neighbour));
    ctx.insert("next", &neighbour(index + 1));
    ctx.insert("done", &state_of.done);
    ctx.insert("position", &state_of.position);
    ctx.insert("has_quiz", &module.quiz.is_some());
    page.render(&state, "lesson.html", "lesson", ctx)
}

pub async fn complete_lesson(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, module_slug, lesson_slug) = path.into_inner();
    let db = state.db.clone();
    let (m, l) = (module_slug.clone(), lesson_slug.clone());
    let recorded = web::block(move || {
        learning::record_lesson_with_module(
            &db,
            user,
            &m,
            &l,
            Some(100),
            true,
            Utc::now().naive_utc(),
        )
    })
    .await??;
    if recorded.change.module_completed_now {
        Page::flash(&req, "flash-module-complete");
    }
    // Go on to the next lesson, or to the quiz after the last one (of the version the
    // learner takes, which recording returned: no second read of the learner).
    let module = recorded.module;
    let idx = module
        .lessons
        .iter()
        .position(|x| x.slug == lesson_slug)
        .unwrap_or(0);
    let target = match module.lessons.get(idx + 1) {
        Some(next) => format!("/modules/{module_slug}/lessons/{}", next.slug),
        None if module.quiz.is_some() => format!("/modules/{module_slug}/quiz"),
        None => format!("/modules/{module_slug}"),
    };
    Ok(page.redirect(&target))
}

#[derive(Deserialize)]
struct PositionForm {
    position: i32,
}

/// Reading position, sent by the page's script as the learner scrolls.
pub async fn save_position(
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let user = viewer.user()?.id;
    let (_, module_slug, lesson_slug) = path.into_inner();
    let fields = Fields::parse(&body);
    let form: PositionForm = PositionForm {
        position: fields
            .get("position")
            .parse()
            .map_err(|_| AppError::BadRequest)?,
    };
    let db = state.db.clone();
    web::block(move || {
        learning::record_lesson(
            &db,
            user,
            &module_slug,
            &lesson_slug,
            Some(form.position),
            false,
            Utc::now().naive_utc(),
        )
    })
    .await??;
    Ok(HttpResponse::NoContent().finish())
}

/// An image of a module version. Versions never change, so it is cached for a year.
pub async fn media(
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (module, version, file) = path.into_inner();
    let version: i32 = version
        .strip_prefix('v')
        .and_then(|v| v.parse().ok())
        .ok_or(AppError::NotFound)?;
    let db = state.db.clone();
    let (content_type, bytes) =
        web::block(move || catalog::image(&db, &module, version, &file)).await??;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(bytes))
}
