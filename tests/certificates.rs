//! Certificates on both backends: completing a module issues exactly one certificate
//! (and completing a level, the level's), signed so that it verifies against the
//! published keys.

use academy_suite::{
    backend_tests, complete_module, csrf_of, db_tests, repo_root, TestApp, TestDb,
};
use certificates::Kind;
use chrono::Utc;
use enrollment::accounts::Role;
use enrollment::certificates as certs;
use enrollment::learning;

/// Imports the fixture course (one level, two modules) and creates a Kyrgyz learner.
fn setup(test_db: &TestDb) -> (enrollment::Database, i64) {
    academy_suite::fixture_with_learner(test_db, "Аида Асанова")
}

fn completing_modules_issues_one_certificate_each(test_db: &TestDb) {
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let level = learner.catalogue.levels[0].clone();
    let first = level.modules[0].module.clone();
    let second = level.modules[1].module.clone();
    assert!(certs::list_for_user(&db, user).unwrap().is_empty());

    assert!(complete_module(&db, user, &first.slug));
    let issued = certs::list_for_user(&db, user).unwrap();
    assert_eq!(issued.len(), 1, "{issued:?}");
    let cert = &issued[0];
    assert_eq!(cert.kind, Kind::Module);
    assert_eq!(cert.subject_slug, first.slug);
    assert_eq!(cert.holder_name, "Аида Асанова");
    assert_eq!(cert.lang, academy_suite::Lang::Ky);
    let expected_title = first.title.best(academy_suite::Lang::Ky).unwrap().1;
    assert_eq!(&cert.title, expected_title);
    assert_eq!(cert.completed_on, Utc::now().date_naive());

    // Reading a lesson again or passing the quiz again issues nothing more.
    for lesson in &first.lessons {
        learning::record_lesson(
            &db,
            user,
            &first.slug,
            &lesson.slug,
            Some(100),
            true,
            Utc::now().naive_utc(),
        )
        .unwrap();
    }
    assert_eq!(certs::list_for_user(&db, user).unwrap(), issued);

    // The signed payload verifies against the published keys and states the record.
    let keys = certs::published_keys(&db).unwrap();
    let data = certificates::verify(&cert.payload, &keys).unwrap();
    assert_eq!(data.id().to_string(), cert.id);
    assert_eq!(data.holder_name(), cert.holder_name);
    assert_eq!(data.title(), cert.title);
    assert_eq!(data.key_id().as_str(), "k1");

    // The second module completes the level: its certificate and the level's.
    assert!(complete_module(&db, user, &second.slug));
    let all = certs::list_for_user(&db, user).unwrap();
    assert_eq!(all.len(), 3, "{all:?}");
    let level_cert = all.iter().find(|c| c.kind == Kind::Level).unwrap();
    assert_eq!(level_cert.subject_slug, level.level.slug);
    certificates::verify(&level_cert.payload, &keys).unwrap();
    assert!(all
        .iter()
        .any(|c| c.kind == Kind::Module && c.subject_slug == second.slug));

    // Public lookup: known ids are found, unknown ones are not.
    assert_eq!(
        certs::find_public(&db, &cert.id).unwrap().as_ref(),
        Some(cert)
    );
    assert!(certs::find_public(&db, "aaaaaaaaaaaaaaaaaaaaaaaaaa")
        .unwrap()
        .is_none());
}

db_tests!(completing_modules_issues_one_certificate_each);

async fn sign_in(app: &TestApp, email: &str, password: &str) {
    let csrf = csrf_of(&app.text("/en/sign-in").await);
    let res = app
        .post_form(
            "/en/sign-in",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER, "signed in");
}

