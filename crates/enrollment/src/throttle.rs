//! Brute-force limits for signing in and asking for password-reset links.
//!
//! Two limits apply to each attempt, both with the same back-off rule ([`Policy`]):
//!
//! - **per account**, kept in the database (table `auth_throttle`) so that every
//!   instance sees the same count. The row is keyed by a keyed SHA-256 of the
//!   normalized address, computed the same way whether or not the address has an
//!   account: being throttled reveals nothing about who is registered.
//! - **per client address**, kept only in the memory of each instance (the web crate's
//!   `ClientThrottle` uses [`Policy`] and [`State`] from here); never stored or logged.
//!
//! The back-off: the first `free` failures within `forget_after` cost nothing; each
//! one after that locks the key for `base`, then twice as long, …, never longer than
//! `max_lock`. Attempts made while locked are refused without being counted, so a lock
//! ends at most `max_lock` after the last counted failure: an attacker can make the real
//! owner wait, but never longer than that window at a time, and a password reset by
//! email (which proves the owner reads the inbox) lifts the sign-in lock at once.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::{Backend, Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::auth_throttle;

/// The longest any single lock lasts; the sign-in and reset pages state it.
pub const MAX_LOCK: Duration = Duration::minutes(15);

/// How failures turn into waiting time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures within `forget_after` that cost nothing.
    pub free: u32,
    /// The first lock; each further failure doubles it.
    pub base: Duration,
    /// No lock is longer than this.
    pub max_lock: Duration,
    /// A key with no failure for this long starts again from zero.
    pub forget_after: Duration,
}

/// Wrong passwords for one account.
pub const SIGN_IN_ACCOUNT: Policy = Policy {
    free: 5,
    base: Duration::seconds(30),
    max_lock: MAX_LOCK,
    forget_after: Duration::hours(1),
};
/// Wrong passwords from one client address (any accounts): more generous, since many
/// learners may share one address (an NGO office, a mobile carrier's NAT).
pub const SIGN_IN_CLIENT: Policy = Policy {
    free: 20,
    base: Duration::seconds(30),
    max_lock: MAX_LOCK,
    forget_after: Duration::hours(1),
};
/// Reset links asked for one address (every request counts: each sends an email).
pub const RESET_ACCOUNT: Policy = Policy {
    free: 3,
    base: Duration::minutes(5),
    max_lock: MAX_LOCK,
    forget_after: Duration::hours(1),
};
/// Reset links asked from one client address.
pub const RESET_CLIENT: Policy = Policy {
    free: 10,
    base: Duration::minutes(1),
    max_lock: MAX_LOCK,
    forget_after: Duration::hours(1),
};

/// What is remembered about one key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State {
    pub failures: u32,
    pub last_at: Option<NaiveDateTime>,
    pub locked_until: Option<NaiveDateTime>,
}

impl Policy {
    /// `Err(wait)` while `state` is locked at `now`.
    pub fn check(&self, state: &State, now: NaiveDateTime) -> Result<(), Duration> {
        match state.locked_until {
            Some(until) if until > now => Err(until - now),
            _ => Ok(()),
        }
    }

    /// The state after one more failure at `now`.
    pub fn record(&self, state: State, now: NaiveDateTime) -> State {
        let stale = state
            .last_at
            .is_none_or(|last| now - last >= self.forget_after);
        let failures = if stale { 1 } else { state.failures + 1 };
        let locked_until = if failures > self.free {
            let doublings = (failures - self.free - 1).min(20);
            let lock = self
                .base
                .checked_mul(1 << doublings)
                .unwrap_or(self.max_lock)
                .min(self.max_lock);
            Some(now + lock)
        } else {
            None
        };
        State {
            failures,
            last_at: Some(now),
            locked_until,
        }
    }

    /// True when nothing about `state` matters any more at `now` (it can be dropped).
    pub fn is_forgotten(&self, state: &State, now: NaiveDateTime) -> bool {
        self.check(state, now).is_ok()
            && state
                .last_at
                .is_none_or(|last| now - last >= self.forget_after)
    }
}

/// The limits kept in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    SignIn,
    Reset,
}

