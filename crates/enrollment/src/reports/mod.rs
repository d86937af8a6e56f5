//! Enrolment reports for staff: aggregates over a period, with filters and breakdowns,
//! small cells suppressed (see [`suppression`]), exportable as CSV, XLSX and JSON; and
//! the operational learner list, whose every use is audited.
//!
//! - [`filters`]: the period, filters and breakdowns, parsed.
//! - [`queries`]: the SQL, over the rollups (and over the raw tables, the reference).
//! - [`rollup`]: the pre-aggregated tables that make reports fast, kept exact.
//! - [`suppression`]: the "<5" rule.
//! - [`export`]: CSV (UTF-8 with BOM), XLSX, JSON; the learner list.

pub mod export;
pub mod filters;
pub mod queries;
pub mod rollup;
pub mod suppression;

pub use filters::{Dimension, FilterError, Filters, ReportKind};
pub use queries::{Column, Report};
pub use suppression::{Cell, Row, Value, HIDDEN, THRESHOLD};

use crate::catalog;
use crate::db::Database;
use crate::error::{Error, Result};

/// Why a report could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Filter(#[from] FilterError),
    #[error(transparent)]
    Service(#[from] Error),
}

impl From<diesel::result::Error> for ReportError {
    fn from(e: diesel::result::Error) -> Self {
        ReportError::Service(e.into())
    }
}

/// Produces a report. Level and module filters must name a level or module of the
/// catalogue; the funnel reports on `filters.module`, else the first module.
pub fn run(
    db: &Database,
    kind: ReportKind,
    filters: &Filters,
    by: &[Dimension],
) -> std::result::Result<Report, ReportError> {
    run_with_progress(db, kind, filters, by, &mut |_, _| {})
}

/// [`run`], reporting progress (steps done, total) while the rollups are brought up to
/// date, which is the only part that can take long (after a large import or demo seed).
pub fn run_with_progress(
    db: &Database,
    kind: ReportKind,
    filters: &Filters,
    by: &[Dimension],
    on_progress: rollup::OnProgress<'_>,
) -> std::result::Result<Report, ReportError> {
    let catalogue = check(db, filters, by)?;
    rollup::refresh(db, on_progress)?;
    let mut conn = db.conn().map_err(Error::from)?;
    match kind {
        ReportKind::Funnel => {
            let (slug, lessons, quiz) = funnel_module(&catalogue, filters)?;
            Ok(queries::funnel(&mut conn, filters, &slug, &lessons, quiz)?)
        }
        _ => Ok(queries::grouped(&mut conn, kind, filters, by)?),
    }
}

/// The same report computed straight from the raw tables, without the rollups: the
/// reference the rollups must equal (tests compare the two after random writes).
pub fn run_from_raw(
    db: &Database,
    kind: ReportKind,
    filters: &Filters,
    by: &[Dimension],
) -> std::result::Result<Report, ReportError> {
    let catalogue = check(db, filters, by)?;
    let mut conn = db.conn().map_err(Error::from)?;
    match kind {
        ReportKind::Funnel => {
            let (slug, lessons, quiz) = funnel_module(&catalogue, filters)?;
            Ok(queries::funnel_raw(
                &mut conn, filters, &slug, &lessons, quiz,
            )?)
        }
        _ => Ok(queries::grouped_raw(
            &mut conn,
            db.backend(),
            kind,
            filters,
            by,
        )?),
    }
}

/// Checks the breakdowns and the level and module filters against the catalogue.
fn check(
    db: &Database,
    filters: &Filters,
    by: &[Dimension],
) -> std::result::Result<catalog::Catalogue, ReportError> {
    if by.len() > filters::MAX_DIMENSIONS {
        return Err(FilterError::TooManyDimensions.into());
    }
    let catalogue = catalog::catalogue(db)?;
    if let Some(level) = &filters.level {
        if catalogue.level(level).is_none() {
            return Err(FilterError::Value("level", level.clone()).into());
        }
    }
    if let Some(module) = &filters.module {
        if catalogue.module(module).is_none() {
            return Err(FilterError::Value("module", module.clone()).into());
        }
    }
    Ok(catalogue)
}

/// The funnel's module (the filter's, else the first): slug, lesson slugs in order,
/// whether it has a quiz.
fn funnel_module(
    catalogue: &catalog::Catalogue,
    filters: &Filters,
) -> std::result::Result<(String, Vec<String>, bool), ReportError> {
    let entry = match &filters.module {
        Some(slug) => catalogue.module(slug).map(|(_, m)| m),
        None => catalogue.modules().next(),
    };
    let Some(entry) = entry else {
        return Err(FilterError::Value("module", String::new()).into());
    };
    let lessons = entry
        .module
        .lessons
        .iter()
        .map(|l| l.slug.clone())
        .collect();
    Ok((
        entry.module.slug.clone(),
        lessons,
        entry.module.quiz.is_some(),
    ))
}

/// Convenience for callers that only have a `Result`.
pub fn run_service(
    db: &Database,
    kind: ReportKind,
    filters: &Filters,
    by: &[Dimension],
) -> Result<Report> {
    run(db, kind, filters, by).map_err(|e| match e {
        ReportError::Service(e) => e,
        ReportError::Filter(_) => Error::NotFound,
    })
}
