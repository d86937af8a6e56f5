//! The batch an offline client sends when its connection is back: its JSON form, its
//! limits and its decoder.
//!
//! The decoder is the first code to see bytes from any client (`POST /api/v1/sync`), so
//! it lives here, pure and without I/O, where `fuzz/` can drive it: whatever the bytes,
//! it returns events that are within every limit below, or an error, and never panics.
//! Applying the events (idempotence, conflicts) is `enrollment::sync`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::grade::Answer;

/// Most events one batch may carry.
pub const MAX_BATCH: usize = 500;
/// Longest client event id, in characters.
pub const MAX_CLIENT_ID: usize = 64;
/// Longest module or lesson slug, quiz question id or attempt id, in characters. Real
/// ones are far shorter; longer cannot name anything.
pub const MAX_NAME: usize = 128;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// A lesson read (to `position` percent) and/or finished.
    Lesson {
        module: String,
        lesson: String,
        /// 0..=100.
        #[serde(default)]
        position: Option<i32>,
        #[serde(default)]
        completed: bool,
    },
    /// An answer given to a quiz question of an open attempt.
    QuizAnswer {
        attempt: String,
        question: String,
        answer: Answer,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The client's id for this event: 1..=64 characters.
    pub id: String,
    /// When it happened on the client (RFC 3339).
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// Why a batch was refused as a whole (nothing in it is applied).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BatchError {
    #[error("not a sync batch: {0}")]
    Json(String),
    #[error("{0} events (at most {MAX_BATCH})")]
    TooMany(usize),
    #[error("an event id is empty or longer than {MAX_CLIENT_ID} characters")]
    InvalidEventId,
    #[error("event `{event}`: {field} is empty, too long or out of range")]
    InvalidField { event: String, field: &'static str },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Batch {
    events: Vec<Event>,
}

/// Decodes and checks a batch: `{"events": [...]}`.
pub fn decode_batch(body: &[u8]) -> Result<Vec<Event>, BatchError> {
    let batch: Batch = serde_json::from_slice(body).map_err(|e| BatchError::Json(e.to_string()))?;
    check_batch(&batch.events)?;
    Ok(batch.events)
}

/// The limits of a batch, for events that arrived by another way (the browser's form).
pub fn check_batch(events: &[Event]) -> Result<(), BatchError> {
    if events.len() > MAX_BATCH {
        return Err(BatchError::TooMany(events.len()));
    }
    if events
        .iter()
        .any(|e| e.id.is_empty() || e.id.chars().count() > MAX_CLIENT_ID)
    {
        return Err(BatchError::InvalidEventId);
    }
    events.iter().try_for_each(check_event)
}

fn check_event(e: &Event) -> Result<(), BatchError> {
    let name = |s: &str| !s.is_empty() && s.chars().count() <= MAX_NAME;
    let invalid = |field| {
        Err(BatchError::InvalidField {
            event: e.id.clone(),
            field,
        })
    };
    match &e.kind {
        EventKind::Lesson {
            module,
            lesson,
            position,
            ..
        } => {
            if !name(module) {
                return invalid("module");
            }
            if !name(lesson) {
                return invalid("lesson");
            }
            if position.is_some_and(|p| !(0..=100).contains(&p)) {
                return invalid("position");
            }
        }
        EventKind::QuizAnswer {
            attempt,
            question,
            answer,
        } => {
            if !name(attempt) {
                return invalid("attempt");
            }
            if !name(question) {
                return invalid("question");
            }
            if !answer.within_limits() {
                return invalid("answer");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(id: &str, position: i64) -> serde_json::Value {
        serde_json::json!({"id": id, "at": "2026-11-20T10:00:00Z", "type": "lesson",
            "module": "m", "lesson": "l", "position": position, "completed": true})
    }

    fn body(events: Vec<serde_json::Value>) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({ "events": events })).unwrap()
    }

    #[test]
    fn decodes_both_kinds() {
        let answer = serde_json::json!({"id": "b", "at": "2026-11-20T10:01:00+05:00",
            "type": "quiz_answer", "attempt": "A1", "question": "q1",
            "answer": {"type": "multiple", "value": [0, 2]}});
        let events = decode_batch(&body(vec![lesson("a", 40), answer])).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(
            events[1].kind,
            EventKind::QuizAnswer {
                attempt: "A1".into(),
                question: "q1".into(),
                answer: Answer::Multiple(vec![0, 2]),
            }
        );
        assert_eq!(events[1].at.to_rfc3339(), "2026-11-20T05:01:00+00:00");
    }

    #[test]
    fn refuses_what_is_out_of_bounds() {
        let many = (0..=MAX_BATCH).map(|i| lesson(&i.to_string(), 1)).collect();
        assert_eq!(
            decode_batch(&body(many)),
            Err(BatchError::TooMany(MAX_BATCH + 1))
        );
        let exactly = (0..MAX_BATCH).map(|i| lesson(&i.to_string(), 1)).collect();
        assert_eq!(decode_batch(&body(exactly)).unwrap().len(), MAX_BATCH);
        assert_eq!(
            decode_batch(&body(vec![lesson("", 1)])),
            Err(BatchError::InvalidEventId)
        );
        assert_eq!(
            decode_batch(&body(vec![lesson(&"я".repeat(MAX_CLIENT_ID + 1), 1)])),
            Err(BatchError::InvalidEventId)
        );
        assert!(decode_batch(&body(vec![lesson(&"я".repeat(MAX_CLIENT_ID), 1)])).is_ok());
        for position in [-1, 101] {
            assert!(matches!(
                decode_batch(&body(vec![lesson("a", position)])),
                Err(BatchError::InvalidField {
                    field: "position",
                    ..
                })
            ));
        }
        let long_module = serde_json::json!({"id": "a", "at": "2026-11-20T10:00:00Z",
            "type": "lesson", "module": "m".repeat(MAX_NAME + 1), "lesson": "l"});
        assert!(matches!(
            decode_batch(&body(vec![long_module])),
            Err(BatchError::InvalidField {
                field: "module",
                ..
            })
        ));
        let long_text = serde_json::json!({"id": "a", "at": "2026-11-20T10:00:00Z",
            "type": "quiz_answer", "attempt": "A", "question": "q",
            "answer": {"type": "text", "value": "x".repeat(crate::MAX_TEXT_ANSWER_CHARS + 1)}});
        assert!(matches!(
            decode_batch(&body(vec![long_text])),
            Err(BatchError::InvalidField {
                field: "answer",
                ..
            })
        ));
        for bad in [
            &b""[..],
            b"[]",
            b"{\"events\": {}}",
            b"{\"events\": [], \"extra\": 1}",
            b"{\"events\": [{\"id\": \"a\"}]}",
            b"{\"events\": [{\"id\": \"a\", \"at\": \"yesterday\", \"type\": \"lesson\", \"module\": \"m\", \"lesson\": \"l\"}]}",
            b"\xff\xfe",
        ] {
            assert!(matches!(decode_batch(bad), Err(BatchError::Json(_))), "{bad:?}");
        }
    }
}
