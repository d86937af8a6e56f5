//! Pre-aggregated report data, so that every report over a million enrolments answers
//! in well under a second (docs/reports.md, "Speed").
//!
//! Three tables, all derived from the raw tables and rebuildable at any time:
//! - `report_daily`: additive counts per day, module and profile (enrolments, lesson
//!   completions, quiz attempts and passes, completions, certificates);
//! - `report_funnel`: per day of enrolment, module and profile, how many enrolments
//!   reached each funnel stage (an enrolment is one learner in one module: additive);
//! - `report_learner_months`: one row per learner, scope (all, a level, a module) and
//!   month with events, holding per measure the days of that month with an event and
//!   the previous month with one. Distinct learners over any period are then a plain
//!   sum (see [`distinct_condition`]), and medians read one number per completion.
//!
//! Freshness: database triggers (migration 000012) mark the days and learners a write
//! changes, in the writer's transaction, so no code path (lesson completion, quiz,
//! offline sync, demo data, account deletion, profile edit) can forget to. Every report
//! first calls [`refresh`], which recomputes exactly the marked days and learners and
//! removes the marks in one transaction: a report never reads a stale figure, and the
//! learner's own write only pays for two small inserts.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::{Backend, Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{
    certificates, enrolments, lesson_progress, levels, modules, quiz_attempts, users,
};

/// Above this many marked days, the daily and funnel tables are rebuilt whole (one
/// pass over the raw tables is then cheaper than one range per day).
const FULL_DAYS: usize = 90;
/// Above this many marked learners, the learner rows are rebuilt whole.
const FULL_LEARNERS: usize = 20_000;
/// Learners recomputed per batch (their raw rows are read with one query per table).
const LEARNERS_PER_BATCH: usize = 2_000;
/// Rows per multi-row INSERT.
const ROWS_PER_INSERT: usize = 400;

/// The distinct-learner measures kept per learner and month; the order is the column
/// order in `report_learner_months`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// Enrolled in the month.
    Enrol = 0,
    /// Completed a lesson or submitted a quiz attempt.
    Active = 1,
    Lesson = 2,
    Attempt = 3,
    /// Completed a module.
    Complete = 4,
    /// Received a certificate (module or level), not revoked.
    Cert = 5,
    CertModule = 6,
    CertLevel = 7,
}

const MEASURES: usize = 8;

impl Measure {
    pub(crate) fn column(self) -> &'static str {
        match self {
            Measure::Enrol => "enrol",
            Measure::Active => "active",
            Measure::Lesson => "lesson",
            Measure::Attempt => "attempt",
            Measure::Complete => "complete",
            Measure::Cert => "cert",
            Measure::CertModule => "certm",
            Measure::CertLevel => "certl",
        }
    }

    const ALL: [Measure; MEASURES] = [
        Measure::Enrol,
        Measure::Active,
        Measure::Lesson,
        Measure::Attempt,
        Measure::Complete,
        Measure::Cert,
        Measure::CertModule,
        Measure::CertLevel,
    ];
}

/// Which learner rows a distinct count reads: a learner in two modules counts once in
/// scope `All`, once per level in scope `Level`, once per module in scope `Module`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    All = 0,
    Level = 1,
    /// Units are modules; a level certificate is unit -level id (no module, but its
    /// level is known).
    Module = 2,
    /// Certificates only, units are modules and every certificate without a module
    /// (level certificates) is unit 0: for certificates broken down by module and not
    /// by level, where all those are one "no module" cell and a learner with two level
    /// certificates is one learner in it.
    CertModules = 3,
}

/// What a refresh did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Refreshed {
    pub days: usize,
    pub learners: usize,
    pub full: bool,
}

/// Progress while refreshing: steps done out of a total.
pub type OnProgress<'a> = &'a mut dyn FnMut(u64, u64);

