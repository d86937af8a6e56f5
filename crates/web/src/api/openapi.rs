//! The OpenAPI 3 description of the API, generated from the handlers' annotations and
//! the `dto` types, served at `/api/v1/openapi.json`.

use std::sync::OnceLock;

use actix_web::http::header;
use actix_web::HttpResponse;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::dto;
use super::error::{ErrorBody, ErrorCode};
use super::jwt::PublicJwk;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "CSO Web Academy API",
        version = "1",
        description = "JSON API for the mobile and offline clients of the CSO Web Academy. \
                       Authenticate with `POST /api/v1/auth/token`, then send \
                       `Authorization: Bearer <access_token>`. Every error is \
                       `{\"error\": \"<key>\", \"message\": \"<text>\"}`, the message in the \
                       language of `Accept-Language` (default Russian). See docs/api.md."
    ),
    paths(
        super::auth::token,
        super::auth::refresh,
        super::auth::revoke,
        super::auth::keys,
        document,
        super::learning::catalogue,
        super::learning::module,
        super::learning::enrol_module,
        super::learning::enrol_level,
        super::learning::enrolments,
        super::learning::lesson,
        super::quiz::start,
        super::quiz::attempt,
        super::quiz::save,
        super::quiz::submit,
        super::sync::sync,
    ),
    components(schemas(
        ErrorBody,
        ErrorCode,
        PublicJwk,
        dto::Answer,
        dto::SyncEvent,
        dto::SyncEventKind,
    )),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Tokens and keys"),
        (name = "learning", description = "Catalogue, enrolment, lessons"),
        (name = "quiz", description = "Quiz attempts"),
        (name = "sync", description = "Offline progress"),
        (name = "meta", description = "This document"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.bearer_format = Some("JWT".to_string());
        scheme.description = Some(
            "An access token from /api/v1/auth/token or /api/v1/auth/refresh (EdDSA JWT, \
             valid 15 minutes)."
                .to_string(),
        );
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

fn rendered() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        ApiDoc::openapi()
            .to_pretty_json()
            .expect("the OpenAPI document serializes")
    })
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3 document.", content_type = "application/json", body = Object))
)]
pub async fn document() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .body(rendered())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_describes_exactly_the_registered_routes() {
        let doc: serde_json::Value = serde_json::from_str(rendered()).unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        let mut documented: Vec<(String, String)> = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                documented.push((method.clone(), path.clone()));
            }
        }
        documented.sort();
        let mut routes: Vec<(String, String)> = super::super::ROUTES
            .iter()
            .map(|(m, p)| (m.to_string(), p.to_string()))
            .collect();
        routes.sort();
        assert_eq!(documented, routes);
    }

    #[test]
    fn every_schema_reference_resolves_and_every_operation_documents_errors() {
        let doc: serde_json::Value = serde_json::from_str(rendered()).unwrap();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        fn refs(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, v) in m {
                        if k == "$ref" {
                            out.push(v.as_str().unwrap().to_string());
                        } else {
                            refs(v, out);
                        }
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        refs(&doc, &mut all);
        assert!(!all.is_empty());
        for r in all {
            let name = r.strip_prefix("#/components/schemas/").unwrap();
            assert!(schemas.contains_key(name), "{r} does not resolve");
        }
        // The error keys are listed as an enum.
        let codes = schemas["ErrorCode"]["enum"].as_array().unwrap();
        let keys: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(codes, &keys, "the schema lists the keys the API sends");
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let responses = op["responses"].as_object().unwrap();
                if path.ends_with("openapi.json") {
                    continue;
                }
                assert!(responses.contains_key("500"), "{method} {path}");
                for (status, r) in responses {
                    if status.starts_with('4') || status.starts_with('5') {
                        let schema = &r["content"]["application/json"]["schema"]["$ref"];
                        assert_eq!(
                            schema, "#/components/schemas/ErrorBody",
                            "{method} {path} {status}"
                        );
                        assert!(r["description"].as_str().unwrap().contains("`error-"));
                    }
                }
                // Endpoints that need a token say so and document the 401.
                let secured = op["security"]
                    .as_array()
                    .is_some_and(|s| s.iter().any(|x| x.get("bearer").is_some()));
                if secured {
                    assert!(responses.contains_key("401"), "{method} {path}");
                }
            }
        }
    }
}
