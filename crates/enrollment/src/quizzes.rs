//! Quiz attempts: start or resume, save answers as the learner goes, submit, review.
//!
//! The answer key stays here: pages and the API get the engine's `QuizView`, which has
//! none. The time limit is enforced with the server's clock: answers saved after the
//! deadline (plus a short grace for the network) are not accepted, and an attempt whose
//! time ran out is graded on what was saved in time.

use std::collections::BTreeMap;
use std::sync::Arc;

use base64::Engine;
use chrono::{Duration, NaiveDateTime, Utc};
use courses::{Answer, Grade, Lang, Module, QuestionSet, QuizSettings, QuizView};
use diesel::prelude::*;

use crate::catalog;
use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::learning;
use crate::schema::quiz_attempts;

/// How late a save or submit may arrive after the deadline and still count: the learner
/// pressed the button in time but the network was slow.
const GRACE: Duration = Duration::seconds(20);

pub type Answers = BTreeMap<String, Answer>;

#[derive(Debug, Clone)]
pub struct Attempt {
    pub public_id: String,
    pub user_id: i64,
    pub module: Arc<Module>,
    pub module_version: i32,
    pub attempt_no: i32,
    pub lang: Lang,
    pub seed: u64,
    pub answers: Answers,
    pub started_at: NaiveDateTime,
    pub deadline_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub score_percent: Option<f64>,
    pub passed: Option<bool>,
    pub grade: Option<Grade>,
}

impl Attempt {
    pub fn settings(&self) -> &QuizSettings {
        &self.quiz().settings
    }

    fn quiz(&self) -> &courses::Quiz {
        self.module
            .quiz
            .as_ref()
            .expect("attempts exist only for modules with a quiz")
    }

    fn questions(&self) -> &QuestionSet {
        self.quiz()
            .variants
            .get(&self.lang)
            .expect("the attempt's language was chosen among the quiz's")
    }

    /// The questions as shown in this attempt: shuffled by its seed, no answer key.
    pub fn view(&self) -> QuizView {
        courses::present(self.questions(), self.settings(), self.seed)
    }

    /// Grading is deterministic (same version, seed and answers give the same grade), so
    /// a submitted attempt's review is recomputed rather than parsed from storage.
    fn with_grade(mut self, submitted: bool) -> Attempt {
        if submitted {
            self.grade =
                courses::grade(self.questions(), self.settings(), self.seed, &self.answers).ok();
        }
        self
    }

    pub fn is_open(&self) -> bool {
        self.submitted_at.is_none()
    }

    /// Seconds left before the deadline, if there is one.
    pub fn seconds_left(&self, now: NaiveDateTime) -> Option<i64> {
        self.deadline_at.map(|d| (d - now).num_seconds().max(0))
    }
}

/// Where a learner stands with a module's quiz.
#[derive(Debug, Clone)]
pub struct QuizStatus {
    pub settings: QuizSettings,
    pub attempts_used: i32,
    /// `None`: unlimited.
    pub attempts_left: Option<i32>,
    pub open_attempt: Option<String>,
    pub passed: bool,
    pub best_score: Option<f64>,
    pub history: Vec<AttemptSummary>,
}

#[derive(Debug, Clone)]
pub struct AttemptSummary {
    pub public_id: String,
    pub attempt_no: i32,
    pub started_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
    pub score_percent: Option<f64>,
    pub passed: Option<bool>,
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

fn new_public_id() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::secrets::random_bytes(16))
}

type AttemptRow = (
    String,
    i64,
    i64,
    i32,
    i32,
    String,
    i64,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<f64>,
    Option<bool>,
    Option<String>,
);

macro_rules! attempt_columns {
    () => {
        (
            quiz_attempts::public_id,
            quiz_attempts::user_id,
            quiz_attempts::module_id,
            quiz_attempts::module_version,
            quiz_attempts::attempt_no,
            quiz_attempts::lang,
            quiz_attempts::seed,
            quiz_attempts::answers,
            quiz_attempts::started_at,
            quiz_attempts::deadline_at,
            quiz_attempts::submitted_at,
            quiz_attempts::score_percent,
            quiz_attempts::passed,
            quiz_attempts::result,
        )
    };
}

fn to_attempt(c: &mut DbConnection, db: &Database, row: AttemptRow) -> Result<Attempt> {
    let (
        public_id,
        user_id,
        module_id,
        module_version,
        attempt_no,
        lang,
        seed,
        answers,
        started_at,
        deadline_at,
        submitted_at,
        score_percent,
        passed,
        result,
    ) = row;
    let module = catalog::module_version(c, &db.content, module_id, module_version)?;
    Ok(Attempt {
        public_id,
        user_id,
        module,
        module_version,
        attempt_no,
        lang: Lang::from_code(&lang).unwrap_or(Lang::Ru),
        // Stored as the same 64 bits in a signed column.
        seed: seed as u64,
        answers: serde_json::from_str(&answers).unwrap_or_default(),
        started_at,
        deadline_at,
        submitted_at,
        score_percent,
        passed,
        grade: None,
    }
    .with_grade(result.is_some()))
}

