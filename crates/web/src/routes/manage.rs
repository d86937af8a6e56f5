//! The staff's start page: one "Manage" link in the header instead of one link per
//! tool, so the header stays one line on a phone; the page lists the tools the
//! viewer's role opens, each with what it is for.

use actix_web::{web, HttpRequest, HttpResponse};
use enrollment::accounts::Role;
use tera::Context;

use crate::error::AppError;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

pub async fn page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    // The template shows each tool by the viewer's role flags (`viewer.is_staff`, …).
    viewer.require(&[Role::Instructor, Role::Translator, Role::Staff, Role::Admin])?;
    page.render(&state, "manage.html", "manage", Context::new())
}