/// Brings the rollups up to date with everything committed so far. Cheap when nothing
/// changed (one indexed read); otherwise recomputes the marked days and learners.
pub fn refresh(db: &Database, on_progress: OnProgress<'_>) -> Result<Refreshed> {
    {
        let mut c = db.conn()?;
        if !any_marks(&mut c)? {
            return Ok(Refreshed::default());
        }
    }
    let backend = db.backend();
    db.write(|c| {
        lock(c, backend)?;
        let days = take_days(c)?;
        let learners = take_learners(c)?;
        let full_days = days.len() > FULL_DAYS;
        let full_learners = learners.len() > FULL_LEARNERS;
        rebuild_days(c, backend, if full_days { None } else { Some(&days) })?;
        if full_learners {
            rebuild_all_learners(c, on_progress)?;
        } else {
            let total = learners.len().div_ceil(LEARNERS_PER_BATCH) as u64;
            for (i, chunk) in learners.chunks(LEARNERS_PER_BATCH).enumerate() {
                recompute_learners(c, Some(chunk))?;
                on_progress(i as u64 + 1, total);
            }
        }
        Ok::<_, Error>(Refreshed {
            days: days.len(),
            learners: learners.len(),
            full: full_days || full_learners,
        })
    })
}

/// Throws the rollups away and builds them again from the raw tables (also takes every
/// mark). For operators and tests; [`refresh`] is what reports use.
pub fn rebuild(db: &Database, on_progress: OnProgress<'_>) -> Result<()> {
    let backend = db.backend();
    db.write(|c| {
        lock(c, backend)?;
        take_days(c)?;
        take_learners(c)?;
        rebuild_days(c, backend, None)?;
        rebuild_all_learners(c, on_progress)
    })
}

