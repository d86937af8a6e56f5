//! The audit log: an append-only record of who changed what and when. Written in the
//! same transaction as the change it describes, so a change without its audit entry
//! (or the reverse) cannot exist. Staff read it; nobody edits it.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::{Database, DbConnection};
use crate::error::Result;
use crate::schema::audit_log;

/// Who acted: an account (id and a readable label kept even if the account is deleted)
/// or the command line / the system itself.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<i64>,
    pub label: String,
}

impl Actor {
    pub fn user(id: i64, label: impl Into<String>) -> Actor {
        Actor {
            id: Some(id),
            label: label.into(),
        }
    }

    /// An action taken from the `academy` command line by the operator.
    pub fn cli() -> Actor {
        Actor {
            id: None,
            label: "cli".into(),
        }
    }

    /// An action the application took by itself (e.g. a scheduled job).
    pub fn system() -> Actor {
        Actor {
            id: None,
            label: "system".into(),
        }
    }
}

/// One row of the log.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: NaiveDateTime,
    pub actor_id: Option<i64>,
    pub actor_label: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// Appends an entry inside the caller's transaction. `detail` is serialised as JSON.
pub fn record(
    conn: &mut DbConnection,
    actor: &Actor,
    action: &str,
    subject: &str,
    detail: &serde_json::Value,
) -> Result<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(Utc::now().naive_utc()),
            audit_log::actor_id.eq(actor.id),
            audit_log::actor_label.eq(&actor.label),
            audit_log::action.eq(action),
            audit_log::subject.eq(subject),
            audit_log::detail.eq(detail.to_string()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A filter for reading the log: by action prefix (e.g. `certificate.`) and subject.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub action_prefix: Option<String>,
    pub subject: Option<String>,
    /// Only entries older than this id (for paging backwards); newest first.
    pub before_id: Option<i64>,
}

/// The newest `limit` entries matching `filter`, newest first.
pub fn list(db: &Database, filter: &Filter, limit: i64) -> Result<Vec<Entry>> {
    let mut conn = db.conn()?;
    let mut query = audit_log::table.into_boxed();
    if let Some(prefix) = &filter.action_prefix {
        query = query.filter(audit_log::action.like(format!("{}%", escape_like(prefix))));
    }
    if let Some(subject) = &filter.subject {
        query = query.filter(audit_log::subject.eq(subject));
    }
    if let Some(before) = filter.before_id {
        query = query.filter(audit_log::id.lt(before));
    }
    Ok(query
        .order(audit_log::id.desc())
        .limit(limit.clamp(1, 1000))
        .load(&mut conn)?)
}

/// Action keys are plain ASCII words and dots; strip LIKE wildcards so a filter
/// typed by staff cannot widen itself.
fn escape_like(s: &str) -> String {
    s.chars().filter(|c| *c != '%' && *c != '_').collect()
}
