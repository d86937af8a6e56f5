//! Enrolments, lesson progress and module completion for one learner.
//!
//! A learner is enrolled in modules; enrolling in a level enrols them in its modules. An
//! enrolment is pinned to the module version current when it was made, so a module
//! republished mid-way does not move under the learner.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::{NaiveDateTime, Utc};
use courses::{CourseMap, Module, Progress, Unmet};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::catalog::{self, Catalogue};
use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{enrolments, lesson_progress, modules, quiz_attempts};

#[derive(Debug, Clone)]
pub struct Enrolment {
    pub id: i64,
    pub module_id: i64,
    pub version: i32,
    pub module: Arc<Module>,
    pub enrolled_at: NaiveDateTime,
    pub completed_at: Option<NaiveDateTime>,
    pub last_lesson_slug: Option<String>,
    pub last_activity_at: NaiveDateTime,
}

/// Everything about one learner's learning that pages need, read in a few queries.
#[derive(Debug, Clone)]
pub struct Learner {
    pub catalogue: Catalogue,
    pub enrolments: Vec<Enrolment>,
    pub progress: Progress,
    /// Reading position (0..100) per (module, lesson).
    pub positions: HashMap<(String, String), i32>,
    /// The course as this learner sees it: modules they are enrolled in have the lessons
    /// of their pinned version.
    pub map: CourseMap,
}

impl Learner {
    pub fn enrolment(&self, module_slug: &str) -> Option<&Enrolment> {
        self.enrolments
            .iter()
            .find(|e| e.module.slug == module_slug)
    }

    pub fn unmet_for_module(&self, module_slug: &str) -> Vec<Unmet> {
        self.map.unmet_for_module(module_slug, &self.progress)
    }

    pub fn unmet_for_level(&self, level_slug: &str) -> Vec<Unmet> {
        self.map.unmet_for_level(level_slug, &self.progress)
    }

    /// (lessons done, lessons in the module).
    pub fn lesson_counts(&self, module_slug: &str) -> (usize, usize) {
        self.map.lesson_counts(module_slug, &self.progress)
    }

    pub fn quiz_passed(&self, module_slug: &str) -> bool {
        self.progress.quizzes_passed.contains(module_slug)
    }

    pub fn module_complete(&self, module_slug: &str) -> bool {
        self.map.module_complete(module_slug, &self.progress)
    }

    pub fn level_complete(&self, level_slug: &str) -> bool {
        self.map.level_complete(level_slug, &self.progress)
    }

    /// Where to pick a module up: its first lesson not finished yet, else the lesson
    /// last worked on, else the first.
    pub fn next_lesson(&self, module_slug: &str) -> Option<String> {
        let e = self.enrolment(module_slug)?;
        e.module
            .lessons
            .iter()
            .find(|l| !self.progress.lesson_done(module_slug, &l.slug))
            .map(|l| l.slug.clone())
            .or_else(|| e.last_lesson_slug.clone())
            .or_else(|| e.module.lessons.first().map(|l| l.slug.clone()))
    }

