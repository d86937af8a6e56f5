//! The test harness every end-to-end test uses: the real application on a loopback port
//! against a fresh database (a temporary SQLite file, or a new PostgreSQL database),
//! and an HTTP client that keeps cookies like a browser.
//!
//! Storage tests run on both backends through [`backend_tests!`]. The PostgreSQL half
//! uses `ACADEMY_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`);
//! when that is unreachable it prints a loud `SKIPPED` line, or fails when
//! `ACADEMY_REQUIRE_PG=1`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use diesel::connection::SimpleConnection;
use diesel::Connection;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::{Database, DatabaseUrl, PoolOptions};

pub use courses::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named `async fn(TestApp)` once per backend, as `<name>::sqlite` and
/// `<name>::postgres`.
#[macro_export]
macro_rules! backend_tests {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                let app = $crate::TestApp::spawn($crate::Backend::Sqlite).await
                    .expect("SQLite is always available");
                super::$name(app).await;
            }
            #[actix_web::test]
            async fn postgres() {
                if let Some(app) = $crate::TestApp::spawn($crate::Backend::Postgres).await {
                    super::$name(app).await;
                }
            }
        }
    )*};
}

/// Same as [`backend_tests!`] for tests that need only a database, not the server.
#[macro_export]
macro_rules! db_tests {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn sqlite() {
                let db = $crate::TestDb::create($crate::Backend::Sqlite)
                    .expect("SQLite is always available");
                super::$name(&db);
            }
            #[test]
            fn postgres() {
                if let Some(db) = $crate::TestDb::create($crate::Backend::Postgres) {
                    super::$name(&db);
                }
            }
        }
    )*};
}

