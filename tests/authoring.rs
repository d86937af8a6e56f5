//! Authoring in the browser, service level, on both backends: permissions, drafts,
//! publishing and pinned versions, validation, history, translation status, export.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};

use academy_suite::{backend_tests, csrf_of, db_tests, repo_root, Lang, TestApp, TestDb};
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::audit;
use enrollment::authoring::{
    self, Access, Attachment, Author, Change, Published, TranslationStatus,
};
use enrollment::{content_import, learning, Database, Error};

fn fixture_dir() -> std::path::PathBuf {
    repo_root().join("crates/courses/tests/fixtures/valid")
}

fn import(db: &Database, dir: &Path) -> content_import::ImportReport {
    let catalog = courses::load(dir).unwrap_or_else(|r| panic!("tree has errors:\n{r}"));
    content_import::import(db, &catalog, dir).expect("import")
}

fn user(db: &Database, role: Role) -> Author {
    static N: AtomicU32 = AtomicU32::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let account = accounts::create(
        db,
        NewAccount {
            email: Email::parse(&format!("{}-{n}@example.org", role.as_str())).unwrap(),
            password: format!("a-long-password-{n}"),
            display_name: PersonName::parse(&format!("Test {n}")).unwrap(),
            role,
            language: Lang::Ru,
            must_change_password: false,
        },
    )
    .unwrap();
    Author::of(&account)
}

fn put(path: &str, text: &str) -> Change {
    Change::Put {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn text_of(db: &Database, who: &Author, file: &str) -> String {
    authoring::draft(db, who, "mission")
        .unwrap()
        .text(file)
        .unwrap_or_default()
}

fn permissions_follow_roles_and_ownership(test_db: &TestDb) {
    let db = test_db.open();
    import(&db, &fixture_dir());
    let staff = user(&db, Role::Staff);
    let learner = user(&db, Role::Learner);
    let owner = user(&db, Role::Instructor);
    let other = user(&db, Role::Instructor);
    let translator = user(&db, Role::Translator);
    authoring::set_module_author(&db, &staff, "mission", owner.id, Some(Attachment::Owner))
        .unwrap();

    // Only staff and admins attach authors.
    assert!(matches!(
        authoring::set_module_author(&db, &owner, "mission", other.id, Some(Attachment::Assigned)),
        Err(Error::Forbidden)
    ));
    for who in [&learner, &other] {
        assert!(matches!(
            authoring::draft(&db, who, "mission"),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            authoring::save(
                &db,
                who,
                "mission",
                &[put("01-what-is-a-mission.ru.md", "# X\n")]
            ),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            authoring::publish(&db, who, "mission"),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            authoring::versions(&db, who, "mission"),
            Err(Error::Forbidden)
        ));
    }
    assert_eq!(
        authoring::draft(&db, &owner, "mission").unwrap().access,
        Access::Edit
    );
    assert!(authoring::editable_modules(&db, &learner, Lang::Ru)
        .unwrap()
        .is_empty());
    let mine = authoring::editable_modules(&db, &owner, Lang::Ru).unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].slug, "mission");
    assert_eq!(
        authoring::editable_modules(&db, &staff, Lang::Ru)
            .unwrap()
            .len(),
        2
    );

    // A translator translates but does not change settings, Russian text or publish.
    assert_eq!(
        authoring::draft(&db, &translator, "mission")
            .unwrap()
            .access,
        Access::Translate
    );
    let module_toml = text_of(&db, &translator, "module.toml");
    let longer = module_toml.replace("estimated_minutes = 60", "estimated_minutes = 90");
    assert_ne!(longer, module_toml);
    assert!(matches!(
        authoring::save(&db, &translator, "mission", &[put("module.toml", &longer)]),
        Err(Error::Forbidden)
    ));
    assert!(matches!(
        authoring::save(
            &db,
            &translator,
            "mission",
            &[put("quiz.toml", "pass_mark = 10\n")]
        ),
        Err(Error::Forbidden)
    ));
    assert!(matches!(
        authoring::save(
            &db,
            &translator,
            "mission",
            &[put("01-what-is-a-mission.ru.md", "# X\n")]
        ),
        Err(Error::Forbidden)
    ));
    let mut doc = courses::edit::TomlDoc::parse(&module_toml).unwrap();
    doc.set_text("title", Lang::Kk, "Ұйымның миссиясы");
    authoring::save(
        &db,
        &translator,
        "mission",
        &[put("module.toml", &doc.to_text())],
    )
    .unwrap();
    authoring::save(
        &db,
        &translator,
        "mission",
        &[put(
            "01-what-is-a-mission.kk.md",
            "# Миссия деген не\n\nМәтін.\n",
        )],
    )
    .unwrap();
    assert!(matches!(
        authoring::publish(&db, &translator, "mission"),
        Err(Error::Forbidden)
    ));
    // Names that leave the module directory are refused.
    assert!(matches!(
        authoring::save(&db, &owner, "mission", &[put("../level.toml", "x")]),
        Err(Error::InvalidFileName)
    ));
}