    /// The module to continue: the enrolment touched most recently and not complete.
    pub fn continue_with(&self) -> Option<&Enrolment> {
        self.enrolments
            .iter()
            .filter(|e| e.completed_at.is_none())
            .max_by_key(|e| e.last_activity_at)
    }
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

type EnrolmentRow = (
    i64,
    i64,
    i32,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
    NaiveDateTime,
);

pub(crate) fn load_learner(c: &mut DbConnection, db: &Database, user_id: i64) -> Result<Learner> {
    let catalogue = catalog::load_catalogue(c, &db.content)?;
    let rows: Vec<EnrolmentRow> = enrolments::table
        .filter(enrolments::user_id.eq(user_id))
        .order(enrolments::enrolled_at)
        .select((
            enrolments::id,
            enrolments::module_id,
            enrolments::module_version,
            enrolments::enrolled_at,
            enrolments::completed_at,
            enrolments::last_lesson_slug,
            enrolments::last_activity_at,
        ))
        .load(c)?;
    let mut enrolled = Vec::with_capacity(rows.len());
    for (id, module_id, version, enrolled_at, completed_at, last_lesson_slug, last_activity_at) in
        rows
    {
        enrolled.push(Enrolment {
            id,
            module_id,
            version,
            module: catalog::module_version(c, &db.content, module_id, version)?,
            enrolled_at,
            completed_at,
            last_lesson_slug,
            last_activity_at,
        });
    }
    let done: Vec<(i64, String, Option<NaiveDateTime>, i32)> = lesson_progress::table
        .inner_join(enrolments::table)
        .filter(enrolments::user_id.eq(user_id))
        .select((
            lesson_progress::enrolment_id,
            lesson_progress::lesson_slug,
            lesson_progress::completed_at,
            lesson_progress::position,
        ))
        .load(c)?;
    let slug_of: HashMap<i64, &str> = enrolled
        .iter()
        .map(|e| (e.id, e.module.slug.as_str()))
        .collect();
    let mut progress = Progress::default();
    let mut positions = HashMap::new();
    for (enrolment_id, lesson, completed_at, position) in done {
        if let Some(module) = slug_of.get(&enrolment_id) {
            if completed_at.is_some() {
                progress
                    .lessons_done
                    .insert((module.to_string(), lesson.clone()));
            }
            positions.insert((module.to_string(), lesson), position);
        }
    }
    let passed: Vec<i64> = quiz_attempts::table
        .filter(quiz_attempts::user_id.eq(user_id))
        .filter(quiz_attempts::passed.eq(true))
        .select(quiz_attempts::module_id)
        .distinct()
        .load(c)?;
    let passed: BTreeSet<i64> = passed.into_iter().collect();
    for e in &enrolled {
        if passed.contains(&e.module_id) {
            progress.quizzes_passed.insert(e.module.slug.clone());
        }
    }
    let mut map = catalogue.course_map();
    for e in &enrolled {
        for level in &mut map.levels {
            for node in &mut level.modules {
                if node.slug == e.module.slug {
                    *node = catalog::module_node(&e.module);
                }
            }
        }
    }
    Ok(Learner {
        catalogue,
        enrolments: enrolled,
        progress,
        positions,
        map,
    })
}

pub fn learner(db: &Database, user_id: i64) -> Result<Learner> {
    let mut conn = db.conn()?;
    load_learner(&mut conn, db, user_id)
}

/// What a lesson page needs of the learner: the module version they take, and where
/// they are in this one lesson.
#[derive(Debug, Clone)]
pub struct LessonState {
    pub module_id: i64,
    pub version: i32,
    pub module: Arc<Module>,
    pub done: bool,
    /// Reading position, 0..100.
    pub position: i32,
}

/// The learner's state for one lesson, read without loading the whole learner (the
/// lesson page is the most requested page: three small indexed queries). Errors:
/// `NotFound` for an unknown module, `NotEnrolled` when not enrolled in it.
pub fn lesson_state(
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lesson_slug: &str,
) -> Result<LessonState> {
    let mut c = db.conn()?;
    let (enrolment_id, module_id, version) = match enrolment_row(&mut c, user_id, module_slug) {
        Err(Error::NotEnrolled) => {
            let known: i64 = modules::table
                .filter(modules::slug.eq(module_slug))
                .count()
                .get_result(&mut c)?;
            return Err(if known > 0 {
                Error::NotEnrolled
            } else {
                Error::NotFound
            });
        }
        other => other?,
    };
    let module = catalog::module_version(&mut c, &db.content, module_id, version)?;
    let row: Option<(Option<NaiveDateTime>, i32)> = lesson_progress::table
        .filter(lesson_progress::enrolment_id.eq(enrolment_id))
        .filter(lesson_progress::lesson_slug.eq(lesson_slug))
        .select((lesson_progress::completed_at, lesson_progress::position))
        .first(&mut c)
        .optional()?;
    Ok(LessonState {
        module_id,
        version,
        module,
        done: row.is_some_and(|(completed, _)| completed.is_some()),
        position: row.map_or(0, |(_, p)| p),
    })
}

/// What enrolling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolled {
    pub newly_enrolled: Vec<String>,
    pub already_enrolled: Vec<String>,
}

