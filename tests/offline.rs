//! Offline learning and downloads over HTTP, on both backends (the browser test in
//! tests/browser drives the same endpoints from a real service worker on SQLite):
//! the service worker and manifest, the list of pages to keep, the browser's sync
//! endpoint (CSRF, idempotent by event id), the module download, display preferences.

use academy_suite::{backend_tests, csrf_of, Lang, TestApp};
use enrollment::accounts::Role;
use reqwest::StatusCode;

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

/// The token of a page's `data-csrf` (what the page script sends).
async fn page_csrf(app: &TestApp, path: &str) -> String {
    let html = app.text(path).await;
    let marker = "data-csrf=\"";
    let start = html.find(marker).expect("data-csrf on a signed-in page") + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

async fn sync(app: &TestApp, csrf: Option<&str>, body: serde_json::Value) -> reqwest::Response {
    let mut req = app
        .client
        .post(app.url("/en/offline/sync"))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(c) = csrf {
        req = req.header("x-csrf-token", c);
    }
    req.send().await.unwrap()
}

async fn offline_sync_applies_each_event_once(app: TestApp) {
    app.import_fixture_content();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let (learner, password) = app.create_user(Role::Learner);
    enrollment::learning::enrol_module(&app.db, learner.id, &module.slug).unwrap();
    let attempt =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, &module.slug, Lang::En).unwrap();
    sign_in(&app, &learner.email, &password).await;

    // The pages a service worker keeps: the lessons, the quiz, the open attempt.
    let list: serde_json::Value = app
        .get("/en/offline/pages.json")
        .await
        .json()
        .await
        .unwrap();
    let pages: Vec<&str> = list["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    for l in &module.lessons {
        let path = format!("/en/modules/{}/lessons/{}", module.slug, l.slug);
        assert!(pages.contains(&path.as_str()), "{path} in {pages:?}");
    }
    let attempt_path = format!("/en/attempts/{}", attempt.public_id);
    assert!(pages.contains(&attempt_path.as_str()), "{pages:?}");

    let lesson = &module.lessons[0].slug;
    // A true/false question, answered as the attempt form would post it.
    let view = attempt.view();
    let tf = view
        .questions
        .iter()
        .find(|q| matches!(q.kind, courses::QuestionViewKind::TrueFalse))
        .expect("the fixture has a true/false question");
    let batch = serde_json::json!({"events": [
        {"id": "l-1", "at": "2026-01-01T10:00:00Z", "type": "lesson", "module": module.slug, "lesson": lesson},
        {"id": "q-1", "at": "2026-01-01T10:01:00Z", "type": "quiz", "attempt": attempt.public_id, "form": format!("q.{}=false", tf.id)},
        {"id": "x-1", "at": "2026-01-01T10:02:00Z", "type": "lesson", "module": module.slug, "lesson": "no-such-lesson"},
    ]});

    // Without the CSRF header: refused, nothing applied.
    let res = sync(&app, None, batch.clone()).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let csrf = page_csrf(&app, "/en/dashboard").await;
    let res = sync(&app, Some(&csrf), batch.clone()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    let outcomes: Vec<(&str, &str)> = body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [("l-1", "applied"), ("q-1", "applied"), ("x-1", "rejected")]
    );
    assert_eq!(body["results"][2]["error"], "error-not-found");

    let learner_now = enrollment::learning::learner(&app.db, learner.id).unwrap();
    assert!(learner_now.progress.lesson_done(&module.slug, lesson));
    let saved = enrollment::quizzes::attempt(&app.db, learner.id, &attempt.public_id).unwrap();
    assert_eq!(
        saved.answers.get(&tf.id),
        Some(&courses::Answer::TrueFalse(false))
    );

    // The same batch again (a lost response): nothing new.
    let again: serde_json::Value = sync(&app, Some(&csrf), batch).await.json().await.unwrap();
    let outcomes: Vec<&str> = again["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["duplicate", "duplicate", "rejected"]);

    // Signed out: no list, no sync.
    let page = app.text("/en/dashboard").await;
    app.post_form("/en/sign-out", &[("csrf", &csrf_of(&page))])
        .await;
    assert_ne!(
        app.get("/en/offline/pages.json").await.status(),
        StatusCode::OK
    );
}

async fn service_worker_and_manifest(app: TestApp) {
    let sw = app.get("/sw.js").await;
    assert_eq!(sw.status(), StatusCode::OK);
    assert!(sw.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert_eq!(sw.headers()["cache-control"], "no-cache");
    assert!(sw
        .text()
        .await
        .unwrap()
        .contains("addEventListener(\"fetch\""));
    let html = app.text("/kk/").await;
    assert!(html.contains("<link rel=\"manifest\" href=\"/kk/manifest.webmanifest\">"));
    let manifest: serde_json::Value = app
        .get("/kk/manifest.webmanifest")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(manifest["lang"], "kk");
    assert_eq!(manifest["start_url"], "/kk/dashboard");
    // Every icon is served with its type, and a PNG is the size it claims; a 192 px
    // and a 512 px raster icon are what installing needs on Android.
    let icons = manifest["icons"].as_array().unwrap();
    let mut sizes = Vec::new();
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        assert!(src.starts_with("/static/icon"), "{src}");
        let res = app.get(src).await;
        assert_eq!(res.status(), StatusCode::OK, "{src}");
        let ctype = res.headers()["content-type"].to_str().unwrap().to_string();
        assert_eq!(ctype, icon["type"].as_str().unwrap(), "{src}");
        let bytes = res.bytes().await.unwrap();
        if ctype == "image/png" {
            // The IHDR chunk: width and height, big-endian, at bytes 16..24.
            assert_eq!(&bytes[1..4], b"PNG", "{src}");
            let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
            let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
            assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src}");
            sizes.push((w, icon["purpose"].as_str().unwrap_or("any").to_string()));
        }
    }
    for wanted in [(192, "any"), (512, "any"), (512, "maskable")] {
        assert!(
            sizes.contains(&(wanted.0, wanted.1.to_string())),
            "no {wanted:?} PNG icon in {sizes:?}"
        );
    }
}

