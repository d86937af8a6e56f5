//! The learner journey through the real HTML pages, with email delivered to a real SMTP
//! server on loopback: sign up (with mistakes first) → verification link → enrol →
//! lessons → quiz failed → retried → passed → module complete. Both backends.

use academy_suite::{backend_tests, csrf_of, link_in, SmtpSink, TestApp};
use courses::{Answer, QuestionViewKind};
use reqwest::StatusCode;

/// Form fields for the attempt page that give `answers` (in the view's positions).
fn answer_fields(
    view: &courses::QuizView,
    answers: &std::collections::BTreeMap<String, Answer>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in &view.questions {
        let key = format!("q.{}", q.id);
        match (answers.get(&q.id), &q.kind) {
            (Some(Answer::Single(i)), _) => out.push((key, i.to_string())),
            (Some(Answer::Multiple(ticked)), _) => out.extend(
                ticked
                    .iter()
                    .map(|i| (format!("{key}.{i}"), "on".to_string())),
            ),
            (Some(Answer::TrueFalse(b)), _) => out.push((key, b.to_string())),
            (Some(Answer::Text(t)), _) | (Some(Answer::Numeric(t)), _) => {
                out.push((key, t.clone()))
            }
            (Some(Answer::Matching(chosen)), _) => {
                for (i, c) in chosen.iter().enumerate() {
                    out.push((
                        format!("{key}.{i}"),
                        c.map(|c| c.to_string()).unwrap_or_default(),
                    ));
                }
            }
            (Some(Answer::Ordering(order)), QuestionViewKind::Ordering { .. }) => {
                for (position, item) in order.iter().enumerate() {
                    out.push((format!("{key}.{item}"), (position + 1).to_string()));
                }
            }
            _ => {}
        }
    }
    out
}

/// `app` was spawned without SMTP: respawn it on the same backend with a real SMTP
/// server on loopback.
async fn with_smtp(app: TestApp) -> Option<(TestApp, SmtpSink)> {
    let backend = app.test_db.backend;
    drop(app);
    let smtp = SmtpSink::start();
    let url = smtp.url();
    let app = TestApp::spawn_with(backend, |s| s.smtp_url = Some(web::Secret::new(url))).await?;
    Some((app, smtp))
}

async fn post(
    app: &TestApp,
    path: &str,
    csrf: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let mut all: Vec<(&str, &str)> = vec![("csrf", csrf)];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.post_form(path, &all).await
}

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_string()
}