fn drafts_stay_private_until_published_and_learners_keep_their_version(test_db: &TestDb) {
    let db = test_db.open();
    import(&db, &fixture_dir());
    let staff = user(&db, Role::Staff);
    let owner = user(&db, Role::Instructor);
    authoring::set_module_author(&db, &staff, "mission", owner.id, Some(Attachment::Owner))
        .unwrap();
    let learner = user(&db, Role::Learner);
    learning::enrol_module(&db, learner.id, "mission").unwrap();

    let lesson = text_of(&db, &owner, "01-what-is-a-mission.ru.md");
    let edited = lesson.replacen("Миссия", "Миссия (исправлено)", 1);
    assert_ne!(edited, lesson);
    authoring::save(
        &db,
        &owner,
        "mission",
        &[put("01-what-is-a-mission.ru.md", &edited)],
    )
    .unwrap();

    // Learners still see version 1 and its text.
    let cat = enrollment::catalog::catalogue(&db).unwrap();
    let (_, entry) = cat.module("mission").unwrap();
    assert_eq!(entry.version, 1);
    let page =
        enrollment::catalog::lesson_page(&db, entry.id, 1, "what-is-a-mission", Lang::Ru).unwrap();
    assert!(!page.html.contains("исправлено"));
    assert!(authoring::draft(&db, &owner, "mission").unwrap().exists());

    assert_eq!(
        authoring::publish(&db, &owner, "mission").unwrap(),
        Published::Version(2)
    );
    assert!(!authoring::draft(&db, &owner, "mission").unwrap().exists());
    let cat = enrollment::catalog::catalogue(&db).unwrap();
    let (_, entry) = cat.module("mission").unwrap();
    assert_eq!(entry.version, 2);
    let page =
        enrollment::catalog::lesson_page(&db, entry.id, 2, "what-is-a-mission", Lang::Ru).unwrap();
    assert!(page.html.contains("исправлено"));

    // The learner who was mid-module stays on version 1; a new learner gets version 2.
    let me = learning::learner(&db, learner.id).unwrap();
    assert_eq!(me.enrolment("mission").unwrap().version, 1);
    let newcomer = user(&db, Role::Learner);
    learning::enrol_module(&db, newcomer.id, "mission").unwrap();
    assert_eq!(
        learning::learner(&db, newcomer.id)
            .unwrap()
            .enrolment("mission")
            .unwrap()
            .version,
        2
    );

    // History: who published what; a diff; roll back makes version 3 equal to version 1.
    let versions = authoring::versions(&db, &owner, "mission").unwrap();
    assert_eq!(
        versions.iter().map(|v| v.version).collect::<Vec<_>>(),
        vec![2, 1]
    );
    assert_eq!(versions[0].by.as_deref(), Some(owner.label.as_str()));
    assert_eq!(versions[1].by, None, "version 1 came from the files");
    let diff = authoring::diff(&db, &owner, "mission", 1, 2).unwrap();
    assert_eq!(diff.len(), 1);
    assert_eq!(diff[0].path, "01-what-is-a-mission.ru.md");
    assert!(diff[0]
        .lines
        .iter()
        .any(|l| l.sign == "+" && l.text.contains("исправлено")));
    assert_eq!(
        authoring::rollback(&db, &owner, "mission", 1).unwrap(),
        Published::Version(3)
    );
    let versions = authoring::versions(&db, &owner, "mission").unwrap();
    assert_eq!(versions[0].content_hash, versions[2].content_hash);
    assert!(authoring::diff(&db, &owner, "mission", 1, 3)
        .unwrap()
        .is_empty());

    // Every step is in the audit log.
    let entries = audit::list(
        &db,
        &audit::Filter {
            subject: Some("module:mission".into()),
            ..Default::default()
        },
        100,
    )
    .unwrap();
    let actions: Vec<&str> = entries.iter().rev().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        vec![
            "module.author",
            "module.draft.save",
            "module.publish",
            "module.rollback"
        ]
    );
    assert!(entries
        .iter()
        .all(|e| e.action == "module.author" || e.actor_id == Some(owner.id)));
}

