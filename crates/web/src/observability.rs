//! What operators see of a running instance: one structured log line per request with
//! its id, and `/metrics` in Prometheus text format.
//!
//! Logs carry the request id (also returned as `x-request-id`), method, route pattern,
//! path without the query string, status and duration. Deliberately absent: query
//! strings (they carry one-time tokens), client addresses and user agents (who uses the
//! Academy is sensitive for some learners), form bodies (emails, passwords).
//!
//! Metrics: request counts and latency histograms per route and status come from
//! `actix-web-prom`'s middleware; this module adds the database pools' use, the email
//! outbox (pending, failed) and certificates issued, read when `/metrics` is scraped.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{web, HttpMessage, HttpResponse};
use prometheus::{IntGauge, IntGaugeVec, Opts, Registry, TextEncoder};
use tracing::Span;
use tracing_actix_web::{RequestId, RootSpanBuilder};

use crate::error::AppError;
use crate::state::AppState;

/// The root span of every request (see the module docs for what it leaves out).
pub struct RequestSpan;

struct Started(Instant);

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let id = request
            .extensions()
            .get::<RequestId>()
            .map(|id| id.to_string())
            .unwrap_or_default();
        request.extensions_mut().insert(Started(Instant::now()));
        let route = request.match_pattern().unwrap_or_else(|| "-".into());
        tracing::info_span!(
            "request",
            request_id = %id,
            method = %request.method(),
            route = %route,
            path = %request.path(),
            status = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        let _entered = span.enter();
        match outcome {
            Ok(response) => {
                let status = response.status().as_u16();
                span.record("status", status);
                let duration_ms = response
                    .request()
                    .extensions()
                    .get::<Started>()
                    .map(|s| s.0.elapsed().as_secs_f64() * 1000.0)
                    .unwrap_or_default();
                match response.response().error() {
                    Some(error) if response.status().is_server_error() => {
                        tracing::error!(status, duration_ms, error = %error, "request failed")
                    }
                    _ => tracing::info!(status, duration_ms, "request"),
                }
            }
            Err(error) => {
                let status = error.as_response_error().status_code().as_u16();
                span.record("status", status);
                tracing::error!(status, error = %error, "request failed");
            }
        }
    }
}

/// Gauges read from the database and the pools when `/metrics` is scraped.
#[derive(Clone)]
pub struct OpsMetrics {
    registry: Registry,
    pool_connections: IntGaugeVec,
    pool_max: IntGaugeVec,
    outbox: IntGaugeVec,
    certificates: IntGauge,
}

impl OpsMetrics {
    /// Registers the gauges in `registry` (the one the request middleware also uses).
    pub fn register(registry: Registry) -> Result<OpsMetrics, prometheus::Error> {
        let pool_connections = IntGaugeVec::new(
            Opts::new(
                "academy_db_pool_connections",
                "Database connections of this instance by pool (primary, replica) and state (idle, in_use)",
            ),
            &["pool", "state"],
        )?;
        let pool_max = IntGaugeVec::new(
            Opts::new(
                "academy_db_pool_max_connections",
                "The most connections a pool of this instance opens",
            ),
            &["pool"],
        )?;
        let outbox = IntGaugeVec::new(
            Opts::new(
                "academy_outbox_emails",
                "Emails in the outbox by status: pending (waiting or being retried), failed (given up)",
            ),
            &["status"],
        )?;
        let certificates = IntGauge::new(
            "academy_certificates_issued",
            "Certificates issued so far (all instances; revoked ones included)",
        )?;
        registry.register(Box::new(pool_connections.clone()))?;
        registry.register(Box::new(pool_max.clone()))?;
        registry.register(Box::new(outbox.clone()))?;
        registry.register(Box::new(certificates.clone()))?;
        Ok(OpsMetrics {
            registry,
            pool_connections,
            pool_max,
            outbox,
            certificates,
        })
    }
}

/// `GET /metrics`.
pub async fn metrics(
    state: web::Data<AppState>,
    ops: web::Data<OpsMetrics>,
) -> Result<HttpResponse, AppError> {
    let db = state.db.clone();
    let counts = web::block(move || enrollment::status::counts(&db)).await?;
    match counts {
        Ok(c) => {
            ops.outbox
                .with_label_values(&["pending"])
                .set(c.outbox_pending);
            ops.outbox
                .with_label_values(&["failed"])
                .set(c.outbox_failed);
            ops.certificates.set(c.certificates_issued);
        }
        // The scrape still reports the pools and requests; the stale gauges are kept.
        Err(e) => {
            tracing::warn!(error = %e, "metrics: cannot read the outbox and certificate counts")
        }
    }
    let pools = [
        (
            "primary",
            Some(state.db.pool_state()),
            Some(state.db.max_pool_size()),
        ),
        (
            "replica",
            state.db.replica_pool_state(),
            state.db.replica_max_pool_size(),
        ),
    ];
    for (pool, pool_state, max) in pools {
        if let (Some(s), Some(max)) = (pool_state, max) {
            let idle = i64::from(s.idle_connections);
            ops.pool_connections
                .with_label_values(&[pool, "idle"])
                .set(idle);
            ops.pool_connections
                .with_label_values(&[pool, "in_use"])
                .set(i64::from(s.connections) - idle);
            ops.pool_max.with_label_values(&[pool]).set(i64::from(max));
        }
    }
    let body = match TextEncoder::new().encode_to_string(&ops.registry.gather()) {
        Ok(body) => body,
        Err(e) => {
            tracing::error!(error = %e, "metrics: cannot encode");
            return Ok(HttpResponse::InternalServerError().finish());
        }
    };
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .body(body))
}
