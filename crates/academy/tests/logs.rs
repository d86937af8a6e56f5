//! `ACADEMY_LOG_FORMAT=json`: one JSON object per line, a request id on every request's
//! line, and nothing identifying: no email addresses, passwords, query strings (one-time
//! tokens), client addresses.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use academy_suite::{csrf_of, repo_root};

#[actix_web::test]
async fn json_logs_carry_request_ids_and_no_personal_data() {
    let data = tempfile::tempdir().unwrap();
    let log_path = data.path().join("stderr.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_academy"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", data.path().join("a.db").display()),
        )
        .env("ACADEMY_DATA_DIR", data.path())
        .env("ACADEMY_LOCALES_DIR", repo_root().join("locales"))
        .env("ACADEMY_LOG_FORMAT", "json")
        .args(["serve", "--bind", "127.0.0.1:0"])
        .current_dir(data.path())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    let port: u16 = loop {
        assert!(Instant::now() < deadline, "server did not start");
        let line = lines.next().expect("server exited").unwrap();
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    let email = "log-probe.person@example.org";
    let password = "correct horse log probe";
    let form = client
        .get(format!("{base}/ru/sign-up"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let signed_up = client
        .post(format!("{base}/ru/sign-up"))
        .form(&[
            ("csrf", csrf_of(&form).as_str()),
            ("email", email),
            ("password", password),
            ("display_name", "Log Probe"),
            ("country", "kz"),
            ("language", "ru"),
            ("consent", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_up.status().as_u16(), 200);
    let form = client
        .get(format!("{base}/ru/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    client
        .post(format!("{base}/ru/sign-in"))
        .form(&[
            ("csrf", csrf_of(&form).as_str()),
            ("email", email),
            ("password", "a wrong password here"),
        ])
        .send()
        .await
        .unwrap();
    let probe = client
        .get(format!(
            "{base}/ru/verify-email?token=QUERY-TOKEN-MUST-NOT-BE-LOGGED"
        ))
        .send()
        .await
        .unwrap();
    let request_id = probe.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    // The drainer writes the sign-up email to data/outbox within a second or two.
    std::thread::sleep(Duration::from_millis(2500));
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    child.wait().unwrap();

    let log = std::fs::read_to_string(&log_path).unwrap();
    let mut request_lines = 0;
    for line in log.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        if value["fields"]["message"] == "request" {
            request_lines += 1;
            assert!(value["span"]["request_id"].is_string(), "{line}");
            assert!(value["span"]["route"].is_string(), "{line}");
        }
    }
    assert!(request_lines >= 5, "one line per request:\n{log}");
    assert!(
        log.contains(&request_id),
        "the x-request-id header matches a log line"
    );
    for secret in [
        email,
        "log-probe",
        password,
        "a wrong password here",
        "QUERY-TOKEN-MUST-NOT-BE-LOGGED",
        "client_ip",
        "user_agent",
        "reqwest",
    ] {
        assert!(
            !log.contains(secret),
            "{secret:?} leaked into the log:\n{log}"
        );
    }
}
