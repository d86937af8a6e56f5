//! Open Badges 3.0: a certificate as a W3C Verifiable Credential (an
//! `OpenBadgeCredential`, VC Data Model 2.0) that a learner can keep in a digital wallet.
//!
//! The credential is signed with an embedded Data Integrity proof, cryptosuite
//! `eddsa-jcs-2022` (W3C "Data Integrity EdDSA Cryptosuites v1.0"): the document and the
//! proof options are canonicalized with the JSON Canonicalization Scheme (RFC 8785), each
//! hashed with SHA-256, and the two hashes (options first) are signed with the same
//! Ed25519 key that signs the certificate's QR payload. JCS needs no JSON-LD processing,
//! so a verifier with no network can check it.
//!
//! The issuer is identified by a `did:key` of that public key, so the credential carries
//! what is needed to check its signature; [`verify`] additionally requires the key to be
//! one of the Academy's published keys, which is what proves the Academy issued it.
//!
//! Privacy: the holder is named only by the name they chose for printing (an
//! `IdentityObject` of type `name`); no email, account id or other data is included.

use chrono::NaiveDateTime;
use ed25519_dalek::{Signature, Signer, VerifyingKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::data::CertificateData;
use crate::error::VerifyError;
use crate::keys::{IssuerKey, PublicKeys};

/// The JSON-LD contexts of an Open Badges 3.0 credential (VC 2.0 first, as required).
pub const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// The cryptosuite of the embedded proof.
pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";

/// What the credential says beyond the signed certificate data: addresses and the
/// localized description of the achievement.
pub struct BadgeDetails<'a> {
    /// The public verification page of this certificate: the credential's id.
    pub verify_url: &'a str,
    /// The Academy's public address (the issuer's `url`).
    pub issuer_url: &'a str,
    /// A stable address of the module or level: the achievement's id.
    pub achievement_url: &'a str,
    /// One sentence describing the achievement, in the certificate's language.
    pub description: &'a str,
    /// What the learner did to earn it, in the certificate's language.
    pub criteria: &'a str,
    /// When the certificate was issued (UTC).
    pub issued_at: NaiveDateTime,
}

/// The unsigned credential for `data`, issued by the holder of `key`.
pub fn credential(data: &CertificateData, details: &BadgeDetails<'_>, key: &VerifyingKey) -> Value {
    let did = did_key(key);
    json!({
        "@context": CONTEXTS,
        "id": details.verify_url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": data.title(),
        "issuer": {
            "id": did,
            "type": ["Profile"],
            "name": data.issuer(),
            "url": details.issuer_url,
        },
        "validFrom": timestamp(details.issued_at),
        "awardedDate": format!("{}T00:00:00Z", data.completed_on().format("%Y-%m-%d")),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "hashed": false,
                "identityHash": data.holder_name(),
                "identityType": "name",
            }],
            "achievement": {
                "id": details.achievement_url,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": data.title(),
                "description": details.description,
                "criteria": { "narrative": details.criteria },
                "inLanguage": data.lang().code(),
            },
        },
    })
}

/// Signs `credential` (which must not carry a proof yet) with `key`, adding a
/// `DataIntegrityProof` created at `created`.
pub fn sign(mut credential: Value, key: &IssuerKey, created: NaiveDateTime) -> Value {
    let did = did_key(&key.verifying_key());
    let fragment = did.trim_start_matches("did:key:").to_owned();
    let mut proof = json!({
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": timestamp(created),
        "verificationMethod": format!("{did}#{fragment}"),
        "proofPurpose": "assertionMethod",
    });
    let signature = key.signing_key().sign(&hash_data(&credential, &proof));
    proof["proofValue"] = Value::String(format!("z{}", base58_encode(&signature.to_bytes())));
    // A proof set of one: the Open Badges 3.0 schema expects `proof` as an array.
    credential["proof"] = Value::Array(vec![proof]);
    credential
}

/// Verifies a signed credential: the proof's key must be one of `keys` (the Academy's
/// published keys) and the signature must cover the document exactly as given.
pub fn verify(signed: &Value, keys: &PublicKeys) -> Result<(), VerifyError> {
    let mut document = signed.clone();
    let proof = match document.as_object_mut().and_then(|o| o.remove("proof")) {
        Some(Value::Array(mut set)) if set.len() == 1 => set.remove(0),
        Some(proof @ Value::Object(_)) => proof,
        _ => return Err(VerifyError::BadFormat("credential proof")),
    };
    let mut options = proof
        .as_object()
        .cloned()
        .ok_or(VerifyError::BadFormat("credential proof"))?;
    if options.get("type") != Some(&json!("DataIntegrityProof"))
        || options.get("cryptosuite") != Some(&json!(CRYPTOSUITE))
    {
        return Err(VerifyError::BadFormat("credential proof type"));
    }
    let proof_value = options
        .remove("proofValue")
        .and_then(|v| v.as_str().map(str::to_owned))
        .ok_or(VerifyError::BadFormat("credential proof value"))?;
    let method = options
        .get("verificationMethod")
        .and_then(Value::as_str)
        .ok_or(VerifyError::BadFormat("credential verification method"))?;
    let did = method.split('#').next().unwrap_or_default();
    let key = key_from_did(did).ok_or(VerifyError::BadFormat("credential verification method"))?;
    if !keys.iter().any(|(_, published)| *published == key) {
        return Err(VerifyError::UnknownKey(did.to_owned()));
    }
    let issuer = document["issuer"]["id"].as_str().unwrap_or_default();
    if issuer != did {
        return Err(VerifyError::BadFormat("credential issuer"));
    }
    let bytes = proof_value
        .strip_prefix('z')
        .and_then(base58_decode)
        .ok_or(VerifyError::BadFormat("credential proof value"))?;
    let signature: [u8; 64] = bytes
        .try_into()
        .map_err(|_| VerifyError::BadFormat("credential proof value"))?;
    key.verify_strict(
        &hash_data(&document, &Value::Object(options)),
        &Signature::from_bytes(&signature),
    )
    .map_err(|_| VerifyError::BadSignature)
}

