//! The learner's own data: download it all as JSON, or delete the account.

use actix_session::SessionExt;
use actix_web::http::header;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use tera::Context;

use crate::error::AppError;
use crate::forms::{FieldErrors, Fields};
use crate::page::Page;
use crate::session::{self, Viewer};
use crate::state::AppState;

/// `GET /{lang}/profile/data.json`: everything the Academy holds about the signed-in
/// learner, as a file download. Reading it changes nothing.
pub async fn export(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let account = viewer.user()?;
    let db = state.db.clone();
    let id = account.id;
    let data = web::block(move || enrollment::privacy::export(&db, id)).await??;
    // Plain structs with string keys: serializing them cannot fail.
    let mut value = serde_json::to_value(&data).expect("personal data serializes");
    // The browser session lives in the cookie, not in the database: describe this one.
    let s = req.get_session();
    let at = |k: &str| {
        s.get::<i64>(k)
            .ok()
            .flatten()
            .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    };
    value["this_browser_session"] = serde_json::json!({
        "signed_in_at": at("iat"),
        "last_seen_at": at("seen"),
    });
    let body = serde_json::to_vec_pretty(&value).expect("a JSON value serializes");
    let file = format!(
        "academy-data-{}.json",
        chrono::Utc::now().format("%Y-%m-%d")
    );
    Ok(HttpResponse::Ok()
        .content_type("application/json; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}\""),
        ))
        // Personal data: never kept by a shared cache or the browser's disk cache.
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

fn render_form(
    page: &Page,
    state: &AppState,
    keep_public: bool,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let mut ctx = Context::new();
    ctx.insert("errors", &errors.0);
    ctx.insert("form", &serde_json::json!({}));
    ctx.insert("keep_public", &keep_public);
    let status = errors.status();
    page.render_status(state, status, "profile-delete.html", "profile-delete", ctx)
}

/// `GET /{lang}/profile/delete`: what deleting erases, the certificate choice, and the
/// password to confirm.
pub async fn delete_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.user()?;
    render_form(&page, &state, false, &FieldErrors::default())
}

/// `POST /{lang}/profile/delete`: deletes the account after the password check, ends
/// this session, and says it is done.
pub async fn delete(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let account = viewer.user()?;
    let fields = Fields::parse(&body);
    let password = fields.get("password").to_string();
    let keep_public = fields.get("keep_public") == "1";
    let db = state.db.clone();
    let id = account.id;
    let result =
        web::block(move || enrollment::privacy::delete_account(&db, id, &password, keep_public))
            .await?;
    match result {
        Ok(deleted) => {
            session::sign_out(&req.get_session(), &state).await?;
            let mut ctx = Context::new();
            ctx.insert(
                "message",
                if deleted.kept_certificates > 0 {
                    "account-deleted-kept"
                } else {
                    "account-deleted"
                },
            );
            // The page that says so is a signed-out one.
            let page = Page::new(&req, &Viewer { account: None })?;
            page.render_status(
                &state,
                StatusCode::OK,
                "notice.html",
                "account-deleted",
                ctx,
            )
        }
        Err(e @ (enrollment::Error::BadCredentials | enrollment::Error::LastAdmin)) => {
            let mut errors = FieldErrors::default();
            errors.add(
                "password",
                if matches!(e, enrollment::Error::BadCredentials) {
                    "error-wrong-password"
                } else {
                    e.key()
                },
            );
            render_form(&page, &state, keep_public, &errors)
        }
        Err(e) => Err(e.into()),
    }
}