fn insert_enrolment(
    c: &mut DbConnection,
    user_id: i64,
    module_id: i64,
    version: i32,
) -> Result<bool> {
    let exists: i64 = enrolments::table
        .filter(enrolments::user_id.eq(user_id))
        .filter(enrolments::module_id.eq(module_id))
        .count()
        .get_result(c)?;
    if exists > 0 {
        return Ok(false);
    }
    let now = now();
    diesel::insert_into(enrolments::table)
        .values((
            enrolments::user_id.eq(user_id),
            enrolments::module_id.eq(module_id),
            enrolments::module_version.eq(version),
            enrolments::enrolled_at.eq(now),
            enrolments::last_activity_at.eq(now),
        ))
        .execute(c)?;
    Ok(true)
}

/// Enrols the learner in a module whose prerequisites they have met.
pub fn enrol_module(db: &Database, user_id: i64, module_slug: &str) -> Result<Enrolled> {
    db.write(|c| {
        let learner = load_learner(c, db, user_id)?;
        let (_, entry) = learner
            .catalogue
            .module(module_slug)
            .ok_or(Error::NotFound)?;
        if learner.enrolment(module_slug).is_some() {
            return Ok(Enrolled {
                newly_enrolled: vec![],
                already_enrolled: vec![module_slug.to_string()],
            });
        }
        if !learner.unmet_for_module(module_slug).is_empty() {
            return Err(Error::PrerequisitesUnmet);
        }
        insert_enrolment(c, user_id, entry.id, entry.version)?;
        Ok(Enrolled {
            newly_enrolled: vec![module_slug.to_string()],
            already_enrolled: vec![],
        })
    })
}

/// Enrols the learner in every module of a level (the level's own requirements must be
/// met; modules with unmet module prerequisites inside the level are enrolled too, since
/// they become available as the learner works through the level).
pub fn enrol_level(db: &Database, user_id: i64, level_slug: &str) -> Result<Enrolled> {
    db.write(|c| {
        let learner = load_learner(c, db, user_id)?;
        let level = learner.catalogue.level(level_slug).ok_or(Error::NotFound)?;
        if !learner.unmet_for_level(level_slug).is_empty() {
            return Err(Error::PrerequisitesUnmet);
        }
        let mut result = Enrolled {
            newly_enrolled: vec![],
            already_enrolled: vec![],
        };
        for m in &level.modules {
            if insert_enrolment(c, user_id, m.id, m.version)? {
                result.newly_enrolled.push(m.module.slug.clone());
            } else {
                result.already_enrolled.push(m.module.slug.clone());
            }
        }
        Ok(result)
    })
}

/// The enrolment of `user_id` in `module_slug`, or NotEnrolled.
pub(crate) fn enrolment_row(
    c: &mut DbConnection,
    user_id: i64,
    module_slug: &str,
) -> Result<(i64, i64, i32)> {
    enrolments::table
        .inner_join(modules::table)
        .filter(enrolments::user_id.eq(user_id))
        .filter(modules::slug.eq(module_slug))
        .select((
            enrolments::id,
            enrolments::module_id,
            enrolments::module_version,
        ))
        .first(c)
        .optional()?
        .ok_or(Error::NotEnrolled)
}

/// Marks the module complete if its rules are now met, and issues the certificates that
/// earns (in the same transaction); returns whether it just became complete.
///
/// Runs inside the write transaction of every finished lesson and submitted quiz, so it
/// reads only this one module's enrolment, lessons and quiz (not the whole learner).
pub(crate) fn update_completion(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    module_slug: &str,
) -> Result<bool> {
    let row: Option<(i64, i64, i32, Option<NaiveDateTime>)> = enrolments::table
        .inner_join(modules::table)
        .filter(enrolments::user_id.eq(user_id))
        .filter(modules::slug.eq(module_slug))
        .select((
            enrolments::id,
            enrolments::module_id,
            enrolments::module_version,
            enrolments::completed_at,
        ))
        .first(c)
        .optional()?;
    let Some((enrolment_id, module_id, version, None)) = row else {
        // Not enrolled, or complete already.
        return Ok(false);
    };
    let module = catalog::module_version(c, &db.content, module_id, version)?;
    let node = catalog::module_node(&module);
    let mut progress = Progress::default();
    let done: Vec<String> = lesson_progress::table
        .filter(lesson_progress::enrolment_id.eq(enrolment_id))
        .filter(lesson_progress::completed_at.is_not_null())
        .select(lesson_progress::lesson_slug)
        .load(c)?;
    for lesson in done {
        progress.lessons_done.insert((node.slug.clone(), lesson));
    }
    if node.has_quiz {
        let passed: i64 = quiz_attempts::table
            .filter(quiz_attempts::user_id.eq(user_id))
            .filter(quiz_attempts::module_id.eq(module_id))
            .filter(quiz_attempts::passed.eq(true))
            .count()
            .get_result(c)?;
        if passed > 0 {
            progress.quizzes_passed.insert(node.slug.clone());
        }
    }
    if !node.complete(&progress) {
        return Ok(false);
    }
    diesel::update(enrolments::table.find(enrolment_id))
        .filter(enrolments::completed_at.is_null())
        .set(enrolments::completed_at.eq(now()))
        .execute(c)?;
    crate::certificates::issue_due(c, db, user_id)?;
    Ok(true)
}