/// An attempt of `user_id`; another learner's attempt is NotFound, not Forbidden, so
/// ids of others' attempts cannot be probed.
fn load_attempt(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    public_id: &str,
) -> Result<Attempt> {
    let row: AttemptRow = quiz_attempts::table
        .filter(quiz_attempts::public_id.eq(public_id))
        .filter(quiz_attempts::user_id.eq(user_id))
        .select(attempt_columns!())
        .first(c)
        .optional()?
        .ok_or(Error::NotFound)?;
    to_attempt(c, db, row)
}

pub fn attempt(db: &Database, user_id: i64, public_id: &str) -> Result<Attempt> {
    let mut conn = db.conn()?;
    load_attempt(&mut conn, db, user_id, public_id)
}

/// The learner's quiz status for a module they are enrolled in.
pub fn status(db: &Database, user_id: i64, module_slug: &str) -> Result<QuizStatus> {
    let mut conn = db.conn()?;
    status_in(&mut conn, db, user_id, module_slug)
}

/// (public id, attempt no, started, deadline, submitted, score, passed).
type SummaryRow = (
    String,
    i32,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<f64>,
    Option<bool>,
);

fn status_in(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    module_slug: &str,
) -> Result<QuizStatus> {
    let (enrolment_id, module_id, version) = learning::enrolment_row(c, user_id, module_slug)?;
    let module = catalog::module_version(c, &db.content, module_id, version)?;
    let quiz = module.quiz.as_ref().ok_or(Error::NotFound)?;
    let rows: Vec<SummaryRow> = quiz_attempts::table
        .filter(quiz_attempts::enrolment_id.eq(enrolment_id))
        .order(quiz_attempts::attempt_no)
        .select((
            quiz_attempts::public_id,
            quiz_attempts::attempt_no,
            quiz_attempts::started_at,
            quiz_attempts::deadline_at,
            quiz_attempts::submitted_at,
            quiz_attempts::score_percent,
            quiz_attempts::passed,
        ))
        .load(c)?;
    let attempts_used = i32::try_from(rows.len()).unwrap_or(i32::MAX);
    let attempts_left = quiz
        .settings
        .max_attempts
        .map(|max| (i32::try_from(max).unwrap_or(i32::MAX) - attempts_used).max(0));
    let open_attempt = rows.iter().find(|r| r.4.is_none()).map(|r| r.0.clone());
    let passed = rows.iter().any(|r| r.6 == Some(true));
    let best_score = rows
        .iter()
        .filter_map(|r| r.5)
        .fold(None, |best: Option<f64>, s| {
            Some(best.map_or(s, |b| b.max(s)))
        });
    Ok(QuizStatus {
        settings: quiz.settings.clone(),
        attempts_used,
        attempts_left,
        open_attempt,
        passed,
        best_score,
        history: rows
            .into_iter()
            .map(
                |(public_id, attempt_no, started_at, _, submitted_at, score_percent, passed)| {
                    AttemptSummary {
                        public_id,
                        attempt_no,
                        started_at,
                        submitted_at,
                        score_percent,
                        passed,
                    }
                },
            )
            .collect(),
    })
}

/// Resumes the open attempt, or starts a new one if attempts remain. An open attempt
/// whose time ran out is graded first.
pub fn start_or_resume(
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lang: Lang,
) -> Result<Attempt> {
    db.write(|c| {
        let status = status_in(c, db, user_id, module_slug)?;
        if let Some(open) = &status.open_attempt {
            let attempt = load_attempt(c, db, user_id, open)?;
            if !is_past_deadline(&attempt, now()) {
                return Ok(attempt);
            }
            finish(c, db, attempt, None)?;
            return start_or_resume_after_expiry(c, db, user_id, module_slug, lang);
        }
        start_new(c, db, user_id, module_slug, lang, &status)
    })
}

fn start_or_resume_after_expiry(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lang: Lang,
) -> Result<Attempt> {
    let status = status_in(c, db, user_id, module_slug)?;
    start_new(c, db, user_id, module_slug, lang, &status)
}

fn start_new(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lang: Lang,
    status: &QuizStatus,
) -> Result<Attempt> {
    if status.attempts_left == Some(0) {
        return Err(Error::NoAttemptsLeft);
    }
    let (enrolment_id, module_id, version) = learning::enrolment_row(c, user_id, module_slug)?;
    let module = catalog::module_version(c, &db.content, module_id, version)?;
    let quiz = module.quiz.as_ref().ok_or(Error::NotFound)?;
    let (lang, _) = quiz.best(lang).ok_or(Error::NotFound)?;
    let now = now();
    let deadline = quiz
        .settings
        .time_limit_minutes
        .map(|m| now + Duration::minutes(i64::from(m)));
    let seed = i64::from_ne_bytes(crate::secrets::random_bytes(8).try_into().expect("8 bytes"));
    let public_id = new_public_id();
    diesel::insert_into(quiz_attempts::table)
        .values((
            quiz_attempts::public_id.eq(&public_id),
            quiz_attempts::enrolment_id.eq(enrolment_id),
            quiz_attempts::user_id.eq(user_id),
            quiz_attempts::module_id.eq(module_id),
            quiz_attempts::module_version.eq(version),
            quiz_attempts::attempt_no.eq(status.attempts_used + 1),
            quiz_attempts::lang.eq(lang.code()),
            quiz_attempts::seed.eq(seed),
            quiz_attempts::answers.eq("{}"),
            quiz_attempts::started_at.eq(now),
            quiz_attempts::deadline_at.eq(deadline),
        ))
        .execute(c)?;
    load_attempt(c, db, user_id, &public_id)
}

