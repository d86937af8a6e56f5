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
    pub hidden: bool,
    pub revoked_on: Option<String>,
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
            hidden: r.hidden,
            revoked_on: r.revoked_at.map(|t| i18n::format::date(lang, t.date())),
            id: r.id,
        })
        .collect())
}

#[derive(Deserialize)]
pub struct FileQuery {
    #[serde(rename = "in")]
    lang: Option<String>,
}

/// `/{lang}/certificates/{id}.pdf?in={lang}`: the owner's certificate as a PDF, printed
/// in the language asked for (default: the page language);
/// `/{lang}/certificates/{id}.json?in={lang}`: the same as a signed Open Badges 3.0
/// credential. Anyone else gets 404.
pub async fn file(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<FileQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, file) = path.into_inner();
    let (id, format) = match (file.strip_suffix(".pdf"), file.strip_suffix(".json")) {
        (Some(id), _) => (id.to_owned(), Format::Pdf),
        (_, Some(id)) => (id.to_owned(), Format::Badge),
        _ => return Err(AppError::NotFound),
    };
    let lang = match query.lang.as_deref() {
        Some(code) => Lang::from_code(code).ok_or(AppError::NotFound)?,
        None => page.lang,
    };
    let db = state.db.clone();
    let found = web::block(move || -> enrollment::Result<_> {
        match certs::find(&db, &id)? {
            Some(r) if r.user_id == Some(user) => {
                let payload = certs::payload_in(&db, &r, lang)?;
                // Only the badge is signed again here; the PDF carries the payload.
                let key = match format {
                    Format::Badge => Some(certs::key_of(&db, &r)?),
                    Format::Pdf => None,
                };
                Ok(Some((r, payload, key)))
            }
            _ => Ok(None),
        }
    })
    .await??;
    let (record, payload, key) = found.ok_or(AppError::NotFound)?;
    let (body, content_type, name) = match format {
        Format::Pdf => (
            crate::certificate_pdf::render(&state.renderer, &payload, lang)?,
            "application/pdf",
            crate::certificate_pdf::file_name(&record.id, lang),
        ),
        Format::Badge => (
            open_badge(
                &state,
                &record,
                &payload,
                key.as_ref().ok_or(AppError::NotFound)?,
            )
            .into_bytes(),
            "application/json",
            format!("open-badge-{}-{}.json", record.id, lang.code()),
        ),
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("cache-control", "private, no-cache"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body))
}

#[derive(Clone, Copy)]
enum Format {
    Pdf,
    Badge,
}

/// The signed Open Badges 3.0 credential of a certificate, described in the language the
/// payload was signed for.
fn open_badge(
    state: &AppState,
    record: &CertificateRecord,
    payload: &certificates::SignedPayload,
    key: &certificates::IssuerKey,
) -> String {
    use certificates::open_badge;
    let data = payload.data();
    let lang = data.lang();
    let base = state.renderer.public_url();
    let verify_url = certificates::verify_page_url(base, data.id());
    let (achievement_url, description, criteria) = match record.kind {
        certificates::Kind::Module => (
            format!("{base}/{}/modules/{}", lang.code(), record.subject_slug),
            "badge-description-module",
            "badge-criteria-module",
        ),
        certificates::Kind::Level => (
            format!(
                "{base}/{}/catalogue#level-{}",
                lang.code(),
                record.subject_slug
            ),
            "badge-description-level",
            "badge-criteria-level",
        ),
    };
    let r = &state.renderer;
    let description = r.message_with(lang, description, &[("title", data.title())]);
    let criteria = r.message(lang, criteria);
    let details = open_badge::BadgeDetails {
        verify_url: &verify_url,
        issuer_url: base,
        achievement_url: &achievement_url,
        description: &description,
        criteria: &criteria,
        issued_at: record.issued_at,
    };
    let credential = open_badge::credential(data, &details, &key.verifying_key());
    let signed = open_badge::sign(credential, key, record.issued_at);
    serde_json::to_string_pretty(&signed).expect("JSON values serialize")
}

