//! The administrator's status page: version, database, migrations, outbox,
//! certificates, last backup — what to check before and after an upgrade.

use actix_web::{web, HttpRequest, HttpResponse};
use enrollment::accounts::Role;
use serde::Serialize;
use tera::Context;

use crate::error::AppError;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

#[derive(Serialize)]
struct Backup {
    when: String,
    destination: String,
    size: String,
    method: String,
}

pub async fn page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.require(&[Role::Admin])?;
    let db = state.db.clone();
    let status = web::block(move || enrollment::status::status(&db))
        .await?
        .map_err(enrollment::Error::from)?;
    let lang = page.lang;
    let mb = |bytes: i64| i18n::format::decimal(lang, bytes as f64 / 1_048_576.0, 1);
    let mut ctx = Context::new();
    ctx.insert("version", env!("CARGO_PKG_VERSION"));
    ctx.insert(
        "backend",
        match status.backend {
            enrollment::Backend::Sqlite => "SQLite",
            enrollment::Backend::Postgres => "PostgreSQL",
        },
    );
    ctx.insert("database", &status.database);
    ctx.insert("database_size", &status.database_bytes.map(mb));
    ctx.insert("replica", &status.replica);
    ctx.insert("applied", &status.applied_migrations.len());
    ctx.insert(
        "latest_migration",
        &status
            .applied_migrations
            .last()
            .cloned()
            .unwrap_or_default(),
    );
    ctx.insert("pending", &status.pending_migrations);
    ctx.insert(
        "outbox_pending",
        &i18n::format::number(lang, status.counts.outbox_pending),
    );
    ctx.insert(
        "outbox_failed",
        &i18n::format::number(lang, status.counts.outbox_failed),
    );
    ctx.insert("outbox_has_failed", &(status.counts.outbox_failed > 0));
    ctx.insert("outbox_error", &status.last_outbox_error);
    ctx.insert(
        "certificates",
        &i18n::format::number(lang, status.counts.certificates_issued),
    );
    ctx.insert(
        "backup",
        &status.last_backup.map(|b| Backup {
            when: format!(
                "{} {} UTC",
                i18n::format::date(lang, b.taken_at.date()),
                b.taken_at.format("%H:%M")
            ),
            destination: b.destination,
            size: mb(b.size_bytes),
            method: b.method,
        }),
    );
    page.render(&state, "admin-status.html", "admin", ctx)
}