async fn verify_page_pdf_and_published_keys(app: TestApp) {
    app.import_fixture_content();
    let (owner, password) = app.create_user(Role::Learner);
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    assert!(complete_module(&app.db, owner.id, &module.slug));
    let cert = certs::list_for_user(&app.db, owner.id)
        .unwrap()
        .pop()
        .unwrap();

    // The public page, without signing in: /verify/{id} goes to the visitor's language.
    let redirect = app.get(&format!("/verify/{}", cert.id)).await;
    assert_eq!(redirect.status(), reqwest::StatusCode::SEE_OTHER);
    assert_eq!(
        redirect.headers()["location"].to_str().unwrap(),
        format!("/ru/verify/{}", cert.id)
    );
    let page = app.get(&format!("/en/verify/{}", cert.id)).await;
    assert_eq!(page.status(), reqwest::StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("This certificate is valid."), "{html}");
    assert!(html.contains(&cert.holder_name));
    assert!(html.contains(&cert.title));
    let unknown = app.get("/en/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa").await;
    assert_eq!(unknown.status(), reqwest::StatusCode::NOT_FOUND);
    assert!(unknown
        .text()
        .await
        .unwrap()
        .contains("No certificate with this number was found."));

    // The stored payload verifies against the published keys; a tampered one does not.
    let keys = app.get("/verify/keys.json").await;
    assert_eq!(keys.status(), reqwest::StatusCode::OK);
    let keys = certificates::PublicKeys::from_json(&keys.text().await.unwrap()).unwrap();
    let data = certificates::verify(&cert.payload, &keys).unwrap();
    assert_eq!(data.id().to_string(), cert.id);
    let (head, signature) = cert.payload.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    let tampered = format!("{head}.{flipped}{}", &signature[1..]);
    let err = certificates::verify(&tampered, &keys).unwrap_err();
    assert_eq!(err.key(), "cert-bad-signature");

    // The owner sees it on the dashboard and downloads the PDF in any language.
    sign_in(&app, &owner.email, &password).await;
    let dashboard = app.text("/en/dashboard").await;
    assert!(dashboard.contains(&format!("action=\"/en/certificates/{}.pdf\"", cert.id)));
    for lang in ["ru", "kk", "en"] {
        let pdf = app
            .get(&format!("/en/certificates/{}.pdf?in={lang}", cert.id))
            .await;
        assert_eq!(pdf.status(), reqwest::StatusCode::OK);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
    }

    // Another learner gets 404.
    let (other_account, other_password) = app.create_user(Role::Learner);
    let csrf = csrf_of(&app.text("/en/dashboard").await);
    app.post_form("/en/sign-out", &[("csrf", &csrf)]).await;
    sign_in(&app, &other_account.email, &other_password).await;
    let denied = app
        .get(&format!("/en/certificates/{}.pdf?in=en", cert.id))
        .await;
    assert_eq!(denied.status(), reqwest::StatusCode::NOT_FOUND);
}

backend_tests!(verify_page_pdf_and_published_keys);

/// Rotation: new certificates are signed with the new key; old ones keep verifying
/// (and re-printing in another language keeps the key that signed them).
fn key_rotation_keeps_old_certificates_valid(test_db: &TestDb) {
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let modules = learner.catalogue.levels[0].modules.clone();
    assert!(complete_module(&db, user, &modules[0].module.slug));
    let old = certs::list_for_user(&db, user).unwrap().pop().unwrap();
    assert_eq!(old.key_id, "k1");

    let new_key = certs::rotate_key(&db, &enrollment::audit::Actor::cli()).unwrap();
    assert_eq!(new_key, "k2");
    assert!(complete_module(&db, user, &modules[1].module.slug));
    let all = certs::list_for_user(&db, user).unwrap();
    let newer: Vec<_> = all.iter().filter(|c| c.id != old.id).collect();
    assert!(!newer.is_empty());
    assert!(newer.iter().all(|c| c.key_id == "k2"), "{newer:?}");

    let keys = certs::published_keys(&db).unwrap();
    assert_eq!(keys.len(), 2);
    for c in &all {
        certificates::verify(&c.payload, &keys).unwrap();
    }
    let reprinted = certs::payload_in(&db, &old, academy_suite::Lang::En).unwrap();
    assert_eq!(reprinted.data().key_id().as_str(), "k1");
    certificates::verify(&reprinted.to_text(), &keys).unwrap();
    // A key that is not published does not verify.
    let mut only_new = certificates::PublicKeys::new();
    let (k2_id, k2) = keys.iter().find(|(id, _)| id.as_str() == "k2").unwrap();
    only_new.insert(k2_id.clone(), *k2);
    assert_eq!(
        certificates::verify(&old.payload, &only_new)
            .unwrap_err()
            .key(),
        "cert-unknown-key"
    );
    let audit = enrollment::audit::list(&db, &Default::default(), 10).unwrap();
    assert!(audit.iter().any(|e| e.action == "certificate.rotate-key"));
}

