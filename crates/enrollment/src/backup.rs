//! Online backups and restores, for `academy backup FILE` and `academy restore FILE`.
//!
//! - **SQLite**: `VACUUM INTO` writes a consistent, compact copy of the database from one
//!   read transaction while the server keeps serving (WAL lets writers go on). Restoring
//!   copies the file back page by page with SQLite's online backup API, which takes the
//!   database's locks like any writer, so a running server sees either the old or the
//!   restored database, never a mix.
//! - **PostgreSQL**: `pg_dump --format=custom` (a consistent snapshot: one repeatable-read
//!   transaction) and `pg_restore --single-transaction`. Both programs come with the
//!   PostgreSQL client package (`postgresql-client` on Debian/Ubuntu) and must be on
//!   `PATH`, or named by `ACADEMY_PG_DUMP` / `ACADEMY_PG_RESTORE`; use the server's major
//!   version or newer.
//!
//! Every backup taken is recorded in the `backups` table (the admin status page shows the
//! last one). A backup contains the shared secrets (`app_secrets`): keep it like the
//! database itself.

use std::ffi::{CStr, CString};
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::{Database, DatabaseUrl, DbConnection, DbError};
use crate::schema::backups;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("{0} already exists; choose a new file name (a backup never overwrites a file)")]
    DestinationExists(PathBuf),
    #[error("{0} does not exist")]
    SourceMissing(PathBuf),
    #[error("cannot create the directory {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the database already holds data; restoring would replace it. Stop the servers, \
         take a backup of it first, then run `academy restore --force FILE`"
    )]
    NotEmpty,
    #[error("{0} is not a usable SQLite backup: {1}")]
    BadSqliteBackup(PathBuf, String),
    #[error("SQLite {operation}: {message}")]
    Sqlite {
        operation: &'static str,
        message: String,
    },
    #[error(
        "{program} was not found ({cause}). Backups of a PostgreSQL database use the \
         PostgreSQL client tools: install them (Debian/Ubuntu: `apt install postgresql-client`, \
         the server's major version or newer) or set {variable} to the program's path"
    )]
    ToolMissing {
        program: String,
        variable: &'static str,
        cause: std::io::Error,
    },
    #[error("{program} failed ({status}): {stderr}")]
    ToolFailed {
        program: String,
        status: String,
        stderr: String,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What a finished backup was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupRecord {
    pub taken_at: NaiveDateTime,
    pub method: String,
    pub destination: String,
    pub size_bytes: i64,
}

/// Writes a consistent copy of the live database to `dest` (which must not exist) and
/// records it. Safe while servers run.
pub fn backup(db: &Database, dest: &Path) -> Result<BackupRecord, BackupError> {
    if dest.exists() {
        return Err(BackupError::DestinationExists(dest.to_path_buf()));
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| BackupError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let method = match db.url() {
        DatabaseUrl::Sqlite(_) => {
            let mut conn = db.conn()?;
            let target = dest.to_string_lossy().replace('\'', "''");
            diesel::sql_query(format!("VACUUM INTO '{target}'")).execute(&mut *conn)?;
            "sqlite-vacuum-into"
        }
        DatabaseUrl::Postgres(url) => {
            let (url, password) = split_password(url);
            let mut cmd = pg_tool("pg_dump", "ACADEMY_PG_DUMP");
            cmd.args(["--format=custom", "--no-owner", "--no-privileges", "--file"])
                .arg(dest)
                .arg("--dbname")
                .arg(&url);
            run_tool(cmd, "pg_dump", "ACADEMY_PG_DUMP", password.as_deref())?;
            "pg_dump"
        }
    };
    let size_bytes = std::fs::metadata(dest)?.len() as i64;
    let destination = std::path::absolute(dest)
        .unwrap_or_else(|_| dest.to_path_buf())
        .to_string_lossy()
        .into_owned();
    let record = BackupRecord {
        taken_at: Utc::now().naive_utc(),
        method: method.to_string(),
        destination,
        size_bytes,
    };
    // The copy is made; failing to note it (a database not yet migrated to a version
    // with the `backups` table) must not make the operator think it failed.
    let noted = db.conn().map_err(BackupError::from).and_then(|mut conn| {
        diesel::insert_into(backups::table)
            .values((
                backups::taken_at.eq(record.taken_at),
                backups::method.eq(&record.method),
                backups::destination.eq(&record.destination),
                backups::size_bytes.eq(record.size_bytes),
            ))
            .execute(&mut *conn)
            .map_err(BackupError::from)
    });
    if let Err(e) = noted {
        tracing::warn!(error = %e, "backup written but not recorded in the database");
    }
    Ok(record)
}

/// The most recent backup recorded in this database, if any.
pub fn last_backup(db: &Database) -> Result<Option<BackupRecord>, DbError> {
    let mut conn = db.conn()?;
    Ok(backups::table
        .order(backups::taken_at.desc())
        .select((
            backups::taken_at,
            backups::method,
            backups::destination,
            backups::size_bytes,
        ))
        .first::<(NaiveDateTime, String, String, i64)>(&mut *conn)
        .optional()?
        .map(|(taken_at, method, destination, size_bytes)| BackupRecord {
            taken_at,
            method,
            destination,
            size_bytes,
        }))
}

/// Whether any table (other than diesel's migration bookkeeping) holds a row.
pub fn holds_data(conn: &mut DbConnection) -> Result<bool, BackupError> {
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = Text)]
        name: String,
    }
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let tables: Vec<Name> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations'",
        )
        .load(c)?,
        DbConnection::Pg(c) => diesel::sql_query(
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' \
             AND table_name <> '__diesel_schema_migrations'",
        )
        .load(c)?,
    };
    for Name { name } in tables {
        let query = format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM \"{}\" LIMIT 1) t",
            name.replace('"', "\"\"")
        );
        let count: Count = match conn {
            DbConnection::Sqlite(c) => diesel::sql_query(query).get_result(c)?,
            DbConnection::Pg(c) => diesel::sql_query(query).get_result(c)?,
        };
        if count.n > 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Replaces the database `url` names with the backup in `source`. Refuses when the
