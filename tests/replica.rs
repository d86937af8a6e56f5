//! A read replica (`ACADEMY_REPLICA_URL`): the public catalogue is read from it; writes
//! and a learner's own progress go to the primary. A second PostgreSQL database stands
//! in for the replica, holding different content than the primary, so the test can see
//! which one answered.

use academy_suite::{csrf_of, repo_root, Backend, TestApp, TestDb};
use enrollment::accounts::Role;
use enrollment::{Database, DatabaseUrl, PoolOptions};
use reqwest::StatusCode;

fn import_fixture(db: &Database) -> courses::Catalog {
    let dir = repo_root().join("crates/courses/tests/fixtures/valid");
    let catalog = courses::load(&dir).expect("the fixture tree is valid");
    enrollment::content_import::import(db, &catalog, &dir).expect("import");
    catalog
}

#[test]
fn catalogue_reads_the_replica_writes_the_primary() {
    let (Some(primary), Some(replica)) = (
        TestDb::create(Backend::Postgres),
        TestDb::create(Backend::Postgres),
    ) else {
        return;
    };
    let replica_db = replica.open();
    import_fixture(&replica_db);
    let db = primary
        .open()
        .with_replica(
            &DatabaseUrl::parse(&replica.url).unwrap(),
            &PoolOptions::default(),
        )
        .unwrap();
    // Only the replica has content: the catalogue came from there.
    let catalogue = enrollment::catalog::catalogue(&db).unwrap();
    assert!(!catalogue.levels.is_empty(), "read from the replica");
    assert!(enrollment::catalog::catalogue(&primary.open())
        .unwrap()
        .levels
        .is_empty());
    assert!(db.replica_pool_state().is_some());
    assert_eq!(
        db.replica_url().map(|u| u.to_string()),
        Some(DatabaseUrl::parse(&replica.url).unwrap().to_string())
    );
    // Writes go to the primary.
    let (account, _) = academy_suite_account(&db);
    let email = enrollment::accounts::Email::parse(&account).unwrap();
    assert!(enrollment::accounts::find_by_email(&primary.open(), &email)
        .unwrap()
        .is_some());
    assert!(enrollment::accounts::find_by_email(&replica_db, &email)
        .unwrap()
        .is_none());
}

fn academy_suite_account(db: &Database) -> (String, i64) {
    use enrollment::accounts::{self, Email, NewAccount, PersonName};
    let account = accounts::create(
        db,
        NewAccount {
            email: Email::parse("replica-test@example.org").unwrap(),
            password: "a long enough password".into(),
            display_name: PersonName::parse("Replica Test").unwrap(),
            role: Role::Learner,
            language: courses::Lang::Ru,
            must_change_password: false,
        },
    )
    .unwrap();
    (account.email, account.id)
}

#[test]
fn a_sqlite_primary_refuses_a_replica() {
    let primary = TestDb::create(Backend::Sqlite).unwrap();
    let Some(replica) = TestDb::create(Backend::Postgres) else {
        return;
    };
    let err = primary
        .open()
        .with_replica(
            &DatabaseUrl::parse(&replica.url).unwrap(),
            &PoolOptions::default(),
        )
        .err()
        .expect("refused");
    assert!(err.to_string().contains("needs PostgreSQL"), "{err}");
}

/// The real application with `replica_url` set to a database whose content differs
/// from the primary's, to see where pages come from.
#[actix_web::test]
async fn the_app_serves_the_catalogue_from_the_replica() {
    let Some(replica) = TestDb::create(Backend::Postgres) else {
        return;
    };
    let replica_db = replica.open();
    let catalog = import_fixture(&replica_db);
    let replica_url = replica.url.clone();
    let Some(app) = TestApp::spawn_with(Backend::Postgres, |s| {
        s.replica_url = Some(web::Secret::new(replica_url))
    })
    .await
    else {
        return;
    };
    let title = catalog.levels[0].modules[0]
        .title
        .get(courses::Lang::Ru)
        .expect("a Russian title")
        .clone();
    // Anonymous catalogue: the replica's content, though the primary has none.
    let page = app.text("/ru/catalogue").await;
    assert!(page.contains(&title), "catalogue from the replica");
    // Writes go to the primary: an account created through the app is there, not on
    // the replica.
    let (account, password) = app.create_user(Role::Learner);
    let form = app.text("/ru/sign-in").await;
    let signed_in = app
        .post_form(
            "/ru/sign-in",
            &[
                ("csrf", &csrf_of(&form)),
                ("email", &account.email),
                ("password", &password),
            ],
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let email = enrollment::accounts::Email::parse(&account.email).unwrap();
    assert!(enrollment::accounts::find_by_email(&replica_db, &email)
        .unwrap()
        .is_none());
    assert!(enrollment::accounts::find_by_email(&app.db, &email)
        .unwrap()
        .is_some());
}

#[actix_web::test]
async fn same_database_through_another_url_as_replica() {
    let Some(test_db) = TestDb::create(Backend::Postgres) else {
        return;
    };
    // The same database by another host name: what a replica in front of a primary
    // looks like to the app when replication is synchronous.
    let other = test_db.url.replace("127.0.0.1", "localhost");
    let db = test_db
        .open()
        .with_replica(
            &DatabaseUrl::parse(&other).unwrap(),
            &PoolOptions::default(),
        )
        .unwrap();
    import_fixture(&db);
    assert!(!enrollment::catalog::catalogue(&db)
        .unwrap()
        .levels
        .is_empty());
    let state = db.replica_pool_state().unwrap();
    assert!(
        state.connections >= 1,
        "the replica pool was used: {state:?}"
    );
}

#[test]
fn a_replica_that_stops_answering_falls_back_to_the_primary() {
    let (Some(primary), Some(replica)) = (
        TestDb::create(Backend::Postgres),
        TestDb::create(Backend::Postgres),
    ) else {
        return;
    };
    let db = primary
        .open()
        .with_replica(
            &DatabaseUrl::parse(&replica.url).unwrap(),
            &PoolOptions {
                max_size: 2,
                connect_timeout: std::time::Duration::from_secs(1),
            },
        )
        .unwrap();
    import_fixture(&db);
    // The replica disappears (connections cut, database gone).
    {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        let mut admin = diesel::PgConnection::establish(&academy_suite::pg_admin_url()).unwrap();
        let name = replica.url.rsplit('/').next().unwrap().to_string();
        admin
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .unwrap();
    }
    let catalogue = enrollment::catalog::catalogue(&db).expect("served by the primary");
    assert!(!catalogue.levels.is_empty());
}
