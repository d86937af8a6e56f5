//! Durability (issue #11, item 7), against the real `academy serve` process on both
//! backends: eight learners write at once through the JSON API (lesson progress through
//! `/api/v1/sync`, quiz submissions); the server is killed with SIGKILL in the middle
//! and restarted; every write it acknowledged with a 2xx is still there, the database
//! passes SQLite's `PRAGMA integrity_check`, and no request failed (no "database is
//! locked" under eight concurrent writers). A second test puts eight writer threads
//! straight on the service, without HTTP in between, to load the lock harder.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use academy_suite::{repo_root, Backend, TestDb};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::Database;
use serde_json::{json, Value};

use common::{academy, Server};

const WRITERS: usize = 8;

struct Learner {
    id: i64,
    email: String,
    password: String,
}

/// The fixture course and eight learners enrolled in its first module (which has the
/// quiz); returns the module slug and its lesson slugs.
fn populate(db: &Database) -> (Vec<Learner>, String, Vec<String>) {
    let dir = repo_root().join("crates/courses/tests/fixtures/valid");
    let catalog = courses::load(&dir).unwrap();
    enrollment::content_import::import(db, &catalog, &dir).unwrap();
    let catalogue = enrollment::catalog::catalogue(db).unwrap();
    let slug = catalogue.levels[0].modules[0].module.slug.clone();
    let learners: Vec<Learner> = (0..WRITERS)
        .map(|i| {
            let password = format!("durable password {i} {}", rand::random::<u32>());
            let email = format!("writer{i}@example.org");
            let account = accounts::create(
                db,
                NewAccount {
                    email: Email::parse(&email).unwrap(),
                    password: password.clone(),
                    display_name: PersonName::parse(&format!("Writer {i}")).unwrap(),
                    role: Role::Learner,
                    language: courses::Lang::Ru,
                    must_change_password: false,
                },
            )
            .unwrap();
            enrollment::learning::enrol_module(db, account.id, &slug).unwrap();
            Learner {
                id: account.id,
                email,
                password,
            }
        })
        .collect();
    let learner = enrollment::learning::learner(db, learners[0].id).unwrap();
    let lessons = learner
        .enrolment(&slug)
        .unwrap()
        .module
        .lessons
        .iter()
        .map(|l| l.slug.clone())
        .collect();
    (learners, slug, lessons)
}

#[derive(Default)]
struct Acknowledged {
    /// (user id, client event id) of every sync event answered `applied`.
    events: Vec<(i64, String)>,
    /// (user id, attempt id) of every submission answered 200.
    submissions: Vec<(i64, String)>,
    /// Requests the server answered with anything but 2xx before it was killed.
    failures: Vec<String>,
}

