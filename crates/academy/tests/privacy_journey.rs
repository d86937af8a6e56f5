//! Privacy of the running server (issue #11, item 9): a full learner journey against
//! the real `academy serve` process (sign-up, email verification, sign-in with a wrong
//! and the right password, password reset, a quiz through the API, a certificate sent
//! by email with its PDF, the data download, account deletion) while
//!
//! - its log (stderr, the default text format) is captured: no email address, password,
//!   name or client address may appear in it. The client connects from 127.0.0.2, an
//!   address that appears nowhere else, so a logged client address cannot hide behind
//!   the server's own 127.0.0.1;
//! - every `connect`/`sendto`/`sendmsg` system call of the server and its threads is
//!   recorded with `strace -f`: the only Internet-family destination allowed is the
//!   configured SMTP server. A second test points the SMTP setting at 192.0.2.1 and
//!   shows the watch reports that connection, so the first one can fail.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use academy_suite::{decode_email, repo_root, SmtpSink, TestDb};
use serde_json::{json, Value};

use common::{command, Server};

const EMAIL: &str = "journey.watcher@example.org";
const NAME: &str = "Zhyldyz Privacy-Journey";
const PASSWORD: &str = "first journey password 1";
const WRONG: &str = "not the journey password";
const NEW_PASSWORD: &str = "second journey password 2";
/// The address the test's HTTP client connects from.
const CLIENT_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);

/// `strace` recording the network system calls of the server into `out`.
fn strace(out: &Path) -> Vec<String> {
    let available = std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        available,
        "strace is needed to observe the server's connections (tools/ensure-test-tools.sh installs it)"
    );
    [
        "strace",
        "-f",
        "-qq",
        "--seccomp-bpf",
        "-e",
        "trace=connect,sendto,sendmsg,sendmmsg",
        "-o",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([out.display().to_string(), "--".to_string()])
    .collect()
}

