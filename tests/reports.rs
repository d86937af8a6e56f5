//! Reports and demo data on both backends.

use academy_suite::{db_tests, repo_root, TestDb};
use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::demo::{self, DemoError, SeedOptions};
use enrollment::Database;

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn count(db: &Database, sql: &str) -> i64 {
    let mut c = db.conn().unwrap();
    diesel::sql_query(sql)
        .get_result::<Count>(&mut *c)
        .unwrap()
        .n
}

/// The real course tree, imported.
fn with_course(test_db: &TestDb) -> Database {
    let db = test_db.open();
    let dir = repo_root().join("course-content");
    let catalog = courses::load(&dir).unwrap();
    enrollment::content_import::import(&db, &catalog, &dir).unwrap();
    db
}

fn seed_options(learners: usize) -> SeedOptions {
    let mut opts = SeedOptions::new(learners);
    opts.now = NaiveDate::from_ymd_opt(2026, 11, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    opts
}

fn demo_seed_fills_a_fresh_database(test_db: &TestDb) {
    let db = with_course(test_db);
    let mut calls = 0;
    let s = demo::seed(&db, &seed_options(300), &mut |_, _| calls += 1).unwrap();
    assert!(calls >= 2, "progress is reported");
    assert_eq!(s.learners, 300);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) AS n FROM users WHERE email LIKE '%@demo.invalid'"
        ),
        300
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM enrolments") as u64,
        s.enrolments
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM lesson_progress") as u64,
        s.lesson_progress
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM quiz_attempts") as u64,
        s.quiz_attempts
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM certificates") as u64,
        s.certificates
    );
    // Plausible shape: more enrolments than learners, several lessons per enrolment,
    // some completions and certificates, and a mix of countries and genders.
    assert!(s.enrolments > 450 && s.enrolments < 1500, "{s:?}");
    assert!(s.lesson_progress > s.enrolments, "{s:?}");
    assert!(s.quiz_attempts > 50 && s.certificates > 30, "{s:?}");
    let completed = count(
        &db,
        "SELECT COUNT(*) AS n FROM enrolments WHERE completed_at IS NOT NULL",
    );
    assert!(completed > 0 && completed < s.enrolments as i64);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) AS n FROM certificates WHERE kind = 'module'"
        ),
        completed,
        "one module certificate per completed enrolment"
    );
    assert!(count(&db, "SELECT COUNT(DISTINCT country) AS n FROM users") >= 6);
    assert!(count(&db, "SELECT COUNT(DISTINCT gender) AS n FROM users") >= 3);
    assert!(count(&db, "SELECT COUNT(DISTINCT language) AS n FROM users") >= 6);
    assert!(
        count(
            &db,
            "SELECT COUNT(*) AS n FROM users WHERE created_at > '2026-11-01 12:00:00'"
        ) == 0,
        "nothing happens after 'now'"
    );
    // Nothing dangles, and every lesson completion belongs to the enrolment's module.
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM lesson_progress p LEFT JOIN enrolments e ON e.id = p.enrolment_id WHERE e.id IS NULL"),
        0
    );
    // Demo learners cannot sign in, not even with the marker stored as their hash.
    let first = count(&db, "SELECT MIN(id) AS n FROM users");
    for guess in ["anything at all", "!demo-account-no-login"] {
        assert!(
            enrollment::auth::sign_in(&db, &format!("demo-{first}@demo.invalid"), guess).is_err()
        );
    }
    // The certificates verify like real ones.
    let cert_id: String = {
        let mut c = db.conn().unwrap();
        diesel::sql_query("SELECT id AS n FROM certificates LIMIT 1")
            .get_result::<CertId>(&mut *c)
            .unwrap()
            .n
    };
    let record = enrollment::certificates::find(&db, &cert_id)
        .unwrap()
        .unwrap();
    let keys = enrollment::certificates::published_keys(&db).unwrap();
    certificates::verify(&record.payload, &keys).expect("a demo certificate verifies");

    // Seeding again replaces the demo data (same seed: the same numbers).
    let again = demo::seed(&db, &seed_options(300), &mut |_, _| {}).unwrap();
    assert_eq!(again.removed_demo_learners, 300);
    assert_eq!(again.enrolments, s.enrolments);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) AS n FROM users WHERE email LIKE '%@demo.invalid'"
        ),
        300
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM enrolments") as u64,
        s.enrolments
    );
}

#[derive(QueryableByName)]
struct CertId {
    #[diesel(sql_type = diesel::sql_types::Text)]
    n: String,
}

