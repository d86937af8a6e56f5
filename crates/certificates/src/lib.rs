//! Certificates of the CSO Web Academy: what a certificate states, how it is signed, how
//! anyone can check it offline, how it is revoked, and the printable PDF.
//!
//! No database and no web here: the enrollment service keeps the records, the web
//! crate serves `/verify/{id}` and the published keys; both call this crate.
//!
//! # Certificate data
//!
//! [`CertificateData`]: an unguessable 128-bit [`CertificateId`] (26 lowercase base32
//! letters), the [`Kind`] (module or level), the holder's name as the learner chose it
//! for printing, the module or level title in the issue language, the [`Lang`], the
//! completion date, the issuer ([`ISSUER`]) and the [`KeyId`] of the signing key.
//! Text is stored in NFC with whitespace collapsed; control and bidi-override
//! characters are refused.
//!
//! # Canonical encoding (format version 1)
//!
//! Deterministic bytes, all integers big-endian:
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format version, `0x01` |
//! | 16 | certificate id |
//! | 1 | kind: `1` module, `2` level |
//! | 2 | language code, ASCII (`ru` `kk` `ky` `tg` `tk` `uz` `az` `en`) |
//! | 2 + 1 + 1 | completion date: year (2000–9999), month, day |
//! | 1 + n | key id: length, ASCII |
//! | 2 + n | holder name: length in bytes, UTF-8 |
//! | 2 + n | title: length in bytes, UTF-8 |
//! | 2 + n | issuer: length in bytes, UTF-8 |
//!
//! Nothing may follow. Decoding accepts only bytes this encoder could have written
//! (known kind and language, a real date, a valid key id, NFC text already in its
//! cleaned form), so a value has exactly one encoding. A first byte above `0x01` is
//! `cert-unsupported-version`.
//!
//! # Signed payload (what the QR code carries)
//!
//! `CSOA1.<base64url(canonical)>.<base64url(signature)>`, base64url without padding
//! (strict: no trailing bits). The signature is Ed25519 over the ASCII tag
//! `"CSOA1 certificate"`, a zero byte, then the canonical bytes; the tag keeps
//! certificate and revocation-list signatures apart. Verification uses
//! `verify_strict` (no malleable or small-order signatures). The QR code holds
//! `{base}/verify/{id}#{payload}`: a phone opens the page, the fragment stays in the
//! browser, and [`verify`] also accepts the whole URL (its id must match).
//!
//! # Keys and rotation
//!
//! An [`IssuerKey`] is a key id plus an Ed25519 key, kept as a PKCS#8 PEM file
//! (interchangeable with `openssl genpkey -algorithm ed25519`). Verifiers hold
//! [`PublicKeys`], read from the published keys document
//! ([`PublicKeys::to_json`], format `csoa-keys/1`) or from SPKI PEM files. To rotate,
//! generate a key with a new id, publish it next to the old ones, and sign new
//! certificates with it; old keys stay published so old certificates stay valid. A key
//! is removed only when it leaked: its certificates then fail with `cert-unknown-key`
//! and are re-issued (or listed as revoked with reason `key-compromise`).
//!
//! # Revocation
//!
//! A [`RevocationList`] (issue date; entries of certificate id, revocation date and a
//! [`RevocationReason`]) is published as a signed JSON document (format
//! `csoa-revocations/1`; see [`RevocationList::sign`]) whose `list` field holds the list
//! as JSON text and whose signature (same keys, tag `"CSOA1 revocations"`) covers those
//! exact bytes. An offline checker verifies the certificate with [`verify`], the list
//! with [`RevocationList::verify`], and asks [`RevocationList::status`].
//!
//! # Open Badges 3.0
//!
//! [`open_badge`] exports a certificate as a signed W3C Verifiable Credential
//! (`OpenBadgeCredential`) with an `eddsa-jcs-2022` Data Integrity proof by the same key.
//!
//! # PDF
//!
//! [`render_pdf`] draws an A4 landscape certificate (heading, the holder's name large,
//! the title, the date, issuer, id, the verification address and a QR code of the
//! verification URL drawn as rectangles) with the embedded DejaVu Sans fonts
//! (`assets/`, Bitstream Vera licence), which cover every letter of the eight
//! languages. The caller passes the labels already localized ([`Labels`]); the date is
//! formatted by `i18n::format::date` in the certificate's language. The output is
//! deterministic. `cargo run -p certificates --example render_sample -- out.pdf kk`
//! writes a sample.
//!
//! # Errors
//!
//! [`VerifyError::key`] and [`Error::key`] give stable keys (`cert-bad-format`,
//! `cert-bad-signature`, `cert-unknown-key`, `cert-unsupported-version`, …) that are
//! Fluent message ids.

mod data;
mod error;
mod keys;
pub mod open_badge;
mod payload;
mod pdf;
mod revocation;

pub use courses::Lang;
pub use data::{
    CertificateData, CertificateId, KeyId, Kind, NewCertificate, FORMAT_VERSION, ISSUER,
    MAX_HOLDER_NAME_CHARS, MAX_ISSUER_CHARS, MAX_TITLE_CHARS,
};
pub use ed25519_dalek::{SigningKey, VerifyingKey};
pub use error::{Error, VerifyError};
pub use keys::{public_key_from_pem, public_key_to_pem, IssuerKey, PublicKeys, KEYS_FORMAT};
pub use payload::{sign, verify, verify_page_url, SignedPayload, PAYLOAD_PREFIX};
pub use pdf::{payload_from_pdf, render_pdf, Labels};
pub use revocation::{Revocation, RevocationList, RevocationReason, Status, REVOCATIONS_FORMAT};
