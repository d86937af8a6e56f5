//! Credentials of the JSON API: refresh tokens (kept here, hashed) and the Ed25519 keys
//! that sign access tokens (kept as shared secrets, so every instance signs and verifies
//! with the same keys). The access tokens themselves (JWTs) are made and checked by the
//! web layer; this module decides which keys exist and which are still trusted.
//!
//! # Refresh tokens
//!
//! A refresh token is 256 random bits (URL-safe base64); only its SHA-256 (hex) is
//! stored. It lives [`REFRESH_TTL`] and is good for one use: [`rotate`] revokes it and
//! issues its successor in the same *family* (one family per sign-in on one device), in
//! one transaction. Presenting a token that was already used — the client's copy and an
//! attacker's copy cannot both be the live one — revokes every token of its family
//! ([`rotate`] returns [`Error::InvalidToken`]), so a stolen token works at most until its
//! owner refreshes. [`revoke`] (sign-out) ends the family of one token;
//! [`revoke_all_for_user`] ends every family of an account.
//!
//! A family records the account's session epoch at sign-in (`<random>.e<epoch>`), the
//! same counter that ends browser sessions: after a password change the epoch moves on,
//! and the next refresh of an older family fails and revokes it. Access tokens already
//! issued stay valid until they expire ([`ACCESS_TTL`]).
//!
//! # Signing keys
//!
//! Keys are generations `jwt-key:1`, `jwt-key:2`, … in `app_secrets`; the highest
//! generation is the current one (the list is the pointer, so there is nothing to update
//! in place). Each value holds the 32-byte Ed25519 seed, the key id (`kid`) and when the
//! key became current. When the current key is [`KEY_ROTATE_AFTER`] old, the next
//! instance that signs creates generation n+1 (`secrets::get_or_create`: if two
//! instances race, both read the one that won). A superseded key stays trusted for
//! verification for [`ACCESS_TTL`] + [`CLOCK_LEEWAY`] after its successor became current,
//! the longest any token it signed can live, and is deleted a day after that.

use base64::Engine;
use chrono::{DateTime, Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{api_refresh_tokens, app_secrets, users};
use crate::secrets;

/// How long a refresh token may wait before it is used (each use issues a new one).
pub const REFRESH_TTL: Duration = Duration::days(30);
/// How long an access token is valid.
pub const ACCESS_TTL: Duration = Duration::minutes(15);
/// Clock difference tolerated between instances and clients.
pub const CLOCK_LEEWAY: Duration = Duration::seconds(30);
/// Age at which the current signing key is replaced by a new one.
pub const KEY_ROTATE_AFTER: Duration = Duration::days(30);
/// How long a superseded key is still trusted after its successor became current: the
/// longest an access token it signed can still be valid.
pub const KEY_RETIRED_GRACE: Duration =
    Duration::seconds(ACCESS_TTL.num_seconds() + CLOCK_LEEWAY.num_seconds());
/// Superseded keys are deleted this long after they stopped being trusted.
const KEY_DELETE_AFTER: Duration = Duration::days(1);

const KEY_PREFIX: &str = "jwt-key:";

// ---------------------------------------------------------------------------
// Refresh tokens

/// A refresh token as handed to the client (the only time its clear text exists).
#[derive(Clone, PartialEq, Eq)]
pub struct RefreshToken {
    pub token: String,
    pub user_id: i64,
    pub family: String,
    pub expires_at: NaiveDateTime,
}

impl std::fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefreshToken")
            .field("token", &"***")
            .field("user_id", &self.user_id)
            .field("family", &self.family)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

fn token_hash(token: &str) -> String {
    crate::auth::token_hash(token)
}

fn new_token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(secrets::random_bytes(32))
}

fn new_family(epoch: i32) -> String {
    format!("{}.e{epoch}", hex::encode(secrets::random_bytes(16)))
}

/// The session epoch a family was started under.
fn family_epoch(family: &str) -> Option<i32> {
    family.rsplit_once(".e")?.1.parse().ok()
}