fn demo_seed_refuses_a_database_with_real_learners(test_db: &TestDb) {
    let db = with_course(test_db);
    accounts::create(
        &db,
        NewAccount {
            email: Email::parse("real@example.org").unwrap(),
            password: "a long enough password".into(),
            display_name: PersonName::parse("Real Learner").unwrap(),
            role: Role::Learner,
            language: academy_suite::Lang::Ru,
            must_change_password: false,
        },
    )
    .unwrap();
    match demo::seed(&db, &seed_options(10), &mut |_, _| {}) {
        Err(DemoError::RealLearners(1)) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM users"),
        1,
        "nothing written"
    );
    let mut forced = seed_options(10);
    forced.force = true;
    let s = demo::seed(&db, &forced, &mut |_, _| {}).unwrap();
    assert_eq!(s.learners, 10);
    assert_eq!(count(&db, "SELECT COUNT(*) AS n FROM users"), 11);
    // Removing demo data leaves the real learner alone.
    assert_eq!(demo::remove_demo_data(&db).unwrap(), 10);
    assert_eq!(count(&db, "SELECT COUNT(*) AS n FROM users"), 1);
}

db_tests!(
    demo_seed_fills_a_fresh_database,
    demo_seed_refuses_a_database_with_real_learners,
);

// ---------------------------------------------------------------------------------
// Reports on a fixed data set, with the figures worked out by hand.
//
// The fixture course: level "basics" with modules "mission" (2 lessons and a quiz) and
// "planning". Learners (all enrolled in "mission"):
//   1–8   Kazakhstan, female, enrolled 2026-03-05 10:00; 1–6 also in "planning" 2026-04-10
//   9–10  Kyrgyzstan, male, enrolled 2026-03-05 10:00
//   11–16 Uzbekistan, male, enrolled 2026-03-20 10:00
// Learners 1–5 and 9 finish both lessons and pass the quiz, completing "mission" after
// 5, 10, 10, 20, 30 and 2 days (median 10); they get module certificates. Learners
// 6–8 and 11–16 finish the first lesson only; learner 6 also fails one quiz attempt.
// ---------------------------------------------------------------------------------

use academy_suite::{backend_tests, csrf_of, TestApp};
use chrono::{Duration as Days, NaiveDateTime};
use enrollment::reports::{self, export, Dimension, Filters, Report, ReportKind};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn sql_ts(t: NaiveDateTime) -> String {
    t.format("'%Y-%m-%d %H:%M:%S'").to_string()
}

/// Writes the data set described above; returns the ids of learners 1..=16.
fn fixed_data(db: &Database) -> Vec<i64> {
    use diesel::connection::SimpleConnection;
    let catalogue = enrollment::catalog::catalogue(db).unwrap();
    let (_, mission) = catalogue.module("mission").unwrap();
    let (_, planning) = catalogue.module("planning").unwrap();
    let lessons: Vec<String> = mission
        .module
        .lessons
        .iter()
        .map(|l| l.slug.clone())
        .collect();
    assert_eq!(lessons.len(), 2);
    let mut c = db.conn().unwrap();
    let base = count(db, "SELECT COALESCE(MAX(id), 0) AS n FROM users") + 100;
    let ids: Vec<i64> = (1..=16).map(|n| base + n).collect();
    let mut sql = String::new();
    for (i, id) in ids.iter().enumerate() {
        let n = i + 1;
        let (country, gender) = match n {
            1..=8 => ("kz", "female"),
            9..=10 => ("kg", "male"),
            _ => ("uz", "male"),
        };
        sql.push_str(&format!(
            "INSERT INTO users (id, email, password_hash, display_name, certificate_name, role, language, country, gender, org_type, wants_accommodations, must_change_password, session_epoch, created_at, updated_at) \
             VALUES ({id}, 'learner{n}@example.org', 'x', 'L{n}', 'L{n}', 'learner', 'ru', '{country}', '{gender}', 'cso', FALSE, FALSE, 0, '2026-03-01 09:00:00', '2026-03-01 09:00:00');\n"
        ));
    }
    let days_to_complete = |n: usize| match n {
        1 => Some(5),
        2 | 3 => Some(10),
        4 => Some(20),
        5 => Some(30),
        9 => Some(2),
        _ => None,
    };
    for (i, id) in ids.iter().enumerate() {
        let n = i + 1;
        let enrolled = if n >= 11 {
            at("2026-03-20 10:00:00")
        } else {
            at("2026-03-05 10:00:00")
        };
        let done = days_to_complete(n).map(|d| enrolled + Days::days(d));
        let eid = id * 10;
        sql.push_str(&format!(
            "INSERT INTO enrolments (id, user_id, module_id, module_version, enrolled_at, completed_at, last_activity_at) VALUES ({eid}, {id}, {}, {}, {}, {}, {});\n",
            mission.id, mission.version, sql_ts(enrolled),
            done.map(sql_ts).unwrap_or_else(|| "NULL".into()), sql_ts(enrolled)
        ));
        if n <= 6 {
            sql.push_str(&format!(
                "INSERT INTO enrolments (id, user_id, module_id, module_version, enrolled_at, last_activity_at) VALUES ({}, {id}, {}, {}, '2026-04-10 10:00:00', '2026-04-10 10:00:00');\n",
                eid + 1, planning.id, planning.version
            ));
        }
        if n == 10 {
            continue; // enrolled, nothing else
        }
        let first = enrolled + Days::days(1);
        sql.push_str(&format!(
            "INSERT INTO lesson_progress (enrolment_id, lesson_slug, position, completed_at, updated_at) VALUES ({eid}, '{}', 100, {}, {});\n",
            lessons[0], sql_ts(first), sql_ts(first)
        ));
        if let Some(done) = done {
            let second = done - Days::hours(1);
            sql.push_str(&format!(
                "INSERT INTO lesson_progress (enrolment_id, lesson_slug, position, completed_at, updated_at) VALUES ({eid}, '{}', 100, {}, {});\n",
                lessons[1], sql_ts(second), sql_ts(second)
            ));
            sql.push_str(&format!(
                "INSERT INTO quiz_attempts (public_id, enrolment_id, user_id, module_id, module_version, attempt_no, lang, seed, answers, started_at, submitted_at, score_percent, passed) VALUES ('p{id}', {eid}, {id}, {}, {}, 1, 'ru', 1, '{{}}', {}, {}, 90, TRUE);\n",
                mission.id, mission.version, sql_ts(done - Days::minutes(20)), sql_ts(done)
            ));
            sql.push_str(&format!(
                "INSERT INTO certificates (id, user_id, kind, subject_slug, holder_name, title, lang, completed_on, key_id, payload, issued_at, hidden) VALUES ('C{id}', {id}, 'module', 'mission', 'L{n}', 'Mission', 'ru', '{}', 'k1', 'x', {}, FALSE);\n",
                done.format("%Y-%m-%d"), sql_ts(done)
            ));
        }
        if n == 6 {
            sql.push_str(&format!(
                "INSERT INTO quiz_attempts (public_id, enrolment_id, user_id, module_id, module_version, attempt_no, lang, seed, answers, started_at, submitted_at, score_percent, passed) VALUES ('p{id}', {eid}, {id}, {}, {}, 1, 'ru', 1, '{{}}', '2026-03-20 10:00:00', '2026-03-20 10:30:00', 40, FALSE);\n",
                mission.id, mission.version
            ));
        }
    }
    c.batch_execute(&sql).unwrap();
    ids
}

