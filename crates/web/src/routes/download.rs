//! "Download module": one self-contained HTML file of a module in the learner's
//! language (every lesson, images inlined as `data:` URIs, its own small stylesheet),
//! to read on a device that is rarely online or to pass on a memory stick. Its size is
//! shown on the module page before downloading.
//!
//! Module versions never change, so each file is built once per (version, language)
//! and kept in memory (a bounded map, `DownloadCache`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use base64::Engine;
use courses::{Lang, Module};
use enrollment::catalog::{self, LessonPage};
use serde::Serialize;
use tera::Context;

use crate::error::AppError;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

/// Built files, by (module id, version, language). At most `CAPACITY` are kept; when
/// full it starts again (a file takes a few database reads to rebuild).
#[derive(Default)]
pub struct DownloadCache(Mutex<HashMap<(i64, i32, Lang), web::Bytes>>);

const CAPACITY: usize = 64;

#[derive(Serialize)]
struct LessonView {
    title: String,
    html: String,
    lang: &'static str,
}

/// The module file for an enrolled learner: (file name, bytes).
pub async fn module_file(
    state: &AppState,
    cache: &DownloadCache,
    user: i64,
    slug: &str,
    lang: Lang,
) -> Result<(String, web::Bytes), AppError> {
    let db = state.db.clone();
    let s = slug.to_string();
    let learner = web::block(move || enrollment::learning::learner(&db, user)).await??;
    let enrolment = learner.enrolment(&s).ok_or(AppError::NotFound)?;
    let key = (enrolment.module_id, enrolment.version, lang);
    let name = format!("{slug}-{}.html", lang.code());
    if let Some(bytes) = cache.0.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return Ok((name, bytes));
    }
    let module: Arc<Module> = enrolment.module.clone();
    let (module_id, version) = (enrolment.module_id, enrolment.version);
    let db = state.db.clone();
    let m = module.clone();
    let (pages, images) = web::block(move || -> enrollment::Result<_> {
        let mut pages: Vec<LessonPage> = Vec::new();
        for l in &m.lessons {
            pages.push(catalog::lesson_page(
                &db, module_id, version, &l.slug, lang,
            )?);
        }
        let mut images = Vec::new();
        for i in &m.images {
            let (content_type, bytes) = catalog::image(&db, &m.slug, version, &i.file)?;
            images.push((i.file.clone(), content_type, bytes));
        }
        Ok((pages, images))
    })
    .await??;
    let media = enrollment::content_import::image_path(slug, version, "");
    let inline: Vec<(String, String)> = images
        .iter()
        .map(|(file, content_type, bytes)| {
            (
                format!("src=\"{media}{file}\""),
                format!(
                    "src=\"data:{content_type};base64,{}\"",
                    base64::engine::general_purpose::STANDARD.encode(bytes)
                ),
            )
        })
        .collect();
    let site = state.renderer.public_url().to_string();
    let lessons: Vec<LessonView> = pages
        .into_iter()
        .map(|p| {
            let mut html = p.html;
            for (from, to) in &inline {
                html = html.replace(from, to);
            }
            // Links to this module's lessons (in whichever language the lesson was
            // written) point into this file; other links to the site become absolute.
            for l in Lang::ALL {
                html = html.replace(
                    &format!("href=\"/{}/modules/{slug}/lessons/", l.code()),
                    "href=\"#lesson-",
                );
            }
            html = html.replace("href=\"/", &format!("href=\"{site}/"));
            LessonView {
                title: p.title,
                html,
                lang: p.lang.code(),
            }
        })
        .collect();
    let title = crate::routes::learn::text(&module.title, lang);
    let (objectives_lang, objectives) = module
        .objectives
        .best(lang)
        .map(|(shown, o)| (shown.code(), o.clone()))
        .unwrap_or((lang.code(), Vec::new()));
    let mut ctx = Context::new();
    ctx.insert("module_title", &title);
    ctx.insert("objectives", &objectives);
    ctx.insert("objectives_lang", objectives_lang);
    ctx.insert("lessons", &lessons);
    ctx.insert(
        "slugs",
        &module
            .lessons
            .iter()
            .map(|l| l.slug.clone())
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "source",
        &format!(
            "{}/{}/modules/{slug}",
            state.renderer.public_url(),
            lang.code()
        ),
    );
    let html = state.renderer.plain("download.html", lang, ctx)?;
    let bytes = web::Bytes::from(html);
    if let Ok(mut m) = cache.0.lock() {
        if m.len() >= CAPACITY {
            m.clear();
        }
        m.insert(key, bytes.clone());
    }
    Ok((name, bytes))
}

/// The file's size in whole kilobytes (rounded up), for the module page.
pub fn size_kb(bytes: usize) -> usize {
    bytes.div_ceil(1024).max(1)
}

pub async fn download(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    cache: web::Data<DownloadCache>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, slug) = path.into_inner();
    let (name, bytes) = module_file(&state, &cache, user, &slug, page.lang).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "private, max-age=3600"))
        .body(bytes))
}
