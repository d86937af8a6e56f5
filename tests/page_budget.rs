//! The page budget (issue 8): a learner on a 2G connection pays for every byte.
//!
//! - First visit of any learner-facing page, in every language: the page and everything
//!   it loads (CSS, JS, icon, web app manifest), brotli-compressed, at most 30 KB.
//! - Then another page: its static assets are already cached (hashed names, a year,
//!   immutable), so only its HTML travels: at most 10 KB.
//! - Lesson and catalogue pages answer a repeat request with 304 and no body.
//! - Lesson images are lazy-loaded and sized.

use std::collections::BTreeSet;

use academy_suite::{backend_tests, csrf_of, Lang, TestApp};
use enrollment::accounts::Role;
use reqwest::StatusCode;

const FIRST_VISIT: usize = 30 * 1024;
const REPEAT_VISIT: usize = 10 * 1024;

/// Bytes on the wire for `path` with brotli accepted (the client does not decompress).
async fn transfer(
    app: &TestApp,
    path: &str,
) -> (StatusCode, usize, String, reqwest::header::HeaderMap) {
    let res = app
        .client
        .get(app.url(path))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("request reaches the server");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.bytes().await.unwrap();
    let html = if headers.get("content-encoding").is_some_and(|e| e == "br") {
        let mut out = Vec::new();
        brotli_decompress(&bytes, &mut out);
        String::from_utf8_lossy(&out).into_owned()
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    (status, bytes.len(), html, headers)
}

fn brotli_decompress(input: &[u8], out: &mut Vec<u8>) {
    use std::io::Read;
    brotli_decompressor::Decompressor::new(input, 4096)
        .read_to_end(out)
        .expect("valid brotli");
}

/// What the browser fetches for the page itself (CSS, JS, icon, web app manifest);
/// lesson images (`/media/`) are content and not counted.
fn page_assets(html: &str) -> BTreeSet<String> {
    loaded_urls(html)
        .into_iter()
        .filter(|u| !u.starts_with("/media/"))
        .collect()
}

/// What a page makes the browser fetch: every `src`, and the `href` of every `<link>`
/// that is not just a pointer to the same page in another language.
fn loaded_urls(html: &str) -> Vec<String> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..start + tag[start..].find('"')?].to_string())
    };
    let mut urls = Vec::new();
    for (i, _) in html.match_indices('<') {
        let tag = &html[i..i + html[i..].find('>').unwrap_or(0)];
        if let Some(src) = attr(tag, "src") {
            urls.push(src);
        }
        if tag.starts_with("<link") && !tag.contains("rel=\"alternate\"") {
            urls.extend(attr(tag, "href"));
        }
    }
    urls
}

