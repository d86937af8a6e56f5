//! Cross-site request forgery protection for every state-changing request that a
//! browser's cookies authenticate (everything but the bearer-token API): the request
//! must carry this session's token (form field `csrf` or header `x-csrf-token`) and,
//! when the browser says where it comes from, come from this site.
//!
//! File uploads (`multipart/form-data`) carry the token in the form action's query
//! string (`?csrf=...`): reading a multipart body here would mean buffering the whole
//! upload before the handler can limit it. The query token is accepted for multipart
//! requests only, so a urlencoded form or a JSON post cannot use it.

use actix_session::SessionExt;
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::web::BytesMut;
use actix_web::{HttpMessage, ResponseError};
use futures_util::StreamExt;

use crate::error::AppError;

/// Form bodies larger than this are refused before they are read in full: at once when
/// `Content-Length` says so, else as soon as that much has arrived. The page routes'
/// extractors use the same limit (`routes::configure`).
pub const MAX_FORM_BYTES: usize = 256 * 1024;

pub async fn protect(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !unsafe_method || req.path().starts_with("/api/") {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let is_multipart = content_type.starts_with("multipart/form-data");
    // An upload (multipart) is streamed and counted by its handler, which refuses a
    // declared or actual size over its own limit with the message next to the form's
    // field; everything else is a form of at most MAX_FORM_BYTES, refused here.
    if !is_multipart && declared_length(&req).is_some_and(|n| n > MAX_FORM_BYTES as u64) {
        // Answered before reading a byte of the body; the connection is closed after
        // the answer, so the rest is never read either.
        let (http_req, _) = req.into_parts();
        let res = AppError::PayloadTooLarge.error_response();
        return Ok(ServiceResponse::new(http_req, res));
    }
    if !same_origin(&req) {
        return Ok(reject(req));
    }
    let expected = req.get_session().get::<String>("csrf").ok().flatten();
    let mut given = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    if given.is_none() && is_multipart {
        given = serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
            .ok()
            .and_then(|q| q.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
    }
    if given.is_none() && is_form {
        // Read the body (bounded), find the token, and put the body back for the handler.
        let mut payload = req.take_payload();
        let mut body = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk?;
            if body.len() + chunk.len() > MAX_FORM_BYTES {
                let (http_req, _) = req.into_parts();
                let res = AppError::PayloadTooLarge.error_response();
                return Ok(ServiceResponse::new(http_req, res));
            }
            body.extend_from_slice(&chunk);
        }
        let body = body.freeze();
        given = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body)
            .ok()
            .and_then(|fields| {
                fields
                    .into_iter()
                    .find(|(k, _)| k == "csrf")
                    .map(|(_, v)| v)
            });
        let (_, mut pl) = actix_http::h1::Payload::create(true);
        pl.unread_data(body);
        req.set_payload(Payload::from(pl));
    }
    match (expected, given) {
        (Some(e), Some(g)) if constant_time_eq(e.as_bytes(), g.as_bytes()) => {
            Ok(next.call(req).await?.map_into_boxed_body())
        }
        _ => Ok(reject(req)),
    }
}

fn declared_length(req: &ServiceRequest) -> Option<u64> {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

fn reject(req: ServiceRequest) -> ServiceResponse<actix_web::body::BoxBody> {
    let (http_req, _) = req.into_parts();
    let res = AppError::CsrfRejected.error_response();
    ServiceResponse::new(http_req, res)
}

/// A browser sends `Origin` (or at least `Referer`) with cross-site form posts; when
/// either is present it must name this host.
fn same_origin(req: &ServiceRequest) -> bool {
    let host = req.connection_info().host().to_string();
    let source = req
        .headers()
        .get(header::ORIGIN)
        .or_else(|| req.headers().get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    match source {
        None => true,
        Some("null") => false,
        Some(src) => {
            let rest = src.split_once("://").map(|(_, r)| r).unwrap_or(src);
            let src_host = rest.split('/').next().unwrap_or("");
            src_host.eq_ignore_ascii_case(&host)
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
