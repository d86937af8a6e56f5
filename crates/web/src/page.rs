//! What every page knows about its request: language, path, who is signed in, the CSRF
//! token for its forms, and a one-time notice carried over a redirect.

use actix_session::{Session, SessionExt};
use actix_web::{HttpRequest, HttpResponse};
use courses::Lang;
use serde::Serialize;
use sha2::Digest;
use tera::Context;

use crate::error::AppError;
use crate::locale;
use crate::session::{csrf_token, Viewer};
use crate::state::AppState;

#[derive(Serialize)]
struct ViewerInfo<'a> {
    name: &'a str,
    role: &'static str,
    verified: bool,
    is_staff: bool,
    is_admin: bool,
    is_author: bool,
}

/// Stands in for the CSRF token while a page is rendered for a visitor who has none yet
/// (see `render_page`); letters and digits only, so escaping leaves it intact.
const PENDING_CSRF: &str = "csrfPendingQ7vX2m9K4pL8wR3t";

/// A page rendered to HTML, with its tag.
pub struct RenderedPage {
    /// Cheap to clone: a shared page is sent from one buffer.
    pub html: actix_web::web::Bytes,
    pub etag: String,
    /// Whether the HTML holds the visitor's CSRF token (so it is theirs alone).
    pub personal: bool,
}

/// Who sees a shareable page the same way (see [`Page::shared_key`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SharedKey {
    pub page: &'static str,
    pub lang: Lang,
    pub tail: String,
    pub display: String,
}

pub struct Page {
    pub lang: Lang,
    pub tail: String,
    session: Session,
    viewer: Viewer,
    /// The language the visitor's `lang` cookie remembers, if any.
    remembered: Option<String>,
    /// `If-None-Match` of a GET request: a page the browser already has is answered
    /// with 304 and no body.
    if_none_match: Option<String>,
    /// Larger text, high contrast (classes on `<html>`).
    display: crate::routes::display::Display,
}

impl Page {
    pub fn new(req: &HttpRequest, viewer: &Viewer) -> Result<Page, AppError> {
        let (lang, tail) = locale::split_lang(req.path()).ok_or(AppError::NotFound)?;
        let mut tail = tail.to_string();
        if let Some(q) = req.uri().query() {
            // Keep the query for the language switcher, except one-time tokens.
            if !q.contains("token=") {
                tail.push('?');
                tail.push_str(q);
            }
        }
        Ok(Page {
            lang,
            tail,
            session: req.get_session(),
            viewer: viewer.clone(),
            remembered: req
                .cookie(locale::LANG_COOKIE)
                .map(|c| c.value().to_string()),
            display: crate::routes::display::Display::of_request(req),
            if_none_match: (req.method() == actix_web::http::Method::GET)
                .then(|| req.headers().get(actix_web::http::header::IF_NONE_MATCH))
                .flatten()
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        })
    }

    /// A one-time notice (a Fluent id) shown on the next page rendered.
    pub fn flash(req: &HttpRequest, key: &str) {
        let _ = req.get_session().insert("flash", key);
    }

    pub fn url(&self, tail: &str) -> String {
        format!("/{}{}", self.lang.code(), tail)
    }

    pub fn redirect(&self, tail: &str) -> HttpResponse {
        see_other(&self.url(tail))
    }

    /// Renders `template` with the page chrome. A GET whose `If-None-Match` names the
    /// page as it is now gets 304 Not Modified without a body: a learner returning to a
    /// lesson or the catalogue on a slow connection downloads nothing again.
    pub fn render(
        &self,
        state: &AppState,
        template: &str,
        name: &str,
        ctx: Context,
    ) -> Result<HttpResponse, AppError> {
        self.render_page(state, template, name, ctx, true)
    }

    fn render_page(
        &self,
        state: &AppState,
        template: &str,
        name: &str,
        ctx: Context,
        conditional: bool,
    ) -> Result<HttpResponse, AppError> {
        let page = self.render_html(state, template, name, ctx)?;
        Ok(self.respond(&page, conditional))
    }