/// `POST /{lang}/certificates/{id}/visibility`: the owner shows or hides a certificate
/// in public lookup by id (`hidden=1` hides).
pub async fn set_visibility(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let user = viewer.user()?.id;
    let (_, id) = path.into_inner();
    let hidden = crate::forms::Fields::parse(&body).get("hidden") == "1";
    let db = state.db.clone();
    web::block(move || certs::set_hidden(&db, user, &id, hidden)).await??;
    Page::flash(
        &req,
        if hidden {
            "certificate-hidden-flash"
        } else {
            "certificate-shown-flash"
        },
    );
    Ok(page.redirect("/dashboard#h-certificates"))
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
    revoke_reason: Option<&'static str>,
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
        revoke_reason: certs::revocation_reason(r).map(|reason| reason.key()),
    }
}

fn verified_payload(
    data: &certificates::CertificateData,
    status: &'static str,
    lang: Lang,
) -> Verified {
    Verified {
        status,
        holder: data.holder_name().to_owned(),
        title: data.title().to_owned(),
        title_lang: data.lang().code(),
        date: i18n::format::date(lang, data.completed_on()),
        revoked_on: None,
        revoke_reason: None,
    }
}

/// `/{lang}/verify/{id}`: valid, revoked (with the date) or unknown (404); the holder's
/// name, the title and the date, nothing else. No sign-in needed. A certificate its
/// holder hid is "unknown" here; its signed payload still verifies at `/{lang}/verify`.
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
    ctx.insert("payload", "");
    match record {
        Some(r) => {
            ctx.insert("certificate", &verified(&r, page.lang));
            page.render(&state, "verify.html", "verify", ctx)
        }
        None => {
            ctx.insert("outcome", "verify-unknown");
            page.render_status(&state, StatusCode::NOT_FOUND, "verify.html", "verify", ctx)
        }
    }
}

#[derive(Deserialize)]
pub struct PayloadQuery {
    #[serde(default)]
    payload: String,
}

/// The longest text the form accepts: a payload is about 300 characters, a QR URL a
/// little more; anything far longer is not a certificate.
const MAX_PAYLOAD_CHARS: usize = 2000;

/// `/{lang}/verify?payload=…`: paste the text of a certificate's QR code (the signed
/// payload or the whole address) and see whether it is genuine. The signature is checked
/// against the published keys and the registry says whether it was revoked. A GET form:
/// checking changes nothing, and the result can be shared as a link. On a phone, the QR
/// code opens `/verify/{id}#payload` and a small script fills this form from the `#`.
pub async fn verify_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    query: web::Query<PayloadQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let text = query.into_inner().payload.trim().to_owned();
    let mut ctx = Context::new();
    ctx.insert("payload", &text);
    ctx.insert("form_only", &text.is_empty());
    if text.is_empty() {
        return page.render(&state, "verify.html", "verify", ctx);
    }
    if text.chars().count() > MAX_PAYLOAD_CHARS {
        ctx.insert("outcome", "cert-bad-format");
        return page.render_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            "verify.html",
            "verify",
            ctx,
        );
    }
    let db = state.db.clone();
    let check = web::block(move || certs::check_payload(&db, &text)).await??;
    let lang = page.lang;
    match check {
        certs::PayloadCheck::Valid(data) => {
            ctx.insert("certificate", &verified_payload(&data, "valid", lang));
        }
        certs::PayloadCheck::Revoked {
            data,
            revoked_on,
            reason,
        } => {
            let mut v = verified_payload(&data, "revoked", lang);
            v.revoked_on = Some(i18n::format::date(lang, revoked_on));
            v.revoke_reason = Some(reason.key());
            ctx.insert("certificate", &v);
        }
        certs::PayloadCheck::Withdrawn(data) => {
            ctx.insert("certificate", &verified_payload(&data, "withdrawn", lang));
        }
        certs::PayloadCheck::Invalid(key) => {
            ctx.insert("outcome", key);
            return page.render_status(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                "verify.html",
                "verify",
                ctx,
            );
        }
    }
    page.render(&state, "verify.html", "verify", ctx)
}

/// `/verify/revocations.json`: every revoked certificate, signed (`csoa-revocations/1`),
/// for checkers who work offline.
pub async fn revocations(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let db = state.db.clone();
    let list = web::block(move || certs::signed_revocation_list(&db)).await??;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("cache-control", "public, max-age=300"))
        .body(list))
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
