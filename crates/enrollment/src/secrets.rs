//! Secrets every instance must share, kept in the database: the first instance to start
//! creates them; the others read the same row. Backups therefore contain them; treat a
//! backup like the live database.

use chrono::Utc;
use diesel::prelude::*;

use crate::db::Database;
use crate::error::Result;
use crate::schema::app_secrets;

/// Returns the secret `name`, creating it with `generate` if it does not exist yet.
/// Safe against two instances starting at once: the insert is conditional and the value
/// read back is whichever won.
pub fn get_or_create(
    db: &Database,
    name: &str,
    generate: impl FnOnce() -> Vec<u8>,
) -> Result<Vec<u8>> {
    let mut conn = db.conn()?;
    let existing: Option<Vec<u8>> = app_secrets::table
        .find(name)
        .select(app_secrets::value)
        .first(&mut conn)
        .optional()?;
    if let Some(value) = existing {
        return Ok(value);
    }
    let inserted = diesel::insert_into(app_secrets::table)
        .values((
            app_secrets::name.eq(name),
            app_secrets::value.eq(generate()),
            app_secrets::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(&mut conn);
    match inserted {
        Ok(_)
        | Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(app_secrets::table
        .find(name)
        .select(app_secrets::value)
        .first(&mut conn)?)
}

/// Random bytes for a new secret.
pub fn random_bytes(len: usize) -> Vec<u8> {
    use rand::RngCore;
    let mut bytes = vec![0u8; len];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}
