//! The data layer on both backends: reversible migrations and accounts.

use academy_suite::Lang;
use academy_suite::{db_tests, TestDb};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::db::{migrations, DbConnection};

#[derive(QueryableByName, PartialEq, Eq, Debug)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// Tables, columns, types, indexes and constraints as text lines, sorted, so two schemas
/// can be compared; the migrations bookkeeping table is left out.
fn schema_of(conn: &mut DbConnection) -> Vec<String> {
    let lines: Vec<Line> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(
            "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS line FROM sqlite_master \
             WHERE name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations' ORDER BY 1",
        )
        .load(c),
        DbConnection::Pg(c) => diesel::sql_query(
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || \
                    is_nullable || ' ' || COALESCE(column_default, '') AS line \
               FROM information_schema.columns \
              WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations' \
             UNION ALL \
             SELECT 'index ' || indexdef FROM pg_indexes \
              WHERE schemaname = 'public' AND tablename <> '__diesel_schema_migrations' \
             UNION ALL \
             SELECT 'constraint ' || conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) \
               FROM pg_constraint WHERE connamespace = 'public'::regnamespace \
                AND conrelid::regclass::text <> '__diesel_schema_migrations' \
             ORDER BY 1",
        )
        .load(c),
    }
    .expect("read the schema");
    lines.into_iter().map(|l| l.line).collect()
}

fn migrations_are_reversible(test_db: &TestDb) {
    let url = enrollment::DatabaseUrl::parse(&test_db.url).unwrap();
    let mut conn = url.connect().unwrap();
    let applied = migrations::run_pending(&mut conn).unwrap();
    assert!(!applied.is_empty());
    let first = schema_of(&mut conn);
    assert!(first.iter().any(|l| l.contains("users")), "{first:?}");

    let reverted = migrations::revert_all(&mut conn).unwrap();
    assert_eq!(reverted.len(), applied.len());
    assert!(
        schema_of(&mut conn).is_empty(),
        "down migrations leave nothing behind"
    );

    migrations::run_pending(&mut conn).unwrap();
    assert_eq!(
        schema_of(&mut conn),
        first,
        "up → down → up gives the same schema"
    );
    assert!(migrations::pending(&mut conn).unwrap().is_empty());
}

fn accounts_are_unique_by_email_case_insensitively(test_db: &TestDb) {
    let db = test_db.open();
    let new = |email: &str| NewAccount {
        email: Email::parse(email).unwrap(),
        password: "a long enough password".into(),
        display_name: PersonName::parse("Гүлнара Әбдіқадырова").unwrap(),
        role: Role::Learner,
        language: Lang::Kk,
        must_change_password: false,
    };
    let created = accounts::create(&db, new("gulnara@example.kz")).unwrap();
    assert_eq!(created.display_name, "Гүлнара Әбдіқадырова");
    assert_eq!(created.language(), Lang::Kk);
    assert_eq!(created.role(), Role::Learner);
    assert!(created.password_matches("a long enough password"));
    assert!(!created.password_matches("another password"));

    let again = accounts::create(&db, new("Gulnara@Example.KZ"));
    assert!(
        matches!(again, Err(enrollment::Error::EmailTaken)),
        "{again:?}"
    );

    let found = accounts::find_by_email(&db, &Email::parse("GULNARA@example.kz").unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(found.id, created.id);
    assert_eq!(
        accounts::find(&db, created.id).unwrap().email,
        "gulnara@example.kz"
    );
    assert!(matches!(
        accounts::find(&db, created.id + 1000),
        Err(enrollment::Error::NotFound)
    ));
}

fn first_admin_is_created_once(test_db: &TestDb) {
    let db = test_db.open();
    let email = Email::parse("admin@academy.local").unwrap();
    let admin = accounts::ensure_first_admin(&db, &email)
        .unwrap()
        .expect("created");
    assert_eq!(admin.one_time_password.len(), 20);
    let account = accounts::find_by_email(&db, &email).unwrap().unwrap();
    assert_eq!(account.role(), Role::Admin);
    assert!(account.must_change_password);
    assert!(account.password_matches(&admin.one_time_password));
    assert!(accounts::ensure_first_admin(&db, &email).unwrap().is_none());
}

fn audit_log_records_in_the_callers_transaction(test_db: &TestDb) {
    use enrollment::audit::{self, Actor, Filter};
    let db = test_db.open();
    let staff = accounts::create(
        &db,
        NewAccount {
            email: Email::parse("auditor@academy.local").unwrap(),
            password: "a long enough password".into(),
            display_name: PersonName::parse("Auditor").unwrap(),
            role: Role::Staff,
            language: Lang::En,
            must_change_password: false,
        },
    )
    .unwrap();
    db.write(|c| {
        audit::record(
            c,
            &Actor::user(staff.id, "auditor@academy.local"),
            "certificate.revoke",
            "certificate:ABC",
            &serde_json::json!({"reason": "fraud"}),
        )
    })
    .unwrap();
    // A rolled-back transaction leaves no entry behind.
    let failed: enrollment::Result<()> = db.write(|c| {
        audit::record(
            c,
            &Actor::cli(),
            "module.publish",
            "module:x",
            &serde_json::json!({}),
        )?;
        Err(enrollment::Error::Forbidden)
    });
    assert!(failed.is_err());
    db.write(|c| {
        audit::record(
            c,
            &Actor::cli(),
            "module.publish",
            "module:y",
            &serde_json::json!({}),
        )
    })
    .unwrap();

    let all = audit::list(&db, &Filter::default(), 50).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].action, "module.publish", "newest first");
    assert_eq!(all[1].actor_id, Some(staff.id));
    assert!(all[1].detail.contains("fraud"));
    let certs = audit::list(
        &db,
        &Filter {
            action_prefix: Some("certificate.".into()),
            ..Filter::default()
        },
        50,
    )
    .unwrap();
    assert_eq!(certs.len(), 1);
    assert_eq!(certs[0].subject, "certificate:ABC");
    // Wildcards in a filter are not wildcards.
    let none = audit::list(
        &db,
        &Filter {
            action_prefix: Some("%".into()),
            subject: Some("certificate:%".into()),
            ..Filter::default()
        },
        50,
    )
    .unwrap();
    assert!(none.is_empty());
}

fn sqlite_pragmas_or_pg_connection(test_db: &TestDb) {
    let db = test_db.open();
    let mut conn = db.conn().unwrap();
    if let DbConnection::Sqlite(c) = &mut *conn {
        #[derive(QueryableByName)]
        struct Mode {
            #[diesel(sql_type = Text)]
            journal_mode: String,
        }
        let mode: Mode = diesel::sql_query("PRAGMA journal_mode")
            .get_result(c)
            .unwrap();
        assert_eq!(mode.journal_mode, "wal");
        // Foreign keys are enforced on every pooled connection.
        c.batch_execute(
            "CREATE TABLE fk_parent (id INTEGER PRIMARY KEY); \
                         CREATE TABLE fk_child (p INTEGER REFERENCES fk_parent(id));",
        )
        .unwrap();
        assert!(c
            .batch_execute("INSERT INTO fk_child (p) VALUES (42)")
            .is_err());
    } else {
        conn.batch_execute("SELECT 1").unwrap();
    }
}

db_tests!(
    migrations_are_reversible,
    accounts_are_unique_by_email_case_insensitively,
    first_admin_is_created_once,
    sqlite_pragmas_or_pg_connection,
    audit_log_records_in_the_callers_transaction,
);