/// Deleting an account: kept-public certificates outlive it and still verify; the
/// others are withdrawn (their payload's signature is good, the registry says so).
fn certificates_after_account_deletion(test_db: &TestDb) {
    use diesel::prelude::*;
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let modules = learner.catalogue.levels[0].modules.clone();
    assert!(complete_module(&db, user, &modules[0].module.slug));
    assert!(complete_module(&db, user, &modules[1].module.slug));
    let all = certs::list_for_user(&db, user).unwrap();
    assert_eq!(all.len(), 3);
    certs::set_hidden(&db, user, &all[0].id, true).unwrap();

    let kept = db
        .write(|c| {
            let kept = certs::release_for_account_deletion(c, user, true)?;
            diesel::sql_query(format!("DELETE FROM users WHERE id = {user}")).execute(c)?;
            Ok::<_, enrollment::Error>(kept)
        })
        .unwrap();
    assert_eq!(kept, 2);
    let hidden = certs::check_payload(&db, &all[0].payload).unwrap();
    assert!(
        matches!(hidden, certs::PayloadCheck::Withdrawn(_)),
        "{hidden:?}"
    );
    for c in &all[1..] {
        let found = certs::find_public(&db, &c.id)
            .unwrap()
            .expect("kept public");
        assert_eq!(found.user_id, None);
        assert!(matches!(
            certs::check_payload(&db, &c.payload).unwrap(),
            certs::PayloadCheck::Valid(_)
        ));
    }
}

/// Without keeping them public, every certificate of a deleted account is withdrawn.
fn certificates_withdrawn_with_the_account(test_db: &TestDb) {
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let slug = learner.catalogue.levels[0].modules[0].module.slug.clone();
    assert!(complete_module(&db, user, &slug));
    let cert = certs::list_for_user(&db, user).unwrap().pop().unwrap();
    db.write(|c| certs::release_for_account_deletion(c, user, false))
        .unwrap();
    assert!(certs::find(&db, &cert.id).unwrap().is_none());
    assert!(matches!(
        certs::check_payload(&db, &cert.payload).unwrap(),
        certs::PayloadCheck::Withdrawn(_)
    ));
}

db_tests!(
    key_rotation_keeps_old_certificates_valid,
    certificates_after_account_deletion,
    certificates_withdrawn_with_the_account,
);

/// A learner's certificate with the owner signed in on `app`'s cookie jar.
async fn learner_with_certificate(app: &TestApp) -> (certs::CertificateRecord, String, String) {
    app.import_fixture_content();
    let (owner, password) = app.create_user(Role::Learner);
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    assert!(complete_module(&app.db, owner.id, &module.slug));
    let cert = certs::list_for_user(&app.db, owner.id)
        .unwrap()
        .pop()
        .unwrap();
    (cert, owner.email, password)
}

async fn sign_out(app: &TestApp) {
    let csrf = csrf_of(&app.text("/en/").await);
    app.post_form("/en/sign-out", &[("csrf", &csrf)]).await;
}