fn spring() -> Filters {
    Filters::period(
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 4, 30).unwrap(),
    )
    .unwrap()
}

fn texts(row: &reports::Row) -> Vec<String> {
    row.cells.iter().map(|c| c.text()).collect()
}

fn by_key<'a>(r: &'a Report, keys: &[&str]) -> &'a reports::Row {
    r.rows
        .iter()
        .find(|row| row.keys.iter().map(String::as_str).eq(keys.iter().copied()))
        .unwrap_or_else(|| panic!("no row {keys:?} in {:?}", r.rows))
}

fn reports_match_the_hand_computed_figures(test_db: &TestDb) {
    let db = test_db.open();
    let dir = repo_root().join("crates/courses/tests/fixtures/valid");
    enrollment::content_import::import(&db, &courses::load(&dir).unwrap(), &dir).unwrap();
    fixed_data(&db);
    let f = spring();

    // Enrolments: 16 in "mission" + 6 in "planning" = 22, by 16 learners.
    let r = reports::run(&db, ReportKind::Enrolments, &f, &[]).unwrap();
    assert_eq!(texts(&r.total), ["22", "16"]);
    // By country: kz 14 (8 learners); kg has 2 learners → "<5"; uz (6 learners) is the
    // smallest shown cell and is hidden too, or kg would be total − kz − uz.
    let r = reports::run(&db, ReportKind::Enrolments, &f, &[Dimension::Country]).unwrap();
    assert_eq!(texts(by_key(&r, &["kz"])), ["14", "8"]);
    assert_eq!(texts(by_key(&r, &["kg"])), ["<5", "<5"]);
    assert_eq!(texts(by_key(&r, &["uz"])), ["<5", "<5"]);
    assert_eq!(texts(&r.total), ["22", "16"]);
    // By month: March 16 enrolments by 16 learners, April 6 by 6.
    let r = reports::run(&db, ReportKind::Enrolments, &f, &[Dimension::Month]).unwrap();
    assert_eq!(texts(by_key(&r, &["2026-03"])), ["16", "16"]);
    assert_eq!(texts(by_key(&r, &["2026-04"])), ["6", "6"]);
    // By module: mission 16, planning 6.
    let r = reports::run(&db, ReportKind::Enrolments, &f, &[Dimension::Module]).unwrap();
    assert_eq!(texts(by_key(&r, &["mission"])), ["16", "16"]);
    assert_eq!(texts(by_key(&r, &["planning"])), ["6", "6"]);
    // A filter: Kazakhstan only.
    let mut kz = f.clone();
    kz.set("country", "kz").unwrap();
    let r = reports::run(&db, ReportKind::Enrolments, &kz, &[]).unwrap();
    assert_eq!(texts(&r.total), ["14", "8"]);
    // A period that ends before April leaves "planning" out.
    let march = Filters::period(f.from, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()).unwrap();
    let r = reports::run(&db, ReportKind::Enrolments, &march, &[]).unwrap();
    assert_eq!(texts(&r.total), ["16", "16"]);

    // Activity: lessons 6×2 + 9×1 = 21 by 15 learners; 7 quiz attempts by 7 learners,
    // 6 passed (85.7 %); 15 active learners (learner 10 did nothing).
    let r = reports::run(&db, ReportKind::Activity, &f, &[]).unwrap();
    assert_eq!(texts(&r.total), ["15", "21", "7", "6", "85.7"]);

    // Completions: 6 modules by 6 learners, median 10 days. By country kz has 5, kg 1:
    // kg is hidden, and with it kz (the only other cell).
    let r = reports::run(&db, ReportKind::Completions, &f, &[]).unwrap();
    assert_eq!(texts(&r.total), ["6", "6", "10.0"]);
    let r = reports::run(&db, ReportKind::Completions, &f, &[Dimension::Country]).unwrap();
    assert_eq!(texts(by_key(&r, &["kz"])), ["<5", "<5", "<5"]);
    assert_eq!(texts(by_key(&r, &["kg"])), ["<5", "<5", "<5"]);

    // Certificates: 6, all module certificates; no level completed ("<5").
    let r = reports::run(&db, ReportKind::Certificates, &f, &[]).unwrap();
    assert_eq!(texts(&r.total), ["6", "6", "<5"]);

    // Funnel of "mission": 16 enrolled; 15 read lesson 1 (drop-off 1: hidden, and so is
    // the stage it would follow from); 6 read lesson 2 (its drop-off follows a hidden
    // stage: hidden); 6 passed the quiz and 6 completed (drop-offs of 0: hidden, with
    // their stages).
    let mut m = f.clone();
    m.set("module", "mission").unwrap();
    let r = reports::run(&db, ReportKind::Funnel, &m, &[]).unwrap();
    let stages: Vec<(&str, Vec<String>)> = r
        .rows
        .iter()
        .map(|row| (row.keys[0].as_str(), texts(row)))
        .collect();
    assert_eq!(stages.len(), 5, "{stages:?}");
    assert_eq!(stages[0].0, "enrolled");
    assert_eq!(stages[0].1, ["16", "", "100.0"]);
    assert_eq!(stages[1].1, ["<5", "<5", "<5"]);
    assert_eq!(stages[2].1, ["6", "<5", "37.5"]);
    assert_eq!(stages[3].0, "quiz-passed");
    assert_eq!(stages[3].1, ["<5", "<5", "<5"]);
    assert_eq!(stages[4].0, "completed");
}

