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
    #[error("the organisation name is too long")]
    InvalidOrgName,
    #[error("wrong email or password")]
    BadCredentials,
    #[error("the link is invalid, used or expired")]
    InvalidToken,
    #[error("not allowed")]
    Forbidden,
    #[error("the last administrator cannot give up the role")]
    LastAdmin,
    #[error("prerequisites are not met")]
    PrerequisitesUnmet,
    #[error("not enrolled in this module")]
    NotEnrolled,
    #[error("no attempts left")]
    NoAttemptsLeft,
    #[error("the attempt is already submitted")]
    AttemptClosed,
    #[error("the time for this attempt is up")]
    TimeUp,
    #[error("invalid answer: {0}")]
    InvalidAnswer(String),
    #[error("too many events in one batch")]
    BatchTooLarge,
    #[error("an event id is empty or too long")]
    InvalidEventId,
    /// A field is empty, too long or out of range (the cause says which).
    #[error("invalid field: {0}")]
    InvalidField(String),
    #[error("not found")]
    NotFound,
    #[error("a file name in a draft is not a plain name of the module directory")]
    InvalidFileName,
    #[error("the module has no draft to publish")]
    NoDraft,
    #[error("the uploaded file is not a PNG, JPEG or WebP image")]
    UploadNotImage,
    #[error("the uploaded image is too large")]
    UploadTooLarge,
    #[error("the draft has {0} error(s)")]
    DraftInvalid(usize),
    #[error("the draft changes the module's slug or directory")]
    DraftSlugChanged,
    #[error("too many attempts; try again in {retry_after_secs} s")]
    TooManyAttempts { retry_after_secs: i64 },
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
            Error::InvalidOrgName => "error-invalid-org-name",
            Error::BadCredentials => "error-bad-credentials",
            Error::InvalidToken => "error-invalid-token",
            Error::Forbidden => "error-forbidden",
            Error::LastAdmin => "error-last-admin",
            Error::PrerequisitesUnmet => "error-prerequisites-unmet",
            Error::NotEnrolled => "error-not-enrolled",
            Error::NoAttemptsLeft => "error-no-attempts-left",
            Error::AttemptClosed => "error-attempt-closed",
            Error::TimeUp => "error-time-up",
            Error::InvalidAnswer(_) => "error-invalid-answer",
            Error::BatchTooLarge => "error-batch-too-large",
            Error::InvalidEventId => "error-invalid-event-id",
            Error::InvalidField(_) => "error-invalid-field",
            Error::NotFound => "error-not-found",
            Error::InvalidFileName => "error-authoring-file-name",
            Error::NoDraft => "error-authoring-no-draft",
            Error::UploadNotImage => "error-upload-not-image",
            Error::UploadTooLarge => "error-upload-too-large",
            Error::DraftInvalid(_) => "error-authoring-draft-invalid",
            Error::DraftSlugChanged => "error-authoring-slug-changed",
            Error::TooManyAttempts { .. } => "error-too-many-attempts",
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
