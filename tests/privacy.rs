//! Privacy (issue #11, item 9), on both backends: a learner downloads everything the
//! Academy holds about them as JSON, and deletes their account (password, CSRF), after
//! which nothing of them is left (a fresh dump of the whole database is searched for
//! their address, name and organisation) and their certificates verify only if they
//! chose to keep them public.

use std::path::Path;

use academy_suite::{backend_tests, complete_module, csrf_of, Backend, TestApp};
use enrollment::accounts::{Email, Role};
use enrollment::audit::{self, Actor};
use enrollment::certificates as certs;
use reqwest::StatusCode;
use serde_json::Value;

const ORG: &str = "Общественный фонд Приватность-Тест";

async fn sign_in(app: &TestApp, email: &str, password: &str) {
    let csrf = csrf_of(&app.text("/en/sign-in").await);
    let res = app
        .post_form(
            "/en/sign-in",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "signed in");
}

/// A learner with an organisation, a completed module (lessons, a passed quiz with
/// answers, two certificates… whatever the fixture gives), an offline event, an app
/// signed in through the API, and a staff audit entry about one certificate.
struct Learner {
    id: i64,
    email: String,
    password: String,
    name: String,
    certificates: Vec<certs::CertificateRecord>,
}

fn learner_with_history(app: &TestApp) -> Learner {
    app.import_fixture_content();
    let (account, password) = app.create_user(Role::Learner);
    let update = enrollment::auth::ProfileUpdate {
        display_name: enrollment::accounts::PersonName::parse("Privacy Probe-Person").unwrap(),
        certificate_name: enrollment::accounts::PersonName::parse("Privacy Probe-Person").unwrap(),
        country: enrollment::profile::Country::Kyrgyzstan,
        language: courses::Lang::En,
        gender: Some(enrollment::profile::Gender::Female),
        org_type: Some(enrollment::profile::OrgType::Cso),
        org_name: Some(ORG.into()),
        wants_accommodations: true,
    };
    enrollment::auth::update_profile(&app.db, account.id, &update).unwrap();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    for m in &catalogue.levels[0].modules {
        complete_module(&app.db, account.id, &m.module.slug);
    }
    let first = &catalogue.levels[0].modules[0].module;
    let learner = enrollment::learning::learner(&app.db, account.id).unwrap();
    let lesson = learner.enrolment(&first.slug).unwrap().module.lessons[0]
        .slug
        .clone();
    enrollment::sync::apply(
        &app.db,
        account.id,
        vec![enrollment::sync::Event {
            id: "phone-event-1".into(),
            at: chrono::Utc::now(),
            kind: enrollment::sync::EventKind::Lesson {
                module: first.slug.clone(),
                lesson,
                position: Some(100),
                completed: true,
            },
        }],
    )
    .unwrap();
    enrollment::api_tokens::issue(&app.db, account.id, chrono::Utc::now().naive_utc()).unwrap();
    let certificates = certs::list_for_user(&app.db, account.id).unwrap();
    assert!(
        certificates.len() >= 2,
        "the fixture gives a module and a level"
    );
    let (staff, _) = app.create_user(Role::Staff);
    app.db
        .write(|c| {
            audit::record(
                c,
                &Actor::user(staff.id, staff.email.clone()),
                "certificate.test-note",
                &format!("certificate:{}", certificates[0].id),
                &serde_json::json!({"note": "checked"}),
            )
        })
        .unwrap();
    Learner {
        id: account.id,
        email: account.email,
        password,
        name: "Privacy Probe-Person".into(),
        certificates,
    }
}

