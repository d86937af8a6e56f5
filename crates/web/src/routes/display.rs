//! Display preferences: larger text and high contrast, for anyone (signed in or not).
//! Kept in a cookie, so they apply from the first byte of every page (the page's
//! `<html>` carries the classes the stylesheet reads) and need no account.

use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use tera::Context;

use crate::error::AppError;
use crate::forms::Fields;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

pub const DISPLAY_COOKIE: &str = "display";

/// What the visitor chose. Unknown words in the cookie are ignored.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Display {
    pub large_text: bool,
    pub high_contrast: bool,
}

impl Display {
    pub fn of_request(req: &HttpRequest) -> Display {
        let value = req
            .cookie(DISPLAY_COOKIE)
            .map(|c| c.value().to_string())
            .unwrap_or_default();
        Display {
            large_text: value.split('.').any(|w| w == "large"),
            high_contrast: value.split('.').any(|w| w == "contrast"),
        }
    }

    /// The classes on `<html>`.
    pub fn classes(self) -> String {
        let mut c = Vec::new();
        if self.large_text {
            c.push("text-large");
        }
        if self.high_contrast {
            c.push("contrast-high");
        }
        c.join(" ")
    }

    fn cookie_value(self) -> String {
        let mut w = Vec::new();
        if self.large_text {
            w.push("large");
        }
        if self.high_contrast {
            w.push("contrast");
        }
        w.join(".")
    }
}

pub async fn form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    page.render(&state, "display.html", "display", Context::new())
}

pub async fn save(
    req: HttpRequest,
    viewer: Viewer,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let fields = Fields::parse(&body);
    let display = Display {
        large_text: fields.has("large_text"),
        high_contrast: fields.has("high_contrast"),
    };
    Page::flash(&req, "display-saved");
    let mut res = page.redirect("/display");
    let cookie = Cookie::build(DISPLAY_COOKIE, display.cookie_value())
        .path("/")
        .same_site(SameSite::Lax)
        .max_age(if display == Display::default() {
            Duration::ZERO
        } else {
            Duration::days(365)
        })
        .finish();
    res.add_cookie(&cookie).map_err(|_| AppError::BadRequest)?;
    Ok(res)
}
