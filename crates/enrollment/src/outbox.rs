//! The email outbox. A use-case that must send an email writes a row here in its own
//! transaction, so the email goes out if and only if the change was committed. Any
//! instance drains the outbox; rendering happens at send time, in the recipient's
//! language, by the web layer (which owns templates).

use chrono::{Duration, Utc};
use courses::Lang;
use diesel::prelude::*;

use crate::db::{Backend, Database, DbConnection};
use crate::error::Result;
use crate::schema::outbox;

/// What an email says, as data; the template named by `kind` renders it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Message {
    /// Confirm the address given at sign-up.
    VerifyEmail { name: String, token: String },
    /// Someone tried to sign up with an address that already has an account.
    AlreadyRegistered { name: String },
    /// A password reset link.
    ResetPassword { name: String, token: String },
    /// Confirm a new address (sent to the new address).
    ConfirmEmailChange { name: String, token: String },
    /// Tell the old address that a change was requested.
    EmailChangeRequested { name: String },
    /// A certificate was issued; the sender attaches its PDF in the recipient's language.
    CertificateIssued {
        name: String,
        certificate_id: String,
        title: String,
    },
}

impl Message {
    pub fn kind(&self) -> &'static str {
        match self {
            Message::VerifyEmail { .. } => "verify-email",
            Message::AlreadyRegistered { .. } => "already-registered",
            Message::ResetPassword { .. } => "reset-password",
            Message::ConfirmEmailChange { .. } => "confirm-email-change",
            Message::EmailChangeRequested { .. } => "email-change-requested",
            Message::CertificateIssued { .. } => "certificate-issued",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Queues `message` for `recipient` inside the caller's transaction.
pub fn enqueue(
    conn: &mut DbConnection,
    recipient: &str,
    lang: Lang,
    message: &Message,
    attachment: Option<Attachment>,
) -> Result<()> {
    let now = Utc::now().naive_utc();
    let params = serde_json::to_string(message).expect("messages serialize");
    let (attachment_name, attachment_bytes) = match attachment {
        Some(a) => (Some(a.file_name), Some(a.bytes)),
        None => (None, None),
    };
    diesel::insert_into(outbox::table)
        .values((
            outbox::kind.eq(message.kind()),
            outbox::recipient.eq(recipient),
            outbox::lang.eq(lang.code()),
            outbox::params.eq(params),
            outbox::attachment_name.eq(attachment_name),
            outbox::attachment.eq(attachment_bytes),
            outbox::status.eq("pending"),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// An email taken from the outbox for sending.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub id: i64,
    pub recipient: String,
    pub lang: Lang,
    pub message: Message,
    pub attachment: Option<Attachment>,
    pub attempts: i32,
}

/// How long a claimed email is reserved for the instance sending it; after that another
/// instance may retry it (the first one died mid-send).
const LEASE: Duration = Duration::minutes(5);
/// Give up after this many failed attempts (the last waits about a day).
pub const MAX_ATTEMPTS: i32 = 10;

/// Claims up to `limit` due emails. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several
/// instances drain at once without taking the same row; SQLite has one writer at a time,
/// so the claim transaction alone makes it exclusive. A claim pushes `next_attempt_at`
/// forward by the lease, so a crashed sender's emails are retried later, not lost.
pub fn claim_due(db: &Database, limit: i64) -> Result<Vec<Outgoing>> {
    let now = Utc::now().naive_utc();
    let backend = db.backend();
    db.write(|c| {
        type Row = (
            i64,
            String,
            String,
            String,
            Option<String>,
            Option<Vec<u8>>,
            i32,
        );
        let query = outbox::table
            .filter(outbox::status.eq("pending"))
            .filter(outbox::next_attempt_at.le(now))
            .order(outbox::id)
            .limit(limit)
            .select((
                outbox::id,
                outbox::recipient,
                outbox::lang,
                outbox::params,
                outbox::attachment_name,
                outbox::attachment,
                outbox::attempts,
            ));
        let rows: Vec<Row> = match (backend, &mut *c) {
            (Backend::Postgres, DbConnection::Pg(pg)) => {
                query.for_update().skip_locked().load(pg)?
            }
            (_, c) => query.load(c)?,
        };
        let mut claimed = Vec::with_capacity(rows.len());
        for (id, recipient, lang, params, name, bytes, attempts) in rows {
            diesel::update(outbox::table.find(id))
                .set(outbox::next_attempt_at.eq(now + LEASE))
                .execute(c)?;
            let message: Message = match serde_json::from_str(&params) {
                Ok(m) => m,
                Err(e) => {
                    // Written by an incompatible version: park it rather than retry forever.
                    diesel::update(outbox::table.find(id))
                        .set((
                            outbox::status.eq("failed"),
                            outbox::last_error.eq(e.to_string()),
                        ))
                        .execute(c)?;
                    continue;
                }
            };
            claimed.push(Outgoing {
                id,
                recipient,
                lang: Lang::from_code(&lang).unwrap_or(Lang::Ru),
                message,
                attachment: match (name, bytes) {
                    (Some(file_name), Some(bytes)) => Some(Attachment { file_name, bytes }),
                    _ => None,
                },
                attempts,
            });
        }
        Ok(claimed)
    })
}

pub fn mark_sent(db: &Database, id: i64) -> Result<()> {
    let mut conn = db.conn()?;
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq("sent"),
            outbox::sent_at.eq(Utc::now().naive_utc()),
        ))
        .execute(&mut conn)?;
    Ok(())
}

/// Records a failed attempt and schedules the next with exponential back-off
/// (30 s, 1 min, 2 min … capped at 24 h), or gives up after [`MAX_ATTEMPTS`].
pub fn mark_failed(db: &Database, id: i64, attempts_before: i32, error: &str) -> Result<()> {
    let attempts = attempts_before + 1;
    let delay = Duration::seconds(30 * (1i64 << attempts.clamp(0, 12))).min(Duration::hours(24));
    let now = Utc::now().naive_utc();
    let status = if attempts >= MAX_ATTEMPTS {
        "failed"
    } else {
        "pending"
    };
    let mut conn = db.conn()?;
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(status),
            outbox::attempts.eq(attempts),
            outbox::next_attempt_at.eq(now + delay),
            outbox::last_error.eq(error.chars().take(500).collect::<String>()),
        ))
        .execute(&mut conn)?;
    Ok(())
}

/// Emails waiting to be sent (for /metrics and the status page).
pub fn depth(db: &Database) -> Result<i64> {
    let mut conn = db.conn()?;
    Ok(outbox::table
        .filter(outbox::status.eq("pending"))
        .count()
        .get_result(&mut conn)?)
}
