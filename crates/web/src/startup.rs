//! Building and running the HTTP server: open the database, migrate, load localization
//! and templates, bind the listener, serve until SIGTERM/SIGINT.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{Compress, DefaultHeaders, ErrorHandlers};
use actix_web::{web, App, HttpMessage, HttpServer};
use actix_web_prom::PrometheusMetricsBuilder;
use enrollment::{Database, DatabaseUrl, PoolOptions};
use tracing_actix_web::{RequestId, TracingLogger};

use crate::assets::Assets;
use crate::render::Renderer;
use crate::settings::Settings;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Database(#[from] enrollment::DbError),
    #[error("localization: {0}")]
    Localization(String),
    #[error(transparent)]
    Template(#[from] crate::render::TemplateError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("metrics: {0}")]
    Metrics(String),
    #[error("email: {0}")]
    Mail(#[from] crate::mail::MailError),
    #[error("shared secrets: {0}")]
    Secret(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Everything a running instance needs besides its settings; built once.
pub struct Application {
    server: Server,
    port: u16,
    db: Database,
}

/// Where the Content-Security-Policy allows resources to come from: this origin only.
/// No inline scripts, no third parties, no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
                   frame-ancestors 'none'; form-action 'self'";

impl Application {
    pub fn build(settings: Settings) -> Result<Application, StartupError> {
        let settings = Arc::new(settings);
        let url = DatabaseUrl::parse(settings.database_url.expose())?;
        let pool_options = PoolOptions {
            max_size: settings.db_pool_size,
            ..PoolOptions::default()
        };
        let mut db = Database::open(&url, &pool_options)?;
        if let Some(replica) = &settings.replica_url {
            db = db.with_replica(&DatabaseUrl::parse(replica.expose())?, &pool_options)?;
        }
        let applied = enrollment::health::migrate(&db)?;
        if !applied.is_empty() {
            tracing::info!(
                ?applied,
                backend = db.backend().name(),
                "migrations applied"
            );
        }
        let localizer = Arc::new(
            crate::l10n::load_localizer(&settings)
                .map_err(|e| StartupError::Localization(e.to_string()))?,
        );
        let assets = web::Data::new(Assets::load());
        let renderer = Renderer::new(localizer.clone(), &assets, &settings.public_url)?;
        let mailer = crate::mail::Mailer::from_settings(&settings)?;
        // Shared by every instance through the database, so a learner signed in on one
        // is signed in on all.
        let session_key = enrollment::secrets::get_or_create(&db, "session-cookie-key", || {
            enrollment::secrets::random_bytes(64)
        })
        .map_err(|e| StartupError::Secret(e.to_string()))?;
        let session_key = actix_web::cookie::Key::from(&session_key);
        let cookie_secure = settings.cookie_secure();
        let session_timeouts = settings.session_timeouts();
        let state = web::Data::new(AppState {
            db: db.clone(),
            localizer,
            renderer,
            mailer,
            settings: settings.clone(),
            clients: crate::throttle::ClientThrottle::default(),
            shared_pages: Default::default(),
        });
        crate::mail::spawn_drainer(state.clone());
        crate::report_refresh::spawn_refresher(state.clone());
        // `/metrics` is served by `observability::metrics`, which adds the pools, the
        // outbox and certificates to the per-route request metrics recorded here.
        let registry = prometheus::Registry::new();
        let metrics = PrometheusMetricsBuilder::new("academy")
            .registry(registry.clone())
            .build()
            .map_err(|e| StartupError::Metrics(e.to_string()))?;
        let ops_metrics = web::Data::new(
            crate::observability::OpsMetrics::register(registry)
                .map_err(|e| StartupError::Metrics(e.to_string()))?,
        );

        let listener = TcpListener::bind(&settings.bind).map_err(|source| StartupError::Bind {
            addr: settings.bind.clone(),
            source,
        })?;
        let port = listener.local_addr()?.port();
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(assets.clone())
                .app_data(ops_metrics.clone())
                .wrap(actix_web::middleware::from_fn(crate::csrf::protect))
                .wrap(crate::session::middleware(
                    session_key.clone(),
                    cookie_secure,
                    session_timeouts,
                ))
                .wrap(ErrorHandlers::new().default_handler(crate::error::render_error_page))
                .wrap(Compress::default())
                .wrap(
                    DefaultHeaders::new()
                        .add((header::CONTENT_SECURITY_POLICY, CSP))
                        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                        // `same-origin`, not `no-referrer`: with the latter browsers send `Origin: null` on
                        // form posts, which the CSRF check must refuse. Other sites still get nothing.
                        .add((header::REFERRER_POLICY, "same-origin"))
                        .add((header::X_FRAME_OPTIONS, "DENY")),
                )
                .wrap(metrics.clone())
                .wrap(actix_web::middleware::from_fn(request_id_header))
                .wrap(TracingLogger::<crate::observability::RequestSpan>::new())
                .configure(crate::routes::configure)
        })
        .shutdown_timeout(settings.shutdown_timeout_secs)
        .client_request_timeout(Duration::from_secs(30))
        .listen(listener)?;
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        Ok(Application {
            server: server.run(),
            port,
            db,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn database(&self) -> &Database {
        &self.db
    }

    /// Serves until SIGTERM or SIGINT; in-flight requests get `shutdown_timeout_secs`.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }

    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }
}

/// Echoes the request id the tracing logger assigned, so a learner's error report can
/// be matched to the log line.
async fn request_id_header(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let id = req.extensions().get::<RequestId>().map(|id| id.to_string());
    let mut res = next.call(req).await?;
    if let Some(value) = id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        res.headers_mut()
            .insert(header::HeaderName::from_static("x-request-id"), value);
    }
    Ok(res)
}