    /// The key under which this page may be shared by every visitor who sees it the
    /// same way (`crate::shared_pages`): only for someone not signed in, without a
    /// one-time notice waiting, at a path without a query (so a crawler's made-up
    /// queries cannot fill the memory).
    pub fn shared_key(&self, name: &'static str) -> Option<SharedKey> {
        let anonymous = self.viewer.account.is_none();
        let notice = matches!(self.session.get::<String>("flash"), Ok(Some(_)));
        (anonymous && !notice && !self.tail.contains('?')).then(|| SharedKey {
            page: name,
            lang: self.lang,
            tail: self.tail.clone(),
            display: self.display.classes(),
        })
    }

    /// Renders `template` with the page chrome into HTML and its tag.
    pub fn render_html(
        &self,
        state: &AppState,
        template: &str,
        name: &str,
        mut ctx: Context,
    ) -> Result<RenderedPage, AppError> {
        if let Some(a) = &self.viewer.account {
            let role = a.role();
            use enrollment::accounts::Role;
            ctx.insert(
                "viewer",
                &ViewerInfo {
                    name: &a.display_name,
                    role: role.as_str(),
                    verified: a.is_verified(),
                    is_staff: matches!(role, Role::Staff | Role::Admin),
                    is_admin: role == Role::Admin,
                    is_author: matches!(
                        role,
                        Role::Instructor | Role::Translator | Role::Staff | Role::Admin
                    ),
                },
            );
        }
        // A visitor gets a CSRF token (and so a session cookie) only from a page with a
        // form: reading the catalogue or a certificate leaves no cookie behind, and such
        // pages cost no session encryption. The page is rendered with a stand-in, which
        // is swapped for a real token if the page turns out to use it.
        let stored = self.session.get::<String>("csrf").ok().flatten();
        ctx.insert("csrf", stored.as_deref().unwrap_or(PENDING_CSRF));
        ctx.insert("display_classes", &self.display.classes());
        ctx.insert("display", &self.display);
        if let Some(flash) = self
            .session
            .remove_as::<String>("flash")
            .and_then(Result::ok)
        {
            ctx.insert("flash", &flash);
        }
        let mut html = state
            .renderer
            .page(template, self.lang, &self.tail, name, ctx)?;
        let personal = match &stored {
            Some(token) => html.contains(token.as_str()),
            None if html.contains(PENDING_CSRF) => {
                html = html.replace(PENDING_CSRF, &csrf_token(&self.session));
                true
            }
            None => false,
        };
        // The page's own bytes decide its tag (the CSRF token and the viewer are in
        // them, so one learner's tag never matches another's page).
        let etag = format!(
            "\"{}\"",
            hex::encode(&sha2::Sha256::digest(html.as_bytes())[..12])
        );
        Ok(RenderedPage {
            html: actix_web::web::Bytes::from(html),
            etag,
            personal,
        })
    }

    /// The response for a rendered page. A GET whose `If-None-Match` names the page as it
    /// is now gets 304 Not Modified without a body (when `conditional`).
    pub fn respond(&self, page: &RenderedPage, conditional: bool) -> HttpResponse {
        let fresh = conditional
            && self.if_none_match.as_deref().is_some_and(|v| {
                v.split(',')
                    .any(|t| t.trim().trim_start_matches("W/") == page.etag)
            });
        let mut res = if fresh {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        res.content_type("text/html; charset=utf-8")
            // Pages for a signed-in learner are private to them; the browser asks again
            // each time, with the tag.
            .insert_header(("cache-control", "private, no-cache"))
            .insert_header((actix_web::http::header::ETAG, page.etag.clone()));
        if self.remembered.as_deref() != Some(self.lang.code()) {
            // The language the visitor reads in becomes their default for `/` and for
            // links without a language.
            res.cookie(
                actix_web::cookie::Cookie::build(locale::LANG_COOKIE, self.lang.code())
                    .path("/")
                    .same_site(actix_web::cookie::SameSite::Lax)
                    .max_age(actix_web::cookie::time::Duration::days(365))
                    .finish(),
            );
        }
        if fresh {
            res.finish()
        } else {
            res.body(page.html.clone())
        }
    }

    /// Same as `render`, with a status other than 200 (a form with errors: 422).
    pub fn render_status(
        &self,
        state: &AppState,
        status: actix_web::http::StatusCode,
        template: &str,
        name: &str,
        ctx: Context,
    ) -> Result<HttpResponse, AppError> {
        let mut res = self.render_page(state, template, name, ctx, false)?;
        *res.status_mut() = status;
        Ok(res)
    }
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location.to_string()))
        .finish()
}
