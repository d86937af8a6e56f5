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

/// Two "New module" forms with the same slug at once: the one that loses the race gets
/// the same field problem as when the slug was taken before it asked. The other
/// creation is held open (its row written, not committed) while this one checks and
/// inserts: on PostgreSQL the check passes and the insert collides; on SQLite the
/// writer waits for the lock and then sees the slug taken.
fn a_slug_taken_during_creation_is_a_field_problem(test_db: &TestDb) {
    use diesel::connection::SimpleConnection;
    let db = test_db.open();
    import(&db, &fixture_dir());
    let instructor = user(&db, Role::Instructor);
    let new = authoring::NewModule {
        level: "basics".into(),
        slug: "race".into(),
        titles: [(Lang::Ru, "Гонка".to_string())].into(),
        estimated_minutes: 10,
        pass_mark: 70,
        ..Default::default()
    };
    let taken = vec![("slug".to_string(), "error-new-module-slug-taken")];

    let url = enrollment::DatabaseUrl::parse(&test_db.url).unwrap();
    let mut other = url.connect().unwrap();
    other
        .batch_execute(match test_db.backend {
            academy_suite::Backend::Sqlite => "BEGIN IMMEDIATE",
            academy_suite::Backend::Postgres => "BEGIN",
        })
        .unwrap();
    other
        .batch_execute(
            "INSERT INTO modules (slug, level_id, position, current_version, active, \
             created_at, updated_at) SELECT 'race', id, 99, 0, FALSE, CURRENT_TIMESTAMP, \
             CURRENT_TIMESTAMP FROM levels WHERE slug = 'basics'",
        )
        .unwrap();
    let racer = {
        let (db, who, new) = (db.clone(), instructor.clone(), new.clone());
        std::thread::spawn(move || authoring::create_module(&db, &who, Lang::Ru, &new))
    };
    // Commit only once the racer waits on the other transaction's row (PostgreSQL can
    // tell; on SQLite a moment is enough, and too short a one only makes it sequential).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    match test_db.backend {
        academy_suite::Backend::Postgres => {
            use diesel::{Connection, RunQueryDsl};
            let mut watch = diesel::PgConnection::establish(&test_db.url).unwrap();
            loop {
                let waiting: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
                    "(SELECT count(*) FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock')",
                ))
                .get_result(&mut watch)
                .unwrap();
                if waiting > 0 {
                    break;
                }
                assert!(
                    std::time::Instant::now() < deadline,
                    "the racer never waited"
                );
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        academy_suite::Backend::Sqlite => std::thread::sleep(std::time::Duration::from_millis(300)),
    }
    other.batch_execute("COMMIT").unwrap();
    let outcome = racer.join().unwrap().expect("no 500");
    assert_eq!(outcome, Err(taken.clone()));

    // The sequential case says the same.
    assert_eq!(
        authoring::create_module(&db, &instructor, Lang::Ru, &new).unwrap(),
        Err(taken)
    );
}

db_tests!(
    a_slug_taken_during_creation_is_a_field_problem,
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
        // No idle connection reuse, as TestApp's client: on a loaded machine a kept-alive
        // connection the server is just closing fails the next request (IncompleteMessage).
        client: reqwest::Client::builder()
            .cookie_store(true)
            .pool_max_idle_per_host(0)
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
        format!("{module}/quiz/quiz.ru.toml"),
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
        format!("{module}/quiz/quiz.ru.toml"),
    ] {
        let res = other
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("text", "# X\n"),
                    ("version", "1"),
                    ("estimated_minutes", "5"),
                    ("action", "save"),
                    ("count", "0"),
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

/// The fields a browser without JavaScript would send from the form `id="{form_id}"`
/// of `html`: inputs (checked boxes and radios only), textareas and selected options.
/// Enough HTML reading for the templates of this project, which quote every attribute.
fn form_fields(html: &str, form_id: &str) -> Vec<(String, String)> {
    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&#x2F;", "/")
            .replace("&amp;", "&")
    }
    fn attr(tag: &str, name: &str) -> Option<String> {
        let key = format!(" {name}=\"");
        let start = tag.find(&key)? + key.len();
        let end = start + tag[start..].find('"')?;
        Some(unescape(&tag[start..end]))
    }
    let start = html
        .find(&format!("id=\"{form_id}\""))
        .expect("the form is on the page");
    let form = &html[start..start + html[start..].find("</form>").expect("form ends")];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let tag_end = rest.find('>').expect("tag ends");
        let tag = &rest[..tag_end];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_default();
            if let Some(name) = attr(tag, "name") {
                let checked = tag.contains(" checked");
                if !matches!(kind.as_str(), "checkbox" | "radio") || checked {
                    out.push((name, attr(tag, "value").unwrap_or_else(|| "on".into())));
                }
            }
        } else if tag.starts_with("<textarea") {
            let body = &rest[tag_end + 1..];
            let text = &body[..body.find("</textarea>").expect("textarea ends")];
            out.push((attr(tag, "name").unwrap(), unescape(text)));
        } else if tag.starts_with("<select") {
            let body = &rest[tag_end + 1..];
            let options = &body[..body.find("</select>").expect("select ends")];
            let chosen = options
                .split("<option")
                .skip(1)
                .find(|o| o.contains(" selected"))
                .or_else(|| options.split("<option").nth(1))
                .and_then(|o| attr(&format!(" {o}"), "value"))
                .unwrap_or_default();
            out.push((attr(tag, "name").unwrap(), chosen));
        }
        rest = &rest[1..];
    }
    out
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_string(), value.to_string()));
}

