//! The actix-web application: routes, extractors, templates, static assets, JSON API.
//! Handlers parse input, make one service call (in `web::block`), render one template.

mod assets;
mod error;
mod l10n;
mod locale;
mod render;
mod routes;
pub mod settings;
pub mod startup;
mod state;

pub use settings::{LogFormat, Secret, Settings};
pub use startup::{Application, StartupError};