/// database holds data unless `force`. On SQLite the backup is checked
/// (`PRAGMA integrity_check`) before and the database after.
pub fn restore(url: &DatabaseUrl, source: &Path, force: bool) -> Result<(), BackupError> {
    if !source.is_file() {
        return Err(BackupError::SourceMissing(source.to_path_buf()));
    }
    {
        let mut conn = url.connect()?;
        if !force && holds_data(&mut conn)? {
            return Err(BackupError::NotEmpty);
        }
    }
    match url {
        DatabaseUrl::Sqlite(path) => {
            check_sqlite_backup(source)?;
            sqlite_copy(source, path)?;
            let mut conn = url.connect()?;
            match integrity_check(&mut conn)? {
                problems if problems == "ok" => Ok(()),
                problems => Err(BackupError::Sqlite {
                    operation: "integrity check after restore",
                    message: problems,
                }),
            }
        }
        DatabaseUrl::Postgres(url) => {
            let (url, password) = split_password(url);
            let mut cmd = pg_tool("pg_restore", "ACADEMY_PG_RESTORE");
            cmd.args([
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--dbname",
            ])
            .arg(&url)
            .arg(source);
            run_tool(cmd, "pg_restore", "ACADEMY_PG_RESTORE", password.as_deref())
        }
    }
}

/// `PRAGMA integrity_check` on SQLite ("ok" when sound); PostgreSQL has no equivalent
/// and answers "ok" when a query succeeds.
pub fn integrity_check(conn: &mut DbConnection) -> Result<String, BackupError> {
    #[derive(QueryableByName)]
    struct Line {
        #[diesel(sql_type = Text)]
        integrity_check: String,
    }
    match conn {
        DbConnection::Sqlite(c) => {
            let lines: Vec<Line> = diesel::sql_query("PRAGMA integrity_check").load(c)?;
            Ok(lines
                .into_iter()
                .map(|l| l.integrity_check)
                .collect::<Vec<_>>()
                .join("; "))
        }
        DbConnection::Pg(c) => {
            diesel::sql_query("SELECT 1").execute(c)?;
            Ok("ok".into())
        }
    }
}

fn check_sqlite_backup(source: &Path) -> Result<(), BackupError> {
    let url = DatabaseUrl::Sqlite(source.to_path_buf());
    let bad = |e: String| BackupError::BadSqliteBackup(source.to_path_buf(), e);
    let mut conn = url.connect().map_err(|e| bad(e.to_string()))?;
    match integrity_check(&mut conn) {
        Ok(s) if s == "ok" => Ok(()),
        Ok(s) => Err(bad(s)),
        Err(e) => Err(bad(e.to_string())),
    }
}

