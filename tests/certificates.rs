//! Certificates on both backends: completing a module issues exactly one certificate
//! (and completing a level, the level's), signed so that it verifies against the
//! published keys.

use academy_suite::{answers, backend_tests, csrf_of, db_tests, repo_root, TestApp, TestDb};
use certificates::Kind;
use chrono::Utc;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::certificates as certs;
use enrollment::{learning, quizzes, Database};

/// Imports the fixture course (one level, two modules) and creates a Kyrgyz learner.
fn setup(test_db: &TestDb) -> (Database, i64) {
    let db = test_db.open();
    let dir = repo_root().join("crates/courses/tests/fixtures/valid");
    let catalog = courses::load(&dir).unwrap();
    enrollment::content_import::import(&db, &catalog, &dir).unwrap();
    let learner = accounts::create(
        &db,
        NewAccount {
            email: Email::parse("aida@example.kg").unwrap(),
            password: "a long enough password".into(),
            display_name: PersonName::parse("Аида Асанова").unwrap(),
            role: Role::Learner,
            language: academy_suite::Lang::Ky,
            must_change_password: false,
        },
    )
    .unwrap();
    (db, learner.id)
}

/// Reads every lesson of `module_slug` and passes its quiz; returns whether the last step
/// completed the module.
fn complete_module(db: &Database, user: i64, module_slug: &str) -> bool {
    learning::enrol_module(db, user, module_slug).unwrap();
    let learner = learning::learner(db, user).unwrap();
    let module = learner.enrolment(module_slug).unwrap().module.clone();
    let mut completed = false;
    for lesson in &module.lessons {
        let change = learning::record_lesson(
            db,
            user,
            module_slug,
            &lesson.slug,
            Some(100),
            true,
            Utc::now().naive_utc(),
        )
        .unwrap();
        completed |= change.module_completed_now;
    }
    if module.quiz.is_some() {
        let attempt =
            quizzes::start_or_resume(db, user, module_slug, academy_suite::Lang::Ru).unwrap();
        let set = attempt.module.quiz.as_ref().unwrap().variants[&attempt.lang].clone();
        let all = answers::perfect(&set, attempt.seed);
        let done = quizzes::submit(db, user, &attempt.public_id, Some(all)).unwrap();
        assert_eq!(done.attempt.passed, Some(true));
        completed |= done.module_completed_now;
    }
    completed
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
    assert!(dashboard.contains(&format!("/en/certificates/{}.pdf?in=en", cert.id)));
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