async fn sign_up_verify_learn_and_pass(app: TestApp, smtp: SmtpSink) {
    app.import_fixture_content();

    // Sign-up with mistakes: every error is shown, localized, and what was typed stays.
    let page = app.text("/ru/sign-up").await;
    let csrf = csrf_of(&page);
    let bad = post(
        &app,
        "/ru/sign-up",
        &csrf,
        &[
            ("email".into(), "not-an-email".into()),
            ("password".into(), "short".into()),
            ("display_name".into(), "Гульнара Ахмедова".into()),
            (
                "org_name".into(),
                "Общественное объединение «Рассвет»".into(),
            ),
            ("language".into(), "ru".into()),
        ],
    )
    .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    for message in [
        "Введите адрес электронной почты",
        "Пароль должен содержать от 10",
        "Выберите страну",
        "нужно согласие",
    ] {
        assert!(html.contains(message), "missing {message:?}");
    }
    assert!(
        html.contains("value=\"Гульнара Ахмедова\""),
        "the name typed is kept"
    );
    assert!(html.contains("Общественное объединение «Рассвет»"));
    assert!(html.contains("value=\"not-an-email\""));
    assert!(
        !html.contains("value=\"short\""),
        "passwords are never echoed"
    );

    // A request without the CSRF token is refused.
    let forged = app
        .post_form("/ru/sign-up", &[("email", "x@example.org")])
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);

    let ok = post(
        &app,
        "/ru/sign-up",
        &csrf,
        &[
            ("email".into(), "Gulnara@Example.kz".into()),
            ("password".into(), "steppe wind over the lake".into()),
            ("display_name".into(), "Гульнара Ахмедова".into()),
            ("certificate_name".into(), "".into()),
            ("country".into(), "kz".into()),
            ("language".into(), "ru".into()),
            ("gender".into(), "female".into()),
            ("org_type".into(), "cso".into()),
            ("consent".into(), "1".into()),
        ],
    )
    .await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.text().await.unwrap().contains("gulnara@example.kz"));

    // The link arrives by SMTP, in the learner's language.
    let email = smtp
        .wait_for("gulnara@example.kz", "/ru/verify-email?token=")
        .await;
    assert!(
        email.contains("Здравствуйте, Гульнара Ахмедова!"),
        "{email}"
    );
    let link = link_in(&email, "http://127.0.0.1/ru/verify-email?token=");
    let path = link.trim_start_matches("http://127.0.0.1");
    let verified = app.get(path).await;
    assert_eq!(verified.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&verified), "/ru/dashboard");
    let dashboard = app.text("/ru/dashboard").await;
    assert!(dashboard.contains("Адрес подтверждён"), "flash notice");
    assert!(dashboard.contains("Вы ещё не записались"));
    // The link works once.
    assert_eq!(app.get(path).await.status(), StatusCode::BAD_REQUEST);

    // Enrol in the first module of the catalogue.
    let learner = app.account_by_email("gulnara@example.kz");
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let page = app.text("/ru/catalogue").await;
    assert!(page.contains(&format!("/ru/modules/{}", module.slug)));
    let csrf = csrf_of(&page);
    let enrolled = post(
        &app,
        &format!("/ru/modules/{}/enrol", module.slug),
        &csrf,
        &[],
    )
    .await;
    assert_eq!(enrolled.status(), StatusCode::SEE_OTHER);

    // Read every lesson; "done" takes the learner to the next one, then to the quiz.
    for (i, lesson) in module.lessons.iter().enumerate() {
        let page = app
            .text(&format!(
                "/ru/modules/{}/lessons/{}",
                module.slug, lesson.slug
            ))
            .await;
        assert!(
            page.contains(&lesson.variants[&courses::Lang::Ru].title),
            "lesson title shown"
        );
        let done = post(
            &app,
            &format!(
                "/ru/modules/{}/lessons/{}/complete",
                module.slug, lesson.slug
            ),
            &csrf_of(&page),
            &[],
        )
        .await;
        let next = location(&done);
        if i + 1 < module.lessons.len() {
            assert!(next.ends_with(&module.lessons[i + 1].slug), "{next}");
        } else {
            assert!(next.ends_with("/quiz"), "{next}");
        }
    }

    // Quiz: fail first.
    let quiz_page = app.text(&format!("/ru/modules/{}/quiz", module.slug)).await;
    let started = post(
        &app,
        &format!("/ru/modules/{}/quiz/start", module.slug),
        &csrf_of(&quiz_page),
        &[],
    )
    .await;
    let attempt_path = location(&started);
    let attempt_id = attempt_path.rsplit('/').next().unwrap().to_string();
    let attempt_page = app.text(&attempt_path).await;
    assert!(attempt_page.contains("Вопрос 1 из"), "{attempt_page}");
    let attempt = enrollment::quizzes::attempt(&app.db, learner, &attempt_id).unwrap();
    let set = attempt.module.quiz.as_ref().unwrap().variants[&attempt.lang].clone();
    let view = attempt.view();
    // Save part of the answers without submitting; a reload shows them.
    let few = academy_suite::answers::mostly_unanswered(&set, attempt.seed);
    let saved = post(
        &app,
        &format!("/ru/attempts/{attempt_id}/save"),
        &csrf_of(&attempt_page),
        &answer_fields(&view, &few),
    )
    .await;
    assert_eq!(saved.status(), StatusCode::OK);
    assert!(saved.text().await.unwrap().contains("Ответы сохранены"));
    let reloaded = enrollment::quizzes::attempt(&app.db, learner, &attempt_id).unwrap();
    assert_eq!(reloaded.answers, few);
    let failed = post(
        &app,
        &format!("/ru/attempts/{attempt_id}/submit"),
        &csrf_of(&attempt_page),
        &answer_fields(&view, &few),
    )
    .await;
    assert_eq!(failed.status(), StatusCode::SEE_OTHER);
    let result = app.text(&attempt_path).await;
    assert!(result.contains("Тест не сдан"), "failed result page");
    assert!(result.contains("Разбор ответов"));

    // Retry and pass.
    let quiz_page = app.text(&format!("/ru/modules/{}/quiz", module.slug)).await;
    assert!(quiz_page.contains("Начать новую попытку"));
    let started = post(
        &app,
        &format!("/ru/modules/{}/quiz/start", module.slug),
        &csrf_of(&quiz_page),
        &[],
    )
    .await;
    let attempt_path = location(&started);
    let attempt_id = attempt_path.rsplit('/').next().unwrap().to_string();
    assert_ne!(attempt_id, reloaded.public_id);
    let page = app.text(&attempt_path).await;
    let attempt = enrollment::quizzes::attempt(&app.db, learner, &attempt_id).unwrap();
    let perfect = academy_suite::answers::perfect(&set, attempt.seed);
    let passed = post(
        &app,
        &format!("/ru/attempts/{attempt_id}/submit"),
        &csrf_of(&page),
        &answer_fields(&attempt.view(), &perfect),
    )
    .await;
    assert_eq!(passed.status(), StatusCode::SEE_OTHER);
    let result = app.text(&attempt_path).await;
    assert!(result.contains("Тест сдан"), "passed result page");
    assert!(
        result.contains("Поздравляем! Модуль пройден."),
        "module completion notice"
    );

    let dashboard = app.text("/ru/dashboard").await;
    assert!(dashboard.contains("Пройденные модули"));
    let learner_state = enrollment::learning::learner(&app.db, learner).unwrap();
    assert!(learner_state.module_complete(&module.slug));

    // The certificate: listed on the dashboard, emailed in Russian with the PDF attached;
    // the PDF's signed payload verifies offline against the published keys and online
    // at /verify/{id}; a tampered copy does not verify.
    assert!(dashboard.contains("Сертификаты"), "{dashboard}");
    smtp.wait_for("gulnara@example.kz", "Поздравляем! Вы завершили")
        .await;
    let raw = smtp
        .messages()
        .into_iter()
        .find(|m| m.contains("application/pdf"))
        .expect("the certificate email carries a PDF");
    let pdf = academy_suite::attachment_of(&raw, "application/pdf").expect("a PDF part");
    assert!(pdf.starts_with(b"%PDF"));
    let payload = certificates::payload_from_pdf(&pdf).expect("payload in the PDF");
    let keys = certificates::PublicKeys::from_json(&app.text("/verify/keys.json").await).unwrap();
    let data = certificates::verify(&payload, &keys).unwrap();
    assert_eq!(data.holder_name(), "Гульнара Ахмедова");
    assert_eq!(data.lang(), academy_suite::Lang::Ru);
    let online = app.text(&format!("/ru/verify/{}", data.id())).await;
    assert!(online.contains("Гульнара Ахмедова"), "{online}");
    let tampered = payload.replacen(".", ".A", 2);
    assert!(certificates::verify(&tampered, &keys).is_err());

    // Sign out: the dashboard needs signing in again.
    let csrf = csrf_of(&dashboard);
    let out = post(&app, "/ru/sign-out", &csrf, &[]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let again = app.get("/ru/dashboard").await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert!(location(&again).starts_with("/ru/sign-in?next="));
}