fn invalid_drafts_are_kept_and_not_published(test_db: &TestDb) {
    let db = test_db.open();
    import(&db, &fixture_dir());
    let staff = user(&db, Role::Staff);
    let module_toml = text_of(&db, &staff, "module.toml");
    let mut doc = courses::edit::TomlDoc::parse(&module_toml).unwrap();
    doc.set_number("estimated_minutes", "about an hour");
    authoring::save(
        &db,
        &staff,
        "mission",
        &[put("module.toml", &doc.to_text())],
    )
    .unwrap();

    let check = authoring::check(&db, &staff, "mission").unwrap();
    let errors: Vec<_> = check
        .for_file("module.toml")
        .filter(|d| d.is_error())
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].code.as_str(), "content-wrong-type");
    assert_eq!(
        errors[0].args.get("field").map(String::as_str),
        Some("estimated_minutes")
    );
    let all_errors = check.diagnostics.iter().filter(|d| d.is_error()).count();
    match authoring::publish(&db, &staff, "mission") {
        Err(Error::DraftInvalid(n)) => assert_eq!(n, all_errors, "{:?}", check.diagnostics),
        other => panic!("published an invalid draft: {other:?}"),
    }
    // What the author typed is still there.
    let kept = courses::edit::TomlDoc::parse(&text_of(&db, &staff, "module.toml")).unwrap();
    assert_eq!(
        kept.raw("estimated_minutes").as_deref(),
        Some("about an hour")
    );
    // A broken link to another module is caught across the tree.
    authoring::discard(&db, &staff, "mission").unwrap();
    authoring::save(
        &db,
        &staff,
        "mission",
        &[put(
            "01-what-is-a-mission.ru.md",
            "# Т\n\n[нет](../02-planning/09-none.md)\n",
        )],
    )
    .unwrap();
    let check = authoring::check(&db, &staff, "mission").unwrap();
    assert!(check
        .for_file("01-what-is-a-mission.ru.md")
        .any(|d| d.code.as_str() == "content-broken-link"));
}

