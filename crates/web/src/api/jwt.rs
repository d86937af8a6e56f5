//! Access tokens: short-lived JWTs signed with Ed25519 (`EdDSA`), checked the way
//! RFC 8725 asks: the algorithm is pinned (a token naming `none`, an HMAC or any other
//! algorithm is refused before any key is looked at), the key is chosen by `kid` among
//! our own keys only, and `exp`, `nbf`, `iat`, `aud`, `iss` and `sub` must all be
//! present and right.
//!
//! The keys are `enrollment::api_tokens`' key ring; [`KeySet`] is the verifying half of
//! it, with public keys derived once per load.

use std::collections::HashMap;

use enrollment::api_tokens::{self, SigningKey, TrustedKey};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::jwk::{AlgorithmParameters, Jwk};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

/// The `aud` of every access token.
pub const AUDIENCE: &str = "academy-api";
/// The `typ` header of every access token (RFC 9068), so a JWT made for another purpose
/// cannot pass as one.
pub const TOKEN_TYPE: &str = "at+jwt";

/// Seconds of clock difference tolerated for `exp`, `nbf` and `iat`.
fn leeway() -> i64 {
    api_tokens::CLOCK_LEEWAY.num_seconds()
}

/// Lifetime of an access token, in seconds.
pub fn access_ttl() -> i64 {
    api_tokens::ACCESS_TTL.num_seconds()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The account id, as a string (RFC 7519 `sub` is a StringOrURI).
    pub sub: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub aud: String,
    pub iss: String,
}

impl Claims {
    pub fn new(user_id: i64, issuer: &str, now: i64) -> Claims {
        Claims {
            sub: user_id.to_string(),
            iat: now,
            nbf: now,
            exp: now + access_ttl(),
            aud: AUDIENCE.to_string(),
            iss: issuer.to_string(),
        }
    }
}

/// Why a token was refused (for the log and the tests; the client only learns 401).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    Malformed,
    /// Not EdDSA (`none`, HS256, RS256…).
    Algorithm,
    /// Wrong or missing `typ`.
    Type,
    /// No `kid`, or one that names no trusted key; carries the key's generation when
    /// the `kid` has our shape (a newer key may exist: reload and try again).
    UnknownKey(Option<u32>),
    Signature,
    Expired,
    NotYetValid,
    Audience,
    Issuer,
    /// A claim missing or out of range (`iat` in the future, lifetime too long, `sub`
    /// not an account id).
    Claims,
}

/// PKCS#8 (RFC 8410) wrapping of an Ed25519 seed, the form jsonwebtoken reads.
fn pkcs8(seed: &[u8; 32]) -> Vec<u8> {
    const PREFIX: [u8; 16] = [
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20,
    ];
    let mut der = PREFIX.to_vec();
    der.extend_from_slice(seed);
    der
}

pub fn encoding_key(key: &SigningKey) -> EncodingKey {
    EncodingKey::from_ed_der(&pkcs8(key.seed()))
}

/// The public half as a JWK's `x` (base64url of the 32 bytes).
pub fn public_x(key: &SigningKey) -> Result<String, jsonwebtoken::errors::Error> {
    let jwk = Jwk::from_encoding_key(&encoding_key(key), Algorithm::EdDSA)?;
    match jwk.algorithm {
        AlgorithmParameters::OctetKeyPair(p) => Ok(p.x),
        _ => Err(ErrorKind::InvalidEddsaKey.into()),
    }
}

/// Signs an access token for `user_id` with `key`.
pub fn sign(
    key: &SigningKey,
    user_id: i64,
    issuer: &str,
    now: i64,
) -> Result<String, jsonwebtoken::errors::Error> {
    sign_claims(key, &Claims::new(user_id, issuer, now))
}

