//! What every page knows about its request: language, path, who is signed in, the CSRF
//! token for its forms, and a one-time notice carried over a redirect.

use actix_session::{Session, SessionExt};
use actix_web::{HttpRequest, HttpResponse};
use courses::Lang;
use serde::Serialize;
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

pub struct Page {
    pub lang: Lang,
    pub tail: String,
    session: Session,
    viewer: Viewer,
    /// The language the visitor's `lang` cookie remembers, if any.
    remembered: Option<String>,
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

    /// Renders `template` with the page chrome.
    pub fn render(
        &self,
        state: &AppState,
        template: &str,
        name: &str,
        mut ctx: Context,
    ) -> Result<HttpResponse, AppError> {
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
        ctx.insert("csrf", &csrf_token(&self.session));
        if let Some(flash) = self
            .session
            .remove_as::<String>("flash")
            .and_then(Result::ok)
        {
            ctx.insert("flash", &flash);
        }
        let html = state
            .renderer
            .page(template, self.lang, &self.tail, name, ctx)?;
        let mut res = HttpResponse::Ok();
        res.content_type("text/html; charset=utf-8")
            // Pages for a signed-in learner are private to them.
            .insert_header(("cache-control", "private, no-cache"));
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
        Ok(res.body(html))
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
        let mut res = self.render(state, template, name, ctx)?;
        *res.status_mut() = status;
        Ok(res)
    }
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location.to_string()))
        .finish()
}
