//! One data layer over two backends: embedded SQLite (the default: nothing to install)
//! and PostgreSQL (several stateless app instances). The backend is chosen once, from
//! the database URL's scheme, and every pooled connection is of that kind.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

/// The connection every query in the service runs on.
///
/// Only portable SQL types cross this enum: integers, text, booleans, UTC timestamps
/// without zone, binary. Ids and JSON are stored as integers or text.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Pg(PgConnection),
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgresql",
        }
    }
}

/// A parsed database location. Its `Display` never shows a password.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A file path (parent directories are created on first connect) or `:memory:`.
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` URL, kept verbatim for libpq.
    Postgres(String),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL scheme {scheme:?}: use sqlite://PATH, a plain file path, or postgres://…")]
    UnsupportedScheme { scheme: String },
    #[error("cannot create the database directory {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the database {url}: {source}")]
    Connect {
        url: String,
        source: diesel::ConnectionError,
    },
    #[error("cannot configure the SQLite connection: {0}")]
    Configure(#[source] diesel::result::Error),
    #[error("database connection pool: {0}")]
    Pool(#[from] r2d2::PoolError),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("a read replica (ACADEMY_REPLICA_URL) needs PostgreSQL for both the primary and the replica")]
    ReplicaNeedsPostgres,
}

impl DatabaseUrl {
    /// `sqlite://path`, `sqlite:path`, `file:path` or a bare path → SQLite;
    /// `postgres://…`/`postgresql://…` → PostgreSQL. Anything else with a scheme is an
    /// error rather than a guess: a typo must not silently create a SQLite file.
    pub fn parse(raw: &str) -> Result<Self, DbError> {
        let raw = raw.trim();
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(raw.to_string()));
        }
        for prefix in ["sqlite://", "sqlite:", "file:"] {
            if let Some(rest) = raw.strip_prefix(prefix) {
                let path = rest.split('?').next().unwrap_or(rest);
                return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
            }
        }
        if let Some((scheme, _)) = raw.split_once("://") {
            return Err(DbError::UnsupportedScheme {
                scheme: scheme.to_string(),
            });
        }
        Ok(DatabaseUrl::Sqlite(PathBuf::from(raw)))
    }

    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        }
    }

    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            DatabaseUrl::Sqlite(p) => Some(p),
            DatabaseUrl::Postgres(_) => None,
        }
    }

    /// Opens one connection of the right kind, configured for the Academy.
    pub fn connect(&self) -> Result<DbConnection, DbError> {
        match self {
            DatabaseUrl::Sqlite(path) => {
                let in_memory = path.as_os_str() == ":memory:";
                if !in_memory {
                    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                        std::fs::create_dir_all(dir).map_err(|source| DbError::CreateDir {
                            path: dir.to_path_buf(),
                            source,
                        })?;
                    }
                }
                let target = path.to_string_lossy();
                let mut conn =
                    SqliteConnection::establish(&target).map_err(|source| DbError::Connect {
                        url: self.to_string(),
                        source,
                    })?;
                configure_sqlite(&mut conn)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres(url) => {
                let conn = PgConnection::establish(url).map_err(|source| DbError::Connect {
                    url: self.to_string(),
                    source,
                })?;
                Ok(DbConnection::Pg(conn))
            }
        }
    }
}

/// Pragmas set on every pooled SQLite connection.
///
/// - WAL lets readers proceed while one writer commits.
/// - `synchronous = FULL`: a write the server acknowledged survives power loss, not only
///   a process crash; learners' quiz results are worth the extra fsync per commit.
/// - `busy_timeout` makes concurrent writers wait for the lock instead of failing with
///   "database is locked".
/// - Foreign keys are off by default in SQLite.
/// - `secure_delete`: deleted rows are overwritten with zeros instead of lingering in
///   free pages, so a deleted account's address and answers are not left in the file
///   (docs/security.md, "Privacy"); it costs extra writes on deletes only.
/// - Temporary storage stays SQLite's default (a file the OS caches): a report's large
///   sort then spills out of the process instead of growing its memory.
fn configure_sqlite(conn: &mut SqliteConnection) -> Result<(), DbError> {
    conn.batch_execute(
        "PRAGMA busy_timeout = 10000;
         PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;",
    )
    .map_err(DbError::Configure)
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(p) => write!(f, "sqlite://{}", p.display()),
            DatabaseUrl::Postgres(url) => f.write_str(&redact_password(url)),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}{tail}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// The r2d2 manager: connects with the variant the URL names, never by trial.
