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