async fn module_download_is_one_file(app: TestApp) {
    app.import_fixture_content();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let (learner, password) = app.create_user(Role::Learner);
    let path = format!("/en/modules/{}/download", module.slug);
    sign_in(&app, &learner.email, &password).await;
    // Not enrolled: no file, and no link.
    assert_eq!(app.get(&path).await.status(), StatusCode::NOT_FOUND);
    assert!(!app
        .text(&format!("/en/modules/{}", module.slug))
        .await
        .contains(&path));
    enrollment::learning::enrol_module(&app.db, learner.id, &module.slug).unwrap();

    let page = app.text(&format!("/en/modules/{}", module.slug)).await;
    assert!(
        page.contains(&format!("href=\"{path}\" download")),
        "the module page links the file"
    );
    let res = app.get(&path).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"{}-en.html\"", module.slug).as_str()
    );
    let file = res.text().await.unwrap();
    let kb = file.len().div_ceil(1024).max(1);
    assert!(
        page.contains(&format!("({kb} KB)")),
        "the page shows the file's size ({kb} KB)"
    );
    assert!(
        file.contains("src=\"data:image/png;base64,"),
        "images are inlined"
    );
    assert!(!file.contains("src=\"/"), "nothing is loaded from the site");
    assert!(!file.contains("<script"), "no scripts");
    assert_eq!(
        file.matches("<article class=\"lesson\"").count(),
        module.lessons.len()
    );
    // In Kazakh the lessons exist only in Russian and English: marked with their language.
    let kk = app
        .text(&format!("/kk/modules/{}/download", module.slug))
        .await;
    assert!(kk.starts_with("<!doctype html>\n<html lang=\"kk\""));
    assert_eq!(
        kk.matches("<article class=\"lesson\" id=\"lesson-").count(),
        module.lessons.len()
    );
    assert!(
        kk.contains("<article class=\"lesson\" id=\"lesson-") && kk.contains("\" lang=\"ru\">")
    );
}

async fn display_preferences_are_remembered(app: TestApp) {
    let page = app.text("/en/display").await;
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"));
    let res = app
        .post_form(
            "/en/display",
            &[
                ("csrf", &csrf_of(&page)),
                ("large_text", "1"),
                ("high_contrast", "1"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let home = app.text("/ru/catalogue").await;
    assert!(
        home.starts_with(
            "<!doctype html>\n<html lang=\"ru\" dir=\"ltr\" class=\"text-large contrast-high\">"
        ),
        "{}",
        &home[..120]
    );
    let page = app.text("/en/display").await;
    app.post_form(
        "/en/display",
        &[("csrf", &csrf_of(&page)), ("large_text", "1")],
    )
    .await;
    assert!(app
        .text("/en/")
        .await
        .contains("<html lang=\"en\" dir=\"ltr\" class=\"text-large\">"));
    let page = app.text("/en/display").await;
    app.post_form("/en/display", &[("csrf", &csrf_of(&page))])
        .await;
    assert!(app
        .text("/en/")
        .await
        .contains("<html lang=\"en\" dir=\"ltr\">"));
}

backend_tests!(
    offline_sync_applies_each_event_once,
    service_worker_and_manifest,
    module_download_is_one_file,
    display_preferences_are_remembered
);
