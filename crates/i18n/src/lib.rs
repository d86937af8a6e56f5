//! Localization of the CSO Web Academy.
//!
//! Every user-visible string lives in `locales/<lang>/*.ftl` (Project Fluent). This crate
//! loads and checks those files once, at start-up ([`Localizer::load`]): a syntax error, a
//! duplicate id or a reference to a missing message is an error naming file and line, so
//! the application refuses to start instead of failing mid-request. It also negotiates the
//! language from `Accept-Language` ([`negotiate_accept_language`]), formats dates and
//! numbers the way each language writes them ([`format`]), registers the `t()` function
//! for Tera templates and emails ([`register`]), and measures translation coverage
//! ([`coverage`], [`catalog`]), and renders the content checker's findings
//! ([`Localizer::diagnostic`]).
//!
//! Languages are [`courses::Lang`], re-exported as [`Lang`], so content and interface
//! agree on one list of eight.
//!
//! # Adding or changing a message
//!
//! Write it in `locales/ru/<page>.ftl` (the reference) and `locales/en/<page>.ftl`; use a
//! select expression whenever a number stands before a noun (Russian has one/few/many).
//! Then every other locale needs it too: `tests/completeness.rs` (run by `cargo test` and
//! `make l10n-check`) fails until kk ky tg tk uz az have the same id, variables and
//! attributes, with text of their own. A text that is rightly the same as the Russian or
//! English one (a name, a loan word) is listed in `locales/exceptions.toml` with a reason.
//! Terms follow `docs/glossary.md`.

mod ast;
pub mod catalog;
mod content;
mod error;
pub mod format;
mod localizer;
mod negotiate;
mod source;
mod tera_fn;

pub use catalog::coverage;
pub use content::content_args;
pub use courses::Lang;
pub use error::{Issue, IssueKind, L10nError};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use localizer::{FallbackMode, Localizer};
pub use negotiate::negotiate_accept_language;
pub use tera_fn::register;
