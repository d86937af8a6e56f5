//! Form plumbing shared by pages: raw fields, per-field error keys, URL encoding.

use std::collections::BTreeMap;

use serde::Serialize;

/// A submitted form as (name, value) pairs, in order; repeated names are kept.
#[derive(Debug, Default, Clone)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &[u8]) -> Fields {
        Fields(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    /// Everything the user typed, to put back into the form when it has errors —
    /// passwords excepted.
    pub fn echo(&self) -> BTreeMap<String, String> {
        self.0
            .iter()
            .filter(|(k, _)| !k.contains("password") && k != "csrf")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// Per-field error message ids, shown next to each field.
#[derive(Debug, Default, Clone, Serialize)]
pub struct FieldErrors(pub BTreeMap<String, &'static str>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, key: &'static str) {
        self.0.entry(field.to_string()).or_insert(key);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The status of the form page shown with these errors: 422 if there are any.
    pub fn status(&self) -> actix_web::http::StatusCode {
        if self.is_empty() {
            actix_web::http::StatusCode::OK
        } else {
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    /// Keeps the value if `result` is Ok, records the error key for `field` if not.
    pub fn check<T>(&mut self, field: &str, result: enrollment::Result<T>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e.key());
                None
            }
        }
    }
}

/// `?token=…` of the links sent by email.
#[derive(Debug, serde::Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

/// Percent-encodes a query parameter value.
pub fn url_encode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|e| e.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

/// A `next` parameter is followed only to a path on this site, never elsewhere.
pub fn safe_next(next: &str, fallback: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_string()
    } else {
        fallback.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_site() {
        assert_eq!(safe_next("/ru/dashboard", "/"), "/ru/dashboard");
        assert_eq!(safe_next("//evil.example/x", "/"), "/");
        assert_eq!(safe_next("https://evil.example", "/"), "/");
        assert_eq!(safe_next("/\\evil.example", "/"), "/");
    }

    #[test]
    fn echo_drops_passwords() {
        let f = Fields::parse(b"email=a%40b.kz&password=secret&csrf=t&name=%D0%90");
        let echo = f.echo();
        assert_eq!(echo.get("email").unwrap(), "a@b.kz");
        assert_eq!(echo.get("name").unwrap(), "А");
        assert!(!echo.contains_key("password") && !echo.contains_key("csrf"));
        assert_eq!(url_encode("/ru/a b?x=1"), "%2Fru%2Fa+b%3Fx%3D1");
    }
}