pub struct Manager {
    url: DatabaseUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        self.url.connect().map_err(|e| match e {
            DbError::Connect { source, .. } => r2d2::Error::ConnectionError(source),
            DbError::Configure(q) | DbError::Query(q) => r2d2::Error::QueryError(q),
            other => r2d2::Error::ConnectionError(diesel::ConnectionError::BadConnection(
                other.to_string(),
            )),
        })
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_size: u32,
    pub connect_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        PoolOptions {
            max_size: 16,
            connect_timeout: Duration::from_secs(5),
        }
    }
}

/// The database handle the application holds: the pool, what it points at, and the
/// cache of immutable content versions read through it.
#[derive(Clone)]
pub struct Database {
    pool: Pool,
    url: DatabaseUrl,
    /// A read-only copy of the primary (PostgreSQL streaming replication) for reads that
    /// may lag a little: the public catalogue, reports. See [`Database::read_replica`].
    replica: Option<Replica>,
    pub(crate) content: std::sync::Arc<crate::catalog::ContentCache>,
    /// SQLite has one writer at a time. Writers of this process queue here, and the one
    /// holding it takes a pooled connection and the database's write lock; without it
    /// they would all race for the lock inside SQLite, whose busy handler sleeps
    /// (1, 2, 5, 10… ms) between tries: under load most of a write's time was that sleep,
    /// and waiting writers held pooled connections readers needed. Other processes (the
    /// CLI) still meet `busy_timeout`.
    writer: std::sync::Arc<std::sync::Mutex<()>>,
}

impl Database {
    /// Builds the pool and opens its first connection, so a wrong URL or an unreachable
    /// server is reported at start-up, with its cause.
    pub fn open(url: &DatabaseUrl, options: &PoolOptions) -> Result<Self, DbError> {
        // Fail with the real error (bad path, refused connection) before r2d2 turns it
        // into a bare timeout.
        drop(url.connect()?);
        let pool = r2d2::Pool::builder()
            .max_size(options.max_size)
            .connection_timeout(options.connect_timeout)
            // A SQLite connection is a file handle in this process: it cannot drop like
            // a server's socket, so testing it with a query on every checkout (one
            // more statement parsed per request) buys nothing.
            .test_on_check_out(url.backend() == Backend::Postgres)
            .build(Manager { url: url.clone() })?;
        Ok(Database {
            pool,
            url: url.clone(),
            replica: None,
            content: Default::default(),
            writer: Default::default(),
        })
    }

    /// Adds a read replica: [`Database::read_replica`] then takes its connections from
    /// it. Only PostgreSQL replicates; a replica for a SQLite database is refused.
    pub fn with_replica(
        mut self,
        url: &DatabaseUrl,
        options: &PoolOptions,
    ) -> Result<Self, DbError> {
        if self.backend() != Backend::Postgres || url.backend() != Backend::Postgres {
            return Err(DbError::ReplicaNeedsPostgres);
        }
        drop(url.connect()?);
        let pool = r2d2::Pool::builder()
            .max_size(options.max_size)
            .connection_timeout(options.connect_timeout)
            .build(Manager { url: url.clone() })?;
        self.replica = Some(Replica {
            pool,
            url: url.clone(),
        });
        Ok(self)
    }

    /// A connection for reads that tolerate replication lag (the public catalogue,
    /// reports): from the replica when one is configured, else from the primary. Never
    /// write through it, and never use it to read what the same request just wrote:
    /// progress, quiz attempts and sessions read the primary ([`Database::conn`]).
    ///
    /// A replica that stops answering costs each such read the pool's connection timeout,
    /// then the primary serves it: slower, never wrong.
    pub fn read_replica(&self) -> Result<PooledConn, DbError> {
        match &self.replica {
            Some(r) => match r.pool.get() {
                Ok(conn) => Ok(conn),
                Err(e) => {
                    tracing::warn!(error = %e, replica = %r.url, "read replica unavailable; reading the primary");
                    self.conn()
                }
            },
            None => self.conn(),
        }
    }

    /// The replica's location, when one is configured.
    pub fn replica_url(&self) -> Option<&DatabaseUrl> {
        self.replica.as_ref().map(|r| &r.url)
    }

    /// The replica pool's size limit, when one is configured.
    pub fn replica_max_pool_size(&self) -> Option<u32> {
        self.replica.as_ref().map(|r| r.pool.max_size())
    }

    /// The replica pool's state, when one is configured.
    pub fn replica_pool_state(&self) -> Option<r2d2::State> {
        self.replica.as_ref().map(|r| r.pool.state())
    }