async fn journey(app: TestApp) {
    let Some((app, smtp)) = with_smtp(app).await else {
        return;
    };
    sign_up_verify_learn_and_pass(app, smtp).await;
}

async fn sign_in_errors_and_password_reset(app: TestApp) {
    let Some((app, smtp)) = with_smtp(app).await else {
        return;
    };
    let (account, password) = app.create_user(enrollment::accounts::Role::Learner);
    let page = app.text("/en/sign-in").await;
    let csrf = csrf_of(&page);
    let wrong = app
        .post_form(
            "/en/sign-in",
            &[
                ("csrf", &csrf),
                ("email", &account.email),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("Wrong email address or password."));
    assert!(
        html.contains(&format!("value=\"{}\"", account.email)),
        "the email typed is kept"
    );
    let unknown = app
        .post_form(
            "/en/sign-in",
            &[
                ("csrf", &csrf),
                ("email", "nobody@example.org"),
                ("password", "whatever it is"),
            ],
        )
        .await;
    assert_eq!(
        unknown.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "same answer for an unknown address"
    );

    // Forgotten password: same page for a known and an unknown address.
    let page = app.text("/en/password/forgot").await;
    let csrf = csrf_of(&page);
    let known = app
        .post_form(
            "/en/password/forgot",
            &[("csrf", &csrf), ("email", &account.email)],
        )
        .await
        .text()
        .await
        .unwrap();
    let other = app
        .post_form(
            "/en/password/forgot",
            &[("csrf", &csrf), ("email", "nobody@example.org")],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(known.contains("Check your inbox") && other.contains("Check your inbox"));
    // The account was created in Russian: the email is in Russian although the request was in English.
    let email = smtp
        .wait_for(&account.email, "/password/reset?token=")
        .await;
    assert!(
        email.contains("Смена пароля") || email.contains("Задать новый пароль"),
        "{email}"
    );
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
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(reset.status(), StatusCode::SEE_OTHER);
    let signed_in = enrollment::auth::sign_in(&app.db, &account.email, "a brand new passphrase");
    assert!(signed_in.is_ok());
    assert!(enrollment::auth::sign_in(&app.db, &account.email, &password).is_err());
    assert_eq!(
        app.get(&path).await.status(),
        StatusCode::BAD_REQUEST,
        "a reset link works once"
    );
}

/// The email follows the language the learner chose, not the page they signed up on.
async fn kazakh_learner_gets_the_email_in_kazakh(app: TestApp) {
    let Some((app, smtp)) = with_smtp(app).await else {
        return;
    };
    let page = app.text("/ru/sign-up").await;
    let res = app
        .post_form(
            "/ru/sign-up",
            &[
                ("csrf", &csrf_of(&page)),
                ("email", "aigerim@example.kz"),
                ("password", "a long enough passphrase"),
                ("display_name", "Әйгерім"),
                ("country", "kz"),
                ("language", "kk"),
                ("consent", "1"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let email = smtp
        .wait_for("aigerim@example.kz", "/kk/verify-email?token=")
        .await;
    assert!(email.contains("Сәлеметсіз бе, Әйгерім!"), "{email}");
    assert!(
        !email.contains("Здравствуйте"),
        "no Russian in a Kazakh email"
    );
}

backend_tests!(
    journey,
    sign_in_errors_and_password_reset,
    kazakh_learner_gets_the_email_in_kazakh,
);
