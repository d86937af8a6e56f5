//! What every handler can reach: the database handle, the renderer.

use enrollment::Database;

use crate::mail::Mailer;
use crate::render::Renderer;

pub struct AppState {
    pub db: Database,
    /// The Fluent bundles loaded and checked at start-up, shared by every worker (the
    /// renderer holds the same `Arc`).
    pub localizer: std::sync::Arc<i18n::Localizer>,
    pub renderer: Renderer,
    pub mailer: Mailer,
    pub settings: std::sync::Arc<crate::settings::Settings>,
    /// Failed sign-ins and reset requests per client address, in memory only.
    pub clients: crate::throttle::ClientThrottle,
    /// Rendered pages every anonymous visitor shares (the catalogue).
    pub shared_pages: crate::shared_pages::SharedPages,
}