async fn token(client: &reqwest::Client, base: &str, l: &Learner) -> String {
    let reply: Value = client
        .post(format!("{base}/api/v1/auth/token"))
        .json(&json!({"email": l.email, "password": l.password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    reply["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("no token: {reply}"))
        .to_string()
}

/// What one request came to: acknowledged with its JSON, refused (a failure to
/// report), or no answer (the server is gone).
enum Reply {
    Ok(Value),
    Refused(String),
    Gone,
}

async fn send(req: reqwest::RequestBuilder, what: &str) -> Reply {
    match req.send().await {
        Err(_) => Reply::Gone,
        Ok(r) if r.status().is_success() => match r.json().await {
            Ok(v) => Reply::Ok(v),
            // The connection broke while the body was on its way: not acknowledged.
            Err(_) => Reply::Gone,
        },
        Ok(r) => {
            let status = r.status();
            let body = r.text().await.unwrap_or_default();
            Reply::Refused(format!("{what}: {status} {body}"))
        }
    }
}

/// One learner's stream of writes, until the server stops answering.
async fn write_stream(
    base: String,
    writer: usize,
    learner: Learner,
    module: String,
    lessons: Vec<String>,
    acked: Arc<Mutex<Acknowledged>>,
    killed: Arc<AtomicBool>,
) {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let bearer = format!("Bearer {}", token(&client, &base, &learner).await);
    let mut attempts = 0;
    for i in 0.. {
        let id = format!("w{writer}-{i}");
        let event = json!({"id": id, "at": chrono::Utc::now().to_rfc3339(), "type": "lesson",
            "module": module, "lesson": lessons[i % lessons.len()],
            "position": (i % 100) as i32, "completed": false});
        let req = client
            .post(format!("{base}/api/v1/sync"))
            .header("authorization", &bearer)
            .json(&json!({"events": [event]}));
        match send(req, "sync").await {
            Reply::Ok(v) => {
                assert_eq!(v["results"][0]["outcome"], "applied", "{v}");
                acked.lock().unwrap().events.push((learner.id, id));
            }
            Reply::Refused(e) if !killed.load(Ordering::SeqCst) => {
                acked.lock().unwrap().failures.push(e)
            }
            _ => return,
        }
        // A quiz submission every few events, as long as attempts remain (three).
        if i % 25 == 3 && attempts < 3 {
            let req = client
                .post(format!("{base}/api/v1/modules/{module}/quiz/attempts"))
                .header("authorization", &bearer)
                .json(&json!({}));
            let attempt = match send(req, "start attempt").await {
                Reply::Ok(v) => v["id"].as_str().unwrap().to_string(),
                Reply::Refused(e) if !killed.load(Ordering::SeqCst) => {
                    acked.lock().unwrap().failures.push(e);
                    continue;
                }
                _ => return,
            };
            // No answers: graded on what was saved (nothing), so it fails and the
            // learner may try again.
            let req = client
                .post(format!("{base}/api/v1/attempts/{attempt}/submit"))
                .header("authorization", &bearer);
            match send(req, "submit").await {
                Reply::Ok(v) => {
                    assert_eq!(v["attempt"]["status"], "submitted", "{v}");
                    attempts += 1;
                    acked
                        .lock()
                        .unwrap()
                        .submissions
                        .push((learner.id, attempt));
                }
                Reply::Refused(e) if !killed.load(Ordering::SeqCst) => {
                    acked.lock().unwrap().failures.push(e)
                }
                _ => return,
            }
        }
    }
}

#[derive(QueryableByName)]
struct Check {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn acknowledged_writes_survive_sigkill(backend: Backend) {
    let Some(test_db) = TestDb::create(backend) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let (learners, module, lessons) = {
        let db = test_db.open();
        populate(&db)
    };
    let mut cmd = academy(&test_db.url, data.path());
    cmd.env("ACADEMY_WORKERS", "4");
    let server = Server::start(cmd, &data.path().join("first.log"));
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let killed = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = learners
        .into_iter()
        .enumerate()
        .map(|(n, learner)| {
            let (base, module, lessons) = (server.base(), module.clone(), lessons.clone());
            let (acked, killed) = (acked.clone(), killed.clone());
            std::thread::spawn(move || {
                actix_web::rt::System::new().block_on(write_stream(
                    base, n, learner, module, lessons, acked, killed,
                ))
            })
        })
        .collect();

    // Kill it in full flight: once every writer has had a submission acknowledged and
    // about twenty events each are in (submissions go on until the 53rd).
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        {
            let a = acked.lock().unwrap();
            let submitters: std::collections::HashSet<i64> =
                a.submissions.iter().map(|(u, _)| *u).collect();
            if a.events.len() >= 160 && submitters.len() == WRITERS {
                break;
            }
            assert!(a.failures.is_empty(), "refused writes: {:?}", a.failures);
        }
        assert!(
            Instant::now() < deadline,
            "writers too slow: {} events acknowledged",
            acked.lock().unwrap().events.len()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    killed.store(true, Ordering::SeqCst);
    let first_log = server.log();
    server.kill_hard();
    for w in writers {
        w.join().expect("a writer panicked");
    }
    let acked = Arc::try_unwrap(acked).ok().unwrap().into_inner().unwrap();
    assert!(
        acked.failures.is_empty(),
        "refused writes: {:?}",
        acked.failures
    );
    for bad in ["database is locked", "request failed", "ERROR"] {
        assert!(!first_log.contains(bad), "{bad:?} in the log:\n{first_log}");
    }

    // Restart on the same database: it opens, and everything acknowledged is there.
    let server = Server::start(
        academy(&test_db.url, data.path()),
        &data.path().join("second.log"),
    );
    let ready = status_of(&format!("{}/readyz", server.base()));
    assert_eq!(ready, 200);
    let db = test_db.open();
    let mut conn = db.conn().unwrap();
    if backend == Backend::Sqlite {
        let checks: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
            .load(&mut conn)
            .unwrap();
        let checks: Vec<&str> = checks.iter().map(|c| c.integrity_check.as_str()).collect();
        assert_eq!(checks, ["ok"]);
    }
    for (user, id) in &acked.events {
        let found: Count = diesel::sql_query(
            "SELECT COUNT(*) AS n FROM sync_events WHERE user_id = $1 AND client_event_id = $2",
        )
        .bind::<BigInt, _>(*user)
        .bind::<Text, _>(id)
        .get_result(&mut conn)
        .unwrap();
        assert_eq!(
            found.n, 1,
            "acknowledged event {id} of user {user} was lost"
        );
    }
    for (user, id) in &acked.submissions {
        let attempt = enrollment::quizzes::attempt(&db, *user, id).unwrap();
        assert!(
            attempt.submitted_at.is_some() && attempt.score_percent.is_some(),
            "acknowledged submission {id} was lost"
        );
    }
    eprintln!(
        "{backend:?}: {} events and {} submissions acknowledged before SIGKILL, all present",
        acked.events.len(),
        acked.submissions.len()
    );
    server.terminate();
}

/// The status of a GET, from a thread of its own (the tests here are synchronous).
fn status_of(url: &str) -> u16 {
    let url = url.to_string();
    std::thread::spawn(move || {
        actix_web::rt::System::new()
            .block_on(async move { reqwest::get(url).await.unwrap().status().as_u16() })
    })
    .join()
    .unwrap()
}

#[test]
fn sqlite_acknowledged_writes_survive_sigkill() {
    acknowledged_writes_survive_sigkill(Backend::Sqlite);
}

#[test]
fn postgres_acknowledged_writes_survive_sigkill() {
    acknowledged_writes_survive_sigkill(Backend::Postgres);
}

/// Eight threads write through the service at once, each in its own transactions (the
/// same `Database::write` every use-case uses): no write fails, none is lost.
fn eight_concurrent_writers_never_see_a_locked_database(backend: Backend) {
    let Some(test_db) = TestDb::create(backend) else {
        return;
    };
    let db = test_db.open();
    let (learners, module, lessons) = populate(&db);
    let started = Instant::now();
    let threads: Vec<_> = learners
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let (db, user, module, lessons) = (db.clone(), l.id, module.clone(), lessons.clone());
            std::thread::spawn(move || {
                for i in 0..60 {
                    let event = enrollment::sync::Event {
                        id: format!("t{n}-{i}"),
                        at: chrono::Utc::now(),
                        kind: enrollment::sync::EventKind::Lesson {
                            module: module.clone(),
                            lesson: lessons[i % lessons.len()].clone(),
                            position: Some(i as i32),
                            completed: false,
                        },
                    };
                    let report = enrollment::sync::apply(&db, user, vec![event])
                        .unwrap_or_else(|e| panic!("writer {n}, write {i}: {e}"));
                    assert_eq!(
                        report.results[0].outcome,
                        enrollment::sync::Outcome::Applied,
                        "writer {n}, write {i}: {:?}",
                        report.results[0].error
                    );
                }
                // A quiz attempt started and submitted: reads then writes in one
                // transaction, the case a deferred SQLite transaction gets wrong.
                let attempt =
                    enrollment::quizzes::start_or_resume(&db, user, &module, courses::Lang::Ru)
                        .unwrap_or_else(|e| panic!("writer {n}, start: {e}"));
                enrollment::quizzes::submit(&db, user, &attempt.public_id, None)
                    .unwrap_or_else(|e| panic!("writer {n}, submit: {e}"));
            })
        })
        .collect();
    for t in threads {
        t.join().expect("no writer failed");
    }
    let mut conn = db.conn().unwrap();
    let total: Count = diesel::sql_query("SELECT COUNT(*) AS n FROM sync_events")
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(total.n, (WRITERS * 60) as i64);
    eprintln!(
        "{backend:?}: {} writes by {WRITERS} threads in {:?}",
        total.n,
        started.elapsed()
    );
}

#[test]
fn sqlite_eight_concurrent_writers() {
    eight_concurrent_writers_never_see_a_locked_database(Backend::Sqlite);
}

#[test]
fn postgres_eight_concurrent_writers() {
    eight_concurrent_writers_never_see_a_locked_database(Backend::Postgres);
}
