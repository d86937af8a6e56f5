//! `academy report` and `academy demo seed` through the real binary, on both backends:
//! the command line gives the same figures as the service behind the report pages.

use std::process::Command;

use academy_suite::{repo_root, Backend, TestDb};
use enrollment::reports::{self, export, Filters, ReportKind};

fn academy(db: &TestDb, dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_academy"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", &db.url)
        .env("ACADEMY_DATA_DIR", dir)
        .env("ACADEMY_LOCALES_DIR", repo_root().join("locales"))
        .env("ACADEMY_CONTENT_DIR", repo_root().join("course-content"))
        .current_dir(dir);
    cmd
}

fn run(backend: Backend) {
    let Some(test_db) = TestDb::create(backend) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = academy(&test_db, dir.path())
        .args(["demo", "seed", "--learners", "400"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("seeded 400 learners"), "{said}");

    let db = test_db.open();
    let today = chrono::Utc::now().date_naive();
    let from = today - chrono::Duration::days(365);
    let f = Filters::period(from, today).unwrap();
    for (kind, by) in [
        ("enrolments", "country,gender"),
        ("activity", "month"),
        ("completions", "level"),
        ("certificates", "org-type"),
        ("funnel", ""),
    ] {
        let out = academy(&test_db, dir.path())
            .args([
                "report",
                kind,
                "--from",
                &from.to_string(),
                "--to",
                &today.to_string(),
                "--by",
                by,
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let by = reports::filters::parse_dimensions(by).unwrap();
        let service = reports::run(&db, ReportKind::parse(kind).unwrap(), &f, &by).unwrap();
        assert_eq!(cli, export::json(&service), "{kind}");
        assert!(
            cli["rows"].as_array().is_some_and(|r| !r.is_empty()),
            "{kind}: {cli}"
        );
    }

    // CSV in Kazakh, to a file.
    let file = dir.path().join("r.csv");
    let out = academy(&test_db, dir.path())
        .args([
            "report",
            "enrolments",
            "--from",
            "2020-01-01",
            "--to",
            &today.to_string(),
        ])
        .args([
            "--by",
            "country",
            "--lang",
            "kk",
            "--output",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read(&file).unwrap();
    assert_eq!(&csv[..3], b"\xEF\xBB\xBF");
    let csv = String::from_utf8(csv[3..].to_vec()).unwrap();
    assert!(csv.starts_with("Ел,Курсқа жазылулар,Тыңдаушылар"), "{csv}");
    assert!(
        csv.contains("Қазақстан,") && csv.contains("Барлығы,"),
        "{csv}"
    );

    // Errors: an unknown breakdown is a usage error; xlsx without --output is refused.
    let out = academy(&test_db, dir.path())
        .args([
            "report",
            "enrolments",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
        ])
        .args(["--by", "shoe-size"])
        .output()
        .unwrap();
    assert!(!out.status.success());

    // A real learner makes `demo seed` refuse (exit 1), --force overrides.
    let mut c = academy(&test_db, dir.path());
    c.args(["user", "create", "--email", "real@example.org"]);
    assert!(c.output().unwrap().status.success());
    let out = academy(&test_db, dir.path())
        .args(["demo", "seed", "--learners", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("real (non-demo) learner"));
    let out = academy(&test_db, dir.path())
        .args(["demo", "seed", "--learners", "5", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn report_cli_sqlite() {
    run(Backend::Sqlite);
}

#[test]
fn report_cli_postgres() {
    run(Backend::Postgres);
}
