//! The JSON shapes of the API, with their OpenAPI schemas. They mirror the engine's and
//! the service's types (which know nothing of OpenAPI) and are converted from them here,
//! so the published contract changes only when this file does.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use courses::{Lang, Localized};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

/// A text in the best language available, and that language.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Text {
    pub text: String,
    /// The language of `text` (the one asked for, else Russian, else English).
    #[schema(example = "ru")]
    pub lang: &'static str,
}

impl Text {
    pub fn of(l: &Localized<String>, lang: Lang) -> Text {
        match l.best(lang) {
            Some((shown, t)) => Text {
                text: t.clone(),
                lang: shown.code(),
            },
            None => Text {
                text: String::new(),
                lang: lang.code(),
            },
        }
    }
}

// ---------------------------------------------------------------------------
// Authentication

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    #[schema(example = "aigul@example.kz", max_length = 254)]
    pub email: String,
    /// Longer than 256 characters never matches.
    #[schema(example = "a long passphrase", max_length = 256)]
    pub password: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    /// A JWT (EdDSA) to send as `Authorization: Bearer …`.
    pub access_token: String,
    /// Always `Bearer`.
    #[schema(example = "Bearer")]
    pub token_type: &'static str,
    /// Seconds the access token is valid (900).
    #[schema(example = 900)]
    pub expires_in: i64,
    /// Exchange at `/api/v1/auth/refresh` for new tokens; each is good for one use.
    pub refresh_token: String,
    /// Seconds the refresh token may wait before it is used (30 days).
    #[schema(example = 2592000)]
    pub refresh_expires_in: i64,
}

/// A JSON Web Key Set (RFC 7517) of the keys that verify access tokens.
#[derive(Debug, Serialize, ToSchema)]
pub struct Jwks {
    pub keys: Vec<super::jwt::PublicJwk>,
}

// ---------------------------------------------------------------------------
// Catalogue, modules, enrolments, lessons

/// Something that must be completed first.
#[derive(Debug, Serialize, ToSchema)]
pub struct Requirement {
    pub kind: RequirementKind,
    pub slug: String,
    pub title: Text,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    Module,
    Level,
}