/// The repository checkout (this package's manifest directory).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn pg_admin_url() -> String {
    std::env::var("ACADEMY_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

fn pg_required() -> bool {
    std::env::var("ACADEMY_REQUIRE_PG").is_ok_and(|v| v == "1")
}

/// A database that exists only for one test and is removed afterwards.
pub struct TestDb {
    pub backend: Backend,
    /// The URL the application is given.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    /// `None` only for PostgreSQL when it is unreachable and not required.
    pub fn create(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let path = dir.path().join("academy.db");
                Some(TestDb {
                    backend,
                    url: format!("sqlite://{}", path.display()),
                    _dir: Some(dir),
                    pg_name: None,
                })
            }
            Backend::Postgres => {
                let admin = pg_admin_url();
                let mut conn = match diesel::PgConnection::establish(&admin) {
                    Ok(c) => c,
                    Err(e) if !pg_required() => {
                        eprintln!(
                            "\n*** SKIPPED: PostgreSQL not reachable at {admin} ({e}); \
                             set ACADEMY_REQUIRE_PG=1 to make this a failure ***\n"
                        );
                        return None;
                    }
                    Err(e) => {
                        panic!("PostgreSQL not reachable at {admin} and ACADEMY_REQUIRE_PG=1: {e}")
                    }
                };
                static COUNTER: AtomicU32 = AtomicU32::new(0);
                let name = format!(
                    "academy_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::Relaxed),
                    rand::random::<u32>()
                );
                conn.batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create the test database");
                let mut url = url::Url::parse(&admin).expect("ACADEMY_TEST_PG_URL is a URL");
                url.set_path(&name);
                Some(TestDb {
                    backend,
                    url: url.to_string(),
                    _dir: None,
                    pg_name: Some(name),
                })
            }
        }
    }

    /// A migrated pool on this database.
    pub fn open(&self) -> Database {
        let url = DatabaseUrl::parse(&self.url).expect("test URL parses");
        let db = Database::open(
            &url,
            &PoolOptions {
                max_size: 4,
                ..PoolOptions::default()
            },
        )
        .expect("open the test database");
        enrollment::health::migrate(&db).expect("migrate the test database");
        db
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            if let Ok(mut conn) = diesel::PgConnection::establish(&pg_admin_url()) {
                // FORCE: the app's pool may still hold connections.
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// The running application and a browser-like client for it.
pub struct TestApp {
    pub address: String,
    pub db: Database,
    /// Follows no redirects, so tests can assert them; keeps cookies.
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
    handle: actix_web::dev::ServerHandle,
    _data: tempfile::TempDir,
    pub test_db: TestDb,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Spawns with settings adjusted by `configure` (an SMTP server, say).
    pub async fn spawn_with(
        backend: Backend,
        configure: impl FnOnce(&mut web::Settings),
    ) -> Option<TestApp> {
        let test_db = TestDb::create(backend)?;
        let data = tempfile::tempdir().expect("temporary data directory");
        let settings = web::Settings {
            bind: "127.0.0.1:0".into(),
            database_url: web::Secret::new(test_db.url.clone()),
            data_dir: data.path().to_path_buf(),
            public_url: "http://127.0.0.1".into(),
            locales_dir: repo_root().join("locales"),
            content_dir: repo_root().join("course-content"),
            strict_l10n: true,
            workers: Some(1),
            db_pool_size: 4,
            shutdown_timeout_secs: 1,
            ..web::Settings::default()
        };
        let mut settings = settings;
        configure(&mut settings);
        let app = web::Application::build(settings).expect("the application starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        let db = app.database().clone();
        let handle = app.handle();
        actix_web::rt::spawn(app.run_until_stopped());
        // No idle connection reuse: on a loaded machine a kept-alive connection the
        // server is just closing makes a request fail with IncompleteMessage.
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .pool_max_idle_per_host(0)
            .redirect(reqwest::redirect::Policy::none())
            // Tests block this thread in service calls (Argon2 takes seconds in a debug
            // build); a pooled connection the server closed meanwhile (keep-alive is
            // 5 s) would fail the next request. Never reuse one idle that long.
            .pool_idle_timeout(std::time::Duration::from_secs(1))
            .build()
            .expect("HTTP client");
        Some(TestApp {
            address,
            db,
            client,
            data_dir: data.path().to_path_buf(),
            handle,
            _data: data,
            test_db,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Imports the engine's valid fixture tree (one level, two modules, every question
    /// type).
    pub fn import_fixture_content(&self) {
        let dir = repo_root().join("crates/courses/tests/fixtures/valid");
        let catalog = courses::load(&dir).expect("the fixture tree is valid");
        enrollment::content_import::import(&self.db, &catalog, &dir).expect("import");
    }

    pub async fn text(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    /// Posts a form (the page's CSRF token must be among `fields`).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("request reaches the server")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request reaches the server")
    }

    /// The id of the account with this email.
    pub fn account_by_email(&self, email: &str) -> i64 {
        accounts::find_by_email(&self.db, &Email::parse(email).unwrap())
            .unwrap()
            .expect("the account exists")
            .id
    }

    /// Creates an account of `role` directly through the service; returns it with its
    /// password.
    pub fn create_user(&self, role: Role) -> (accounts::Account, String) {
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let password = format!("test-password-{n}-{}", rand::random::<u32>());
        let account = accounts::create(
            &self.db,
            NewAccount {
                email: Email::parse(&format!("{}-{n}@example.org", role.as_str())).unwrap(),
                password: password.clone(),
                display_name: PersonName::parse(&format!("Test {} {n}", role.as_str())).unwrap(),
                role,
                language: Lang::Ru,
                must_change_password: false,
            },
        )
        .expect("create a test user");
        (account, password)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Stop accepting and close pooled connections before the database is dropped.
        drop(self.handle.stop(false));
    }
}

/// Answers for quiz attempts, computed from the answer key the way a learner who knows
/// the material would answer (tests only: the key never leaves the server otherwise).
pub mod answers {
    use std::collections::BTreeMap;

    use courses::{shuffle_order, Answer, QuestionKind, QuestionSet};

    fn shown(perm: &[usize], authored: usize) -> usize {
        perm.iter()
            .position(|&a| a == authored)
            .expect("a permutation")
    }

    /// Full marks.
    pub fn perfect(set: &QuestionSet, seed: u64) -> BTreeMap<String, Answer> {
        set.questions
            .iter()
            .map(|q| {
                let answer = match &q.kind {
                    QuestionKind::Single { options } => {
                        let perm = shuffle_order(seed, &q.id, options.len());
                        let best = options.iter().position(|o| o.correct).unwrap();
                        Answer::Single(shown(&perm, best))
                    }
                    QuestionKind::Multiple { options } => {
                        let perm = shuffle_order(seed, &q.id, options.len());
                        Answer::Multiple(
                            options
                                .iter()
                                .enumerate()
                                .filter(|(_, o)| o.correct)
                                .map(|(i, _)| shown(&perm, i))
                                .collect(),
                        )
                    }
                    QuestionKind::TrueFalse { answer, .. } => Answer::TrueFalse(*answer),
                    QuestionKind::ShortText { answers } => Answer::Text(answers[0].text.clone()),
                    QuestionKind::Numeric { answers } => {
                        Answer::Numeric(answers[0].value.to_string())
                    }
                    QuestionKind::Matching { pairs } => {
                        let perm = presentation(seed, &q.id, pairs.len());
                        Answer::Matching((0..pairs.len()).map(|i| Some(shown(&perm, i))).collect())
                    }
                    QuestionKind::Ordering { items } => {
                        let perm = presentation(seed, &q.id, items.len());
                        Answer::Ordering((0..items.len()).map(|i| shown(&perm, i)).collect())
                    }
                };
                (q.id.clone(), answer)
            })
            .collect()
    }

    /// Matching and ordering never show the authored order (see the engine).
    fn presentation(seed: u64, id: &str, n: usize) -> Vec<usize> {
        let mut perm = shuffle_order(seed, id, n);
        if n >= 2 && perm.iter().enumerate().all(|(i, p)| i == *p) {
            perm.rotate_left(1);
        }
        perm
    }

    /// Answers only the first question (correctly): fails any quiz with a pass mark
    /// above 1/n.
    pub fn mostly_unanswered(set: &QuestionSet, seed: u64) -> BTreeMap<String, Answer> {
        perfect(set, seed).into_iter().take(1).collect()
    }
}

/// A real SMTP server on loopback (Python's aiosmtpd), storing what it receives.
pub struct SmtpSink {
    pub port: u16,
    dir: tempfile::TempDir,
    child: std::process::Child,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        use std::io::BufRead;
        let python = std::process::Command::new(repo_root().join("tools/python-venv.sh"))
            .output()
            .expect("tools/python-venv.sh runs");
        assert!(
            python.status.success(),
            "cannot create the Python environment with aiosmtpd: {}",
            String::from_utf8_lossy(&python.stderr)
        );
        let python = String::from_utf8(python.stdout).unwrap().trim().to_string();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new(python)
            .arg(repo_root().join("tools/smtp_sink.py"))
            .arg(port.to_string())
            .arg(dir.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("start the SMTP sink");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "SMTP sink failed to start");
        SmtpSink { port, dir, child }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, raw.
    pub fn messages(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    /// Waits (up to 20 s) for a message to `to` containing `needle`, decoded.
    pub async fn wait_for(&self, to: &str, needle: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            for raw in self.messages() {
                let text = decode_email(&raw);
                if raw.contains(&format!("To: {to}")) && text.contains(needle) {
                    return text;
                }
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no email to {to} containing {needle:?}; got {:?}",
                self.messages()
            );
            actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Decodes the quoted-printable and base64 parts of an email well enough for tests to
/// read its text (links, subject).
pub fn decode_email(raw: &str) -> String {
    use base64::Engine;
    let mut out = String::new();
    let mut in_base64 = false;
    let mut b64 = String::new();
    for line in raw.lines() {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("content-transfer-encoding: base64") {
            in_base64 = true;
            continue;
        }
        if in_base64 {
            if line.trim().is_empty() && !b64.is_empty() {
                if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(b64.trim()) {
                    out.push_str(&String::from_utf8_lossy(&bytes));
                    out.push('\n');
                }
                b64.clear();
                in_base64 = false;
            } else if line.starts_with("--") {
                in_base64 = false;
            } else if !line.trim().is_empty() {
                b64.push_str(line.trim());
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    // Quoted-printable soft breaks and escapes.
    let joined = out.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                decoded.push(b);
                i += 3;
                continue;
            }
        }
        decoded.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The value of `<input type="hidden" name="csrf" value="…">` in a page.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html
        .find(marker)
        .expect("the page has a form with a CSRF token")
        + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

/// The first URL in `text` that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix} in {text}"));
    text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap()
        .to_string()
}

/// The decoded body of the first MIME part of `raw` whose Content-Type starts with
/// `content_type` (base64 transfer encoding, as lettre writes attachments).
pub fn attachment_of(raw: &str, content_type: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let lines: Vec<&str> = raw.lines().collect();
    let start = lines.iter().position(|l| {
        l.to_ascii_lowercase().starts_with(&format!(
            "content-type: {}",
            content_type.to_ascii_lowercase()
        ))
    })?;
    // Headers end at the first empty line; the body runs to the next boundary.
    let body_start = start + lines[start..].iter().position(|l| l.trim().is_empty())? + 1;
    let encoded: String = lines[body_start..]
        .iter()
        .take_while(|l| !l.starts_with("--"))
        .map(|l| l.trim())
        .collect();
    base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()
}

/// Reads every lesson of `module_slug` and passes its quiz; returns whether the last step
/// completed the module.
pub fn complete_module(db: &enrollment::Database, user: i64, module_slug: &str) -> bool {
    enrollment::learning::enrol_module(db, user, module_slug).unwrap();
    let learner = enrollment::learning::learner(db, user).unwrap();
    let module = learner.enrolment(module_slug).unwrap().module.clone();
    let mut completed = false;
    for lesson in &module.lessons {
        let change = enrollment::learning::record_lesson(
            db,
            user,
            module_slug,
            &lesson.slug,
            Some(100),
            true,
            chrono::Utc::now().naive_utc(),
        )
        .unwrap();
        completed |= change.module_completed_now;
    }
    if module.quiz.is_some() {
        let attempt =
            enrollment::quizzes::start_or_resume(db, user, module_slug, Lang::Ru).unwrap();
        let set = attempt.module.quiz.as_ref().unwrap().variants[&attempt.lang].clone();
        let all = crate::answers::perfect(&set, attempt.seed);
        let done = enrollment::quizzes::submit(db, user, &attempt.public_id, Some(all)).unwrap();
        assert_eq!(done.attempt.passed, Some(true));
        completed |= done.module_completed_now;
    }
    completed
}

/// Imports the fixture course (crates/courses/tests/fixtures/valid: one level, two
/// modules) and creates a Kyrgyz learner named `display_name`; returns the database and
/// the learner's id.
pub fn fixture_with_learner(test_db: &TestDb, display_name: &str) -> (enrollment::Database, i64) {
    let db = test_db.open();
    let dir = repo_root().join("crates/courses/tests/fixtures/valid");
    let catalog = courses::load(&dir).unwrap();
    enrollment::content_import::import(&db, &catalog, &dir).unwrap();
    let learner = accounts::create(
        &db,
        NewAccount {
            email: Email::parse("aida@example.kg").unwrap(),
            password: "a long enough password".into(),
            display_name: PersonName::parse(display_name).unwrap(),
            role: Role::Learner,
            language: Lang::Ky,
            must_change_password: false,
        },
    )
    .unwrap();
    (db, learner.id)
}
