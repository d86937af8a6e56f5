//! The command-line contract, run against the real binary on both backends.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use academy_suite::{repo_root, Backend, TestDb};

mod common;
use common::{academy, Server};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A minimal HTTP/1.1 GET; returns (status, body).
fn http_get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["content", "--help"],
        vec!["content", "check", "--help"],
        vec!["content", "import", "--help"],
        vec!["content", "export", "--help"],
        vec!["user", "create", "--help"],
        vec!["cert", "verify", "--help"],
        vec!["cert", "revoke", "--help"],
        vec!["cert", "rotate-key", "--help"],
        vec!["backup", "--help"],
        vec!["restore", "--help"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_academy"))
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).contains("Usage"), "{args:?}");
    }
}

fn migrate_user_serve_and_stop(backend: Backend) {
    let Some(db) = TestDb::create(backend) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();

    let out = academy(&db.url, data.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("applied"), "{}", stdout(&out));
    let out = academy(&db.url, data.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("up to date"), "{}", stdout(&out));

    let out = academy(&db.url, data.path())
        .args([
            "user",
            "create",
            "--email",
            "Trainer@Example.org",
            "--role",
            "instructor",
            "--name",
            "Нурлан",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("created instructor account trainer@example.org"));
    assert!(stdout(&out).contains("one-time password: "));

    let out = academy(&db.url, data.path())
        .args(["user", "create", "--email", "trainer@example.org"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));

    let out = academy(&db.url, data.path())
        .args([
            "user",
            "create",
            "--email",
            "x@example.org",
            "--role",
            "root",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unknown role"), "{}", stderr(&out));

    let server = Server::start(
        academy(&db.url, data.path()),
        &data.path().join("serve.log"),
    );
    let (status, body) = http_get(server.port, "/readyz");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"ready\""));
    let (status, _) = http_get(server.port, "/ru/");
    assert_eq!(status, 200);
    let exit = server.terminate();
    assert!(exit.success(), "graceful shutdown exits 0: {exit:?}");
}

#[test]
fn help() {
    every_command_has_help();
}

#[test]
fn sqlite_lifecycle() {
    migrate_user_serve_and_stop(Backend::Sqlite);
}

#[test]
fn postgres_lifecycle() {
    migrate_user_serve_and_stop(Backend::Postgres);
}

#[test]
fn first_serve_creates_an_admin_once() {
    let data = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", data.path().join("academy.db").display());
    let mut child = academy(&url, data.path())
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = String::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in lines.by_ref() {
        let line = line.unwrap();
        out.push_str(&line);
        out.push('\n');
        if line.contains("serving at") {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(out.contains("admin@academy.local"), "{out}");
    assert!(out.contains("password: "), "{out}");

    let server = Server::start(academy(&url, data.path()), &data.path().join("serve.log"));
    server.terminate();
    let again = academy(&url, data.path())
        .args(["user", "create", "--email", "admin@academy.local"])
        .output()
        .unwrap();
    assert!(stderr(&again).contains("already exists"));
}

#[test]
fn bad_database_url_is_a_clear_error() {
    let data = tempfile::tempdir().unwrap();
    let out = academy("mysql://u@h/db", data.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("unsupported database URL scheme"),
        "{}",
        stderr(&out)
    );

    let out = academy("postgres://nobody@127.0.0.1:1/none", data.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("cannot open the database postgres://nobody@127.0.0.1:1/none"),
        "{err}"
    );
}

#[test]
fn content_check_reports_file_and_line() {
    let data = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", data.path().join("a.db").display());
    let valid = repo_root().join("crates/courses/tests/fixtures/valid");
    let out = academy(&url, data.path())
        .args(["content", "check"])
        .arg(&valid)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("0 error(s)"));
    assert!(stdout(&out).contains("Translation coverage"));

    // A broken copy: an answer key naming no option.
    let broken = tempfile::tempdir().unwrap();
    copy_tree(&valid, broken.path());
    let quiz = find_file(broken.path(), "quiz.ru.toml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(&quiz, text.replacen("correct = true", "correct = false", 1)).unwrap();
    let out = academy(&url, data.path())
        .args(["content", "check"])
        .arg(broken.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("quiz.ru.toml:"), "{err}");
    assert!(err.contains("error["), "{err}");

    let out = academy(&url, data.path())
        .args(["content", "import"])
        .arg(broken.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nothing imported"));

    let out = academy(&url, data.path())
        .args(["content", "import"])
        .arg(&valid)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("module added"), "{}", stdout(&out));
    let out = academy(&url, data.path())
        .args(["content", "import"])
        .arg(&valid)
        .output()
        .unwrap();
    assert!(stdout(&out).contains("nothing changed"), "{}", stdout(&out));
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn find_file(root: &Path, name: &str) -> std::path::PathBuf {
    fn search(dir: &Path, name: &str) -> Option<std::path::PathBuf> {
        std::fs::read_dir(dir).ok()?.find_map(|entry| {
            let path = entry.ok()?.path();
            if path.is_dir() {
                search(&path, name)
            } else {
                (path.file_name()? == name).then_some(path)
            }
        })
    }
    search(root, name).unwrap_or_else(|| panic!("{name} not found under {}", root.display()))
}

#[test]
fn gift_import_reports_each_rejected_question_by_line() {
    let data = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", data.path().join("a.db").display());
    let tree = tempfile::tempdir().unwrap();
    copy_tree(
        &repo_root().join("crates/courses/tests/fixtures/valid"),
        tree.path(),
    );
    let gift = tree.path().join("bank.gift");
    std::fs::write(
        &gift,
        "// A question bank from Moodle\n\
         ::Mission::What does a mission statement say? {=Why the organization exists ~Next year's budget#No: that is a plan.}\n\
         \n\
         ::Essay::Describe your organization. {}\n\
         \n\
         ::Boards::The board manages daily operations. {F}\n",
    )
    .unwrap();
    let out = academy(&url, data.path())
        .args(["content", "import-gift"])
        .arg(&gift)
        .args(["--module", "mission", "--lang", "ru", "--dir"])
        .arg(tree.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a rejected question makes the exit code 1"
    );
    let err = stderr(&out);
    assert!(
        err.contains("bank.gift:4: error[gift-essay-not-supported]"),
        "{err}"
    );
    let text = stdout(&out);
    assert!(
        text.contains("bank.gift:2: single question imported"),
        "{text}"
    );
    assert!(
        text.contains("bank.gift:6: true_false question imported"),
        "{text}"
    );
    assert!(
        text.contains("2 question(s) imported, 1 rejected"),
        "{text}"
    );
    let quiz = std::fs::read_to_string(find_file(tree.path(), "quiz.ru.toml")).unwrap();
    assert!(quiz.contains("What does a mission statement say?"));
    assert!(quiz.contains("The board manages daily operations."));
}

#[test]
fn cert_verify_with_a_keys_file() {
    use certificates::{CertificateData, CertificateId, IssuerKey, KeyId, Kind, NewCertificate};

    let dir = tempfile::tempdir().unwrap();
    let key = IssuerKey::generate(KeyId::new("k1").unwrap());
    let mut keys = certificates::PublicKeys::new();
    keys.insert(key.key_id().clone(), key.verifying_key());
    let keys_file = dir.path().join("keys.json");
    std::fs::write(&keys_file, keys.to_json()).unwrap();
    let data = CertificateData::new(NewCertificate {
        id: CertificateId::random(),
        kind: Kind::Module,
        holder_name: "Айгерим Нурланова",
        title: "Основы проектной работы",
        lang: certificates::Lang::Ru,
        completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        key_id: key.key_id().clone(),
    })
    .unwrap();
    let signed = certificates::sign(&data, key.signing_key());
    let payload = signed.to_text();
    let verify = |text: &str| {
        academy("sqlite://unused.db", dir.path())
            .args(["cert", "verify", text, "--keys"])
            .arg(&keys_file)
            .output()
            .unwrap()
    };

    let ok = verify(&payload);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let out = stdout(&ok);
    assert!(out.contains("Айгерим Нурланова"), "{out}");
    assert!(out.contains("Основы проектной работы"), "{out}");
    assert!(out.contains("2026-11-22"), "{out}");
    // The whole verification URL (what the QR code holds) works too.
    let url = signed.verification_url("https://academy.example.org");
    assert!(verify(&url).status.success());

    let (head, signature) = payload.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    let tampered = verify(&format!("{head}.{flipped}{}", &signature[1..]));
    assert_eq!(tampered.status.code(), Some(1));
    assert!(
        stdout(&tampered).contains("cert-bad-signature"),
        "{}",
        stdout(&tampered)
    );

    // A PDF file: the payload is read from its metadata.
    let labels = certificates::Labels {
        heading: "Сертификат",
        issued_by: "Выдан",
        certificate_id: "Номер",
        verify_at: "Проверка",
    };
    let pdf = certificates::render_pdf(&signed, &labels, "https://academy.example.org").unwrap();
    let pdf_file = dir.path().join("certificate.pdf");
    std::fs::write(&pdf_file, &pdf).unwrap();
    let ok = verify(pdf_file.to_str().unwrap());
    assert!(ok.status.success(), "{}{}", stdout(&ok), stderr(&ok));
    assert!(stdout(&ok).contains("Айгерим Нурланова"));
    // A PDF whose payload was edited (the name in the signed bytes) fails.
    let forged_text = payload.replacen("CSOA1.A", "CSOA1.B", 1);
    let forged_pdf = String::from_utf8_lossy(&pdf).replace(&payload, &forged_text);
    if forged_text != payload {
        let forged_file = dir.path().join("forged.pdf");
        std::fs::write(&forged_file, forged_pdf.as_bytes()).unwrap();
        assert_eq!(verify(forged_file.to_str().unwrap()).status.code(), Some(1));
    }

    // An Open Badge JSON file.
    let details = certificates::open_badge::BadgeDetails {
        verify_url: "https://academy.example.org/verify/x",
        issuer_url: "https://academy.example.org",
        achievement_url: "https://academy.example.org/ru/modules/m",
        description: "Завершение модуля",
        criteria: "Все уроки и тест",
        issued_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap(),
    };
    let badge = certificates::open_badge::sign(
        certificates::open_badge::credential(&data, &details, &key.verifying_key()),
        &key,
        details.issued_at,
    );
    let badge_file = dir.path().join("badge.json");
    std::fs::write(&badge_file, badge.to_string()).unwrap();
    let ok = verify(badge_file.to_str().unwrap());
    assert!(ok.status.success(), "{}{}", stdout(&ok), stderr(&ok));
    let tampered_badge = badge.to_string().replace("Айгерим", "Someone");
    std::fs::write(&badge_file, tampered_badge).unwrap();
    let refused = verify(badge_file.to_str().unwrap());
    assert_eq!(refused.status.code(), Some(1));
    assert!(stdout(&refused).contains("cert-bad-signature"));

    // With a signed revocation list that names it: revoked (exit 1), with the reason.
    let list = certificates::RevocationList {
        issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        entries: vec![certificates::Revocation {
            id: data.id(),
            revoked_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            reason: certificates::RevocationReason::IssuedInError,
        }],
    };
    let list_file = dir.path().join("revocations.json");
    std::fs::write(&list_file, list.sign(&key)).unwrap();
    let revoked = academy("sqlite://unused.db", dir.path())
        .args(["cert", "verify", &payload, "--keys"])
        .arg(&keys_file)
        .arg("--revocations")
        .arg(&list_file)
        .output()
        .unwrap();
    assert_eq!(revoked.status.code(), Some(1));
    let out = stdout(&revoked);
    assert!(out.starts_with("revoked"), "{out}");
    assert!(out.contains("issued-in-error"), "{out}");
}

#[test]
fn cert_rotate_key_and_revoke_on_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("academy.db").display());
    let run = |args: &[&str]| academy(&url, dir.path()).args(args).output().unwrap();
    assert!(run(&["migrate"]).status.success());
    let first = run(&["cert", "rotate-key"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("key k1"), "{}", stdout(&first));
    let second = run(&["cert", "rotate-key"]);
    assert!(stdout(&second).contains("key k2"), "{}", stdout(&second));
    let unknown = run(&[
        "cert",
        "revoke",
        "aaaaaaaaaaaaaaaaaaaaaaaaaa",
        "--reason",
        "misconduct",
    ]);
    assert!(!unknown.status.success());
    let bad_reason = run(&[
        "cert",
        "revoke",
        "aaaaaaaaaaaaaaaaaaaaaaaaaa",
        "--reason",
        "boredom",
    ]);
    assert!(!bad_reason.status.success());
    assert!(
        stderr(&bad_reason).contains("issued-in-error"),
        "{}",
        stderr(&bad_reason)
    );
}
