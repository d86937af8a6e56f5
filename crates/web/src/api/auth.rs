//! Signing in (email and password for an access and a refresh token), refreshing,
//! signing out, and the public keys that verify access tokens.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use enrollment::api_tokens::{self, KeyRing, RefreshToken};
use enrollment::auth;

use super::dto::{Jwks, RefreshRequest, TokenRequest, TokenResponse};
use super::error::{ApiError, ErrorBody, ErrorCode};
use super::{issuer, jwt, ApiState};
use crate::state::AppState;
use crate::throttle::Action;

/// Signs an access token with the ring's current key and lets this worker verify it at
/// once.
fn respond(
    app: &AppState,
    api: &ApiState,
    refresh: RefreshToken,
    ring: &KeyRing,
) -> Result<HttpResponse, ApiError> {
    let now = Utc::now();
    let access = jwt::sign(
        &ring.current,
        refresh.user_id,
        &issuer(app),
        now.timestamp(),
    )
    .map_err(|e| ApiError::with_cause(ErrorCode::Internal, e))?;
    let set = jwt::KeySet::new(&ring.trusted)
        .map_err(|e| ApiError::with_cause(ErrorCode::Internal, e))?;
    api.remember_keys(std::sync::Arc::new(set));
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(TokenResponse {
            access_token: access,
            token_type: "Bearer",
            expires_in: jwt::access_ttl(),
            refresh_token: refresh.token,
            refresh_expires_in: (refresh.expires_at - now.naive_utc()).num_seconds(),
        }))
}

/// Exchanges an email and password for an access token and a refresh token.
#[utoipa::path(
    post,
    path = "/api/v1/auth/token",
    tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "Signed in.", body = TokenResponse),
        (status = 400, description = "`error-api-invalid-json`: the body is not a TokenRequest.", body = ErrorBody),
        (status = 401, description = "`error-bad-credentials`: wrong email or password.", body = ErrorBody),
        (status = 403, description = "`error-api-password-change-required`: the account has a one-time password; set a new one on the website first.", body = ErrorBody),
        (status = 413, description = "`error-api-too-large`: the body is over 256 KiB.", body = ErrorBody),
        (status = 415, description = "`error-api-unsupported-media-type`: the body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "`error-too-many-attempts`: too many wrong passwords for this address or from this client; wait `Retry-After` seconds (at most 15 minutes).", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn token(
    req: HttpRequest,
    app: web::Data<AppState>,
    api: web::Data<ApiState>,
    body: web::Json<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    if let Err(wait) = app.clients.check(&req, Action::SignIn) {
        return Err(ApiError::too_many_attempts(wait.num_seconds()));
    }
    let TokenRequest { email, password } = body.into_inner();
    let db = app.db.clone();
    let (refresh, ring) = web::block(move || -> Result<_, ApiError> {
        // Argon2 runs here, off the worker.
        let account = auth::sign_in(&db, &email, &password)?;
        if account.must_change_password {
            return Err(ApiError::new(ErrorCode::PasswordChangeRequired));
        }
        let now = Utc::now().naive_utc();
        let refresh = api_tokens::issue(&db, account.id, now)?;
        let ring = api_tokens::key_ring(&db, now)?;
        Ok((refresh, ring))
    })
    .await?
    .inspect_err(|e| {
        if e.code == ErrorCode::BadCredentials {
            app.clients.record(&req, Action::SignIn);
        }
    })?;
    respond(&app, &api, refresh, &ring)
}

/// Exchanges a refresh token for a new access token and a new refresh token. The one
/// sent is used up; sending it again revokes every token of its sign-in.
#[utoipa::path(
    post,
    path = "/api/v1/auth/refresh",
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens; the refresh token sent is no longer valid.", body = TokenResponse),
        (status = 400, description = "`error-api-invalid-json`: the body is not a RefreshRequest.", body = ErrorBody),
        (status = 401, description = "`error-api-invalid-refresh-token`: unknown, expired, revoked, or already used (then the whole sign-in is revoked), or the password changed since.", body = ErrorBody),
        (status = 413, description = "`error-api-too-large`.", body = ErrorBody),
        (status = 415, description = "`error-api-unsupported-media-type`.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn refresh(
    app: web::Data<AppState>,
    api: web::Data<ApiState>,
    body: web::Json<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let presented = body.into_inner().refresh_token;
    let db = app.db.clone();
    let (refresh, ring) = web::block(move || -> Result<_, ApiError> {
        let now = Utc::now().naive_utc();
        let refresh = api_tokens::rotate(&db, &presented, now)?;
        let ring = api_tokens::key_ring(&db, now)?;
        Ok((refresh, ring))
    })
    .await??;
    respond(&app, &api, refresh, &ring)
}

/// Signs out: revokes the refresh token and every token of the same sign-in. Answers
/// 204 for an unknown token too (RFC 7009). Access tokens already issued stay valid
/// until they expire (at most 15 minutes).
#[utoipa::path(
    post,
    path = "/api/v1/auth/revoke",
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out."),
        (status = 400, description = "`error-api-invalid-json`.", body = ErrorBody),
        (status = 413, description = "`error-api-too-large`.", body = ErrorBody),
        (status = 415, description = "`error-api-unsupported-media-type`.", body = ErrorBody),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn revoke(
    app: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let presented = body.into_inner().refresh_token;
    let db = app.db.clone();
    web::block(move || api_tokens::revoke(&db, &presented, Utc::now().naive_utc())).await??;
    Ok(HttpResponse::NoContent().finish())
}

/// The public keys that verify access tokens (JWKS, RFC 7517), newest first: the current
/// key and any previous key whose tokens may still be valid. A client that meets an
/// unknown `kid` fetches this again.
#[utoipa::path(
    get,
    path = "/api/v1/keys",
    tag = "auth",
    responses(
        (status = 200, description = "The key set.", body = Jwks),
        (status = 500, description = "`error-internal`.", body = ErrorBody),
    )
)]
pub async fn keys(app: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let db = app.db.clone();
    let set = web::block(move || -> Result<_, ApiError> {
        let ring = api_tokens::key_ring(&db, Utc::now().naive_utc())?;
        jwt::KeySet::new(&ring.trusted).map_err(|e| ApiError::with_cause(ErrorCode::Internal, e))
    })
    .await??;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .json(Jwks { keys: set.jwks() }))
}
