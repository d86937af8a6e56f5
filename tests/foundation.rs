//! The foundation: health and readiness, language redirects, error pages, metrics,
//! request ids, security headers and cached static assets — on both backends.

use academy_suite::{backend_tests, TestApp};
use reqwest::header;
use reqwest::StatusCode;

async fn healthz_and_readyz(app: TestApp) {
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.text().await.unwrap(), "ok");

    let res = app.get("/readyz").await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "ready");
    assert_eq!(body["database"], true);
    assert_eq!(body["pending_migrations"].as_array().unwrap().len(), 0);
    let expected = match app.test_db.backend {
        academy_suite::Backend::Sqlite => "sqlite",
        academy_suite::Backend::Postgres => "postgresql",
    };
    assert_eq!(body["backend"], expected);
}

async fn root_redirects_by_cookie_then_browser_then_russian(app: TestApp) {
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let location = |res: &reqwest::Response| {
        res.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .to_string()
    };
    let res = plain.get(app.url("/")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/ru/");

    let res = plain
        .get(app.url("/"))
        .header(header::ACCEPT_LANGUAGE, "kk-KZ,kk;q=0.9,ru;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/kk/");

    let res = plain
        .get(app.url("/"))
        .header(header::ACCEPT_LANGUAGE, "kk-KZ")
        .header(header::COOKIE, "lang=az")
        .send()
        .await
        .unwrap();
    assert_eq!(
        location(&res),
        "/az/",
        "the saved cookie wins over the browser"
    );

    let res = plain
        .get(app.url("/catalogue?page=2"))
        .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/en/catalogue?page=2");

    let res = plain.get(app.url("/tg")).send().await.unwrap();
    assert_eq!(location(&res), "/tg/");

    // Reading a page in a language remembers it for the next visit to `/`.
    let res = plain.get(app.url("/uz/")).send().await.unwrap();
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("lang="))
        .expect("the page sets the language cookie");
    assert!(cookie.starts_with("lang=uz;"), "{cookie}");
    let res = plain
        .get(app.url("/"))
        .header(header::COOKIE, "lang=uz")
        .header(header::ACCEPT_LANGUAGE, "ru")
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/uz/");
}

async fn home_page_in_every_language(app: TestApp) {
    for lang in academy_suite::Lang::ALL {
        let res = app.get(&format!("/{}/", lang.code())).await;
        assert_eq!(res.status(), StatusCode::OK, "{lang:?}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{}\"", lang.code())),
            "{lang:?}"
        );
        for other in academy_suite::Lang::ALL {
            assert!(
                html.contains(&format!("hreflang=\"{}\"", other.code())),
                "{lang:?} page lacks the {other:?} alternate"
            );
            assert!(html.contains(&format!("href=\"/{}/\"", other.code())));
        }
        assert!(html.contains("href=\"#main\""), "skip link");
    }
    let html = app.get("/kk/").await.text().await.unwrap();
    assert!(html.contains("Қазақша"));
}

async fn unknown_pages_get_a_localized_404(app: TestApp) {
    let res = app.get("/ru/no-such-page").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let html = res.text().await.unwrap();
    assert!(html.contains("Страница не найдена"), "{html}");
    assert!(html.contains("<html lang=\"ru\""));

    let html = app.get("/en/no-such-page").await.text().await.unwrap();
    assert!(html.contains("Page not found"));
}

async fn operations_headers_and_metrics(app: TestApp) {
    let res = app.get("/en/").await;
    let id = res
        .headers()
        .get("x-request-id")
        .expect("request id header");
    assert!(!id.to_str().unwrap().is_empty());
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("script-src 'self'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(res.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");

    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("academy_http_requests_total"), "{metrics}");
    assert!(metrics.contains("academy_http_requests_duration_seconds_bucket"));
}

async fn static_assets_are_hashed_and_cached(app: TestApp) {
    let html = app.get("/ru/").await.text().await.unwrap();
    let start = html.find("/static/app.").expect("stylesheet link");
    let end = start + html[start..].find('"').unwrap();
    let css_url = &html[start..end];
    assert!(css_url.ends_with(".css") && css_url.len() > "/static/app.css".len());

    let res = app.get(css_url).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let etag = res.headers()[header::ETAG].clone();
    let res = app
        .client
        .get(app.url(css_url))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);

    let res = app
        .client
        .get(app.url(css_url))
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");

    assert_eq!(
        app.get("/static/app.css").await.status(),
        StatusCode::NOT_FOUND,
        "only hashed names are served"
    );
}

backend_tests!(
    healthz_and_readyz,
    root_redirects_by_cookie_then_browser_then_russian,
    home_page_in_every_language,
    unknown_pages_get_a_localized_404,
    operations_headers_and_metrics,
    static_assets_are_hashed_and_cached,
);
