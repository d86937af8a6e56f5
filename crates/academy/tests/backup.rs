//! `academy backup` and `academy restore` against the real binary, on both backends:
//! a populated database is backed up while the server runs and a writer keeps
//! committing; the restored copy is intact and holds every row committed before the
//! backup started.

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use academy_suite::{repo_root, Backend, TestDb};
use enrollment::audit::{self, Actor};
use enrollment::Database;

fn academy(db_url: &str, data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_academy"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", db_url)
        .env("ACADEMY_DATA_DIR", data_dir)
        .env("ACADEMY_LOCALES_DIR", repo_root().join("locales"))
        .env("ACADEMY_CONTENT_DIR", repo_root().join("course-content"))
        .current_dir(data_dir);
    cmd
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn writes(db: &Database) -> Vec<String> {
    let filter = audit::Filter {
        action_prefix: Some("test.write".into()),
        ..Default::default()
    };
    audit::list(db, &filter, 1000)
        .unwrap()
        .into_iter()
        .map(|e| e.subject)
        .collect()
}

fn round_trip_under_load(backend: Backend) {
    let Some(source) = TestDb::create(backend) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    // Populate: the curriculum fixture, accounts, a server that created its admin.
    let fixture = repo_root().join("crates/courses/tests/fixtures/valid");
    ok(academy(&source.url, data.path())
        .arg("migrate")
        .output()
        .unwrap());
    ok(academy(&source.url, data.path())
        .args(["content", "import"])
        .arg(&fixture)
        .output()
        .unwrap());
    for i in 0..3 {
        ok(academy(&source.url, data.path())
            .args([
                "user",
                "create",
                "--email",
                &format!("learner{i}@example.org"),
            ])
            .output()
            .unwrap());
    }
    let mut server = Command::new(env!("CARGO_BIN_EXE_academy"));
    server
        .env("DATABASE_URL", &source.url)
        .env("ACADEMY_DATA_DIR", data.path())
        .env("ACADEMY_LOCALES_DIR", repo_root().join("locales"))
        .env("ACADEMY_CONTENT_DIR", repo_root().join("course-content"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut server = server.spawn().unwrap();

    // A writer that commits one row after another and notes each acknowledged commit.
    let db = source.open();
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, acknowledged, stop) = (db.clone(), acknowledged.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 0u32;
            while !stop.load(Ordering::Relaxed) {
                let subject = format!("write:{n}");
                db.write(|c| {
                    audit::record(
                        c,
                        &Actor::system(),
                        "test.write",
                        &subject,
                        &serde_json::json!({ "n": n }),
                    )
                })
                .expect("the writer's commit");
                acknowledged.lock().unwrap().push(subject);
                n += 1;
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while acknowledged.lock().unwrap().len() < 50 {
        assert!(Instant::now() < deadline, "the writer is stuck");
        std::thread::sleep(Duration::from_millis(10));
    }

    let file = data.path().join("backups/academy.backup");
    let before_backup = acknowledged.lock().unwrap().clone();
    let out = ok(academy(&source.url, data.path())
        .arg("backup")
        .arg(&file)
        .output()
        .unwrap());
    assert!(out.contains("backup written to"), "{out}");
    // The writer was not blocked by the backup: it kept committing.
    let during = acknowledged.lock().unwrap().len();
    std::thread::sleep(Duration::from_millis(200));
    assert!(acknowledged.lock().unwrap().len() > during);
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    let _ = server.kill();
    let _ = server.wait();

    // Recorded for the status page.
    let last = enrollment::backup::last_backup(&db)
        .unwrap()
        .expect("the backup is recorded");
    assert_eq!(
        Path::new(&last.destination).file_name(),
        file.file_name(),
        "{last:?}"
    );
    assert!(last.size_bytes > 0);
    assert_eq!(
        last.method,
        match backend {
            Backend::Sqlite => "sqlite-vacuum-into",
            Backend::Postgres => "pg_dump",
        }
    );

    // Never overwrites a file.
    let again = academy(&source.url, data.path())
        .arg("backup")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    // Restore into an empty database.
    let target = TestDb::create(backend).unwrap();
    let out = ok(academy(&target.url, data.path())
        .arg("restore")
        .arg(&file)
        .output()
        .unwrap());
    assert!(out.contains("restored from"), "{out}");
    let restored = target.open();
    let mut conn = restored.conn().unwrap();
    assert_eq!(
        enrollment::backup::integrity_check(&mut conn).unwrap(),
        "ok"
    );
    drop(conn);
    let present = writes(&restored);
    for subject in &before_backup {
        assert!(
            present.contains(subject),
            "{subject} was committed before the backup started but is missing"
        );
    }
    // Nothing appears that was never committed.
    let all = acknowledged.lock().unwrap().clone();
    assert!(present.iter().all(|s| all.contains(s)));
    for i in 0..3 {
        let email = enrollment::accounts::Email::parse(&format!("learner{i}@example.org")).unwrap();
        assert!(enrollment::accounts::find_by_email(&restored, &email)
            .unwrap()
            .is_some());
    }
    let catalogue = enrollment::catalog::catalogue(&restored).unwrap();
    assert_eq!(
        catalogue.levels.len(),
        enrollment::catalog::catalogue(&db).unwrap().levels.len()
    );

    // A database that holds data is not overwritten without --force.
    let refused = academy(&target.url, data.path())
        .arg("restore")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("already holds data"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    drop(restored);
    ok(academy(&target.url, data.path())
        .args(["restore", "--force"])
        .arg(&file)
        .output()
        .unwrap());
    assert_eq!(writes(&target.open()).len(), present.len());
}

#[test]
fn sqlite_backup_and_restore_under_load() {
    round_trip_under_load(Backend::Sqlite);
}

#[test]
fn postgres_backup_and_restore_under_load() {
    round_trip_under_load(Backend::Postgres);
}

#[test]
fn pg_dump_missing_is_a_clear_error() {
    let Some(db) = TestDb::create(Backend::Postgres) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    ok(academy(&db.url, data.path())
        .arg("migrate")
        .output()
        .unwrap());
    let out = academy(&db.url, data.path())
        .env("ACADEMY_PG_DUMP", data.path().join("no-such-pg_dump"))
        .arg("backup")
        .arg(data.path().join("x.dump"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pg_dump was not found"), "{err}");
    assert!(err.contains("postgresql-client"), "{err}");
}
