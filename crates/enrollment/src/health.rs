//! Readiness: the database answers and its schema is the one this binary expects.

use diesel::connection::SimpleConnection;

use crate::db::{migrations, Database, DbError};

#[derive(Debug, Clone, serde::Serialize)]
pub struct Readiness {
    pub database: bool,
    pub pending_migrations: Vec<String>,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.database && self.pending_migrations.is_empty()
    }
}

pub fn check(db: &Database) -> Readiness {
    let probe = || -> Result<Vec<String>, DbError> {
        let mut conn = db.conn()?;
        conn.batch_execute("SELECT 1")?;
        migrations::pending(&mut conn)
    };
    match probe() {
        Ok(pending_migrations) => Readiness {
            database: true,
            pending_migrations,
        },
        Err(e) => {
            tracing::warn!(error = %e, "readiness check: database unavailable");
            Readiness {
                database: false,
                pending_migrations: Vec::new(),
            }
        }
    }
}

/// Applies pending migrations; returns what was applied.
pub fn migrate(db: &Database) -> Result<Vec<String>, DbError> {
    let mut conn = db.conn()?;
    migrations::run_pending(&mut conn)
}