/// Every report, every breakdown and pair of breakdowns: a shown figure is about at
/// least 5 learners, no line has exactly one hidden cell, and every export shows
/// exactly the same texts.
fn suppression_holds_everywhere(test_db: &TestDb) {
    let db = test_db.open();
    let dir = repo_root().join("crates/courses/tests/fixtures/valid");
    enrollment::content_import::import(&db, &courses::load(&dir).unwrap(), &dir).unwrap();
    fixed_data(&db);
    let f = spring();
    let mut breakdowns: Vec<Vec<Dimension>> = vec![vec![]];
    for a in Dimension::ALL {
        breakdowns.push(vec![a]);
        for b in Dimension::ALL {
            if a != b {
                breakdowns.push(vec![a, b]);
            }
        }
    }
    let labels = export::Labels::default();
    for kind in ReportKind::ALL {
        for by in &breakdowns {
            let r = reports::run(&db, kind, &f, by).unwrap();
            for row in r.rows.iter().chain([&r.total]) {
                for cell in &row.cells {
                    if cell.learners < reports::THRESHOLD {
                        assert!(cell.hidden, "{kind:?} {by:?} {row:?}");
                        assert_eq!(cell.text(), "<5");
                    }
                }
            }
            if kind != ReportKind::Funnel && !by.is_empty() {
                for col in 0..r.columns.len() {
                    let hidden = r.rows.iter().filter(|x| x.cells[col].hidden).count();
                    if r.rows.len() > 1 {
                        assert_ne!(hidden, 1, "{kind:?} {by:?} column {col}");
                    }
                    for d in 0..by.len() {
                        // (rows, hidden) per line; a line of one row is its own margin.
                        let mut lines: std::collections::HashMap<Vec<&str>, (usize, usize)> =
                            Default::default();
                        for x in &r.rows {
                            let rest: Vec<&str> = x
                                .keys
                                .iter()
                                .enumerate()
                                .filter(|(j, _)| *j != d)
                                .map(|(_, k)| k.as_str())
                                .collect();
                            let e = lines.entry(rest).or_default();
                            e.0 += 1;
                            e.1 += x.cells[col].hidden as usize;
                        }
                        assert!(
                            lines.values().all(|&(n, h)| n < 2 || h != 1),
                            "{kind:?} {by:?}"
                        );
                    }
                }
            }
            // The exports carry the same texts.
            let (_, table) = export::table(&r, &labels);
            let csv = String::from_utf8(export::csv(&r, &labels).unwrap()).unwrap();
            for line in &table {
                for cell in line {
                    assert!(csv.contains(cell.as_str()), "{cell} not in {csv}");
                }
            }
            let json = export::json(&r).to_string();
            let hidden = r
                .rows
                .iter()
                .flat_map(|x| &x.cells)
                .filter(|c| c.hidden)
                .count()
                + r.total.cells.iter().filter(|c| c.hidden).count();
            assert_eq!(json.matches("\"<5\"").count(), hidden, "{kind:?} {by:?}");
        }
    }
}

