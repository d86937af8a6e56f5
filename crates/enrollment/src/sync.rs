//! Progress recorded offline by a client and sent later in batches.
//!
//! Each event carries an id the client made up (unique per learner). An event already
//! applied is skipped, so sending the same batch twice, or a batch that partly arrived
//! before a dropped connection, changes nothing the second time.
//!
//! Conflicts are resolved so that nothing earned is lost:
//! - lesson progress only moves forward: a lesson once complete stays complete with its
//!   earliest completion time; the reading position is the furthest one seen;
//! - quiz answers: events are applied in the order of their client timestamps (then
//!   their ids); a later answer to the same question replaces an earlier one; answers
//!   for an attempt that is already submitted, or whose time is up, are rejected.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use diesel::connection::SimpleConnection;

use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::learning;
use crate::schema::sync_events;

// The batch's form, limits and decoder are the engine's (pure, fuzzed in `fuzz/`).
pub use courses::sync_batch::{
    decode_batch, BatchError, Event, EventKind, MAX_BATCH, MAX_CLIENT_ID, MAX_NAME,
};

impl From<BatchError> for Error {
    fn from(e: BatchError) -> Self {
        match e {
            BatchError::TooMany(_) => Error::BatchTooLarge,
            BatchError::InvalidEventId => Error::InvalidEventId,
            e => Error::InvalidField(e.to_string()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Applied,
    /// Seen before; nothing changed.
    Duplicate,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventResult {
    pub id: String,
    pub outcome: Outcome,
    /// For rejected events: the error key (a Fluent id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SyncReport {
    pub results: Vec<EventResult>,
    /// Modules this batch completed.
    pub modules_completed: Vec<String>,
}

fn record_seen(c: &mut crate::db::DbConnection, user_id: i64, id: &str) -> Result<()> {
    diesel::insert_into(sync_events::table)
        .values((
            sync_events::user_id.eq(user_id),
            sync_events::client_event_id.eq(id),
            sync_events::applied_at.eq(Utc::now().naive_utc()),
        ))
        .execute(c)?;
    Ok(())
}

/// Applies a batch in one transaction, each event inside its own savepoint: one bad
/// event is rolled back alone and does not lose the others; the client learns per event
/// what happened. One transaction (one commit, one fsync on SQLite) per batch instead
/// of one per event is what lets a phone's backlog of hundreds of events sync in a
/// moment; an internal error (the database failing) rolls the whole batch back, and the
/// client sends it again (events are idempotent).
pub fn apply(db: &Database, user_id: i64, mut events: Vec<Event>) -> Result<SyncReport> {
    courses::sync_batch::check_batch(&events)?;
    events.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    db.write(|c| {
        crate::learning::lock_learner(c, db, user_id)?;
        let mut report = SyncReport {
            results: Vec::with_capacity(events.len()),
            modules_completed: Vec::new(),
        };
        for event in events {
            c.batch_execute("SAVEPOINT sync_event")
                .map_err(crate::db::DbError::from)?;
            let result = apply_one(c, db, user_id, &event);
            let end = if result.is_ok() {
                "RELEASE SAVEPOINT sync_event"
            } else {
                "ROLLBACK TO SAVEPOINT sync_event; RELEASE SAVEPOINT sync_event"
            };
            c.batch_execute(end).map_err(crate::db::DbError::from)?;
            match result {
                Ok((Outcome::Rejected, _)) => report.results.push(EventResult {
                    id: event.id,
                    outcome: Outcome::Rejected,
                    error: Some(Error::TimeUp.key()),
                }),
                Ok((outcome, completed)) => {
                    report.modules_completed.extend(completed);
                    report.results.push(EventResult {
                        id: event.id,
                        outcome,
                        error: None,
                    });
                }
                Err(e) if !e.is_internal() => report.results.push(EventResult {
                    id: event.id,
                    outcome: Outcome::Rejected,
                    error: Some(e.key()),
                }),
                Err(e) => return Err(e),
            }
        }
        Ok(report)
    })
}

/// One event, inside the batch's transaction.
fn apply_one(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    event: &Event,
) -> Result<(Outcome, Option<String>)> {
    let seen: i64 = sync_events::table
        .filter(sync_events::user_id.eq(user_id))
        .filter(sync_events::client_event_id.eq(&event.id))
        .count()
        .get_result(c)?;
    if seen > 0 {
        return Ok((Outcome::Duplicate, None));
    }
    let at: NaiveDateTime = event.at.naive_utc().min(Utc::now().naive_utc());
    let completed = match &event.kind {
        EventKind::Lesson {
            module,
            lesson,
            position,
            completed,
        } => {
            let change = learning::record_lesson_in(
                c, db, user_id, module, lesson, *position, *completed, at,
            )?
            .change;
            change.module_completed_now.then(|| module.clone())
        }
        EventKind::QuizAnswer {
            attempt,
            question,
            answer,
        } => {
            let answers = [(question.clone(), answer.clone())].into_iter().collect();
            match crate::quizzes::save_answers_in(c, db, user_id, attempt, answers, &[])? {
                crate::quizzes::Saved::Saved(_) => None,
                // The auto-submission must be committed, and the event recorded as
                // processed; the client is told it was rejected.
                crate::quizzes::Saved::TimeUp(_) => {
                    record_seen(c, user_id, &event.id)?;
                    return Ok((Outcome::Rejected, None));
                }
            }
        }
    };
    record_seen(c, user_id, &event.id)?;
    Ok((Outcome::Applied, completed))
}