pub fn sign_claims(
    key: &SigningKey,
    claims: &Claims,
) -> Result<String, jsonwebtoken::errors::Error> {
    let mut header = Header::new(Algorithm::EdDSA);
    header.kid = Some(key.kid.clone());
    header.typ = Some(TOKEN_TYPE.to_string());
    jsonwebtoken::encode(&header, claims, &encoding_key(key))
}

/// One key of a JWKS document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PublicJwk {
    /// Always `OKP`.
    #[schema(example = "OKP")]
    pub kty: &'static str,
    /// Always `Ed25519`.
    #[schema(example = "Ed25519")]
    pub crv: &'static str,
    /// The public key, base64url without padding.
    pub x: String,
    pub kid: String,
    /// Always `EdDSA`.
    #[schema(example = "EdDSA")]
    pub alg: &'static str,
    /// Always `sig`.
    #[serde(rename = "use")]
    #[schema(example = "sig")]
    pub use_: &'static str,
}

struct VerifyingKey {
    key: DecodingKey,
    jwk: PublicJwk,
    /// Unix seconds; `None` for the current key.
    trusted_until: Option<i64>,
}

/// The keys that verify access tokens, by `kid`.
pub struct KeySet {
    keys: HashMap<String, VerifyingKey>,
    /// Newest first, as published.
    order: Vec<String>,
    newest_generation: u32,
}

impl KeySet {
    pub fn new(trusted: &[TrustedKey]) -> Result<KeySet, jsonwebtoken::errors::Error> {
        let mut keys = HashMap::new();
        let mut order = Vec::new();
        for t in trusted {
            let x = public_x(&t.key)?;
            let key = DecodingKey::from_ed_components(&x)?;
            keys.insert(
                t.key.kid.clone(),
                VerifyingKey {
                    key,
                    jwk: PublicJwk {
                        kty: "OKP",
                        crv: "Ed25519",
                        x,
                        kid: t.key.kid.clone(),
                        alg: "EdDSA",
                        use_: "sig",
                    },
                    trusted_until: t.trusted_until.map(|u| u.and_utc().timestamp()),
                },
            );
            order.push(t.key.kid.clone());
        }
        Ok(KeySet {
            keys,
            order,
            newest_generation: trusted.iter().map(|t| t.key.generation).max().unwrap_or(0),
        })
    }

    pub fn newest_generation(&self) -> u32 {
        self.newest_generation
    }

    /// The public keys, newest first (a JWKS document's `keys`).
    pub fn jwks(&self) -> Vec<PublicJwk> {
        self.order
            .iter()
            .filter_map(|kid| self.keys.get(kid))
            .map(|k| k.jwk.clone())
            .collect()
    }

