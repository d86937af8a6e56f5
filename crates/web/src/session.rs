//! Sign-in state in a signed and encrypted cookie (nothing kept on the server, so any
//! instance can serve any learner), with idle and absolute timeouts, and the `Viewer`
//! extractor: the signed-in account, if any, checked against the database on every
//! request so that a password change or role change takes effect at once.

use std::future::Future;
use std::pin::Pin;

use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::cookie::{time, Key, SameSite};
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use base64::Engine;
use chrono::Utc;
use enrollment::accounts::{Account, Role};

use crate::error::AppError;
use crate::settings::SessionTimeouts;
use crate::state::AppState;

pub const COOKIE_NAME: &str = "academy_session";

/// The cookie lives as long as the absolute timeout; the idle and absolute timeouts
/// themselves are checked against the times inside the session (`load_viewer`), since
/// a browser may keep a cookie longer than it was told to.
pub fn middleware(
    key: Key,
    secure: bool,
    timeouts: SessionTimeouts,
) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name(COOKIE_NAME.into())
        .cookie_secure(secure)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(
            PersistentSession::default()
                .session_ttl(time::Duration::seconds(timeouts.absolute_secs)),
        )
        .build()
}

/// 128 random bits, URL-safe.
pub fn random_token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(enrollment::secrets::random_bytes(16))
}

/// Starts a signed-in session: a new session id and CSRF token (the old ones may have
/// been seen by someone else before sign-in), the account and its session epoch.
pub fn sign_in(session: &Session, account: &Account) -> Result<(), AppError> {
    session.renew();
    let lang = session.get::<String>("lang").ok().flatten();
    session.clear();
    let now = Utc::now().timestamp();
    let insert =
        |k: &str, v: serde_json::Value| session.insert(k, v).map_err(|_| AppError::SessionFailed);
    insert("uid", account.id.into())?;
    insert("epoch", account.session_epoch.into())?;
    insert("sid", random_token().into())?;
    insert("csrf", random_token().into())?;
    insert("iat", now.into())?;
    insert("seen", now.into())?;
    if let Some(lang) = lang {
        insert("lang", lang.into())?;
    }
    Ok(())
}

/// Ends the session: the browser's cookie is deleted, and the session id is recorded
/// as signed out (until the absolute timeout) so that a copy of the cookie is refused
/// too.
pub async fn sign_out(session: &Session, state: &AppState) -> Result<(), AppError> {
    let sid = session.get::<String>("sid").ok().flatten();
    let iat = session.get::<i64>("iat").ok().flatten().unwrap_or(0);
    session.purge();
    let Some(sid) = sid else { return Ok(()) };
    let now = Utc::now();
    let absolute = state.settings.session_timeouts().absolute_secs;
    let expires_at = chrono::DateTime::from_timestamp(iat + absolute, 0)
        .unwrap_or(now)
        .naive_utc();
    let db = state.db.clone();
    web::block(move || enrollment::sessions::revoke(&db, &sid, expires_at, now.naive_utc()))
        .await??;
    Ok(())
}

/// The CSRF token of this session, created on first use.
pub fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>("csrf") {
        return token;
    }
    let token = random_token();
    let _ = session.insert("csrf", &token);
    token
}

/// Who is asking: the signed-in account, or nobody.
#[derive(Clone)]
pub struct Viewer {
    pub account: Option<Account>,
}

impl Viewer {
    pub fn user(&self) -> Result<&Account, AppError> {
        self.account.as_ref().ok_or(AppError::SignInRequired)
    }

    /// The account, if its role is one of `roles`; 403 otherwise (sign-in first when
    /// nobody is signed in).
    pub fn require(&self, roles: &[Role]) -> Result<&Account, AppError> {
        let account = self.user()?;
        if roles.contains(&account.role()) {
            Ok(account)
        } else {
            Err(AppError::Forbidden)
        }
    }
}

impl FromRequest for Viewer {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Viewer, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        if let Some(viewer) = req.extensions().get::<Viewer>() {
            let viewer = viewer.clone();
            return Box::pin(async move { Ok(viewer) });
        }
        let req = req.clone();
        Box::pin(async move {
            let viewer = load_viewer(&req).await?;
            req.extensions_mut().insert(viewer.clone());
            Ok(viewer)
        })
    }
}

async fn load_viewer(req: &HttpRequest) -> Result<Viewer, AppError> {
    let session = req.get_session();
    let Ok(Some(uid)) = session.get::<i64>("uid") else {
        return Ok(Viewer { account: None });
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .expect("AppState is registered")
        .clone();
    let timeouts = state.settings.session_timeouts();
    let now = Utc::now().timestamp();
    let iat = session.get::<i64>("iat").ok().flatten().unwrap_or(0);
    let seen = session.get::<i64>("seen").ok().flatten().unwrap_or(0);
    if now - iat > timeouts.absolute_secs || now - seen > timeouts.idle_secs {
        session.purge();
        return Ok(Viewer { account: None });
    }
    let path_lang = crate::locale::split_lang(req.path()).map(|(l, _)| l);
    let db = state.db.clone();
    let sid = session
        .get::<String>("sid")
        .ok()
        .flatten()
        .unwrap_or_default();
    let account = web::block(move || -> Result<Option<Account>, enrollment::Error> {
        // Signed out (this is a copy of the cookie), or from before session ids.
        if sid.is_empty() {
            return Ok(None);
        }
        let Some(account) = enrollment::sessions::account_of_session(&db, &sid, uid)? else {
            return Ok(None);
        };
        // Browsing in another language is how a learner changes it: remember it.
        if let Some(lang) = path_lang.filter(|l| *l != account.language()) {
            enrollment::auth::set_language(&db, account.id, lang)?;
        }
        Ok(Some(account))
    })
    .await??;
    let epoch = session.get::<i32>("epoch").ok().flatten();
    match account {
        Some(account) if Some(account.session_epoch) == epoch => {
            if now - seen > timeouts.seen_granularity_secs() {
                let _ = session.insert("seen", now);
            }
            Ok(Viewer {
                account: Some(account),
            })
        }
        // Password changed, signed out, or account gone: this session is over.
        _ => {
            session.purge();
            Ok(Viewer { account: None })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_ids_and_csrf_tokens_carry_128_random_bits() {
        let a = random_token();
        let b = random_token();
        assert_ne!(a, b);
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&a)
            .unwrap();
        assert!(bytes.len() * 8 >= 128, "{a}");
    }
}
