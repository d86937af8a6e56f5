//! Typed configuration: defaults, then an optional TOML file, then `ACADEMY_*` environment
//! variables (and `DATABASE_URL`). Built once in `main` and passed down explicitly.

use std::fmt;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// A value that must never reach a log line or an error message.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines, for a terminal.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Address to listen on.
    pub bind: String,
    /// `sqlite://PATH`, a plain path, or `postgres://…`. May contain a password.
    pub database_url: Secret,
    /// A read replica of the PostgreSQL primary (`postgres://…`), for reads that may lag
    /// a moment: the public catalogue, lesson pages, images. Writes and a learner's own
    /// progress always use `database_url`. May contain a password.
    pub replica_url: Option<Secret>,
    /// Keys, uploads and the email outbox live here.
    pub data_dir: PathBuf,
    /// The course-content tree imported by `academy content import`.
    pub content_dir: PathBuf,
    /// The Fluent message files (`locales/<lang>/*.ftl`).
    pub locales_dir: PathBuf,
    /// Treat a message missing in a language as an error instead of falling back to
    /// Russian/English (the test suite and translators use this).
    pub strict_l10n: bool,
    /// The address learners use to reach the Academy (links in emails, QR codes).
    pub public_url: String,
    /// Send cookies only over HTTPS. Defaults to whether `public_url` is https.
    pub cookie_secure: Option<bool>,
    /// SMTP server for outgoing email, e.g. `smtps://user:pass@mail.example.org` or
    /// `smtp://127.0.0.1:2525`. Without one, emails are written to `data_dir/outbox/`.
    pub smtp_url: Option<Secret>,
    /// The sender of the Academy's emails.
    pub mail_from: String,
    /// Email of the administrator created on a new database.
    pub admin_email: String,
    pub log_format: LogFormat,
    /// Maximum database connections per instance.
    pub db_pool_size: u32,
    /// Seconds in-flight requests get to finish after SIGTERM.
    pub shutdown_timeout_secs: u64,
    /// HTTP worker threads; defaults to the number of CPU cores.
    pub workers: Option<usize>,
    /// A signed-in session ends after this many seconds without a request (default
    /// 14 days: learners on shared phones come back weekly, not daily).
    pub session_idle_timeout_secs: u64,
    /// …and this many seconds after sign-in however active (default 30 days).
    pub session_absolute_timeout_secs: u64,
    /// Every this many seconds the report rollups catch up with recent writes in the
    /// background (0: only when a report is opened). Keeps the first report after a
    /// busy day fast and the change marks from piling up.
    pub report_refresh_secs: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bind: "127.0.0.1:8080".into(),
            database_url: Secret::new("./data/academy.db"),
            replica_url: None,
            data_dir: PathBuf::from("./data"),
            content_dir: PathBuf::from("./course-content"),
            locales_dir: PathBuf::from("./locales"),
            strict_l10n: false,
            public_url: "http://127.0.0.1:8080".into(),
            cookie_secure: None,
            smtp_url: None,
            mail_from: "CSO Web Academy <no-reply@academy.local>".into(),
            admin_email: "admin@academy.local".into(),
            log_format: LogFormat::Text,
            db_pool_size: 16,
            shutdown_timeout_secs: 30,
            workers: None,
            session_idle_timeout_secs: 14 * 24 * 3600,
            session_absolute_timeout_secs: 30 * 24 * 3600,
            report_refresh_secs: 300,
        }
    }
}

/// How long a signed-in session lives (see `session`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionTimeouts {
    /// Ends after this long without a request.
    pub idle_secs: i64,
    /// Ends this long after sign-in, however active.
    pub absolute_secs: i64,
}

impl SessionTimeouts {
    /// How often the last-seen time is rewritten: rarely (most responses then leave
    /// the cookie alone), but often enough that an active learner never hits the idle
    /// timeout.
    pub fn seen_granularity_secs(&self) -> i64 {
        (self.idle_secs / 10).clamp(0, 3600)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct SettingsError(#[from] Box<figment::Error>);

impl Settings {
    const FIELDS: &'static [&'static str] = &[
        "bind",
        "database_url",
        "replica_url",
        "data_dir",
        "content_dir",
        "locales_dir",
        "strict_l10n",
        "public_url",
        "cookie_secure",
        "smtp_url",
        "mail_from",
        "admin_email",
        "log_format",
        "db_pool_size",
        "shutdown_timeout_secs",
        "workers",
        "session_idle_timeout_secs",
        "session_absolute_timeout_secs",
        "report_refresh_secs",
    ];

    /// Loads settings: defaults < `file` (if given, else `academy.toml` when present) <
    /// `ACADEMY_*` environment variables < `DATABASE_URL`.
    pub fn load(file: Option<&Path>) -> Result<Settings, SettingsError> {
        let file = file
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("ACADEMY_CONFIG").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("academy.toml"));
        Figment::new()
            .merge(Serialized::defaults(Settings::default()))
            .merge(Toml::file(file))
            // Only the variables that name a setting: others (ACADEMY_CONFIG, the test
            // suite's ACADEMY_REQUIRE_PG…) share the prefix but are not settings.
            .merge(Env::prefixed("ACADEMY_").only(Self::FIELDS))
            .merge(Env::raw().only(&["DATABASE_URL"]).lowercase(true))
            .extract()
            .map_err(|e| SettingsError(Box::new(e)))
    }

    /// The session timeouts, typed.
    pub fn session_timeouts(&self) -> SessionTimeouts {
        SessionTimeouts {
            idle_secs: self.session_idle_timeout_secs as i64,
            absolute_secs: self.session_absolute_timeout_secs as i64,
        }
    }

    pub fn cookie_secure(&self) -> bool {
        self.cookie_secure
            .unwrap_or_else(|| self.public_url.starts_with("https://"))
    }
}

#[cfg(test)]
// figment's Jail API fixes the closure's error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let s = Settings {
            database_url: Secret::new("postgres://u:hunter2@h/db"),
            ..Settings::default()
        };
        assert!(!format!("{s:?}").contains("hunter2"));
    }

    #[test]
    fn file_then_environment() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "academy.toml",
                "bind = \"0.0.0.0:9000\"\npublic_url = \"https://academy.example.org\"",
            )?;
            jail.set_env("ACADEMY_DATA_DIR", "/var/lib/academy");
            jail.set_env("DATABASE_URL", "postgres://academy@db/academy");
            jail.set_env("ACADEMY_REQUIRE_PG", "1");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.bind, "0.0.0.0:9000");
            assert_eq!(s.data_dir, PathBuf::from("/var/lib/academy"));
            assert_eq!(s.database_url.expose(), "postgres://academy@db/academy");
            assert!(s.cookie_secure());
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_rejected() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("academy.toml", "bnid = \"0.0.0.0:9000\"")?;
            assert!(Settings::load(None).is_err());
            Ok(())
        });
    }
}