/// Staff revoke with a reason; the public page, the payload check, the signed list for
/// offline checkers and the audit log all show it. Learners cannot reach the staff page.
async fn staff_revoke_a_certificate(app: TestApp) {
    let (cert, owner_email, owner_password) = learner_with_certificate(&app).await;
    sign_in(&app, &owner_email, &owner_password).await;
    assert_eq!(
        app.get("/en/admin/certificates").await.status(),
        reqwest::StatusCode::FORBIDDEN
    );
    let csrf = csrf_of(&app.text("/en/dashboard").await);
    let denied = app
        .post_form(
            &format!("/en/admin/certificates/{}/revoke", cert.id),
            &[("csrf", &csrf), ("reason", "misconduct")],
        )
        .await;
    assert_eq!(denied.status(), reqwest::StatusCode::FORBIDDEN);
    sign_out(&app).await;

    let (staff, staff_password) = app.create_user(Role::Staff);
    sign_in(&app, &staff.email, &staff_password).await;
    let list = app
        .text(&format!("/en/admin/certificates?q={}", cert.id))
        .await;
    assert!(list.contains(&cert.holder_name), "{list}");
    let csrf = csrf_of(&list);
    // No reason chosen: nothing happens, the form says why.
    let res = app
        .post_form(
            &format!("/en/admin/certificates/{}/revoke", cert.id),
            &[("csrf", &csrf), ("reason", ""), ("note", "")],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER);
    let page = app
        .text(&format!("/en/admin/certificates?q={}", cert.id))
        .await;
    assert!(
        page.contains("Choose a reason for the revocation."),
        "{page}"
    );
    assert!(certs::find(&app.db, &cert.id)
        .unwrap()
        .unwrap()
        .revoked_at
        .is_none());

    let res = app
        .post_form(
            &format!("/en/admin/certificates/{}/revoke", cert.id),
            &[
                ("csrf", &csrf),
                ("reason", "misconduct"),
                ("note", "shared quiz answers, reported by the trainer"),
            ],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER);
    let revoked = certs::find(&app.db, &cert.id).unwrap().unwrap();
    assert!(revoked.revoked_at.is_some());
    assert_eq!(revoked.revoke_reason.as_deref(), Some("misconduct"));
    let audit = enrollment::audit::list(&app.db, &Default::default(), 10).unwrap();
    let entry = audit
        .iter()
        .find(|e| e.action == "certificate.revoke")
        .expect("audited");
    assert_eq!(entry.actor_id, Some(staff.id));
    assert_eq!(entry.subject, format!("certificate:{}", cert.id));
    assert!(entry.detail.contains("shared quiz answers"));

    // The public page: revoked, with the date and the reason; the private note is not shown.
    sign_out(&app).await;
    let public = app.text(&format!("/en/verify/{}", cert.id)).await;
    assert!(
        public.contains("This certificate was revoked on"),
        "{public}"
    );
    assert!(public.contains("withdrawn for a breach of the rules"));
    assert!(!public.contains("shared quiz answers"));
    let check = app
        .text(&format!(
            "/en/verify?payload={}",
            urlencoding(&cert.payload)
        ))
        .await;
    assert!(check.contains("This certificate was revoked on"), "{check}");

    // The signed list for offline checkers names it; it verifies with the published keys.
    let keys = certificates::PublicKeys::from_json(&app.text("/verify/keys.json").await).unwrap();
    let list = app.get("/verify/revocations.json").await;
    assert_eq!(list.status(), reqwest::StatusCode::OK);
    let list = certificates::RevocationList::verify(&list.text().await.unwrap(), &keys).unwrap();
    let data = certificates::verify(&cert.payload, &keys).unwrap();
    match list.status(&data) {
        certificates::Status::Revoked(r) => {
            assert_eq!(r.reason, certificates::RevocationReason::Misconduct)
        }
        other => panic!("not listed: {other:?}"),
    }
}

