//! Static assets embedded in the binary and served under content-hashed names, so a
//! learner's browser caches each file for a year and re-downloads only what changed.

use std::collections::HashMap;

use actix_web::http::header::{self, HeaderValue};
use actix_web::{web, HttpRequest, HttpResponse};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};

#[derive(RustEmbed)]
#[folder = "static/"]
struct StaticFiles;

pub struct Asset {
    pub bytes: web::Bytes,
    pub content_type: &'static str,
    pub etag: String,
}

/// Logical names (`app.css`) ↔ hashed URLs (`/static/app.1a2b3c4d5e.css`).
pub struct Assets {
    by_hashed_name: HashMap<String, Asset>,
    urls: HashMap<String, String>,
}

impl Assets {
    pub fn load() -> Assets {
        let mut by_hashed_name = HashMap::new();
        let mut urls = HashMap::new();
        for name in StaticFiles::iter() {
            let Some(file) = StaticFiles::get(&name) else {
                continue;
            };
            let digest = hex::encode(&Sha256::digest(&file.data)[..5]);
            let hashed = match name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{digest}.{ext}"),
                None => format!("{name}.{digest}"),
            };
            urls.insert(name.to_string(), format!("/static/{hashed}"));
            by_hashed_name.insert(
                hashed,
                Asset {
                    content_type: content_type(&name),
                    etag: format!("\"{digest}\""),
                    // Built once: cloning `Bytes` per response is a reference count.
                    bytes: match file.data {
                        std::borrow::Cow::Borrowed(b) => web::Bytes::from_static(b),
                        std::borrow::Cow::Owned(v) => web::Bytes::from(v),
                    },
                },
            );
        }
        Assets {
            by_hashed_name,
            urls,
        }
    }

    /// The URL of a logical asset name; panics at start-up (not per request) on a typo,
    /// because templates take their URLs from `urls()` once.
    pub fn url(&self, name: &str) -> &str {
        self.urls
            .get(name)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("static asset {name:?} is not embedded"))
    }

    pub fn get(&self, hashed_name: &str) -> Option<&Asset> {
        self.by_hashed_name.get(hashed_name)
    }

    /// An asset by its logical name (`sw.js`).
    pub fn by_name(&self, name: &str) -> Option<&Asset> {
        self.urls
            .get(name)
            .and_then(|u| u.strip_prefix("/static/"))
            .and_then(|h| self.by_hashed_name.get(h))
    }
}

/// The service worker, at the site's root so that it may look after every page (a
/// worker's scope is its own directory). Never cached for long: a browser checks it for
/// updates, and a new one replaces the old when its bytes change.
pub async fn service_worker(assets: web::Data<Assets>) -> HttpResponse {
    let Some(asset) = assets.by_name("sw.js") else {
        return HttpResponse::NotFound().finish();
    };
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, asset.content_type))
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::ETAG, asset.etag.clone()))
        .body(asset.bytes.clone())
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webmanifest") | Some("json") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

pub async fn serve(
    req: HttpRequest,
    path: web::Path<String>,
    assets: web::Data<Assets>,
) -> HttpResponse {
    let Some(asset) = assets.get(&path) else {
        return HttpResponse::NotFound().finish();
    };
    let not_modified = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == asset.etag));
    let mut response = if not_modified {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        ))
        .insert_header((header::ETAG, asset.etag.clone()))
        .insert_header((
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ));
    if not_modified {
        response.finish()
    } else {
        response.body(asset.bytes.clone())
    }
}