async fn export_holds_everything_and_only_theirs(app: TestApp) {
    let me = learner_with_history(&app);
    let (other, _) = app.create_user(Role::Learner);
    complete_module(
        &app.db,
        other.id,
        &enrollment::catalog::catalogue(&app.db).unwrap().levels[0].modules[0]
            .module
            .slug,
    );

    // Signed out: no data, the sign-in page instead.
    let anonymous = app.get("/en/profile/data.json").await;
    assert_ne!(anonymous.status(), StatusCode::OK);

    sign_in(&app, &me.email, &me.password).await;
    let profile = app.text("/en/profile").await;
    assert!(
        profile.contains("href=\"/en/profile/data.json\""),
        "{profile}"
    );
    assert!(profile.contains("href=\"/en/profile/delete\""));

    let res = app.get("/en/profile/data.json").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"academy-data-"));
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body = res.text().await.unwrap();
    let data: Value = serde_json::from_str(&body).unwrap();

    assert_eq!(data["format"], "csoa-personal-data/1");
    let account = &data["account"];
    assert_eq!(account["id"], me.id);
    assert_eq!(account["email"], me.email.as_str());
    assert_eq!(account["display_name"], me.name.as_str());
    assert_eq!(account["org_name"], ORG);
    assert_eq!(account["country"], "kg");
    assert_eq!(account["gender"], "female");
    assert_eq!(account["wants_accommodations"], true);
    assert!(!body.contains("argon2"), "no password hash in the export");

    let enrolments = data["enrolments"].as_array().unwrap();
    assert_eq!(enrolments.len(), 2);
    assert!(enrolments.iter().all(|e| e["completed_at"].is_string()));
    assert!(enrolments
        .iter()
        .all(|e| !e["lessons"].as_array().unwrap().is_empty()));
    let attempts = data["quiz_attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0]["passed"], true);
    assert!(
        !attempts[0]["answers"].as_object().unwrap().is_empty(),
        "answers are included: {}",
        attempts[0]
    );
    assert!(attempts[0]["result"].is_object() || attempts[0]["result"].is_array());
    let certificates = data["certificates"].as_array().unwrap();
    assert_eq!(certificates.len(), me.certificates.len());
    for c in &me.certificates {
        assert!(certificates
            .iter()
            .any(|x| x["id"] == c.id.as_str() && x["payload"] == c.payload.as_str()));
    }
    assert_eq!(data["offline_events"][0]["id"], "phone-event-1");
    assert_eq!(data["api_sign_ins"].as_array().unwrap().len(), 1);
    assert!(data["this_browser_session"]["signed_in_at"].is_string());
    assert!(
        data["emails"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "certificate-issued"),
        "{}",
        data["emails"]
    );
    let audit = data["audit"].as_array().unwrap();
    let note = audit
        .iter()
        .find(|a| a["action"] == "certificate.test-note")
        .expect("the audit entry about their certificate");
    assert_eq!(note["actor"], "staff");
    assert!(!body.contains("staff-"), "the staff member stays unnamed");

    // Nothing of the other learner.
    assert!(!body.contains(&other.email));
    assert!(!body.contains(&other.display_name));
}