impl Scope {
    fn as_str(self) -> &'static str {
        match self {
            Scope::SignIn => "sign-in",
            Scope::Reset => "reset",
        }
    }

    pub fn policy(self) -> Policy {
        match self {
            Scope::SignIn => SIGN_IN_ACCOUNT,
            Scope::Reset => RESET_ACCOUNT,
        }
    }
}

/// The key of an address: trimmed and lower-cased like [`crate::accounts::Email`],
/// hashed with a secret of this installation so the table holds no readable address.
pub fn account_key(db: &Database, email: &str) -> Result<String> {
    let secret = crate::secrets::get_or_create(db, "auth-throttle-key", || {
        crate::secrets::random_bytes(32)
    })?;
    let mut hasher = Sha256::new();
    hasher.update(&secret);
    hasher.update(email.trim().to_lowercase().as_bytes());
    Ok(hex::encode(hasher.finalize()))
}

type Row = (i32, NaiveDateTime, Option<NaiveDateTime>);

fn read(c: &mut DbConnection, backend: Backend, scope: Scope, key: &str) -> Result<State> {
    let query = auth_throttle::table
        .filter(auth_throttle::scope.eq(scope.as_str()))
        .filter(auth_throttle::subject.eq(key))
        .select((
            auth_throttle::failures,
            auth_throttle::last_at,
            auth_throttle::locked_until,
        ));
    let row: Option<Row> = match (backend, &mut *c) {
        // Two instances counting the same key at once must not lose a failure.
        (Backend::Postgres, DbConnection::Pg(pg)) => query.for_update().first(pg).optional()?,
        (_, c) => query.first(c).optional()?,
    };
    Ok(row
        .map(|(failures, last_at, locked_until)| State {
            failures: failures.max(0) as u32,
            last_at: Some(last_at),
            locked_until,
        })
        .unwrap_or_default())
}

/// Refuses with [`Error::TooManyAttempts`] while the key is locked.
pub fn check(db: &Database, scope: Scope, key: &str, now: NaiveDateTime) -> Result<()> {
    let mut conn = db.conn()?;
    let state = read(&mut conn, db.backend(), scope, key)?;
    scope
        .policy()
        .check(&state, now)
        .map_err(|wait| Error::TooManyAttempts {
            retry_after_secs: wait.num_seconds().max(1),
        })
}

/// Counts one failure (or, for resets, one request) against the key.
pub fn record(db: &Database, scope: Scope, key: &str, now: NaiveDateTime) -> Result<()> {
    let backend = db.backend();
    db.write(|c| -> Result<()> {
        let before = read(c, backend, scope, key)?;
        let after = scope.policy().record(before, now);
        let failures = i32::try_from(after.failures).unwrap_or(i32::MAX);
        if before.last_at.is_some() {
            diesel::update(
                auth_throttle::table
                    .filter(auth_throttle::scope.eq(scope.as_str()))
                    .filter(auth_throttle::subject.eq(key)),
            )
            .set((
                auth_throttle::failures.eq(failures),
                auth_throttle::last_at.eq(now),
                auth_throttle::locked_until.eq(after.locked_until),
            ))
            .execute(c)?;
        } else {
            insert(c, backend, scope, key, failures, now, after.locked_until)?;
        }
        Ok(())
    })
}

