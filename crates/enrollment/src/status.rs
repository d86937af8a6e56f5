//! What an operator needs to know about a running deployment: the database (backend,
//! size, migrations), the email outbox, certificates issued, the last backup. Read by
//! `/metrics` (the counts) and the admin status page (everything).

use diesel::prelude::*;
use diesel::sql_types::BigInt;

use crate::backup::{self, BackupRecord};
use crate::db::{migrations, Backend, Database, DbConnection, DbError};
use crate::schema::{certificates, outbox};

/// Counts every instance reports the same (they come from the shared database).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Emails waiting to be sent (including those being retried).
    pub outbox_pending: i64,
    /// Emails given up on after every retry.
    pub outbox_failed: i64,
    /// Certificate records ever issued (revoked ones included).
    pub certificates_issued: i64,
}

pub fn counts(db: &Database) -> Result<Counts, DbError> {
    let mut conn = db.conn()?;
    counts_on(&mut conn)
}

fn counts_on(conn: &mut DbConnection) -> Result<Counts, DbError> {
    let by_status = |conn: &mut DbConnection, status: &str| -> Result<i64, DbError> {
        Ok(outbox::table
            .filter(outbox::status.eq(status))
            .count()
            .get_result(conn)?)
    };
    Ok(Counts {
        outbox_pending: by_status(conn, "pending")?,
        outbox_failed: by_status(conn, "failed")?,
        certificates_issued: certificates::table.count().get_result(conn)?,
    })
}

/// The admin status page's data.
#[derive(Debug, Clone)]
pub struct Status {
    pub backend: Backend,
    /// The primary database's size on disk, in bytes.
    pub database_bytes: Option<i64>,
    /// Where the primary is (password hidden) and the replica, if any.
    pub database: String,
    pub replica: Option<String>,
    pub applied_migrations: Vec<String>,
    pub pending_migrations: Vec<String>,
    pub counts: Counts,
    /// The newest error of an email still pending or failed, if any.
    pub last_outbox_error: Option<String>,
    pub last_backup: Option<BackupRecord>,
}

pub fn status(db: &Database) -> Result<Status, DbError> {
    let mut conn = db.conn()?;
    let mut applied = migrations::applied(&mut conn)?;
    applied.sort();
    let pending = migrations::pending(&mut conn)?;
    let counts = counts_on(&mut conn)?;
    let last_outbox_error = outbox::table
        .filter(outbox::status.ne("sent"))
        .filter(outbox::last_error.is_not_null())
        .order(outbox::id.desc())
        .select(outbox::last_error)
        .first::<Option<String>>(&mut *conn)
        .optional()?
        .flatten();
    let database_bytes = database_size(&mut conn).ok();
    drop(conn);
    Ok(Status {
        backend: db.backend(),
        database_bytes,
        database: db.url().to_string(),
        replica: db.replica_url().map(|u| u.to_string()),
        applied_migrations: applied,
        pending_migrations: pending,
        counts,
        last_outbox_error,
        last_backup: backup::last_backup(db)?,
    })
}

fn database_size(conn: &mut DbConnection) -> Result<i64, DbError> {
    #[derive(QueryableByName)]
    struct Size {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let size: Size = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(
            "SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()",
        )
        .get_result(c)?,
        DbConnection::Pg(c) => {
            diesel::sql_query("SELECT pg_database_size(current_database())::bigint AS n")
                .get_result(c)?
        }
    };
    Ok(size.n)
}
