//! The home page, and the redirects that put a language into every URL.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use courses::Lang;
use tera::Context;

use crate::error::AppError;
use crate::locale;
use crate::state::AppState;

/// `/` → `/{lang}/`, by the visitor's cookie or browser language.
pub async fn root(req: HttpRequest) -> HttpResponse {
    redirect_to(locale::negotiate(&req), "/")
}

pub async fn page(
    req: HttpRequest,
    viewer: crate::session::Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    crate::page::Page::new(&req, &viewer)?.render(&state, "home.html", "home", Context::new())
}

/// `/kk` → `/kk/`.
pub async fn page_without_slash(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let (lang, _) = locale::split_lang(req.path()).ok_or(AppError::NotFound)?;
    Ok(redirect_to(lang, "/"))
}

/// A path without a language (`/catalogue`) is sent to the same path in the visitor's
/// language; anything under a language that no route matched is a localized 404.
pub async fn fallback(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let path = req.path();
    if locale::split_lang(path).is_some() || is_reserved(path) || req.method() != "GET" {
        return Err(AppError::NotFound);
    }
    let mut tail = path.to_string();
    if let Some(q) = req.uri().query() {
        tail.push('?');
        tail.push_str(q);
    }
    Ok(redirect_to(locale::negotiate(&req), &tail))
}

fn is_reserved(path: &str) -> bool {
    [
        "/api/", "/static/", "/verify", "/metrics", "/healthz", "/readyz",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

fn redirect_to(lang: Lang, tail: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/{}{}", lang.code(), tail)))
        // The target depends on these request headers; caches must not mix them up.
        .insert_header((header::VARY, "Accept-Language, Cookie"))
        .finish()
}
