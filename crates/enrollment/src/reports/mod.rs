//! Enrolment reports for staff: aggregates over a period, with filters and breakdowns,
//! small cells suppressed (see [`suppression`]), exportable as CSV, XLSX and JSON; and
//! the operational learner list, whose every use is audited.
//!
//! - [`filters`]: the period, filters and breakdowns, parsed.
//! - [`queries`]: the SQL.
//! - [`suppression`]: the "<5" rule.
//! - [`export`]: CSV (UTF-8 with BOM), XLSX, JSON; the learner list.

pub mod export;
pub mod filters;
pub mod queries;
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
    let mut conn = db.conn().map_err(Error::from)?;
    match kind {
        ReportKind::Funnel => {
            let entry = match &filters.module {
                Some(slug) => catalogue.module(slug).map(|(_, m)| m),
                None => catalogue.modules().next(),
            };
            let Some(entry) = entry else {
                return Err(FilterError::Value("module", String::new()).into());
            };
            let lessons: Vec<String> = entry
                .module
                .lessons
                .iter()
                .map(|l| l.slug.clone())
                .collect();
            Ok(queries::funnel(
                &mut conn,
                filters,
                &entry.module.slug,
                &lessons,
                entry.module.quiz.is_some(),
            )?)
        }
        _ => Ok(queries::grouped(
            &mut conn,
            db.backend(),
            kind,
            filters,
            by,
        )?),
    }
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