/// The signed-in learner's standing in a module (absent without an access token).
#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleProgress {
    pub enrolled: bool,
    pub completed: bool,
    pub lessons_done: usize,
    pub lessons_total: usize,
    /// 0..=100, lessons only.
    pub percent: usize,
    pub quiz_passed: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleSummary {
    #[schema(example = "01-civil-society")]
    pub slug: String,
    pub title: Text,
    pub summary: Text,
    pub estimated_minutes: u32,
    pub lesson_count: usize,
    /// Languages in which every lesson exists.
    pub languages: Vec<&'static str>,
    pub has_quiz: bool,
    /// Slugs of the modules that must be completed first.
    pub prerequisites: Vec<String>,
    /// What is still missing before this module can be started (for the signed-in
    /// learner; for an anonymous caller, everything required).
    pub unmet: Vec<Requirement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<ModuleProgress>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LevelSummary {
    pub slug: String,
    pub order: u32,
    pub title: Text,
    pub summary: Text,
    /// Levels that must be completed first, and which of them are not yet.
    pub requires: Vec<String>,
    pub unmet: Vec<Requirement>,
    pub modules: Vec<ModuleSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Catalogue {
    pub levels: Vec<LevelSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LessonSummary {
    pub slug: String,
    pub title: Text,
    /// Languages this lesson exists in.
    pub languages: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// Reading position 0..=100, when the learner has opened it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuizInfo {
    /// Percentage needed to pass.
    pub pass_mark: u8,
    /// `null`: unlimited.
    pub max_attempts: Option<u32>,
    /// `null`: no time limit.
    pub time_limit_minutes: Option<u32>,
    pub languages: Vec<&'static str>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleDetail {
    #[serde(flatten)]
    pub summary: ModuleSummary,
    pub level: String,
    pub level_title: Text,
    /// The content version shown: the one the learner is enrolled in, else the current.
    pub version: i32,
    pub objectives: Vec<String>,
    pub lessons: Vec<LessonSummary>,
    pub quiz: Option<QuizInfo>,
    /// Where to continue reading (signed-in learners).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub continue_lesson: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Enrolled {
    /// Modules this request enrolled the learner in.
    pub newly_enrolled: Vec<String>,
    /// Modules the learner was already enrolled in.
    pub already_enrolled: Vec<String>,
}

impl From<enrollment::learning::Enrolled> for Enrolled {
    fn from(e: enrollment::learning::Enrolled) -> Self {
        Enrolled {
            newly_enrolled: e.newly_enrolled,
            already_enrolled: e.already_enrolled,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Enrolment {
    pub module: String,
    pub title: Text,
    /// The module version the enrolment is pinned to.
    pub version: i32,
    pub enrolled_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub last_lesson: Option<String>,
    pub last_activity_at: DateTime<Utc>,
    pub lessons_done: usize,
    pub lessons_total: usize,
    pub percent: usize,
    pub has_quiz: bool,
    pub quiz_passed: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Enrolments {
    /// In the order of enrolment.
    pub enrolments: Vec<Enrolment>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LessonPage {
    pub module: String,
    pub lesson: String,
    pub title: String,
    /// Sanitized HTML (no scripts, no event handlers). Images point at
    /// `/media/{module}/{version}/{file}` on this server.
    pub html: String,
    /// The language shown: the one asked for, else Russian, else English.
    #[schema(example = "kk")]
    pub lang: &'static str,
    /// The language asked for (`lang=`, else `Accept-Language`, else Russian).
    pub requested_lang: &'static str,
    /// Languages this lesson exists in.
    pub languages: Vec<&'static str>,
    /// 1-based position in the module.
    pub number: usize,
    pub count: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub done: bool,
    /// Reading position 0..=100.
    pub position: i32,
}

#[derive(Debug, Deserialize, ToSchema, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// Content language: ru, kk, ky, tg, tk, uz, az or en. Default: from
    /// `Accept-Language`, else Russian.
    #[param(example = "kk")]
    pub lang: Option<String>,
}

// ---------------------------------------------------------------------------
// Quizzes

/// A learner's answer to one question, in the terms of the attempt's questions (shown
/// indexes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// Shown index of the chosen option.
    Single(usize),
    /// Shown indexes of the chosen options.
    Multiple(Vec<usize>),
    TrueFalse(bool),
    Text(String),
    /// As typed: `3,5` and `1 200` are accepted.
    Numeric(String),
    /// For each left-hand item (in order), the shown index of the chosen right-hand
    /// item, or `null`.
    Matching(Vec<Option<usize>>),
    /// Shown item indexes in the learner's order (a permutation of 0..n).
    Ordering(Vec<usize>),
}

impl From<Answer> for courses::Answer {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Single(i) => courses::Answer::Single(i),
            Answer::Multiple(v) => courses::Answer::Multiple(v),
            Answer::TrueFalse(b) => courses::Answer::TrueFalse(b),
            Answer::Text(t) => courses::Answer::Text(t),
            Answer::Numeric(t) => courses::Answer::Numeric(t),
            Answer::Matching(v) => courses::Answer::Matching(v),
            Answer::Ordering(v) => courses::Answer::Ordering(v),
        }
    }
}

impl From<&courses::Answer> for Answer {
    fn from(a: &courses::Answer) -> Self {
        match a.clone() {
            courses::Answer::Single(i) => Answer::Single(i),
            courses::Answer::Multiple(v) => Answer::Multiple(v),
            courses::Answer::TrueFalse(b) => Answer::TrueFalse(b),
            courses::Answer::Text(t) => Answer::Text(t),
            courses::Answer::Numeric(t) => Answer::Numeric(t),
            courses::Answer::Matching(v) => Answer::Matching(v),
            courses::Answer::Ordering(v) => Answer::Ordering(v),
        }
    }
}

pub fn into_answers(answers: BTreeMap<String, Answer>) -> enrollment::quizzes::Answers {
    answers.into_iter().map(|(k, v)| (k, v.into())).collect()
}

/// One option as shown; `index` is what an [`Answer`] refers to.
#[derive(Debug, Serialize, ToSchema)]
pub struct OptionView {
    pub index: usize,
    pub text: String,
}

fn options(v: &[courses::OptionView]) -> Vec<OptionView> {
    v.iter()
        .map(|o| OptionView {
            index: o.index,
            text: o.text.clone(),
        })
        .collect()
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    Single {
        options: Vec<OptionView>,
    },
    Multiple {
        options: Vec<OptionView>,
    },
    TrueFalse,
    ShortText,
    Numeric,
    /// `left` in order, `right` shuffled: answer with, for each left item, the index of
    /// a right one.
    Matching {
        left: Vec<String>,
        right: Vec<OptionView>,
    },
    /// Items shuffled: answer with their indexes in the chosen order.
    Ordering {
        items: Vec<OptionView>,
    },
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Question {
    pub id: String,
    /// Inline Markdown as written.
    pub text: String,
    /// `text` rendered to sanitized HTML.
    pub html: String,
    pub points: u32,
    #[serde(flatten)]
    pub kind: QuestionKind,
}

/// The questions of an attempt as the learner sees them: no answer key.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuizView {
    pub time_limit_minutes: Option<u32>,
    pub total_points: u32,
    pub questions: Vec<Question>,
}

impl From<&courses::QuizView> for QuizView {
    fn from(v: &courses::QuizView) -> Self {
        use courses::QuestionViewKind as K;
        QuizView {
            time_limit_minutes: v.time_limit_minutes,
            total_points: v.total_points,
            questions: v
                .questions
                .iter()
                .map(|q| Question {
                    id: q.id.clone(),
                    text: q.text.clone(),
                    html: courses::render_inline_html(&q.text),
                    points: q.points,
                    kind: match &q.kind {
                        K::Single { options: o } => QuestionKind::Single {
                            options: options(o),
                        },
                        K::Multiple { options: o } => QuestionKind::Multiple {
                            options: options(o),
                        },
                        K::TrueFalse => QuestionKind::TrueFalse,
                        K::ShortText => QuestionKind::ShortText,
                        K::Numeric => QuestionKind::Numeric,
                        K::Matching { left, right } => QuestionKind::Matching {
                            left: left.clone(),
                            right: options(right),
                        },
                        K::Ordering { items } => QuestionKind::Ordering {
                            items: options(items),
                        },
                    },
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OptionReview {
    pub index: usize,
    pub text: String,
    pub correct: bool,
    pub selected: bool,
    pub feedback: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MatchReview {
    pub left: String,
    pub chosen: Option<String>,
    pub correct_right: String,
    pub correct: bool,
}

/// What a submitted question shows: the learner's answer, the right one, feedback.
#[derive(Debug, Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Review {
    /// Single and multiple choice, options in shown order.
    Choice {
        options: Vec<OptionReview>,
    },
    TrueFalse {
        answer: bool,
        given: Option<bool>,
        feedback: Option<String>,
    },
    ShortText {
        given: Option<String>,
        accepted: Vec<String>,
        feedback: Option<String>,
    },
    Numeric {
        given: Option<String>,
        understood: bool,
        answer: f64,
        tolerance: f64,
        feedback: Option<String>,
    },
    Matching {
        rows: Vec<MatchReview>,
    },
    Ordering {
        correct_order: Vec<String>,
        given_order: Vec<String>,
        position_correct: Vec<bool>,
    },
}

impl From<&courses::Review> for Review {
    fn from(r: &courses::Review) -> Self {
        use courses::Review as R;
        match r.clone() {
            R::Choice { options } => Review::Choice {
                options: options
                    .into_iter()
                    .map(|o| OptionReview {
                        index: o.index,
                        text: o.text,
                        correct: o.correct,
                        selected: o.selected,
                        feedback: o.feedback,
                    })
                    .collect(),
            },
            R::TrueFalse {
                answer,
                given,
                feedback,
            } => Review::TrueFalse {
                answer,
                given,
                feedback,
            },
            R::ShortText {
                given,
                accepted,
                feedback,
            } => Review::ShortText {
                given,
                accepted,
                feedback,
            },
            R::Numeric {
                given,
                understood,
                answer,
                tolerance,
                feedback,
            } => Review::Numeric {
                given,
                understood,
                answer,
                tolerance,
                feedback,
            },
            R::Matching { rows } => Review::Matching {
                rows: rows
                    .into_iter()
                    .map(|m| MatchReview {
                        left: m.left,
                        chosen: m.chosen,
                        correct_right: m.correct_right,
                        correct: m.correct,
                    })
                    .collect(),
            },
            R::Ordering {
                correct_order,
                given_order,
                position_correct,
            } => Review::Ordering {
                correct_order,
                given_order,
                position_correct,
            },
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionResult {
    pub id: String,
    pub points: u32,
    /// Points earned, 0..=points.
    pub awarded: f64,
    /// Fraction earned, 0..=1.
    pub score: f64,
    pub answered: bool,
    /// The question's own feedback.
    pub feedback: Option<String>,
    pub review: Review,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuizResult {
    pub score_percent: f64,
    pub passed: bool,
    pub points_awarded: f64,
    pub points_possible: u32,
    pub questions: Vec<QuestionResult>,
}

impl From<&courses::Grade> for QuizResult {
    fn from(g: &courses::Grade) -> Self {
        QuizResult {
            score_percent: g.score_percent,
            passed: g.passed,
            points_awarded: g.points_awarded,
            points_possible: g.points_possible,
            questions: g
                .per_question
                .iter()
                .map(|q| QuestionResult {
                    id: q.id.clone(),
                    points: q.points,
                    awarded: q.awarded,
                    score: q.score,
                    answered: q.answered,
                    feedback: q.feedback.clone(),
                    review: (&q.review).into(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttemptStatus {
    Open,
    Submitted,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Attempt {
    /// Unguessable id, for `/api/v1/attempts/{id}`.
    pub id: String,
    pub module: String,
    pub attempt_no: i32,
    /// The quiz's language (the one asked for when it exists, else Russian, else English).
    pub lang: &'static str,
    pub status: AttemptStatus,
    pub pass_mark: u8,
    pub started_at: DateTime<Utc>,
    pub deadline_at: Option<DateTime<Utc>>,
    /// Seconds left before the deadline (open attempts with a time limit).
    pub seconds_left: Option<i64>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub quiz: QuizView,
    /// Saved answers by question id.
    pub answers: BTreeMap<String, Answer>,
    /// The grade with per-question feedback, once submitted.
    pub result: Option<QuizResult>,
}

impl Attempt {
    pub fn of(a: &enrollment::quizzes::Attempt, now: NaiveDateTime) -> Attempt {
        let open = a.is_open();
        Attempt {
            id: a.public_id.clone(),
            module: a.module.slug.clone(),
            attempt_no: a.attempt_no,
            lang: a.lang.code(),
            status: if open {
                AttemptStatus::Open
            } else {
                AttemptStatus::Submitted
            },
            pass_mark: a.settings().pass_mark,
            started_at: utc(a.started_at),
            deadline_at: a.deadline_at.map(utc),
            seconds_left: if open { a.seconds_left(now) } else { None },
            submitted_at: a.submitted_at.map(utc),
            quiz: (&a.view()).into(),
            answers: a
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), v.into()))
                .collect(),
            result: a.grade.as_ref().map(QuizResult::from),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SaveAnswers {
    /// Answers to save, by question id; an answer replaces the saved one.
    pub answers: BTreeMap<String, Answer>,
    /// Question ids whose saved answer the learner removed.
    #[serde(default)]
    pub cleared: Vec<String>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Submit {
    /// Last answers to merge before grading (optional; saved answers count anyway).
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Submitted {
    pub attempt: Attempt,
    /// The time limit had passed: only answers saved in time were graded.
    pub time_expired: bool,
    /// This submission completed the module.
    pub module_completed_now: bool,
}

// ---------------------------------------------------------------------------
// Sync

// The handler decodes sync batches with the engine's decoder
// (`courses::sync_batch::decode_batch`, fuzzed); these types publish the same shape and
// limits in the OpenAPI document, and a test below decodes sample bodies with both.

/// What happened offline.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[cfg_attr(not(test), allow(dead_code))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SyncEventKind {
    /// A lesson read (to `position` percent) and/or finished.
    Lesson {
        #[schema(min_length = 1, max_length = 128)]
        module: String,
        #[schema(min_length = 1, max_length = 128)]
        lesson: String,
        /// Percent read, 0..=100.
        #[serde(default)]
        #[schema(minimum = 0, maximum = 100)]
        position: Option<i32>,
        #[serde(default)]
        completed: bool,
    },
    /// An answer given to a question of an open attempt. Text answers: at most 500
    /// characters; numeric: 64; lists: 100 items.
    QuizAnswer {
        #[schema(min_length = 1, max_length = 128)]
        attempt: String,
        #[schema(min_length = 1, max_length = 128)]
        question: String,
        answer: Answer,
    },
}

/// One event recorded by an offline client.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[cfg_attr(not(test), allow(dead_code))]
pub struct SyncEvent {
    /// The client's id for the event, unique per learner: 1 to 64 characters. An id
    /// already applied is skipped (`duplicate`).
    #[schema(example = "5f0c2a4e-lesson-01-read", min_length = 1, max_length = 64)]
    pub id: String,
    /// When it happened on the client (RFC 3339); later than the server's clock counts
    /// as now.
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: SyncEventKind,
}

#[cfg(test)]
impl From<SyncEvent> for enrollment::sync::Event {
    fn from(e: SyncEvent) -> Self {
        use enrollment::sync::EventKind as K;
        enrollment::sync::Event {
            id: e.id,
            at: e.at,
            kind: match e.kind {
                SyncEventKind::Lesson {
                    module,
                    lesson,
                    position,
                    completed,
                } => K::Lesson {
                    module,
                    lesson,
                    position,
                    completed,
                },
                SyncEventKind::QuizAnswer {
                    attempt,
                    question,
                    answer,
                } => K::QuizAnswer {
                    attempt,
                    question,
                    answer: answer.into(),
                },
            },
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[cfg_attr(not(test), allow(dead_code))]
#[serde(deny_unknown_fields)]
pub struct SyncRequest {
    /// At most 500 events; applied in the order of `at` (then `id`).
    #[schema(max_items = 500)]
    pub events: Vec<SyncEvent>,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SyncOutcome {
    Applied,
    /// Seen before; nothing changed.
    Duplicate,
    Rejected,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SyncResult {
    pub id: String,
    pub outcome: SyncOutcome,
    /// Why it was rejected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<super::error::ErrorCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SyncResponse {
    /// One result per event, in the order applied.
    pub results: Vec<SyncResult>,
    /// Modules this batch completed.
    pub modules_completed: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published shape and the decoder agree on what a batch means.
    #[test]
    fn the_sync_schema_types_and_the_decoder_read_batches_alike() {
        let answers = [
            r#"{"type":"single","value":2}"#,
            r#"{"type":"multiple","value":[0,3]}"#,
            r#"{"type":"true_false","value":false}"#,
            r#"{"type":"text","value":"устав"}"#,
            r#"{"type":"numeric","value":"1 200,5"}"#,
            r#"{"type":"matching","value":[1,null,0]}"#,
            r#"{"type":"ordering","value":[2,0,1]}"#,
        ];
        let mut events = vec![
            r#"{"id":"a","at":"2026-11-20T10:00:00Z","type":"lesson","module":"m","lesson":"l"}"#.to_string(),
            r#"{"id":"b","at":"2026-11-20T10:00:00+05:00","type":"lesson","module":"m","lesson":"l","position":40,"completed":true}"#.to_string(),
        ];
        for (n, a) in answers.iter().enumerate() {
            events.push(format!(
                r#"{{"id":"q{n}","at":"2026-11-20T10:00:00Z","type":"quiz_answer","attempt":"A","question":"q","answer":{a}}}"#
            ));
        }
        let body = format!(r#"{{"events":[{}]}}"#, events.join(","));
        let decoded = enrollment::sync::decode_batch(body.as_bytes()).unwrap();
        let via_dto: SyncRequest = serde_json::from_str(&body).unwrap();
        let via_dto: Vec<enrollment::sync::Event> =
            via_dto.events.into_iter().map(Into::into).collect();
        assert_eq!(decoded, via_dto);
        // And both refuse the same wrong shapes.
        for bad in [
            r#"{"events":[{"id":"a","at":"2026-11-20T10:00:00Z","type":"lesson"}]}"#,
            r#"{"events":[],"more":1}"#,
            r#"{"events":[{"id":"a","at":"2026-11-20T10:00:00Z","type":"quiz_answer","attempt":"A","question":"q","answer":{"type":"single","value":-1}}]}"#,
        ] {
            assert!(
                enrollment::sync::decode_batch(bad.as_bytes()).is_err(),
                "{bad}"
            );
            assert!(serde_json::from_str::<SyncRequest>(bad).is_err(), "{bad}");
        }
    }
}
