//! Administrators manage who has which role.

use actix_web::{web, HttpRequest, HttpResponse};
use enrollment::accounts::Role;
use enrollment::auth;
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::forms::Fields;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

const PER_PAGE: i64 = 50;

/// Far beyond any real list: keeps the page arithmetic from overflowing.
const MAX_PAGE: i64 = 1_000_000_000;

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: i64,
}

#[derive(Serialize)]
struct Row {
    id: i64,
    email: String,
    name: String,
    role: &'static str,
    verified: bool,
    created: String,
}

pub async fn users(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.require(&[Role::Admin])?;
    let ListQuery { q, page: n } = q.into_inner();
    // Any number may come from the address bar; past the last page the list is empty.
    let n = n.clamp(0, MAX_PAGE);
    let db = state.db.clone();
    let query = q.clone();
    let (rows, total) = web::block(move || auth::list_accounts(&db, &query, n, PER_PAGE)).await??;
    let mut ctx = Context::new();
    ctx.insert(
        "users",
        &rows
            .iter()
            .map(|a| Row {
                id: a.id,
                email: a.email.clone(),
                name: a.display_name.clone(),
                role: a.role().as_str(),
                verified: a.is_verified(),
                created: i18n::format::date(page.lang, a.created_at.date()),
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "roles",
        &Role::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
    );
    ctx.insert("q", &q);
    ctx.insert("total", &total);
    ctx.insert("page_no", &n);
    ctx.insert("has_next", &((n + 1) * PER_PAGE < total));
    page.render(&state, "admin-users.html", "admin", ctx)
}

pub async fn set_role(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let actor = viewer.require(&[Role::Admin])?.clone();
    let (_, id) = path.into_inner();
    let fields = Fields::parse(&body);
    let role = Role::parse(fields.get("role")).map_err(|_| AppError::BadRequest)?;
    let db = state.db.clone();
    match web::block(move || auth::set_role(&db, &actor, id, role)).await? {
        Ok(_) => Page::flash(&req, "flash-role-changed"),
        Err(enrollment::Error::LastAdmin) => Page::flash(&req, "error-last-admin"),
        Err(e) => return Err(e.into()),
    }
    Ok(page.redirect("/admin/users"))
}