/// SHA-256 of the canonical proof configuration (with the document's `@context`), then
/// SHA-256 of the canonical document: the 64 bytes that are signed.
fn hash_data(document: &Value, proof_options: &Value) -> Vec<u8> {
    let mut config = proof_options.clone();
    if let (Some(config), Some(context)) = (config.as_object_mut(), document.get("@context")) {
        config.insert("@context".into(), context.clone());
    }
    let mut out = Sha256::digest(canonical_json(&config).as_bytes()).to_vec();
    out.extend_from_slice(&Sha256::digest(canonical_json(document).as_bytes()));
    out
}

/// RFC 8785 JSON Canonicalization: no whitespace, object members sorted by their
/// names' UTF-16 code units, strings escaped as ECMAScript's `JSON.stringify` does
/// (serde_json's escaping is the same: `\b \f \n \r \t \" \\`, other controls as
/// lowercase `\u00xx`, everything else literal). Numbers here are integers only.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn timestamp(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The multicodec prefix of an Ed25519 public key (varint 0xed).
const ED25519_PUB: [u8; 2] = [0xed, 0x01];

/// `did:key:z6Mk…` for an Ed25519 public key.
pub fn did_key(key: &VerifyingKey) -> String {
    let mut bytes = ED25519_PUB.to_vec();
    bytes.extend_from_slice(key.as_bytes());
    format!("did:key:z{}", base58_encode(&bytes))
}

fn key_from_did(did: &str) -> Option<VerifyingKey> {
    let bytes = base58_decode(did.strip_prefix("did:key:z")?)?;
    let raw: [u8; 32] = bytes.strip_prefix(&ED25519_PUB[..])?.try_into().ok()?;
    VerifyingKey::from_bytes(&raw).ok()
}

const BASE58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Base58 (Bitcoin alphabet), as multibase `z` uses it.
fn base58_encode(bytes: &[u8]) -> String {
    let zeros = bytes.iter().take_while(|b| **b == 0).count();
    // Little-endian base-58 digits of the big-endian number.
    let mut digits: Vec<u8> = Vec::with_capacity(bytes.len() * 138 / 100 + 1);
    for &byte in &bytes[zeros..] {
        let mut carry = byte as u32;
        for d in digits.iter_mut() {
            carry += (*d as u32) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let mut out = String::with_capacity(zeros + digits.len());
    out.extend(std::iter::repeat_n('1', zeros));
    out.extend(digits.iter().rev().map(|d| BASE58[*d as usize] as char));
    out
}

fn base58_decode(text: &str) -> Option<Vec<u8>> {
    let zeros = text.bytes().take_while(|b| *b == b'1').count();
    let mut bytes: Vec<u8> = Vec::with_capacity(text.len());
    for c in text.bytes().skip(zeros) {
        let mut carry = BASE58.iter().position(|a| *a == c)? as u32;
        for b in bytes.iter_mut() {
            carry += (*b as u32) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.push((carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let mut out = vec![0u8; zeros];
    out.extend(bytes.iter().rev());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base58_round_trips_and_matches_known_vectors() {
        // Vectors from the Base58 draft (draft-msporny-base58).
        assert_eq!(base58_encode(b"Hello World!"), "2NEpo7TZRRrLZSi2U");
        assert_eq!(
            base58_encode(b"The quick brown fox jumps over the lazy dog."),
            "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"
        );
        assert_eq!(base58_encode(&[0, 0, 0x28, 0x7f, 0xb4, 0xcd]), "11233QC4");
        for sample in [&b""[..], &[0u8][..], &[0, 0, 1][..], &[255; 40][..]] {
            assert_eq!(base58_decode(&base58_encode(sample)).unwrap(), sample);
        }
        assert!(base58_decode("0OIl").is_none());
    }

    #[test]
    fn canonical_json_sorts_and_escapes_like_rfc8785() {
        let v = json!({"b": [1, "é\n\u{1}"], "a": {"z": true, "\u{20ac}": null, "y": "\""}});
        assert_eq!(
            canonical_json(&v),
            "{\"a\":{\"y\":\"\\\"\",\"z\":true,\"\u{20ac}\":null},\"b\":[1,\"é\\n\\u0001\"]}"
        );
        // UTF-16 order, not UTF-8: U+10000 (surrogates D800…) sorts before U+FB33.
        let v = json!({"\u{fb33}": 1, "\u{10000}": 2});
        assert!(canonical_json(&v).starts_with("{\"\u{10000}\""));
    }

    #[test]
    fn did_key_round_trips() {
        let key = IssuerKey::generate(crate::KeyId::new("k1").unwrap());
        let did = did_key(&key.verifying_key());
        assert!(did.starts_with("did:key:z6Mk"), "{did}");
        assert_eq!(key_from_did(&did), Some(key.verifying_key()));
    }
}