db_tests!(
    reports_match_the_hand_computed_figures,
    suppression_holds_everywhere
);

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
    assert_eq!(res.status(), 303);
}

const REPORT_URLS: &[&str] = &[
    "/ru/reports",
    "/ru/reports?report=funnel&module=mission",
    "/ru/reports/export.csv?report=enrolments&from=2026-03-01&to=2026-04-30",
    "/ru/reports/export.xlsx?report=enrolments&from=2026-03-01&to=2026-04-30",
    "/ru/reports/learners.csv?from=2026-03-01&to=2026-04-30",
];

async fn only_staff_and_admins_see_reports(app: TestApp) {
    app.import_fixture_content();
    for role in [Role::Learner, Role::Instructor, Role::Translator] {
        let (account, password) = app.create_user(role);
        sign_in(&app, &account.email, &password).await;
        for url in REPORT_URLS {
            assert_eq!(app.get(url).await.status(), 403, "{role:?} {url}");
        }
        let page = app.text("/ru/dashboard").await;
        app.post_form("/ru/sign-out", &[("csrf", &csrf_of(&page))])
            .await;
    }
    for role in [Role::Staff, Role::Admin] {
        let (account, password) = app.create_user(role);
        sign_in(&app, &account.email, &password).await;
        for url in REPORT_URLS {
            assert_eq!(app.get(url).await.status(), 200, "{role:?} {url}");
        }
        let page = app.text("/ru/dashboard").await;
        assert!(
            page.contains("href=\"/ru/manage\""),
            "the nav links to the tools"
        );
        assert!(
            app.text("/ru/manage")
                .await
                .contains("href=\"/ru/reports\""),
            "the tools page links to the reports"
        );
        app.post_form("/ru/sign-out", &[("csrf", &csrf_of(&page))])
            .await;
    }
}

async fn pages_and_exports_show_the_same_figures(app: TestApp) {
    app.import_fixture_content();
    fixed_data(&app.db);
    let (staff, password) = app.create_user(Role::Staff);
    sign_in(&app, &staff.email, &password).await;
    let q = "report=enrolments&from=2026-03-01&to=2026-04-30&by=country";

    // The page: a chart and a table with the same figures, in Russian.
    let page = app.text(&format!("/ru/reports?{q}")).await;
    assert!(page.contains("<svg"), "a server-drawn chart");
    assert!(page.contains("<table"), "a table beside it");
    assert!(page.contains("Казахстан") && page.contains("Страна"));
    assert!(
        page.contains(">14<") && page.contains(">22<"),
        "kz and the total"
    );
    assert!(page.contains("&lt;5"), "hidden cells");
    // Scripts only enhance: no inline script, and the chart is not drawn by one.
    assert!(!page.contains("<script>"), "no inline JavaScript");

    // CSV: BOM, Russian headers, the same rows.
    let csv = app
        .get(&format!("/ru/reports/export.csv?{q}"))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(&csv[..3], b"\xEF\xBB\xBF");
    let csv = String::from_utf8(csv[3..].to_vec()).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "Страна,Записей на курс,Слушателей");
    assert!(lines.contains(&"Казахстан,14,8"), "{csv}");
    assert!(lines.contains(&"Кыргызстан,<5,<5"), "{csv}");
    assert!(lines.contains(&"Узбекистан,<5,<5"), "{csv}");
    assert!(lines.contains(&"Итого,22,16"), "{csv}");
    // In Kazakh the headers are Kazakh.
    let kk = app
        .get(&format!("/kk/reports/export.csv?{q}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(kk.contains("Ел,"), "{kk}");

    // XLSX: a real workbook with the same texts.
    let xlsx = app
        .get(&format!("/ru/reports/export.xlsx?{q}"))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(&xlsx[..2], b"PK");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.xlsx");
    std::fs::write(&path, &xlsx).unwrap();
    let unzip = |member: &str| {
        let out = std::process::Command::new("unzip")
            .args(["-p", path.to_str().unwrap(), member])
            .output()
            .expect("unzip is installed");
        assert!(out.status.success(), "{member} in the workbook");
        String::from_utf8(out.stdout).unwrap()
    };
    let strings = unzip("xl/sharedStrings.xml");
    for s in ["Страна", "Казахстан", "&lt;5", "Итого"] {
        assert!(strings.contains(s), "{s} in {strings}");
    }
    let sheet = unzip("xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<v>14</v>") && sheet.contains("<v>22</v>"),
        "{sheet}"
    );

    // The learner list is audited.
    let before = count(
        &app.db,
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report.learner-list'",
    );
    let list = app
        .get("/ru/reports/learners.csv?from=2026-03-01&to=2026-03-31&country=kg")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("learner9@example.org") && list.contains("learner10@example.org"));
    assert!(
        !list.contains("learner1@example.org"),
        "the country filter applies"
    );
    let after = count(
        &app.db,
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'report.learner-list'",
    );
    assert_eq!(after, before + 1);
}

