//! Errors of the JSON API: a stable key (a Fluent message id) with a status, sent as
//! `{"error": "<key>", "message": "<localized text>"}`.
//!
//! Handlers and extractors return [`ApiError`]; its response carries the [`ErrorCode`]
//! as an extension, and the scope's [`localize`] middleware writes the message in the
//! language of the request's `Accept-Language` (Russian by default). Error responses
//! made by actix itself (a wrong method, a body over the size limit before a handler
//! ran) are turned into the same shape there, so a client only ever parses one format.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse, ResponseError};
use courses::Lang;
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiState;

macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $key:literal, $status:ident; )*) => {
        /// Every error the API can answer with. The key is stable: clients may switch
        /// on it; the message is for people.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub enum ErrorCode {
            $( $(#[$doc])* #[serde(rename = $key)] $variant, )*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The key, which is also the Fluent id of the message.
            pub fn key(self) -> &'static str {
                match self { $(ErrorCode::$variant => $key,)* }
            }

            pub fn status(self) -> StatusCode {
                match self { $(ErrorCode::$variant => StatusCode::$status,)* }
            }
        }
    };
}

error_codes! {
    /// No access token, or one that is malformed, expired, not yet valid, signed by an
    /// unknown key or with another algorithm, or meant for another audience or issuer.
    Unauthorized = "error-api-unauthorized", UNAUTHORIZED;
    /// Wrong email or password.
    BadCredentials = "error-bad-credentials", UNAUTHORIZED;
    /// Too many wrong passwords for this address or from this client: wait the
    /// `Retry-After` seconds (never more than 15 minutes).
    TooManyAttempts = "error-too-many-attempts", TOO_MANY_REQUESTS;
    /// The refresh token is unknown, expired, revoked or was already used.
    InvalidRefreshToken = "error-api-invalid-refresh-token", UNAUTHORIZED;
    /// The account has a one-time password: set a new one on the website first.
    PasswordChangeRequired = "error-api-password-change-required", FORBIDDEN;
    Forbidden = "error-forbidden", FORBIDDEN;
    /// No such module, level, lesson or attempt (another learner's attempt included).
    NotFound = "error-not-found", NOT_FOUND;
    /// No such endpoint.
    NoSuchEndpoint = "error-api-no-such-endpoint", NOT_FOUND;
    MethodNotAllowed = "error-api-method-not-allowed", METHOD_NOT_ALLOWED;
    /// The body is not JSON, or not of the expected shape.
    InvalidJson = "error-api-invalid-json", BAD_REQUEST;
    /// The body must be sent as `application/json`.
    UnsupportedMediaType = "error-api-unsupported-media-type", UNSUPPORTED_MEDIA_TYPE;
    /// The body is over the size limit.
    TooLarge = "error-api-too-large", PAYLOAD_TOO_LARGE;
    /// `lang` is not one of ru, kk, ky, tg, tk, uz, az, en.
    InvalidLanguage = "error-api-invalid-language", BAD_REQUEST;
    BadRequest = "error-bad-request", BAD_REQUEST;
    PrerequisitesUnmet = "error-prerequisites-unmet", CONFLICT;
    NotEnrolled = "error-not-enrolled", CONFLICT;
    NoAttemptsLeft = "error-no-attempts-left", CONFLICT;
    AttemptClosed = "error-attempt-closed", CONFLICT;
    /// The attempt's time ran out; it has been graded on the answers saved in time.
    TimeUp = "error-time-up", CONFLICT;
    /// An answer does not fit its question (type, index range).
    InvalidAnswer = "error-invalid-answer", UNPROCESSABLE_ENTITY;
    /// More than 500 events in one sync batch.
    BatchTooLarge = "error-batch-too-large", PAYLOAD_TOO_LARGE;
    /// A sync event id is empty or longer than 64 characters.
    InvalidEventId = "error-invalid-event-id", BAD_REQUEST;
    /// A field is empty, too long or out of range (its limit is in the schema).
    InvalidField = "error-invalid-field", BAD_REQUEST;
    Internal = "error-internal", INTERNAL_SERVER_ERROR;
}

