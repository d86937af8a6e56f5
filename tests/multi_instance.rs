//! Two instances of the real application on two loopback ports against one PostgreSQL
//! database, as behind a load balancer: one learner is driven alternately through both
//! (one browser, one cookie jar). Nothing may depend on which instance served a
//! request: no lost or duplicated progress, exactly one certificate, exactly one email.
//! Both instances drain the outbox at once; no email is sent twice.
//!
//! PostgreSQL only (SQLite is a single-instance layout). Skipped with a loud line when
//! PostgreSQL is unreachable, a failure under `ACADEMY_REQUIRE_PG=1`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use academy_suite::{csrf_of, link_in, repo_root, Backend, SmtpSink, TestDb};
use courses::{Answer, Lang, QuestionViewKind};
use enrollment::outbox::{self, Message};
use enrollment::Database;
use reqwest::StatusCode;

/// One running instance: its own process state (pool, drainer, workers) and port.
struct Instance {
    address: String,
    handle: actix_web::dev::ServerHandle,
    _data: tempfile::TempDir,
}

impl Instance {
    fn start(db_url: &str, smtp_url: &str) -> Instance {
        let data = tempfile::tempdir().unwrap();
        let settings = web::Settings {
            bind: "127.0.0.1:0".into(),
            database_url: web::Secret::new(db_url),
            data_dir: data.path().to_path_buf(),
            public_url: "http://127.0.0.1".into(),
            locales_dir: repo_root().join("locales"),
            content_dir: repo_root().join("course-content"),
            strict_l10n: true,
            workers: Some(2),
            db_pool_size: 4,
            shutdown_timeout_secs: 1,
            smtp_url: Some(web::Secret::new(smtp_url)),
            ..web::Settings::default()
        };
        let app = web::Application::build(settings).expect("the instance starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        let handle = app.handle();
        actix_web::rt::spawn(app.run_until_stopped());
        Instance {
            address,
            handle,
            _data: data,
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        drop(self.handle.stop(false));
    }
}

/// The learner's browser: one cookie jar for both instances (a load balancer shows one
/// host; cookies do not depend on the port).
struct Browser {
    client: reqwest::Client,
}

impl Browser {
    async fn get(&self, at: &Instance, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", at.address))
            .send()
            .await
            .unwrap()
    }
    async fn text(&self, at: &Instance, path: &str) -> String {
        let res = self.get(at, path).await;
        assert_eq!(res.status(), StatusCode::OK, "GET {path} on {}", at.address);
        res.text().await.unwrap()
    }
    async fn post(
        &self,
        at: &Instance,
        path: &str,
        csrf: &str,
        fields: &[(String, String)],
    ) -> reqwest::Response {
        let mut body = url::form_urlencoded::Serializer::new(String::new());
        body.append_pair("csrf", csrf);
        for (k, v) in fields {
            body.append_pair(k, v);
        }
        self.client
            .post(format!("{}{path}", at.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.finish())
            .send()
            .await
            .unwrap()
    }
}

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_string()
}

fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Form fields for the attempt page that give `answers` (in the view's positions).
fn answer_fields(
    view: &courses::QuizView,
    answers: &BTreeMap<String, Answer>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in &view.questions {
        let key = format!("q.{}", q.id);
        match (answers.get(&q.id), &q.kind) {
            (Some(Answer::Single(i)), _) => out.push((key, i.to_string())),
            (Some(Answer::Multiple(ticked)), _) => {
                out.extend(ticked.iter().map(|i| (format!("{key}.{i}"), "on".into())))
            }
            (Some(Answer::TrueFalse(b)), _) => out.push((key, b.to_string())),
            (Some(Answer::Text(t)), _) | (Some(Answer::Numeric(t)), _) => {
                out.push((key, t.clone()))
            }
            (Some(Answer::Matching(chosen)), _) => {
                for (i, c) in chosen.iter().enumerate() {
                    out.push((
                        format!("{key}.{i}"),
                        c.map(|c| c.to_string()).unwrap_or_default(),
                    ));
                }
            }
            (Some(Answer::Ordering(order)), QuestionViewKind::Ordering { .. }) => {
                for (position, item) in order.iter().enumerate() {
                    out.push((format!("{key}.{item}"), (position + 1).to_string()));
                }
            }
            _ => {}
        }
    }
    out
}

/// Ticked options compare as sets.
fn normalized(answers: &BTreeMap<String, Answer>) -> BTreeMap<String, Answer> {
    answers
        .iter()
        .map(|(k, a)| {
            let a = match a {
                Answer::Multiple(ticked) => {
                    let mut t = ticked.clone();
                    t.sort_unstable();
                    Answer::Multiple(t)
                }
                other => other.clone(),
            };
            (k.clone(), a)
        })
        .collect()
}

/// `sql` counts rows (as `n`) for the account `$1`.
fn count(db: &Database, sql: &str, user: i64) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = db.conn().unwrap();
    let enrollment::db::DbConnection::Pg(pg) = &mut *conn else {
        unreachable!("PostgreSQL only")
    };
    diesel::sql_query(sql)
        .bind::<diesel::sql_types::BigInt, _>(user)
        .get_result::<N>(pg)
        .unwrap()
        .n
}

fn open(test_db: &TestDb) -> Database {
    test_db.open()
}

/// Waits until `cond` holds (the drainers run every second), up to 20 s.
async fn eventually(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

#[actix_web::test]
async fn one_learner_through_two_instances() {
    let Some(test_db) = TestDb::create(Backend::Postgres) else {
        return;
    };
    let db = open(&test_db);
    let fixture = repo_root().join("crates/courses/tests/fixtures/valid");
    let catalog = courses::load(&fixture).expect("the fixture tree is valid");
    enrollment::content_import::import(&db, &catalog, &fixture).expect("import");
    let smtp = SmtpSink::start();
    let a = Instance::start(&test_db.url, &smtp.url());
    let b = Instance::start(&test_db.url, &smtp.url());
    assert_ne!(a.address, b.address);
    let browser = Browser {
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    };

    // Sign up on A; the verification email arrives once, from whichever instance
    // claimed it.
    let page = browser.text(&a, "/ru/sign-up").await;
    let password = "two instances, one learner";
    let signed_up = browser
        .post(
            &a,
            "/ru/sign-up",
            &csrf_of(&page),
            &pairs(&[
                ("email", "aigerim@example.kz"),
                ("password", password),
                ("display_name", "Айгерим Сапарова"),
                ("certificate_name", ""),
                ("country", "kz"),
                ("language", "ru"),
                ("gender", "female"),
                ("org_type", "cso"),
                ("consent", "1"),
            ]),
        )
        .await;
    assert_eq!(signed_up.status(), StatusCode::OK);
    let email = smtp
        .wait_for("aigerim@example.kz", "/ru/verify-email?token=")
        .await;
    let link = link_in(&email, "http://127.0.0.1/ru/verify-email?token=");

    // Verify on B: the session it starts is valid on A too (shared cookie key).
    let verified = browser
        .get(&b, link.trim_start_matches("http://127.0.0.1"))
        .await;
    assert_eq!(verified.status(), StatusCode::SEE_OTHER);
    let dashboard = browser.text(&a, "/ru/dashboard").await;
    assert!(dashboard.contains("Вы ещё не записались"), "signed in on A");

    // Sign out on A, which ends the session on B as well; sign in on B.
    let out = browser
        .post(&a, "/ru/sign-out", &csrf_of(&dashboard), &[])
        .await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let gone = browser.get(&b, "/ru/dashboard").await;
    assert_eq!(
        gone.status(),
        StatusCode::SEE_OTHER,
        "signed out everywhere"
    );
    let form = browser.text(&b, "/ru/sign-in").await;
    let signed_in = browser
        .post(
            &b,
            "/ru/sign-in",
            &csrf_of(&form),
            &pairs(&[("email", "aigerim@example.kz"), ("password", password)]),
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let learner = enrollment::accounts::find_by_email(
        &db,
        &enrollment::accounts::Email::parse("aigerim@example.kz").unwrap(),
    )
    .unwrap()
    .unwrap()
    .id;

    // Enrol on A, then read the lessons alternately on B and A; each "done" is posted
    // twice, once to each instance (a retry after a timeout at the load balancer).
    let module = enrollment::catalog::catalogue(&db).unwrap().levels[0].modules[0]
        .module
        .clone();
    let page = browser.text(&a, "/ru/catalogue").await;
    let enrolled = browser
        .post(
            &a,
            &format!("/ru/modules/{}/enrol", module.slug),
            &csrf_of(&page),
            &[],
        )
        .await;
    assert_eq!(enrolled.status(), StatusCode::SEE_OTHER);
    for (i, lesson) in module.lessons.iter().enumerate() {
        let (first, second) = if i % 2 == 0 { (&b, &a) } else { (&a, &b) };
        let path = format!("/ru/modules/{}/lessons/{}", module.slug, lesson.slug);
        let page = browser.text(first, &path).await;
        for at in [first, second] {
            let done = browser
                .post(at, &format!("{path}/complete"), &csrf_of(&page), &[])
                .await;
            assert_eq!(
                done.status(),
                StatusCode::SEE_OTHER,
                "lesson {i} on {}",
                at.address
            );
        }
    }
    let state = enrollment::learning::learner(&db, learner).unwrap();
    let (done, total) = state.lesson_counts(&module.slug);
    assert_eq!(total, module.lessons.len());
    assert_eq!(done, module.lessons.len(), "every lesson recorded once");

    // The quiz: start on A, answer (save) on B, submit on A.
    let quiz = browser
        .text(&a, &format!("/ru/modules/{}/quiz", module.slug))
        .await;
    let started = browser
        .post(
            &a,
            &format!("/ru/modules/{}/quiz/start", module.slug),
            &csrf_of(&quiz),
            &[],
        )
        .await;
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let attempt_path = location(&started);
    let attempt_id = attempt_path.rsplit('/').next().unwrap().to_string();
    let page = browser.text(&b, &attempt_path).await;
    let attempt = enrollment::quizzes::attempt(&db, learner, &attempt_id).unwrap();
    let set = attempt.module.quiz.as_ref().unwrap().variants[&attempt.lang].clone();
    let perfect = academy_suite::answers::perfect(&set, attempt.seed);
    let fields = answer_fields(&attempt.view(), &perfect);
    let saved = browser
        .post(
            &b,
            &format!("/ru/attempts/{attempt_id}/save"),
            &csrf_of(&page),
            &fields,
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let reloaded = enrollment::quizzes::attempt(&db, learner, &attempt_id).unwrap();
    assert_eq!(
        normalized(&reloaded.answers),
        normalized(&perfect),
        "answers saved on B"
    );
    let page = browser.text(&a, &attempt_path).await;
    let submitted = browser
        .post(
            &a,
            &format!("/ru/attempts/{attempt_id}/submit"),
            &csrf_of(&page),
            &fields,
        )
        .await;
    assert_eq!(submitted.status(), StatusCode::SEE_OTHER);
    // The same submission replayed on B is refused, not graded twice.
    let replay = browser
        .post(
            &b,
            &format!("/ru/attempts/{attempt_id}/submit"),
            &csrf_of(&page),
            &fields,
        )
        .await;
    assert_ne!(replay.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let result = browser.text(&b, &attempt_path).await;
    assert!(result.contains("Тест сдан"), "the result shows on B");
    assert!(result.contains("Поздравляем! Модуль пройден."));

    // Exactly one certificate, one completion, one finished attempt.
    let state = enrollment::learning::learner(&db, learner).unwrap();
    assert!(state.module_complete(&module.slug));
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM lesson_progress lp JOIN enrolments e ON e.id = lp.enrolment_id WHERE e.user_id = $1", learner),
        module.lessons.len() as i64
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) AS n FROM quiz_attempts q JOIN enrolments e ON e.id = q.enrolment_id WHERE e.user_id = $1", learner),
        1,
        "one attempt, graded once"
    );
    let certificates = enrollment::certificates::list_for_user(&db, learner).unwrap();
    assert_eq!(certificates.len(), 1, "{certificates:?}");
    let dashboard = browser.text(&b, "/ru/dashboard").await;
    assert!(dashboard.contains(&certificates[0].id), "listed on B");

    // Exactly one email reached the SMTP server, after both drainers had time to run.
    actix_web::rt::time::sleep(Duration::from_secs(3)).await;
    // The address confirmation and the certificate (its PDF attached): each sent once.
    let messages = smtp.messages();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert_eq!(
        messages
            .iter()
            .filter(|m| m.contains("application/pdf"))
            .count(),
        1,
        "one certificate email"
    );
    assert_eq!(outbox::depth(&db).unwrap(), 0);
}

#[actix_web::test]
async fn two_drainers_send_each_email_once() {
    let Some(test_db) = TestDb::create(Backend::Postgres) else {
        return;
    };
    let db = open(&test_db);
    let smtp = SmtpSink::start();
    let _a = Instance::start(&test_db.url, &smtp.url());
    let _b = Instance::start(&test_db.url, &smtp.url());
    const N: usize = 60;
    for i in 0..N {
        db.write(|c| {
            outbox::enqueue(
                c,
                &format!("learner{i}@example.org"),
                Lang::En,
                &Message::AlreadyRegistered {
                    name: format!("Learner {i}"),
                },
                None,
            )
        })
        .unwrap();
    }
    eventually("every email sent", || {
        outbox::depth(&db).unwrap() == 0 && smtp.messages().len() >= N
    })
    .await;
    // Let both drainers run a few more rounds: nothing more may go out.
    actix_web::rt::time::sleep(Duration::from_secs(3)).await;
    let messages = smtp.messages();
    assert_eq!(messages.len(), N, "each email exactly once");
    for i in 0..N {
        let to = format!("To: learner{i}@example.org");
        assert_eq!(
            messages.iter().filter(|m| m.contains(&to)).count(),
            1,
            "learner{i}"
        );
    }
}
