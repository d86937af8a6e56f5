//! The offline sync batch decoder (the body of `POST /api/v1/sync`) on arbitrary bytes:
//! no panics; whatever it accepts is within every limit, and survives a round trip.
#![no_main]

use courses::sync_batch::{decode_batch, EventKind, MAX_BATCH, MAX_CLIENT_ID, MAX_NAME};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(events) = decode_batch(data) else {
        return;
    };
    assert!(events.len() <= MAX_BATCH);
    let within = |s: &str, max: usize| !s.is_empty() && s.chars().count() <= max;
    for e in &events {
        assert!(within(&e.id, MAX_CLIENT_ID));
        match &e.kind {
            EventKind::Lesson {
                module,
                lesson,
                position,
                ..
            } => {
                assert!(within(module, MAX_NAME) && within(lesson, MAX_NAME));
                assert!(position.is_none_or(|p| (0..=100).contains(&p)));
            }
            EventKind::QuizAnswer {
                attempt,
                question,
                answer,
            } => {
                assert!(within(attempt, MAX_NAME) && within(question, MAX_NAME));
                assert!(answer.within_limits());
            }
        }
    }
    // What was accepted means the same when written out and read again.
    let again = serde_json::to_vec(&serde_json::json!({ "events": events })).unwrap();
    assert_eq!(decode_batch(&again).unwrap(), events);
});
