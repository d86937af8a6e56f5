//! Signing certificate data and verifying the compact text form.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey};

use crate::data::{CertificateData, CertificateId};
use crate::error::VerifyError;
use crate::keys::PublicKeys;

/// The prefix of the text form; the `1` is the payload format version.
pub const PAYLOAD_PREFIX: &str = "CSOA1";

/// Domain separation: what is signed is this tag followed by the canonical bytes, so a
/// certificate signature can never be passed off as a revocation-list signature.
pub(crate) const CERT_SIGNING_CONTEXT: &[u8] = b"CSOA1 certificate\0";

/// Certificate data with its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedPayload {
    data: CertificateData,
    signature: Signature,
}

impl SignedPayload {
    pub fn data(&self) -> &CertificateData {
        &self.data
    }

    pub fn signature(&self) -> &Signature {
        &self.signature
    }

    /// `CSOA1.<base64url(canonical bytes)>.<base64url(64-byte signature)>`, no padding.
    /// Only characters allowed unescaped in a URL fragment.
    pub fn to_text(&self) -> String {
        format!(
            "{PAYLOAD_PREFIX}.{}.{}",
            URL_SAFE_NO_PAD.encode(self.data.canonical_bytes()),
            URL_SAFE_NO_PAD.encode(self.signature.to_bytes())
        )
    }

    /// The verification URL put in the QR code: `{base}/verify/{id}#{payload}`. The
    /// fragment never reaches the server; the page (or an offline checker) verifies it
    /// against the published keys, and the server can look the id up in its records.
    /// `base_url` is e.g. `https://academy.example.org` (a trailing `/` is ignored).
    pub fn verification_url(&self, base_url: &str) -> String {
        format!(
            "{}#{}",
            verify_page_url(base_url, self.data.id()),
            self.to_text()
        )
    }
}

impl fmt::Display for SignedPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// The address of a certificate's verification page, without the payload:
/// `{base}/verify/{id}` (printed under "Verify at").
pub fn verify_page_url(base_url: &str, id: CertificateId) -> String {
    format!("{}/verify/{id}", base_url.trim_end_matches('/'))
}

/// Signs the data. The caller passes the key the data's `key_id` names (see
/// [`IssuerKey`](crate::IssuerKey)); a mismatch yields certificates that fail with
/// `cert-bad-signature`.
pub fn sign(data: &CertificateData, key: &SigningKey) -> SignedPayload {
    let signature = key.sign(&signing_input(&data.canonical_bytes()));
    SignedPayload {
        data: data.clone(),
        signature,
    }
}

fn signing_input(canonical: &[u8]) -> Vec<u8> {
    [CERT_SIGNING_CONTEXT, canonical].concat()
}

