//! Signing keys, their files, and the published public keys.

use std::collections::BTreeMap;
use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand_core::OsRng;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::data::{KeyId, ISSUER};
use crate::error::{Error, VerifyError};

/// The format tag of the published keys document.
pub const KEYS_FORMAT: &str = "csoa-keys/1";

/// The Academy's private signing key together with its id. `Debug` never prints the
/// secret.
#[derive(Clone)]
pub struct IssuerKey {
    key_id: KeyId,
    signing: SigningKey,
}

impl IssuerKey {
    /// A new random key.
    pub fn generate(key_id: KeyId) -> IssuerKey {
        IssuerKey {
            key_id,
            signing: SigningKey::generate(&mut OsRng),
        }
    }

    pub fn new(key_id: KeyId, signing: SigningKey) -> IssuerKey {
        IssuerKey { key_id, signing }
    }

    /// Reads a PKCS#8 PEM file (`-----BEGIN PRIVATE KEY-----`), as written by
    /// [`to_pkcs8_pem`](IssuerKey::to_pkcs8_pem) or `openssl genpkey -algorithm ed25519`.
    pub fn from_pkcs8_pem(key_id: KeyId, pem: &str) -> Result<IssuerKey, Error> {
        let signing = SigningKey::from_pkcs8_pem(pem)
            .map_err(|e| Error::BadKey(format!("private key PEM: {e}")))?;
        Ok(IssuerKey { key_id, signing })
    }

    /// The PKCS#8 PEM text of the private key (wiped from memory when dropped).
    pub fn to_pkcs8_pem(&self) -> Result<Zeroizing<String>, Error> {
        self.signing
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| Error::BadKey(format!("private key PEM: {e}")))
    }

    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    pub fn signing_key(&self) -> &SigningKey {
        &self.signing
    }

    pub fn verifying_key(&self) -> VerifyingKey {
        self.signing.verifying_key()
    }
}

impl fmt::Debug for IssuerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuerKey")
            .field("key_id", &self.key_id)
            .field("secret", &"[redacted]")
            .finish()
    }
}

/// The public key PEM (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo).
pub fn public_key_to_pem(key: &VerifyingKey) -> Result<String, Error> {
    key.to_public_key_pem(LineEnding::LF)
        .map_err(|e| Error::BadKey(format!("public key PEM: {e}")))
}

pub fn public_key_from_pem(pem: &str) -> Result<VerifyingKey, Error> {
    VerifyingKey::from_public_key_pem(pem)
        .map_err(|e| Error::BadKey(format!("public key PEM: {e}")))
}

/// Every public key a verifier accepts, by key id. Keys are only ever added: a retired
/// key stops signing new certificates but stays here, so what it signed stays valid.
/// Remove a key only when it leaked (and re-issue what it signed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicKeys {
    keys: BTreeMap<KeyId, VerifyingKey>,
}

#[derive(Serialize, Deserialize)]
struct KeysDoc {
    format: String,
    issuer: String,
    keys: Vec<KeyEntry>,
}

#[derive(Serialize, Deserialize)]
struct KeyEntry {
    kid: String,
    alg: String,
    /// The 32-byte Ed25519 public key, base64url without padding.
    public_key: String,
}

impl PublicKeys {
    pub fn new() -> PublicKeys {
        PublicKeys::default()
    }

    /// Adds or replaces the key with this id.
    pub fn insert(&mut self, key_id: KeyId, key: VerifyingKey) {
        self.keys.insert(key_id, key);
    }

    pub fn get(&self, key_id: &KeyId) -> Option<&VerifyingKey> {
        self.keys.get(key_id)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&KeyId, &VerifyingKey)> {
        self.keys.iter()
    }

    /// The published keys document, served at e.g. `/.well-known/csoa-keys.json` and
    /// shipped with offline checkers:
    ///
    /// ```json
    /// {"format":"csoa-keys/1","issuer":"ARGO — CSO Web Academy",
    ///  "keys":[{"kid":"2026a","alg":"Ed25519","public_key":"<base64url, 32 bytes>"}]}
    /// ```
    pub fn to_json(&self) -> String {
        let doc = KeysDoc {
            format: KEYS_FORMAT.to_owned(),
            issuer: ISSUER.to_owned(),
            keys: self
                .keys
                .iter()
                .map(|(kid, key)| KeyEntry {
                    kid: kid.to_string(),
                    alg: "Ed25519".to_owned(),
                    public_key: URL_SAFE_NO_PAD.encode(key.as_bytes()),
                })
                .collect(),
        };
        serde_json::to_string_pretty(&doc).expect("plain strings serialize")
    }

