//! The JSON API (`/api/v1`) end to end on both backends, with a client that keeps no
//! cookies (bearer tokens only): the learner journey, an offline batch synced twice,
//! refresh-token rotation and reuse detection, every RFC 8725 negative, signing-key
//! rotation, the error format, the OpenAPI document, and interoperability of our access
//! tokens with PyJWT (tools/test-python.sh; `ACADEMY_SKIP_PYTHON=1` skips that part).

use std::path::PathBuf;

use academy_suite::{answers, backend_tests, repo_root, TestApp};
use chrono::Utc;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::api_tokens;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// Every endpoint, as the API's own route table lists it.
const ROUTES: &[(&str, &str)] = &[
    ("post", "/api/v1/auth/token"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/revoke"),
    ("get", "/api/v1/keys"),
    ("get", "/api/v1/openapi.json"),
    ("get", "/api/v1/catalogue"),
    ("get", "/api/v1/modules/{slug}"),
    ("post", "/api/v1/modules/{slug}/enrolment"),
    ("post", "/api/v1/levels/{slug}/enrolment"),
    ("get", "/api/v1/enrolments"),
    ("get", "/api/v1/modules/{slug}/lessons/{lesson}"),
    ("post", "/api/v1/modules/{slug}/quiz/attempts"),
    ("get", "/api/v1/attempts/{id}"),
    ("put", "/api/v1/attempts/{id}/answers"),
    ("post", "/api/v1/attempts/{id}/submit"),
    ("post", "/api/v1/sync"),
];

struct Reply {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Reply {
    fn error(&self) -> &str {
        self.body["error"].as_str().unwrap_or_default()
    }

    fn message(&self) -> &str {
        self.body["message"].as_str().unwrap_or_default()
    }

    #[track_caller]
    fn expect(&self, status: StatusCode) -> &Value {
        assert_eq!(self.status, status, "{}", self.body);
        &self.body
    }

    #[track_caller]
    fn expect_error(&self, status: StatusCode, key: &str) {
        assert_eq!((self.status, self.error()), (status, key), "{}", self.body);
        assert!(!self.message().is_empty() && self.message() != key);
        assert_eq!(
            self.headers["content-type"].to_str().unwrap(),
            "application/json"
        );
    }
}

/// A client of the API: no cookie store, so only bearer tokens can authenticate.
struct Api<'a> {
    app: &'a TestApp,
    http: reqwest::Client,
}

#[derive(Debug, Clone)]
struct Tokens {
    access: String,
    refresh: String,
}

impl<'a> Api<'a> {
    fn new(app: &'a TestApp) -> Api<'a> {
        Api {
            app,
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                // See TestApp: the server may close a connection idle for 5 s.
                .pool_idle_timeout(std::time::Duration::from_secs(1))
                .build()
                .unwrap(),
        }
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Reply {
        let res = req.send().await.expect("request reaches the server");
        let status = res.status();
        let headers = res.headers().clone();
        assert!(
            !headers.contains_key("set-cookie"),
            "the API sets no cookies"
        );
        let bytes = res.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                panic!(
                    "{status}: not JSON ({e}): {}",
                    String::from_utf8_lossy(&bytes)
                )
            })
        };
        Reply {
            status,
            headers,
            body,
        }
    }

    fn request(&self, method: Method, path: &str, token: Option<&str>) -> reqwest::RequestBuilder {
        let mut req = self.http.request(method, self.app.url(path));
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        req
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let mut req = self.request(method, path, token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        self.send(req).await
    }

    async fn get(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, Some(token), None).await
    }

    async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    async fn sign_in(&self, email: &str, password: &str) -> Tokens {
        let reply = self
            .call(
                Method::POST,
                "/api/v1/auth/token",
                None,
                Some(json!({"email": email, "password": password})),
            )
            .await;
        tokens(&reply)
    }

    async fn refresh(&self, refresh: &str) -> Reply {
        self.call(
            Method::POST,
            "/api/v1/auth/refresh",
            None,
            Some(json!({"refresh_token": refresh})),
        )
        .await
    }
}

#[track_caller]
fn tokens(reply: &Reply) -> Tokens {
    let body = reply.expect(StatusCode::OK);
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 900);
    assert!(body["refresh_expires_in"].as_i64().unwrap() > 29 * 24 * 3600);
    assert_eq!(reply.headers["cache-control"], "no-store");
    Tokens {
        access: body["access_token"].as_str().unwrap().to_string(),
        refresh: body["refresh_token"].as_str().unwrap().to_string(),
    }
}

