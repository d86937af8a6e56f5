//! Localization of the CSO Web Academy.
//!
//! Every user-visible string lives in `locales/<lang>/*.ftl` (Project Fluent). This crate
//! loads and checks those files once, at start-up ([`Localizer::load`]): a syntax error, a
//! duplicate id or a reference to a missing message is an error naming file and line, so
//! the application refuses to start instead of failing mid-request. It also negotiates the
//! language from `Accept-Language` ([`negotiate_accept_language`]), formats dates and
//! numbers the way each language writes them ([`format`]), registers the `t()` function
//! for Tera templates and emails ([`register`]), and measures translation coverage
//! ([`coverage`], [`catalog`]).
//!
//! Languages are [`courses::Lang`], re-exported as [`Lang`], so content and interface
//! agree on one list of eight.

mod ast;
pub mod catalog;
mod error;
pub mod format;
mod localizer;
mod negotiate;
mod source;
mod tera_fn;

pub use catalog::coverage;
pub use courses::Lang;
pub use error::{Issue, IssueKind, L10nError};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use localizer::{FallbackMode, Localizer};
pub use negotiate::negotiate_accept_language;
pub use tera_fn::register;
