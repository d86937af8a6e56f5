//! `/healthz`: the process answers. `/readyz`: it can serve (database reachable,
//! migrations current); load balancers route traffic only to ready instances.

use actix_web::{web, HttpResponse};

use crate::error::AppError;
use crate::state::AppState;

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok")
}

pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let db = state.db.clone();
    let readiness = web::block(move || enrollment::health::check(&db)).await?;
    let mut res = if readiness.is_ready() {
        HttpResponse::Ok()
    } else {
        HttpResponse::ServiceUnavailable()
    };
    Ok(res
        .insert_header(("cache-control", "no-store"))
        .json(serde_json::json!({
            "status": if readiness.is_ready() { "ready" } else { "not-ready" },
            "database": readiness.database,
            "backend": state.db.backend().name(),
            "pending_migrations": readiness.pending_migrations,
        })))
}