const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64url_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(B64URL[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

fn b64url_decode(text: &str) -> Vec<u8> {
    let (mut out, mut buf, mut bits) = (Vec::new(), 0u32, 0);
    for c in text.bytes() {
        let v = B64URL.iter().position(|&a| a == c).expect("base64url") as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    out
}

/// The (header, claims) of a JWT, unverified.
fn jwt_parts(token: &str) -> (Value, Value) {
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    (
        serde_json::from_slice(&b64url_decode(parts[0])).unwrap(),
        serde_json::from_slice(&b64url_decode(parts[1])).unwrap(),
    )
}

fn jwt_from(header: &Value, claims: &Value, signature: &str) -> String {
    format!(
        "{}.{}.{}",
        b64url_encode(header.to_string().as_bytes()),
        b64url_encode(claims.to_string().as_bytes()),
        signature
    )
}

/// The interpreter with PyJWT, or `None` when `ACADEMY_SKIP_PYTHON=1`.
fn python() -> Option<PathBuf> {
    if std::env::var("ACADEMY_SKIP_PYTHON").is_ok_and(|v| v == "1") {
        eprintln!("\n*** SKIPPED: PyJWT interoperability (ACADEMY_SKIP_PYTHON=1) ***\n");
        return None;
    }
    let script = repo_root().join("tools/test-python.sh");
    let out = std::process::Command::new(&script)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "tools/test-python.sh could not create the Python environment with PyJWT \
         (python3 with venv and access to PyPI are needed; set ACADEMY_SKIP_PYTHON=1 to \
         skip the interoperability checks):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(PathBuf::from(
        String::from_utf8(out.stdout).unwrap().trim().to_string(),
    ))
}

/// Runs tests/jwt_interop.py with `input` on stdin (off the test's thread, since the
/// script may call the server).
async fn interop(python: PathBuf, input: Value) -> Value {
    actix_web::rt::task::spawn_blocking(move || {
        use std::io::Write;
        let mut child = std::process::Command::new(python)
            .arg(repo_root().join("tests/jwt_interop.py"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("python starts");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.to_string().as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "jwt_interop.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    })
    .await
    .unwrap()
}

fn now() -> chrono::NaiveDateTime {
    Utc::now().naive_utc()
}

/// The fixture content, a learner signed in through the API.
async fn learner<'a>(app: &'a TestApp) -> (Api<'a>, i64, Tokens) {
    app.import_fixture_content();
    let (account, password) = app.create_user(Role::Learner);
    let api = Api::new(app);
    let tokens = api.sign_in(&account.email, &password).await;
    (api, account.id, tokens)
}

/// The answer key applied to an attempt, as JSON (test only: the API never shows it).
fn perfect_answers(app: &TestApp, user: i64, attempt: &str) -> Value {
    let a = enrollment::quizzes::attempt(&app.db, user, attempt).unwrap();
    let set = a.module.quiz.as_ref().unwrap().variants[&a.lang].clone();
    serde_json::to_value(answers::perfect(&set, a.seed)).unwrap()
}

fn first_answer_only(app: &TestApp, user: i64, attempt: &str) -> Value {
    let a = enrollment::quizzes::attempt(&app.db, user, attempt).unwrap();
    let set = a.module.quiz.as_ref().unwrap().variants[&a.lang].clone();
    serde_json::to_value(answers::mostly_unanswered(&set, a.seed)).unwrap()
}

fn contains_key(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(m) => m.iter().any(|(k, v)| k == key || contains_key(v, key)),
        Value::Array(a) => a.iter().any(|v| contains_key(v, key)),
        _ => false,
    }
}

async fn journey_through_the_api(app: TestApp) {
    let (api, user, t) = learner(&app).await;

    // The catalogue, anonymously and signed in.
    let anonymous = api
        .call(Method::GET, "/api/v1/catalogue?lang=en", None, None)
        .await;
    let cat = anonymous.expect(StatusCode::OK);
    let level = cat["levels"][0]["slug"].as_str().unwrap().to_string();
    let first = cat["levels"][0]["modules"][0]["slug"]
        .as_str()
        .unwrap()
        .to_string();
    let second = cat["levels"][0]["modules"][1]["slug"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(cat["levels"][0]["modules"][0]["title"]["lang"], "en");
    assert!(cat["levels"][0]["modules"][0].get("progress").is_none());
    let cat = api.get("/api/v1/catalogue", &t.access).await;
    let cat = cat.expect(StatusCode::OK);
    assert_eq!(cat["levels"][0]["modules"][0]["title"]["lang"], "ru");
    assert_eq!(
        cat["levels"][0]["modules"][0]["progress"]["enrolled"],
        false
    );
    assert_eq!(
        cat["levels"][0]["modules"][1]["unmet"][0]["slug"],
        first.as_str()
    );

    // The second module needs the first.
    let refused = api
        .post(
            &format!("/api/v1/modules/{second}/enrolment"),
            &t.access,
            json!({}),
        )
        .await;
    refused.expect_error(StatusCode::CONFLICT, "error-prerequisites-unmet");
    assert_eq!(refused.headers["content-language"], "ru");
    assert_eq!(
        refused.message(),
        "Сначала нужно пройти предыдущие модули или уровень."
    );
    let in_english = api
        .request(
            Method::POST,
            &format!("/api/v1/modules/{second}/enrolment"),
            Some(&t.access),
        )
        .header("accept-language", "en-GB,en;q=0.9");
    let in_english = api.send(in_english).await;
    in_english.expect_error(StatusCode::CONFLICT, "error-prerequisites-unmet");
    assert_eq!(
        in_english.message(),
        "Complete the earlier modules or level first."
    );

    let enrolled = api
        .post(
            &format!("/api/v1/modules/{first}/enrolment"),
            &t.access,
            json!({}),
        )
        .await;
    assert_eq!(
        enrolled.expect(StatusCode::CREATED)["newly_enrolled"][0],
        first.as_str()
    );
    let again = api
        .post(
            &format!("/api/v1/modules/{first}/enrolment"),
            &t.access,
            json!({}),
        )
        .await;
    assert_eq!(
        again.expect(StatusCode::OK)["already_enrolled"][0],
        first.as_str()
    );
    let module = api
        .get(&format!("/api/v1/modules/{first}"), &t.access)
        .await;
    let module = module.expect(StatusCode::OK).clone();
    assert_eq!(module["progress"]["enrolled"], true);
    assert_eq!(module["level"], level.as_str());
    assert_eq!(module["quiz"]["max_attempts"], 3);
    let lessons: Vec<String> = module["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["slug"].as_str().unwrap().to_string())
        .collect();
    assert!(lessons.len() >= 2);

    // Lessons: in English where it exists, else Russian.
    let lesson = api
        .get(
            &format!("/api/v1/modules/{first}/lessons/{}?lang=en", lessons[0]),
            &t.access,
        )
        .await;
    let lesson = lesson.expect(StatusCode::OK);
    assert_eq!(
        (lesson["lang"].as_str(), lesson["requested_lang"].as_str()),
        (Some("en"), Some("en"))
    );
    assert!(lesson["html"].as_str().unwrap().contains('<'));
    assert!(!lesson["html"].as_str().unwrap().contains("<script"));
    assert_eq!(lesson["number"], 1);
    assert_eq!(lesson["next"], lessons[1].as_str());
    let fallback = api
        .get(
            &format!("/api/v1/modules/{first}/lessons/{}?lang=en", lessons[1]),
            &t.access,
        )
        .await;
    assert_eq!(fallback.expect(StatusCode::OK)["lang"], "ru");
    api.get(
        &format!("/api/v1/modules/{first}/lessons/{}?lang=xx", lessons[0]),
        &t.access,
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, "error-api-invalid-language");
    api.get(
        &format!("/api/v1/modules/{first}/lessons/no-such-lesson"),
        &t.access,
    )
    .await
    .expect_error(StatusCode::NOT_FOUND, "error-not-found");
    api.get(
        &format!("/api/v1/modules/{second}/lessons/{}", lessons[0]),
        &t.access,
    )
    .await
    .expect_error(StatusCode::CONFLICT, "error-not-enrolled");

    // Progress through sync.
    let events: Vec<Value> = lessons
        .iter()
        .enumerate()
        .map(|(i, l)| {
            json!({"id": format!("read-{i}"), "at": Utc::now().to_rfc3339(), "type": "lesson",
                   "module": first, "lesson": l, "position": 100, "completed": true})
        })
        .collect();
    let synced = api
        .post("/api/v1/sync", &t.access, json!({"events": events}))
        .await;
    let synced = synced.expect(StatusCode::OK);
    assert!(synced["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["outcome"] == "applied"));
    assert_eq!(
        synced["modules_completed"],
        json!([]),
        "the quiz is still to pass"
    );
    let enrolments = api.get("/api/v1/enrolments", &t.access).await;
    let e = &enrolments.expect(StatusCode::OK)["enrolments"][0];
    assert_eq!(
        (e["lessons_done"].clone(), e["percent"].clone()),
        (json!(lessons.len()), json!(100))
    );
    assert_eq!(e["completed_at"], Value::Null);

    // The quiz: fail, retry, pass.
    let start = api
        .post(
            &format!("/api/v1/modules/{first}/quiz/attempts"),
            &t.access,
            json!({}),
        )
        .await;
    let attempt = start.expect(StatusCode::OK).clone();
    let id = attempt["id"].as_str().unwrap().to_string();
    assert_eq!(
        (attempt["attempt_no"].clone(), attempt["status"].clone()),
        (json!(1), json!("open"))
    );
    assert!(
        attempt["seconds_left"].as_i64().unwrap() > 0,
        "a 20-minute limit"
    );
    for secret in ["correct", "weight", "accepted", "tolerance", "seed"] {
        assert!(
            !contains_key(&attempt, secret),
            "{secret} leaked: {attempt}"
        );
    }
    let resumed = api
        .post(
            &format!("/api/v1/modules/{first}/quiz/attempts"),
            &t.access,
            json!({}),
        )
        .await;
    assert_eq!(resumed.expect(StatusCode::OK)["id"], id.as_str());

    let few = first_answer_only(&app, user, &id);
    let saved = api
        .call(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&t.access),
            Some(json!({"answers": few})),
        )
        .await;
    assert_eq!(saved.expect(StatusCode::OK)["answers"], few);
    let bad_answer = api
        .call(
            Method::PUT,
            &format!("/api/v1/attempts/{id}/answers"),
            Some(&t.access),
            Some(json!({"answers": {"no-such-question": {"type": "single", "value": 0}}})),
        )
        .await;
    bad_answer.expect_error(StatusCode::UNPROCESSABLE_ENTITY, "error-invalid-answer");
    // Submit without a body: graded on what was saved.
    let failed = api
        .send(api.request(
            Method::POST,
            &format!("/api/v1/attempts/{id}/submit"),
            Some(&t.access),
        ))
        .await;
    let failed = failed.expect(StatusCode::OK);
    assert_eq!(failed["attempt"]["result"]["passed"], false);
    assert_eq!(failed["attempt"]["status"], "submitted");
    let per_question = failed["attempt"]["result"]["questions"].as_array().unwrap();
    assert!(per_question.len() > 1);
    assert!(per_question.iter().all(|q| q.get("review").is_some()));
    assert!(per_question.iter().any(|q| q["feedback"].is_string()));
    api.call(
        Method::PUT,
        &format!("/api/v1/attempts/{id}/answers"),
        Some(&t.access),
        Some(json!({"answers": few})),
    )
    .await
    .expect_error(StatusCode::CONFLICT, "error-attempt-closed");

    let retry = api
        .post(
            &format!("/api/v1/modules/{first}/quiz/attempts"),
            &t.access,
            json!({}),
        )
        .await;
    let retry = retry.expect(StatusCode::OK).clone();
    assert_eq!(retry["attempt_no"], 2);
    let retry_id = retry["id"].as_str().unwrap().to_string();
    let all = perfect_answers(&app, user, &retry_id);
    let passed = api
        .post(
            &format!("/api/v1/attempts/{retry_id}/submit"),
            &t.access,
            json!({"answers": all}),
        )
        .await;
    let passed = passed.expect(StatusCode::OK);
    assert_eq!(passed["attempt"]["result"]["passed"], true);
    assert_eq!(passed["attempt"]["result"]["score_percent"], 100.0);
    assert_eq!(passed["module_completed_now"], true);
    let review = api
        .get(&format!("/api/v1/attempts/{retry_id}"), &t.access)
        .await;
    assert_eq!(review.expect(StatusCode::OK)["result"]["passed"], true);

    let enrolments = api.get("/api/v1/enrolments", &t.access).await;
    let e = &enrolments.expect(StatusCode::OK)["enrolments"][0];
    assert!(e["completed_at"].is_string());
    assert_eq!(e["quiz_passed"], true);
    let next = api
        .get(&format!("/api/v1/modules/{second}"), &t.access)
        .await;
    assert_eq!(next.expect(StatusCode::OK)["unmet"], json!([]));
    let level_enrolment = api
        .post(
            &format!("/api/v1/levels/{level}/enrolment"),
            &t.access,
            json!({}),
        )
        .await;
    let level_enrolment = level_enrolment.expect(StatusCode::CREATED);
    assert_eq!(level_enrolment["newly_enrolled"], json!([second]));
    assert_eq!(level_enrolment["already_enrolled"], json!([first]));

    // Another learner's attempt does not exist for them.
    let (other, other_password) = app.create_user(Role::Learner);
    let theirs = api.sign_in(&other.email, &other_password).await;
    api.get(&format!("/api/v1/attempts/{retry_id}"), &theirs.access)
        .await
        .expect_error(StatusCode::NOT_FOUND, "error-not-found");
    api.post(
        &format!("/api/v1/attempts/{retry_id}/submit"),
        &theirs.access,
        json!({}),
    )
    .await
    .expect_error(StatusCode::NOT_FOUND, "error-not-found");
}

async fn offline_batch_synced_twice(app: TestApp) {
    let (api, user, t) = learner(&app).await;
    let cat = api.get("/api/v1/catalogue", &t.access).await;
    let module = cat.expect(StatusCode::OK)["levels"][0]["modules"][0]["slug"]
        .as_str()
        .unwrap()
        .to_string();
    api.post(
        &format!("/api/v1/modules/{module}/enrolment"),
        &t.access,
        json!({}),
    )
    .await
    .expect(StatusCode::CREATED);
    let detail = api
        .get(&format!("/api/v1/modules/{module}"), &t.access)
        .await;
    let lessons: Vec<String> = detail.expect(StatusCode::OK)["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["slug"].as_str().unwrap().to_string())
        .collect();
    let attempt = api
        .post(
            &format!("/api/v1/modules/{module}/quiz/attempts"),
            &t.access,
            json!({}),
        )
        .await;
    let attempt_id = attempt.expect(StatusCode::OK)["id"]
        .as_str()
        .unwrap()
        .to_string();
    let answers = perfect_answers(&app, user, &attempt_id);
    let (question, answer) = answers.as_object().unwrap().iter().next().unwrap();

    // Recorded offline: reading positions, completions, a quiz answer, and one event for
    // a module the learner is not enrolled in.
    let at = |minutes: i64| (Utc::now() - chrono::Duration::minutes(minutes)).to_rfc3339();
    let mut events = vec![
        json!({"id": "pos-0", "at": at(30), "type": "lesson", "module": module,
               "lesson": lessons[0], "position": 40}),
        json!({"id": "pos-0b", "at": at(29), "type": "lesson", "module": module,
               "lesson": lessons[0], "position": 20}),
        json!({"id": "answer", "at": at(5), "type": "quiz_answer", "attempt": attempt_id,
               "question": question, "answer": answer}),
        json!({"id": "elsewhere", "at": at(4), "type": "lesson", "module": "no-such-module",
               "lesson": "x", "completed": true}),
    ];
    for (i, l) in lessons.iter().enumerate() {
        events.push(
            json!({"id": format!("done-{i}"), "at": at(20 - i as i64), "type": "lesson",
                           "module": module, "lesson": l, "completed": true}),
        );
    }
    let first = api
        .post("/api/v1/sync", &t.access, json!({"events": events}))
        .await;
    let first = first.expect(StatusCode::OK).clone();
    let outcome = |report: &Value, outcome: &str| {
        report["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["outcome"] == outcome)
            .count()
    };
    assert_eq!(outcome(&first, "applied"), events.len() - 1, "{first}");
    let rejected: Vec<&Value> = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "rejected")
        .collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0]["id"], "elsewhere");
    assert_eq!(rejected[0]["error"], "error-not-enrolled");
    assert_eq!(rejected[0]["message"], "Вы не записаны на этот модуль.");

    let before = api.get("/api/v1/enrolments", &t.access).await.body;
    let learner_before = enrollment::learning::learner(&app.db, user).unwrap();
    // The connection dropped before the client saw the answer: the same batch again.
    let second = api
        .post("/api/v1/sync", &t.access, json!({"events": events}))
        .await;
    let second = second.expect(StatusCode::OK).clone();
    assert_eq!(outcome(&second, "duplicate"), events.len() - 1, "{second}");
    assert_eq!(outcome(&second, "applied"), 0);
    let after = api.get("/api/v1/enrolments", &t.access).await.body;
    let learner_after = enrollment::learning::learner(&app.db, user).unwrap();
    assert_eq!(learner_before.progress, learner_after.progress);
    assert_eq!(learner_before.positions, learner_after.positions);
    for key in ["lessons_done", "lessons_total", "percent", "last_lesson"] {
        assert_eq!(
            before["enrolments"][0][key], after["enrolments"][0][key],
            "{key}"
        );
    }
    assert_eq!(after["enrolments"][0]["lessons_done"], json!(lessons.len()));
    // Progress only moves forward: the later, lower position did not win.
    assert_eq!(
        learner_after.positions[&(module.clone(), lessons[0].clone())],
        40
    );
    let attempt = api
        .get(&format!("/api/v1/attempts/{attempt_id}"), &t.access)
        .await;
    assert_eq!(attempt.expect(StatusCode::OK)["answers"][question], *answer);

    // Limits: more than 500 events, an oversized body, a bad event id.
    let many: Vec<Value> = (0..501)
        .map(|i| json!({"id": format!("e{i}"), "at": at(1), "type": "lesson", "module": module, "lesson": lessons[0]}))
        .collect();
    api.post("/api/v1/sync", &t.access, json!({"events": many}))
        .await
        .expect_error(StatusCode::PAYLOAD_TOO_LARGE, "error-batch-too-large");
    let huge = json!({"events": [{"id": "x", "at": at(1), "type": "lesson", "module": "m",
                                   "lesson": "x".repeat(1024 * 1024 + 1)}]});
    api.post("/api/v1/sync", &t.access, huge)
        .await
        .expect_error(StatusCode::PAYLOAD_TOO_LARGE, "error-api-too-large");
    api.post(
        "/api/v1/sync",
        &t.access,
        json!({"events": [{"id": "", "at": at(1), "type": "lesson", "module": module, "lesson": lessons[0]}]}),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, "error-invalid-event-id");
    let unchanged = enrollment::learning::learner(&app.db, user).unwrap();
    assert_eq!(unchanged.progress, learner_after.progress);
}

async fn refresh_rotation_and_reuse_detection(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    let api = Api::new(&app);

    let wrong = api
        .call(
            Method::POST,
            "/api/v1/auth/token",
            None,
            Some(json!({"email": account.email, "password": "not the password"})),
        )
        .await;
    wrong.expect_error(StatusCode::UNAUTHORIZED, "error-bad-credentials");
    assert!(wrong.headers.contains_key("www-authenticate"));

    let first = api.sign_in(&account.email, &password).await;
    api.get("/api/v1/enrolments", &first.access)
        .await
        .expect(StatusCode::OK);
    let second = tokens(&api.refresh(&first.refresh).await);
    assert_ne!(second.refresh, first.refresh);
    api.get("/api/v1/enrolments", &second.access)
        .await
        .expect(StatusCode::OK);
    let third = tokens(&api.refresh(&second.refresh).await);

    // The used token again (an attacker's copy, or a client that lost the answer): refused,
    // and the live token of the same sign-in dies with it.
    api.refresh(&first.refresh)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, "error-api-invalid-refresh-token");
    api.refresh(&third.refresh)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, "error-api-invalid-refresh-token");
    assert_eq!(
        api_tokens::live_count(&app.db, account.id, now()).unwrap(),
        0
    );

    // Other sign-ins are separate families; signing out ends only its own.
    let phone = api.sign_in(&account.email, &password).await;
    let tablet = api.sign_in(&account.email, &password).await;
    let revoked = api
        .call(
            Method::POST,
            "/api/v1/auth/revoke",
            None,
            Some(json!({"refresh_token": phone.refresh})),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    api.refresh(&phone.refresh)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, "error-api-invalid-refresh-token");
    let tablet = tokens(&api.refresh(&tablet.refresh).await);
    // Revoking an unknown token is not an error (RFC 7009).
    let unknown = api
        .call(
            Method::POST,
            "/api/v1/auth/revoke",
            None,
            Some(json!({"refresh_token": "never-issued"})),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NO_CONTENT);

    // A password change ends refreshing on every device.
    enrollment::auth::change_password(&app.db, account.id, &password, "a brand new password")
        .unwrap();
    api.refresh(&tablet.refresh)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, "error-api-invalid-refresh-token");
    let fresh = api.sign_in(&account.email, "a brand new password").await;
    tokens(&api.refresh(&fresh.refresh).await);

    // Accounts with a one-time password must set their own first (on the website).
    let onetime = accounts::create(
        &app.db,
        NewAccount {
            email: Email::parse("new-staff@example.org").unwrap(),
            password: "one-time password 1".into(),
            display_name: PersonName::parse("New Staff").unwrap(),
            role: Role::Staff,
            language: academy_suite::Lang::Ru,
            must_change_password: true,
        },
    )
    .unwrap();
    api.call(
        Method::POST,
        "/api/v1/auth/token",
        None,
        Some(json!({"email": onetime.email, "password": "one-time password 1"})),
    )
    .await
    .expect_error(StatusCode::FORBIDDEN, "error-api-password-change-required");
}

async fn every_jwt_negative_is_401(app: TestApp) {
    let (api, user, t) = learner(&app).await;
    let ok = api.get("/api/v1/enrolments", &t.access).await;
    ok.expect(StatusCode::OK);
    let (header, claims) = jwt_parts(&t.access);
    assert_eq!(header["alg"], "EdDSA");
    assert_eq!(header["typ"], "at+jwt");
    assert_eq!(claims["sub"], user.to_string());
    assert_eq!(claims["aud"], "academy-api");
    assert_eq!(claims["iss"], "http://127.0.0.1");
    let signature = t.access.rsplit('.').next().unwrap();

    let mut forged: Vec<(String, String)> = vec![
        (
            "alg none".into(),
            jwt_from(
                &json!({"alg": "none", "typ": "at+jwt", "kid": header["kid"]}),
                &claims,
                "",
            ),
        ),
        (
            "alg none with the real signature".into(),
            jwt_from(
                &json!({"alg": "none", "typ": "at+jwt", "kid": header["kid"]}),
                &claims,
                signature,
            ),
        ),
        ("tampered payload".into(), {
            let mut c = claims.clone();
            c["sub"] = json!("1");
            jwt_from(&header, &c, signature)
        }),
        ("unknown kid".into(), {
            let mut h = header.clone();
            h["kid"] = json!("g77-000000000000");
            jwt_from(&h, &claims, signature)
        }),
        ("HS256 header".into(), {
            let mut h = header.clone();
            h["alg"] = json!("HS256");
            jwt_from(&h, &claims, signature)
        }),
        (
            "truncated".into(),
            t.access[..t.access.len() - 4].to_string(),
        ),
        ("garbage".into(), "not.a.token".into()),
    ];
    if let Some(python) = python() {
        let ring = api_tokens::key_ring(&app.db, now()).unwrap();
        let keys = api
            .call(Method::GET, "/api/v1/keys", None, None)
            .await
            .expect(StatusCode::OK)
            .clone();
        let x = keys["keys"][0]["x"].as_str().unwrap().to_string();
        let seed: String = ring
            .current
            .seed()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let made = interop(
            python,
            json!({"mode": "forge", "seed_hex": seed, "kid": ring.current.kid,
                   "issuer": "http://127.0.0.1", "audience": "academy-api",
                   "sub": user.to_string(), "x": x}),
        )
        .await;
        // The control: signed like ours, accepted.
        api.get("/api/v1/enrolments", made["valid"].as_str().unwrap())
            .await
            .expect(StatusCode::OK);
        for (name, token) in made.as_object().unwrap() {
            if name != "valid" {
                forged.push((format!("PyJWT {name}"), token.as_str().unwrap().to_string()));
            }
        }
        assert!(forged.len() >= 17, "{forged:?}");
    }
    for (name, token) in &forged {
        let reply = api.get("/api/v1/enrolments", token).await;
        assert_eq!(
            reply.status,
            StatusCode::UNAUTHORIZED,
            "{name}: {}",
            reply.body
        );
        reply.expect_error(StatusCode::UNAUTHORIZED, "error-api-unauthorized");
        assert!(reply.headers["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer"));
    }

    // Not a bearer token at all, or none.
    for value in ["Basic dXNlcjpwYXNz", "Bearer", "Bearer    ", "bearer"] {
        let req = api
            .request(Method::GET, "/api/v1/enrolments", None)
            .header("authorization", value);
        api.send(req)
            .await
            .expect_error(StatusCode::UNAUTHORIZED, "error-api-unauthorized");
    }
    api.call(Method::GET, "/api/v1/enrolments", None, None)
        .await
        .expect_error(StatusCode::UNAUTHORIZED, "error-api-unauthorized");
    // The scheme is case-insensitive (RFC 7235).
    let req = api
        .request(Method::GET, "/api/v1/enrolments", None)
        .header("authorization", format!("bearer {}", t.access));
    api.send(req).await.expect(StatusCode::OK);
    // An invalid token on an endpoint open to anonymous callers is still refused.
    api.get("/api/v1/catalogue", "not.a.token")
        .await
        .expect_error(StatusCode::UNAUTHORIZED, "error-api-unauthorized");
    // The web session does not authenticate the API and the API token not the pages.
    let page = api.get("/ru/dashboard", &t.access);
    let page = page.await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

async fn key_rotation_keeps_earlier_tokens_valid(app: TestApp) {
    let (api, _, t) = learner(&app).await;
    let (before, _) = jwt_parts(&t.access);
    let old_kid = before["kid"].as_str().unwrap().to_string();
    assert_eq!(api_tokens::kid_generation(&old_kid), Some(1));

    let new = api_tokens::rotate_signing_key(&app.db, now()).unwrap();
    assert_eq!(new.generation, 2);
    // A token signed by the previous key is still good…
    api.get("/api/v1/enrolments", &t.access)
        .await
        .expect(StatusCode::OK);
    // …new tokens are signed by the new key…
    let next = tokens(&api.refresh(&t.refresh).await);
    let (after, _) = jwt_parts(&next.access);
    assert_eq!(after["kid"], new.kid.as_str());
    api.get("/api/v1/enrolments", &next.access)
        .await
        .expect(StatusCode::OK);
    // …and both keys are published, newest first, until the old one's tokens expire.
    let keys = api.call(Method::GET, "/api/v1/keys", None, None).await;
    let keys = keys.expect(StatusCode::OK);
    let kids: Vec<&str> = keys["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert_eq!(kids, [new.kid.as_str(), old_kid.as_str()]);
    for k in keys["keys"].as_array().unwrap() {
        assert_eq!(
            (k["kty"].as_str(), k["crv"].as_str(), k["alg"].as_str()),
            (Some("OKP"), Some("Ed25519"), Some("EdDSA"))
        );
        assert_eq!(b64url_decode(k["x"].as_str().unwrap()).len(), 32);
    }
    let grace_over = new.activated_at + api_tokens::KEY_RETIRED_GRACE;
    let trusted: Vec<String> = api_tokens::trusted_keys(&app.db, grace_over)
        .unwrap()
        .into_iter()
        .map(|k| k.key.kid)
        .collect();
    assert_eq!(trusted, [new.kid.as_str()]);
    let (_, claims) = jwt_parts(&t.access);
    assert!(
        claims["exp"].as_i64().unwrap() <= grace_over.and_utc().timestamp(),
        "every token of the old key has expired by the time it is dropped"
    );
    // A key created by another instance (this worker has not seen it yet) verifies at once.
    let newer = api_tokens::rotate_signing_key(&app.db, now()).unwrap();
    let fresh = tokens(&api.refresh(&next.refresh).await);
    assert_eq!(jwt_parts(&fresh.access).0["kid"], newer.kid.as_str());
    api.get("/api/v1/enrolments", &fresh.access)
        .await
        .expect(StatusCode::OK);
}

async fn errors_are_json_and_localized(app: TestApp) {
    let (api, _, t) = learner(&app).await;
    api.get("/api/v1/no-such-thing", &t.access)
        .await
        .expect_error(StatusCode::NOT_FOUND, "error-api-no-such-endpoint");
    api.call(Method::DELETE, "/api/v1/enrolments", Some(&t.access), None)
        .await
        .expect_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "error-api-method-not-allowed",
        );
    api.get("/api/v1/modules/no-such-module", &t.access)
        .await
        .expect_error(StatusCode::NOT_FOUND, "error-not-found");
    let not_json = api
        .request(Method::POST, "/api/v1/auth/token", None)
        .header("content-type", "application/json")
        .body("{not json");
    api.send(not_json)
        .await
        .expect_error(StatusCode::BAD_REQUEST, "error-api-invalid-json");
    let wrong_shape = api
        .call(
            Method::POST,
            "/api/v1/auth/token",
            None,
            Some(json!({"email": 1})),
        )
        .await;
    wrong_shape.expect_error(StatusCode::BAD_REQUEST, "error-api-invalid-json");
    let form = api
        .request(Method::POST, "/api/v1/auth/token", None)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=a&password=b");
    api.send(form).await.expect_error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "error-api-unsupported-media-type",
    );
    let big = json!({"email": "x".repeat(300 * 1024), "password": "p"});
    api.call(Method::POST, "/api/v1/auth/token", None, Some(big))
        .await
        .expect_error(StatusCode::PAYLOAD_TOO_LARGE, "error-api-too-large");

    // The message follows Accept-Language; Russian by default.
    let russian = "Такого адреса в API нет.";
    for (accept, lang, text) in [
        (None, "ru", Some(russian)),
        (
            Some("en"),
            "en",
            Some("There is no such address in the API."),
        ),
        // Kazakh, or Russian where a message is not translated yet.
        (Some("kk-KZ, ru;q=0.5"), "kk", None),
        (Some("de, fr;q=0.8"), "ru", Some(russian)),
    ] {
        let mut req = api.request(Method::GET, "/api/v1/nothing-here", None);
        if let Some(accept) = accept {
            req = req.header("accept-language", accept);
        }
        let reply = api.send(req).await;
        reply.expect_error(StatusCode::NOT_FOUND, "error-api-no-such-endpoint");
        assert_eq!(reply.headers["content-language"], lang);
        if let Some(text) = text {
            assert_eq!(reply.message(), text, "{accept:?}");
        }
    }

    // No CSRF token, no cookies: bearer authentication only.
    let enrol = api
        .request(
            Method::POST,
            "/api/v1/levels/no-such-level/enrolment",
            Some(&t.access),
        )
        .header("origin", "https://elsewhere.example");
    api.send(enrol)
        .await
        .expect_error(StatusCode::NOT_FOUND, "error-not-found");
}

async fn openapi_document_lists_every_route(app: TestApp) {
    let (api, _, t) = learner(&app).await;
    let doc = api
        .call(Method::GET, "/api/v1/openapi.json", None, None)
        .await;
    let doc = doc.expect(StatusCode::OK).clone();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let mut documented: Vec<(String, String)> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            documented.push((method.clone(), path.clone()));
            assert!(op["responses"].as_object().is_some_and(|r| !r.is_empty()));
        }
    }
    documented.sort();
    let mut expected: Vec<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    expected.sort();
    assert_eq!(documented, expected);
    for schema in [
        "ErrorBody",
        "ErrorCode",
        "TokenResponse",
        "Catalogue",
        "ModuleDetail",
        "Attempt",
        "Answer",
        "QuizResult",
        "SyncRequest",
        "SyncResponse",
        "Jwks",
    ] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "{schema} is not described"
        );
    }
    // Every documented operation is served (none falls through to "no such endpoint").
    for (method, path) in &documented {
        let concrete = path
            .replace("{slug}", "no-such-slug")
            .replace("{lesson}", "no-such-lesson")
            .replace("{id}", "no-such-id");
        let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let reply = api
            .call(method.clone(), &concrete, Some(&t.access), Some(json!({})))
            .await;
        assert!(
            !matches!(
                reply.error(),
                "error-api-no-such-endpoint" | "error-api-method-not-allowed"
            ),
            "{method} {concrete}: {}",
            reply.body
        );
    }
}

async fn access_tokens_verify_with_pyjwt(app: TestApp) {
    let Some(python) = python() else {
        return;
    };
    let (_api, user, t) = learner(&app).await;
    let checked = interop(
        python,
        json!({"mode": "verify", "token": t.access, "jwks_url": app.url("/api/v1/keys"),
               "issuer": "http://127.0.0.1", "audience": "academy-api"}),
    )
    .await;
    assert_eq!(checked["header"]["alg"], "EdDSA");
    assert_eq!(checked["claims"]["sub"], user.to_string());
}

backend_tests!(
    journey_through_the_api,
    offline_batch_synced_twice,
    refresh_rotation_and_reuse_detection,
    every_jwt_negative_is_401,
    key_rotation_keeps_earlier_tokens_valid,
    errors_are_json_and_localized,
    openapi_document_lists_every_route,
    access_tokens_verify_with_pyjwt,
);

#[test]
fn base64url_helpers_round_trip() {
    for text in ["", "a", "ab", "abc", "abcd", "{\"alg\":\"EdDSA\"}"] {
        assert_eq!(
            b64url_decode(&b64url_encode(text.as_bytes())),
            text.as_bytes()
        );
    }
}