/// Copies every page of `source` into `dest` with SQLite's online backup API
/// (<https://sqlite.org/backup.html>): the destination's write lock is held for the
/// copy, so connections of a running server wait (busy_timeout) and then see the
/// restored database.
fn sqlite_copy(source: &Path, dest: &Path) -> Result<(), BackupError> {
    use libsqlite3_sys as ffi;
    struct Handle(*mut ffi::sqlite3);
    impl Drop for Handle {
        fn drop(&mut self) {
            // SAFETY: the handle came from sqlite3_open_v2 and is closed once.
            unsafe { ffi::sqlite3_close(self.0) };
        }
    }
    fn open(path: &Path, flags: i32) -> Result<Handle, BackupError> {
        let c_path =
            CString::new(path.to_string_lossy().as_bytes()).map_err(|_| BackupError::Sqlite {
                operation: "open",
                message: "the path contains a NUL byte".into(),
            })?;
        let mut db = std::ptr::null_mut();
        // SAFETY: valid C string and out-pointer; the handle is owned by `Handle`.
        let rc = unsafe { ffi::sqlite3_open_v2(c_path.as_ptr(), &mut db, flags, std::ptr::null()) };
        let handle = Handle(db);
        if rc != ffi::SQLITE_OK {
            return Err(sqlite_error("open", &handle));
        }
        // SAFETY: an open handle.
        unsafe { ffi::sqlite3_busy_timeout(handle.0, 10_000) };
        Ok(handle)
    }
    fn sqlite_error(operation: &'static str, h: &Handle) -> BackupError {
        // SAFETY: sqlite3_errmsg returns a NUL-terminated string owned by the handle.
        let message = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(h.0)) }
            .to_string_lossy()
            .into_owned();
        BackupError::Sqlite { operation, message }
    }

    let src = open(source, ffi::SQLITE_OPEN_READONLY)?;
    let dst = open(dest, ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE)?;
    let main = c"main";
    // SAFETY: both handles are open; the backup object is finished before they close.
    unsafe {
        let backup = ffi::sqlite3_backup_init(dst.0, main.as_ptr(), src.0, main.as_ptr());
        if backup.is_null() {
            return Err(sqlite_error("backup", &dst));
        }
        let mut rc;
        loop {
            rc = ffi::sqlite3_backup_step(backup, -1);
            if rc == ffi::SQLITE_BUSY || rc == ffi::SQLITE_LOCKED {
                ffi::sqlite3_sleep(50);
                continue;
            }
            break;
        }
        let finish = ffi::sqlite3_backup_finish(backup);
        if rc != ffi::SQLITE_DONE || finish != ffi::SQLITE_OK {
            return Err(sqlite_error("restore", &dst));
        }
    }
    Ok(())
}

/// libpq reads the password from `PGPASSWORD`: keep it out of the command line, where
/// other users of the machine could read it in the process list.
fn split_password(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_string(), None);
    };
    let (authority, tail) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, password)) => (
                format!("{scheme}://{user}@{host}{tail}"),
                Some(percent_decode(password)),
            ),
            None => (url.to_string(), None),
        },
        None => (url.to_string(), None),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn pg_tool(default: &str, variable: &str) -> Command {
    Command::new(std::env::var_os(variable).unwrap_or_else(|| default.into()))
}

fn run_tool(
    mut cmd: Command,
    program: &str,
    variable: &'static str,
    password: Option<&str>,
) -> Result<(), BackupError> {
    if let Some(password) = password {
        cmd.env("PGPASSWORD", password);
    }
    let output = cmd.output().map_err(|cause| BackupError::ToolMissing {
        program: program.to_string(),
        variable,
        cause,
    })?;
    if output.status.success() {
        Ok(())
    } else {
        Err(BackupError::ToolFailed {
            program: program.to_string(),
            status: output.status.to_string(),
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_goes_to_the_environment() {
        assert_eq!(
            split_password("postgres://academy:p%40ss@db:5432/academy"),
            (
                "postgres://academy@db:5432/academy".to_string(),
                Some("p@ss".to_string())
            )
        );
        assert_eq!(
            split_password("postgres://postgres@127.0.0.1/x"),
            ("postgres://postgres@127.0.0.1/x".to_string(), None)
        );
    }
}
