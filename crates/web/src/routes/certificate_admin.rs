//! Staff look certificates up and revoke them with a reason. The reason is public (the
//! verification page shows it); the note is private and kept in the audit log.

use actix_web::{web, HttpRequest, HttpResponse};
use enrollment::accounts::Role;
use enrollment::audit::Actor;
use enrollment::certificates::{self as certs, REVOCATION_REASONS};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::forms::Fields;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Staff, Role::Admin];
const LIMIT: i64 = 100;
/// The private note is for the audit log: a sentence or two.
const MAX_NOTE_CHARS: usize = 1000;

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
}

#[derive(Serialize)]
struct Row {
    id: String,
    holder: String,
    title: String,
    kind: &'static str,
    date: String,
    hidden: bool,
    revoked_on: Option<String>,
    revoke_reason: Option<&'static str>,
}

/// `GET /{lang}/admin/certificates?q=`: the newest certificates, or those whose id or
/// holder name contains `q`, each with a revoke form.
pub async fn list(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.require(STAFF)?;
    let q = query.into_inner().q;
    let db = state.db.clone();
    let term = q.clone();
    let records = web::block(move || certs::search(&db, &term, LIMIT)).await??;
    let lang = page.lang;
    let rows: Vec<Row> = records
        .iter()
        .map(|r| Row {
            id: r.id.clone(),
            holder: r.holder_name.clone(),
            title: r.title.clone(),
            kind: r.kind.code(),
            date: i18n::format::date(lang, r.completed_on),
            hidden: r.hidden,
            revoked_on: r.revoked_at.map(|t| i18n::format::date(lang, t.date())),
            revoke_reason: certs::revocation_reason(r).map(|reason| reason.key()),
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("q", &q);
    ctx.insert("certificates", &rows);
    ctx.insert(
        "reasons",
        &REVOCATION_REASONS
            .iter()
            .map(|r| r.key())
            .collect::<Vec<_>>(),
    );
    page.render(&state, "admin-certificates.html", "admin-certificates", ctx)
}

/// `POST /{lang}/admin/certificates/{id}/revoke` with `reason` (one of the stable keys)
/// and an optional private `note`.
pub async fn revoke(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let staff = viewer.require(STAFF)?;
    let actor = Actor::user(staff.id, staff.email.clone());
    let (_, id) = path.into_inner();
    let fields = Fields::parse(&body);
    let Some(reason) = REVOCATION_REASONS
        .iter()
        .copied()
        .find(|r| r.key() == fields.get("reason"))
    else {
        Page::flash(&req, "certificate-revoke-choose-reason");
        return Ok(page.redirect(&format!("/admin/certificates?q={id}")));
    };
    let note: String = fields
        .get("note")
        .trim()
        .chars()
        .take(MAX_NOTE_CHARS)
        .collect();
    let db = state.db.clone();
    let target = id.clone();
    web::block(move || certs::revoke(&db, &actor, &target, reason, &note)).await??;
    Page::flash(&req, "certificate-revoked-flash");
    Ok(page.redirect(&format!("/admin/certificates?q={id}")))
}
