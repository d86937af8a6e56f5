//! Authoring pages (`/{lang}/author/...`): the modules an author may edit, the module
//! overview (checker results, publish, discard), a text editor for lessons and quiz
//! files with a server-side preview, module settings, history with diffs and roll-back,
//! the translation workspace, and export as a zip. Permissions are decided by the
//! service (`enrollment::authoring`), which refuses what the role may not do.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use courses::edit::{LessonFileName, TomlDoc};
use courses::quiz_form::{self, FormAction, FormQuestion, QuizForm};
use courses::Lang;
use enrollment::authoring::{self, Access, Attachment, Author, Change, Published};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::forms::{FieldErrors, Fields};
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

fn author(viewer: &Viewer) -> Result<Author, AppError> {
    Ok(Author::of(viewer.user()?))
}

#[derive(Serialize)]
struct DiagView {
    file: String,
    line: Option<u32>,
    code: &'static str,
    error: bool,
    message: String,
    field: String,
}

/// The checker's findings as the page shows them: each message in the page's language
/// (`locales/*/content-check.ftl`), the same sentence `academy content check` prints in
/// English.
fn diag_views(state: &AppState, lang: Lang, check: &authoring::DraftCheck) -> Vec<DiagView> {
    check
        .diagnostics
        .iter()
        .map(|d| DiagView {
            file: d.file.clone(),
            line: d.line,
            code: d.code.as_str(),
            error: d.is_error(),
            message: state.localizer.diagnostic(lang, d),
            field: d.args.get("field").cloned().unwrap_or_default(),
        })
        .collect()
}

pub async fn list(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let who = author(&viewer)?;
    let db = state.db.clone();
    let lang = page.lang;
    let modules = web::block(move || authoring::editable_modules(&db, &who, lang)).await??;
    if modules.is_empty() && viewer.user()?.role() == enrollment::accounts::Role::Learner {
        return Err(AppError::Forbidden);
    }
    let mut ctx = Context::new();
    ctx.insert("modules", &modules);
    ctx.insert("can_create", &viewer.require(&CREATORS).is_ok());
    page.render(&state, "author-list.html", "author", ctx)
}

/// Every language's code, for the pages that offer a choice of them.
fn lang_codes() -> Vec<&'static str> {
    Lang::ALL.iter().map(|l| l.code()).collect()
}

#[derive(Serialize)]
struct FileRow {
    path: String,
    kind: &'static str,
    errors: usize,
}

fn file_kind(path: &str) -> &'static str {
    if path == "module.toml" || path == "quiz.toml" {
        "settings"
    } else if LessonFileName::parse(path).is_some() {
        "lesson"
    } else if courses::edit::quiz_file_lang(path).is_some() {
        "quiz"
    } else {
        "other"
    }
}

pub async fn module(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let is_staff = matches!(
        a.who.role,
        enrollment::accounts::Role::Staff | enrollment::accounts::Role::Admin
    );
    let (draft, check, authors) = a
        .block(&state, |db, who, slug| {
            let draft = authoring::draft(db, who, slug)?;
            let check = authoring::check(db, who, slug)?;
            let authors = authoring::module_authors(db, slug)?;
            Ok((draft, check, authors))
        })
        .await?;
    let page = a.page;
    let files: Vec<FileRow> = draft
        .files
        .keys()
        .map(|p| FileRow {
            path: p.clone(),
            kind: file_kind(p),
            errors: check.for_file(p).filter(|d| d.is_error()).count(),
        })
        .collect();
    let coverage: Vec<serde_json::Value> = Lang::ALL
        .iter()
        .map(|l| {
            let (w, wo) = (check.coverage.get(*l), check.coverage_without.get(*l));
            let part = |a: courses::Count, b: courses::Count| {
                let c = courses::Count {
                    present: a.present - b.present.min(a.present),
                    expected: a.expected - b.expected.min(a.expected),
                };
                serde_json::json!({"present": c.present, "expected": c.expected, "percent": c.percent()})
            };
            serde_json::json!({
                "lang": l.code(),
                "texts": part(w.texts, wo.texts),
                "lessons": part(w.lessons, wo.lessons),
                "quizzes": part(w.quizzes, wo.quizzes),
            })
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("slug", &draft.slug);
    ctx.insert("version", &draft.current_version);
    ctx.insert("has_draft", &draft.exists());
    ctx.insert(
        "draft_updated",
        &draft
            .updated_at
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default(),
    );
    ctx.insert("can_edit", &(draft.access == Access::Edit));
    ctx.insert("files", &files);
    ctx.insert("diagnostics", &diag_views(&state, page.lang, &check));
    ctx.insert("has_errors", &check.has_errors());
    ctx.insert("coverage", &coverage);
    ctx.insert("authors", &authors);
    ctx.insert("is_staff", &is_staff);
    ctx.insert("langs", &lang_codes());
    page.render(&state, "author-module.html", "author", ctx)
}

/// Renders a lesson file's text (title line and body) the way learners will see it;
/// links to other lessons and images show as text until published.
fn preview_html(text: &str) -> (String, String) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (first, body) = text.split_once('\n').unwrap_or((text, ""));
    let title = first.strip_prefix("# ").unwrap_or("").trim().to_string();
    let body = if title.is_empty() { text } else { body };
    (title, courses::render_lesson_html_with(body, &|_| None))
}

#[allow(clippy::too_many_arguments)]
fn render_file_with(
    page: &Page,
    state: &AppState,
    slug: &str,
    file: &str,
    text: &str,
    check: Option<&authoring::DraftCheck>,
    saved: bool,
    status: StatusCode,
    upload: UploadView,
) -> Result<HttpResponse, AppError> {
    let mut ctx = Context::new();
    ctx.insert("slug", slug);
    ctx.insert("file", file);
    ctx.insert("text", text);
    ctx.insert("kind", file_kind(file));
    ctx.insert("saved", &saved);
    if file_kind(file) == "lesson" {
        let (title, html) = preview_html(text);
        ctx.insert("preview_title", &title);
        ctx.insert("preview_html", &html);
    }
    let diags: Vec<DiagView> = check
        .map(|c| diag_views(state, page.lang, c))
        .unwrap_or_default()
        .into_iter()
        .filter(|d| d.file == file)
        .collect();
    ctx.insert("diagnostics", &diags);
    ctx.insert("upload", &upload);
    page.render_status(state, status, "author-file.html", "author", ctx)
}

pub async fn file_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (_, slug, file) = path.into_inner();
    if !authoring::valid_file_name(&file) || file_kind(&file) == "other" {
        return Err(AppError::NotFound);
    }
    let a = Authoring::new(&req, &viewer, slug)?;
    let (draft, check) = a.draft_and_check(&state).await?;
    let text = draft.text(&file).unwrap_or_default();
    render_file_with(
        &a.page,
        &state,
        &a.slug,
        &file,
        &text,
        Some(&check),
        false,
        StatusCode::OK,
        UploadView::default(),
    )
}

