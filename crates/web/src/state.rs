//! What every handler can reach: the database handle, the renderer.

use enrollment::Database;

use crate::mail::Mailer;
use crate::render::Renderer;

pub struct AppState {
    pub db: Database,
    pub renderer: Renderer,
    pub mailer: Mailer,
    pub settings: std::sync::Arc<crate::settings::Settings>,
    /// Failed sign-ins and reset requests per client address, in memory only.
    pub clients: crate::throttle::ClientThrottle,
}