#[derive(QueryableByName)]
struct DayRow {
    #[diesel(sql_type = Text)]
    day: String,
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

fn any_marks(c: &mut DbConnection) -> Result<bool> {
    let n: Vec<IdRow> = diesel::sql_query(
        "SELECT CAST(1 AS BIGINT) AS id FROM report_dirty_days \
         UNION ALL SELECT CAST(1 AS BIGINT) FROM report_dirty_users LIMIT 1",
    )
    .load(c)?;
    Ok(!n.is_empty())
}

/// Refreshes run one at a time (two would recompute the same day side by side). On
/// SQLite the write transaction already is exclusive.
fn lock(c: &mut DbConnection, backend: Backend) -> Result<()> {
    if backend == Backend::Postgres {
        c.batch_execute("SELECT pg_advisory_xact_lock(7310012)")
            .map_err(crate::db::DbError::from)?;
    }
    Ok(())
}

/// Removes and returns the marked days. On PostgreSQL the DELETE sees only marks of
/// committed transactions, whose data the recomputation below then sees too; marks of
/// writers still running stay for the next refresh.
fn take_days(c: &mut DbConnection) -> Result<Vec<String>> {
    let rows: Vec<DayRow> =
        diesel::sql_query("DELETE FROM report_dirty_days RETURNING day").load(c)?;
    let mut days: Vec<String> = rows.into_iter().map(|r| r.day).collect();
    days.sort();
    days.dedup();
    Ok(days)
}

fn take_learners(c: &mut DbConnection) -> Result<Vec<i64>> {
    let rows: Vec<IdRow> =
        diesel::sql_query("DELETE FROM report_dirty_users RETURNING user_id AS id").load(c)?;
    let mut ids: Vec<i64> = rows.into_iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

pub(crate) fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn day_of(backend: Backend, col: &str) -> String {
    match backend {
        Backend::Sqlite => format!("substr({col}, 1, 10)"),
        Backend::Postgres => format!("to_char({col}, 'YYYY-MM-DD')"),
    }
}

/// `col` on one of `days` (runs of consecutive days become one range), or anything
/// when `days` is `None`.
fn on_days(col: &str, days: Option<&[String]>) -> String {
    let Some(days) = days else {
        return format!("{col} IS NOT NULL");
    };
    let parsed: Vec<NaiveDate> = days
        .iter()
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    let mut ranges: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for d in parsed {
        match ranges.last_mut() {
            Some((_, end)) if *end + chrono::Duration::days(1) == d => *end = d,
            _ => ranges.push((d, d)),
        }
    }
    if ranges.is_empty() {
        return "1 = 0".into();
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|(a, b)| {
            format!(
                "({col} >= '{} 00:00:00' AND {col} < '{} 00:00:00')",
                a.format("%Y-%m-%d"),
                (*b + chrono::Duration::days(1)).format("%Y-%m-%d")
            )
        })
        .collect();
    format!("({})", parts.join(" OR "))
}

const PROFILE: &str =
    "u.country, u.language, COALESCE(u.gender, 'none'), COALESCE(u.org_type, 'none')";

/// Recomputes the daily and funnel rows of `days` (all days when `None`).
fn rebuild_days(c: &mut DbConnection, backend: Backend, days: Option<&[String]>) -> Result<()> {
    match days {
        None => c.batch_execute("DELETE FROM report_daily; DELETE FROM report_funnel;"),
        Some([]) => return Ok(()),
        Some(days) => {
            let mut sql = String::new();
            for chunk in days.chunks(200) {
                let list: Vec<String> = chunk.iter().map(|d| lit(d)).collect();
                sql.push_str(&format!(
                    "DELETE FROM report_daily WHERE day IN ({0}); \
                     DELETE FROM report_funnel WHERE day IN ({0});",
                    list.join(", ")
                ));
            }
            c.batch_execute(&sql)
        }
    }
    .map_err(crate::db::DbError::from)?;
    let d = |col: &str| day_of(backend, col);
    let daily = format!(
        "INSERT INTO report_daily (day, module_id, level_id, country, language, gender, org_type, \
            enrolments, lessons, attempts, passes, completions, module_certificates, level_certificates) \
         SELECT day, module_id, level_id, country, language, gender, org_type, \
            SUM(en), SUM(ls), SUM(qa), SUM(ps), SUM(co), SUM(cm), SUM(cl) FROM ( \
           SELECT {} AS day, e.module_id AS module_id, 0 AS level_id, {PROFILE_NAMED}, \
                  1 AS en, 0 AS ls, 0 AS qa, 0 AS ps, 0 AS co, 0 AS cm, 0 AS cl \
             FROM enrolments e JOIN users u ON u.id = e.user_id WHERE {} \
           UNION ALL SELECT {}, e.module_id, 0, {PROFILE}, 0, 0, 0, 0, 1, 0, 0 \
             FROM enrolments e JOIN users u ON u.id = e.user_id WHERE {} \
           UNION ALL SELECT {}, e.module_id, 0, {PROFILE}, 0, 1, 0, 0, 0, 0, 0 \
             FROM lesson_progress lp JOIN enrolments e ON e.id = lp.enrolment_id \
             JOIN users u ON u.id = e.user_id WHERE {} \
           UNION ALL SELECT {}, qa.module_id, 0, {PROFILE}, 0, 0, 1, \
                  CASE WHEN qa.passed THEN 1 ELSE 0 END, 0, 0, 0 \
             FROM quiz_attempts qa JOIN users u ON u.id = qa.user_id WHERE {} \
           UNION ALL SELECT {}, COALESCE(m.id, 0), CASE WHEN c.kind = 'level' THEN COALESCE(lv.id, 0) ELSE 0 END, \
                  {PROFILE}, 0, 0, 0, 0, 0, \
                  CASE WHEN c.kind = 'module' THEN 1 ELSE 0 END, CASE WHEN c.kind = 'level' THEN 1 ELSE 0 END \
             FROM certificates c JOIN users u ON u.id = c.user_id \
             LEFT JOIN modules m ON c.kind = 'module' AND m.slug = c.subject_slug \
             LEFT JOIN levels lv ON c.kind = 'level' AND lv.slug = c.subject_slug \
             WHERE c.revoked_at IS NULL AND {} \
         ) x GROUP BY day, module_id, level_id, country, language, gender, org_type",
        d("e.enrolled_at"),
        on_days("e.enrolled_at", days),
        d("e.completed_at"),
        on_days("e.completed_at", days),
        d("lp.completed_at"),
        on_days("lp.completed_at", days),
        d("qa.submitted_at"),
        on_days("qa.submitted_at", days),
        d("c.issued_at"),
        on_days("c.issued_at", days),
    );
    diesel::sql_query(daily).execute(c)?;
    let enrolled = on_days("e.enrolled_at", days);
    let funnel = format!(
        "INSERT INTO report_funnel (module_id, day, stage, country, language, gender, org_type, learners) \
         SELECT module_id, day, stage, country, language, gender, org_type, COUNT(*) FROM ( \
           SELECT e.module_id AS module_id, {day} AS day, 'enrolled' AS stage, {PROFILE_NAMED} \
             FROM enrolments e JOIN users u ON u.id = e.user_id WHERE {enrolled} \
           UNION ALL SELECT e.module_id, {day}, 'lesson:' || lp.lesson_slug, {PROFILE} \
             FROM enrolments e JOIN users u ON u.id = e.user_id \
             JOIN lesson_progress lp ON lp.enrolment_id = e.id AND lp.completed_at IS NOT NULL \
             WHERE {enrolled} \
           UNION ALL SELECT e.module_id, {day}, 'quiz-passed', {PROFILE} \
             FROM enrolments e JOIN users u ON u.id = e.user_id WHERE {enrolled} \
             AND EXISTS (SELECT 1 FROM quiz_attempts qa WHERE qa.enrolment_id = e.id AND qa.passed) \
           UNION ALL SELECT e.module_id, {day}, 'completed', {PROFILE} \
             FROM enrolments e JOIN users u ON u.id = e.user_id \
             WHERE {enrolled} AND e.completed_at IS NOT NULL \
         ) x GROUP BY module_id, day, stage, country, language, gender, org_type",
        day = d("e.enrolled_at"),
    );
    diesel::sql_query(funnel).execute(c)?;
    Ok(())
}

const PROFILE_NAMED: &str = "u.country AS country, u.language AS language, \
     COALESCE(u.gender, 'none') AS gender, COALESCE(u.org_type, 'none') AS org_type";

/// The content as the learner rows need it.
struct Content {
    /// module id → level id
    modules: HashMap<i64, i64>,
    module_by_slug: HashMap<String, (i64, i64)>,
    level_by_slug: HashMap<String, i64>,
}

fn content(c: &mut DbConnection) -> Result<Content> {
    let ms: Vec<(i64, String, i64)> = modules::table
        .select((modules::id, modules::slug, modules::level_id))
        .load(c)?;
    let ls: Vec<(i64, String)> = levels::table.select((levels::id, levels::slug)).load(c)?;
    Ok(Content {
        modules: ms.iter().map(|(id, _, l)| (*id, *l)).collect(),
        module_by_slug: ms.into_iter().map(|(id, s, l)| (s, (id, l))).collect(),
        level_by_slug: ls.into_iter().map(|(id, s)| (s, id)).collect(),
    })
}

fn rebuild_all_learners(c: &mut DbConnection, on_progress: OnProgress<'_>) -> Result<()> {
    c.batch_execute("DELETE FROM report_learner_months")
        .map_err(crate::db::DbError::from)?;
    let ids: Vec<i64> = users::table.select(users::id).order(users::id).load(c)?;
    let total = ids.len().div_ceil(LEARNERS_PER_BATCH) as u64;
    on_progress(0, total);
    let content = content(c)?;
    for (i, chunk) in ids.chunks(LEARNERS_PER_BATCH).enumerate() {
        let (lo, hi) = (chunk[0], chunk[chunk.len() - 1]);
        compute_and_write(c, &content, Selection::Range(lo, hi), false)?;
        on_progress(i as u64 + 1, total);
    }
    Ok(())
}

/// Recomputes the learner rows of `ids`.
fn recompute_learners(c: &mut DbConnection, ids: Option<&[i64]>) -> Result<()> {
    let Some(ids) = ids else {
        return Ok(());
    };
    if ids.is_empty() {
        return Ok(());
    }
    let content = content(c)?;
    compute_and_write(c, &content, Selection::Ids(ids), true)
}

#[derive(Clone, Copy)]
enum Selection<'a> {
    Ids(&'a [i64]),
    /// Inclusive id range.
    Range(i64, i64),
}

/// One learner's events as the learner rows need them.
#[derive(Default)]
struct Events {
    /// (measure, module-scope unit, level-scope unit, when)
    list: Vec<(Measure, i64, i64, NaiveDateTime)>,
    /// (module unit, completed at, days from enrolment)
    completions: Vec<(i64, NaiveDateTime, f64)>,
}

type Profile = (String, String, Option<String>, Option<String>);

fn compute_and_write(
    c: &mut DbConnection,
    content: &Content,
    sel: Selection<'_>,
    delete_first: bool,
) -> Result<()> {
    macro_rules! select_users {
        ($q:expr, $col:expr) => {
            match sel {
                Selection::Ids(ids) => $q.filter($col.eq_any(ids.to_vec())).into_boxed(),
                Selection::Range(lo, hi) => $q.filter($col.between(lo, hi)).into_boxed(),
            }
        };
    }
    let people: Vec<(i64, Profile)> = select_users!(
        users::table.select((
            users::id,
            (
                users::country,
                users::language,
                users::gender,
                users::org_type
            )
        )),
        users::id
    )
    .load(c)?;
    let enrols: Vec<(i64, i64, NaiveDateTime, Option<NaiveDateTime>)> = select_users!(
        enrolments::table.select((
            enrolments::user_id,
            enrolments::module_id,
            enrolments::enrolled_at,
            enrolments::completed_at
        )),
        enrolments::user_id
    )
    .load(c)?;
    let lessons: Vec<(i64, i64, Option<NaiveDateTime>)> = select_users!(
        lesson_progress::table
            .inner_join(enrolments::table)
            .filter(lesson_progress::completed_at.is_not_null())
            .select((
                enrolments::user_id,
                enrolments::module_id,
                lesson_progress::completed_at
            )),
        enrolments::user_id
    )
    .load(c)?;
    let attempts: Vec<(i64, i64, Option<NaiveDateTime>)> = select_users!(
        quiz_attempts::table
            .filter(quiz_attempts::submitted_at.is_not_null())
            .select((
                quiz_attempts::user_id,
                quiz_attempts::module_id,
                quiz_attempts::submitted_at
            )),
        quiz_attempts::user_id
    )
    .load(c)?;
    let certs: Vec<(Option<i64>, String, String, NaiveDateTime)> = select_users!(
        certificates::table
            .filter(certificates::revoked_at.is_null())
            .select((
                certificates::user_id,
                certificates::kind,
                certificates::subject_slug,
                certificates::issued_at
            )),
        certificates::user_id.assume_not_null()
    )
    .load(c)?;

    let level_of = |module: i64| content.modules.get(&module).copied().unwrap_or(0);
    let mut events: BTreeMap<i64, Events> = BTreeMap::new();
    for (user, module, enrolled, completed) in enrols {
        let ev = events.entry(user).or_default();
        ev.list
            .push((Measure::Enrol, module, level_of(module), enrolled));
        if let Some(done) = completed {
            ev.list
                .push((Measure::Complete, module, level_of(module), done));
            let days = (done - enrolled).num_milliseconds() as f64 / 86_400_000.0;
            ev.completions.push((module, done, days));
        }
    }
    for (user, module, at) in lessons {
        let Some(at) = at else { continue };
        let ev = events.entry(user).or_default();
        ev.list
            .push((Measure::Lesson, module, level_of(module), at));
        ev.list
            .push((Measure::Active, module, level_of(module), at));
    }
    for (user, module, at) in attempts {
        let Some(at) = at else { continue };
        let ev = events.entry(user).or_default();
        ev.list
            .push((Measure::Attempt, module, level_of(module), at));
        ev.list
            .push((Measure::Active, module, level_of(module), at));
    }
    for (user, kind, subject, at) in certs {
        let Some(user) = user else { continue };
        let ev = events.entry(user).or_default();
        let (module_unit, level_unit, measure) = if kind == "level" {
            let level = content.level_by_slug.get(&subject).copied().unwrap_or(0);
            (-level, level, Measure::CertLevel)
        } else {
            let (m, l) = content
                .module_by_slug
                .get(&subject)
                .copied()
                .unwrap_or((0, 0));
            (m, l, Measure::CertModule)
        };
        ev.list.push((measure, module_unit, level_unit, at));
        ev.list.push((Measure::Cert, module_unit, level_unit, at));
    }

    if delete_first {
        if let Selection::Ids(ids) = sel {
            for chunk in ids.chunks(500) {
                let list: Vec<String> = chunk.iter().map(i64::to_string).collect();
                c.batch_execute(&format!(
                    "DELETE FROM report_learner_months WHERE user_id IN ({})",
                    list.join(", ")
                ))
                .map_err(crate::db::DbError::from)?;
            }
        }
    }
    let mut out = Inserter::default();
    for (user, profile) in people {
        let Some(ev) = events.remove(&user) else {
            continue;
        };
        write_learner(&mut out, c, user, &profile, ev)?;
    }
    out.flush(c)
}

/// Days of one month per measure, for one (scope, unit, month).
#[derive(Default, Clone)]
struct MonthRow {
    days: [i32; MEASURES],
    prev: [Option<(i32, u32)>; MEASURES],
    prev_days: [i32; MEASURES],
    completion_days: Option<f64>,
}

fn write_learner(
    out: &mut Inserter,
    c: &mut DbConnection,
    user: i64,
    profile: &Profile,
    ev: Events,
) -> Result<()> {
    // (scope, unit, (year, month)) → row
    let mut rows: BTreeMap<(i16, i64, (i32, u32)), MonthRow> = BTreeMap::new();
    for (measure, module_unit, level_unit, at) in &ev.list {
        let month = (at.year(), at.month());
        let bit = 1i32 << (at.day() - 1);
        let is_cert = matches!(
            measure,
            Measure::Cert | Measure::CertModule | Measure::CertLevel
        );
        for (scope, unit) in [
            (Scope::All as i16, 0),
            (Scope::Level as i16, *level_unit),
            (Scope::Module as i16, *module_unit),
            (Scope::CertModules as i16, (*module_unit).max(0)),
        ] {
            if scope == Scope::CertModules as i16 && !is_cert {
                continue;
            }
            rows.entry((scope, unit, month)).or_default().days[*measure as usize] |= bit;
        }
    }
    for (module, done, days) in &ev.completions {
        if let Some(row) =
            rows.get_mut(&(Scope::Module as i16, *module, (done.year(), done.month())))
        {
            row.completion_days = Some(*days);
        }
    }
    // The previous month with an event, per (scope, unit, measure): rows are in month
    // order within each (scope, unit).
    // (scope, unit, measure) → (its latest month so far, that month's days)
    type Latest = ((i32, u32), i32);
    let mut last: HashMap<(i16, i64, usize), Latest> = HashMap::new();
    for ((scope, unit, month), row) in rows.iter_mut() {
        for m in 0..MEASURES {
            if let Some((pm, pd)) = last.get(&(*scope, *unit, m)) {
                row.prev[m] = Some(*pm);
                row.prev_days[m] = *pd;
            }
            if row.days[m] != 0 {
                last.insert((*scope, *unit, m), (*month, row.days[m]));
            }
        }
    }
    let (country, language, gender, org_type) = profile;
    let profile_sql = format!(
        "{}, {}, {}, {}",
        lit(country),
        lit(language),
        lit(gender.as_deref().unwrap_or("none")),
        lit(org_type.as_deref().unwrap_or("none"))
    );
    for ((scope, unit, (y, mo)), row) in rows {
        let mut v = format!("({scope}, '{y:04}-{mo:02}', {user}, {unit}, {profile_sql}");
        for m in 0..MEASURES {
            // A row's "previous month" only matters where the row itself has events.
            let (prev, prev_days) = match (row.days[m], row.prev[m]) {
                (0, _) | (_, None) => ("NULL".to_string(), 0),
                (_, Some((py, pm))) => (format!("'{py:04}-{pm:02}'"), row.prev_days[m]),
            };
            v.push_str(&format!(", {}, {prev}, {prev_days}", row.days[m]));
        }
        match row.completion_days {
            Some(d) => v.push_str(&format!(", {d:?})")),
            None => v.push_str(", NULL)"),
        }
        out.push(c, v)?;
    }
    Ok(())
}

#[derive(Default)]
struct Inserter {
    rows: Vec<String>,
}

impl Inserter {
    fn push(&mut self, c: &mut DbConnection, row: String) -> Result<()> {
        self.rows.push(row);
        if self.rows.len() >= ROWS_PER_INSERT {
            self.flush(c)?;
        }
        Ok(())
    }

    fn flush(&mut self, c: &mut DbConnection) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let mut cols =
            String::from("scope, month, user_id, unit, country, language, gender, org_type");
        for m in Measure::ALL {
            let n = m.column();
            cols.push_str(&format!(", {n}_days, {n}_prev, {n}_prev_days"));
        }
        cols.push_str(", completion_days");
        let sql = format!(
            "INSERT INTO report_learner_months ({cols}) VALUES {}",
            self.rows.join(", ")
        );
        self.rows.clear();
        c.batch_execute(&sql).map_err(crate::db::DbError::from)?;
        Ok(())
    }
}

/// The bits of the days of `month` ('YYYY-MM') that fall in `from..=to`.
pub(crate) fn day_mask(from: NaiveDate, to: NaiveDate, year: i32, month: u32) -> i32 {
    let mut mask = 0i32;
    for d in 1..=31u32 {
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, d) {
            if date >= from && date <= to {
                mask |= 1 << (d - 1);
            }
        }
    }
    mask
}