// Written by hand: the derive does not see the `serde(rename)` the macro above passes
// through, and would publish the variant names instead of the keys the API sends.
impl utoipa::PartialSchema for ErrorCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .enum_values(Some(ErrorCode::ALL.iter().map(|c| c.key())))
            .description(Some(
                "A stable error key (also the Fluent id of the message): clients may switch on it.",
            ))
            .into()
    }
}

impl ToSchema for ErrorCode {}

impl ErrorCode {
    /// The code of a service error key (`enrollment::Error::key()`).
    pub fn from_key(key: &str) -> ErrorCode {
        ErrorCode::ALL
            .iter()
            .copied()
            .find(|c| c.key() == key)
            .unwrap_or(ErrorCode::BadRequest)
    }

    /// For error responses made outside the API's handlers.
    fn for_status(status: StatusCode) -> ErrorCode {
        match status {
            StatusCode::NOT_FOUND => ErrorCode::NoSuchEndpoint,
            StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::TooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
            StatusCode::UNAUTHORIZED => ErrorCode::Unauthorized,
            StatusCode::FORBIDDEN => ErrorCode::Forbidden,
            s if s.is_server_error() => ErrorCode::Internal,
            _ => ErrorCode::BadRequest,
        }
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorCode,
    /// The error explained in the request's language (`Accept-Language`, else Russian).
    #[schema(example = "Неверный адрес электронной почты или пароль.")]
    pub message: String,
}

#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    /// For the log only, never for the client.
    cause: Option<String>,
    /// Seconds to wait, sent as `Retry-After` (with 429).
    retry_after: Option<i64>,
}

impl ApiError {
    pub fn new(code: ErrorCode) -> Self {
        ApiError {
            code,
            cause: None,
            retry_after: None,
        }
    }

    /// 429 with `Retry-After: secs`.
    pub fn too_many_attempts(secs: i64) -> Self {
        ApiError {
            retry_after: Some(secs.max(1)),
            ..ApiError::new(ErrorCode::TooManyAttempts)
        }
    }

    pub fn with_cause(code: ErrorCode, cause: impl std::fmt::Display) -> Self {
        ApiError {
            code,
            cause: Some(cause.to_string()),
            retry_after: None,
        }
    }

    pub fn unauthorized() -> Self {
        ApiError::new(ErrorCode::Unauthorized)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.cause {
            Some(cause) => write!(f, "{}: {cause}", self.code.key()),
            None => f.write_str(self.code.key()),
        }
    }
}

impl From<enrollment::Error> for ApiError {
    fn from(e: enrollment::Error) -> Self {
        use enrollment::Error as E;
        if let E::TooManyAttempts { retry_after_secs } = e {
            return ApiError::too_many_attempts(retry_after_secs);
        }
        let code = match &e {
            E::BadCredentials => ErrorCode::BadCredentials,
            E::InvalidToken => ErrorCode::InvalidRefreshToken,
            E::Forbidden => ErrorCode::Forbidden,
            E::NotFound => ErrorCode::NotFound,
            E::PrerequisitesUnmet => ErrorCode::PrerequisitesUnmet,
            E::NotEnrolled => ErrorCode::NotEnrolled,
            E::NoAttemptsLeft => ErrorCode::NoAttemptsLeft,
            E::AttemptClosed => ErrorCode::AttemptClosed,
            E::TimeUp => ErrorCode::TimeUp,
            E::InvalidAnswer(_) => ErrorCode::InvalidAnswer,
            E::BatchTooLarge => ErrorCode::BatchTooLarge,
            E::InvalidEventId => ErrorCode::InvalidEventId,
            E::InvalidField(_) => ErrorCode::InvalidField,
            e if e.is_internal() => ErrorCode::Internal,
            _ => ErrorCode::BadRequest,
        };
        ApiError::with_cause(code, e)
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::with_cause(ErrorCode::Internal, e)
    }
}

