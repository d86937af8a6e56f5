//! Certificates: the learner's PDF download (in any of the eight languages), the public
//! verification page and the published keys.
//!
//! `/verify/{id}` is the address printed on certificates and in their QR codes; it has
//! no language, so it redirects to `/{lang}/verify/{id}` in the visitor's language (the
//! `#payload` fragment stays in the browser across the redirect).

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use courses::Lang;
use enrollment::certificates::{self as certs, CertificateRecord};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::locale;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

/// A certificate in the learner's list.
#[derive(Serialize)]
pub struct CertificateItem {
    pub id: String,
    pub kind: &'static str,
    pub title: String,
    pub date: String,
}

/// The learner's certificates for the dashboard, titles in `lang` where the catalogue
/// has them.
pub async fn list_items(
    state: &AppState,
    user_id: i64,
    lang: Lang,
) -> Result<Vec<CertificateItem>, AppError> {
    let db = state.db.clone();
    let (records, catalogue) = web::block(move || -> enrollment::Result<_> {
        Ok((
            certs::list_for_user(&db, user_id)?,
            enrollment::catalog::catalogue(&db)?,
        ))
    })
    .await??;
    Ok(records
        .into_iter()
        .map(|r| CertificateItem {
            title: certs::subject_title(&catalogue, r.kind, &r.subject_slug, lang)
                .unwrap_or_else(|| r.title.clone()),
            kind: r.kind.code(),
            date: i18n::format::date(lang, r.completed_on),
            id: r.id,
        })
        .collect())
}

#[derive(Deserialize)]
pub struct PdfQuery {
    #[serde(rename = "in")]
    lang: Option<String>,
}

/// `/{lang}/certificates/{id}.pdf?in={lang}`: the owner's certificate as a PDF, printed
/// in the language asked for (default: the page language). Anyone else gets 404.
pub async fn pdf(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<PdfQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, file) = path.into_inner();
    let id = file
        .strip_suffix(".pdf")
        .ok_or(AppError::NotFound)?
        .to_owned();
    let lang = match query.lang.as_deref() {
        Some(code) => Lang::from_code(code).ok_or(AppError::NotFound)?,
        None => page.lang,
    };
    let db = state.db.clone();
    let payload = web::block(move || -> enrollment::Result<_> {
        match certs::find(&db, &id)? {
            Some(r) if r.user_id == Some(user) => {
                Ok(Some((certs::payload_in(&db, &r, lang)?, r.id)))
            }
            _ => Ok(None),
        }
    })
    .await??;
    let (payload, id) = payload.ok_or(AppError::NotFound)?;
    let r = &state.renderer;
    let heading = r.message(lang, "certificate-pdf-heading");
    let issued_by = r.message(lang, "certificate-pdf-issued-by");
    let certificate_id = r.message(lang, "certificate-pdf-id");
    let verify_at = r.message(lang, "certificate-pdf-verify-at");
    let labels = certificates::Labels {
        heading: &heading,
        issued_by: &issued_by,
        certificate_id: &certificate_id,
        verify_at: &verify_at,
    };
    let pdf = certificates::render_pdf(&payload, &labels, r.public_url())
        .map_err(|e| enrollment::Error::ContentFile(format!("certificate PDF: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header(("cache-control", "private, no-cache"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"certificate-{id}-{}.pdf\"",
                lang.code()
            ),
        ))
        .body(pdf))
}

/// `/verify/{id}` → `/{lang}/verify/{id}`, by the visitor's cookie or browser language.
pub async fn verify_redirect(req: HttpRequest, path: web::Path<String>) -> HttpResponse {
    let lang = locale::negotiate(&req);
    HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/{}/verify/{}", lang.code(), path.into_inner()),
        ))
        .insert_header((header::VARY, "Accept-Language, Cookie"))
        .finish()
}

#[derive(Serialize)]
struct Verified {
    status: &'static str,
    holder: String,
    title: String,
    title_lang: &'static str,
    date: String,
    revoked_on: Option<String>,
}

fn verified(r: &CertificateRecord, lang: Lang) -> Verified {
    Verified {
        status: if r.revoked_at.is_some() {
            "revoked"
        } else {
            "valid"
        },
        holder: r.holder_name.clone(),
        title: r.title.clone(),
        title_lang: r.lang.code(),
        date: i18n::format::date(lang, r.completed_on),
        revoked_on: r.revoked_at.map(|t| i18n::format::date(lang, t.date())),
    }
}

/// `/{lang}/verify/{id}`: valid, revoked (with the date) or unknown (404); the holder's
/// name, the title and the date, nothing else. No sign-in needed.
pub async fn verify_page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let (_, id) = path.into_inner();
    let db = state.db.clone();
    let record = web::block(move || certs::find_public(&db, &id)).await??;
    let mut ctx = Context::new();
    match record {
        Some(r) => {
            ctx.insert("certificate", &verified(&r, page.lang));
            page.render(&state, "verify.html", "verify", ctx)
        }
        None => page.render_status(&state, StatusCode::NOT_FOUND, "verify.html", "verify", ctx),
    }
}

/// `/verify/keys.json`: the public keys certificates are signed with (`csoa-keys/1`).
pub async fn keys(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let db = state.db.clone();
    let keys = web::block(move || certs::published_keys(&db)).await??;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("cache-control", "public, max-age=3600"))
        .body(keys.to_json()))
}