/// What recording progress changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProgressChange {
    pub lesson_completed_now: bool,
    pub module_completed_now: bool,
}

/// A lesson recorded, with the module version the learner takes (so the caller can
/// find the next lesson without loading the learner again).
#[derive(Debug, Clone)]
pub struct LessonRecorded {
    pub change: ProgressChange,
    pub module: Arc<Module>,
}

/// Records a lesson as read to the end (`complete`) and/or the reading position.
/// Idempotent: completing twice keeps the first completion time; a position never moves
/// backwards. `at` is when it happened (offline clients send their own time).
pub fn record_lesson(
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lesson_slug: &str,
    position: Option<i32>,
    complete: bool,
    at: NaiveDateTime,
) -> Result<ProgressChange> {
    record_lesson_with_module(
        db,
        user_id,
        module_slug,
        lesson_slug,
        position,
        complete,
        at,
    )
    .map(|r| r.change)
}

/// Makes one learner's writing transactions queue on PostgreSQL. A sync batch touches
/// several of the learner's rows (lesson progress, the enrolment) in its events' order;
/// two batches from two devices, or a batch and a lesson finished on the web, could take
/// them in opposite orders and deadlock (the benchmark's concurrent syncs did). Taking
/// the learner's own row first orders them. SQLite has one writer at a time already.
pub(crate) fn lock_learner(c: &mut DbConnection, db: &Database, user_id: i64) -> Result<()> {
    if db.backend() == crate::db::Backend::Postgres {
        c.batch_execute(&format!(
            "SELECT id FROM users WHERE id = {user_id} FOR NO KEY UPDATE"
        ))
        .map_err(crate::db::DbError::from)?;
    }
    Ok(())
}

/// [`record_lesson`], also returning the enrolled module version.
pub fn record_lesson_with_module(
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lesson_slug: &str,
    position: Option<i32>,
    complete: bool,
    at: NaiveDateTime,
) -> Result<LessonRecorded> {
    db.write(|c| {
        lock_learner(c, db, user_id)?;
        record_lesson_in(
            c,
            db,
            user_id,
            module_slug,
            lesson_slug,
            position,
            complete,
            at,
        )
    })
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn record_lesson_in(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
    module_slug: &str,
    lesson_slug: &str,
    position: Option<i32>,
    complete: bool,
    at: NaiveDateTime,
) -> Result<LessonRecorded> {
    let (enrolment_id, module_id, version) = enrolment_row(c, user_id, module_slug)?;
    let module = catalog::module_version(c, &db.content, module_id, version)?;
    if module.lesson(lesson_slug).is_none() {
        return Err(Error::NotFound);
    }
    let position = position.map(|p| p.clamp(0, 100));
    let existing: Option<(i64, i32, Option<NaiveDateTime>)> = lesson_progress::table
        .filter(lesson_progress::enrolment_id.eq(enrolment_id))
        .filter(lesson_progress::lesson_slug.eq(lesson_slug))
        .select((
            lesson_progress::id,
            lesson_progress::position,
            lesson_progress::completed_at,
        ))
        .first(c)
        .optional()?;
    let now = now();
    let mut change = ProgressChange::default();
    match existing {
        Some((id, old_position, completed_at)) => {
            let new_position = position.map_or(old_position, |p| p.max(old_position));
            let new_completed = match completed_at {
                Some(t) => Some(t),
                None if complete => {
                    change.lesson_completed_now = true;
                    Some(at)
                }
                None => None,
            };
            if new_position != old_position || new_completed != completed_at {
                diesel::update(lesson_progress::table.find(id))
                    .set((
                        lesson_progress::position.eq(new_position),
                        lesson_progress::completed_at.eq(new_completed),
                        lesson_progress::updated_at.eq(now),
                    ))
                    .execute(c)?;
            }
        }
        None => {
            change.lesson_completed_now = complete;
            diesel::insert_into(lesson_progress::table)
                .values((
                    lesson_progress::enrolment_id.eq(enrolment_id),
                    lesson_progress::lesson_slug.eq(lesson_slug),
                    lesson_progress::position.eq(position.unwrap_or(if complete {
                        100
                    } else {
                        0
                    })),
                    lesson_progress::completed_at.eq(complete.then_some(at)),
                    lesson_progress::updated_at.eq(now),
                ))
                .execute(c)?;
        }
    }
    diesel::update(enrolments::table.find(enrolment_id))
        .set((
            enrolments::last_lesson_slug.eq(lesson_slug),
            enrolments::last_activity_at.eq(now),
        ))
        .execute(c)?;
    if change.lesson_completed_now {
        change.module_completed_now = update_completion(c, db, user_id, module_slug)?;
    }
    Ok(LessonRecorded { change, module })
}

/// What switching an enrolment to the newest version did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Switched {
    pub from: i32,
    pub to: i32,
    /// Completed or started lessons that the newest version no longer has.
    pub lessons_dropped: Vec<String>,
}