/// The form as the page shows it, changed by `edits`, submitted with a button.
async fn press(
    browser: &Browser,
    path: &str,
    html: &str,
    edits: &[(&str, &str)],
    action: &str,
) -> (reqwest::StatusCode, String) {
    let mut fields = form_fields(html, "quiz-form");
    for (k, v) in edits {
        set(&mut fields, k, v);
    }
    fields.push(("action".into(), action.into()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = browser.post_form(path, &pairs).await;
    let status = res.status();
    (status, res.text().await.unwrap())
}

async fn an_instructor_builds_every_question_type_with_the_form(app: TestApp) {
    app.import_fixture_content();
    let module = "/ru/author/modules/mission";
    let quiz = format!("{module}/quiz/quiz.ru.toml");
    let (owner, browser) = mission_owner(&app).await;

    // The existing questions are shown as fields; remove them all with the buttons.
    let mut html = browser.text(&quiz).await;
    assert!(html.contains("name=\"q0.id\""), "questions as form fields");
    while html.contains("name=\"q0.id\"") {
        let (status, page) = press(&browser, &quiz, &html, &[], "remove:0").await;
        assert!(status == 200 || status == 422, "{status}");
        html = page;
    }

    // One question of every type, each added with the button and then filled in.
    let types = [
        "single",
        "multiple",
        "true_false",
        "short_text",
        "numeric",
        "matching",
        "ordering",
    ];
    for ty in types {
        html = press(&browser, &quiz, &html, &[("new_type", ty)], "add-question")
            .await
            .1;
    }
    for action in ["add-row:1", "add-row:3", "add-row:4", "add-row:6"] {
        html = press(&browser, &quiz, &html, &[], action).await.1;
    }
    let filled: &[(&str, &str)] = &[
        ("q0.id", "capital"),
        ("q0.text", "Столица Казахстана?"),
        ("q0.r0.text", "Астана"),
        ("q0.correct", "0"),
        ("q0.r0.feedback", "Верно, с 1997 года."),
        ("q0.r1.text", "Алматы"),
        ("q0.r1.weight", "50"),
        ("q0.r1.feedback", "Бывшая столица."),
        ("q1.id", "values"),
        ("q1.text", "Что из этого — ценности?"),
        ("q1.points", "2"),
        ("q1.r0.text", "Прозрачность"),
        ("q1.r0.correct", "on"),
        ("q1.r1.text", "Подотчётность"),
        ("q1.r1.correct", "on"),
        ("q1.r2.text", "Прибыль"),
        ("q2.id", "board"),
        ("q2.text", "Совет управляет проектами каждый день."),
        ("q2.answer", "false"),
        ("q2.feedback_true", "Нет: это работа команды."),
        ("q3.id", "charter"),
        ("q3.text", "Главный документ организации?"),
        ("q3.r0.text", "устав"),
        ("q3.r1.text", "положение"),
        ("q3.r1.weight", "50"),
        ("q3.r1.feedback", "Положение бывает у подразделений."),
        ("q4.id", "budget"),
        ("q4.text", "Сумма бюджета?"),
        ("q4.r0.value", "1 200"),
        ("q4.r0.tolerance", "около десяти"),
        ("q4.r1.value", "1200"),
        ("q4.r1.tolerance", "100"),
        ("q4.r1.weight", "50"),
        ("q5.id", "terms"),
        ("q5.text", "Сопоставьте термины."),
        ("q5.r0.text", "Миссия"),
        ("q5.r0.right", "Зачем мы существуем"),
        ("q5.r1.text", "Видение"),
        ("q5.r1.right", "Каким мы хотим видеть мир"),
        ("q6.id", "cycle"),
        ("q6.text", "Расположите этапы."),
        ("q6.r0.text", "Анализ"),
        ("q6.r1.text", "Планирование"),
        ("q6.r2.text", "Оценка"),
    ];
    let (status, page) = press(&browser, &quiz, &html, filled, "save").await;
    // A word where a number belongs: kept, and reported at its question.
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("value=\"около десяти\""), "input preserved");
    let q4 = page.find("id=\"q4\"").expect("question 5");
    let q5 = page.find("id=\"q5\"").expect("question 6");
    let err = page.find("id=\"e-q4\"").expect("an error at question 5");
    assert!(q4 < err && err < q5, "the error sits in its question");
    let (status, page) = press(
        &browser,
        &quiz,
        &page,
        &[("q4.r0.tolerance", "0,5")],
        "save",
    )
    .await;
    assert_eq!(status, 200, "{page}");

    // Reordering with the buttons.
    let (_, page) = press(&browser, &quiz, &page, &[], "down:0").await;
    assert!(page.find("value=\"values\"").unwrap() < page.find("value=\"capital\"").unwrap());
    let (_, page) = press(&browser, &quiz, &page, &[], "up:1").await;
    assert!(page.find("value=\"capital\"").unwrap() < page.find("value=\"values\"").unwrap());

    let text = authoring::draft(&app.db, &owner, "mission")
        .unwrap()
        .text("quiz.ru.toml")
        .unwrap();
    assert!(text.contains("tolerance = 0.5"), "{text}");
    assert!(text.contains("answer = 1200"), "{text}");
    // The English quiz still has the old questions; a translator redoes it later.
    authoring::save(
        &app.db,
        &owner,
        "mission",
        &[Change::Delete {
            path: "quiz.en.toml".into(),
        }],
    )
    .unwrap();
    let check = authoring::check(&app.db, &owner, "mission").unwrap();
    assert!(!check.has_errors(), "{:#?}", check.diagnostics);
    let csrf = csrf_of(&page);
    let res = browser
        .post_form(&format!("{module}/publish"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), 303);

    // A learner takes the published quiz.
    let learner = user(&app.db, Role::Learner);
    learning::enrol_module(&app.db, learner.id, "mission").unwrap();
    let attempt =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, "mission", Lang::Ru).unwrap();
    let set = attempt.module.quiz.as_ref().unwrap().variants[&Lang::Ru].clone();
    let kinds: Vec<&str> = set.questions.iter().map(|q| q.kind.type_name()).collect();
    assert_eq!(kinds, types);
    let answers = academy_suite::answers::perfect(&set, attempt.seed);
    let done = enrollment::quizzes::submit(&app.db, learner.id, &attempt.public_id, Some(answers))
        .unwrap();
    assert_eq!(done.attempt.score_percent, Some(100.0));
    assert_eq!(done.attempt.passed, Some(true));
}