    /// Checks `token` at `now` (Unix seconds); returns the account id.
    pub fn verify(&self, token: &str, issuer: &str, now: i64) -> Result<i64, Rejection> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| Rejection::Malformed)?;
        if header.alg != Algorithm::EdDSA {
            return Err(Rejection::Algorithm);
        }
        if header.typ.as_deref() != Some(TOKEN_TYPE) {
            return Err(Rejection::Type);
        }
        let kid = header.kid.ok_or(Rejection::UnknownKey(None))?;
        let key = self
            .keys
            .get(&kid)
            .filter(|k| k.trusted_until.is_none_or(|until| now < until))
            .ok_or_else(|| Rejection::UnknownKey(api_tokens::kid_generation(&kid)))?;
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.leeway = leeway().unsigned_abs();
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.validate_aud = true;
        validation.set_required_spec_claims(&["exp", "nbf", "aud", "iss", "sub"]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_issuer(&[issuer]);
        let data =
            jsonwebtoken::decode::<Claims>(token, &key.key, &validation).map_err(|e| {
                match e.kind() {
                    ErrorKind::InvalidSignature => Rejection::Signature,
                    ErrorKind::InvalidAlgorithm | ErrorKind::InvalidAlgorithmName => {
                        Rejection::Algorithm
                    }
                    ErrorKind::ExpiredSignature => Rejection::Expired,
                    ErrorKind::ImmatureSignature => Rejection::NotYetValid,
                    ErrorKind::InvalidAudience => Rejection::Audience,
                    ErrorKind::InvalidIssuer => Rejection::Issuer,
                    ErrorKind::MissingRequiredClaim(_) | ErrorKind::InvalidSubject => {
                        Rejection::Claims
                    }
                    _ => Rejection::Malformed,
                }
            })?;
        let c = data.claims;
        // jsonwebtoken checks exp and nbf against its own clock; check `now` too, and
        // what it does not check at all.
        if c.exp + leeway() <= now {
            return Err(Rejection::Expired);
        }
        if c.nbf > now + leeway() {
            return Err(Rejection::NotYetValid);
        }
        if c.iat > now + leeway() || c.exp - c.iat > access_ttl() || c.nbf < c.iat {
            return Err(Rejection::Claims);
        }
        c.sub
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .ok_or(Rejection::Claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use base64::Engine;
    use chrono::Utc;

    const ISS: &str = "https://academy.example.org";

    fn key(generation: u32, activated_at: chrono::NaiveDateTime) -> SigningKey {
        let seed: [u8; 32] = enrollment::secrets::random_bytes(32).try_into().unwrap();
        SigningKey::from_parts(
            format!("g{generation}-abcdef"),
            generation,
            activated_at,
            seed,
        )
    }

    /// A key ring of two generations, the second current since now.
    fn ring() -> (SigningKey, SigningKey, KeySet) {
        let now = chrono::DateTime::from_timestamp(Utc::now().timestamp(), 0)
            .unwrap()
            .naive_utc();
        let old = key(1, now - chrono::Duration::days(30));
        let new = key(2, now);
        let set = KeySet::new(&[
            TrustedKey {
                key: new.clone(),
                trusted_until: None,
            },
            TrustedKey {
                key: old.clone(),
                trusted_until: Some(now + api_tokens::KEY_RETIRED_GRACE),
            },
        ])
        .unwrap();
        (old, new, set)
    }

    fn now() -> i64 {
        Utc::now().timestamp()
    }

    fn raw(header: serde_json::Value, claims: &Claims, signature: &[u8]) -> String {
        format!(
            "{}.{}.{}",
            B64.encode(header.to_string()),
            B64.encode(serde_json::to_string(claims).unwrap()),
            B64.encode(signature)
        )
    }

    #[test]
    fn valid_tokens_of_current_and_previous_keys_pass() {
        let (old, new, set) = ring();
        assert_eq!(set.jwks().len(), 2);
        assert_eq!(set.jwks()[0].kid, new.kid, "newest first");
        for key in [&old, &new] {
            let token = sign(key, 42, ISS, now()).unwrap();
            assert_eq!(set.verify(&token, ISS, now()), Ok(42));
        }
    }

    #[test]
    fn rfc_8725_negatives_are_refused_for_the_right_reason() {
        let (_, key, set) = ring();
        let t = now();
        let good = Claims::new(7, ISS, t);
        let signed = |c: &Claims| sign_claims(&key, c).unwrap();
        let public = B64.decode(set.jwks()[0].x.as_bytes()).unwrap();

        // alg none, with and without a signature.
        let none = raw(
            serde_json::json!({"alg": "none", "typ": TOKEN_TYPE, "kid": key.kid}),
            &good,
            b"",
        );
        assert_eq!(set.verify(&none, ISS, t), Err(Rejection::Malformed));
        // HS256 keyed with the public key (bytes, and its base64 text).
        for secret in [public.clone(), set.jwks()[0].x.clone().into_bytes()] {
            let mut header = Header::new(Algorithm::HS256);
            header.kid = Some(key.kid.clone());
            header.typ = Some(TOKEN_TYPE.into());
            let hs =
                jsonwebtoken::encode(&header, &good, &EncodingKey::from_secret(&secret)).unwrap();
            assert_eq!(set.verify(&hs, ISS, t), Err(Rejection::Algorithm));
        }
        // Time.
        let expired = Claims {
            iat: t - 3600,
            nbf: t - 3600,
            exp: t - 3600 + access_ttl(),
            ..good.clone()
        };
        assert_eq!(
            set.verify(&signed(&expired), ISS, t),
            Err(Rejection::Expired)
        );
        let future = Claims {
            iat: t + 600,
            nbf: t + 600,
            exp: t + 600 + access_ttl(),
            ..good.clone()
        };
        assert_eq!(
            set.verify(&signed(&future), ISS, t),
            Err(Rejection::NotYetValid)
        );
        let too_long = Claims {
            exp: t + 24 * 3600,
            ..good.clone()
        };
        assert_eq!(
            set.verify(&signed(&too_long), ISS, t),
            Err(Rejection::Claims)
        );
        // Audience and issuer.
        let aud = Claims {
            aud: "another-api".into(),
            ..good.clone()
        };
        assert_eq!(set.verify(&signed(&aud), ISS, t), Err(Rejection::Audience));
        let iss = Claims {
            iss: "https://evil.example".into(),
            ..good.clone()
        };
        assert_eq!(set.verify(&signed(&iss), ISS, t), Err(Rejection::Issuer));
        let sub = Claims {
            sub: "admin".into(),
            ..good.clone()
        };
        assert_eq!(set.verify(&signed(&sub), ISS, t), Err(Rejection::Claims));
        // Unknown kid: a key of ours that is not in the set, and a made-up one.
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some(TOKEN_TYPE.into());
        header.kid = Some("g9-000000000000".into());
        let other = jsonwebtoken::encode(&header, &good, &encoding_key(&key)).unwrap();
        assert_eq!(
            set.verify(&other, ISS, t),
            Err(Rejection::UnknownKey(Some(9)))
        );
        header.kid = None;
        let no_kid = jsonwebtoken::encode(&header, &good, &encoding_key(&key)).unwrap();
        assert_eq!(
            set.verify(&no_kid, ISS, t),
            Err(Rejection::UnknownKey(None))
        );
        // Wrong typ.
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(key.kid.clone());
        let jwt = jsonwebtoken::encode(&header, &good, &encoding_key(&key)).unwrap();
        assert_eq!(set.verify(&jwt, ISS, t), Err(Rejection::Type));
        // Tampered payload: another account, same signature.
        let token = signed(&good);
        let parts: Vec<&str> = token.split('.').collect();
        let forged = Claims {
            sub: "1".into(),
            ..good.clone()
        };
        let tampered = format!(
            "{}.{}.{}",
            parts[0],
            B64.encode(serde_json::to_string(&forged).unwrap()),
            parts[2]
        );
        assert_eq!(set.verify(&tampered, ISS, t), Err(Rejection::Signature));
        // Garbage.
        for junk in ["", "a.b", "a.b.c", "a.b.c.d", &token[..token.len() - 3]] {
            assert!(set.verify(junk, ISS, t).is_err(), "{junk:?}");
        }
        assert_eq!(set.verify(&token, ISS, t), Ok(7));
    }

    #[test]
    fn retired_keys_stop_verifying_after_their_grace() {
        let (old, new, set) = ring();
        let t = now();
        let token = sign(&old, 5, ISS, t).unwrap();
        let until =
            new.activated_at.and_utc().timestamp() + api_tokens::KEY_RETIRED_GRACE.num_seconds();
        assert_eq!(set.verify(&token, ISS, until - 1), Ok(5));
        assert_eq!(
            set.verify(&token, ISS, until),
            Err(Rejection::UnknownKey(Some(old.generation)))
        );
    }

    #[test]
    fn pkcs8_wrapping_matches_the_public_key() {
        let (key, _, set) = ring();
        let x = public_x(&key).unwrap();
        assert_eq!(B64.decode(&x).unwrap().len(), 32);
        assert!(set.jwks().iter().any(|j| j.x == x && j.kid == key.kid));
    }
}
