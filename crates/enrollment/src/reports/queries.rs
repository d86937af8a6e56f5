//! The report queries: one aggregate query per report over the period and filters,
//! grouped by up to two breakdowns, plus the same without grouping for the total.
//! Values reach SQL only as literals built here from parsed codes, checked slugs and
//! formatted dates.

use chrono::{Duration, NaiveDate};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Text};

use super::filters::{Dimension, Filters, ReportKind};
use super::rollup::{self, Measure, Scope};
use super::suppression::{self, Cell, Row, Value};
use crate::db::{Backend, DbConnection};
use crate::error::Result;

/// A column of a report; its Fluent label is `reports-col-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Column {
    Enrolments,
    Learners,
    ActiveLearners,
    LessonCompletions,
    QuizAttempts,
    QuizPasses,
    PassRate,
    ModuleCompletions,
    MedianDays,
    Certificates,
    ModuleCertificates,
    LevelCompletions,
    StageLearners,
    DropOff,
    ShareOfEnrolled,
}

impl Column {
    pub fn code(self) -> &'static str {
        match self {
            Column::Enrolments => "enrolments",
            Column::Learners => "learners",
            Column::ActiveLearners => "active-learners",
            Column::LessonCompletions => "lesson-completions",
            Column::QuizAttempts => "quiz-attempts",
            Column::QuizPasses => "quiz-passes",
            Column::PassRate => "pass-rate",
            Column::ModuleCompletions => "module-completions",
            Column::MedianDays => "median-days",
            Column::Certificates => "certificates",
            Column::ModuleCertificates => "module-certificates",
            Column::LevelCompletions => "level-completions",
            Column::StageLearners => "stage-learners",
            Column::DropOff => "drop-off",
            Column::ShareOfEnrolled => "share-of-enrolled",
        }
    }

    pub fn columns(kind: ReportKind) -> &'static [Column] {
        match kind {
            ReportKind::Enrolments => &[Column::Enrolments, Column::Learners],
            ReportKind::Activity => &[
                Column::ActiveLearners,
                Column::LessonCompletions,
                Column::QuizAttempts,
                Column::QuizPasses,
                Column::PassRate,
            ],
            ReportKind::Completions => &[
                Column::ModuleCompletions,
                Column::Learners,
                Column::MedianDays,
            ],
            ReportKind::Certificates => &[
                Column::Certificates,
                Column::ModuleCertificates,
                Column::LevelCompletions,
            ],
            ReportKind::Funnel => &[
                Column::StageLearners,
                Column::DropOff,
                Column::ShareOfEnrolled,
            ],
        }
    }
}

/// A finished report: every cell already suppressed where it must be.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    pub kind: ReportKind,
    #[serde(skip)]
    pub filters: Filters,
    /// The breakdowns (for the funnel: none; its rows are stages).
    pub by: Vec<Dimension>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub total: Row,
    /// For the funnel: the module reported on.
    pub module: Option<String>,
}

#[derive(QueryableByName)]
struct Agg {
    #[diesel(sql_type = Text)]
    k0: String,
    #[diesel(sql_type = Text)]
    k1: String,
    #[diesel(sql_type = BigInt)]
    learners: i64,
    #[diesel(sql_type = BigInt)]
    a: i64,
    #[diesel(sql_type = BigInt)]
    b: i64,
    #[diesel(sql_type = BigInt)]
    c: i64,
    #[diesel(sql_type = BigInt)]
    d: i64,
    #[diesel(sql_type = BigInt)]
    e: i64,
}

#[derive(QueryableByName)]
struct Duration_ {
    #[diesel(sql_type = Text)]
    k0: String,
    #[diesel(sql_type = Text)]
    k1: String,
    #[diesel(sql_type = Double)]
    days: f64,
}

fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn day_start(d: NaiveDate) -> String {
    lit(&format!("{} 00:00:00", d.format("%Y-%m-%d")))
}

