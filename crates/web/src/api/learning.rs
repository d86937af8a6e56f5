//! The catalogue, modules, enrolment and lessons.

use actix_web::{web, HttpRequest, HttpResponse};
use courses::{Lang, Module, Unmet};
use enrollment::catalog::{self, Catalogue as ServiceCatalogue};
use enrollment::learning::{self, Learner};

use super::dto::{
    utc, Catalogue, Enrolled, Enrolment, Enrolments, LangQuery, LessonPage, LessonSummary,
    LevelSummary, ModuleDetail, ModuleProgress, ModuleSummary, QuizInfo, Requirement,
    RequirementKind, Text,
};
use super::error::{ApiError, ErrorBody, ErrorCode};
use super::{content_lang, ApiUser, MaybeApiUser};
use crate::state::AppState;

/// Languages in which every lesson of the module exists.
fn module_languages(m: &Module) -> Vec<&'static str> {
    Lang::ALL
        .into_iter()
        .filter(|l| !m.lessons.is_empty() && m.lessons.iter().all(|x| x.variants.contains_key(l)))
        .map(Lang::code)
        .collect()
}

fn requirements(unmet: &[Unmet], catalogue: &ServiceCatalogue, lang: Lang) -> Vec<Requirement> {
    unmet
        .iter()
        .filter_map(|u| match u {
            Unmet::Module(slug) => catalogue.module(slug).map(|(_, m)| Requirement {
                kind: RequirementKind::Module,
                slug: slug.clone(),
                title: Text::of(&m.module.title, lang),
            }),
            Unmet::Level(slug) => catalogue.level(slug).map(|l| Requirement {
                kind: RequirementKind::Level,
                slug: slug.clone(),
                title: Text::of(&l.level.title, lang),
            }),
        })
        .collect()
}

fn progress(learner: &Learner, slug: &str) -> ModuleProgress {
    let (done, total) = learner.lesson_counts(slug);
    let enrolment = learner.enrolment(slug);
    ModuleProgress {
        enrolled: enrolment.is_some(),
        completed: enrolment.is_some_and(|e| e.completed_at.is_some()),
        lessons_done: done,
        lessons_total: total,
        percent: (done * 100).checked_div(total).unwrap_or(0),
        quiz_passed: learner.quiz_passed(slug),
    }
}

fn module_summary(
    m: &Module,
    catalogue: &ServiceCatalogue,
    learner: Option<&Learner>,
    lang: Lang,
) -> ModuleSummary {
    let unmet = match learner {
        Some(l) => l.unmet_for_module(&m.slug),
        None => catalogue
            .course_map()
            .unmet_for_module(&m.slug, &Default::default()),
    };
    ModuleSummary {
        slug: m.slug.clone(),
        title: Text::of(&m.title, lang),
        summary: Text::of(&m.summary, lang),
        estimated_minutes: m.estimated_minutes,
        lesson_count: m.lessons.len(),
        languages: module_languages(m),
        has_quiz: m.quiz.is_some(),
        prerequisites: m.prerequisites.clone(),
        unmet: requirements(&unmet, catalogue, lang),
        progress: learner.map(|l| progress(l, &m.slug)),
    }
}