backend_tests!(
    only_staff_and_admins_see_reports,
    pages_and_exports_show_the_same_figures
);

// ---------------------------------------------------------------------------------
// The rollups (enrollment::reports::rollup) against a fresh recomputation from the raw
// tables, after a random mix of the writes learners, offline clients, staff and the
// demo seeder make.
// ---------------------------------------------------------------------------------

use enrollment::reports::rollup;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = diesel::sql_types::Text)]
    line: String,
}

/// Every row of the rollup tables as text, in a stable order.
fn rollup_rows(db: &Database) -> Vec<String> {
    let t = |c: &str| format!("COALESCE(CAST({c} AS TEXT), '-')");
    let mut lm = vec![
        "scope", "month", "user_id", "unit", "country", "language", "gender", "org_type",
    ];
    let measures = [
        "enrol", "active", "lesson", "attempt", "complete", "cert", "certm", "certl",
    ];
    let cols: Vec<String> = measures
        .iter()
        .flat_map(|m| {
            [
                format!("{m}_days"),
                format!("{m}_prev"),
                format!("{m}_prev_days"),
            ]
        })
        .collect();
    lm.extend(cols.iter().map(String::as_str));
    let tables: [(&str, Vec<&str>); 3] = [
        (
            "report_daily",
            vec![
                "day",
                "module_id",
                "level_id",
                "country",
                "language",
                "gender",
                "org_type",
                "enrolments",
                "lessons",
                "attempts",
                "passes",
                "completions",
                "module_certificates",
                "level_certificates",
            ],
        ),
        (
            "report_funnel",
            vec![
                "module_id",
                "day",
                "stage",
                "country",
                "language",
                "gender",
                "org_type",
                "learners",
            ],
        ),
        ("report_learner_months", lm),
    ];
    let mut out = Vec::new();
    let mut c = db.conn().unwrap();
    for (table, cols) in tables {
        let expr: Vec<String> = cols.iter().map(|c| t(c)).collect();
        let sql = format!(
            "SELECT '{table}' || ' ' || {} AS line FROM {table}",
            expr.join(" || ' ' || ")
        );
        out.extend(
            diesel::sql_query(sql)
                .load::<Line>(&mut *c)
                .unwrap()
                .into_iter()
                .map(|l| l.line),
        );
    }
    out.sort();
    out
}

fn same_cells(a: &reports::Row, b: &reports::Row, what: &str) {
    assert_eq!(a.keys, b.keys, "{what}");
    assert_eq!(a.cells.len(), b.cells.len(), "{what}");
    for (x, y) in a.cells.iter().zip(&b.cells) {
        assert_eq!(x.hidden, y.hidden, "{what}: {a:?} vs {b:?}");
        assert_eq!(x.learners, y.learners, "{what}: {a:?} vs {b:?}");
        match (x.value, y.value) {
            (reports::Value::Days(p), reports::Value::Days(q))
            | (reports::Value::Percent(p), reports::Value::Percent(q)) => {
                assert!((p - q).abs() < 1e-6, "{what}: {a:?} vs {b:?}")
            }
            (p, q) => assert_eq!(p, q, "{what}: {a:?} vs {b:?}"),
        }
    }
}