/// Inserts the first row of a key; if another instance inserted it meanwhile, counts
/// this failure on top of that row instead.
fn insert(
    c: &mut DbConnection,
    backend: Backend,
    scope: Scope,
    key: &str,
    failures: i32,
    now: NaiveDateTime,
    locked_until: Option<NaiveDateTime>,
) -> Result<()> {
    let values = (
        auth_throttle::scope.eq(scope.as_str()),
        auth_throttle::subject.eq(key),
        auth_throttle::failures.eq(failures),
        auth_throttle::last_at.eq(now),
        auth_throttle::locked_until.eq(locked_until),
    );
    let inserted = match (backend, &mut *c) {
        // A unique violation would abort the PostgreSQL transaction: ask for no error.
        (Backend::Postgres, DbConnection::Pg(pg)) => diesel::insert_into(auth_throttle::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(pg)?,
        // SQLite: BEGIN IMMEDIATE already serializes writers; the row cannot appear.
        (_, c) => diesel::insert_into(auth_throttle::table)
            .values(values)
            .execute(c)?,
    };
    if inserted == 0 {
        let state = read(c, backend, scope, key)?;
        let after = scope.policy().record(state, now);
        diesel::update(
            auth_throttle::table
                .filter(auth_throttle::scope.eq(scope.as_str()))
                .filter(auth_throttle::subject.eq(key)),
        )
        .set((
            auth_throttle::failures.eq(i32::try_from(after.failures).unwrap_or(i32::MAX)),
            auth_throttle::last_at.eq(now),
            auth_throttle::locked_until.eq(after.locked_until),
        ))
        .execute(c)?;
    }
    Ok(())
}

/// Forgets the key's failures (a successful sign-in, a completed reset).
pub fn clear_in(c: &mut DbConnection, scope: Scope, key: &str) -> Result<()> {
    diesel::delete(
        auth_throttle::table
            .filter(auth_throttle::scope.eq(scope.as_str()))
            .filter(auth_throttle::subject.eq(key)),
    )
    .execute(c)?;
    Ok(())
}

pub fn clear(db: &Database, scope: Scope, key: &str) -> Result<()> {
    let mut conn = db.conn()?;
    clear_in(&mut conn, scope, key)
}

/// Drops rows nobody needs any more (unlocked and older than every `forget_after`).
pub fn prune(db: &Database, now: NaiveDateTime) -> Result<usize> {
    let horizon = now - Duration::hours(1).max(MAX_LOCK);
    let mut conn = db.conn()?;
    Ok(diesel::delete(
        auth_throttle::table
            .filter(auth_throttle::last_at.lt(horizon))
            .filter(
                auth_throttle::locked_until
                    .is_null()
                    .or(auth_throttle::locked_until.lt(now)),
            ),
    )
    .execute(&mut conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + secs, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn free_failures_then_doubling_locks_capped_at_the_stated_window() {
        let p = SIGN_IN_ACCOUNT;
        let mut s = State::default();
        for i in 0..p.free {
            assert!(p.check(&s, t(i as i64)).is_ok());
            s = p.record(s, t(i as i64));
        }
        assert!(p.check(&s, t(10)).is_ok(), "{s:?}");
        let mut now = 10;
        let mut waits = Vec::new();
        for _ in 0..12 {
            s = p.record(s, t(now));
            let wait = p.check(&s, t(now)).unwrap_err();
            assert!(wait <= MAX_LOCK, "{wait:?}");
            waits.push(wait.num_seconds());
            // Attempts while locked are refused and not counted.
            assert!(p.check(&s, t(now) + wait - Duration::seconds(1)).is_err());
            now += wait.num_seconds();
            assert!(p.check(&s, t(now)).is_ok());
        }
        assert_eq!(&waits[..6], &[30, 60, 120, 240, 480, 900]);
        assert!(waits.iter().all(|w| *w <= 900));
    }

    #[test]
    fn an_hour_without_failures_starts_again() {
        let p = SIGN_IN_ACCOUNT;
        let mut s = State::default();
        for i in 0..p.free + 3 {
            s = p.record(s, t(i as i64));
        }
        assert!(p.check(&s, t(10)).is_err());
        assert!(!p.is_forgotten(&s, t(1000)));
        assert!(p.is_forgotten(&s, t(4000)));
        let s = p.record(s, t(4000));
        assert_eq!(s.failures, 1);
        assert!(p.check(&s, t(4000)).is_ok());
    }

    #[test]
    fn every_policy_locks_for_at_most_max_lock() {
        for p in [SIGN_IN_ACCOUNT, SIGN_IN_CLIENT, RESET_ACCOUNT, RESET_CLIENT] {
            let mut s = State::default();
            for i in 0..200 {
                s = p.record(s, t(i));
                if let Err(wait) = p.check(&s, t(i)) {
                    assert!(wait <= MAX_LOCK, "{p:?}: {wait:?}");
                }
            }
        }
    }
}