#[derive(Deserialize)]
pub struct NewFile {
    file: String,
}

/// "New file" on the module page: opens the editor for a new lesson or quiz file.
pub async fn new_file(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    q: web::Query<NewFile>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    // Only people who may open the module are sent on to its editor (the access matrix
    // found this redirect answered anyone, signed in or not).
    a.block(&state, |db, who, slug| {
        authoring::draft(db, who, slug).map(|_| ())
    })
    .await?;
    let (page, slug) = (a.page, a.slug);
    let file = q.into_inner().file;
    if !authoring::valid_file_name(&file) || !matches!(file_kind(&file), "lesson" | "quiz") {
        Page::flash(&req, "error-authoring-file-name");
        return Ok(page.redirect(&format!("/author/modules/{slug}")));
    }
    // Quiz files open in the question editor; the TOML view is a link away.
    let editor = if file_kind(&file) == "quiz" {
        "quiz"
    } else {
        "files"
    };
    Ok(page.redirect(&format!("/author/modules/{slug}/{editor}/{file}")))
}

/// Saves the file (always: a draft keeps what was typed, errors and all), then shows
/// it again with the checker's findings for it next to the text.
pub async fn file_save(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (_, slug, file) = path.into_inner();
    if !authoring::valid_file_name(&file) || file_kind(&file) == "other" {
        return Err(AppError::NotFound);
    }
    let a = Authoring::new(&req, &viewer, slug)?;
    let fields = Fields::parse(&body);
    // Browsers send CRLF from a textarea; the files use LF.
    let text = fields.get("text").replace("\r\n", "\n");
    let (f, t) = (file.clone(), text.clone());
    let check = a
        .block(&state, move |db, who, slug| {
            authoring::save(
                db,
                who,
                slug,
                &[Change::Put {
                    path: f,
                    bytes: t.into_bytes(),
                }],
            )?;
            authoring::check(db, who, slug)
        })
        .await?;
    let (page, slug) = (a.page, a.slug);
    let status = if check.for_file(&file).any(|d| d.is_error()) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    // The image fields are of this form too, and Enter in the alt text presses the
    // first button, this one: the alt text typed stays (a file cannot be kept).
    let upload = UploadView {
        alt: fields.get("alt").trim().to_string(),
        ..UploadView::default()
    };
    render_file_with(
        &page,
        &state,
        &slug,
        &file,
        &text,
        Some(&check),
        true,
        status,
        upload,
    )
}

/// The live preview (JavaScript): the rendered lesson for the posted text, as an HTML
/// fragment. Nothing is saved.
pub async fn preview(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    // Only people who may open the module get previews.
    a.block(&state, |db, who, slug| {
        authoring::draft(db, who, slug).map(|_| ())
    })
    .await?;
    let fields = Fields::parse(&body);
    let (title, html) = preview_html(&fields.get("text").replace("\r\n", "\n"));
    let mut ctx = Context::new();
    ctx.insert("preview_title", &title);
    ctx.insert("preview_html", &html);
    let html = state
        .renderer
        .plain("author-preview.html", a.page.lang, ctx)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(html))
}

const SETTINGS_NUMBERS: [&str; 1] = ["estimated_minutes"];
const QUIZ_NUMBERS: [&str; 3] = ["pass_mark", "max_attempts", "time_limit_minutes"];

#[derive(Serialize, Default)]
struct SettingsView {
    values: std::collections::BTreeMap<String, String>,
    has_quiz: bool,
}

fn settings_view(module_toml: &str, quiz_toml: Option<&str>) -> SettingsView {
    let mut v = SettingsView::default();
    if let Ok(doc) = TomlDoc::parse(module_toml) {
        for key in SETTINGS_NUMBERS {
            v.values
                .insert(key.into(), doc.raw(key).unwrap_or_default());
        }
        v.values.insert(
            "prerequisites".into(),
            doc.str_list("prerequisites").join(", "),
        );
        for lang in Lang::ALL {
            for field in ["title", "summary"] {
                v.values.insert(
                    format!("{field}.{}", lang.code()),
                    doc.text(field, lang).unwrap_or_default(),
                );
            }
            v.values.insert(
                format!("objectives.{}", lang.code()),
                doc.text_list("objectives", lang).join("\n"),
            );
        }
    }
    if let Some(q) = quiz_toml.and_then(|q| TomlDoc::parse(q).ok()) {
        v.has_quiz = true;
        for key in QUIZ_NUMBERS {
            v.values.insert(key.into(), q.raw(key).unwrap_or_default());
        }
    }
    v
}