impl From<actix_web::error::JsonPayloadError> for ApiError {
    fn from(e: actix_web::error::JsonPayloadError) -> Self {
        use actix_web::error::JsonPayloadError as J;
        let code = match &e {
            J::OverflowKnownLength { .. } | J::Overflow { .. } => ErrorCode::TooLarge,
            J::ContentType => ErrorCode::UnsupportedMediaType,
            J::Payload(actix_web::error::PayloadError::Overflow) => ErrorCode::TooLarge,
            _ => ErrorCode::InvalidJson,
        };
        ApiError::with_cause(code, e)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.code.status()
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        let status = self.status_code();
        if status.is_server_error() {
            tracing::error!(error = %self, "API request failed");
        } else if let Some(cause) = &self.cause {
            tracing::debug!(error = self.code.key(), cause, "API request refused");
        }
        let mut res = HttpResponse::build(status);
        if status == StatusCode::UNAUTHORIZED {
            let error = match self.code {
                ErrorCode::Unauthorized => "invalid_token",
                _ => "invalid_grant",
            };
            res.insert_header((
                header::WWW_AUTHENTICATE,
                format!("Bearer realm=\"academy-api\", error=\"{error}\""),
            ));
        }
        if let Some(secs) = self.retry_after {
            res.insert_header((header::RETRY_AFTER, secs));
        }
        // The message is written by `localize`, which knows the request.
        let mut res = res.json(ErrorBody {
            error: self.code,
            message: self.code.key().to_string(),
        });
        res.extensions_mut().insert(self.code);
        res
    }
}

/// The language of the request's messages.
pub fn request_lang(req: &actix_web::HttpRequest) -> Lang {
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(i18n::negotiate_accept_language)
        .unwrap_or(Lang::Ru)
}

/// Middleware of the API scope: gives every error response the JSON shape with a
/// localized message.
pub async fn localize(
    api: web::Data<ApiState>,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(res);
    }
    let code = res
        .response()
        .extensions()
        .get::<ErrorCode>()
        .copied()
        .unwrap_or_else(|| ErrorCode::for_status(status));
    let (req, old) = res.into_parts();
    let lang = request_lang(&req);
    let message = api.message(&req, lang, code.key()).await;
    let mut new = HttpResponse::build(status);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            new.append_header((name.clone(), value.clone()));
        }
    }
    new.insert_header((header::CONTENT_LANGUAGE, lang.code()));
    let mut new = new.json(ErrorBody {
        error: code,
        message,
    });
    new.extensions_mut().insert(code);
    Ok(ServiceResponse::new(req, new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_russian_and_english() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let l10n = i18n::Localizer::load(&dir, i18n::FallbackMode::Strict).unwrap();
        for code in ErrorCode::ALL {
            for lang in [Lang::Ru, Lang::En] {
                let text = l10n
                    .try_message(lang, code.key(), None)
                    .unwrap_or_else(|e| panic!("{} in {}: {e}", code.key(), lang.code()));
                assert!(!text.is_empty());
            }
        }
    }

    #[test]
    fn service_errors_keep_their_keys() {
        use enrollment::Error as E;
        let errors: [fn() -> E; 12] = [
            || E::BadCredentials,
            || E::Forbidden,
            || E::NotFound,
            || E::PrerequisitesUnmet,
            || E::NotEnrolled,
            || E::NoAttemptsLeft,
            || E::AttemptClosed,
            || E::TimeUp,
            || E::InvalidAnswer("x".into()),
            || E::BatchTooLarge,
            || E::InvalidEventId,
            || E::InvalidField("x".into()),
        ];
        for make in errors {
            assert_eq!(ApiError::from(make()).code.key(), make().key());
        }
        assert_eq!(
            ApiError::from(E::InvalidToken).code,
            ErrorCode::InvalidRefreshToken
        );
        assert_eq!(ErrorCode::from_key("error-time-up"), ErrorCode::TimeUp);
        assert_eq!(ErrorCode::from_key("no-such-key"), ErrorCode::BadRequest);
    }
}
