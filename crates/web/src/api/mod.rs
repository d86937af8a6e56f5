//! The JSON API under `/api/v1`, for the mobile and offline clients: bearer tokens
//! only (no cookies, so no CSRF token either), JSON in and out, errors as
//! `{"error": key, "message": text}`. See `docs/api.md`; the OpenAPI document is served
//! at `/api/v1/openapi.json`.
//!
//! As everywhere in `web`, a handler parses the request, makes its service calls inside
//! one `web::block` (diesel never runs on the actix worker) and shapes the answer from
//! the `dto` types.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use chrono::Utc;
use courses::Lang;
use serde::de::DeserializeOwned;

use crate::state::AppState;

mod auth;
mod dto;
mod error;
mod jwt;
mod learning;
mod openapi;
mod quiz;
mod sync;

use error::{ApiError, ErrorCode};

/// Largest request body accepted, checked before the body is read.
pub const MAX_BODY: usize = 256 * 1024;
/// A sync batch may be larger: up to 500 events (its decoder bounds every field).
pub const MAX_SYNC_BODY: usize = 1024 * 1024;
/// How long a worker trusts its copy of the verification keys before reading them again
/// (a token signed by a key it does not know yet makes it read them at once).
const KEYS_TTL: Duration = Duration::from_secs(60);

macro_rules! routes {
    ($( $method:ident $path:literal $(with $data:expr)? => $handler:path; )*) => {
        /// Every endpoint as (method, path); the OpenAPI test checks the document
        /// against this list, and `routes::inventory` lists it for the security tests.
        pub(crate) const ROUTES: &[(&str, &str)] = &[
            $((stringify!($method), concat!("/api/v1", $path))),*
        ];

        fn register(scope: actix_web::Scope) -> actix_web::Scope {
            scope $(.service(
                web::resource($path)
                    $(.app_data($data))?
                    .route(web::$method().to($handler)),
            ))*
        }
    };
}

routes! {
    post "/auth/token" => auth::token;
    post "/auth/refresh" => auth::refresh;
    post "/auth/revoke" => auth::revoke;
    get "/keys" => auth::keys;
    get "/openapi.json" => openapi::document;
    get "/catalogue" => learning::catalogue;
    get "/modules/{slug}" => learning::module;
    post "/modules/{slug}/enrolment" => learning::enrol_module;
    post "/levels/{slug}/enrolment" => learning::enrol_level;
    get "/enrolments" => learning::enrolments;
    get "/modules/{slug}/lessons/{lesson}" => learning::lesson;
    post "/modules/{slug}/quiz/attempts" => quiz::start;
    get "/attempts/{id}" => quiz::attempt;
    put "/attempts/{id}/answers" => quiz::save;
    post "/attempts/{id}/submit" => quiz::submit;
    post "/sync" with web::PayloadConfig::new(MAX_SYNC_BODY) => sync::sync;
}

fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(limit)
        .content_type_required(true)
        .error_handler(|e, _| ApiError::from(e).into())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    let api = web::Data::new(ApiState::default());
    let middleware_state = api.clone();
    cfg.service(
        register(web::scope("/api/v1"))
            .app_data(api)
            .app_data(json_config(MAX_BODY))
            .app_data(web::PayloadConfig::new(MAX_BODY))
            .default_service(web::to(no_such_endpoint))
            .wrap(actix_web::middleware::from_fn(refuse_oversized))
            .wrap(actix_web::middleware::from_fn(move |req, next| {
                error::localize(middleware_state.clone(), req, next)
            })),
    );
}

/// 413 for a body whose `Content-Length` is over the endpoint's limit, before anything
/// else (the token included) is looked at and before a byte of the body is read. Bodies
/// without a length are cut off at the same limit by the extractors' configuration.
async fn refuse_oversized(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let limit = if req.path() == "/api/v1/sync" {
        MAX_SYNC_BODY
    } else {
        MAX_BODY
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        let (http_req, _) = req.into_parts();
        let res = actix_web::ResponseError::error_response(&ApiError::new(ErrorCode::TooLarge));
        return Ok(actix_web::dev::ServiceResponse::new(http_req, res));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

async fn no_such_endpoint() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::new(ErrorCode::NoSuchEndpoint))
}

/// Per-worker state of the API: the verification keys. (The localized messages are the
/// start-up's `AppState::localizer`, shared by all workers.)
#[derive(Default)]
pub struct ApiState {
    keys: RwLock<Option<(Arc<jwt::KeySet>, Instant)>>,
}

impl ApiState {
    /// The message `key` in `lang` (the key itself if the state is not registered).
    pub async fn message(&self, req: &HttpRequest, lang: Lang, key: &str) -> String {
        match req.app_data::<web::Data<AppState>>() {
            Some(app) => app.localizer.message(lang, key, None),
            None => key.to_string(),
        }
    }

