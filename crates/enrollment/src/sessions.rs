//! Sign-out for cookie sessions. The session lives in the learner's (encrypted, signed)
//! cookie, so signing out only deletes the browser's copy; a copy taken earlier would
//! stay valid until its timeout. Signing out therefore records the session's random id
//! (as SHA-256) until that timeout, and the web layer refuses sessions recorded here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::Database;
use crate::error::Result;
use crate::schema::revoked_sessions;

fn sid_hash(sid: &str) -> String {
    hex::encode(Sha256::digest(sid.as_bytes()))
}

/// Ends the session `sid` for good; `expires_at` is when it would have timed out
/// anyway (the row is dropped after that). Drops rows already past their time.
pub fn revoke(
    db: &Database,
    sid: &str,
    expires_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<()> {
    db.write(|c| {
        diesel::delete(revoked_sessions::table.filter(revoked_sessions::expires_at.lt(now)))
            .execute(c)?;
        let hash = sid_hash(sid);
        let exists = revoked_sessions::table
            .find(&hash)
            .count()
            .get_result::<i64>(c)?
            > 0;
        if !exists {
            diesel::insert_into(revoked_sessions::table)
                .values((
                    revoked_sessions::sid_hash.eq(&hash),
                    revoked_sessions::expires_at.eq(expires_at),
                ))
                .execute(c)?;
        }
        Ok(())
    })
}

/// The account a session names, unless the session was revoked or the account is gone.
/// Every signed-in request asks, so both reads share one pooled connection.
pub fn account_of_session(
    db: &Database,
    sid: &str,
    uid: i64,
) -> Result<Option<crate::accounts::Account>> {
    let mut conn = db.conn()?;
    let revoked = revoked_sessions::table
        .find(sid_hash(sid))
        .count()
        .get_result::<i64>(&mut conn)?
        > 0;
    if revoked {
        return Ok(None);
    }
    Ok(crate::schema::users::table
        .find(uid)
        .select(crate::accounts::Account::as_select())
        .first(&mut conn)
        .optional()?)
}