/// Every Internet-family destination (address, port) in an strace log. Other families
/// (AF_UNIX, AF_NETLINK: local to the machine) are not network traffic.
fn inet_destinations(trace: &str) -> Vec<(String, u16)> {
    let mut out = Vec::new();
    for line in trace.lines() {
        let family_v4 = line.contains("sa_family=AF_INET,");
        let family_v6 = line.contains("sa_family=AF_INET6,");
        if !family_v4 && !family_v6 {
            continue;
        }
        let port = line
            .split("port=htons(")
            .nth(1)
            .and_then(|r| r.split(')').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        let addr = if family_v4 {
            line.split("inet_addr(\"").nth(1)
        } else {
            line.split("inet_pton(AF_INET6, \"").nth(1)
        }
        .and_then(|r| r.split('"').next())
        .unwrap_or("?")
        .to_string();
        out.push((addr, port));
    }
    out
}

#[test]
fn destinations_are_read_from_strace_lines() {
    let trace = r#"12 connect(9, {sa_family=AF_INET, sin_port=htons(25), sin_addr=inet_addr("192.0.2.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
12 connect(10, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
13 connect(11, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT
13 sendto(12, "abc", 3, MSG_NOSIGNAL, NULL, 0) = 3"#;
    assert_eq!(
        inet_destinations(trace),
        vec![
            ("192.0.2.1".to_string(), 25),
            ("2001:db8::1".to_string(), 443)
        ]
    );
}

/// The server (under strace) on a fresh SQLite database with the fixture course.
fn start(data: &Path, smtp_url: &str, trace: &Path) -> (Server, TestDb) {
    let db = TestDb::create(academy_suite::Backend::Sqlite).unwrap();
    {
        let database = db.open();
        let dir = repo_root().join("crates/courses/tests/fixtures/valid");
        let catalog = courses::load(&dir).unwrap();
        enrollment::content_import::import(&database, &catalog, &dir).unwrap();
    }
    let wrapper = strace(trace);
    let mut cmd = command(Some(&wrapper), &db.url, data);
    cmd.env("ACADEMY_SMTP_URL", smtp_url)
        .env("ACADEMY_PUBLIC_URL", "http://academy.test")
        .env("ACADEMY_WORKERS", "2");
    let server = Server::start(cmd, &data.join("server.log"));
    (server, db)
}

/// The server process itself (the child of strace), for signals.
fn tracee(server: &Server) -> i32 {
    let strace = server.child.id();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let children = std::fs::read_to_string(format!("/proc/{strace}/task/{strace}/children"))
            .unwrap_or_default();
        if let Some(pid) = children.split_whitespace().next() {
            return pid.parse().unwrap();
        }
        assert!(Instant::now() < deadline, "no process under strace");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Stops the traced server with SIGTERM (strace then exits with it).
fn stop(server: Server) {
    unsafe {
        libc::kill(tracee(&server), libc::SIGTERM);
    }
    let mut server = server;
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "server ignored SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(IpAddr::V4(CLIENT_IP))
        .pool_max_idle_per_host(0)
        .build()
        .unwrap()
}

async fn csrf(client: &reqwest::Client, url: &str) -> String {
    let html = client.get(url).send().await.unwrap().text().await.unwrap();
    academy_suite::csrf_of(&html)
}

async fn post(client: &reqwest::Client, url: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(url).form(form).send().await.unwrap()
}

/// The value of `token=` in the first email to EMAIL containing `needle`.
async fn token_from(sink: &SmtpSink, needle: &str) -> String {
    let text = sink.wait_for(EMAIL, needle).await;
    let start = text.find(needle).unwrap() + needle.len();
    text[start..]
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .next()
        .unwrap()
        .to_string()
}

async fn journey(base: &str, sink: &SmtpSink, db: &TestDb) {
    let c = client();
    // Sign up and verify the address.
    let token = csrf(&c, &format!("{base}/en/sign-up")).await;
    let res = post(
        &c,
        &format!("{base}/en/sign-up"),
        &[
            ("csrf", &token),
            ("email", EMAIL),
            ("password", PASSWORD),
            ("display_name", NAME),
            ("country", "kg"),
            ("language", "en"),
            ("org_name", "Journey Watch Foundation"),
            ("consent", "1"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let verify = token_from(sink, "verify-email?token=").await;
    let res = c
        .get(format!("{base}/en/verify-email?token={verify}"))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection() || res.status().is_success());

    // Wrong password, then the right one (another browser: verifying signed the first
    // one in).
    let c = client();
    let token = csrf(&c, &format!("{base}/en/sign-in")).await;
    let res = post(
        &c,
        &format!("{base}/en/sign-in"),
        &[("csrf", &token), ("email", EMAIL), ("password", WRONG)],
    )
    .await;
    assert_ne!(
        res.status().as_u16(),
        303,
        "a wrong password signs nobody in"
    );
    let token = csrf(&c, &format!("{base}/en/sign-in")).await;
    let res = post(
        &c,
        &format!("{base}/en/sign-in"),
        &[("csrf", &token), ("email", EMAIL), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);

    // Reset the password by email, from a third browser.
    let c = client();
    let token = csrf(&c, &format!("{base}/en/password/forgot")).await;
    post(
        &c,
        &format!("{base}/en/password/forgot"),
        &[("csrf", &token), ("email", EMAIL)],
    )
    .await;
    let reset = token_from(sink, "password/reset?token=").await;
    let token = csrf(&c, &format!("{base}/en/password/reset?token={reset}")).await;
    let res = post(
        &c,
        &format!("{base}/en/password/reset"),
        &[
            ("csrf", &token),
            ("token", &reset),
            ("password", NEW_PASSWORD),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303, "reset and signed in");

    // A quiz through the API, passed: the module completes and its certificate is
    // emailed with the PDF.
    let tokens: Value = c
        .post(format!("{base}/api/v1/auth/token"))
        .json(&json!({"email": EMAIL, "password": NEW_PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let bearer = format!("Bearer {}", tokens["access_token"].as_str().unwrap());
    let database = db.open();
    let user = enrollment::accounts::find_by_email(
        &database,
        &enrollment::accounts::Email::parse(EMAIL).unwrap(),
    )
    .unwrap()
    .unwrap()
    .id;
    let catalogue = enrollment::catalog::catalogue(&database).unwrap();
    let module = catalogue.levels[0].modules[0].module.slug.clone();
    let res = c
        .post(format!("{base}/api/v1/modules/{module}/enrolment"))
        .header("authorization", &bearer)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    let learner = enrollment::learning::learner(&database, user).unwrap();
    let events: Vec<Value> = learner
        .enrolment(&module)
        .unwrap()
        .module
        .lessons
        .iter()
        .enumerate()
        .map(|(i, l)| json!({"id": format!("j-{i}"), "at": chrono::Utc::now().to_rfc3339(),
            "type": "lesson", "module": module, "lesson": l.slug, "position": 100, "completed": true}))
        .collect();
    let res = c
        .post(format!("{base}/api/v1/sync"))
        .header("authorization", &bearer)
        .json(&json!({"events": events}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    let attempt: Value = c
        .post(format!("{base}/api/v1/modules/{module}/quiz/attempts"))
        .header("authorization", &bearer)
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = attempt["id"].as_str().unwrap();
    let stored = enrollment::quizzes::attempt(&database, user, id).unwrap();
    let set = stored.module.quiz.as_ref().unwrap().variants[&stored.lang].clone();
    let answers = academy_suite::answers::perfect(&set, stored.seed);
    let done: Value = c
        .post(format!("{base}/api/v1/attempts/{id}/submit"))
        .header("authorization", &bearer)
        .json(&json!({"answers": answers}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(done["attempt"]["result"]["passed"], true, "{done}");
    let mail = sink.wait_for(EMAIL, "dashboard#h-certificates").await;
    assert!(!decode_email(&mail).is_empty());
    let cert = enrollment::certificates::list_for_user(&database, user)
        .unwrap()
        .pop()
        .expect("a certificate");
    let pdf = c
        .get(format!("{base}/en/certificates/{}.pdf", cert.id))
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.status().as_u16(), 200);

    // The data download and the deletion.
    let data = c
        .get(format!("{base}/en/profile/data.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(data.status().as_u16(), 200);
    let token = csrf(&c, &format!("{base}/en/profile/delete")).await;
    let res = post(
        &c,
        &format!("{base}/en/profile/delete"),
        &[("csrf", &token), ("password", NEW_PASSWORD)],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
}

#[actix_web::test]
async fn journey_logs_nothing_identifying_and_connects_only_to_smtp() {
    let data = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start();
    let trace = data.path().join("strace.txt");
    let (server, db) = start(data.path(), &sink.url(), &trace);
    journey(&server.base(), &sink, &db).await;
    // Let the drainer finish whatever is due.
    actix_web::rt::time::sleep(Duration::from_secs(2)).await;
    let log = server.log();
    stop(server);

    assert!(
        log.lines().count() >= 10,
        "the server logged requests:\n{log}"
    );
    for secret in [
        EMAIL,
        "journey.watcher",
        NAME,
        "Zhyldyz",
        "Journey Watch",
        PASSWORD,
        WRONG,
        NEW_PASSWORD,
        &CLIENT_IP.to_string(),
        "token=",
    ] {
        assert!(
            !log.contains(secret),
            "{secret:?} in the server log:\n{log}"
        );
    }

    let trace = std::fs::read_to_string(&trace).unwrap();
    let destinations = inet_destinations(&trace);
    let smtp = ("127.0.0.1".to_string(), sink.port);
    assert!(
        destinations.contains(&smtp),
        "the watch saw the SMTP connections (else it is blind):\n{trace}"
    );
    let others: Vec<_> = destinations.iter().filter(|d| **d != smtp).collect();
    assert!(
        others.is_empty(),
        "connections other than the SMTP server: {others:?}"
    );
}

/// The same watch on a server whose SMTP server is 192.0.2.1 (TEST-NET-1, unroutable):
/// sending the sign-up email shows up as a connection the first test would refuse.
#[actix_web::test]
async fn the_watch_sees_a_connection_leave_the_machine() {
    let data = tempfile::tempdir().unwrap();
    let trace: PathBuf = data.path().join("strace.txt");
    let (server, _db) = start(data.path(), "smtp://192.0.2.1:25", &trace);
    let base = server.base();
    let c = client();
    let token = csrf(&c, &format!("{base}/en/sign-up")).await;
    let res = post(
        &c,
        &format!("{base}/en/sign-up"),
        &[
            ("csrf", &token),
            ("email", EMAIL),
            ("password", PASSWORD),
            ("display_name", NAME),
            ("country", "kg"),
            ("language", "en"),
            ("consent", "1"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 200);
    let deadline = Instant::now() + Duration::from_secs(30);
    let seen = loop {
        let text = std::fs::read_to_string(&trace).unwrap_or_default();
        let found = inet_destinations(&text);
        if found.contains(&("192.0.2.1".to_string(), 25)) {
            break found;
        }
        assert!(
            Instant::now() < deadline,
            "the outbound attempt was not seen:\n{text}"
        );
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    };
    stop(server);
    assert!(seen.iter().any(|(a, _)| a == "192.0.2.1"));
}
