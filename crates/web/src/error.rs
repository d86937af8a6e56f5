//! Errors a handler returns. Each maps to a status and to Fluent message ids; the
//! `error_pages` middleware turns them into a localized page (or JSON under /api).

use actix_web::body::{BoxBody, EitherBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{web, HttpResponse, ResponseError};
use tera::Context;

use crate::locale;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    SignInRequired,
    #[error("redirect to {0}")]
    Redirect(String),
    #[error("bad request")]
    BadRequest,
    #[error("forbidden")]
    Forbidden,
    #[error("the form's security token is missing or stale")]
    CsrfRejected,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("the session cookie could not be written")]
    SessionFailed,
    #[error(transparent)]
    Service(#[from] enrollment::Error),
    #[error("template: {0}")]
    Template(#[from] crate::render::TemplateError),
    #[error("blocking task failed: {0}")]
    Blocking(#[from] actix_web::error::BlockingError),
}

/// What the error page shows; attached to the response so the middleware can render it
/// with the request's language.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub title_key: &'static str,
    pub message_key: &'static str,
}

impl AppError {
    fn page(&self) -> ErrorPage {
        let (title_key, message_key) = match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found"),
            AppError::SignInRequired => ("error-forbidden-title", "error-sign-in-required"),
            AppError::Redirect(_) => ("error-not-found-title", "error-not-found"),
            AppError::BadRequest => ("error-bad-request-title", "error-bad-request"),
            AppError::Forbidden | AppError::Service(enrollment::Error::Forbidden) => {
                ("error-forbidden-title", "error-forbidden")
            }
            AppError::CsrfRejected => ("error-forbidden-title", "error-csrf"),
            AppError::PayloadTooLarge => ("error-bad-request-title", "error-too-large"),
            AppError::SessionFailed => ("error-internal-title", "error-internal"),
            AppError::Service(e) if e.is_internal() => ("error-internal-title", "error-internal"),
            AppError::Service(enrollment::Error::NotFound) => {
                ("error-not-found-title", "error-not-found")
            }
            AppError::Service(e) => ("error-bad-request-title", e.key()),
            AppError::Template(_) | AppError::Blocking(_) => {
                ("error-internal-title", "error-internal")
            }
        };
        ErrorPage {
            title_key,
            message_key,
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            // Turned into a redirect to the sign-in page by `render_error_page`.
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::Redirect(_) => StatusCode::SEE_OTHER,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Forbidden | AppError::Service(enrollment::Error::Forbidden) => {
                StatusCode::FORBIDDEN
            }
            AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::SessionFailed => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Service(enrollment::Error::NotFound) => StatusCode::NOT_FOUND,
            AppError::Service(e) if e.is_internal() => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Service(_) => StatusCode::BAD_REQUEST,
            AppError::Template(_) | AppError::Blocking(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        if let AppError::Redirect(location) = self {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, location.clone()))
                .finish();
        }
        let status = self.status_code();
        if status.is_server_error() {
            // The cause goes to the log (with the request id), never to the page.
            tracing::error!(error = %self, "request failed");
        }
        let mut res = HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
            .body(status.canonical_reason().unwrap_or("error"));
        res.extensions_mut().insert(self.page());
        res
    }
}

/// Renders the localized page for a response that carries an [`ErrorPage`].
pub fn render_error_page<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let page = res.response().extensions().get::<ErrorPage>().copied();
    let (Some(page), Some(state)) = (page, res.request().app_data::<web::Data<AppState>>()) else {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    };
    let req = res.request();
    if req.path().starts_with("/api/") {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let lang = locale::of_request(req);
    if status == StatusCode::UNAUTHORIZED && req.method() == actix_web::http::Method::GET {
        // A page that needs an account: sign in, then come back.
        let next = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let location = format!(
            "/{}/sign-in?next={}",
            lang.code(),
            crate::forms::url_encode(next)
        );
        let redirect = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, location))
            .finish();
        let (req, _) = res.into_parts();
        return Ok(ErrorHandlerResponse::Response(
            ServiceResponse::new(req, redirect).map_into_right_body(),
        ));
    }
    let tail = locale::split_lang(req.path())
        .map(|(_, tail)| tail.to_string())
        .unwrap_or_else(|| "/".to_string());
    let mut ctx = Context::new();
    ctx.insert("status", &status.as_u16());
    ctx.insert("title_key", page.title_key);
    ctx.insert("message_key", page.message_key);
    let html = match state.renderer.page("error.html", lang, &tail, "error", ctx) {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
        }
    };
    let (req, mut old) = res.into_parts();
    old.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    let new = old.set_body(html).map_into_boxed_body();
    let res: ServiceResponse<EitherBody<B, BoxBody>> =
        ServiceResponse::new(req, new).map_into_right_body();
    Ok(ErrorHandlerResponse::Response(res))
}