    /// Reads a published keys document. Unknown fields are ignored (later versions may
    /// add e.g. validity dates); a duplicate key id, another algorithm or a public key
    /// that is not a valid Ed25519 point is refused.
    pub fn from_json(json: &str) -> Result<PublicKeys, VerifyError> {
        let doc: KeysDoc =
            serde_json::from_str(json).map_err(|_| VerifyError::BadFormat("keys document"))?;
        if doc.format != KEYS_FORMAT {
            return Err(VerifyError::UnsupportedVersion);
        }
        let mut keys = PublicKeys::new();
        for entry in doc.keys {
            let kid = KeyId::new(&entry.kid).map_err(|_| VerifyError::BadFormat("key id"))?;
            if entry.alg != "Ed25519" {
                return Err(VerifyError::BadFormat("key algorithm"));
            }
            let bytes: [u8; 32] = URL_SAFE_NO_PAD
                .decode(&entry.public_key)
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or(VerifyError::BadFormat("public key"))?;
            let key = VerifyingKey::from_bytes(&bytes)
                .map_err(|_| VerifyError::BadFormat("public key"))?;
            if keys.keys.insert(kid, key).is_some() {
                return Err(VerifyError::BadFormat("duplicate key id"));
            }
        }
        Ok(keys)
    }
}

impl FromIterator<(KeyId, VerifyingKey)> for PublicKeys {
    fn from_iter<T: IntoIterator<Item = (KeyId, VerifyingKey)>>(iter: T) -> Self {
        PublicKeys {
            keys: iter.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kid(s: &str) -> KeyId {
        KeyId::new(s).unwrap()
    }

    #[test]
    fn private_key_pem_round_trip() {
        let key = IssuerKey::generate(kid("2026a"));
        let pem = key.to_pkcs8_pem().unwrap();
        assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"));
        let back = IssuerKey::from_pkcs8_pem(kid("2026a"), &pem).unwrap();
        assert_eq!(back.verifying_key(), key.verifying_key());
        assert!(!format!("{key:?}").contains(&pem[30..60]));
        assert!(IssuerKey::from_pkcs8_pem(
            kid("x"),
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
        )
        .is_err());
    }

    #[test]
    fn public_key_pem_round_trip() {
        let key = IssuerKey::generate(kid("2026a")).verifying_key();
        let pem = public_key_to_pem(&key).unwrap();
        assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----"));
        assert_eq!(public_key_from_pem(&pem).unwrap(), key);
    }

    #[test]
    fn published_keys_round_trip() {
        let keys: PublicKeys = ["2025a", "2026a"]
            .iter()
            .map(|k| (kid(k), IssuerKey::generate(kid(k)).verifying_key()))
            .collect();
        let json = keys.to_json();
        assert!(json.contains("\"format\": \"csoa-keys/1\""));
        assert_eq!(PublicKeys::from_json(&json).unwrap(), keys);
    }

    #[test]
    fn published_keys_refusals() {
        let key = URL_SAFE_NO_PAD.encode(IssuerKey::generate(kid("a")).verifying_key().as_bytes());
        let doc = |format: &str, entries: &str| {
            format!(r#"{{"format":"{format}","issuer":"x","keys":[{entries}]}}"#)
        };
        let entry = |kid: &str, alg: &str, pk: &str| {
            format!(r#"{{"kid":"{kid}","alg":"{alg}","public_key":"{pk}"}}"#)
        };
        let ok = entry("a", "Ed25519", &key);
        assert!(PublicKeys::from_json(&doc(KEYS_FORMAT, &ok)).is_ok());
        assert_eq!(
            PublicKeys::from_json(&doc("csoa-keys/9", &ok)),
            Err(VerifyError::UnsupportedVersion)
        );
        for bad in [
            format!("{ok},{ok}"),
            entry("a", "RS256", &key),
            entry("A", "Ed25519", &key),
            entry("a", "Ed25519", &key[..40]),
            entry("a", "Ed25519", "!!"),
        ] {
            assert_eq!(
                PublicKeys::from_json(&doc(KEYS_FORMAT, &bad)).map_err(|e| e.key()),
                Err("cert-bad-format"),
                "{bad}"
            );
        }
        assert!(PublicKeys::from_json("not json").is_err());
    }
}