/// `col` within the period (to inclusive).
fn in_period(col: &str, f: &Filters) -> String {
    format!(
        "{col} >= {} AND {col} < {}",
        day_start(f.from),
        day_start(f.to + Duration::days(1))
    )
}

fn month_expr(backend: Backend, col: &str) -> String {
    match backend {
        Backend::Sqlite => format!("substr({col}, 1, 7)"),
        Backend::Postgres => format!("to_char({col}, 'YYYY-MM')"),
    }
}

fn dim_expr(backend: Backend, d: Dimension, time_col: &str) -> String {
    match d {
        Dimension::Country => "u.country".into(),
        Dimension::Language => "u.language".into(),
        Dimension::Gender => "COALESCE(u.gender, 'none')".into(),
        Dimension::OrgType => "COALESCE(u.org_type, 'none')".into(),
        Dimension::Level => "COALESCE(lv.slug, 'none')".into(),
        Dimension::Module => "COALESCE(m.slug, 'none')".into(),
        Dimension::Month => month_expr(backend, time_col),
    }
}

/// FROM … WHERE … of a report, the time column the month breakdown uses, and the
/// aggregate expressions (learners, a, b, c, d, e).
struct Shape {
    from_where: String,
    time_col: &'static str,
    aggregates: String,
}

const USER_CONTENT_JOINS: &str = "JOIN users u ON u.id = ev.user_id \
     JOIN modules m ON m.id = ev.module_id \
     JOIN levels lv ON lv.id = m.level_id";

fn shape(kind: ReportKind, f: &Filters) -> Shape {
    let filters = filter_sql(f, "u");
    match kind {
        ReportKind::Enrolments => Shape {
            from_where: format!(
                "FROM enrolments ev {USER_CONTENT_JOINS} WHERE {}{filters}",
                in_period("ev.enrolled_at", f)
            ),
            time_col: "ev.enrolled_at",
            aggregates: "COUNT(DISTINCT ev.user_id) AS learners, COUNT(*) AS a, \
                 CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, CAST(0 AS BIGINT) AS d, \
                 CAST(0 AS BIGINT) AS e"
                .into(),
        },
        ReportKind::Activity => Shape {
            from_where: format!(
                "FROM (SELECT e.user_id AS user_id, e.module_id AS module_id, \
                        lp.completed_at AS at, 1 AS lesson, 0 AS attempt, 0 AS pass \
                   FROM lesson_progress lp JOIN enrolments e ON e.id = lp.enrolment_id \
                   WHERE {} \
                 UNION ALL \
                 SELECT qa.user_id, qa.module_id, qa.submitted_at, 0, 1, \
                        CASE WHEN qa.passed THEN 1 ELSE 0 END \
                   FROM quiz_attempts qa WHERE {}) ev \
                 {USER_CONTENT_JOINS} WHERE 1 = 1{filters}",
                in_period("lp.completed_at", f),
                in_period("qa.submitted_at", f)
            ),
            time_col: "ev.at",
            aggregates: "COUNT(DISTINCT ev.user_id) AS learners, \
                 CAST(COALESCE(SUM(ev.lesson), 0) AS BIGINT) AS a, CAST(COALESCE(SUM(ev.attempt), 0) AS BIGINT) AS b, \
                 CAST(COALESCE(SUM(ev.pass), 0) AS BIGINT) AS c, \
                 COUNT(DISTINCT CASE WHEN ev.attempt = 1 THEN ev.user_id END) AS d, \
                 COUNT(DISTINCT CASE WHEN ev.lesson = 1 THEN ev.user_id END) AS e"
                .into(),
        },
        ReportKind::Completions => Shape {
            from_where: format!(
                "FROM enrolments ev {USER_CONTENT_JOINS} WHERE {}{filters}",
                in_period("ev.completed_at", f)
            ),
            time_col: "ev.completed_at",
            aggregates: "COUNT(DISTINCT ev.user_id) AS learners, COUNT(*) AS a, \
                 CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, CAST(0 AS BIGINT) AS d, \
                 CAST(0 AS BIGINT) AS e"
                .into(),
        },
        ReportKind::Certificates => Shape {
            from_where: format!(
                "FROM certificates ev JOIN users u ON u.id = ev.user_id \
                 LEFT JOIN modules m ON ev.kind = 'module' AND m.slug = ev.subject_slug \
                 LEFT JOIN levels lv ON lv.id = m.level_id \
                    OR (ev.kind = 'level' AND lv.slug = ev.subject_slug) \
                 WHERE ev.revoked_at IS NULL AND {}{filters}",
                in_period("ev.issued_at", f)
            ),
            time_col: "ev.issued_at",
            aggregates: "COUNT(DISTINCT ev.user_id) AS learners, COUNT(*) AS a, \
                 CAST(COALESCE(SUM(CASE WHEN ev.kind = 'module' THEN 1 ELSE 0 END), 0) AS BIGINT) AS b, \
                 CAST(COALESCE(SUM(CASE WHEN ev.kind = 'level' THEN 1 ELSE 0 END), 0) AS BIGINT) AS c, \
                 COUNT(DISTINCT CASE WHEN ev.kind = 'module' THEN ev.user_id END) AS d, \
                 COUNT(DISTINCT CASE WHEN ev.kind = 'level' THEN ev.user_id END) AS e"
                .into(),
        },
        ReportKind::Funnel => unreachable!("the funnel has its own queries"),
    }
}