    /// The verification keys; read from the database when `reload`, when never read,
    /// or when older than [`KEYS_TTL`].
    async fn key_set(&self, app: &AppState, reload: bool) -> Result<Arc<jwt::KeySet>, ApiError> {
        if !reload {
            let cached = self.keys.read().unwrap_or_else(|e| e.into_inner());
            if let Some((set, at)) = cached.as_ref() {
                if at.elapsed() < KEYS_TTL {
                    return Ok(set.clone());
                }
            }
        }
        let db = app.db.clone();
        let set = web::block(move || -> Result<jwt::KeySet, ApiError> {
            let trusted = enrollment::api_tokens::trusted_keys(&db, Utc::now().naive_utc())?;
            jwt::KeySet::new(&trusted).map_err(|e| ApiError::with_cause(ErrorCode::Internal, e))
        })
        .await??;
        let set = Arc::new(set);
        self.remember_keys(set.clone());
        Ok(set)
    }

    fn remember_keys(&self, set: Arc<jwt::KeySet>) {
        *self.keys.write().unwrap_or_else(|e| e.into_inner()) = Some((set, Instant::now()));
    }
}

fn app_state(req: &HttpRequest) -> Result<web::Data<AppState>, ApiError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::with_cause(ErrorCode::Internal, "AppState is not registered"))
}

fn api_state(req: &HttpRequest) -> Result<web::Data<ApiState>, ApiError> {
    req.app_data::<web::Data<ApiState>>()
        .cloned()
        .ok_or_else(|| ApiError::with_cause(ErrorCode::Internal, "ApiState is not registered"))
}

/// The `iss` of our access tokens: the public URL from the settings.
fn issuer(app: &AppState) -> String {
    app.settings.public_url.trim_end_matches('/').to_string()
}

/// The bearer token of the request: `None` without an `Authorization` header, an error
/// with one that is not `Bearer <token>`.
fn bearer(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value.to_str().map_err(|_| ApiError::unauthorized())?;
    match value.trim().split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(Some(token.trim().to_string()))
        }
        _ => Err(ApiError::with_cause(
            ErrorCode::Unauthorized,
            "Authorization is not a bearer token",
        )),
    }
}

/// Checks the request's access token, if it has one; returns the account id.
async fn authenticate(req: HttpRequest) -> Result<Option<i64>, ApiError> {
    let Some(token) = bearer(&req)? else {
        return Ok(None);
    };
    let app = app_state(&req)?;
    let api = api_state(&req)?;
    let issuer = issuer(&app);
    let set = api.key_set(&app, false).await?;
    let reject =
        |r: jwt::Rejection| ApiError::with_cause(ErrorCode::Unauthorized, format!("{r:?}"));
    match set.verify(&token, &issuer, Utc::now().timestamp()) {
        Ok(id) => Ok(Some(id)),
        // Signed by a key newer than this worker's copy (another instance rotated).
        Err(jwt::Rejection::UnknownKey(Some(g))) if g > set.newest_generation() => {
            let set = api.key_set(&app, true).await?;
            set.verify(&token, &issuer, Utc::now().timestamp())
                .map(Some)
                .map_err(reject)
        }
        Err(r) => Err(reject(r)),
    }
}

/// The account a valid access token names; 401 without one.
pub struct ApiUser {
    pub id: i64,
}

impl FromRequest for ApiUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<ApiUser, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            authenticate(req)
                .await?
                .map(|id| ApiUser { id })
                .ok_or_else(ApiError::unauthorized)
        })
    }
}

/// Like [`ApiUser`] for endpoints open to anonymous callers: no token is `None`, an
/// invalid token is still 401.
pub struct MaybeApiUser(pub Option<i64>);

impl FromRequest for MaybeApiUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<MaybeApiUser, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(MaybeApiUser(authenticate(req).await?)) })
    }
}

/// The content language asked for: `lang=`, else `Accept-Language`, else Russian.
fn content_lang(req: &HttpRequest, query: &dto::LangQuery) -> Result<Lang, ApiError> {
    match query.lang.as_deref() {
        Some(code) => {
            Lang::from_code(code).ok_or_else(|| ApiError::new(ErrorCode::InvalidLanguage))
        }
        None => Ok(error::request_lang(req)),
    }
}

/// A JSON body that may be left out (`T::default()` then).
fn optional_json<T: DeserializeOwned + Default>(
    req: &HttpRequest,
    body: &[u8],
) -> Result<T, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    require_json(req)?;
    serde_json::from_slice(body).map_err(|e| ApiError::with_cause(ErrorCode::InvalidJson, e))
}

/// 415 unless the request says its body is JSON (`application/json` or `+json`).
fn require_json(req: &HttpRequest) -> Result<(), ApiError> {
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<actix_web::mime::Mime>().ok())
        .is_some_and(|m| {
            m.subtype() == actix_web::mime::JSON || m.suffix() == Some(actix_web::mime::JSON)
        });
    if !is_json {
        return Err(ApiError::new(ErrorCode::UnsupportedMediaType));
    }
    Ok(())
}