fn render_settings(
    page: &Page,
    state: &AppState,
    slug: &str,
    view: SettingsView,
    check: &authoring::DraftCheck,
    can_edit: bool,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let mut ctx = Context::new();
    ctx.insert("slug", slug);
    ctx.insert("values", &view.values);
    ctx.insert("has_quiz", &view.has_quiz);
    ctx.insert("can_edit", &can_edit);
    // Errors next to their field: keyed by the checker's field name (`title.kk`,
    // `estimated_minutes`...), file-level ones under the file name.
    let mut errors: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for d in check
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && (d.file == "module.toml" || d.file == "quiz.toml"))
    {
        let key = d
            .args
            .get("field")
            .cloned()
            .unwrap_or_else(|| d.file.clone());
        errors
            .entry(key)
            .or_default()
            .push(state.localizer.diagnostic(page.lang, d));
    }
    ctx.insert("errors", &errors);
    ctx.insert("langs", &lang_codes());
    page.render_status(state, status, "author-settings.html", "author", ctx)
}

pub async fn settings_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let (draft, check) = a.draft_and_check(&state).await?;
    let view = settings_view(
        &draft.text("module.toml").unwrap_or_default(),
        draft.text("quiz.toml").as_deref(),
    );
    let can_edit = draft.access == Access::Edit;
    render_settings(
        &a.page,
        &state,
        &a.slug,
        view,
        &check,
        can_edit,
        StatusCode::OK,
    )
}

