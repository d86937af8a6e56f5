//! Keeps the report rollups close to the raw tables in the background.
//!
//! Reports bring the rollups up to date before they read them (`rollup::refresh`), so
//! this is not needed for correctness. Without it, though, the first report opened after
//! a busy week pays for the whole week's recomputation, and on PostgreSQL the change
//! marks grow until someone opens a report. A refresh every few minutes keeps each
//! catch-up small. Several instances may run it at once: `refresh` takes a lock, and a
//! second caller finds nothing left to do.

use std::time::Duration;

use actix_web::web;

use crate::state::AppState;

/// Refreshes the rollups every `report_refresh_secs` (if not 0) for as long as the
/// server runs.
pub fn spawn_refresher(state: web::Data<AppState>) {
    let every = state.settings.report_refresh_secs;
    if every == 0 {
        return;
    }
    actix_web::rt::spawn(async move {
        let mut tick = actix_web::rt::time::interval(Duration::from_secs(every));
        // The first tick fires at once; the server has just started and a report opened
        // now refreshes anyway, so wait one period.
        tick.tick().await;
        loop {
            tick.tick().await;
            let db = state.db.clone();
            let outcome =
                web::block(move || enrollment::reports::rollup::refresh(&db, &mut |_, _| {})).await;
            match outcome {
                Ok(Ok(r)) if r.days > 0 || r.learners > 0 => tracing::info!(
                    days = r.days,
                    learners = r.learners,
                    full = r.full,
                    "report rollups refreshed"
                ),
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "report rollups: refresh failed"),
                Err(e) => tracing::warn!(error = %e, "report rollups: blocking task failed"),
            }
        }
    });
}