async fn learners_switch_to_a_newer_version_only_when_they_choose(app: TestApp) {
    app.import_fixture_content();
    let staff = user(&app.db, Role::Staff);
    let (learner, browser) = sign_in_as(&app, Role::Learner).await;
    learning::enrol_module(&app.db, learner.id, "mission").unwrap();
    let now = chrono::Utc::now().naive_utc();
    for lesson in ["what-is-a-mission", "writing-a-mission"] {
        learning::record_lesson(&app.db, learner.id, "mission", lesson, Some(100), true, now)
            .unwrap();
    }
    let attempt =
        enrollment::quizzes::start_or_resume(&app.db, learner.id, "mission", Lang::Ru).unwrap();
    enrollment::quizzes::submit(&app.db, learner.id, &attempt.public_id, None).unwrap();
    let page = browser.text("/ru/modules/mission").await;
    assert!(!page.contains("switch-version"), "nothing newer yet");

    // Version 2 drops the second lesson (and the first one's links to it).
    authoring::save(
        &app.db,
        &staff,
        "mission",
        &[
            Change::Delete {
                path: "02-writing-a-mission.ru.md".into(),
            },
            put(
                "01-what-is-a-mission.ru.md",
                "# Что такое миссия\n\nКороче.\n",
            ),
            put(
                "01-what-is-a-mission.en.md",
                "# What a mission is\n\nShorter.\n",
            ),
        ],
    )
    .unwrap();
    let check = authoring::check(&app.db, &staff, "mission").unwrap();
    assert!(!check.has_errors(), "{:#?}", check.diagnostics);
    assert!(matches!(
        authoring::publish(&app.db, &staff, "mission").unwrap(),
        Published::Version(2)
    ));
    let version = |db: &Database| {
        learning::learner(db, learner.id)
            .unwrap()
            .enrolment("mission")
            .unwrap()
            .version
    };
    assert_eq!(version(&app.db), 1, "publishing moves nobody");
    let page = browser.text("/ru/modules/mission").await;
    assert!(
        page.contains("/ru/modules/mission/switch-version"),
        "offered"
    );

    // Without the CSRF token: refused, nothing moves.
    let res = browser
        .post_form("/ru/modules/mission/switch-version", &[])
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(version(&app.db), 1);

    let res = browser
        .post_form(
            "/ru/modules/mission/switch-version",
            &[("csrf", &csrf_of(&page))],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(version(&app.db), 2);
    let after = learning::learner(&app.db, learner.id).unwrap();
    assert!(after.progress.lesson_done("mission", "what-is-a-mission"));
    assert!(
        !after.progress.lesson_done("mission", "writing-a-mission"),
        "a lesson the new version dropped is gone"
    );
    let past = enrollment::quizzes::attempt(&app.db, learner.id, &attempt.public_id).unwrap();
    assert_eq!(past.module_version, 1, "past attempts keep their version");
    let page = browser.text("/ru/modules/mission").await;
    assert!(!page.contains("switch-version"), "already on the newest");
    // Switching again changes nothing.
    let again = learning::switch_to_latest(&app.db, learner.id, "mission").unwrap();
    assert_eq!((again.from, again.to), (2, 2));
}

/// The "New module" form as the page shows it, changed by `edits`, posted to `path`.
async fn create_form(
    browser: &Browser,
    path: &str,
    edits: &[(&str, &str)],
) -> (reqwest::StatusCode, String) {
    let html = browser.text(path).await;
    let mut fields = form_fields(&html, "new-module-form");
    for (k, v) in edits {
        set(&mut fields, k, v);
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = browser.post_form(path, &pairs).await;
    let status = res.status();
    (status, res.text().await.unwrap())
}

async fn an_instructor_creates_a_module_in_the_browser(app: TestApp) {
    app.import_fixture_content();

    // Learners and translators may not create modules.
    for role in [Role::Learner, Role::Translator] {
        let (_, browser) = sign_in_as(&app, role).await;
        assert_eq!(
            browser.get("/ru/author/new").await.status(),
            403,
            "{role:?}"
        );
        let csrf = csrf_of(&browser.text("/ru/dashboard").await);
        let res = browser
            .post_form(
                "/ru/author/new",
                &[
                    ("csrf", &csrf),
                    ("level", "basics"),
                    ("slug", "sneaky"),
                    ("title.ru", "Х"),
                    ("estimated_minutes", "10"),
                    ("pass_mark", "70"),
                ],
            )
            .await;
        assert_eq!(res.status(), 403, "{role:?}");
    }
    assert!(!authoring::module_exists(&app.db, "sneaky").unwrap());

    let (owner, browser) = sign_in_as(&app, Role::Instructor).await;
    assert!(browser.text("/ru/author").await.contains("/ru/author/new"));

    // A slug that is not lowercase Latin: a localized error at the field, typed values kept.
    let (status, page) = create_form(
        &browser,
        "/ru/author/new",
        &[
            ("slug", "Бюджет 1"),
            ("title.ru", "Основы бюджета"),
            ("summary.ru", "Как составить бюджет проекта."),
            ("pass_mark", "сто"),
            ("prerequisites", "no-such-module"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("Только строчные латинские буквы"), "{page}");
    assert!(
        page.contains("Введите целое число"),
        "bad number reported too"
    );
    assert!(page.contains("Нет модуля или уровня с таким адресом."));
    assert!(page.contains("value=\"Бюджет 1\""), "typed slug kept");
    assert!(
        page.contains("value=\"Основы бюджета\""),
        "typed title kept"
    );
    assert!(
        page.contains("Как составить бюджет проекта."),
        "typed summary kept"
    );
    assert!(page.contains("aria-invalid=\"true\" aria-describedby=\"e-slug"));
    // A slug already taken, in English: the English message, values kept.
    let (status, page) = create_form(
        &browser,
        "/en/author/new",
        &[("slug", "mission"), ("title.en", "Budget basics")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("A module with this address already exists"),
        "{page}"
    );
    assert!(page.contains("value=\"mission\""));
    assert!(page.contains("value=\"Budget basics\""));
    // The title in the author's language is required; every locale has the messages.
    let (status, page) =
        create_form(&browser, "/kk/author/new", &[("slug", "budget-basics")]).await;
    assert_eq!(status, 422);
    assert!(page.contains("Модуль атауын енгізіңіз."), "{page}");
    assert!(!authoring::module_exists(&app.db, "budget-basics").unwrap());

    // Created: a draft that learners do not see, owned by its creator, audited.
    let (status, _) = create_form(
        &browser,
        "/ru/author/new",
        &[
            ("level", "basics"),
            ("slug", "budget-basics"),
            ("title.ru", "Основы бюджета"),
            ("summary.ru", "Как составить бюджет проекта."),
            (
                "objectives.ru",
                "Составить смету\nОбосновать расходы\nПроверить итог",
            ),
            ("title.en", "Budget basics"),
            ("estimated_minutes", "40"),
            ("pass_mark", "60"),
            ("max_attempts", "2"),
            ("time_limit_minutes", ""),
            ("prerequisites", ""),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let module = "/ru/author/modules/budget-basics";
    let page = browser.text(module).await;
    assert!(page.contains("ещё не опубликован"), "{page}");
    assert!(page.contains(authoring::NEW_MODULE_LESSON));
    assert!(page.contains("quiz.ru.toml"));
    assert!(browser.text("/ru/author").await.contains(module));
    let authors = authoring::module_authors(&app.db, "budget-basics").unwrap();
    assert_eq!(authors.len(), 1);
    assert_eq!(authors[0].user_id, owner.id);
    assert_eq!(authors[0].attachment, Attachment::Owner);
    let entries = audit::list(
        &app.db,
        &audit::Filter {
            subject: Some("module:budget-basics".into()),
            ..Default::default()
        },
        10,
    )
    .unwrap();
    assert!(entries
        .iter()
        .any(|e| e.action == "module.create" && e.actor_id == Some(owner.id)));
    let draft = authoring::draft(&app.db, &owner, "budget-basics").unwrap();
    assert_eq!(draft.dir, "01-basics/03-budget-basics");
    let settings = courses::edit::TomlDoc::parse(&draft.text("module.toml").unwrap()).unwrap();
    assert_eq!(settings.raw("estimated_minutes").as_deref(), Some("40"));
    assert!(settings.str_list("prerequisites").is_empty());
    assert_eq!(
        settings.text("title", Lang::En).as_deref(),
        Some("Budget basics")
    );
    assert_eq!(settings.text_list("objectives", Lang::Ru).len(), 3);
    let quiz = draft.text("quiz.toml").unwrap();
    assert!(quiz.contains("pass_mark = 60") && quiz.contains("max_attempts = 2"));
    assert!(!quiz.contains("time_limit_minutes"));

    let (learner_account, learner) = sign_in_as(&app, Role::Learner).await;
    assert!(!learner
        .text("/ru/catalogue")
        .await
        .contains("budget-basics"));
    assert_eq!(learner.get("/ru/modules/budget-basics").await.status(), 404);
    assert!(matches!(
        learning::enrol_module(&app.db, learner_account.id, "budget-basics"),
        Err(Error::NotFound)
    ));

    // Another instructor cannot open or edit it; the slug is now taken.
    let (_, other) = sign_in_as(&app, Role::Instructor).await;
    assert_eq!(other.get(module).await.status(), 403);
    let csrf = csrf_of(&other.text("/ru/author").await);
    let res = other
        .post_form(
            &format!("{module}/files/{}", authoring::NEW_MODULE_LESSON),
            &[("csrf", &csrf), ("text", "# Чужой\n")],
        )
        .await;
    assert_eq!(res.status(), 403);
    let (status, page) = create_form(
        &other,
        "/ru/author/new",
        &[("slug", "budget-basics"), ("title.ru", "Другой")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("Модуль с таким адресом уже есть"));

    // Not publishable yet: the quiz has no questions.
    let check = authoring::check(&app.db, &owner, "budget-basics").unwrap();
    let errors: Vec<String> = check
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{} {} {}", d.file, d.code.as_str(), d.message))
        .collect();
    assert_eq!(
        errors,
        vec!["quiz.ru.toml content-missing-field required key `question` is missing".to_string()],
        "the first lesson has its title line; the quiz wants its questions"
    );

    // The owner writes the lesson and a question, then publishes.
    let csrf = csrf_of(&page_of(&browser, module).await);
    let res = browser
        .post_form(
            &format!("{module}/files/{}", authoring::NEW_MODULE_LESSON),
            &[
                ("csrf", &csrf),
                (
                    "text",
                    "# Основы бюджета\r\n\r\nБюджет проекта — это план расходов и доходов.\r\n",
                ),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let quiz_page = format!("{module}/quiz/quiz.ru.toml");
    let html = browser.text(&quiz_page).await;
    let (_, html) = press(
        &browser,
        &quiz_page,
        &html,
        &[("new_type", "single")],
        "add-question",
    )
    .await;
    let (status, html) = press(
        &browser,
        &quiz_page,
        &html,
        &[
            ("q0.id", "what-is-a-budget"),
            ("q0.text", "Что такое бюджет проекта?"),
            ("q0.r0.text", "План расходов и доходов"),
            ("q0.correct", "0"),
            ("q0.r1.text", "Отчёт о прошлом годе"),
        ],
        "save",
    )
    .await;
    assert_eq!(status, 200, "{html}");
    let check = authoring::check(&app.db, &owner, "budget-basics").unwrap();
    assert!(!check.has_errors(), "{:#?}", check.diagnostics);
    let csrf = csrf_of(&page_of(&browser, module).await);
    let res = browser
        .post_form(&format!("{module}/publish"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        authoring::versions(&app.db, &owner, "budget-basics")
            .unwrap()
            .len(),
        1
    );
    assert!(browser.text(module).await.contains("1"));

    // Learners see it in the catalogue and enrol (after its prerequisite).
    let catalogue = learner.text("/ru/catalogue").await;
    assert!(catalogue.contains("/ru/modules/budget-basics"));
    let page = learner.text("/ru/modules/budget-basics").await;
    assert!(page.contains("Основы бюджета"));
    let res = learner
        .post_form(
            "/ru/modules/budget-basics/enrol",
            &[("csrf", &csrf_of(&page))],
        )
        .await;
    assert_eq!(res.status(), 303);
    let view = learning::learner(&app.db, learner_account.id).unwrap();
    assert!(view.enrolment("budget-basics").is_some(), "enrolled");
    // Still closed to the other instructor after publishing.
    assert_eq!(other.get(module).await.status(), 403);
}

/// The checker's findings speak the page's language (issue #9): a quiz saved with a
/// broken answer key shows the Russian sentence at its question, not the English one
/// that `academy content check` prints; the module page in Kazakh says it in Kazakh.
async fn checker_findings_are_shown_in_the_page_language(app: TestApp) {
    app.import_fixture_content();
    let (owner, browser) = sign_in_as(&app, Role::Instructor).await;
    authoring::set_module_author(
        &app.db,
        &user(&app.db, Role::Staff),
        "mission",
        owner.id,
        Some(Attachment::Owner),
    )
    .unwrap();
    let quiz = "/ru/author/modules/mission/quiz/quiz.ru.toml";
    let html = browser.text(quiz).await;
    let mut fields = form_fields(&html, "quiz-form");
    assert!(
        fields.iter().any(|(k, _)| k == "q0.correct"),
        "the first question (single choice) has its right answer"
    );
    // No option marked right any more.
    fields.retain(|(k, _)| k != "q0.correct");
    fields.push(("action".into(), "save".into()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = browser.post_form(quiz, &pairs).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();

    let english = "a single question needs exactly 1 option with `correct = true`, found 0";
    let russian = "в вопросе типа single нужен ровно 1 вариант с `correct = true`, а таких 0";
    let check = authoring::check(&app.db, &owner, "mission").unwrap();
    assert!(
        check
            .diagnostics
            .iter()
            .any(|d| d.key == courses::MessageId::SingleCorrectCount && d.message == english),
        "the checker itself says it in English, for the command line: {:#?}",
        check.diagnostics
    );
    let q0 = page.find("id=\"q0\"").expect("question 1");
    let q1 = page.find("id=\"q1\"").expect("question 2");
    let errors = page.find("id=\"e-q0\"").expect("errors at question 1");
    let said = page.find(russian).expect("the finding in Russian");
    assert!(
        q0 < errors && errors < said && said < q1,
        "the finding sits in its question"
    );
    assert!(!page.contains(english), "no English on a Russian page");

    let module = browser.text("/kk/author/modules/mission").await;
    assert!(
        module.contains(
            "single түріндегі сұрақта `correct = true` белгісі бар дәл 1 нұсқа болуы керек, ал қазір 0"
        ),
        "the module page lists the finding in Kazakh"
    );
    assert!(!module.contains(english));
}

async fn page_of(browser: &Browser, path: &str) -> String {
    browser.text(path).await
}

/// Discarding a module that was never published removes it and frees its slug.
async fn discarding_an_unpublished_module_removes_it(app: TestApp) {
    app.import_fixture_content();
    let (_, browser) = sign_in_as(&app, Role::Staff).await;
    let (status, _) = create_form(
        &browser,
        "/en/author/new",
        &[("slug", "scratch"), ("title.en", "Scratch")],
    )
    .await;
    assert_eq!(status, 303);
    let module = "/en/author/modules/scratch";
    let csrf = csrf_of(&browser.text(module).await);
    let res = browser
        .post_form(&format!("{module}/discard"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"].to_str().unwrap(), "/en/author");
    assert!(!authoring::module_exists(&app.db, "scratch").unwrap());
    assert_eq!(browser.get(module).await.status(), 404);
}

/// A PNG of `width` × `height` with a smooth gradient (compresses like a screenshot).
fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 90])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A `multipart/form-data` body as a browser sends it: (content type, body).
fn multipart(alt: &str, file_name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    multipart_parts(&[
        ("alt", None, alt.as_bytes()),
        ("image", Some(file_name), bytes),
    ])
}

/// A `multipart/form-data` body of these parts, in order: (name, file name, value).
fn multipart_parts(parts: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----academy-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, file_name, value) in parts {
        let head = match file_name {
            Some(f) => format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: image/png\r\n\r\n"
            ),
            None => format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"),
        };
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

impl Browser {
    /// Posts the upload form as a browser does: multipart, the token in the query.
    async fn upload(
        &self,
        path: &str,
        csrf: Option<&str>,
        alt: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<reqwest::Response, reqwest::Error> {
        self.upload_parts(path, csrf, multipart(alt, file_name, bytes))
            .await
    }

    /// Posts a multipart body made by [`multipart_parts`] (token in the query).
    async fn upload_parts(
        &self,
        path: &str,
        csrf: Option<&str>,
        (content_type, body): (String, Vec<u8>),
    ) -> Result<reqwest::Response, reqwest::Error> {
        let url = match csrf {
            Some(token) => format!("{}{path}?csrf={token}", self.base),
            None => format!("{}{path}", self.base),
        };
        self.client
            .post(url)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
    }
}

/// A new instructor, signed in, made the owner of the fixture's `mission` module.
async fn mission_owner(app: &TestApp) -> (Author, Browser) {
    let (owner, browser) = sign_in_as(app, Role::Instructor).await;
    let staff = user(&app.db, Role::Staff);
    authoring::set_module_author(
        &app.db,
        &staff,
        "mission",
        owner.id,
        Some(Attachment::Owner),
    )
    .unwrap();
    (owner, browser)
}

fn draft_images(app: &TestApp) -> Vec<String> {
    authoring::draft(&app.db, &user(&app.db, Role::Staff), "mission")
        .unwrap()
        .files
        .keys()
        .filter(|p| p.ends_with(".png") || p.ends_with(".jpg") || p.ends_with(".webp"))
        .cloned()
        .collect()
}

async fn an_instructor_uploads_an_image_into_a_lesson(app: TestApp) {
    app.import_fixture_content();
    let module = "/ru/author/modules/mission";
    let lesson = format!("{module}/files/01-what-is-a-mission.ru.md");
    let upload = format!("{lesson}/image");
    let (owner, browser) = mission_owner(&app).await;
    let before = draft_images(&app);
    assert_eq!(before, ["mission-map.png"]);

    let page = browser.text(&lesson).await;
    assert!(
        page.contains("enctype=\"multipart/form-data\""),
        "a plain HTML form"
    );
    let csrf = csrf_of(&page);
    assert!(page.contains(&format!("/image?csrf={csrf}")));

    // CSRF: no token or a wrong one is refused, and nothing is stored.
    let photo = png(2000, 1000);
    for token in [None, Some("not-the-token")] {
        let res = browser
            .upload(&upload, token, "Карта", "map.png", &photo)
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "token {token:?}");
    }
    // The query token is no token for a urlencoded form.
    let res = browser
        .client
        .post(format!("{}{lesson}?csrf={csrf}", browser.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("text=%23+X%0A")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(draft_images(&app), before);

    // Another instructor and a translator may not add images.
    for role in [Role::Instructor, Role::Translator] {
        let (_, stranger) = sign_in_as(&app, role).await;
        let token = csrf_of(&stranger.text("/ru/author").await);
        let res = stranger
            .upload(&upload, Some(&token), "Карта", "map.png", &photo)
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{role:?}");
    }
    assert_eq!(draft_images(&app), before);

    // A text file renamed .png: refused with the error next to the field, alt text kept.
    let res = browser
        .upload(
            &upload,
            Some(&csrf),
            "Схема офиса",
            "notes.png",
            b"just some text\n",
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"e-upload-image\""));
    assert!(html.contains("Это не картинка PNG, JPEG или WebP"));
    assert!(html.contains("value=\"Схема офиса\""), "alt text kept");
    assert_eq!(draft_images(&app), before);

    // No alt text: refused, the error at the alt field.
    let res = browser
        .upload(&upload, Some(&csrf), "  ", "map.png", &photo)
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"e-upload-alt\""));
    assert_eq!(draft_images(&app), before);

    // 6 MB: refused before it is read in full, nothing stored.
    let big: Vec<u8> = (0..6 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let res = browser
        .upload(&upload, Some(&csrf), "Большая", "big.png", &big)
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    let html = res.text().await.unwrap();
    assert!(html.contains("Файл слишком большой"), "localized");
    assert_eq!(draft_images(&app), before);

    // A real upload: stored optimized under a plain name, the snippet to paste shown.
    let res = browser
        .upload(
            &upload,
            Some(&csrf),
            "Карта офиса [план]",
            "Office Map.PNG",
            &photo,
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["referrer-policy"], "same-origin");
    let html = res.text().await.unwrap();
    let snippet = "![Карта офиса \\[план\\]](office-map.png)";
    assert!(html.contains(snippet), "snippet shown");
    assert_eq!(
        html.matches("?csrf=").count(),
        1,
        "no link but the form action carries the token"
    );
    let draft = authoring::draft(&app.db, &owner, "mission").unwrap();
    let stored = &draft.files["office-map.png"];
    let decoded = image::load_from_memory(stored).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (1280, 640));

    // Pasted into the lesson and published: learners see it.
    let text = draft.text("01-what-is-a-mission.ru.md").unwrap();
    let text = format!("{text}\n{snippet}\n");
    let page = browser.text(&lesson).await;
    let res = browser
        .post_form(&lesson, &[("csrf", &csrf_of(&page)), ("text", &text)])
        .await;
    assert_eq!(res.status(), 200);
    let res = browser
        .post_form(&format!("{module}/publish"), &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), 303);
    let (learner, reader) = sign_in_as(&app, Role::Learner).await;
    learning::enrol_module(&app.db, learner.id, "mission").unwrap();
    let html = reader
        .text("/ru/modules/mission/lessons/what-is-a-mission")
        .await;
    let at = html
        .find("office-map.png")
        .expect("the image is on the lesson page");
    let start = html[..at].rfind("src=\"").expect("an <img src>") + 5;
    let src = &html[start..at + "office-map.png".len()];
    assert!(html.contains("alt=\"Карта офиса [план]\""), "alt text");
    assert!(html.contains("width=\"1280\""));
    let res = reader.get(src).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(&res.bytes().await.unwrap()[..], &stored[..]);
}

/// Without JavaScript the upload is a button of the editor's form: the lesson text as
/// typed (not saved yet) goes with the image and is kept, whatever becomes of the image.
async fn an_image_upload_keeps_the_lesson_text_typed_with_it(app: TestApp) {
    app.import_fixture_content();
    let lesson_file = "01-what-is-a-mission.ru.md";
    let lesson = format!("/ru/author/modules/mission/files/{lesson_file}");
    let upload = format!("{lesson}/image");
    let (owner, browser) = mission_owner(&app).await;
    let saved_text = || {
        authoring::draft(&app.db, &owner, "mission")
            .unwrap()
            .text(lesson_file)
            .unwrap()
    };

    // The page: the image fields and the upload button are the editor form's, whose
    // text area is the lesson's.
    let page = browser.text(&lesson).await;
    let csrf = csrf_of(&page);
    let tag_of = |needle: &str| {
        let at = page
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} on the page"));
        let start = page[..at].rfind('<').unwrap();
        page[start..at + page[at..].find('>').unwrap()].to_string()
    };
    let button = tag_of("formenctype=\"multipart/form-data\"");
    assert!(button.starts_with("<button"), "{button}");
    assert!(button.contains("form=\"editor-form\""), "{button}");
    assert!(
        button.contains(&format!("formaction=\"{upload}?csrf={csrf}\"")),
        "{button}"
    );
    for field in ["id=\"upload-image\"", "id=\"upload-alt\""] {
        assert!(tag_of(field).contains("form=\"editor-form\""), "{field}");
    }

    // What the browser sends: the form's fields in page order, the text first.
    let typed = |n: u32| format!("# Что такое миссия\r\n\r\nНабрано, не сохранено ({n}).\r\n");
    let lf = |n: u32| typed(n).replace("\r\n", "\n");
    let send = |text: String, alt: &'static str, image: Vec<u8>| {
        let csrf = csrf.clone();
        let browser = &browser;
        let upload = &upload;
        async move {
            browser
                .upload_parts(
                    upload,
                    Some(&csrf),
                    multipart_parts(&[
                        ("csrf", None, csrf.as_bytes()),
                        ("text", None, text.as_bytes()),
                        ("image", Some("plan.png"), image.as_slice()),
                        ("alt", None, alt.as_bytes()),
                    ]),
                )
                .await
                .unwrap()
        }
    };

    // Nothing typed and the image refused: no draft is made of the published text.
    let shown = form_fields(&page, "editor-form")
        .into_iter()
        .find(|(k, _)| k == "text")
        .unwrap()
        .1;
    let res = send(shown.replace('\n', "\r\n"), "", png(400, 200)).await;
    assert_eq!(res.status(), 422);
    assert!(!authoring::draft(&app.db, &owner, "mission")
        .unwrap()
        .exists());

    // The image is stored and the text saved with a reference to it at the end.
    let res = send(typed(1), "План", png(400, 200)).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let expected = format!("{}\n![План](plan.png)\n", lf(1));
    assert_eq!(saved_text(), expected);
    assert!(
        html.contains(&format!(">{expected}</textarea>")),
        "the editor shows the text as saved"
    );
    assert!(html.contains("Добавлено в конец текста урока"));
    assert!(authoring::draft(&app.db, &owner, "mission")
        .unwrap()
        .files
        .contains_key("plan.png"));

    // No alt text, not an image, too large: refused, and the text is kept.
    let big: Vec<u8> = (0..6 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    for (n, alt, image, status) in [
        (2, "", png(400, 200), 422),
        (3, "План", b"just some text\n".to_vec(), 422),
        (4, "План", big, 413),
    ] {
        let res = send(typed(n), alt, image).await;
        assert_eq!(res.status(), status, "case {n}");
        assert_eq!(saved_text(), lf(n), "case {n}: the typed text is saved");
        let html = res.text().await.unwrap();
        assert!(html.contains(&format!(">{}</textarea>", lf(n))), "case {n}");
    }
}

backend_tests!(
    an_image_upload_keeps_the_lesson_text_typed_with_it,
    checker_findings_are_shown_in_the_page_language,
    an_instructor_uploads_an_image_into_a_lesson,
    learners_switch_to_a_newer_version_only_when_they_choose,
    an_instructor_creates_a_module_in_the_browser,
    discarding_an_unpublished_module_removes_it,
    an_instructor_builds_every_question_type_with_the_form,
    pages_enforce_permissions,
    an_instructor_edits_publishes_and_learners_keep_their_version,
);