fn translation_status_follows_the_source(test_db: &TestDb) {
    let db = test_db.open();
    import(&db, &fixture_dir());
    let staff = user(&db, Role::Staff);
    let status = |lang: Lang, field: &str| {
        authoring::translation(&db, &staff, "mission", lang)
            .unwrap()
            .into_iter()
            .find(|f| f.field == field)
            .unwrap()
            .status
    };
    assert_eq!(
        status(Lang::En, "lesson:what-is-a-mission"),
        TranslationStatus::UpToDate
    );
    assert_eq!(
        status(Lang::En, "lesson:writing-a-mission"),
        TranslationStatus::Missing
    );
    assert_eq!(status(Lang::Kk, "title"), TranslationStatus::Missing);
    assert_eq!(status(Lang::En, "title"), TranslationStatus::UpToDate);

    let ru = text_of(&db, &staff, "01-what-is-a-mission.ru.md");
    authoring::save(
        &db,
        &staff,
        "mission",
        &[put(
            "01-what-is-a-mission.ru.md",
            &format!("{ru}\nНовый абзац.\n"),
        )],
    )
    .unwrap();
    assert_eq!(
        status(Lang::En, "lesson:what-is-a-mission"),
        TranslationStatus::Outdated
    );
    let en = text_of(&db, &staff, "01-what-is-a-mission.en.md");
    authoring::save(
        &db,
        &staff,
        "mission",
        &[put(
            "01-what-is-a-mission.en.md",
            &format!("{en}\nA new paragraph.\n"),
        )],
    )
    .unwrap();
    assert_eq!(
        status(Lang::En, "lesson:what-is-a-mission"),
        TranslationStatus::UpToDate
    );

    let mut doc = courses::edit::TomlDoc::parse(&text_of(&db, &staff, "module.toml")).unwrap();
    doc.set_text("title", Lang::Ru, "Миссия организации и её смысл");
    authoring::save(
        &db,
        &staff,
        "mission",
        &[put("module.toml", &doc.to_text())],
    )
    .unwrap();
    assert_eq!(status(Lang::En, "title"), TranslationStatus::Outdated);
    assert_eq!(status(Lang::En, "summary"), TranslationStatus::UpToDate);

    // The module's share of the coverage adds up to the tree's, as `l10n report` counts.
    let check = authoring::check(&db, &staff, "mission").unwrap();
    let whole = courses::check(fixture_dir()).coverage;
    assert_eq!(check.coverage.get(Lang::En), whole.get(Lang::En));
}