fn insert_refresh(
    c: &mut DbConnection,
    user_id: i64,
    family: &str,
    now: NaiveDateTime,
) -> Result<RefreshToken> {
    let token = new_token();
    let expires_at = now + REFRESH_TTL;
    diesel::insert_into(api_refresh_tokens::table)
        .values((
            api_refresh_tokens::user_id.eq(user_id),
            api_refresh_tokens::token_hash.eq(token_hash(&token)),
            api_refresh_tokens::family.eq(family),
            api_refresh_tokens::expires_at.eq(expires_at),
            api_refresh_tokens::created_at.eq(now),
        ))
        .execute(c)?;
    Ok(RefreshToken {
        token,
        user_id,
        family: family.to_string(),
        expires_at,
    })
}

fn revoke_family_in(c: &mut DbConnection, family: &str, now: NaiveDateTime) -> Result<usize> {
    Ok(diesel::update(
        api_refresh_tokens::table
            .filter(api_refresh_tokens::family.eq(family))
            .filter(api_refresh_tokens::revoked_at.is_null()),
    )
    .set(api_refresh_tokens::revoked_at.eq(now))
    .execute(c)?)
}

/// Starts a new family for an account that just proved who it is (email and password).
/// Also deletes the account's expired tokens, which nothing can use any more.
pub fn issue(db: &Database, user_id: i64, now: NaiveDateTime) -> Result<RefreshToken> {
    db.write(|c| {
        let epoch: i32 = users::table
            .find(user_id)
            .select(users::session_epoch)
            .first(c)?;
        diesel::delete(
            api_refresh_tokens::table
                .filter(api_refresh_tokens::user_id.eq(user_id))
                .filter(api_refresh_tokens::expires_at.lt(now)),
        )
        .execute(c)?;
        insert_refresh(c, user_id, &new_family(epoch), now)
    })
}

enum Rotation {
    Rotated(RefreshToken),
    /// A used or revoked token was presented; its family has been revoked.
    Reused {
        user_id: i64,
        family: String,
    },
    /// Unknown, expired, or from before a password change.
    Invalid,
}

type RefreshRow = (i64, i64, String, NaiveDateTime, Option<NaiveDateTime>);

/// Exchanges a refresh token for its successor (same family, fresh expiry) and returns
/// it; the presented token is revoked in the same transaction. An unknown, expired or
/// revoked token is [`Error::InvalidToken`]; a revoked one also revokes its family.
pub fn rotate(db: &Database, presented: &str, now: NaiveDateTime) -> Result<RefreshToken> {
    let hash = token_hash(presented);
    // The family revocation must be committed even though the caller gets an error, so
    // the closure reports the outcome and the error is made after the commit.
    let outcome = db.write(|c| -> Result<Rotation> {
        let row: Option<RefreshRow> = api_refresh_tokens::table
            .filter(api_refresh_tokens::token_hash.eq(&hash))
            .select((
                api_refresh_tokens::id,
                api_refresh_tokens::user_id,
                api_refresh_tokens::family,
                api_refresh_tokens::expires_at,
                api_refresh_tokens::revoked_at,
            ))
            .first(c)
            .optional()?;
        let Some((id, user_id, family, expires_at, revoked_at)) = row else {
            return Ok(Rotation::Invalid);
        };
        if revoked_at.is_some() {
            revoke_family_in(c, &family, now)?;
            return Ok(Rotation::Reused { user_id, family });
        }
        if expires_at <= now {
            return Ok(Rotation::Invalid);
        }
        let epoch: Option<i32> = users::table
            .find(user_id)
            .select(users::session_epoch)
            .first(c)
            .optional()?;
        if epoch.is_none() || epoch != family_epoch(&family) {
            // The password changed since this family began (or the account is gone).
            revoke_family_in(c, &family, now)?;
            return Ok(Rotation::Invalid);
        }
        // Conditional on still being unrevoked: of two concurrent uses of one token only
        // one can win; the other counts as reuse.
        let updated = diesel::update(
            api_refresh_tokens::table
                .find(id)
                .filter(api_refresh_tokens::revoked_at.is_null()),
        )
        .set(api_refresh_tokens::revoked_at.eq(now))
        .execute(c)?;
        if updated == 0 {
            revoke_family_in(c, &family, now)?;
            return Ok(Rotation::Reused { user_id, family });
        }
        Ok(Rotation::Rotated(insert_refresh(c, user_id, &family, now)?))
    })?;
    match outcome {
        Rotation::Rotated(token) => Ok(token),
        Rotation::Reused { user_id, family } => {
            tracing::warn!(
                user_id,
                family,
                "a used refresh token was presented again: its family is revoked"
            );
            Err(Error::InvalidToken)
        }
        Rotation::Invalid => Err(Error::InvalidToken),
    }
}