/// Writes the submitted settings into module.toml and quiz.toml (keeping the rest of
/// each file), saves the draft, and shows the form again with the checker's findings.
/// A translator's form carries only the non-Russian texts.
pub async fn settings_save(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let fields = Fields::parse(&body);
    let (draft, check) = a
        .block(&state, move |db, who, slug| {
            let draft = authoring::draft(db, who, slug)?;
            let edit = draft.access == Access::Edit;
            let mut changes = Vec::new();
            if let Some(text) = draft.text("module.toml") {
                if let Ok(mut doc) = TomlDoc::parse(&text) {
                    for lang in Lang::ALL {
                        if lang == Lang::Ru && !edit {
                            continue;
                        }
                        for field in ["title", "summary"] {
                            let name = format!("{field}.{}", lang.code());
                            if fields.has(&name) {
                                doc.set_text(field, lang, fields.get(&name));
                            }
                        }
                        let name = format!("objectives.{}", lang.code());
                        if fields.has(&name) {
                            let items: Vec<String> =
                                fields.get(&name).lines().map(str::to_string).collect();
                            doc.set_text_list("objectives", lang, &items);
                        }
                    }
                    if edit {
                        for key in SETTINGS_NUMBERS {
                            if fields.has(key) {
                                doc.set_number(key, fields.get(key));
                            }
                        }
                        if fields.has("prerequisites") {
                            let items: Vec<String> = fields
                                .get("prerequisites")
                                .split([',', ' ', '\n'])
                                .map(str::trim)
                                .filter(|s| !s.is_empty())
                                .map(str::to_string)
                                .collect();
                            doc.set_str_list("prerequisites", &items);
                        }
                    }
                    changes.push(Change::Put {
                        path: "module.toml".into(),
                        bytes: doc.to_text().into_bytes(),
                    });
                }
            }
            if edit {
                if let Some(Ok(mut quiz)) = draft.text("quiz.toml").map(|t| TomlDoc::parse(&t)) {
                    for key in QUIZ_NUMBERS {
                        if fields.has(key) {
                            quiz.set_number(key, fields.get(key));
                        }
                    }
                    changes.push(Change::Put {
                        path: "quiz.toml".into(),
                        bytes: quiz.to_text().into_bytes(),
                    });
                }
            }
            authoring::save(db, who, slug, &changes)?;
            Ok((
                authoring::draft(db, who, slug)?,
                authoring::check(db, who, slug)?,
            ))
        })
        .await?;
    let view = settings_view(
        &draft.text("module.toml").unwrap_or_default(),
        draft.text("quiz.toml").as_deref(),
    );
    let has_errors = check
        .diagnostics
        .iter()
        .any(|d| d.is_error() && (d.file == "module.toml" || d.file == "quiz.toml"));
    let status = if has_errors {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let can_edit = draft.access == Access::Edit;
    render_settings(&a.page, &state, &a.slug, view, &check, can_edit, status)
}

pub async fn publish(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    match a
        .block(&state, |db, who, slug| {
            Ok(authoring::publish(db, who, slug))
        })
        .await?
    {
        Ok(Published::Version(_)) => Page::flash(&req, "author-flash-published"),
        Ok(Published::Unchanged) => Page::flash(&req, "author-flash-unchanged"),
        Err(e @ enrollment::Error::DraftInvalid(_)) | Err(e @ enrollment::Error::NoDraft) => {
            Page::flash(&req, e.key())
        }
        Err(e) => return Err(e.into()),
    }
    Ok(a.page.redirect(&format!("/author/modules/{}", a.slug)))
}

pub async fn discard(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    // A module never published is gone with its draft: back to the list then.
    let still_there = a
        .block(&state, |db, who, slug| {
            authoring::discard(db, who, slug)?;
            authoring::module_exists(db, slug)
        })
        .await?;
    if !still_there {
        Page::flash(&req, "author-flash-deleted");
        return Ok(a.page.redirect("/author"));
    }
    Page::flash(&req, "author-flash-discarded");
    Ok(a.page.redirect(&format!("/author/modules/{}", a.slug)))
}

#[derive(Deserialize)]
pub struct DiffQuery {
    a: Option<i32>,
    b: Option<i32>,
}

pub async fn history(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    q: web::Query<DiffQuery>,
) -> Result<HttpResponse, AppError> {
    let m = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let DiffQuery { a, b } = q.into_inner();
    let (versions, diff, can_edit) = m
        .block(&state, move |db, who, slug| {
            let versions = authoring::versions(db, who, slug)?;
            let can_edit = authoring::draft(db, who, slug)?.access == Access::Edit;
            let diff = match (a, b) {
                (Some(a), Some(b)) => Some(authoring::diff(db, who, slug, a, b)?),
                _ => None,
            };
            Ok((versions, diff, can_edit))
        })
        .await?;
    let page = m.page;
    let mut ctx = Context::new();
    ctx.insert("slug", &m.slug);
    ctx.insert(
        "versions",
        &versions
            .iter()
            .map(|v| {
                serde_json::json!({
                    "version": v.version,
                    "at": v.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                    "by": v.by.clone().unwrap_or_default(),
                    "action": v.action.clone().unwrap_or_default(),
                    "current": v.current,
                })
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert("can_edit", &can_edit);
    ctx.insert("a", &a.unwrap_or(0));
    ctx.insert("b", &b.unwrap_or(0));
    ctx.insert("has_diff", &diff.is_some());
    ctx.insert("diff", &diff.unwrap_or_default());
    page.render(&state, "author-history.html", "author", ctx)
}

pub async fn rollback(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let version: i32 = Fields::parse(&body)
        .get("version")
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    match a
        .block(&state, move |db, who, slug| {
            Ok(authoring::rollback(db, who, slug, version))
        })
        .await?
    {
        Ok(Published::Version(_)) => Page::flash(&req, "author-flash-published"),
        Ok(Published::Unchanged) => Page::flash(&req, "author-flash-unchanged"),
        Err(e @ enrollment::Error::DraftInvalid(_)) => Page::flash(&req, e.key()),
        Err(e) => return Err(e.into()),
    }
    Ok(a.page
        .redirect(&format!("/author/modules/{}/history", a.slug)))
}

pub async fn translate(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (_, slug, to) = path.into_inner();
    let target = Lang::from_code(&to)
        .filter(|l| *l != Lang::Ru)
        .ok_or(AppError::NotFound)?;
    let a = Authoring::new(&req, &viewer, slug)?;
    let fields = a
        .block(&state, move |db, who, slug| {
            authoring::translation(db, who, slug, target)
        })
        .await?;
    let page = a.page;
    let mut ctx = Context::new();
    ctx.insert("slug", &a.slug);
    ctx.insert("target", target.code());
    ctx.insert("fields", &fields);
    ctx.insert(
        "langs",
        &Lang::ALL
            .iter()
            .filter(|l| **l != Lang::Ru)
            .map(|l| l.code())
            .collect::<Vec<_>>(),
    );
    page.render(&state, "author-translate.html", "author", ctx)
}

pub async fn export_module(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let bytes = a
        .block(&state, |db, who, slug| {
            // The permission check: only people who may open the module export it.
            authoring::draft(db, who, slug)?;
            authoring::zip(&authoring::export(db, Some(slug))?)
        })
        .await?;
    Ok(zip_response(&format!("{}.zip", a.slug), bytes))
}

pub async fn export_all(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let _page = Page::new(&req, &viewer)?;
    viewer.require(&[
        enrollment::accounts::Role::Staff,
        enrollment::accounts::Role::Admin,
    ])?;
    let db = state.db.clone();
    let bytes = web::block(move || authoring::zip(&authoring::export(&db, None)?)).await??;
    Ok(zip_response("course-content.zip", bytes))
}

fn zip_response(name: &str, bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(bytes)
}

pub async fn set_author(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let fields = Fields::parse(&body);
    let attachment = match fields.get("attachment") {
        "none" => None,
        other => Some(Attachment::parse(other).ok_or(AppError::BadRequest)?),
    };
    let email = fields.get("email").trim().to_string();
    let result = a
        .block(&state, move |db, who, slug| {
            Ok(authoring::set_module_author_by_email(
                db, who, slug, &email, attachment,
            ))
        })
        .await?;
    match result {
        Ok(()) => Page::flash(&req, "author-flash-authors-saved"),
        Err(enrollment::Error::NotFound) | Err(enrollment::Error::InvalidEmail) => {
            Page::flash(&req, "author-flash-no-such-author")
        }
        Err(e) => return Err(e.into()),
    }
    Ok(a.page.redirect(&format!("/author/modules/{}", a.slug)))
}

#[derive(Serialize)]
struct GiftRow {
    line: u32,
    ok: bool,
    kind: String,
    id: String,
    code: String,
    message: String,
}

fn render_gift(
    page: &Page,
    state: &AppState,
    slug: &str,
    target: &str,
    gift: &str,
    rows: Option<Vec<GiftRow>>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let mut ctx = Context::new();
    ctx.insert("slug", slug);
    ctx.insert("target", target);
    ctx.insert("gift", gift);
    ctx.insert("has_report", &rows.is_some());
    ctx.insert("rows", &rows.unwrap_or_default());
    ctx.insert("langs", &lang_codes());
    page.render_status(state, status, "author-gift.html", "author", ctx)
}

pub async fn gift_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    // Only people who may open the module see the form.
    a.block(&state, |db, who, slug| {
        authoring::draft(db, who, slug).map(|_| ())
    })
    .await?;
    render_gift(&a.page, &state, &a.slug, "ru", "", None, StatusCode::OK)
}

/// Converts pasted Moodle GIFT into questions appended to `quiz.LANG.toml` of the draft
/// (the existing text kept byte for byte), with a report line per question: imported as
/// which id, or why not. A module without `quiz.toml` gets one (pass mark 70, editable in
/// the settings).
pub async fn gift_import(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let a = Authoring::new(&req, &viewer, path.into_inner().1)?;
    let fields = Fields::parse(&body);
    let target = Lang::from_code(fields.get("lang")).ok_or(AppError::BadRequest)?;
    let gift = fields.get("gift").replace("\r\n", "\n");
    let (questions, errors) = courses::gift::parse(&gift);
    let file = format!("quiz.{}.toml", target.code());
    let qs = questions.clone();
    let outcome = a
        .block(&state, move |db, who, slug| {
            let draft = authoring::draft(db, who, slug)?;
            let existing = draft.text(&file).unwrap_or_default();
            let (updated, ids) = match courses::gift::append_to_quiz_toml(&existing, &qs) {
                Ok(r) => r,
                Err(e) => return Ok(Err(e)),
            };
            let mut changes = Vec::new();
            if !qs.is_empty() {
                changes.push(Change::Put {
                    path: file,
                    bytes: updated.into_bytes(),
                });
                changes.extend(quiz_settings_if_missing(&draft));
            }
            authoring::save(db, who, slug, &changes)?;
            Ok(Ok(ids))
        })
        .await?;
    let mut rows: Vec<GiftRow> = Vec::new();
    match outcome {
        Ok(ids) => {
            for (q, id) in questions.iter().zip(ids) {
                rows.push(GiftRow {
                    line: q.line,
                    ok: true,
                    kind: q.question.kind.type_name().to_string(),
                    id,
                    code: String::new(),
                    message: String::new(),
                });
            }
        }
        Err(e) => {
            let (key, args) = e.key();
            rows.push(GiftRow {
                line: 0,
                ok: false,
                kind: String::new(),
                id: String::new(),
                code: "gift-existing-invalid".into(),
                message: state
                    .localizer
                    .content_message(a.page.lang, key, &args, &e.to_string()),
            })
        }
    }
    for e in &errors {
        rows.push(GiftRow {
            line: e.line,
            ok: false,
            kind: String::new(),
            id: String::new(),
            code: e.code.to_string(),
            message: state
                .localizer
                .content_message(a.page.lang, e.key, &e.args, &e.message),
        });
    }
    rows.sort_by_key(|r| r.line);
    let status = if rows.iter().any(|r| !r.ok) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    // Keep the pasted text only when something was refused, so it can be fixed.
    let keep = if status == StatusCode::OK {
        ""
    } else {
        gift.as_str()
    };
    render_gift(
        &a.page,
        &state,
        &a.slug,
        target.code(),
        keep,
        Some(rows),
        status,
    )
}

/// What every handler of one module's pages starts with: the page, the author, and the
/// module's slug (and the draft, when asked for), with the permission decided by the
/// service. The pages of no one module (the list, "New module", the export of all)
/// start from `Page` and decide who may see them themselves.
struct Authoring {
    page: Page,
    who: Author,
    slug: String,
}

impl Authoring {
    fn new(req: &HttpRequest, viewer: &Viewer, slug: String) -> Result<Authoring, AppError> {
        Ok(Authoring {
            page: Page::new(req, viewer)?,
            who: author(viewer)?,
            slug,
        })
    }

    /// Runs `f` with the database, the author and the slug on the blocking pool.
    async fn block<T, F>(&self, state: &AppState, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&enrollment::Database, &Author, &str) -> enrollment::Result<T> + Send + 'static,
    {
        let (db, who, slug) = (state.db.clone(), self.who.clone(), self.slug.clone());
        Ok(web::block(move || f(&db, &who, &slug)).await??)
    }

    /// The draft (or the published files) and the checker's findings on it.
    async fn draft_and_check(
        &self,
        state: &AppState,
    ) -> Result<(authoring::Draft, authoring::DraftCheck), AppError> {
        self.block(state, |db, who, slug| {
            Ok((
                authoring::draft(db, who, slug)?,
                authoring::check(db, who, slug)?,
            ))
        })
        .await
    }
}

/// The question editor's view of one question: the form values plus the checker's
/// findings that fall within its lines.
#[derive(Serialize)]
struct QuestionView<'a> {
    #[serde(flatten)]
    q: &'a FormQuestion,
    /// A `type` the form has no fields for stays selected as written.
    known_kind: bool,
    diagnostics: Vec<&'a DiagView>,
}

#[allow(clippy::too_many_arguments)]
fn render_quiz_form(
    ctx_of: &Authoring,
    state: &AppState,
    file: &str,
    form: &QuizForm,
    text: &str,
    check: &authoring::DraftCheck,
    saved: bool,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let diags: Vec<DiagView> = diag_views(state, ctx_of.page.lang, check)
        .into_iter()
        .filter(|d| d.file == file)
        .collect();
    let starts = quiz_form::question_lines(text);
    let at = |d: &DiagView| d.line.and_then(|l| quiz_form::question_at(&starts, l));
    let questions: Vec<QuestionView> = form
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| QuestionView {
            q,
            known_kind: quiz_form::TYPES.contains(&q.kind.as_str()),
            diagnostics: diags.iter().filter(|d| at(d) == Some(i)).collect(),
        })
        .collect();
    let general: Vec<&DiagView> = diags.iter().filter(|d| at(d).is_none()).collect();
    let mut ctx = Context::new();
    ctx.insert("slug", &ctx_of.slug);
    ctx.insert("file", file);
    ctx.insert("questions", &questions);
    ctx.insert("general", &general);
    ctx.insert("unknown_keys", &form.unknown_keys);
    ctx.insert("types", quiz_form::TYPES);
    ctx.insert("saved", &saved);
    ctx_of
        .page
        .render_status(state, status, "author-quiz.html", "author", ctx)
}

/// A quiz needs its settings file: a module without one gets `quiz.toml` with the
/// pass mark 70 along with its first questions (the settings form edits it). Only
/// for who may edit the whole module; a translator's questions go without.
fn quiz_settings_if_missing(draft: &authoring::Draft) -> Option<Change> {
    (draft.access == Access::Edit && !draft.files.contains_key("quiz.toml")).then(|| Change::Put {
        path: "quiz.toml".into(),
        bytes: b"pass_mark = 70\n".to_vec(),
    })
}

fn quiz_file(file: &str) -> Result<(), AppError> {
    if authoring::valid_file_name(file) && courses::edit::quiz_file_lang(file).is_some() {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The question editor: every question of `quiz.LANG.toml` as form fields. A file that
/// is not TOML sends the author to the text view.
pub async fn quiz_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (_, slug, file) = path.into_inner();
    quiz_file(&file)?;
    let a = Authoring::new(&req, &viewer, slug)?;
    let (draft, check) = a.draft_and_check(&state).await?;
    let text = draft.text(&file).unwrap_or_default();
    let Ok(form) = QuizForm::from_toml(&text) else {
        Page::flash(&req, "author-quiz-not-toml");
        return Ok(a
            .page
            .redirect(&format!("/author/modules/{}/files/{file}", a.slug)));
    };
    render_quiz_form(
        &a,
        &state,
        &file,
        &form,
        &text,
        &check,
        false,
        StatusCode::OK,
    )
}

/// Saves the submitted questions (whatever button was pressed: add, remove, move or
/// save) as the draft's `quiz.LANG.toml`, then shows the form again with the
/// checker's findings at their questions.
pub async fn quiz_save(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (_, slug, file) = path.into_inner();
    quiz_file(&file)?;
    let a = Authoring::new(&req, &viewer, slug)?;
    let fields = Fields::parse(&body);
    let action = FormAction::parse(fields.get("action"), fields.get("new_type"))
        .ok_or(AppError::BadRequest)?;
    let mut form =
        QuizForm::from_fields(&|name| fields.has(name).then(|| fields.get(name).to_string()));
    form.apply(&action);
    let text = form.to_toml();
    let (f, t) = (file.clone(), text.clone());
    let check = a
        .block(&state, move |db, who, slug| {
            let draft = authoring::draft(db, who, slug)?;
            let mut changes = vec![Change::Put {
                path: f,
                bytes: t.into_bytes(),
            }];
            changes.extend(quiz_settings_if_missing(&draft));
            authoring::save(db, who, slug, &changes)?;
            authoring::check(db, who, slug)
        })
        .await?;
    let status = if check.for_file(&file).any(|d| d.is_error()) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_quiz_form(&a, &state, &file, &form, &text, &check, true, status)
}

/// The "New module" form's numbers: (field, smallest, largest, required).
const NEW_MODULE_NUMBERS: [(&str, u32, u32, bool); 4] = [
    ("estimated_minutes", 1, 600, true),
    ("pass_mark", 1, 100, true),
    ("max_attempts", 1, 100, false),
    ("time_limit_minutes", 1, 600, false),
];

const CREATORS: [enrollment::accounts::Role; 3] = [
    enrollment::accounts::Role::Instructor,
    enrollment::accounts::Role::Staff,
    enrollment::accounts::Role::Admin,
];

fn render_new_module(
    page: &Page,
    state: &AppState,
    levels: &[(String, String)],
    values: &std::collections::BTreeMap<String, String>,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let mut ctx = Context::new();
    ctx.insert(
        "levels",
        &levels
            .iter()
            .map(|(slug, title)| serde_json::json!({ "slug": slug, "title": title }))
            .collect::<Vec<_>>(),
    );
    ctx.insert("values", values);
    ctx.insert("errors", &errors.0);
    ctx.insert("author_lang", page.lang.code());
    // The author's language first; the others are optional and folded away.
    ctx.insert(
        "other_langs",
        &Lang::ALL
            .iter()
            .filter(|l| **l != page.lang)
            .map(|l| l.code())
            .collect::<Vec<_>>(),
    );
    ctx.insert("lesson_file", authoring::NEW_MODULE_LESSON);
    // Texts typed in other languages (or their errors) stay in sight.
    let others_open = Lang::ALL.iter().filter(|l| **l != page.lang).any(|l| {
        ["title", "summary"].iter().any(|f| {
            let name = format!("{f}.{}", l.code());
            values.get(&name).is_some_and(|v| !v.trim().is_empty()) || errors.0.contains_key(&name)
        })
    });
    ctx.insert("others_open", &others_open);
    page.render_status(state, status, "author-new.html", "author", ctx)
}

/// "New module": the form, for instructors, staff and admins.
pub async fn new_module_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.require(&CREATORS)?;
    let db = state.db.clone();
    let lang = page.lang;
    let levels = web::block(move || authoring::levels_for_new_module(&db, lang)).await??;
    let values: std::collections::BTreeMap<String, String> = [
        ("level", levels.first().map(|l| l.0.as_str()).unwrap_or("")),
        ("estimated_minutes", "45"),
        ("pass_mark", "70"),
        ("max_attempts", "3"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    render_new_module(
        &page,
        &state,
        &levels,
        &values,
        &FieldErrors::default(),
        StatusCode::OK,
    )
}

/// Creates the module as a draft (see `authoring::create_module`) and opens it; with
/// errors, shows the form again with each message at its field and everything typed.
pub async fn new_module_create(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.require(&CREATORS)?;
    let who = author(&viewer)?;
    let fields = Fields::parse(&body);
    let mut errors = FieldErrors::default();
    let mut numbers = std::collections::BTreeMap::new();
    for (name, min, max, required) in NEW_MODULE_NUMBERS {
        let typed = fields.get(name).trim();
        if typed.is_empty() && !required {
            continue;
        }
        match typed.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => {
                numbers.insert(name, n);
            }
            _ => errors.add(name, "error-new-module-number"),
        }
    }
    let mut new = authoring::NewModule {
        level: fields.get("level").to_string(),
        slug: fields.get("slug").trim().to_string(),
        estimated_minutes: numbers.get("estimated_minutes").copied().unwrap_or(0),
        pass_mark: numbers.get("pass_mark").copied().unwrap_or(0),
        max_attempts: numbers.get("max_attempts").copied(),
        time_limit_minutes: numbers.get("time_limit_minutes").copied(),
        prerequisites: fields
            .get("prerequisites")
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        ..Default::default()
    };
    for lang in Lang::ALL {
        let code = lang.code();
        new.titles
            .insert(lang, fields.get(&format!("title.{code}")).to_string());
        new.summaries.insert(
            lang,
            fields.get(&format!("summary.{code}")).replace("\r\n", "\n"),
        );
        new.objectives.insert(
            lang,
            fields
                .get(&format!("objectives.{code}"))
                .lines()
                .map(str::to_string)
                .collect(),
        );
    }
    let db = state.db.clone();
    let lang = page.lang;
    let valid = errors.is_empty();
    let slug = new.slug.clone();
    let (outcome, levels) = web::block(move || {
        // The numbers are wrong: nothing is created, but the other fields are still
        // checked so every problem shows at once.
        let outcome = if valid {
            authoring::create_module(&db, &who, lang, &new)?
        } else {
            Err(authoring::check_new_module(&db, &who, lang, &new)?)
        };
        Ok::<_, enrollment::Error>((outcome, authoring::levels_for_new_module(&db, lang)?))
    })
    .await??;
    match outcome {
        Ok(()) => {
            Page::flash(&req, "author-flash-created");
            Ok(page.redirect(&format!("/author/modules/{slug}")))
        }
        Err(problems) => {
            for (field, key) in problems {
                errors.add(&field, key);
            }
            render_new_module(
                &page,
                &state,
                &levels,
                &fields.echo(),
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

// --- Image upload (lesson editor) ---------------------------------------------------

/// Largest image file accepted from a browser. Checked while the body streams in, so a
/// bigger upload is refused without being read (or kept) in full.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;

/// Room for the form's other fields (the lesson text, at most as much as the editor's
/// own form may send, and the alt text) and the multipart framing.
const MAX_UPLOAD_BODY: usize = MAX_UPLOAD_BYTES + crate::csrf::MAX_FORM_BYTES + 64 * 1024;

/// The upload form's state on the lesson editor: what was typed, the error keys next
/// to their field, and the Markdown that shows the image (added to the lesson text, or
/// to paste when the form came without it).
#[derive(Serialize, Default)]
struct UploadView {
    alt: String,
    errors: std::collections::BTreeMap<&'static str, &'static str>,
    added: Option<authoring::AddedImage>,
    snippet: String,
    inserted: bool,
}

/// What the form sent, read with limits.
#[derive(Default)]
struct UploadForm {
    alt: String,
    file_name: String,
    bytes: Vec<u8>,
    /// The lesson text as typed in the editor (the upload is a button of the editor's
    /// form); `None` from a form without it.
    text: Option<String>,
    too_large: bool,
}

/// Reads the multipart body field by field, stopping at the first byte over the limit,
/// or at the image when the body is declared too large (`image_too_large`): the fields
/// before it, the lesson text among them, are still read, so the text is not lost.
async fn read_upload(
    mut form: actix_multipart::Multipart,
    image_too_large: bool,
) -> Result<UploadForm, AppError> {
    use futures_util::StreamExt;
    let mut out = UploadForm::default();
    let mut total = 0usize;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(|_| AppError::BadRequest)?;
        let name = field.name().unwrap_or_default().to_string();
        if name == "image" {
            if image_too_large {
                out.too_large = true;
                return Ok(out);
            }
            out.file_name = field
                .content_disposition()
                .and_then(|d| d.get_filename())
                .unwrap_or_default()
                .to_string();
        }
        let limit = match name.as_str() {
            "image" => MAX_UPLOAD_BYTES,
            "text" => crate::csrf::MAX_FORM_BYTES,
            _ => 4 * 1024,
        };
        let mut value = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::BadRequest)?;
            total += chunk.len();
            if value.len() + chunk.len() > limit || total > MAX_UPLOAD_BODY {
                out.too_large = true;
                return Ok(out);
            }
            value.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "image" => out.bytes = value,
            "alt" => out.alt = String::from_utf8_lossy(&value).trim().to_string(),
            // Browsers send CRLF from a textarea; the files use LF.
            "text" => out.text = Some(String::from_utf8_lossy(&value).replace("\r\n", "\n")),
            _ => {}
        }
    }
    Ok(out)
}

/// Uploads an image into the module's draft from the lesson editor: a button of the
/// editor's form that sends it as multipart (works without JavaScript; the CSRF token
/// travels in the query string, see `csrf`). The lesson text comes along and is saved
/// whatever becomes of the image, with the Markdown that shows the image added at its
/// end; a form without the text gets the Markdown to paste. The editor is shown again
/// with the errors next to their fields and the typed alt text kept.
pub async fn image_upload(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let (_, slug, file) = path.into_inner();
    if !authoring::valid_file_name(&file) || file_kind(&file) != "lesson" {
        return Err(AppError::NotFound);
    }
    let mut a = Authoring::new(&req, &viewer, slug)?;
    // The page shown is the editor's: its language links must not carry the token.
    a.page.tail = format!("/author/modules/{}/files/{file}", a.slug);
    // Who may not edit the module is refused before the body is read.
    let access = a
        .block(&state, |db, who, slug| {
            authoring::draft(db, who, slug).map(|d| d.access)
        })
        .await?;
    if access != Access::Edit {
        return Err(AppError::Forbidden);
    }
    let mut view = UploadView::default();
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let form = read_upload(
        actix_multipart::Multipart::new(req.headers(), payload),
        declared.is_some_and(|n| n > MAX_UPLOAD_BODY),
    )
    .await?;
    view.alt = form.alt.clone();
    if form.too_large {
        view.errors.insert("image", "error-upload-too-large");
    } else if form.bytes.is_empty() {
        view.errors.insert("image", "error-upload-no-file");
    }
    if form.alt.is_empty() {
        view.errors.insert("alt", "error-upload-alt-missing");
    }
    let mut status = StatusCode::OK;
    let complete = view.errors.is_empty();
    let lesson = file.clone();
    let (stored, text) = a
        .block(&state, move |db, who, slug| {
            store_upload(db, who, slug, &lesson, form, complete)
        })
        .await?;
    match stored {
        Some(Ok(added)) => {
            view.snippet = courses::edit::image_reference(&view.alt, &added.path);
            view.inserted = text.is_some();
            // The form is ready for the next image.
            view.alt.clear();
            view.added = Some(added);
        }
        Some(Err(e)) => {
            view.errors.insert("image", e.key());
        }
        None => {}
    }
    if let Some(key) = view.errors.get("image") {
        status = if *key == "error-upload-too-large" {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
    } else if !view.errors.is_empty() {
        status = StatusCode::UNPROCESSABLE_ENTITY;
    }
    let (draft, check) = a.draft_and_check(&state).await?;
    let saved = text.is_some();
    let text = text.unwrap_or_else(|| draft.text(&file).unwrap_or_default());
    let mut res = render_file_with(
        &a.page,
        &state,
        &a.slug,
        &file,
        &text,
        Some(&check),
        saved,
        status,
        view,
    )?;
    // This page's address carries the CSRF token: keep it from other sites' `Referer`.
    res.headers_mut().insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("same-origin"),
    );
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        // The rest of the body was not read: the connection cannot carry another request.
        res.head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(res)
}

/// The service calls of an upload: the image when the form is `complete`, the lesson
/// text when it came (in the same save as the image when that is stored). Returns what
/// became of the image (a refusal the form shows, or nothing tried) and the lesson text
/// as saved.
#[allow(clippy::type_complexity)]
fn store_upload(
    db: &enrollment::Database,
    who: &Author,
    slug: &str,
    lesson: &str,
    form: UploadForm,
    complete: bool,
) -> enrollment::Result<(
    Option<Result<authoring::AddedImage, enrollment::Error>>,
    Option<String>,
)> {
    let mut refused = None;
    if complete {
        let (name, bytes) = (&form.file_name, &form.bytes);
        let stored = match &form.text {
            Some(text) => {
                authoring::add_image_to_lesson(db, who, slug, name, bytes, lesson, text, &form.alt)
                    .map(|(added, text)| (added, Some(text)))
            }
            None => authoring::add_image(db, who, slug, name, bytes).map(|added| (added, None)),
        };
        match stored {
            Ok((added, text)) => return Ok((Some(Ok(added)), text)),
            Err(e @ (enrollment::Error::UploadNotImage | enrollment::Error::UploadTooLarge)) => {
                refused = Some(Err(e));
            }
            Err(e) => return Err(e),
        }
    }
    // No image stored: what was typed is kept all the same (an unchanged text makes no
    // draft of a module that has none).
    if let Some(text) = &form.text {
        if authoring::draft(db, who, slug)?.text(lesson).as_ref() != Some(text) {
            authoring::save(
                db,
                who,
                slug,
                &[Change::Put {
                    path: lesson.to_string(),
                    bytes: text.as_bytes().to_vec(),
                }],
            )?;
        }
    }
    Ok((refused, form.text))
}
