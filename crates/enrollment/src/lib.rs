//! The enrollment and progress service: accounts, enrolments, progress, attempts,
//! certificate records and reports over SQLite or PostgreSQL. Rules come from the
//! course engine (`courses`); this crate stores and retrieves. No web framework here.

pub mod accounts;
pub mod api_tokens;
pub mod audit;
pub mod auth;
pub mod authoring;
pub mod backup;
pub mod catalog;
pub mod certificates;
pub mod content_import;
pub mod db;
pub mod demo;
pub mod error;
pub mod health;
pub mod learning;
pub mod outbox;
pub mod password;
pub mod privacy;
pub mod profile;
pub mod quizzes;
pub mod reports;
mod schema;
pub mod secrets;
pub mod sessions;
pub mod status;
pub mod sync;
pub mod throttle;

pub use db::{Backend, Database, DatabaseUrl, DbError, PoolOptions};
pub use error::{Error, Result};
