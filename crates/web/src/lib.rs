//! The actix-web application: routes, extractors, templates, static assets, JSON API.
//! Handlers parse input, make one service call (in `web::block`), render one template.

pub(crate) mod api;
mod assets;
mod certificate_pdf;
mod csrf;
mod error;
mod forms;
mod l10n;
mod locale;
pub mod mail;
pub mod observability;
mod page;
mod render;
mod report_refresh;
mod routes;
mod session;
pub mod settings;
mod shared_pages;
pub mod startup;
mod state;
mod throttle;

/// The words of a report in one language (for the `academy report` command).
pub use routes::reports::labels as report_labels;
/// Every registered route (method, path pattern), for the security tests.
pub use routes::{inventory as route_inventory, Route};
pub use settings::{LogFormat, Secret, Settings};
pub use startup::{Application, StartupError};