pub(crate) fn month_code(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// SQL that is true for a row of `report_learner_months` (alias `r`) where the learner
/// is counted for `measure` in the period `from..=to`:
/// - the row's days meet the period (the first and last months of the period are
///   partial: their days are masked);
/// - and, unless every month is its own group (`per_month`), no earlier month of the
///   same learner and unit met the period: the previous month with an event is before
///   the period's first month, or is that month with none of its events in the period.
///   Together: each learner counts once, in the first month they were counted.
pub(crate) fn distinct_condition(
    measure: Measure,
    from: NaiveDate,
    to: NaiveDate,
    per_month: bool,
) -> String {
    let n = measure.column();
    let (mf, mt) = (month_code(from), month_code(to));
    let maskf = day_mask(from, to, from.year(), from.month());
    let maskt = day_mask(from, to, to.year(), to.month());
    let active = if mf == mt {
        format!("(r.{n}_days & {maskf}) <> 0")
    } else {
        format!(
            "(r.{n}_days & CASE WHEN r.month = '{mf}' THEN {maskf} \
             WHEN r.month = '{mt}' THEN {maskt} ELSE 2147483647 END) <> 0"
        )
    };
    if per_month || mf == mt {
        return active;
    }
    format!(
        "({active} AND (r.{n}_prev IS NULL OR r.{n}_prev < '{mf}' \
         OR (r.{n}_prev = '{mf}' AND (r.{n}_prev_days & {maskf}) = 0)))"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_cover_the_period_days_of_a_month() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            day_mask(d("2026-03-01"), d("2026-03-31"), 2026, 3),
            0x7fff_ffff
        );
        assert_eq!(
            day_mask(d("2026-03-30"), d("2026-05-01"), 2026, 3),
            0b11 << 29
        );
        assert_eq!(day_mask(d("2026-03-30"), d("2026-05-01"), 2026, 5), 1);
        assert_eq!(
            day_mask(d("2026-03-30"), d("2026-05-01"), 2026, 4),
            (1 << 30) - 1
        );
        assert_eq!(
            day_mask(d("2026-03-05"), d("2026-03-06"), 2026, 3),
            0b11 << 4
        );
    }

    #[test]
    fn day_ranges_join_consecutive_days() {
        let days: Vec<String> = ["2026-03-01", "2026-03-02", "2026-03-05"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            on_days("t", Some(&days)),
            "((t >= '2026-03-01 00:00:00' AND t < '2026-03-03 00:00:00') OR \
             (t >= '2026-03-05 00:00:00' AND t < '2026-03-06 00:00:00'))"
        );
        assert_eq!(on_days("t", Some(&[])), "1 = 0");
    }
}