/// Every report, over periods that start and end mid-month, in one month and across
/// years, with every kind of breakdown and filter, equals the raw computation; and
/// the incrementally kept tables equal a rebuild from scratch.
fn assert_rollups_exact(db: &Database, label: &str) {
    let catalogue = enrollment::catalog::catalogue(db).unwrap();
    let level = catalogue.levels[1].level.slug.clone();
    let module = catalogue.modules().nth(1).unwrap().module.slug.clone();
    let d = |s| reports::filters::parse_date(s).unwrap();
    let periods = [
        ("2024-01-01", "2026-12-31"),
        ("2026-03-05", "2026-03-20"),
        ("2025-12-31", "2026-06-10"),
    ];
    let bys: [&[Dimension]; 7] = [
        &[],
        &[Dimension::Country],
        &[Dimension::Month],
        &[Dimension::Module],
        &[Dimension::Gender, Dimension::Level],
        &[Dimension::Level, Dimension::OrgType],
        &[Dimension::Module, Dimension::Month],
    ];
    for (from, to) in periods {
        for filter in ["", "country=kz", "level", "module"] {
            let mut f = Filters::period(d(from), d(to)).unwrap();
            match filter {
                "level" => f.set("level", &level).unwrap(),
                "module" => f.set("module", &module).unwrap(),
                "" => {}
                kv => {
                    let (k, v) = kv.split_once('=').unwrap();
                    f.set(k, v).unwrap()
                }
            }
            for kind in ReportKind::ALL {
                for by in bys {
                    if kind == ReportKind::Funnel && !by.is_empty() {
                        continue;
                    }
                    let what = format!("{label}: {kind:?} by {by:?} {from}..{to} {filter}");
                    let fast = reports::run(db, kind, &f, by).unwrap();
                    let raw = reports::run_from_raw(db, kind, &f, by).unwrap();
                    assert_eq!(fast.rows.len(), raw.rows.len(), "{what}");
                    for (a, b) in fast.rows.iter().zip(&raw.rows) {
                        same_cells(a, b, &what);
                    }
                    same_cells(&fast.total, &raw.total, &what);
                }
            }
        }
    }
    let kept = rollup_rows(db);
    rollup::rebuild(db, &mut |_, _| {}).unwrap();
    let rebuilt = rollup_rows(db);
    assert!(!rebuilt.is_empty() || label.contains("removed"));
    assert_eq!(kept, rebuilt, "{label}: kept rollups equal a rebuild");
}