/// The whole database as bytes: SQLite's file and write-ahead log as they lie on disk,
/// or PostgreSQL's plain-text `pg_dump` (live rows only: dead tuples are PostgreSQL's
/// to vacuum, see docs/security.md).
fn whole_database(app: &TestApp, dir: &Path) -> Vec<u8> {
    match app.test_db.backend {
        Backend::Sqlite => {
            // The raw file after a checkpoint, free pages included: with secure_delete
            // a deleted row leaves no readable remains (VACUUM INTO would hide them).
            use diesel::connection::SimpleConnection;
            let _ = dir;
            let mut conn = app.db.conn().unwrap();
            conn.batch_execute("PRAGMA wal_checkpoint(TRUNCATE)")
                .unwrap();
            let path = app.test_db.url.trim_start_matches("sqlite://").to_string();
            let mut bytes = std::fs::read(&path).unwrap();
            bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
            bytes
        }
        Backend::Postgres => {
            let out = std::process::Command::new("pg_dump")
                .args(["--format=plain", "--data-only", &app.test_db.url])
                .output()
                .expect("pg_dump (postgresql-client, tools/ensure-test-tools.sh)");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            out.stdout
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Opens the delete form signed in as `me`, and shows that a request without the CSRF
/// token or with a wrong password deletes nothing; returns the form's CSRF token.
async fn delete_form_and_its_refusals(app: &TestApp, me: &Learner) -> String {
    sign_in(app, &me.email, &me.password).await;
    let form = app.text("/en/profile/delete").await;
    assert!(form.contains("name=\"keep_public\""), "{form}");
    assert!(form.contains("name=\"password\""));
    let csrf = csrf_of(&form);
    let res = app
        .post_form(
            "/en/profile/delete",
            &[("password", me.password.as_str()), ("keep_public", "1")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "no CSRF token");
    let res = app
        .post_form(
            "/en/profile/delete",
            &[("csrf", &csrf), ("password", "not my password at all")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("aria-invalid=\"true\""));
    assert!(enrollment::accounts::find(&app.db, me.id).is_ok());
    csrf
}

/// Rows of each per-learner table still pointing at `user`.
fn rows_of(app: &TestApp, user: i64) -> Vec<(&'static str, i64)> {
    use diesel::prelude::*;
    use diesel::sql_types::BigInt;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let mut conn = app.db.conn().unwrap();
    [
        "users WHERE id",
        "enrolments WHERE user_id",
        "quiz_attempts WHERE user_id",
        "sync_events WHERE user_id",
        "api_refresh_tokens WHERE user_id",
        "email_tokens WHERE user_id",
        "certificates WHERE user_id",
        "audit_log WHERE actor_id",
    ]
    .into_iter()
    .map(|t| {
        let n: N = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {t} = {user}"))
            .get_result(&mut conn)
            .unwrap();
        (t, n.n)
    })
    .filter(|(_, n)| *n > 0)
    .collect()
}

/// Deleting while keeping public certificates: every personal row is gone, the session
/// is over, the address appears nowhere in the database, hidden certificates are
/// withdrawn and public ones still verify, without an account.
async fn delete_account_keeping_public_certificates(app: TestApp) {
    let me = learner_with_history(&app);
    // Their own action in the audit log, under their address as label.
    app.db
        .write(|c| {
            audit::record(
                c,
                &Actor::user(me.id, me.email.clone()),
                "test.own-action",
                "module:x",
                &serde_json::json!({}),
            )
        })
        .unwrap();
    let hidden = me.certificates[0].clone();
    certs::set_hidden(&app.db, me.id, &hidden.id, true).unwrap();
    let csrf = delete_form_and_its_refusals(&app, &me).await;

    let res = app
        .post_form(
            "/en/profile/delete",
            &[
                ("csrf", csrf.as_str()),
                ("password", me.password.as_str()),
                ("keep_public", "1"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Your public certificates remain verifiable."),
        "{page}"
    );
    assert!(!page.contains(&me.name), "the page is a signed-out one");

    assert_eq!(rows_of(&app, me.id), vec![]);
    assert!(
        enrollment::accounts::find_by_email(&app.db, &Email::parse(&me.email).unwrap())
            .unwrap()
            .is_none()
    );
    assert_ne!(
        app.get("/en/profile").await.status(),
        StatusCode::OK,
        "signed out"
    );
    let dir = tempfile::tempdir().unwrap();
    let dump = whole_database(&app, dir.path());
    assert!(
        contains(&dump, "Privacy Probe-Person"),
        "kept certificates hold the name"
    );
    for gone in [me.email.as_str(), ORG] {
        assert!(!contains(&dump, gone), "{gone:?} survived the deletion");
    }
    assert!(matches!(
        certs::check_payload(&app.db, &hidden.payload).unwrap(),
        certs::PayloadCheck::Withdrawn(_)
    ));
    for kept in &me.certificates[1..] {
        let found = certs::find_public(&app.db, &kept.id).unwrap().unwrap();
        assert_eq!(found.user_id, None);
        assert!(matches!(
            certs::check_payload(&app.db, &kept.payload).unwrap(),
            certs::PayloadCheck::Valid(_)
        ));
        let public = app.get(&format!("/en/verify/{}", kept.id)).await;
        assert_eq!(public.status(), StatusCode::OK);
    }
    let entries = audit::list(&app.db, &Default::default(), 100).unwrap();
    let deleted = entries
        .iter()
        .find(|e| e.action == "account.delete")
        .unwrap();
    assert_eq!(deleted.subject, format!("user:{}", me.id));
    let own = entries
        .iter()
        .find(|e| e.action == "test.own-action")
        .unwrap();
    assert_eq!(
        (own.actor_id, own.actor_label.as_str()),
        (None, enrollment::privacy::DELETED_ACTOR)
    );
}

/// Deleting without keeping certificates: every certificate is withdrawn, and neither
/// the address, the name nor the organisation is anywhere in the database.
async fn delete_account_withdrawing_certificates(app: TestApp) {
    let me = learner_with_history(&app);
    let csrf = delete_form_and_its_refusals(&app, &me).await;
    let res = app
        .post_form(
            "/en/profile/delete",
            &[("csrf", csrf.as_str()), ("password", me.password.as_str())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Your account and all your data have been deleted."));
    assert_eq!(rows_of(&app, me.id), vec![]);
    for c in &me.certificates {
        assert!(matches!(
            certs::check_payload(&app.db, &c.payload).unwrap(),
            certs::PayloadCheck::Withdrawn(_)
        ));
        assert_eq!(
            app.get(&format!("/en/verify/{}", c.id)).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let dump = whole_database(&app, dir.path());
    for gone in [me.email.as_str(), me.name.as_str(), ORG] {
        assert!(!contains(&dump, gone), "{gone:?} survived the deletion");
    }
}

/// The last administrator cannot delete their account (someone must manage roles);
/// with another administrator they can.
async fn last_admin_cannot_delete(app: TestApp) {
    use diesel::prelude::*;
    let (admin, password) = app.create_user(Role::Admin);
    // Make it the only one (a new installation may have made its first admin).
    diesel::sql_query(format!(
        "UPDATE users SET role = 'learner' WHERE role = 'admin' AND id <> {}",
        admin.id
    ))
    .execute(&mut app.db.conn().unwrap())
    .unwrap();
    let refused = enrollment::privacy::delete_account(&app.db, admin.id, &password, false);
    assert!(
        matches!(refused, Err(enrollment::Error::LastAdmin)),
        "{refused:?}"
    );
    assert!(enrollment::accounts::find(&app.db, admin.id).is_ok());
    app.create_user(Role::Admin);
    enrollment::privacy::delete_account(&app.db, admin.id, &password, false)
        .expect("another administrator remains");
}

backend_tests!(
    export_holds_everything_and_only_theirs,
    delete_account_keeping_public_certificates,
    delete_account_withdrawing_certificates,
    last_admin_cannot_delete,
);
