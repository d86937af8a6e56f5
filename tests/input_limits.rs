//! Input limits (issue #11, item 6): request bodies are refused before they are read in
//! full, and fields beyond their limits get a localized error, not a 500. Both backends.
//! The JSON API as a whole is fuzzed by `make api-fuzz` (schemathesis).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use academy_suite::{backend_tests, csrf_of, TestApp};
use enrollment::accounts::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

const TEN_MB: usize = 10 * 1024 * 1024;

/// Sends the head of a request announcing a 10 MB body and only the first 4 KiB of it,
/// then waits for the answer without sending more. A server that buffered the body
/// before deciding would wait for the rest and never answer.
/// Blocking: run it off the test's runtime, which also drives the server.
fn announce_ten_megabytes(address: &str, method: &str, path: &str, content_type: &str) -> String {
    let addr = address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {TEN_MB}\r\nAccept-Language: en\r\nx-csrf-token: anything\r\n\
         Authorization: Bearer not-checked-before-the-size\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&[b'a'; 4096]).unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    // Read the status line and headers (and whatever body arrives with them).
    while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) => panic!("{method} {path}: no answer while the body was held back: {e}"),
        }
    }
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{method} {path}: the answer took {:?}",
        started.elapsed()
    );
    // Some of the body that follows the head, if it came in the same reads.
    let _ = stream.set_read_timeout(Some(Duration::from_millis(300)));
    if let Ok(n) = stream.read(&mut buf) {
        answer.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&answer).into_owned()
}

async fn oversized_bodies_are_refused_before_they_are_read(app: TestApp) {
    let cases = [
        ("POST", "/en/sign-in", "application/x-www-form-urlencoded"),
        ("POST", "/en/sign-up", "application/x-www-form-urlencoded"),
        ("POST", "/en/author/modules/m/files/a.md", "text/plain"),
        ("POST", "/en/offline/sync", "application/json"),
        ("POST", "/api/v1/auth/token", "application/json"),
        ("POST", "/api/v1/sync", "application/json"),
        ("PUT", "/api/v1/attempts/x/answers", "application/json"),
        ("POST", "/api/v1/attempts/x/submit", "application/json"),
    ];
    for (method, path, content_type) in cases {
        let address = app.address.clone();
        let answer = actix_web::rt::task::spawn_blocking(move || {
            announce_ten_megabytes(&address, method, path, content_type)
        })
        .await
        .unwrap();
        assert!(
            answer.starts_with("HTTP/1.1 413"),
            "{method} {path}: {}",
            answer.lines().next().unwrap_or("")
        );
        if path.starts_with("/api/") {
            assert!(
                answer.contains("\"error\":\"error-api-too-large\""),
                "{method} {path}: {answer}"
            );
        }
    }
    // The server is still there for everyone else.
    assert_eq!(app.get("/en/").await.status(), StatusCode::OK);
}

async fn api_token(app: &TestApp, email: &str, password: &str) -> String {
    let res = app
        .client
        .post(app.url("/api/v1/auth/token"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    body["access_token"].as_str().unwrap().to_string()
}

async fn sync(app: &TestApp, token: &str, lang: &str, events: Value) -> (StatusCode, Value) {
    let res = app
        .client
        .post(app.url("/api/v1/sync"))
        .bearer_auth(token)
        .header("accept-language", lang)
        .json(&json!({ "events": events }))
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap())
}

fn lesson_event(id: &str, module: &str, position: i64) -> Value {
    json!({"id": id, "at": "2026-11-20T10:00:00Z", "type": "lesson",
           "module": module, "lesson": "l", "position": position})
}

async fn api_fields_beyond_their_limits_get_a_localized_error(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    let token = api_token(&app, &account.email, &password).await;
    // The message as written in the locale's Fluent file (a one-line message).
    let message = |lang: &str| -> String {
        let ftl = std::fs::read_to_string(
            academy_suite::repo_root().join(format!("locales/{lang}/errors.ftl")),
        )
        .unwrap();
        ftl.lines()
            .find_map(|l| l.strip_prefix("error-invalid-field = "))
            .unwrap()
            .to_string()
    };

    let bad_fields = [
        lesson_event("a", "m", 101),
        lesson_event("a", "m", -1),
        lesson_event("a", &"m".repeat(129), 1),
        json!({"id": "a", "at": "2026-11-20T10:00:00Z", "type": "quiz_answer",
               "attempt": "A", "question": "q",
               "answer": {"type": "text", "value": "я".repeat(501)}}),
        json!({"id": "a", "at": "2026-11-20T10:00:00Z", "type": "quiz_answer",
               "attempt": "A", "question": "q",
               "answer": {"type": "multiple", "value": vec![0; 101]}}),
    ];
    for lang in ["kk", "en"] {
        for event in &bad_fields {
            let (status, body) = sync(&app, &token, lang, json!([event])).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{event}: {body}");
            assert_eq!(body["error"], "error-invalid-field");
            assert_eq!(
                body["message"],
                message(lang),
                "the message is in the language asked for"
            );
        }
    }
    let (status, body) = sync(&app, &token, "en", json!([lesson_event("", "m", 1)])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "error-invalid-event-id");
    let many: Vec<Value> = (0..501)
        .map(|i| lesson_event(&i.to_string(), "m", 1))
        .collect();
    let (status, body) = sync(&app, &token, "en", Value::Array(many)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["error"], "error-batch-too-large");
    // Within the limits the batch is read and each event answered on its own.
    let (status, body) = sync(&app, &token, "en", json!([lesson_event("a", "m", 100)])).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["results"][0]["outcome"], "rejected");

    // Over-long credentials are a wrong password, not an error.
    let res = app
        .client
        .post(app.url("/api/v1/auth/token"))
        .json(&json!({"email": account.email, "password": "p".repeat(10_000)}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

async fn page_numbers_and_searches_of_any_size_are_harmless(app: TestApp) {
    let (admin, password) = app.create_user(Role::Admin);
    let csrf = csrf_of(&app.text("/en/sign-in").await);
    let res = app
        .post_form(
            "/en/sign-in",
            &[
                ("csrf", &csrf),
                ("email", &admin.email),
                ("password", &password),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let long = "ж".repeat(2000);
    for query in [
        "page=9223372036854775807".to_string(),
        "page=-9223372036854775808".to_string(),
        format!("q={long}"),
    ] {
        let res = app.get(&format!("/en/admin/users?{query}")).await;
        assert_eq!(res.status(), StatusCode::OK, "{query}");
    }
    // A number that is not one is a bad request, never a server error.
    let res = app.get("/en/admin/users?page=99999999999999999999").await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}

backend_tests!(
    oversized_bodies_are_refused_before_they_are_read,
    api_fields_beyond_their_limits_get_a_localized_error,
    page_numbers_and_searches_of_any_size_are_harmless,
);