fn write_tree(files: &BTreeMap<String, Vec<u8>>, to: &Path) {
    for (path, bytes) in files {
        let target = to.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

fn hashes(db: &Database) -> Vec<(String, i32, String)> {
    content_import::module_versions(db).unwrap()
}

fn export_and_reimport_changes_nothing(test_db: &TestDb) {
    for source in [fixture_dir(), repo_root().join("course-content")] {
        // A fresh database per tree, of the same backend.
        let fresh = TestDb::create(test_db.backend).expect("a second test database");
        let db = fresh.open();
        import(&db, &source);
        let before = hashes(&db);
        assert!(!before.is_empty());
        let exported = authoring::export(&db, None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        write_tree(&exported, dir.path());
        let report = import(&db, dir.path());
        assert!(!report.wrote_anything(), "{report:?}");
        assert_eq!(hashes(&db), before);
        // The same through a zip.
        let unzipped = authoring::unzip(&authoring::zip(&exported).unwrap()).unwrap();
        assert_eq!(unzipped, exported);
        // One module alone: its level.toml and its directory, with the same hash.
        for (slug, _, hash) in &before {
            let one = authoring::export(&db, Some(slug)).unwrap();
            let module_dir = one
                .keys()
                .find_map(|p| p.strip_suffix("/module.toml"))
                .unwrap()
                .to_string();
            assert!(one
                .keys()
                .all(|p| p.starts_with(&module_dir) || p.ends_with("/level.toml")));
            let dir = tempfile::tempdir().unwrap();
            write_tree(&one, dir.path());
            assert_eq!(
                &courses::content_hash_dir(dir.path().join(&module_dir)).unwrap(),
                hash
            );
        }
    }
}

db_tests!(
    permissions_follow_roles_and_ownership,
    drafts_stay_private_until_published_and_learners_keep_their_version,
    invalid_drafts_are_kept_and_not_published,
    translation_status_follows_the_source,
    export_and_reimport_changes_nothing,
);

// --- Through the pages -------------------------------------------------------------

/// One person's browser: its own cookies and connections.
struct Browser {
    client: reqwest::Client,
    base: String,
}

impl Browser {
    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request reaches the server")
    }

    async fn text(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("request reaches the server")
    }
}

/// A new account of `role`, signed in in a browser of its own.
async fn sign_in_as(app: &TestApp, role: Role) -> (Author, Browser) {
    let browser = Browser {
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        base: app.address.clone(),
    };
    let (account, password) = app.create_user(role);
    let csrf = csrf_of(&browser.text("/ru/sign-in").await);
    let res = browser
        .post_form(
            "/ru/sign-in",
            &[
                ("csrf", &csrf),
                ("email", &account.email),
                ("password", &password),
            ],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER, "signed in");
    (Author::of(&account), browser)
}

async fn pages_enforce_permissions(app: TestApp) {
    app.import_fixture_content();
    let module = "/ru/author/modules/mission";
    let lesson = format!("{module}/files/01-what-is-a-mission.ru.md");

    // Learners: no authoring at all.
    let (_, learner) = sign_in_as(&app, Role::Learner).await;
    for path in [
        "/ru/author".to_string(),
        module.to_string(),
        lesson.clone(),
        format!("{module}/history"),
    ] {
        assert_eq!(learner.get(&path).await.status(), 403, "{path}");
    }
    let csrf = csrf_of(&learner.text("/ru/dashboard").await);
    let res = learner
        .post_form(&lesson, &[("csrf", &csrf), ("text", "# X\n")])
        .await;
    assert_eq!(res.status(), 403);

    // An instructor who is neither owner nor assigned: 403 on every URL of the module.
    let (_, other) = sign_in_as(&app, Role::Instructor).await;
    assert!(!other
        .text("/ru/author")
        .await
        .contains("/ru/author/modules/mission"));
    for path in [
        module.to_string(),
        lesson.clone(),
        format!("{module}/settings"),
        format!("{module}/history"),
        format!("{module}/translate/kk"),
        format!("{module}/export.zip"),
    ] {
        assert_eq!(other.get(&path).await.status(), 403, "{path}");
    }
    let csrf = csrf_of(&other.text("/ru/author").await);
    for path in [
        lesson.clone(),
        format!("{module}/settings"),
        format!("{module}/publish"),
        format!("{module}/discard"),
        format!("{module}/rollback"),
        format!("{module}/preview"),
    ] {
        let res = other
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("text", "# X\n"),
                    ("version", "1"),
                    ("estimated_minutes", "5"),
                ],
            )
            .await;
        assert_eq!(res.status(), 403, "POST {path}");
    }
    assert!(
        !authoring::draft(&app.db, &user(&app.db, Role::Staff), "mission")
            .unwrap()
            .exists()
    );

    // A translator translates but cannot change settings.
    let (_, translator) = sign_in_as(&app, Role::Translator).await;
    let csrf = csrf_of(&translator.text(&format!("{module}/settings")).await);
    let res = translator
        .post_form(
            &format!("{module}/settings"),
            &[
                ("csrf", &csrf),
                ("title.kk", "Ұйымның миссиясы"),
                ("estimated_minutes", "5"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let staff = user(&app.db, Role::Staff);
    let draft = authoring::draft(&app.db, &staff, "mission").unwrap();
    let doc = courses::edit::TomlDoc::parse(&draft.text("module.toml").unwrap()).unwrap();
    assert_eq!(
        doc.text("title", Lang::Kk).as_deref(),
        Some("Ұйымның миссиясы")
    );
    assert_eq!(
        doc.raw("estimated_minutes").as_deref(),
        Some("60"),
        "a translator's form does not touch settings"
    );
    let res = translator
        .post_form(&format!("{module}/publish"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), 403);
}

async fn an_instructor_edits_publishes_and_learners_keep_their_version(app: TestApp) {
    app.import_fixture_content();
    let module = "/ru/author/modules/mission";
    let lesson = format!("{module}/files/01-what-is-a-mission.ru.md");
    let learner = user(&app.db, Role::Learner);
    learning::enrol_module(&app.db, learner.id, "mission").unwrap();

    let (owner, browser) = sign_in_as(&app, Role::Instructor).await;
    authoring::set_module_author(
        &app.db,
        &user(&app.db, Role::Staff),
        "mission",
        owner.id,
        Some(Attachment::Owner),
    )
    .unwrap();
    assert!(browser
        .text("/ru/author")
        .await
        .contains("/ru/author/modules/mission"));

    // A validation error is shown next to the field, with what was typed.
    let form = browser.text(&format!("{module}/settings")).await;
    let csrf = csrf_of(&form);
    let res = browser
        .post_form(
            &format!("{module}/settings"),
            &[
                ("csrf", &csrf),
                ("estimated_minutes", "около часа"),
                ("title.ru", "Миссия организации"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let field = html.find("id=\"f-estimated_minutes\"").expect("the field");
    let error = html.find("id=\"e-estimated_minutes\"").expect("its error");
    assert!(
        error < field && field - error < 400,
        "the error sits next to the field"
    );
    assert!(html.contains("value=\"около часа\""), "input preserved");
    let res = browser
        .post_form(
            &format!("{module}/settings"),
            &[("csrf", &csrf), ("estimated_minutes", "75")],
        )
        .await;
    assert_eq!(res.status(), 200);

    // Edit a lesson: saved as a draft, previewed, invisible to learners.
    let page = browser.text(&lesson).await;
    assert!(page.contains("<textarea"));
    let text = "# Что такое миссия\n\nНовый **текст** урока.\n";
    let res = browser
        .post_form(&lesson, &[("csrf", &csrf_of(&page)), ("text", text)])
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("<strong>текст</strong>"),
        "server-side preview"
    );
    let res = browser
        .post_form(
            &format!("{module}/preview"),
            &[("csrf", &csrf), ("text", "# T\n\n*живой*")],
        )
        .await;
    assert!(res.text().await.unwrap().contains("<em>живой</em>"));
    assert!(!browser
        .text("/ru/modules/mission/lessons/what-is-a-mission")
        .await
        .contains("Новый"));

    // Publish.
    let res = browser
        .post_form(&format!("{module}/publish"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), 303);
    let cat = enrollment::catalog::catalogue(&app.db).unwrap();
    let (_, entry) = cat.module("mission").unwrap();
    assert_eq!(entry.version, 2);
    assert_eq!(entry.module.estimated_minutes, 75);
    assert_eq!(
        learning::learner(&app.db, learner.id)
            .unwrap()
            .enrolment("mission")
            .unwrap()
            .version,
        1
    );

    // History with a diff, translation workspace, export.
    let history = browser.text(&format!("{module}/history?a=1&b=2")).await;
    assert!(history.contains(&owner.label));
    assert!(history.contains("Новый **текст** урока."));
    let kk = browser.text(&format!("{module}/translate/kk")).await;
    assert!(kk.contains("status-missing"));
    let en = browser.text(&format!("{module}/translate/en")).await;
    assert!(
        en.contains("status-outdated"),
        "the Russian lesson changed after its English translation"
    );
    // GIFT pasted in the browser: a report line per question, refused ones with reasons.
    let gift =
        "::capital:: Столица Казахстана? {=Астана ~Алматы}\n\n::essay:: Опишите миссию. {}\n";
    let res = browser
        .post_form(
            &format!("{module}/gift"),
            &[("csrf", &csrf), ("lang", "ru"), ("gift", gift)],
        )
        .await;
    assert_eq!(res.status(), 422, "one question is refused");
    let html = res.text().await.unwrap();
    assert!(
        html.contains("«capital»"),
        "imported question reported with its id"
    );
    assert!(html.contains("gift-essay-not-supported"));
    let quiz = authoring::draft(&app.db, &owner, "mission")
        .unwrap()
        .text("quiz.ru.toml")
        .unwrap();
    assert!(quiz.contains("id = \"capital\""));
    authoring::discard(&app.db, &owner, "mission").unwrap();

    let res = browser.get(&format!("{module}/export.zip")).await;
    assert_eq!(res.headers()["content-type"], "application/zip");
    let files = authoring::unzip(&res.bytes().await.unwrap()).unwrap();
    assert_eq!(
        files
            .get("01-basics/01-mission/01-what-is-a-mission.ru.md")
            .map(Vec::as_slice),
        Some(text.as_bytes())
    );
}

backend_tests!(
    pages_enforce_permissions,
    an_instructor_edits_publishes_and_learners_keep_their_version,
);