/// Signs out one device: revokes the family of `presented`. Returns whether the token
/// was known; an unknown token is not an error (the client is signed out either way).
pub fn revoke(db: &Database, presented: &str, now: NaiveDateTime) -> Result<bool> {
    let hash = token_hash(presented);
    db.write(|c| {
        let family: Option<String> = api_refresh_tokens::table
            .filter(api_refresh_tokens::token_hash.eq(&hash))
            .select(api_refresh_tokens::family)
            .first(c)
            .optional()?;
        match family {
            Some(family) => {
                revoke_family_in(c, &family, now)?;
                Ok(true)
            }
            None => Ok(false),
        }
    })
}

/// Revokes every refresh token of an account (password changed, account compromised),
/// inside the caller's transaction. Returns how many were still live.
pub fn revoke_all_for_user_in(
    c: &mut DbConnection,
    user_id: i64,
    now: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(
        api_refresh_tokens::table
            .filter(api_refresh_tokens::user_id.eq(user_id))
            .filter(api_refresh_tokens::revoked_at.is_null()),
    )
    .set(api_refresh_tokens::revoked_at.eq(now))
    .execute(c)?)
}

/// [`revoke_all_for_user_in`] in its own transaction.
pub fn revoke_all_for_user(db: &Database, user_id: i64, now: NaiveDateTime) -> Result<usize> {
    db.write(|c| revoke_all_for_user_in(c, user_id, now))
}

/// Live (unrevoked, unexpired) refresh tokens of an account: what "signed-in devices"
/// would list.
pub fn live_count(db: &Database, user_id: i64, now: NaiveDateTime) -> Result<i64> {
    let mut conn = db.conn()?;
    Ok(api_refresh_tokens::table
        .filter(api_refresh_tokens::user_id.eq(user_id))
        .filter(api_refresh_tokens::revoked_at.is_null())
        .filter(api_refresh_tokens::expires_at.gt(now))
        .count()
        .get_result(&mut conn)?)
}

// ---------------------------------------------------------------------------
// Signing keys

/// An Ed25519 key pair's secret half (the 32-byte seed) with its identity.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningKey {
    /// The `kid` of tokens it signs: `g<generation>-<random hex>`.
    pub kid: String,
    pub generation: u32,
    /// When it became the current key.
    pub activated_at: NaiveDateTime,
    seed: [u8; 32],
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .field("generation", &self.generation)
            .field("activated_at", &self.activated_at)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// A key from its parts, for tools and tests; the service makes its own keys in
    /// [`key_ring`].
    pub fn from_parts(
        kid: String,
        generation: u32,
        activated_at: NaiveDateTime,
        seed: [u8; 32],
    ) -> SigningKey {
        SigningKey {
            kid,
            generation,
            activated_at,
            seed,
        }
    }

    /// The Ed25519 secret seed (RFC 8032).
    pub fn seed(&self) -> &[u8; 32] {
        &self.seed
    }
}

/// A key that verifies tokens, and until when (`None`: it is the current key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub key: SigningKey,
    pub trusted_until: Option<NaiveDateTime>,
}

/// The keys in force at one moment: the one to sign with, and all to verify with
/// (current first).
#[derive(Debug, Clone)]
pub struct KeyRing {
    pub current: SigningKey,
    pub trusted: Vec<TrustedKey>,
}

