//! Signed revocation lists.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer};
use serde::{Deserialize, Serialize};

use crate::data::{CertificateData, CertificateId, KeyId};
use crate::error::VerifyError;
use crate::keys::{IssuerKey, PublicKeys};

/// The format tag of the signed revocation list document.
pub const REVOCATIONS_FORMAT: &str = "csoa-revocations/1";

const REVOCATIONS_SIGNING_CONTEXT: &[u8] = b"CSOA1 revocations\0";

/// Why a certificate was revoked; serialized as the kebab-case stable key
/// (`issued-in-error`…), which the UI translates as `cert-revoked-{key}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RevocationReason {
    /// Issued by mistake (wrong person, wrong module).
    IssuedInError,
    /// Replaced by another certificate (e.g. the holder changed the printed name).
    Superseded,
    /// The holder asked for it to be withdrawn.
    HolderRequest,
    /// Withdrawn after misconduct (e.g. shared accounts or answers).
    Misconduct,
    /// The key that signed it leaked.
    KeyCompromise,
}

impl RevocationReason {
    pub fn key(self) -> &'static str {
        match self {
            RevocationReason::IssuedInError => "issued-in-error",
            RevocationReason::Superseded => "superseded",
            RevocationReason::HolderRequest => "holder-request",
            RevocationReason::Misconduct => "misconduct",
            RevocationReason::KeyCompromise => "key-compromise",
        }
    }
}

/// One revoked certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    #[serde(with = "id_text")]
    pub id: CertificateId,
    pub revoked_on: NaiveDate,
    pub reason: RevocationReason,
}

/// Every revoked certificate as of `issued_on`. A checker shows `issued_on` so a reader
/// can tell an old list (a fresher one may name more certificates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevocationList {
    pub issued_on: NaiveDate,
    pub entries: Vec<Revocation>,
}

/// The result of checking a verified certificate against a revocation list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status<'a> {
    Valid,
    Revoked(&'a Revocation),
}

#[derive(Serialize, Deserialize)]
struct SignedDoc {
    format: String,
    kid: String,
    /// The list as JSON text; the signature covers exactly these bytes, so nothing has
    /// to be re-serialized to verify (`jq '.list | fromjson'` shows it).
    list: String,
    signature: String,
}

impl RevocationList {
    /// The revocation of this certificate, if it is listed.
    pub fn lookup(&self, id: CertificateId) -> Option<&Revocation> {
        self.entries.iter().find(|r| r.id == id)
    }

    /// Whether a verified certificate is revoked.
    pub fn status(&self, data: &CertificateData) -> Status<'_> {
        match self.lookup(data.id()) {
            Some(r) => Status::Revoked(r),
            None => Status::Valid,
        }
    }

    /// The signed document:
    ///
    /// ```json
    /// {"format":"csoa-revocations/1","kid":"2026a",
    ///  "list":"{\"issued_on\":\"2026-11-22\",\"entries\":[{\"id\":\"…\",\"revoked_on\":\"2026-11-20\",\"reason\":\"issued-in-error\"}]}",
    ///  "signature":"<base64url Ed25519 signature of \"CSOA1 revocations\\0\" + list>"}
    /// ```
    ///
    /// Entries are written sorted by id, so the same list always signs the same bytes.
    pub fn sign(&self, key: &IssuerKey) -> String {
        let mut sorted = self.clone();
        sorted.entries.sort_by_key(|r| r.id);
        let list = serde_json::to_string(&sorted).expect("plain data serializes");
        let signature = key.signing_key().sign(&signing_input(&list));
        let doc = SignedDoc {
            format: REVOCATIONS_FORMAT.to_owned(),
            kid: key.key_id().to_string(),
            list,
            signature: URL_SAFE_NO_PAD.encode(signature.to_bytes()),
        };
        serde_json::to_string_pretty(&doc).expect("plain data serializes")
    }

    /// Verifies a signed revocation list document against the published keys. Errors as
    /// for [`verify`](crate::verify): `cert-bad-format`, `cert-unsupported-version`,
    /// `cert-unknown-key`, `cert-bad-signature`. A list naming one certificate twice is
    /// malformed.
    pub fn verify(json: &str, keys: &PublicKeys) -> Result<RevocationList, VerifyError> {
        let doc: SignedDoc = serde_json::from_str(json)
            .map_err(|_| VerifyError::BadFormat("revocation document"))?;
        if doc.format != REVOCATIONS_FORMAT {
            return Err(if doc.format.starts_with("csoa-revocations/") {
                VerifyError::UnsupportedVersion
            } else {
                VerifyError::BadFormat("revocation format")
            });
        }
        let kid = KeyId::new(&doc.kid).map_err(|_| VerifyError::BadFormat("key id"))?;
        let sig: [u8; 64] = URL_SAFE_NO_PAD
            .decode(&doc.signature)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(VerifyError::BadFormat("signature base64"))?;
        let key = keys
            .get(&kid)
            .ok_or_else(|| VerifyError::UnknownKey(kid.to_string()))?;
        key.verify_strict(&signing_input(&doc.list), &Signature::from_bytes(&sig))
            .map_err(|_| VerifyError::BadSignature)?;
        let list: RevocationList = serde_json::from_str(&doc.list)
            .map_err(|_| VerifyError::BadFormat("revocation list"))?;
        let mut ids: Vec<_> = list.entries.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        if ids.len() != list.entries.len() {
            return Err(VerifyError::BadFormat("duplicate revocation"));
        }
        Ok(list)
    }
}

