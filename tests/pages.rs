//! Every page type renders in all eight languages with no message falling back to
//! another language (the test app runs with `strict_l10n`: a fallback is an error).

use academy_suite::{backend_tests, csrf_of, Lang, TestApp};
use enrollment::accounts::Role;
use reqwest::StatusCode;

async fn assert_page(app: &TestApp, path: &str, lang: Lang) -> String {
    let res = app.get(path).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let html = res.text().await.unwrap();
    assert!(
        html.contains(&format!("<html lang=\"{}\"", lang.code())),
        "{path}"
    );
    html
}

async fn sign_in(app: &TestApp, email: &str, password: &str) {
    let page = app.text("/en/sign-in").await;
    let res = app
        .post_form(
            "/en/sign-in",
            &[
                ("csrf", &csrf_of(&page)),
                ("email", email),
                ("password", password),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

async fn every_page_in_every_language(app: TestApp) {
    app.import_fixture_content();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let lesson = module.lessons[0].slug.clone();

    for lang in Lang::ALL {
        let l = lang.code();
        for path in [
            "/",
            "/catalogue",
            "/sign-up",
            "/sign-in",
            "/password/forgot",
            "/verify",
        ] {
            assert_page(&app, &format!("/{l}{path}"), lang).await;
        }
        assert_page(&app, &format!("/{l}/modules/{}", module.slug), lang).await;
        let missing = app.get(&format!("/{l}/no-such-page")).await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    }

    // A learner with an open and a finished attempt; an administrator.
    let (learner, password) = app.create_user(Role::Learner);
    enrollment::learning::enrol_module(&app.db, learner.id, &module.slug).unwrap();
    let finished =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, &module.slug, Lang::Ru).unwrap();
    enrollment::quizzes::submit(&app.db, learner.id, &finished.public_id, None).unwrap();
    let open =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, &module.slug, Lang::Ru).unwrap();
    sign_in(&app, &learner.email, &password).await;
    for lang in Lang::ALL {
        let l = lang.code();
        for path in [
            "/".to_string(),
            "/dashboard".into(),
            "/profile".into(),
            format!("/modules/{}", module.slug),
            format!("/modules/{}/lessons/{lesson}", module.slug),
            format!("/modules/{}/quiz", module.slug),
            format!("/attempts/{}", open.public_id),
            format!("/attempts/{}", finished.public_id),
        ] {
            assert_page(&app, &format!("/{l}{path}"), lang).await;
        }
    }

    // A graduate: the dashboard lists the certificate; its verification pages.
    let (graduate, graduate_password) = app.create_user(Role::Learner);
    assert!(academy_suite::complete_module(
        &app.db,
        graduate.id,
        &module.slug
    ));
    let certificate = enrollment::certificates::list_for_user(&app.db, graduate.id)
        .unwrap()
        .pop()
        .expect("a certificate");
    let page = app.text("/en/dashboard").await;
    app.post_form("/en/sign-out", &[("csrf", &csrf_of(&page))])
        .await;
    sign_in(&app, &graduate.email, &graduate_password).await;
    for lang in Lang::ALL {
        let l = lang.code();
        for path in [
            "/dashboard".to_string(),
            format!("/verify/{}", certificate.id),
            format!("/verify?payload={}", certificate.payload),
        ] {
            assert_page(&app, &format!("/{l}{path}"), lang).await;
        }
    }

    let (admin, password) = app.create_user(Role::Admin);
    let page = app.text("/en/dashboard").await;
    app.post_form("/en/sign-out", &[("csrf", &csrf_of(&page))])
        .await;
    sign_in(&app, &admin.email, &password).await;
    for lang in Lang::ALL {
        assert_page(&app, &format!("/{}/admin/users", lang.code()), lang).await;
        assert_page(&app, &format!("/{}/admin/certificates", lang.code()), lang).await;
    }
}

backend_tests!(every_page_in_every_language);

fn session_cookie_set(res: &reqwest::Response) -> bool {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .any(|v| v.to_str().unwrap_or("").starts_with("academy_session="))
}

/// Reading pages leaves no session behind; a page with a form gets one, its token works.
async fn visitors_get_a_session_only_from_pages_with_forms(app: TestApp) {
    app.import_fixture_content();
    for path in ["/ru/catalogue", "/en/verify"] {
        let res = reqwest::Client::new()
            .get(app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert!(!session_cookie_set(&res), "{path} set a session cookie");
        let body = res.text().await.unwrap();
        assert!(!body.contains("csrfPending"), "{path} leaked the stand-in");
    }
    let res = app.get("/ru/sign-in").await;
    assert!(session_cookie_set(&res), "the sign-in form needs a session");
    let page = res.text().await.unwrap();
    let token = csrf_of(&page);
    assert!(!token.is_empty() && !token.contains("csrfPending"));
    let (account, password) = app.create_user(Role::Learner);
    let res = app
        .post_form(
            "/ru/sign-in",
            &[
                ("csrf", token.as_str()),
                ("email", account.email.as_str()),
                ("password", password.as_str()),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "signed in with the token"
    );
}

backend_tests!(visitors_get_a_session_only_from_pages_with_forms);