/// The `kid` of generation `generation` starts with this.
pub fn kid_generation(kid: &str) -> Option<u32> {
    kid.strip_prefix('g')?.split_once('-')?.0.parse().ok()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredKey {
    v: u8,
    kid: String,
    /// Unix seconds.
    activated_at: i64,
    /// Base64 (standard) of the 32-byte seed.
    seed: String,
}

/// A stored value that does not read back: a database problem, logged with its cause.
fn corrupt(message: String) -> Error {
    Error::Db(crate::db::DbError::Query(
        diesel::result::Error::DeserializationError(message.into()),
    ))
}

fn generate_key(generation: u32, now: NaiveDateTime) -> Vec<u8> {
    let stored = StoredKey {
        v: 1,
        kid: format!("g{generation}-{}", hex::encode(secrets::random_bytes(6))),
        activated_at: now.and_utc().timestamp(),
        seed: base64::engine::general_purpose::STANDARD.encode(secrets::random_bytes(32)),
    };
    serde_json::to_vec(&stored).expect("a key serializes")
}

fn parse_key(name: &str, value: &[u8]) -> Result<SigningKey> {
    let bad = |why: &str| corrupt(format!("stored signing key {name}: {why}"));
    let generation: u32 = name
        .strip_prefix(KEY_PREFIX)
        .and_then(|g| g.parse().ok())
        .ok_or_else(|| bad("bad name"))?;
    let stored: StoredKey = serde_json::from_slice(value).map_err(|e| bad(&e.to_string()))?;
    let seed: [u8; 32] = base64::engine::general_purpose::STANDARD
        .decode(&stored.seed)
        .map_err(|e| bad(&e.to_string()))?
        .try_into()
        .map_err(|_| bad("the seed is not 32 bytes"))?;
    let activated_at = DateTime::from_timestamp(stored.activated_at, 0)
        .ok_or_else(|| bad("bad activation time"))?
        .naive_utc();
    if stored.v != 1 || kid_generation(&stored.kid) != Some(generation) {
        return Err(bad("unexpected version or key id"));
    }
    Ok(SigningKey {
        kid: stored.kid,
        generation,
        activated_at,
        seed,
    })
}

/// Every stored key, oldest generation first.
fn stored_keys(c: &mut DbConnection) -> Result<Vec<SigningKey>> {
    let rows: Vec<(String, Vec<u8>)> = app_secrets::table
        .filter(app_secrets::name.like(format!("{KEY_PREFIX}%")))
        .select((app_secrets::name, app_secrets::value))
        .load(c)?;
    let mut keys = rows
        .iter()
        .map(|(name, value)| parse_key(name, value))
        .collect::<Result<Vec<_>>>()?;
    keys.sort_by_key(|k| k.generation);
    Ok(keys)
}

/// Until when each key is trusted, given all keys sorted by generation.
fn trust(keys: Vec<SigningKey>) -> Vec<TrustedKey> {
    let successors: Vec<Option<NaiveDateTime>> = keys
        .iter()
        .skip(1)
        .map(|k| Some(k.activated_at))
        .chain(std::iter::once(None))
        .collect();
    keys.into_iter()
        .zip(successors)
        .map(|(key, next)| TrustedKey {
            key,
            trusted_until: next.map(|t| t + KEY_RETIRED_GRACE),
        })
        .collect()
}

fn trusted_at(keys: Vec<SigningKey>, now: NaiveDateTime) -> Vec<TrustedKey> {
    let mut trusted: Vec<TrustedKey> = trust(keys)
        .into_iter()
        .filter(|k| k.trusted_until.is_none_or(|t| t > now))
        .collect();
    trusted.reverse();
    trusted
}

fn create_generation(db: &Database, generation: u32, now: NaiveDateTime) -> Result<SigningKey> {
    let name = format!("{KEY_PREFIX}{generation}");
    let value = secrets::get_or_create(db, &name, || generate_key(generation, now))?;
    parse_key(&name, &value)
}

/// The keys in force at `now`. Creates the first key, and the next generation when the
/// current one is [`KEY_ROTATE_AFTER`] old; deletes keys no longer trusted. Call it
/// before signing.
pub fn key_ring(db: &Database, now: NaiveDateTime) -> Result<KeyRing> {
    let mut keys = {
        let mut conn = db.conn()?;
        stored_keys(&mut conn)?
    };
    let due = match keys.last() {
        None => Some(1),
        Some(k) if now >= k.activated_at + KEY_ROTATE_AFTER => Some(k.generation + 1),
        Some(_) => None,
    };
    if let Some(generation) = due {
        let key = create_generation(db, generation, now)?;
        keys.retain(|k| k.generation != key.generation);
        keys.push(key);
        keys.sort_by_key(|k| k.generation);
    }
    let expired: Vec<String> = trust(keys.clone())
        .into_iter()
        .filter(|k| k.trusted_until.is_some_and(|t| t + KEY_DELETE_AFTER < now))
        .map(|k| format!("{KEY_PREFIX}{}", k.key.generation))
        .collect();
    if !expired.is_empty() {
        db.write(|c| -> Result<()> {
            diesel::delete(app_secrets::table.filter(app_secrets::name.eq_any(&expired)))
                .execute(c)?;
            Ok(())
        })?;
    }
    let trusted = trusted_at(keys, now);
    let current = trusted
        .first()
        .map(|k| k.key.clone())
        .ok_or_else(|| corrupt("no signing key after creating one".into()))?;
    Ok(KeyRing { current, trusted })
}

/// The keys that verify tokens at `now`, newest first, without creating or deleting any
/// (empty before the first token is signed).
pub fn trusted_keys(db: &Database, now: NaiveDateTime) -> Result<Vec<TrustedKey>> {
    let mut conn = db.conn()?;
    Ok(trusted_at(stored_keys(&mut conn)?, now))
}

/// Makes a new key current at once, whatever the age of the current one (an operator
/// who suspects a leak also wants old tokens to die: they do, within
/// [`KEY_RETIRED_GRACE`]). Returns the new key.
pub fn rotate_signing_key(db: &Database, now: NaiveDateTime) -> Result<SigningKey> {
    let newest = {
        let mut conn = db.conn()?;
        stored_keys(&mut conn)?.last().map_or(0, |k| k.generation)
    };
    create_generation(db, newest + 1, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{self, Email, NewAccount, PersonName, Role};
    use crate::{DatabaseUrl, PoolOptions};
    use chrono::Utc;

    fn db() -> (tempfile::TempDir, Database) {
        let dir = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::parse(&dir.path().join("t.db").display().to_string()).unwrap();
        let db = Database::open(&url, &PoolOptions::default()).unwrap();
        crate::health::migrate(&db).unwrap();
        (dir, db)
    }

    fn user(db: &Database) -> i64 {
        accounts::create(
            db,
            NewAccount {
                email: Email::parse("dana@example.kz").unwrap(),
                password: "a long enough password".into(),
                display_name: PersonName::parse("Дана").unwrap(),
                role: Role::Learner,
                language: courses::Lang::Kk,
                must_change_password: false,
            },
        )
        .unwrap()
        .id
    }

    fn now() -> NaiveDateTime {
        Utc::now().naive_utc()
    }

    #[test]
    fn refresh_tokens_rotate_once_and_reuse_revokes_the_family() {
        let (_dir, db) = db();
        let uid = user(&db);
        let t0 = now();
        let first = issue(&db, uid, t0).unwrap();
        assert_eq!(first.token.len(), 43, "256 bits in URL-safe base64");
        assert_eq!(first.expires_at, t0 + REFRESH_TTL);
        let other_device = issue(&db, uid, t0).unwrap();
        assert_ne!(first.family, other_device.family);

        let second = rotate(&db, &first.token, t0).unwrap();
        assert_eq!(second.family, first.family);
        assert_ne!(second.token, first.token);
        // Reuse of the first token: refused, and the second dies with its family.
        assert!(matches!(
            rotate(&db, &first.token, t0),
            Err(Error::InvalidToken)
        ));
        assert!(matches!(
            rotate(&db, &second.token, t0),
            Err(Error::InvalidToken)
        ));
        // The other device's family is untouched.
        let third = rotate(&db, &other_device.token, t0).unwrap();
        assert_eq!(live_count(&db, uid, t0).unwrap(), 1);

        assert!(revoke(&db, &third.token, t0).unwrap());
        assert!(!revoke(&db, "never issued", t0).unwrap());
        assert!(matches!(
            rotate(&db, &third.token, t0),
            Err(Error::InvalidToken)
        ));
        assert!(matches!(
            rotate(&db, "never issued", t0),
            Err(Error::InvalidToken)
        ));
        assert_eq!(live_count(&db, uid, t0).unwrap(), 0);
    }

    #[test]
    fn expired_tokens_and_password_changes_end_refreshing() {
        let (_dir, db) = db();
        let uid = user(&db);
        let t0 = now();
        let old = issue(&db, uid, t0 - REFRESH_TTL - Duration::seconds(1)).unwrap();
        assert!(matches!(
            rotate(&db, &old.token, t0),
            Err(Error::InvalidToken)
        ));

        let live = issue(&db, uid, t0).unwrap();
        crate::auth::change_password(&db, uid, "a long enough password", "another long password")
            .unwrap();
        assert!(matches!(
            rotate(&db, &live.token, t0),
            Err(Error::InvalidToken)
        ));
        // A sign-in after the change works.
        let fresh = issue(&db, uid, t0).unwrap();
        let next = rotate(&db, &fresh.token, t0).unwrap();
        assert_eq!(revoke_all_for_user(&db, uid, t0).unwrap(), 1);
        assert!(matches!(
            rotate(&db, &next.token, t0),
            Err(Error::InvalidToken)
        ));
    }

    #[test]
    fn keys_rotate_and_old_ones_stay_trusted_for_one_token_lifetime() {
        let (_dir, db) = db();
        let t0 = now();
        assert!(trusted_keys(&db, t0).unwrap().is_empty());
        let ring = key_ring(&db, t0).unwrap();
        assert_eq!(ring.current.generation, 1);
        assert_eq!(kid_generation(&ring.current.kid), Some(1));
        // Stable while young; every call agrees.
        let again = key_ring(&db, t0 + Duration::days(1)).unwrap();
        assert_eq!(again.current, ring.current);

        let t1 = t0 + KEY_ROTATE_AFTER;
        let rotated = key_ring(&db, t1).unwrap();
        assert_eq!(rotated.current.generation, 2);
        assert_eq!(
            rotated.current.activated_at.and_utc().timestamp(),
            t1.and_utc().timestamp()
        );
        let kids: Vec<&str> = rotated.trusted.iter().map(|k| k.key.kid.as_str()).collect();
        assert_eq!(
            kids,
            [rotated.current.kid.as_str(), ring.current.kid.as_str()]
        );

        // The old key verifies until every token it signed has expired…
        let edge = rotated.current.activated_at + KEY_RETIRED_GRACE;
        let before: Vec<u32> = trusted_keys(&db, edge - Duration::seconds(1))
            .unwrap()
            .iter()
            .map(|k| k.key.generation)
            .collect();
        assert_eq!(before, [2, 1]);
        // …and not after.
        let after: Vec<u32> = trusted_keys(&db, edge)
            .unwrap()
            .iter()
            .map(|k| k.key.generation)
            .collect();
        assert_eq!(after, [2]);

        // A day later it is deleted.
        let later = key_ring(&db, edge + KEY_DELETE_AFTER + Duration::seconds(1)).unwrap();
        assert_eq!(later.trusted.len(), 1);
        let mut conn = db.conn().unwrap();
        assert_eq!(stored_keys(&mut conn).unwrap().len(), 1);

        // Forced rotation.
        let forced = rotate_signing_key(&db, edge).unwrap();
        assert_eq!(forced.generation, 3);
        assert_eq!(key_ring(&db, edge).unwrap().current, forced);
    }
}
