//! Errors with stable keys. Each key is also a Fluent message id, so the web pages, the
//! CLI and the API show a localized message for it (`locales/*/certificates.ftl` when
//! the verification pages are wired).

/// Why a certificate payload, a published-keys document or a revocation list was not
/// accepted. These come from untrusted input: show the key, never panic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Not a `CSOA1.…` text, bad base64, bad canonical bytes, a URL whose id does not
    /// match the payload, a JSON document that does not parse.
    #[error("malformed certificate data: {0}")]
    BadFormat(&'static str),
    /// A later format version than this code understands.
    #[error("unsupported certificate format version")]
    UnsupportedVersion,
    /// The key id named in the data is not among the published keys.
    #[error("unknown signing key {0:?}")]
    UnknownKey(String),
    /// The signature does not match the data under the named key: the data was changed
    /// or signed by someone else.
    #[error("the signature does not match")]
    BadSignature,
}

impl VerifyError {
    /// The stable key (a Fluent id) of this error.
    pub fn key(&self) -> &'static str {
        match self {
            VerifyError::BadFormat(_) => "cert-bad-format",
            VerifyError::UnsupportedVersion => "cert-unsupported-version",
            VerifyError::UnknownKey(_) => "cert-unknown-key",
            VerifyError::BadSignature => "cert-bad-signature",
        }
    }
}

/// Errors of the issuing side: invalid certificate fields, unreadable key files, a PDF
/// that could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A certificate field breaks its rule (empty, too long, control characters…).
    #[error("invalid certificate field {field}: {reason}")]
    InvalidField {
        field: &'static str,
        reason: &'static str,
    },
    /// A key file or key id that cannot be read.
    #[error("invalid key: {0}")]
    BadKey(String),
    /// The data does not fit in a QR code.
    #[error("the payload does not fit in a QR code: {0}")]
    QrTooLarge(String),
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl Error {
    /// The stable key (a Fluent id) of this error.
    pub fn key(&self) -> &'static str {
        match self {
            Error::InvalidField { .. } => "cert-invalid-field",
            Error::BadKey(_) => "cert-bad-key",
            Error::QrTooLarge(_) => "cert-qr-too-large",
            Error::Pdf(_) => "cert-pdf-failed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_and_prefixed() {
        let keys = [
            VerifyError::BadFormat("x").key(),
            VerifyError::UnsupportedVersion.key(),
            VerifyError::UnknownKey(String::new()).key(),
            VerifyError::BadSignature.key(),
            Error::InvalidField {
                field: "x",
                reason: "y",
            }
            .key(),
            Error::BadKey(String::new()).key(),
            Error::QrTooLarge(String::new()).key(),
            Error::Pdf(String::new()).key(),
        ];
        let set: std::collections::BTreeSet<_> = keys.iter().collect();
        assert_eq!(set.len(), keys.len());
        assert!(keys.iter().all(|k| k.starts_with("cert-")));
    }
}