async fn load(
    app: &AppState,
    user: Option<i64>,
) -> Result<(ServiceCatalogue, Option<Learner>), ApiError> {
    let db = app.db.clone();
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

/// The catalogue: levels and their modules. With an access token, each module carries
/// the learner's progress and what they still have to complete first.
#[utoipa::path(
    get,
    path = "/api/v1/catalogue",
    tag = "learning",
    params(LangQuery),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The catalogue.", body = Catalogue),
        (status = 400, description = "`error-api-invalid-language`: `lang` is not one of the eight languages.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`: an access token was sent and is not valid.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn catalogue(
    req: HttpRequest,
    app: web::Data<AppState>,
    user: MaybeApiUser,
    query: web::Query<LangQuery>,
) -> Result<web::Json<Catalogue>, ApiError> {
    let lang = content_lang(&req, &query)?;
    let (catalogue, learner) = load(&app, user.0).await?;
    let empty = Default::default();
    let levels = catalogue
        .levels
        .iter()
        .map(|l| {
            let unmet = match &learner {
                Some(x) => x.unmet_for_level(&l.level.slug),
                None => catalogue
                    .course_map()
                    .unmet_for_level(&l.level.slug, &empty),
            };
            LevelSummary {
                slug: l.level.slug.clone(),
                order: l.level.order,
                title: Text::of(&l.level.title, lang),
                summary: Text::of(&l.level.summary, lang),
                requires: l.level.requires.clone(),
                unmet: requirements(&unmet, &catalogue, lang),
                modules: l
                    .modules
                    .iter()
                    .map(|m| module_summary(&m.module, &catalogue, learner.as_ref(), lang))
                    .collect(),
            }
        })
        .collect();
    Ok(web::Json(Catalogue { levels }))
}

/// One module: its lessons, quiz rules and, with an access token, the learner's progress.
/// An enrolled learner sees the version they are enrolled in.
#[utoipa::path(
    get,
    path = "/api/v1/modules/{slug}",
    tag = "learning",
    params(("slug" = String, Path, description = "The module's slug."), LangQuery),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The module.", body = ModuleDetail),
        (status = 400, description = "`error-api-invalid-language`.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`: an access token was sent and is not valid.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such module.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn module(
    req: HttpRequest,
    app: web::Data<AppState>,
    user: MaybeApiUser,
    path: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<web::Json<ModuleDetail>, ApiError> {
    let lang = content_lang(&req, &query)?;
    let slug = path.into_inner();
    let (catalogue, learner) = load(&app, user.0).await?;
    let not_found = || ApiError::new(ErrorCode::NotFound);
    let (level, entry) = catalogue.module(&slug).ok_or_else(not_found)?;
    let enrolment = learner.as_ref().and_then(|l| l.enrolment(&slug));
    let (module, version) = match enrolment {
        Some(e) => (e.module.clone(), e.version),
        None => (entry.module.clone(), entry.version),
    };
    let lessons = module
        .lessons
        .iter()
        .map(|l| LessonSummary {
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
            languages: l.variants.keys().map(|x| x.code()).collect(),
            done: learner
                .as_ref()
                .map(|x| x.progress.lesson_done(&slug, &l.slug)),
            position: learner
                .as_ref()
                .and_then(|x| x.positions.get(&(slug.clone(), l.slug.clone())).copied()),
        })
        .collect();
    let quiz = module.quiz.as_ref().map(|q| QuizInfo {
        pass_mark: q.settings.pass_mark,
        max_attempts: q.settings.max_attempts,
        time_limit_minutes: q.settings.time_limit_minutes,
        languages: q.variants.keys().map(|l| l.code()).collect(),
    });
    let continue_lesson = enrolment.map(|e| {
        e.last_lesson_slug
            .clone()
            .or_else(|| module.lessons.first().map(|l| l.slug.clone()))
            .unwrap_or_default()
    });
    Ok(web::Json(ModuleDetail {
        summary: module_summary(&module, &catalogue, learner.as_ref(), lang),
        level: level.level.slug.clone(),
        level_title: Text::of(&level.level.title, lang),
        version,
        objectives: module
            .objectives
            .best(lang)
            .map(|(_, o)| o.clone())
            .unwrap_or_default(),
        lessons,
        quiz,
        continue_lesson,
    }))
}

fn enrolled_response(e: enrollment::learning::Enrolled) -> HttpResponse {
    let mut res = if e.newly_enrolled.is_empty() {
        HttpResponse::Ok()
    } else {
        HttpResponse::Created()
    };
    res.json(Enrolled::from(e))
}

/// Enrols the learner in a module whose prerequisites they have completed. Enrolling
/// again changes nothing (200).
#[utoipa::path(
    post,
    path = "/api/v1/modules/{slug}/enrolment",
    tag = "learning",
    params(("slug" = String, Path, description = "The module's slug.")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Enrolled.", body = Enrolled),
        (status = 200, description = "Already enrolled.", body = Enrolled),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such module.", body = ErrorBody),
        (status = 409, description = "`error-prerequisites-unmet`: complete the modules or levels it requires first.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn enrol_module(
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner();
    let db = app.db.clone();
    let enrolled = web::block(move || learning::enrol_module(&db, user.id, &slug)).await??;
    Ok(enrolled_response(enrolled))
}

/// Enrols the learner in every module of a level whose required levels they have
/// completed.
#[utoipa::path(
    post,
    path = "/api/v1/levels/{slug}/enrolment",
    tag = "learning",
    params(("slug" = String, Path, description = "The level's slug.")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Enrolled in at least one module.", body = Enrolled),
        (status = 200, description = "Already enrolled in all of them.", body = Enrolled),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such level.", body = ErrorBody),
        (status = 409, description = "`error-prerequisites-unmet`: complete the levels it requires first.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn enrol_level(
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner();
    let db = app.db.clone();
    let enrolled = web::block(move || learning::enrol_level(&db, user.id, &slug)).await??;
    Ok(enrolled_response(enrolled))
}

/// The learner's enrolments with their progress.
#[utoipa::path(
    get,
    path = "/api/v1/enrolments",
    tag = "learning",
    params(LangQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Enrolments, in the order they were made.", body = Enrolments),
        (status = 400, description = "`error-api-invalid-language`.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn enrolments(
    req: HttpRequest,
    app: web::Data<AppState>,
    user: ApiUser,
    query: web::Query<LangQuery>,
) -> Result<web::Json<Enrolments>, ApiError> {
    let lang = content_lang(&req, &query)?;
    let (_, learner) = load(&app, Some(user.id)).await?;
    let learner = learner.ok_or_else(ApiError::unauthorized)?;
    let enrolments = learner
        .enrolments
        .iter()
        .map(|e| {
            let slug = &e.module.slug;
            let (done, total) = learner.lesson_counts(slug);
            Enrolment {
                module: slug.clone(),
                title: Text::of(&e.module.title, lang),
                version: e.version,
                enrolled_at: utc(e.enrolled_at),
                completed_at: e.completed_at.map(utc),
                last_lesson: e.last_lesson_slug.clone(),
                last_activity_at: utc(e.last_activity_at),
                lessons_done: done,
                lessons_total: total,
                percent: (done * 100).checked_div(total).unwrap_or(0),
                has_quiz: e.module.quiz.is_some(),
                quiz_passed: learner.quiz_passed(slug),
            }
        })
        .collect();
    Ok(web::Json(Enrolments { enrolments }))
}

/// A lesson of a module the learner is enrolled in, in the language asked for or the
/// best one available. Reading it records nothing: progress is sent with `/sync`.
#[utoipa::path(
    get,
    path = "/api/v1/modules/{slug}/lessons/{lesson}",
    tag = "learning",
    params(
        ("slug" = String, Path, description = "The module's slug."),
        ("lesson" = String, Path, description = "The lesson's slug."),
        LangQuery,
    ),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The lesson.", body = LessonPage),
        (status = 400, description = "`error-api-invalid-language`.", body = ErrorBody),
        (status = 401, description = "`error-api-unauthorized`.", body = ErrorBody),
        (status = 404, description = "`error-not-found`: no such module or lesson.", body = ErrorBody),
        (status = 409, description = "`error-not-enrolled`: enrol in the module first.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn lesson(
    req: HttpRequest,
    app: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<(String, String)>,
    query: web::Query<LangQuery>,
) -> Result<web::Json<LessonPage>, ApiError> {
    let lang = content_lang(&req, &query)?;
    let (module_slug, lesson_slug) = path.into_inner();
    let db = app.db.clone();
    let (m, l) = (module_slug.clone(), lesson_slug.clone());
    let (state_of, page) = web::block(move || -> enrollment::Result<_> {
        let state_of = learning::lesson_state(&db, user.id, &m, &l)?;
        let page = catalog::lesson_page(&db, state_of.module_id, state_of.version, &l, lang)?;
        Ok((state_of, page))
    })
    .await??;
    let module = &state_of.module;
    let index = module
        .lessons
        .iter()
        .position(|x| x.slug == lesson_slug)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound))?;
    let slug_at = |i: usize| module.lessons.get(i).map(|x| x.slug.clone());
    Ok(web::Json(LessonPage {
        module: module_slug.clone(),
        lesson: lesson_slug.clone(),
        title: page.title,
        html: page.html,
        lang: page.lang.code(),
        requested_lang: lang.code(),
        languages: page.languages.iter().map(|l| l.code()).collect(),
        number: index + 1,
        count: module.lessons.len(),
        previous: index.checked_sub(1).and_then(slug_at),
        next: slug_at(index + 1),
        done: state_of.done,
        position: state_of.position,
    }))
}