fn rollups_equal_the_raw_tables_after_random_writes(test_db: &TestDb) {
    use diesel::connection::SimpleConnection;
    use enrollment::sync::{self, Event, EventKind};
    let db = with_course(test_db);
    let mut opts = seed_options(150);
    opts.history_days = 400;
    demo::seed(&db, &opts, &mut |_, _| {}).unwrap();
    assert_rollups_exact(&db, "after demo seed");

    let catalogue = enrollment::catalog::catalogue(&db).unwrap();
    let modules: Vec<(String, Vec<String>)> = catalogue
        .modules()
        .map(|m| {
            (
                m.module.slug.clone(),
                m.module.lessons.iter().map(|l| l.slug.clone()).collect(),
            )
        })
        .collect();
    let users: Vec<i64> = {
        #[derive(QueryableByName)]
        struct Id {
            #[diesel(sql_type = BigInt)]
            id: i64,
        }
        let mut c = db.conn().unwrap();
        diesel::sql_query("SELECT id FROM users ORDER BY id")
            .load::<Id>(&mut *c)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect()
    };
    let mut rng = StdRng::seed_from_u64(20261123);
    let when = |rng: &mut StdRng| {
        at("2025-12-01 00:00:00") + Days::minutes(rng.gen_range(0..60 * 24 * 330))
    };
    for round in 0..2 {
        for step in 0..60 {
            let user = users[rng.gen_range(0..users.len())];
            let (module, lessons) = &modules[rng.gen_range(0..modules.len())];
            let lesson = &lessons[rng.gen_range(0..lessons.len())];
            match rng.gen_range(0..8) {
                // A lesson read online (enrolling first), at a past moment.
                0 | 1 => {
                    let _ = enrollment::learning::enrol_module(&db, user, module);
                    let _ = enrollment::learning::record_lesson(
                        &db,
                        user,
                        module,
                        lesson,
                        Some(100),
                        true,
                        when(&mut rng),
                    );
                }
                // An offline batch.
                2 => {
                    let _ = enrollment::learning::enrol_module(&db, user, module);
                    let events = lessons
                        .iter()
                        .enumerate()
                        .map(|(i, l)| Event {
                            id: format!("r{round}-s{step}-{i}"),
                            at: when(&mut rng).and_utc(),
                            kind: EventKind::Lesson {
                                module: module.clone(),
                                lesson: l.clone(),
                                position: Some(100),
                                completed: true,
                            },
                        })
                        .collect();
                    let _ = sync::apply(&db, user, events);
                }
                // A profile edit moves all of the learner's figures.
                3 => {
                    let country = ["kz", "kg", "uz", "tj", "az"][rng.gen_range(0..5)];
                    let gender = ["'female'", "'male'", "NULL"][rng.gen_range(0..3)];
                    let mut c = db.conn().unwrap();
                    c.batch_execute(&format!(
                        "UPDATE users SET country = '{country}', gender = {gender} WHERE id = {user}"
                    ))
                    .unwrap();
                }
                // A certificate revoked.
                4 => {
                    #[derive(QueryableByName)]
                    struct Id {
                        #[diesel(sql_type = diesel::sql_types::Text)]
                        id: String,
                    }
                    let ids: Vec<Id> = diesel::sql_query(
                        "SELECT id FROM certificates WHERE revoked_at IS NULL ORDER BY id",
                    )
                    .load(&mut *db.conn().unwrap())
                    .unwrap();
                    if !ids.is_empty() {
                        let id = &ids[rng.gen_range(0..ids.len())].id;
                        enrollment::certificates::revoke(
                            &db,
                            &enrollment::audit::Actor::system(),
                            id,
                            certificates::RevocationReason::IssuedInError,
                            "test",
                        )
                        .unwrap();
                    }
                }
                // An account deleted: everything cascades, certificates outlive it.
                5 => {
                    let mut c = db.conn().unwrap();
                    c.batch_execute(&format!("DELETE FROM users WHERE id = {user}"))
                        .unwrap();
                }
                // A completion time moved back (offline sync keeps the earliest) and an
                // enrolment completed late.
                6 => {
                    let mut c = db.conn().unwrap();
                    c.batch_execute(&format!(
                        "UPDATE lesson_progress SET completed_at = {} WHERE id IN \
                           (SELECT lp.id FROM lesson_progress lp JOIN enrolments e ON e.id = lp.enrolment_id \
                            WHERE e.user_id = {user} AND lp.completed_at IS NOT NULL);
                         UPDATE enrolments SET completed_at = {} WHERE user_id = {user} AND completed_at IS NULL",
                        sql_ts(when(&mut rng)),
                        sql_ts(when(&mut rng)),
                    ))
                    .unwrap();
                }
                // A quiz attempt submitted (passed or not).
                _ => {
                    let mut c = db.conn().unwrap();
                    c.batch_execute(&format!(
                        "INSERT INTO quiz_attempts (public_id, enrolment_id, user_id, module_id, module_version, attempt_no, lang, seed, answers, started_at, submitted_at, score_percent, passed) \
                         SELECT 'rq{round}-{step}', e.id, e.user_id, e.module_id, e.module_version, \
                                (SELECT COUNT(*) + 1 FROM quiz_attempts q WHERE q.enrolment_id = e.id), \
                                'ru', 1, '{{}}', {t}, {t}, 80, {passed} \
                         FROM enrolments e WHERE e.user_id = {user} ORDER BY e.id LIMIT 1",
                        t = sql_ts(when(&mut rng)),
                        passed = if rng.gen_bool(0.6) { "TRUE" } else { "FALSE" },
                    ))
                    .unwrap();
                }
            }
        }
        assert_rollups_exact(&db, &format!("after round {round}"));
    }
    demo::remove_demo_data(&db).unwrap();
    assert_rollups_exact(&db, "after the demo data was removed");
}

db_tests!(rollups_equal_the_raw_tables_after_random_writes);

/// The server's background refresher takes the change marks and brings the rollups up
/// to date without anyone opening a report.
async fn the_server_refreshes_rollups_in_the_background(backend: academy_suite::Backend) {
    let Some(app) =
        academy_suite::TestApp::spawn_with(backend, |s| s.report_refresh_secs = 1).await
    else {
        return;
    };
    app.import_fixture_content();
    fixed_data(&app.db);
    let marks = "SELECT (SELECT COUNT(*) FROM report_dirty_days) \
                 + (SELECT COUNT(*) FROM report_dirty_users) AS n";
    assert!(count(&app.db, marks) > 0, "the writes left marks");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while count(&app.db, marks) > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the marks are still there after 30 s"
        );
        actix_web::rt::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let kept = rollup_rows(&app.db);
    assert!(!kept.is_empty(), "the refresh filled the rollups");
    rollup::rebuild(&app.db, &mut |_, _| {}).unwrap();
    assert_eq!(
        kept,
        rollup_rows(&app.db),
        "the refreshed rollups equal a rebuild"
    );
}

mod the_server_refreshes_rollups_in_the_background {
    #[actix_web::test]
    async fn sqlite() {
        super::the_server_refreshes_rollups_in_the_background(academy_suite::Backend::Sqlite).await;
    }
    #[actix_web::test]
    async fn postgres() {
        super::the_server_refreshes_rollups_in_the_background(academy_suite::Backend::Postgres)
            .await;
    }
}
