//! Brute force and enumeration (issue #11): sign-in and password-reset requests are
//! limited per account (in the database, shared by instances) and per client address
//! (in memory), with a back-off that never locks anyone out for more than the stated
//! 15 minutes at a time; the answers do not tell whether an address has an account;
//! passwords are hashed with Argon2id at or above OWASP's minimum. Both backends.

use std::time::{Duration, Instant};

use academy_suite::{backend_tests, csrf_of, link_in, Backend, SmtpSink, TestApp};
use diesel::connection::SimpleConnection;
use enrollment::accounts::Role;
use enrollment::throttle::{self, MAX_LOCK, SIGN_IN_ACCOUNT, SIGN_IN_CLIENT};
use reqwest::StatusCode;

async fn sign_in(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    let csrf = csrf_of(&app.text("/en/sign-in").await);
    app.post_form(
        "/en/sign-in",
        &[("csrf", &csrf), ("email", email), ("password", password)],
    )
    .await
}

async fn forgot(app: &TestApp, email: &str) -> reqwest::Response {
    let csrf = csrf_of(&app.text("/en/password/forgot").await);
    app.post_form("/en/password/forgot", &[("csrf", &csrf), ("email", email)])
        .await
}

async fn sign_out(app: &TestApp) {
    let csrf = csrf_of(&app.text("/ru/dashboard").await);
    let res = app.post_form("/ru/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

fn retry_after(res: &reqwest::Response) -> i64 {
    res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// Ends every lock as if its time had passed (the rows stay, with their counts).
fn expire_locks(app: &TestApp) {
    let db = enrollment::DatabaseUrl::parse(&app.test_db.url).unwrap();
    let mut c = db.connect().unwrap();
    c.batch_execute("UPDATE auth_throttle SET locked_until = NULL")
        .unwrap();
}

fn throttle_rows(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let url = enrollment::DatabaseUrl::parse(&app.test_db.url).unwrap();
    let mut c = url.connect().unwrap();
    diesel::sql_query("SELECT COUNT(*) AS n FROM auth_throttle")
        .get_result::<N>(&mut c)
        .unwrap()
        .n
}

/// The page with the parts that differ by request (CSRF token, the address typed)
/// blanked out.
fn normalized(html: &str, email: &str) -> String {
    let html = html.replace(email, "EMAIL");
    if html.contains("name=\"csrf\" value=\"") {
        html.replace(&csrf_of(&html), "CSRF")
    } else {
        html
    }
}

async fn sign_in_locks_per_account_the_same_for_unknown_addresses(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    let unknown = "nobody-here@example.org";
    for email in [account.email.as_str(), unknown] {
        for _ in 0..=SIGN_IN_ACCOUNT.free {
            let res = sign_in(&app, email, "not the password at all").await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        }
        // The sixth failure locked the address for 30 s: even the right password waits.
        let res = sign_in(&app, email, &password).await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS, "{email}");
        let wait = retry_after(&res);
        assert!((1..=30).contains(&wait), "{wait}");
        let html = res.text().await.unwrap();
        assert!(html.contains("Too many attempts"), "{html}");
        assert!(
            html.contains("15 minutes"),
            "the page states the longest wait"
        );
        // The API answers 429 for the locked address too, with Retry-After.
        let api = app
            .client
            .post(app.url("/api/v1/auth/token"))
            .json(&serde_json::json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(api.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(retry_after(&api) <= MAX_LOCK.num_seconds());
        let body: serde_json::Value = api.json().await.unwrap();
        assert_eq!(body["error"], "error-too-many-attempts");
    }
    // Another account is not affected.
    let (other, other_password) = app.create_user(Role::Learner);
    assert_eq!(
        sign_in(&app, &other.email, &other_password).await.status(),
        StatusCode::SEE_OTHER
    );
    sign_out(&app).await;
    // Once the lock is over, the owner signs in, and the count is forgotten.
    expire_locks(&app);
    assert_eq!(
        sign_in(&app, &account.email, &password).await.status(),
        StatusCode::SEE_OTHER
    );
    // Rows exist for the unknown address and the other one; none holds an address.
    let url = enrollment::DatabaseUrl::parse(&app.test_db.url).unwrap();
    let mut c = url.connect().unwrap();
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        subject: String,
    }
    let rows: Vec<Row> = diesel::sql_query("SELECT subject FROM auth_throttle")
        .load(&mut c)
        .unwrap();
    assert_eq!(rows.len(), 1, "only the unknown address still counts");
    assert_eq!(rows[0].subject.len(), 64);
    assert!(!rows[0].subject.contains('@'));
    assert_eq!(
        rows[0].subject,
        throttle::account_key(&app.db, unknown).unwrap()
    );
}

async fn api_sign_in_shares_the_account_limit(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    for _ in 0..=SIGN_IN_ACCOUNT.free {
        let res = app
            .client
            .post(app.url("/api/v1/auth/token"))
            .json(&serde_json::json!({"email": account.email, "password": "wrong wrong wrong"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    // Locked for the web sign-in as well: one count for both doors.
    let res = sign_in(&app, &account.email, &password).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
}

async fn sign_in_locks_per_client_address(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    // Many addresses, each below its own limit, all from one client.
    for i in 0..SIGN_IN_CLIENT.free {
        let email = format!("guess-{}@example.org", i % 10);
        let res = sign_in(&app, &email, "password guess 123").await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{i}");
    }
    let res = sign_in(&app, "guess-last@example.org", "password guess 123").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // This client is now locked, whatever address it tries, for at most 15 minutes.
    let res = sign_in(&app, &account.email, &password).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!((1..=MAX_LOCK.num_seconds()).contains(&retry_after(&res)));
    // The client address is never written to the database: the table holds keys of
    // email addresses only.
    assert!(throttle_rows(&app) <= 11);
    let url = enrollment::DatabaseUrl::parse(&app.test_db.url).unwrap();
    let mut c = url.connect().unwrap();
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Hit {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let hits = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM auth_throttle WHERE subject LIKE '%127.0.0.1%' OR scope LIKE '%127%'",
    )
    .get_result::<Hit>(&mut c)
    .unwrap();
    assert_eq!(hits.n, 0);
}

async fn reset_requests_are_limited_and_answer_alike(app: TestApp) {
    let (account, _) = app.create_user(Role::Learner);
    let unknown = "nobody-else@example.org";
    let mut pages = Vec::new();
    for email in [account.email.as_str(), unknown] {
        for i in 0..=throttle::RESET_ACCOUNT.free {
            let res = forgot(&app, email).await;
            assert_eq!(res.status(), StatusCode::OK, "{email} #{i}");
            pages.push(normalized(&res.text().await.unwrap(), email));
        }
        let res = forgot(&app, email).await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS, "{email}");
        let wait = retry_after(&res);
        assert!((1..=MAX_LOCK.num_seconds()).contains(&wait), "{wait}");
    }
    assert!(
        pages.windows(2).all(|w| w[0] == w[1]),
        "the same page for everyone"
    );
}

/// A password reset by email proves the owner reads the inbox: it lifts the sign-in
/// lock at once, so an attacker cannot keep the owner out.
async fn reset_by_email_lifts_the_sign_in_lock(app: TestApp) {
    let backend = app.test_db.backend;
    drop(app);
    let smtp = SmtpSink::start();
    let url = smtp.url();
    let Some(app) =
        TestApp::spawn_with(backend, |s| s.smtp_url = Some(web::Secret::new(url))).await
    else {
        return;
    };
    let (account, password) = app.create_user(Role::Learner);
    for _ in 0..=SIGN_IN_ACCOUNT.free {
        sign_in(&app, &account.email, "an attacker guessing").await;
    }
    assert_eq!(
        sign_in(&app, &account.email, &password).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(forgot(&app, &account.email).await.status(), StatusCode::OK);
    let email = smtp
        .wait_for(&account.email, "/password/reset?token=")
        .await;
    let link = link_in(&email, "http://127.0.0.1/ru/password/reset?token=");
    let path = link.trim_start_matches("http://127.0.0.1").to_string();
    let form = app.text(&path).await;
    let token = path.split("token=").nth(1).unwrap().to_string();
    let reset = app
        .post_form(
            "/ru/password/reset",
            &[
                ("csrf", &csrf_of(&form)),
                ("token", &token),
                ("password", "the owner's new passphrase"),
            ],
        )
        .await;
    assert_eq!(reset.status(), StatusCode::SEE_OTHER);
    sign_out(&app).await;
    assert_eq!(
        sign_in(&app, &account.email, "the owner's new passphrase")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

/// Sign-in spends the same Argon2 time for an unknown address as for a wrong password,
/// and shows the same page.
async fn sign_in_answers_alike_and_in_similar_time(app: TestApp) {
    let (account, _) = app.create_user(Role::Learner);
    let unknown = "no-account@example.org";
    // Warm up (the dummy hash is computed once).
    sign_in(&app, unknown, "warming up the hash").await;
    let mut known_times = Vec::new();
    let mut unknown_times = Vec::new();
    let mut known_page = String::new();
    let mut unknown_page = String::new();
    for round in 0..4 {
        for (email, times, page) in [
            (account.email.as_str(), &mut known_times, &mut known_page),
            (unknown, &mut unknown_times, &mut unknown_page),
        ] {
            let csrf = csrf_of(&app.text("/en/sign-in").await);
            let started = Instant::now();
            let res = app
                .post_form(
                    "/en/sign-in",
                    &[
                        ("csrf", &csrf),
                        ("email", email),
                        ("password", "wrong guess 123"),
                    ],
                )
                .await;
            times.push(started.elapsed());
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{round}");
            *page = normalized(&res.text().await.unwrap(), email);
        }
    }
    assert_eq!(known_page, unknown_page);
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (k, u) = (median(&mut known_times), median(&mut unknown_times));
    let ratio = k.as_secs_f64() / u.as_secs_f64();
    assert!(
        (0.5..2.0).contains(&ratio),
        "known {k:?} vs unknown {u:?}: the timing tells them apart"
    );
}

/// The session cookie as the sign-in response set it.
fn session_cookie(res: &reqwest::Response) -> String {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("academy_session="))
        .expect("the sign-in sets the session cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string()
}

/// GET `path` with only `cookie` (a copy an attacker might hold), no cookie jar.
async fn with_cookie(app: &TestApp, path: &str, cookie: &str) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

/// A copied session cookie is dead once its owner signs out, and once the password
/// changes; a signed-in session works until then.
async fn copied_session_dies_at_sign_out_and_password_change(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    let res = sign_in(&app, &account.email, &password).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let copy = session_cookie(&res);
    assert_eq!(
        with_cookie(&app, "/en/dashboard", &copy).await.status(),
        StatusCode::OK,
        "the copy works while the session lives"
    );
    sign_out(&app).await;
    let replay = with_cookie(&app, "/en/dashboard", &copy).await;
    assert_eq!(
        replay.status(),
        StatusCode::SEE_OTHER,
        "signed out: the copy is dead"
    );
    assert!(replay.headers()["location"]
        .to_str()
        .unwrap()
        .contains("/sign-in"));

    let res = sign_in(&app, &account.email, &password).await;
    let copy = session_cookie(&res);
    assert_eq!(
        with_cookie(&app, "/en/dashboard", &copy).await.status(),
        StatusCode::OK
    );
    enrollment::auth::change_password(&app.db, account.id, &password, "another passphrase")
        .unwrap();
    assert_eq!(
        with_cookie(&app, "/en/dashboard", &copy).await.status(),
        StatusCode::SEE_OTHER,
        "password changed: every earlier session is dead"
    );
}

/// The `academy_session` cookie a response set, if any.
fn new_session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("academy_session="))
        .map(|v| v.split(';').next().unwrap().to_string())
}

/// Session fixation: whatever session a visitor had before signing in (one an attacker
/// may have planted or seen) does not become the signed-in one, and its CSRF token
/// stops working.
async fn sign_in_renews_the_session(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    let form = app.get("/ru/sign-in").await;
    let before = new_session_cookie(&form).expect("the sign-in form starts a session");
    let old_csrf = csrf_of(&form.text().await.unwrap());
    let res = app
        .post_form(
            "/ru/sign-in",
            &[
                ("csrf", &old_csrf),
                ("email", &account.email.to_string()),
                ("password", &password),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let after = session_cookie(&res);
    assert_ne!(before, after, "a new cookie at sign-in");
    // The cookie from before sign-in is still anonymous.
    let replay = with_cookie(&app, "/ru/dashboard", &before).await;
    assert_eq!(replay.status(), StatusCode::SEE_OTHER);
    assert!(replay.headers()["location"]
        .to_str()
        .unwrap()
        .contains("/sign-in"));
    // A new CSRF token; the old one is refused in the signed-in session.
    let new_csrf = csrf_of(&app.text("/ru/display").await);
    assert_ne!(new_csrf, old_csrf);
    let stale = app
        .post_form(
            "/ru/display",
            &[("csrf", &old_csrf), ("text_size", "large")],
        )
        .await;
    assert_eq!(stale.status(), StatusCode::FORBIDDEN);
    let fresh = app
        .post_form(
            "/ru/display",
            &[("csrf", &new_csrf), ("text_size", "large")],
        )
        .await;
    assert_ne!(fresh.status(), StatusCode::FORBIDDEN);
}

/// Changing the password on the profile page ends every other session of the account
/// (another device, a copied cookie) and keeps the one that changed it.
async fn password_change_ends_the_other_sessions(app: TestApp) {
    let (account, password) = app.create_user(Role::Learner);
    let res = sign_in(&app, &account.email, &password).await;
    let this_device_before = session_cookie(&res);
    // Another device.
    let other = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let form = other.get(app.url("/ru/sign-in")).send().await.unwrap();
    let csrf = csrf_of(&form.text().await.unwrap());
    let res = other
        .post(app.url("/ru/sign-in"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", &account.email.to_string()),
            ("password", &password),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let other_dashboard = || async {
        other
            .get(app.url("/ru/dashboard"))
            .send()
            .await
            .unwrap()
            .status()
    };
    assert_eq!(other_dashboard().await, StatusCode::OK);

    let csrf = csrf_of(&app.text("/ru/profile").await);
    let res = app
        .post_form(
            "/ru/profile/password",
            &[
                ("csrf", &csrf),
                ("current_password", &password),
                ("new_password", "a brand new long passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/ru/dashboard").await.status(),
        StatusCode::OK,
        "the device that changed it stays signed in"
    );
    assert_eq!(
        other_dashboard().await,
        StatusCode::SEE_OTHER,
        "the other device is signed out"
    );
    assert_eq!(
        with_cookie(&app, "/ru/dashboard", &this_device_before)
            .await
            .status(),
        StatusCode::SEE_OTHER,
        "a copy of this device's earlier cookie is dead"
    );
}

/// Signs in on a fresh app whose session timeouts are `idle` and `absolute` seconds.
async fn app_with_timeouts(backend: Backend, idle: u64, absolute: u64) -> Option<TestApp> {
    TestApp::spawn_with(backend, |s| {
        s.session_idle_timeout_secs = idle;
        s.session_absolute_timeout_secs = absolute;
    })
    .await
}

async fn dashboard(app: &TestApp) -> StatusCode {
    app.get("/ru/dashboard").await.status()
}

/// With a 3-second idle timeout: a learner active every second stays signed in past
/// it; 4.5 seconds of silence end the session; a copy of the cookie unused since
/// sign-in is refused by the server (not only forgotten by the browser).
async fn idle_timeout_ends_a_quiet_session(app: TestApp) {
    let backend = app.test_db.backend;
    drop(app);
    let Some(app) = app_with_timeouts(backend, 3, 3600).await else {
        return;
    };
    let (account, password) = app.create_user(Role::Learner);
    let res = sign_in(&app, &account.email, &password).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // A copy taken at sign-in and never used again: idle from the start.
    let copy = session_cookie(&res);
    for _ in 0..5 {
        assert_eq!(
            dashboard(&app).await,
            StatusCode::OK,
            "active: still signed in"
        );
        actix_web::rt::time::sleep(Duration::from_millis(1000)).await;
    }
    actix_web::rt::time::sleep(Duration::from_millis(4500)).await;
    let replay = with_cookie(&app, "/ru/dashboard", &copy).await;
    assert_eq!(replay.status(), StatusCode::SEE_OTHER, "idle: signed out");
    assert_eq!(dashboard(&app).await, StatusCode::SEE_OTHER);
}

/// With a 4-second absolute timeout, even a learner active every second is signed
/// out, and the cookie from sign-in is refused by the server.
async fn absolute_timeout_ends_even_an_active_session(app: TestApp) {
    let backend = app.test_db.backend;
    drop(app);
    let Some(app) = app_with_timeouts(backend, 3600, 4).await else {
        return;
    };
    let (account, password) = app.create_user(Role::Learner);
    let res = sign_in(&app, &account.email, &password).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let copy = session_cookie(&res);
    let started = Instant::now();
    assert_eq!(dashboard(&app).await, StatusCode::OK);
    while started.elapsed() < Duration::from_secs(6) {
        actix_web::rt::time::sleep(Duration::from_millis(1000)).await;
        let _ = dashboard(&app).await;
    }
    assert_eq!(dashboard(&app).await, StatusCode::SEE_OTHER);
    assert_eq!(
        with_cookie(&app, "/ru/dashboard", &copy).await.status(),
        StatusCode::SEE_OTHER,
        "the server refuses the cookie, not only the browser"
    );
}

/// The defaults are the documented ones.
#[test]
fn session_timeouts_default_to_14_and_30_days() {
    let t = web::Settings::default().session_timeouts();
    assert_eq!(t.idle_secs, 14 * 24 * 3600);
    assert_eq!(t.absolute_secs, 30 * 24 * 3600);
    assert_eq!(t.seen_granularity_secs(), 3600);
}

backend_tests!(
    sign_in_renews_the_session,
    password_change_ends_the_other_sessions,
    idle_timeout_ends_a_quiet_session,
    absolute_timeout_ends_even_an_active_session,
    copied_session_dies_at_sign_out_and_password_change,
    sign_in_locks_per_account_the_same_for_unknown_addresses,
    api_sign_in_shares_the_account_limit,
    sign_in_locks_per_client_address,
    reset_requests_are_limited_and_answer_alike,
    reset_by_email_lifts_the_sign_in_lock,
    sign_in_answers_alike_and_in_similar_time,
);