/// Verifies a payload and returns what it certifies.
///
/// `text` is the payload text (`CSOA1.….…`) or a whole verification URL as a QR reader
/// gives it (`https://…/verify/{id}#CSOA1.…`); surrounding whitespace is ignored. For a
/// URL, the id in the path must be the payload's id.
///
/// Checks, in order: the text form and base64 (`cert-bad-format`), the canonical bytes
/// (`cert-bad-format`, `cert-unsupported-version`), the key id among `keys`
/// (`cert-unknown-key`), the Ed25519 signature, strictly (`cert-bad-signature`).
/// Revocation is a separate check: [`RevocationList::status`](crate::RevocationList::status).
pub fn verify(text: &str, keys: &PublicKeys) -> Result<CertificateData, VerifyError> {
    let text = text.trim();
    let (url_id, payload) = match text.split_once('#') {
        Some((url, payload)) => {
            let id = url
                .rsplit_once("/verify/")
                .map(|(_, id)| id)
                .ok_or(VerifyError::BadFormat("verification URL"))?;
            (Some(id), payload)
        }
        None => (None, text),
    };
    let mut parts = payload.split('.');
    let (Some(prefix), Some(data_b64), Some(sig_b64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(VerifyError::BadFormat("payload parts"));
    };
    if prefix != PAYLOAD_PREFIX {
        return Err(if prefix.starts_with("CSOA") {
            VerifyError::UnsupportedVersion
        } else {
            VerifyError::BadFormat("payload prefix")
        });
    }
    let canonical = URL_SAFE_NO_PAD
        .decode(data_b64)
        .map_err(|_| VerifyError::BadFormat("payload base64"))?;
    let sig_bytes: [u8; 64] = URL_SAFE_NO_PAD
        .decode(sig_b64)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(VerifyError::BadFormat("signature base64"))?;
    let data = CertificateData::from_canonical_bytes(&canonical)?;
    if let Some(id) = url_id {
        if id != data.id().to_string() {
            return Err(VerifyError::BadFormat("verification URL id"));
        }
    }
    let key = keys
        .get(data.key_id())
        .ok_or_else(|| VerifyError::UnknownKey(data.key_id().to_string()))?;
    key.verify_strict(
        &signing_input(&canonical),
        &Signature::from_bytes(&sig_bytes),
    )
    .map_err(|_| VerifyError::BadSignature)?;
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{KeyId, Kind, NewCertificate};
    use crate::keys::IssuerKey;
    use chrono::NaiveDate;
    use courses::Lang;
    use proptest::prelude::*;

    fn kid(s: &str) -> KeyId {
        KeyId::new(s).unwrap()
    }

    fn data_with(key: &IssuerKey, name: &str) -> CertificateData {
        CertificateData::new(NewCertificate {
            id: CertificateId::random(),
            kind: Kind::Module,
            holder_name: name,
            title: "Тоҷикӣ: ҷ ӣ ӯ ҳ",
            lang: Lang::Tg,
            completed_on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            key_id: key.key_id().clone(),
        })
        .unwrap()
    }

    fn setup() -> (IssuerKey, PublicKeys, SignedPayload) {
        let key = IssuerKey::generate(kid("2026a"));
        let keys: PublicKeys = [(kid("2026a"), key.verifying_key())].into_iter().collect();
        let signed = sign(&data_with(&key, "Ayşə Həsənova"), key.signing_key());
        (key, keys, signed)
    }

    #[test]
    fn round_trip_text_and_url() {
        let (_, keys, signed) = setup();
        let text = signed.to_text();
        assert!(text.starts_with("CSOA1."));
        assert!(text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        assert_eq!(verify(&text, &keys).unwrap(), *signed.data());
        let url = signed.verification_url("https://academy.example.org/");
        assert!(url.starts_with(&format!(
            "https://academy.example.org/verify/{}#CSOA1.",
            signed.data().id()
        )));
        assert_eq!(verify(&format!(" {url}\n"), &keys).unwrap(), *signed.data());
    }

    #[test]
    fn url_with_another_id_is_refused() {
        let (_, keys, signed) = setup();
        let url = format!(
            "https://a.example/verify/{}#{}",
            CertificateId::random(),
            signed.to_text()
        );
        assert_eq!(verify(&url, &keys).unwrap_err().key(), "cert-bad-format");
        let no_path = format!("https://a.example/#{}", signed.to_text());
        assert_eq!(
            verify(&no_path, &keys).unwrap_err().key(),
            "cert-bad-format"
        );
    }

    #[test]
    fn tampered_data_fails_with_bad_signature() {
        let (key, keys, signed) = setup();
        // Well-formed canonical bytes with another name, under the original signature.
        let forged = data_with(&key, "Mallory");
        let text = format!(
            "CSOA1.{}.{}",
            URL_SAFE_NO_PAD.encode(forged.canonical_bytes()),
            URL_SAFE_NO_PAD.encode(signed.signature().to_bytes())
        );
        assert_eq!(verify(&text, &keys), Err(VerifyError::BadSignature));
    }

    #[test]
    fn wrong_key_fails_with_bad_signature() {
        let (_, keys, signed) = setup();
        // Another key claiming the same key id.
        let impostor = IssuerKey::generate(kid("2026a"));
        let forged = sign(signed.data(), impostor.signing_key());
        assert_eq!(
            verify(&forged.to_text(), &keys),
            Err(VerifyError::BadSignature)
        );
    }

    #[test]
    fn unknown_key_id() {
        let (_, keys, _) = setup();
        let other = IssuerKey::generate(kid("2027x"));
        let signed = sign(&data_with(&other, "Oʻgʻiloy"), other.signing_key());
        assert_eq!(
            verify(&signed.to_text(), &keys),
            Err(VerifyError::UnknownKey("2027x".into()))
        );
        assert_eq!(
            verify(&signed.to_text(), &keys).unwrap_err().key(),
            "cert-unknown-key"
        );
    }

    #[test]
    fn rotation_keeps_old_certificates_valid() {
        let old = IssuerKey::generate(kid("2025a"));
        let new = IssuerKey::generate(kid("2026a"));
        let old_cert = sign(&data_with(&old, "Old"), old.signing_key());
        let new_cert = sign(&data_with(&new, "New"), new.signing_key());
        let keys: PublicKeys = [&old, &new]
            .into_iter()
            .map(|k| (k.key_id().clone(), k.verifying_key()))
            .collect();
        let keys = PublicKeys::from_json(&keys.to_json()).unwrap();
        assert!(verify(&old_cert.to_text(), &keys).is_ok());
        assert!(verify(&new_cert.to_text(), &keys).is_ok());
    }

    #[test]
    fn truncated_and_malformed_text() {
        let (_, keys, signed) = setup();
        let text = signed.to_text();
        for n in 0..text.len() {
            let err = verify(&text[..n], &keys).unwrap_err();
            assert!(
                matches!(
                    err,
                    VerifyError::BadFormat(_) | VerifyError::UnsupportedVersion
                ),
                "{n}: {err:?}"
            );
        }
        for bad in [
            "",
            "hello",
            "CSOA1..",
            "CSOA1.a.b.c",
            &format!("{text}."),
            &format!("{text}="),
            &text.replacen("CSOA1", "XXXX1", 1),
        ] {
            assert_eq!(
                verify(bad, &keys).unwrap_err().key(),
                "cert-bad-format",
                "{bad}"
            );
        }
        assert_eq!(
            verify(&text.replacen("CSOA1", "CSOA2", 1), &keys),
            Err(VerifyError::UnsupportedVersion)
        );
    }

    #[test]
    fn signature_is_bound_to_context() {
        let (key, keys, signed) = setup();
        // A signature over the bare canonical bytes (no context) is not accepted.
        let bare = key.signing_key().sign(&signed.data().canonical_bytes());
        let text = format!(
            "CSOA1.{}.{}",
            URL_SAFE_NO_PAD.encode(signed.data().canonical_bytes()),
            URL_SAFE_NO_PAD.encode(bare.to_bytes())
        );
        assert_eq!(verify(&text, &keys), Err(VerifyError::BadSignature));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        /// Any change of any byte of the text (to any other byte) fails verification.
        #[test]
        fn any_byte_flip_fails(pos in any::<prop::sample::Index>(), xor in 1u8..=255) {
            let (_, keys, signed) = setup();
            let mut bytes = signed.to_text().into_bytes();
            let i = pos.index(bytes.len());
            bytes[i] ^= xor;
            let text = String::from_utf8_lossy(&bytes);
            prop_assert!(verify(&text, &keys).is_err(), "flip at {} by {:#x}", i, xor);
        }

        /// Any change of any bit of the canonical bytes or the signature, re-encoded as
        /// well-formed text, fails verification.
        #[test]
        fn any_bit_flip_in_decoded_payload_fails(pos in any::<prop::sample::Index>(), bit in 0u8..8) {
            let (_, keys, signed) = setup();
            let mut raw = signed.data().canonical_bytes();
            raw.extend_from_slice(&signed.signature().to_bytes());
            let i = pos.index(raw.len());
            raw[i] ^= 1 << bit;
            let (data, sig) = raw.split_at(raw.len() - 64);
            let text = format!("CSOA1.{}.{}", URL_SAFE_NO_PAD.encode(data), URL_SAFE_NO_PAD.encode(sig));
            prop_assert!(verify(&text, &keys).is_err());
        }
    }
}