fn percent(part: i64, whole: i64) -> Value {
    if whole == 0 {
        Value::None
    } else {
        Value::Percent(part as f64 * 100.0 / whole as f64)
    }
}

fn cells(kind: ReportKind, a: &Agg, median: Option<f64>) -> Vec<Cell> {
    match kind {
        ReportKind::Enrolments => vec![
            Cell::new(Value::Count(a.a), a.learners),
            Cell::new(Value::Count(a.learners), a.learners),
        ],
        ReportKind::Activity => vec![
            Cell::new(Value::Count(a.learners), a.learners),
            Cell::new(Value::Count(a.a), a.e),
            Cell::new(Value::Count(a.b), a.d),
            Cell::new(Value::Count(a.c), a.d),
            Cell::new(percent(a.c, a.b), a.d),
        ],
        ReportKind::Completions => vec![
            Cell::new(Value::Count(a.a), a.learners),
            Cell::new(Value::Count(a.learners), a.learners),
            Cell::new(median.map(Value::Days).unwrap_or(Value::None), a.learners),
        ],
        ReportKind::Certificates => vec![
            Cell::new(Value::Count(a.a), a.learners),
            Cell::new(Value::Count(a.b), a.d),
            Cell::new(Value::Count(a.c), a.e),
        ],
        ReportKind::Funnel => unreachable!(),
    }
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// Runs a grouped report (not the funnel) straight from the raw tables: the reference
/// the rollups are checked against (tests), and what they are built to equal.
pub(crate) fn grouped_raw(
    c: &mut DbConnection,
    backend: Backend,
    kind: ReportKind,
    f: &Filters,
    by: &[Dimension],
) -> Result<Report> {
    let s = shape(kind, f);
    let keys: Vec<String> = by
        .iter()
        .map(|d| dim_expr(backend, *d, s.time_col))
        .collect();
    let k0 = keys.first().cloned().unwrap_or_else(|| "''".into());
    let k1 = keys.get(1).cloned().unwrap_or_else(|| "''".into());
    let group = if keys.is_empty() {
        String::new()
    } else {
        format!(" GROUP BY {}", keys.join(", "))
    };
    let sql = format!(
        "SELECT {k0} AS k0, {k1} AS k1, {} {}{group}",
        s.aggregates, s.from_where
    );
    let mut rows: Vec<Agg> = diesel::sql_query(sql).load(c)?;
    rows.sort_by(|x, y| (&x.k0, &x.k1).cmp(&(&y.k0, &y.k1)));
    let total_sql = format!(
        "SELECT '' AS k0, '' AS k1, {} {}",
        s.aggregates, s.from_where
    );
    let total: Agg = diesel::sql_query(total_sql).get_result(c)?;

    // Medians: the durations themselves, grouped here.
    let mut medians: std::collections::HashMap<(String, String), Vec<f64>> = Default::default();
    if kind == ReportKind::Completions {
        let days = match backend {
            Backend::Sqlite => {
                "CAST(julianday(ev.completed_at) - julianday(ev.enrolled_at) AS REAL)"
            }
            Backend::Postgres => {
                "CAST(EXTRACT(EPOCH FROM (ev.completed_at - ev.enrolled_at)) / 86400.0 AS DOUBLE PRECISION)"
            }
        };
        let sql = format!(
            "SELECT {k0} AS k0, {k1} AS k1, {days} AS days {}",
            s.from_where
        );
        for d in diesel::sql_query(sql).load::<Duration_>(c)? {
            medians
                .entry((String::new(), String::new()))
                .or_default()
                .push(d.days);
            if !keys.is_empty() {
                medians.entry((d.k0, d.k1)).or_default().push(d.days);
            }
        }
    }
    Ok(assemble(kind, f, by, rows, total, medians))
}

/// Builds the report from the grouped figures, the total and the durations of
/// completions per group (for medians), and suppresses small cells.
fn assemble(
    kind: ReportKind,
    f: &Filters,
    by: &[Dimension],
    rows: Vec<Agg>,
    total: Agg,
    mut medians: std::collections::HashMap<(String, String), Vec<f64>>,
) -> Report {
    let mut med = |k0: &str, k1: &str| {
        medians
            .get_mut(&(k0.to_string(), k1.to_string()))
            .and_then(|v| median(v))
    };
    let mut out_rows: Vec<Row> = rows
        .iter()
        .map(|a| Row {
            keys: [a.k0.clone(), a.k1.clone()]
                .into_iter()
                .take(by.len())
                .collect(),
            cells: cells(kind, a, med(&a.k0, &a.k1)),
        })
        .collect();
    suppression::suppress(&mut out_rows, by.len());
    let mut total_row = Row {
        keys: vec![],
        cells: cells(kind, &total, med("", "")),
    };
    suppression::suppress(std::slice::from_mut(&mut total_row), 0);
    Report {
        kind,
        filters: f.clone(),
        by: by.to_vec(),
        columns: Column::columns(kind).to_vec(),
        rows: out_rows,
        total: total_row,
        module: None,
    }
}

/// The funnel of one module from the raw tables (the reference for the rollup): learners
/// who enrolled in the period, then how many of them finished each lesson (in the order
/// of the module's current version), passed the quiz and completed the module.
pub(crate) fn funnel_raw(
    c: &mut DbConnection,
    f: &Filters,
    module_slug: &str,
    lessons: &[String],
    has_quiz: bool,
) -> Result<Report> {
    let mut filters = f.clone();
    filters.module = Some(module_slug.to_string());
    let base = format!(
        "FROM enrolments ev {USER_CONTENT_JOINS} WHERE {}{}",
        in_period("ev.enrolled_at", &filters),
        filter_sql(&filters, "u")
    );
    let zeros = "CAST(0 AS BIGINT) AS a, CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, \
                 CAST(0 AS BIGINT) AS d, CAST(0 AS BIGINT) AS e";
    let one = |c: &mut DbConnection, sql: String| -> Result<i64> {
        Ok(diesel::sql_query(sql).get_result::<Agg>(c)?.learners)
    };
    let enrolled = one(
        c,
        format!(
            "SELECT '' AS k0, '' AS k1, COUNT(DISTINCT ev.user_id) AS learners, {zeros} {base}"
        ),
    )?;
    let per_lesson: Vec<Agg> = diesel::sql_query(format!(
        "SELECT lp.lesson_slug AS k0, '' AS k1, COUNT(DISTINCT ev.user_id) AS learners, {zeros} \
         {} AND lp.completed_at IS NOT NULL GROUP BY lp.lesson_slug",
        base.replacen(
            "WHERE",
            "JOIN lesson_progress lp ON lp.enrolment_id = ev.id WHERE",
            1
        )
    ))
    .load(c)?;
    let mut stages: Vec<(String, i64)> = vec![("enrolled".into(), enrolled)];
    for lesson in lessons {
        let n = per_lesson
            .iter()
            .find(|a| &a.k0 == lesson)
            .map(|a| a.learners)
            .unwrap_or(0);
        stages.push((format!("lesson:{lesson}"), n));
    }
    if has_quiz {
        let passed = one(
            c,
            format!(
                "SELECT '' AS k0, '' AS k1, COUNT(DISTINCT ev.user_id) AS learners, {zeros} {} \
                 AND qa.passed",
                base.replacen(
                    "WHERE",
                    "JOIN quiz_attempts qa ON qa.enrolment_id = ev.id WHERE",
                    1
                )
            ),
        )?;
        stages.push(("quiz-passed".into(), passed));
    }
    let completed = one(
        c,
        format!(
            "SELECT '' AS k0, '' AS k1, COUNT(DISTINCT ev.user_id) AS learners, {zeros} {base} \
             AND ev.completed_at IS NOT NULL"
        ),
    )?;
    stages.push(("completed".into(), completed));
    Ok(funnel_assemble(filters, module_slug, &stages))
}

/// The funnel's report from its stages (code, learners) in order, suppressed.
fn funnel_assemble(filters: Filters, module_slug: &str, stages: &[(String, i64)]) -> Report {
    let enrolled = stages.first().map(|s| s.1).unwrap_or(0);
    // Suppression: a stage about fewer than 5 learners is hidden; a drop-off of fewer
    // than 5 is hidden, and so is the stage after it (else the drop-off would follow by
    // subtraction), and every drop-off next to a hidden stage.
    let mut rows: Vec<Row> = Vec::new();
    let mut prev: Option<(i64, bool)> = None;
    for (code, n) in stages {
        let mut stage = Cell::new(Value::Count(*n), *n);
        let (drop, drop_learners) = match prev {
            None => (Value::None, suppression::THRESHOLD),
            Some((p, _)) => (Value::Count(p - n), p - n),
        };
        let mut drop_cell = Cell::new(drop, drop_learners);
        if let Some((_, prev_hidden)) = prev {
            if drop_cell.hidden {
                stage.hidden = true;
            }
            if prev_hidden || stage.hidden {
                drop_cell.hidden = true;
            }
        }
        let share = Cell {
            value: percent(*n, enrolled),
            learners: *n,
            hidden: stage.hidden,
        };
        prev = Some((*n, stage.hidden));
        rows.push(Row {
            keys: vec![code.clone()],
            cells: vec![stage, drop_cell, share],
        });
    }
    let total = rows.first().cloned().map(|mut r| {
        r.keys.clear();
        r
    });
    Report {
        kind: ReportKind::Funnel,
        filters,
        by: vec![],
        columns: Column::columns(ReportKind::Funnel).to_vec(),
        total: total.unwrap_or(Row {
            keys: vec![],
            cells: vec![],
        }),
        rows,
        module: Some(module_slug.to_string()),
    }
}

// ---------------------------------------------------------------------------------
// The same reports from the rollups (rollup.rs): what pages, exports and the CLI use.
// ---------------------------------------------------------------------------------

/// The learner rows a distinct count reads: per module when modules are broken down or
/// filtered, else per level when levels are, else one row set for everything. A
/// breakdown must map each unit to one cell (else a learner in two units of one cell
/// would count twice): certificates by module alone put every level certificate in one
/// "no module" cell, so they read rows where those are one unit.
fn scope(kind: ReportKind, f: &Filters, by: &[Dimension]) -> Scope {
    if kind == ReportKind::Certificates
        && by.contains(&Dimension::Module)
        && !by.contains(&Dimension::Level)
        && f.level.is_none()
        && f.module.is_none()
    {
        Scope::CertModules
    } else if f.module.is_some() || by.contains(&Dimension::Module) {
        Scope::Module
    } else if f.level.is_some() || by.contains(&Dimension::Level) {
        Scope::Level
    } else {
        Scope::All
    }
}

/// A breakdown over a rollup table aliased `t` (profile columns already say 'none'
/// where nothing was given); `m` and `lv` are the joined module and level.
fn rollup_dim(d: Dimension, t: &str, month: &str) -> String {
    match d {
        Dimension::Country => format!("{t}.country"),
        Dimension::Language => format!("{t}.language"),
        Dimension::Gender => format!("{t}.gender"),
        Dimension::OrgType => format!("{t}.org_type"),
        Dimension::Level => "COALESCE(lv.slug, 'none')".into(),
        Dimension::Module => "COALESCE(m.slug, 'none')".into(),
        Dimension::Month => month.into(),
    }
}

/// The filters as SQL conditions: profile fields on the table aliased `t` (`u` for users
/// in the raw queries, the rollup table in the others), `m` (modules), `lv` (levels).
fn filter_sql(f: &Filters, t: &str) -> String {
    let mut out = String::new();
    if let Some(c) = f.country {
        out.push_str(&format!(" AND {t}.country = {}", lit(c.code())));
    }
    if let Some(l) = f.language {
        out.push_str(&format!(" AND {t}.language = {}", lit(l.code())));
    }
    if let Some(g) = f.gender {
        out.push_str(&format!(" AND {t}.gender = {}", lit(g.code())));
    }
    if let Some(o) = f.org_type {
        out.push_str(&format!(" AND {t}.org_type = {}", lit(o.code())));
    }
    if let Some(l) = &f.level {
        out.push_str(&format!(" AND lv.slug = {}", lit(l)));
    }
    if let Some(m) = &f.module {
        out.push_str(&format!(" AND m.slug = {}", lit(m)));
    }
    out
}

/// Additive sums of a report over `report_daily` (a, b, c; `None`: always 0) and the
/// condition that a daily row has anything for it.
fn daily_sums(kind: ReportKind) -> ([Option<&'static str>; 3], &'static str) {
    match kind {
        ReportKind::Enrolments => ([Some("d.enrolments"), None, None], "d.enrolments > 0"),
        ReportKind::Activity => (
            [Some("d.lessons"), Some("d.attempts"), Some("d.passes")],
            "(d.lessons > 0 OR d.attempts > 0)",
        ),
        ReportKind::Completions => ([Some("d.completions"), None, None], "d.completions > 0"),
        ReportKind::Certificates => (
            [
                Some("d.module_certificates + d.level_certificates"),
                Some("d.module_certificates"),
                Some("d.level_certificates"),
            ],
            "(d.module_certificates > 0 OR d.level_certificates > 0)",
        ),
        ReportKind::Funnel => unreachable!("the funnel has its own table"),
    }
}

/// The distinct-learner measures of a report: (learners, d, e) as in [`cells`].
fn distinct_measures(kind: ReportKind) -> [Option<Measure>; 3] {
    match kind {
        ReportKind::Enrolments => [Some(Measure::Enrol), None, None],
        ReportKind::Activity => [
            Some(Measure::Active),
            Some(Measure::Attempt),
            Some(Measure::Lesson),
        ],
        ReportKind::Completions => [Some(Measure::Complete), None, None],
        ReportKind::Certificates => [
            Some(Measure::Cert),
            Some(Measure::CertModule),
            Some(Measure::CertLevel),
        ],
        ReportKind::Funnel => unreachable!("the funnel has its own table"),
    }
}

const DAILY_JOINS: &str = "LEFT JOIN modules m ON m.id = d.module_id \
     LEFT JOIN levels lv ON lv.id = CASE WHEN d.level_id <> 0 THEN d.level_id ELSE m.level_id END";

fn learner_joins(scope: Scope) -> &'static str {
    match scope {
        Scope::All => "",
        Scope::Level => "LEFT JOIN levels lv ON lv.id = r.unit",
        Scope::Module | Scope::CertModules => {
            "LEFT JOIN modules m ON m.id = r.unit \
             LEFT JOIN levels lv ON lv.id = CASE WHEN r.unit < 0 THEN -r.unit ELSE m.level_id END"
        }
    }
}

/// Keys `k0, k1` and the GROUP BY clause for `by` over expressions from `dim`.
fn key_sql(by: &[Dimension], dim: impl Fn(Dimension) -> String) -> (String, String, String) {
    let keys: Vec<String> = by.iter().map(|d| dim(*d)).collect();
    let k0 = keys.first().cloned().unwrap_or_else(|| "''".into());
    let k1 = keys.get(1).cloned().unwrap_or_else(|| "''".into());
    let group = if keys.is_empty() {
        String::new()
    } else {
        format!(" GROUP BY {}", keys.join(", "))
    };
    (k0, k1, group)
}

/// Runs a grouped report (not the funnel) from the rollups.
pub(crate) fn grouped(
    c: &mut DbConnection,
    kind: ReportKind,
    f: &Filters,
    by: &[Dimension],
) -> Result<Report> {
    let (from, to) = (f.from.format("%Y-%m-%d"), f.to.format("%Y-%m-%d"));
    let (mf, mt) = (rollup::month_code(f.from), rollup::month_code(f.to));
    let per_month = by.contains(&Dimension::Month);

    // Additive figures.
    let (sums, any) = daily_sums(kind);
    let daily = |by: &[Dimension]| {
        let (k0, k1, group) = key_sql(by, |d| rollup_dim(d, "d", "substr(d.day, 1, 7)"));
        let sums: Vec<String> = sums
            .iter()
            .map(|x| match x {
                Some(x) => format!("CAST(COALESCE(SUM({x}), 0) AS BIGINT)"),
                None => "CAST(0 AS BIGINT)".into(),
            })
            .collect();
        format!(
            "SELECT {k0} AS k0, {k1} AS k1, CAST(0 AS BIGINT) AS learners, {} AS a, {} AS b, \
             {} AS c, CAST(0 AS BIGINT) AS d, CAST(0 AS BIGINT) AS e \
             FROM report_daily d {DAILY_JOINS} \
             WHERE d.day >= '{from}' AND d.day <= '{to}' AND {any}{}{group}",
            sums[0],
            sums[1],
            sums[2],
            filter_sql(f, "d")
        )
    };
    // Distinct learners.
    let distinct = |by: &[Dimension]| {
        let sc = scope(kind, f, by);
        let (k0, k1, group) = key_sql(by, |d| rollup_dim(d, "r", "r.month"));
        let counts: Vec<String> = distinct_measures(kind)
            .iter()
            .map(|m| match m {
                Some(m) => format!(
                    "CAST(COALESCE(SUM(CASE WHEN {} THEN 1 ELSE 0 END), 0) AS BIGINT)",
                    rollup::distinct_condition(*m, f.from, f.to, per_month && !by.is_empty())
                ),
                None => "CAST(0 AS BIGINT)".into(),
            })
            .collect();
        format!(
            "SELECT {k0} AS k0, {k1} AS k1, {} AS learners, CAST(0 AS BIGINT) AS a, \
             CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, {} AS d, {} AS e \
             FROM report_learner_months r {} \
             WHERE r.scope = {} AND r.month >= '{mf}' AND r.month <= '{mt}'{}{group}",
            counts[0],
            counts[1],
            counts[2],
            learner_joins(sc),
            sc as i16,
            filter_sql(f, "r")
        )
    };

    let mut rows: Vec<Agg> = diesel::sql_query(daily(by)).load(c)?;
    let learners: Vec<Agg> = diesel::sql_query(distinct(by)).load(c)?;
    let learners: std::collections::HashMap<(String, String), Agg> = learners
        .into_iter()
        .map(|a| ((a.k0.clone(), a.k1.clone()), a))
        .collect();
    let merge = |a: &mut Agg, l: Option<&Agg>| {
        if let Some(l) = l {
            a.learners = l.learners;
            a.d = l.d;
            a.e = l.e;
        }
    };
    for a in &mut rows {
        merge(a, learners.get(&(a.k0.clone(), a.k1.clone())));
    }
    rows.sort_by(|x, y| (&x.k0, &x.k1).cmp(&(&y.k0, &y.k1)));
    let mut total: Agg = diesel::sql_query(daily(&[])).get_result(c)?;
    let total_learners: Agg = diesel::sql_query(distinct(&[])).get_result(c)?;
    merge(&mut total, Some(&total_learners));

    // Medians: one duration per completion, from the module rows of the month it
    // happened in.
    let mut medians: std::collections::HashMap<(String, String), Vec<f64>> = Default::default();
    if kind == ReportKind::Completions {
        let (k0, k1, _) = key_sql(by, |d| rollup_dim(d, "r", "r.month"));
        let sql = format!(
            "SELECT {k0} AS k0, {k1} AS k1, r.completion_days AS days \
             FROM report_learner_months r {} \
             WHERE r.scope = {} AND r.month >= '{mf}' AND r.month <= '{mt}' \
             AND r.completion_days IS NOT NULL AND {}{}",
            learner_joins(Scope::Module),
            Scope::Module as i16,
            rollup::distinct_condition(Measure::Complete, f.from, f.to, true),
            filter_sql(f, "r")
        );
        for d in diesel::sql_query(sql).load::<Duration_>(c)? {
            medians
                .entry((String::new(), String::new()))
                .or_default()
                .push(d.days);
            if !by.is_empty() {
                medians.entry((d.k0, d.k1)).or_default().push(d.days);
            }
        }
    }
    Ok(assemble(kind, f, by, rows, total, medians))
}

/// The funnel of one module from the rollup (the same figures as [`funnel_raw`]).
pub(crate) fn funnel(
    c: &mut DbConnection,
    f: &Filters,
    module_slug: &str,
    lessons: &[String],
    has_quiz: bool,
) -> Result<Report> {
    let mut filters = f.clone();
    filters.module = Some(module_slug.to_string());
    let sql = format!(
        "SELECT fu.stage AS k0, '' AS k1, CAST(COALESCE(SUM(fu.learners), 0) AS BIGINT) AS learners, \
         CAST(0 AS BIGINT) AS a, CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, \
         CAST(0 AS BIGINT) AS d, CAST(0 AS BIGINT) AS e \
         FROM report_funnel fu JOIN modules m ON m.id = fu.module_id \
         JOIN levels lv ON lv.id = m.level_id \
         WHERE fu.day >= '{}' AND fu.day <= '{}'{} GROUP BY fu.stage",
        filters.from.format("%Y-%m-%d"),
        filters.to.format("%Y-%m-%d"),
        filter_sql(&filters, "fu")
    );
    let counts: std::collections::HashMap<String, i64> = diesel::sql_query(sql)
        .load::<Agg>(c)?
        .into_iter()
        .map(|a| (a.k0, a.learners))
        .collect();
    let n = |code: &str| counts.get(code).copied().unwrap_or(0);
    let mut stages: Vec<(String, i64)> = vec![("enrolled".into(), n("enrolled"))];
    for lesson in lessons {
        let code = format!("lesson:{lesson}");
        stages.push((code.clone(), n(&code)));
    }
    if has_quiz {
        stages.push(("quiz-passed".into(), n("quiz-passed")));
    }
    stages.push(("completed".into(), n("completed")));
    Ok(funnel_assemble(filters, module_slug, &stages))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