/// Whether the learner's unfinished enrolment is pinned to an older version than the
/// published one: then the module page offers to switch.
pub fn newer_version(learner: &Learner, module_slug: &str) -> Option<i32> {
    let enrolment = learner.enrolment(module_slug)?;
    let (_, entry) = learner.catalogue.module(module_slug)?;
    (enrolment.completed_at.is_none() && entry.version > enrolment.version).then_some(entry.version)
}

/// Moves the learner's unfinished enrolment to the newest published version, only ever
/// because the learner asked to (publishing never moves anyone). Lessons that still
/// exist (same slug) keep their progress and completion; progress on lessons the new
/// version dropped is removed. Quiz attempts are not touched: each keeps the version
/// it was taken on. A finished or already current enrolment is left as it is.
pub fn switch_to_latest(db: &Database, user_id: i64, module_slug: &str) -> Result<Switched> {
    db.write(|c| {
        lock_learner(c, db, user_id)?;
        let learner = load_learner(c, db, user_id)?;
        let enrolment = learner.enrolment(module_slug).ok_or(Error::NotEnrolled)?;
        let from = enrolment.version;
        let Some(to) = newer_version(&learner, module_slug) else {
            return Ok(Switched {
                from,
                to: from,
                lessons_dropped: Vec::new(),
            });
        };
        let (_, entry) = learner
            .catalogue
            .module(module_slug)
            .ok_or(Error::NotFound)?;
        let kept: BTreeSet<&str> = entry
            .module
            .lessons
            .iter()
            .map(|l| l.slug.as_str())
            .collect();
        let started: Vec<String> = lesson_progress::table
            .filter(lesson_progress::enrolment_id.eq(enrolment.id))
            .select(lesson_progress::lesson_slug)
            .load(c)?;
        let dropped: Vec<String> = started
            .into_iter()
            .filter(|s| !kept.contains(s.as_str()))
            .collect();
        if !dropped.is_empty() {
            diesel::delete(
                lesson_progress::table
                    .filter(lesson_progress::enrolment_id.eq(enrolment.id))
                    .filter(lesson_progress::lesson_slug.eq_any(&dropped)),
            )
            .execute(c)?;
        }
        let last = enrolment
            .last_lesson_slug
            .clone()
            .filter(|s| kept.contains(s.as_str()));
        diesel::update(enrolments::table.find(enrolment.id))
            .set((
                enrolments::module_version.eq(to),
                enrolments::last_lesson_slug.eq(last),
            ))
            .execute(c)?;
        // The new version may already be complete for this learner (same lessons, quiz
        // passed): then it completes now, certificates and all.
        update_completion(c, db, user_id, module_slug)?;
        Ok(Switched {
            from,
            to,
            lessons_dropped: dropped,
        })
    })
}