    pub fn backend(&self) -> Backend {
        self.url.backend()
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    pub fn conn(&self) -> Result<PooledConn, DbError> {
        Ok(self.pool.get()?)
    }

    /// Runs `f` in a write transaction: committed when it returns `Ok`, rolled back on
    /// `Err` or panic. On SQLite it is `BEGIN IMMEDIATE`, which takes the write lock up
    /// front: a deferred transaction that reads first and writes later fails with
    /// "database is locked" when another writer got in between, instead of waiting
    /// (busy_timeout cannot help it). `f` must not open transactions of its own.
    pub fn write<T, E>(&self, f: impl FnOnce(&mut DbConnection) -> Result<T, E>) -> Result<T, E>
    where
        E: From<DbError> + From<diesel::result::Error>,
    {
        match self.backend() {
            Backend::Postgres => self.conn()?.transaction(|c| f(c)),
            Backend::Sqlite => {
                // The queue first, then a connection: a writer waiting its turn holds no
                // pooled connection.
                let _turn = self.writer.lock().unwrap_or_else(|e| e.into_inner());
                let mut conn = self.conn()?;
                conn.batch_execute("BEGIN IMMEDIATE")?;
                let mut guard = RollbackGuard { conn: Some(conn) };
                let result = f(guard.conn.as_mut().expect("held until the end"));
                let mut conn = guard.conn.take().expect("held until the end");
                match result {
                    Ok(value) => {
                        conn.batch_execute("COMMIT")?;
                        Ok(value)
                    }
                    Err(e) => {
                        conn.batch_execute("ROLLBACK")?;
                        Err(e)
                    }
                }
            }
        }
    }

    pub fn pool_state(&self) -> r2d2::State {
        self.pool.state()
    }

    pub fn max_pool_size(&self) -> u32 {
        self.pool.max_size()
    }
}

#[derive(Clone)]
struct Replica {
    pool: Pool,
    url: DatabaseUrl,
}

/// Rolls back a manual SQLite transaction if the closure inside it panicked, so the
/// connection goes back to the pool clean.
struct RollbackGuard {
    conn: Option<PooledConn>,
}

impl Drop for RollbackGuard {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.as_mut() {
            let _ = conn.batch_execute("ROLLBACK");
        }
    }
}

/// Migrations embedded in the binary, per backend.
pub mod migrations {
    use super::*;

    /// Runs `$body` with `$h` bound to the backend's own connection (the harness is
    /// generic, so it cannot be a trait object) and `$m` to that backend's migrations.
    macro_rules! with_harness {
        ($conn:expr, |$h:ident, $m:ident| $body:expr) => {
            match $conn {
                DbConnection::Sqlite($h) => {
                    let $m = SQLITE_MIGRATIONS;
                    $body
                }
                DbConnection::Pg($h) => {
                    let $m = POSTGRES_MIGRATIONS;
                    $body
                }
            }
            .map_err(|e| DbError::Migration(e.to_string()))
        };
    }

    /// Applies every pending migration; returns the versions applied.
    pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
        with_harness!(conn, |h, m| h
            .run_pending_migrations(m)
            .map(|v| v.iter().map(|v| v.to_string()).collect()))
    }

    /// Versions embedded in this binary that the database has not applied yet.
    pub fn pending(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
        with_harness!(conn, |h, m| h
            .pending_migrations(m)
            .map(|v| v.iter().map(|m| m.name().version().to_string()).collect()))
    }

    /// Versions applied to the database.
    pub fn applied(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
        with_harness!(conn, |h, _m| h
            .applied_migrations()
            .map(|v| v.iter().map(|v| v.to_string()).collect()))
    }

    /// Reverts every applied migration (the reversibility test; operators rolling back).
    pub fn revert_all(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
        with_harness!(conn, |h, m| h
            .revert_all_migrations(m)
            .map(|v| v.iter().map(|v| v.to_string()).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_schemes_pick_the_backend() {
        assert_eq!(
            DatabaseUrl::parse("./data/academy.db").unwrap(),
            DatabaseUrl::Sqlite("./data/academy.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/a.db").unwrap(),
            DatabaseUrl::Sqlite("data/a.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/a.db").unwrap(),
            DatabaseUrl::Sqlite("/tmp/a.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").unwrap().backend(),
            Backend::Postgres
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db").unwrap().backend(),
            Backend::Postgres
        );
        assert!(matches!(
            DatabaseUrl::parse("mysql://u@h/db"),
            Err(DbError::UnsupportedScheme { .. })
        ));
    }

    #[test]
    fn display_hides_the_password() {
        let url = DatabaseUrl::parse("postgres://academy:s3cret@db.local:5432/academy").unwrap();
        let shown = url.to_string();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert_eq!(shown, "postgres://academy:***@db.local:5432/academy");
        assert!(!format!("{url:?}").contains("s3cret"));
    }
}