fn is_past_deadline(attempt: &Attempt, now: NaiveDateTime) -> bool {
    attempt.deadline_at.is_some_and(|d| now > d + GRACE)
}

/// Checks that every answer fits its question (shape, ranges) without grading for real.
fn validate(attempt: &Attempt, answers: &Answers) -> Result<()> {
    courses::grade(
        attempt.questions(),
        attempt.settings(),
        attempt.seed,
        answers,
    )
    .map(|_| ())
    .map_err(|e| Error::InvalidAnswer(e.to_string()))
}

/// What saving answers did.
#[derive(Debug, Clone)]
pub enum Saved {
    Saved(Attempt),
    /// The time limit had passed: nothing was saved and the attempt has been graded on
    /// what was saved in time.
    TimeUp(Attempt),
}

/// Merges `answers` into the attempt's saved answers. A question answered again
/// replaces its earlier answer; `cleared` removes answers the learner emptied.
pub fn save_answers(
    db: &Database,
    user_id: i64,
    public_id: &str,
    answers: Answers,
    cleared: &[String],
) -> Result<Saved> {
    db.write(|c| save_answers_in(c, db, user_id, public_id, answers, cleared))
}

pub(crate) fn save_answers_in(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    public_id: &str,
    answers: Answers,
    cleared: &[String],
) -> Result<Saved> {
    let mut attempt = load_attempt(c, db, user_id, public_id)?;
    if !attempt.is_open() {
        return Err(Error::AttemptClosed);
    }
    if is_past_deadline(&attempt, now()) {
        let (attempt, _) = finish(c, db, attempt, None)?;
        return Ok(Saved::TimeUp(attempt));
    }
    let mut merged = attempt.answers.clone();
    for id in cleared {
        merged.remove(id);
    }
    merged.extend(answers);
    validate(&attempt, &merged)?;
    diesel::update(quiz_attempts::table.filter(quiz_attempts::public_id.eq(public_id)))
        .set(quiz_attempts::answers.eq(serde_json::to_string(&merged).expect("answers serialize")))
        .execute(c)?;
    attempt.answers = merged;
    Ok(Saved::Saved(attempt))
}

/// The outcome of submitting.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub attempt: Attempt,
    /// True when the time limit had passed: only answers saved in time were graded.
    pub time_expired: bool,
    pub module_completed_now: bool,
}

/// Grades and closes the attempt. `final_answers` (what the submitted form held) are
/// merged first when they arrive in time. Submitting a closed attempt again returns it
/// unchanged.
pub fn submit(
    db: &Database,
    user_id: i64,
    public_id: &str,
    final_answers: Option<Answers>,
) -> Result<Submitted> {
    db.write(|c| {
        crate::learning::lock_learner(c, db, user_id)?;
        let attempt = load_attempt(c, db, user_id, public_id)?;
        if !attempt.is_open() {
            return Ok(Submitted {
                attempt,
                time_expired: false,
                module_completed_now: false,
            });
        }
        let expired = is_past_deadline(&attempt, now());
        let answers = if expired { None } else { final_answers };
        finish(c, db, attempt, answers).map(|(attempt, module_completed_now)| Submitted {
            attempt,
            time_expired: expired,
            module_completed_now,
        })
    })
}

fn finish(
    c: &mut DbConnection,
    db: &Database,
    mut attempt: Attempt,
    extra: Option<Answers>,
) -> Result<(Attempt, bool)> {
    if let Some(extra) = extra {
        attempt.answers.extend(extra);
    }
    let grade = courses::grade(
        attempt.questions(),
        attempt.settings(),
        attempt.seed,
        &attempt.answers,
    )
    .map_err(|e| Error::InvalidAnswer(e.to_string()))?;
    let now = now();
    diesel::update(quiz_attempts::table.filter(quiz_attempts::public_id.eq(&attempt.public_id)))
        .filter(quiz_attempts::submitted_at.is_null())
        .set((
            quiz_attempts::answers
                .eq(serde_json::to_string(&attempt.answers).expect("answers serialize")),
            quiz_attempts::submitted_at.eq(now),
            quiz_attempts::score_percent.eq(grade.score_percent),
            quiz_attempts::passed.eq(grade.passed),
            quiz_attempts::result.eq(serde_json::to_string(&grade).expect("grades serialize")),
        ))
        .execute(c)?;
    attempt.submitted_at = Some(now);
    attempt.score_percent = Some(grade.score_percent);
    attempt.passed = Some(grade.passed);
    let completed = if grade.passed {
        learning::update_completion(c, db, attempt.user_id, &attempt.module.slug)?
    } else {
        false
    };
    attempt.grade = Some(grade);
    Ok((attempt, completed))
}
