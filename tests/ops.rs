//! What operators see: `/metrics` (requests per route, pools, outbox, certificates) and
//! the administrator's status page, on both backends.

use academy_suite::{backend_tests, csrf_of, TestApp};
use enrollment::accounts::Role;
use reqwest::StatusCode;

async fn sign_in(app: &TestApp, email: &str, password: &str) {
    let form = app.text("/ru/sign-in").await;
    let res = app
        .post_form(
            "/ru/sign-in",
            &[
                ("csrf", &csrf_of(&form)),
                ("email", email),
                ("password", password),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

fn gauge(metrics: &str, series: &str) -> i64 {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(series)?.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no {series} in\n{metrics}")) as i64
}

async fn metrics_report_requests_pools_outbox_and_certificates(app: TestApp) {
    app.get("/ru/").await;
    app.get("/ru/catalogue").await;
    let res = app.get("/metrics").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = res.text().await.unwrap();
    // Requests per route pattern (not per URL).
    assert!(
        text.contains("academy_http_requests_total{endpoint=\"/{lang}/catalogue\",method=\"GET\",status=\"200\"}"),
        "{text}"
    );
    assert!(text.contains("academy_http_requests_duration_seconds_bucket"));
    // The pool: this scrape itself holds no connection by now; the limit is the setting.
    assert_eq!(
        gauge(&text, "academy_db_pool_max_connections{pool=\"primary\"}"),
        4
    );
    assert!(
        gauge(
            &text,
            "academy_db_pool_connections{pool=\"primary\",state=\"idle\"}"
        ) >= 1
    );
    assert!(!text.contains("pool=\"replica\""), "no replica configured");
    assert_eq!(gauge(&text, "academy_outbox_emails{status=\"failed\"}"), 0);
    assert!(gauge(&text, "academy_outbox_emails{status=\"pending\"}") >= 0);
    assert_eq!(gauge(&text, "academy_certificates_issued"), 0);

    // An email that cannot be delivered (a malformed recipient) stays pending for its
    // retry; the gauge reads the shared database, not this process.
    app.db
        .write(|c| {
            enrollment::outbox::enqueue(
                c,
                "not an address",
                courses::Lang::En,
                &enrollment::outbox::Message::AlreadyRegistered { name: "X".into() },
                None,
            )
        })
        .unwrap();
    let text = app.text("/metrics").await;
    assert_eq!(gauge(&text, "academy_outbox_emails{status=\"pending\"}"), 1);
}

async fn status_page_is_for_administrators(app: TestApp) {
    // Anonymous: sign in first. A learner: forbidden.
    let anon = app.get("/ru/admin/status").await;
    assert_eq!(anon.status(), StatusCode::SEE_OTHER);
    let (learner, password) = app.create_user(Role::Learner);
    sign_in(&app, &learner.email, &password).await;
    assert_eq!(
        app.get("/ru/admin/status").await.status(),
        StatusCode::FORBIDDEN
    );
    let out = app.text("/ru/dashboard").await;
    app.post_form("/ru/sign-out", &[("csrf", &csrf_of(&out))])
        .await;

    let (admin, password) = app.create_user(Role::Admin);
    sign_in(&app, &admin.email, &password).await;
    let page = app.text("/ru/admin/status").await;
    assert!(page.contains("Состояние системы"), "{page}");
    assert!(page.contains(env!("CARGO_PKG_VERSION")));
    let backend = match app.test_db.backend {
        academy_suite::Backend::Sqlite => "SQLite",
        academy_suite::Backend::Postgres => "PostgreSQL",
    };
    assert!(page.contains(backend));
    assert!(page.contains(" МБ"), "the database size is shown");
    assert!(page.contains("Схема базы данных актуальна."));
    assert!(page.contains("20261122000013"), "the latest migration");
    assert!(page.contains("Резервных копий ещё не было"));
    assert!(page.contains("не настроена"), "no replica");

    // After a backup the page shows it.
    let file = app.data_dir.join("status-page.backup");
    enrollment::backup::backup(&app.db, &file).unwrap();
    let page = app.text("/en/admin/status").await;
    assert!(page.contains("System status"));
    assert!(page.contains("Latest backup"), "{page}");
    assert!(page.contains("status-page.backup"));
    assert!(!page.contains("No backup has been taken yet"));
    // Every language renders it (strict localization: a missing message fails).
    for lang in ["kk", "ky", "tg", "tk", "uz", "az"] {
        let res = app.get(&format!("/{lang}/admin/status")).await;
        assert_eq!(res.status(), StatusCode::OK, "{lang}");
    }
}

async fn manage_page_lists_the_tools_of_each_role(app: TestApp) {
    let nav = |page: &str| {
        let start = page.find("<nav class=\"main-nav\"").expect("main nav");
        page[start..start + page[start..].find("</nav>").unwrap()].to_string()
    };
    // (role, tools on the page, header link)
    let cases = [
        (Role::Learner, vec![], None),
        (Role::Instructor, vec!["/en/author"], Some("/en/author")),
        (Role::Translator, vec!["/en/author"], Some("/en/author")),
        (
            Role::Staff,
            vec!["/en/reports", "/en/admin/certificates", "/en/author"],
            Some("/en/manage"),
        ),
        (
            Role::Admin,
            vec![
                "/en/reports",
                "/en/admin/certificates",
                "/en/author",
                "/en/admin/users",
                "/en/admin/status",
            ],
            Some("/en/manage"),
        ),
    ];
    let all_tools = [
        "/en/reports",
        "/en/admin/certificates",
        "/en/author",
        "/en/admin/users",
        "/en/admin/status",
    ];
    assert_eq!(app.get("/en/manage").await.status(), StatusCode::SEE_OTHER);
    for (role, tools, header) in cases {
        let (user, password) = app.create_user(role);
        sign_in(&app, &user.email, &password).await;
        let dashboard = app.text("/en/dashboard").await;
        let header_links = nav(&dashboard);
        // One link for the tools at most: the header stays short on a phone.
        for tool in all_tools {
            let linked = header_links.contains(&format!("href=\"{tool}\""));
            assert_eq!(linked, header == Some(tool), "{role:?} header: {tool}");
        }
        assert_eq!(
            header_links.contains("href=\"/en/manage\""),
            header == Some("/en/manage"),
            "{role:?}"
        );
        let res = app.get("/en/manage").await;
        if tools.is_empty() {
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{role:?}");
        } else {
            assert_eq!(res.status(), StatusCode::OK, "{role:?}");
            let page = res.text().await.unwrap();
            let main = &page[page.find("<main").unwrap()..];
            for tool in all_tools {
                assert_eq!(
                    main.contains(&format!("href=\"{tool}\"")),
                    tools.contains(&tool),
                    "{role:?} page: {tool}"
                );
            }
            // Every tool it lists opens for this role.
            for tool in &tools {
                assert_eq!(
                    app.get(tool).await.status(),
                    StatusCode::OK,
                    "{role:?} {tool}"
                );
            }
            for lang in ["ru", "kk", "ky", "tg", "tk", "uz", "az"] {
                let res = app.get(&format!("/{lang}/manage")).await;
                assert_eq!(res.status(), StatusCode::OK, "{lang}");
            }
        }
        app.post_form("/en/sign-out", &[("csrf", &csrf_of(&dashboard))])
            .await;
    }
}

backend_tests!(
    metrics_report_requests_pools_outbox_and_certificates,
    status_page_is_for_administrators,
    manage_page_lists_the_tools_of_each_role,
);