async fn first_visit(app: &TestApp, path: &str) -> (usize, BTreeSet<String>) {
    let (status, html_bytes, html, headers) = transfer(app, path).await;
    assert!(
        status.is_success() || status == StatusCode::NOT_FOUND,
        "{path}: {status}"
    );
    assert_eq!(
        headers.get("content-encoding").map(|v| v.to_str().unwrap()),
        Some("br"),
        "{path} is sent brotli-compressed"
    );
    for url in loaded_urls(&html) {
        assert!(
            url.starts_with('/') && !url.starts_with("//"),
            "{path} loads {url}: no third-party resources"
        );
    }
    let assets = page_assets(&html);
    let mut total = html_bytes;
    for asset in &assets {
        let (status, bytes, _, headers) = transfer(app, asset).await;
        assert_eq!(status, StatusCode::OK, "{asset}");
        let cache = headers.get("cache-control").unwrap().to_str().unwrap();
        if asset.starts_with("/static/") {
            assert_eq!(
                cache, "public, max-age=31536000, immutable",
                "{asset} is cached for a year"
            );
        } else {
            assert!(
                cache.starts_with("public, max-age="),
                "{asset} is cached: {cache}"
            );
        }
        total += bytes;
    }
    assert!(
        total <= FIRST_VISIT,
        "{path}: first visit transfers {total} bytes (HTML {html_bytes}, assets {assets:?}); the budget is {FIRST_VISIT}"
    );
    (total, assets)
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

async fn every_learner_page_within_budget(app: TestApp) {
    app.import_fixture_content();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let (learner, password) = app.create_user(Role::Learner);
    enrollment::learning::enrol_module(&app.db, learner.id, &module.slug).unwrap();
    let finished =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, &module.slug, Lang::Ru).unwrap();
    enrollment::quizzes::submit(&app.db, learner.id, &finished.public_id, None).unwrap();
    let open =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, &module.slug, Lang::Ru).unwrap();

    let visitor_pages = [
        "/",
        "/catalogue",
        "/sign-in",
        "/sign-up",
        "/password/forgot",
    ];
    let mut learner_pages = vec![
        "/".to_string(),
        "/catalogue".into(),
        "/dashboard".into(),
        "/profile".into(),
        format!("/modules/{}", module.slug),
        format!("/modules/{}/quiz", module.slug),
        format!("/attempts/{}", open.public_id),
        format!("/attempts/{}", finished.public_id),
        "/verify/CSOA-0000-0000-0000".into(),
        "/offline".into(),
        "/display".into(),
    ];
    for l in &module.lessons {
        learner_pages.push(format!("/modules/{}/lessons/{}", module.slug, l.slug));
    }

    let mut largest = (0, String::new());
    for lang in Lang::ALL {
        let l = lang.code();
        for path in visitor_pages {
            let path = format!("/{l}{path}");
            let (total, _) = first_visit(&app, &path).await;
            largest = largest.max((total, path));
        }
    }
    sign_in(&app, &learner.email, &password).await;
    for lang in Lang::ALL {
        let l = lang.code();
        let mut cached: BTreeSet<String> = BTreeSet::new();
        for (i, path) in learner_pages.iter().enumerate() {
            let path = format!("/{l}{path}");
            if i == 0 {
                let (total, assets) = first_visit(&app, &path).await;
                largest = largest.max((total, path));
                cached = assets;
                continue;
            }
            // A repeat visit: the assets are in the browser's cache.
            let (status, bytes, html, _) = transfer(&app, &path).await;
            assert!(
                status.is_success() || status == StatusCode::NOT_FOUND,
                "{path}: {status}"
            );
            let uncached: Vec<String> = page_assets(&html).difference(&cached).cloned().collect();
            let mut total = bytes;
            for asset in &uncached {
                total += transfer(&app, asset).await.1;
                cached.insert(asset.clone());
            }
            assert!(
                total <= REPEAT_VISIT,
                "{path}: a repeat visit transfers {total} bytes ({uncached:?} not cached yet); the budget is {REPEAT_VISIT}"
            );
            // Every page also fits the first-visit budget on its own.
            first_visit(&app, &path).await;
        }
    }
    eprintln!("largest first visit: {} bytes ({})", largest.0, largest.1);
}

/// A page the browser already has costs a 304 and no body.
async fn lesson_and_catalogue_answer_304(app: TestApp) {
    app.import_fixture_content();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let (learner, password) = app.create_user(Role::Learner);
    enrollment::learning::enrol_module(&app.db, learner.id, &module.slug).unwrap();
    sign_in(&app, &learner.email, &password).await;
    let lesson = format!(
        "/en/modules/{}/lessons/{}",
        module.slug, module.lessons[0].slug
    );
    for path in ["/en/catalogue".to_string(), lesson.clone()] {
        let first = app.get(&path).await;
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        let etag = first
            .headers()
            .get("etag")
            .unwrap_or_else(|| panic!("{path} has an ETag"))
            .to_str()
            .unwrap()
            .to_string();
        let again = app
            .client
            .get(app.url(&path))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert!(again.bytes().await.unwrap().is_empty());
        let stale = app
            .client
            .get(app.url(&path))
            .header("if-none-match", "\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status(), StatusCode::OK, "{path} with another tag");
    }
    // The page changes when the learner's progress does, and so does its tag.
    let before = app.get(&lesson).await.headers().get("etag").cloned();
    let page = app.text(&lesson).await;
    app.post_form(&format!("{lesson}/complete"), &[("csrf", &csrf_of(&page))])
        .await;
    let after = app.get(&lesson).await.headers().get("etag").cloned();
    assert_ne!(
        before, after,
        "completing the lesson changes the lesson page's tag"
    );
}

/// Lesson images are lazy-loaded and carry their size (read from the file at import).
async fn lesson_images_are_lazy_and_sized(app: TestApp) {
    app.import_fixture_content();
    let catalogue = enrollment::catalog::catalogue(&app.db).unwrap();
    let module = catalogue.levels[0].modules[0].module.clone();
    let (learner, password) = app.create_user(Role::Learner);
    enrollment::learning::enrol_module(&app.db, learner.id, &module.slug).unwrap();
    sign_in(&app, &learner.email, &password).await;
    let html = app
        .text(&format!(
            "/en/modules/{}/lessons/{}",
            module.slug, module.lessons[0].slug
        ))
        .await;
    let img = &html[html.find("<img ").expect("the fixture lesson has an image")..];
    let img = &img[..img.find('>').unwrap()];
    assert!(img.contains("loading=\"lazy\""), "{img}");
    assert!(
        img.contains("width=\"16\"") && img.contains("height=\"8\""),
        "{img}"
    );
}

backend_tests!(
    every_learner_page_within_budget,
    lesson_and_catalogue_answer_304,
    lesson_images_are_lazy_and_sized
);