fn urlencoding(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The paste form: the payload verifies even when the holder hid the certificate from
/// lookup by id; tampered and malformed texts are refused with their reason.
async fn hide_and_check_by_payload(app: TestApp) {
    let (cert, owner_email, owner_password) = learner_with_certificate(&app).await;
    let form = app.get("/en/verify").await;
    assert_eq!(form.status(), reqwest::StatusCode::OK);
    assert!(form
        .text()
        .await
        .unwrap()
        .contains("Check the text of a QR code"));

    sign_in(&app, &owner_email, &owner_password).await;
    let dashboard = app.text("/en/dashboard").await;
    assert!(dashboard.contains("Hide from public lookup"), "{dashboard}");
    let csrf = csrf_of(&dashboard);
    let res = app
        .post_form(
            &format!("/en/certificates/{}/visibility", cert.id),
            &[("csrf", &csrf), ("hidden", "1")],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER);
    assert!(app
        .text("/en/dashboard")
        .await
        .contains("The certificate is now hidden from public lookup."));

    // Another learner cannot change it.
    sign_out(&app).await;
    let (other, other_password) = app.create_user(Role::Learner);
    sign_in(&app, &other.email, &other_password).await;
    let csrf = csrf_of(&app.text("/en/dashboard").await);
    let res = app
        .post_form(
            &format!("/en/certificates/{}/visibility", cert.id),
            &[("csrf", &csrf), ("hidden", "0")],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::NOT_FOUND);
    assert!(certs::find(&app.db, &cert.id).unwrap().unwrap().hidden);
    sign_out(&app).await;

    let by_id = app.get(&format!("/en/verify/{}", cert.id)).await;
    assert_eq!(by_id.status(), reqwest::StatusCode::NOT_FOUND);
    let by_id = by_id.text().await.unwrap();
    assert!(!by_id.contains(&cert.holder_name));

    let url = format!("http://127.0.0.1/verify/{}#{}", cert.id, cert.payload);
    for text in [cert.payload.clone(), url] {
        let page = app
            .get(&format!("/ru/verify?payload={}", urlencoding(&text)))
            .await;
        assert_eq!(page.status(), reqwest::StatusCode::OK);
        let html = page.text().await.unwrap();
        assert!(html.contains("Подлинный"), "{html}");
        assert!(html.contains(&cert.holder_name));
    }
    let (head, signature) = cert.payload.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    let tampered = format!("{head}.{flipped}{}", &signature[1..]);
    let page = app
        .get(&format!("/en/verify?payload={}", urlencoding(&tampered)))
        .await;
    assert_eq!(page.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    let html = page.text().await.unwrap();
    assert!(html.contains("The signature does not match"), "{html}");
    assert!(
        !html.contains(&cert.holder_name),
        "nothing of a forged text is shown"
    );
    let page = app.get("/kk/verify?payload=hello").await;
    assert_eq!(page.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    let html = page.text().await.unwrap();
    assert!(
        html.contains(">hello</textarea>"),
        "what was typed stays: {html}"
    );
    assert!(
        html.contains(KK_BAD_FORMAT),
        "the reason, in Kazakh: {html}"
    );
}

/// The Open Badges 3.0 export: owner only, signed so that it verifies against the
/// published keys, valid against 1EdTech's published JSON schema, and checked by an
/// independent implementation (Python: jsonschema, cryptography).
async fn open_badge_export(app: TestApp) {
    let (cert, owner_email, owner_password) = learner_with_certificate(&app).await;
    sign_in(&app, &owner_email, &owner_password).await;
    let res = app
        .get(&format!("/en/certificates/{}.json?in=kk", cert.id))
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/json");
    let text = res.text().await.unwrap();
    let badge: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(badge["type"][1], "OpenBadgeCredential");
    assert_eq!(
        badge["credentialSubject"]["identifier"][0]["identityHash"],
        cert.holder_name.as_str()
    );
    assert_eq!(
        badge["credentialSubject"]["achievement"]["inLanguage"],
        "kk"
    );
    assert!(!text.contains(&owner_email), "no email in the credential");

    let keys = certificates::PublicKeys::from_json(&app.text("/verify/keys.json").await).unwrap();
    certificates::open_badge::verify(&badge, &keys).unwrap();
    let mut tampered = badge.clone();
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else".into();
    assert_eq!(
        certificates::open_badge::verify(&tampered, &keys)
            .unwrap_err()
            .key(),
        "cert-bad-signature"
    );

    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("badge.json");
    let bad = dir.path().join("tampered.json");
    std::fs::write(&good, &text).unwrap();
    std::fs::write(&bad, serde_json::to_string(&tampered).unwrap()).unwrap();
    let python = std::process::Command::new(repo_root().join("tools/python-venv.sh"))
        .output()
        .unwrap();
    assert!(python.status.success());
    let python = String::from_utf8(python.stdout).unwrap().trim().to_owned();
    let schema =
        repo_root().join("tests/fixtures/open-badges/ob_v3p0_achievementcredential_schema.json");
    let check = |file: &std::path::Path| {
        std::process::Command::new(&python)
            .arg(repo_root().join("tests/open_badge_check.py"))
            .arg(&schema)
            .arg(file)
            .output()
            .unwrap()
    };
    let ok = check(&good);
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );
    let refused = check(&bad);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stdout).contains("bad signature"));

    // Someone else's certificate: 404, as for the PDF.
    sign_out(&app).await;
    let (other, other_password) = app.create_user(Role::Learner);
    sign_in(&app, &other.email, &other_password).await;
    assert_eq!(
        app.get(&format!("/en/certificates/{}.json", cert.id))
            .await
            .status(),
        reqwest::StatusCode::NOT_FOUND
    );
}

backend_tests!(
    staff_revoke_a_certificate,
    hide_and_check_by_payload,
    open_badge_export,
);

/// The start of `cert-bad-format` in locales/kk/certificates.ftl.
const KK_BAD_FORMAT: &str = "Бұл Академия сертификатының мәтіні емес";