fn signing_input(list: &str) -> Vec<u8> {
    [REVOCATIONS_SIGNING_CONTEXT, list.as_bytes()].concat()
}

mod id_text {
    use super::CertificateId;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(id: &CertificateId, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(id)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<CertificateId, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Kind, NewCertificate};
    use crate::payload::{sign, verify};
    use courses::Lang;

    fn kid(s: &str) -> KeyId {
        KeyId::new(s).unwrap()
    }

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn setup() -> (IssuerKey, PublicKeys, RevocationList, CertificateId) {
        let key = IssuerKey::generate(kid("2026a"));
        let keys: PublicKeys = [(kid("2026a"), key.verifying_key())].into_iter().collect();
        let revoked = CertificateId::random();
        let list = RevocationList {
            issued_on: date(11, 22),
            entries: vec![
                Revocation {
                    id: CertificateId::random(),
                    revoked_on: date(10, 1),
                    reason: RevocationReason::Superseded,
                },
                Revocation {
                    id: revoked,
                    revoked_on: date(11, 20),
                    reason: RevocationReason::IssuedInError,
                },
            ],
        };
        (key, keys, list, revoked)
    }

    #[test]
    fn sign_verify_and_lookup() {
        let (key, keys, list, revoked) = setup();
        let json = list.sign(&key);
        assert!(json.contains(REVOCATIONS_FORMAT));
        assert!(json.contains("issued-in-error"));
        let back = RevocationList::verify(&json, &keys).unwrap();
        assert_eq!(back.issued_on, list.issued_on);
        assert_eq!(back.entries.len(), 2);
        assert_eq!(
            back.lookup(revoked).unwrap().reason,
            RevocationReason::IssuedInError
        );
        assert!(back.lookup(CertificateId::random()).is_none());

        // An offline checker: verify the certificate, then its status.
        let cert = CertificateData::new(NewCertificate {
            id: revoked,
            kind: Kind::Level,
            holder_name: "Gülşat Ýazmyradowa",
            title: "Raýat jemgyýeti",
            lang: Lang::Tk,
            completed_on: date(6, 1),
            key_id: kid("2026a"),
        })
        .unwrap();
        let data = verify(&sign(&cert, key.signing_key()).to_text(), &keys).unwrap();
        assert!(matches!(back.status(&data), Status::Revoked(r) if r.revoked_on == date(11, 20)));
    }

    #[test]
    fn tampered_list_fails() {
        let (key, keys, list, revoked) = setup();
        let json = list.sign(&key);
        let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        // Dropping the revoked id from the list breaks the signature.
        let inner = doc["list"]
            .as_str()
            .unwrap()
            .replace(&revoked.to_string(), &CertificateId::random().to_string());
        doc["list"] = inner.into();
        assert_eq!(
            RevocationList::verify(&doc.to_string(), &keys),
            Err(VerifyError::BadSignature)
        );
    }

    #[test]
    fn wrong_and_unknown_keys_fail() {
        let (_, keys, list, _) = setup();
        let impostor = IssuerKey::generate(kid("2026a"));
        assert_eq!(
            RevocationList::verify(&list.sign(&impostor), &keys),
            Err(VerifyError::BadSignature)
        );
        let other = IssuerKey::generate(kid("other"));
        assert_eq!(
            RevocationList::verify(&list.sign(&other), &keys)
                .unwrap_err()
                .key(),
            "cert-unknown-key"
        );
    }

    #[test]
    fn malformed_documents() {
        let (key, keys, list, _) = setup();
        let json = list.sign(&key);
        for n in [0, 1, json.len() / 2, json.len() - 1] {
            assert_eq!(
                RevocationList::verify(&json[..n], &keys).unwrap_err().key(),
                "cert-bad-format"
            );
        }
        let v2 = json.replace(REVOCATIONS_FORMAT, "csoa-revocations/2");
        assert_eq!(
            RevocationList::verify(&v2, &keys),
            Err(VerifyError::UnsupportedVersion)
        );
        // A correctly signed list with a duplicate entry is still refused.
        let mut dup = list.clone();
        dup.entries.push(dup.entries[0].clone());
        assert_eq!(
            RevocationList::verify(&dup.sign(&key), &keys)
                .unwrap_err()
                .key(),
            "cert-bad-format"
        );
    }

    #[test]
    fn a_certificate_signature_is_not_a_list_signature() {
        let (key, keys, list, _) = setup();
        let mut doc: serde_json::Value = serde_json::from_str(&list.sign(&key)).unwrap();
        let bare = key
            .signing_key()
            .sign(doc["list"].as_str().unwrap().as_bytes());
        doc["signature"] = URL_SAFE_NO_PAD.encode(bare.to_bytes()).into();
        assert_eq!(
            RevocationList::verify(&doc.to_string(), &keys),
            Err(VerifyError::BadSignature)
        );
    }
}
