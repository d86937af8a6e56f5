//! The service's error type. Every variant a user can cause has a stable key that is a
//! Fluent message id (`locales/*/errors.ftl`); the web layer shows the localized text.
//! Infrastructure failures keep their cause for the log and show a generic message.

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the email address is not valid")]
    InvalidEmail,
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error("the password is too short or too long")]
    WeakPassword,
    #[error("the name is empty or too long")]
    InvalidName,
    #[error("unknown role {0:?}")]
    UnknownRole(String),
    #[error("not found")]
    NotFound,
    #[error("course content: {0}")]
    ContentFile(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("password hashing failed: {0}")]
    Hashing(String),
}

impl Error {
    /// The Fluent message id shown to the user for this error.
    pub fn key(&self) -> &'static str {
        match self {
            Error::InvalidEmail => "error-invalid-email",
            Error::EmailTaken => "error-email-taken",
            Error::WeakPassword => "error-weak-password",
            Error::InvalidName => "error-invalid-name",
            Error::UnknownRole(_) => "error-unknown-role",
            Error::NotFound => "error-not-found",
            Error::Db(_) | Error::Hashing(_) | Error::ContentFile(_) => "error-internal",
        }
    }

    /// True for failures of the system rather than of the request.
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            Error::Db(_) | Error::Hashing(_) | Error::ContentFile(_)
        )
    }
}

impl From<diesel::result::Error> for Error {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => Error::NotFound,
            other => Error::Db(DbError::Query(other)),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
