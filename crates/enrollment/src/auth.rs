//! Signing up, verifying an address, signing in, resetting a password, changing the
//! address or the password, editing the profile, and administrators changing roles.
//!
//! Answers do not reveal whether an address has an account: sign-up and password reset
//! say "check your inbox" either way (the owner of an existing address gets an email
//! telling them), and sign-in spends the same Argon2 time for an unknown address.

use std::sync::OnceLock;

use base64::Engine;
use chrono::{Duration, NaiveDateTime, Utc};
use courses::Lang;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::accounts::{Account, Email, PersonName, Role};
use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::outbox::{self, Message};
use crate::password;
use crate::profile::{Country, Gender, OrgType};
use crate::schema::{email_tokens, users};
use crate::throttle::{self, Scope};

pub const VERIFY_TTL: Duration = Duration::days(7);
pub const RESET_TTL: Duration = Duration::hours(1);
pub const CHANGE_TTL: Duration = Duration::hours(24);
pub const ORG_NAME_MAX: usize = 200;

/// Everything the sign-up form asks, already validated.
#[derive(Debug, Clone)]
pub struct SignUp {
    pub email: Email,
    pub password: String,
    pub display_name: PersonName,
    pub certificate_name: PersonName,
    pub country: Country,
    pub language: Lang,
    pub gender: Option<Gender>,
    pub org_type: Option<OrgType>,
    pub org_name: Option<String>,
    pub wants_accommodations: bool,
}

/// The profile fields a learner may change.
#[derive(Debug, Clone)]
pub struct ProfileUpdate {
    pub display_name: PersonName,
    pub certificate_name: PersonName,
    pub country: Country,
    pub language: Lang,
    pub gender: Option<Gender>,
    pub org_type: Option<OrgType>,
    pub org_name: Option<String>,
    pub wants_accommodations: bool,
}

/// An organisation name: optional, trimmed, bounded.
pub fn parse_org_name(raw: &str) -> Result<Option<String>> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > ORG_NAME_MAX || name.chars().any(char::is_control) {
        return Err(Error::InvalidOrgName);
    }
    Ok(Some(name))
}

fn new_token() -> (String, String) {
    let token =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::secrets::random_bytes(32));
    let hash = token_hash(&token);
    (token, hash)
}

pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

fn insert_token(
    c: &mut DbConnection,
    user_id: i64,
    purpose: &str,
    ttl: Duration,
    new_email: Option<&str>,
) -> Result<String> {
    let (token, hash) = new_token();
    let now = now();
    diesel::insert_into(email_tokens::table)
        .values((
            email_tokens::user_id.eq(user_id),
            email_tokens::purpose.eq(purpose),
            email_tokens::token_hash.eq(hash),
            email_tokens::new_email.eq(new_email),
            email_tokens::expires_at.eq(now + ttl),
            email_tokens::created_at.eq(now),
        ))
        .execute(c)?;
    Ok(token)
}

/// (id, user id, new email, expires at, used at).
type TokenRow = (
    i64,
    i64,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// Consumes a token: returns (user id, new_email) if it is valid, unused and unexpired.
fn take_token(c: &mut DbConnection, token: &str, purpose: &str) -> Result<(i64, Option<String>)> {
    let now = now();
    let row: Option<TokenRow> = email_tokens::table
        .filter(email_tokens::token_hash.eq(token_hash(token)))
        .filter(email_tokens::purpose.eq(purpose))
        .select((
            email_tokens::id,
            email_tokens::user_id,
            email_tokens::new_email,
            email_tokens::expires_at,
            email_tokens::used_at,
        ))
        .first(c)
        .optional()?;
    match row {
        Some((id, user_id, new_email, expires_at, None)) if expires_at > now => {
            diesel::update(email_tokens::table.find(id))
                .set(email_tokens::used_at.eq(now))
                .execute(c)?;
            Ok((user_id, new_email))
        }
        _ => Err(Error::InvalidToken),
    }
}

fn load(c: &mut DbConnection, id: i64) -> Result<Account> {
    Ok(users::table
        .find(id)
        .select(Account::as_select())
        .first(c)?)
}

fn find_by_email(c: &mut DbConnection, email: &Email) -> Result<Option<Account>> {
    Ok(users::table
        .filter(users::email.eq(email.as_str()))
        .select(Account::as_select())
        .first(c)
        .optional()?)
}

/// Creates the account and queues a verification email; if the address already has an
/// account, queues a note to its owner instead. The caller shows the same page either
/// way.
pub fn sign_up(db: &Database, form: SignUp) -> Result<()> {
    // Hash first, in both cases, so the two answers take the same time.
    let hash = password::hash(&form.password)?;
    let now = now();
    db.write(|c| {
        if let Some(existing) = find_by_email(c, &form.email)? {
            outbox::enqueue(
                c,
                &existing.email,
                existing.language(),
                &Message::AlreadyRegistered {
                    name: existing.display_name.clone(),
                },
                None,
            )?;
            return Ok(());
        }
        let id: i64 = diesel::insert_into(users::table)
            .values((
                users::email.eq(form.email.as_str()),
                users::password_hash.eq(&hash),
                users::display_name.eq(form.display_name.as_str()),
                users::certificate_name.eq(form.certificate_name.as_str()),
                users::role.eq(Role::Learner.as_str()),
                users::language.eq(form.language.code()),
                users::country.eq(form.country.code()),
                users::gender.eq(form.gender.map(Gender::code)),
                users::org_type.eq(form.org_type.map(OrgType::code)),
                users::org_name.eq(form.org_name.as_deref()),
                users::wants_accommodations.eq(form.wants_accommodations),
                users::created_at.eq(now),
                users::updated_at.eq(now),
            ))
            .returning(users::id)
            .get_result(c)
            .map_err(|e| match e {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => Error::EmailTaken,
                other => other.into(),
            })?;
        let token = insert_token(c, id, "verify", VERIFY_TTL, None)?;
        outbox::enqueue(
            c,
            form.email.as_str(),
            form.language,
            &Message::VerifyEmail {
                name: form.display_name.as_str().to_string(),
                token,
            },
            None,
        )?;
        Ok(())
    })
}

/// Sends a new verification link to a signed-in learner who has not verified yet.
pub fn resend_verification(db: &Database, user_id: i64) -> Result<()> {
    db.write(|c| {
        let account = load(c, user_id)?;
        if account.is_verified() {
            return Ok(());
        }
        let token = insert_token(c, user_id, "verify", VERIFY_TTL, None)?;
        outbox::enqueue(
            c,
            &account.email,
            account.language(),
            &Message::VerifyEmail {
                name: account.display_name.clone(),
                token,
            },
            None,
        )
    })
}

/// Marks the address verified; the link proves the learner reads that inbox.
pub fn verify_email(db: &Database, token: &str) -> Result<Account> {
    db.write(|c| {
        let (user_id, _) = take_token(c, token, "verify")?;
        diesel::update(users::table.find(user_id))
            .filter(users::email_verified_at.is_null())
            .set(users::email_verified_at.eq(now()))
            .execute(c)?;
        load(c, user_id)
    })
}

fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| password::hash("not the password of anyone").expect("constant hashes"))
}

/// Checks an email and password. An unknown address costs the same Argon2 time as a
/// wrong password, and both give the same error.
///
/// Wrong passwords count against the address ([`throttle::SIGN_IN_ACCOUNT`], shared
/// by every instance); while it is locked the answer is
/// [`Error::TooManyAttempts`], for addresses with and without an account alike.
pub fn sign_in(db: &Database, email: &str, password_given: &str) -> Result<Account> {
    let key = throttle::account_key(db, email)?;
    throttle::check(db, Scope::SignIn, &key, now())?;
    let account = match Email::parse(email) {
        Ok(email) => {
            let mut conn = db.conn()?;
            find_by_email(&mut conn, &email)?
        }
        Err(_) => None,
    };
    // No stored password is longer than `password::MAX_LEN`; a longer one is checked as
    // empty (still spending Argon2's time, so the answer takes as long either way).
    let password_given = if password_given.chars().count() > password::MAX_LEN {
        ""
    } else {
        password_given
    };
    let result = match account {
        Some(a) if a.password_matches(password_given) => Ok(a),
        Some(_) => Err(Error::BadCredentials),
        None => {
            let _ = password::verify(password_given, dummy_hash());
            Err(Error::BadCredentials)
        }
    };
    match &result {
        Ok(_) => throttle::clear(db, Scope::SignIn, &key)?,
        Err(_) => throttle::record(db, Scope::SignIn, &key, now())?,
    }
    result
}

/// Queues a reset link if the address has an account; says nothing either way. Every
/// request counts against the address ([`throttle::RESET_ACCOUNT`]), whether or not it
/// has an account, so a flood of requests cannot fill a learner's inbox.
pub fn request_password_reset(db: &Database, email: &str) -> Result<()> {
    let key = throttle::account_key(db, email)?;
    throttle::check(db, Scope::Reset, &key, now())?;
    throttle::record(db, Scope::Reset, &key, now())?;
    let Ok(email) = Email::parse(email) else {
        return Ok(());
    };
    db.write(|c| {
        let Some(account) = find_by_email(c, &email)? else {
            return Ok(());
        };
        let token = insert_token(c, account.id, "reset", RESET_TTL, None)?;
        outbox::enqueue(
            c,
            &account.email,
            account.language(),
            &Message::ResetPassword {
                name: account.display_name.clone(),
                token,
            },
            None,
        )
    })
}

/// Whether a reset link is still usable (to show the form or an "expired" message).
pub fn reset_token_is_valid(db: &Database, token: &str) -> Result<bool> {
    let mut conn = db.conn()?;
    Ok(email_tokens::table
        .filter(email_tokens::token_hash.eq(token_hash(token)))
        .filter(email_tokens::purpose.eq("reset"))
        .filter(email_tokens::used_at.is_null())
        .filter(email_tokens::expires_at.gt(now()))
        .count()
        .get_result::<i64>(&mut conn)?
        > 0)
}

fn set_password(c: &mut DbConnection, user_id: i64, hash: &str) -> Result<()> {
    // Signed-in apps lose their refresh tokens now, not at their next refresh.
    crate::api_tokens::revoke_all_for_user_in(c, user_id, now())?;
    // Bumping the epoch ends every existing session of this account.
    diesel::update(users::table.find(user_id))
        .set((
            users::password_hash.eq(hash),
            users::must_change_password.eq(false),
            users::session_epoch.eq(users::session_epoch + 1),
            users::updated_at.eq(now()),
        ))
        .execute(c)?;
    Ok(())
}

/// Sets a new password from a reset link. Ends every session of the account, and lifts
/// a sign-in lock on it: the link proved the owner reads the inbox.
pub fn reset_password(db: &Database, token: &str, new_password: &str) -> Result<Account> {
    let hash = password::hash(new_password)?;
    let account = db.write(|c| {
        let (user_id, _) = take_token(c, token, "reset")?;
        set_password(c, user_id, &hash)?;
        // The link proved the learner reads this inbox.
        diesel::update(users::table.find(user_id))
            .filter(users::email_verified_at.is_null())
            .set(users::email_verified_at.eq(now()))
            .execute(c)?;
        // Other outstanding reset links die with this one.
        diesel::update(
            email_tokens::table
                .filter(email_tokens::user_id.eq(user_id))
                .filter(email_tokens::purpose.eq("reset"))
                .filter(email_tokens::used_at.is_null()),
        )
        .set(email_tokens::used_at.eq(now()))
        .execute(c)?;
        load(c, user_id)
    })?;
    let key = throttle::account_key(db, &account.email)?;
    throttle::clear(db, Scope::SignIn, &key)?;
    Ok(account)
}

/// Changes the password of a signed-in learner who knows the current one. Ends every
/// other session; the caller starts a fresh one.
pub fn change_password(db: &Database, user_id: i64, current: &str, new: &str) -> Result<Account> {
    let account = crate::accounts::find(db, user_id)?;
    if !account.password_matches(current) {
        return Err(Error::BadCredentials);
    }
    let hash = password::hash(new)?;
    db.write(|c| {
        set_password(c, user_id, &hash)?;
        load(c, user_id)
    })
}

/// Sends a confirmation link to the new address (and a note to the old one).
pub fn request_email_change(
    db: &Database,
    user_id: i64,
    current_password: &str,
    new_email: &Email,
) -> Result<()> {
    let account = crate::accounts::find(db, user_id)?;
    if !account.password_matches(current_password) {
        return Err(Error::BadCredentials);
    }
    db.write(|c| {
        if find_by_email(c, new_email)?.is_some() {
            return Err(Error::EmailTaken);
        }
        let token = insert_token(c, user_id, "change", CHANGE_TTL, Some(new_email.as_str()))?;
        outbox::enqueue(
            c,
            new_email.as_str(),
            account.language(),
            &Message::ConfirmEmailChange {
                name: account.display_name.clone(),
                token,
            },
            None,
        )?;
        outbox::enqueue(
            c,
            &account.email,
            account.language(),
            &Message::EmailChangeRequested {
                name: account.display_name.clone(),
            },
            None,
        )
    })
}

/// Switches the account to the confirmed new address.
pub fn confirm_email_change(db: &Database, token: &str) -> Result<Account> {
    db.write(|c| {
        let (user_id, new_email) = take_token(c, token, "change")?;
        let new_email = new_email.ok_or(Error::InvalidToken)?;
        diesel::update(users::table.find(user_id))
            .set((
                users::email.eq(&new_email),
                users::email_verified_at.eq(now()),
                users::updated_at.eq(now()),
            ))
            .execute(c)
            .map_err(|e| match e {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => Error::EmailTaken,
                other => other.into(),
            })?;
        load(c, user_id)
    })
}

pub fn update_profile(db: &Database, user_id: i64, p: &ProfileUpdate) -> Result<Account> {
    db.write(|c| {
        diesel::update(users::table.find(user_id))
            .set((
                users::display_name.eq(p.display_name.as_str()),
                users::certificate_name.eq(p.certificate_name.as_str()),
                users::country.eq(p.country.code()),
                users::language.eq(p.language.code()),
                users::gender.eq(p.gender.map(Gender::code)),
                users::org_type.eq(p.org_type.map(OrgType::code)),
                users::org_name.eq(p.org_name.as_deref()),
                users::wants_accommodations.eq(p.wants_accommodations),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        load(c, user_id)
    })
}

/// Saves the language a signed-in learner switched to.
pub fn set_language(db: &Database, user_id: i64, lang: Lang) -> Result<()> {
    let mut conn = db.conn()?;
    diesel::update(users::table.find(user_id))
        .filter(users::language.ne(lang.code()))
        .set(users::language.eq(lang.code()))
        .execute(&mut conn)?;
    Ok(())
}

/// An administrator changes someone's role. The last administrator cannot demote
/// themselves (someone must be able to manage roles).
pub fn set_role(db: &Database, actor: &Account, user_id: i64, role: Role) -> Result<Account> {
    if actor.role() != Role::Admin {
        return Err(Error::Forbidden);
    }
    db.write(|c| {
        let target = load(c, user_id)?;
        if target.role() == Role::Admin && role != Role::Admin {
            let admins: i64 = users::table
                .filter(users::role.eq(Role::Admin.as_str()))
                .count()
                .get_result(c)?;
            if admins <= 1 {
                return Err(Error::LastAdmin);
            }
        }
        diesel::update(users::table.find(user_id))
            .set((users::role.eq(role.as_str()), users::updated_at.eq(now())))
            .execute(c)?;
        load(c, user_id)
    })
}

/// One page of accounts for the administrators' list, newest first; `query` matches
/// the email or the name.
pub fn list_accounts(
    db: &Database,
    query: &str,
    page: i64,
    per_page: i64,
) -> Result<(Vec<Account>, i64)> {
    let mut conn = db.conn()?;
    // No address or name is longer than 254 characters: a longer search cannot match.
    let query: String = query.trim().chars().take(254).collect();
    let pattern = format!("%{}%", query.to_lowercase().replace(['%', '_'], ""));
    let filter = users::email
        .like(pattern.clone())
        .or(users::display_name.like(pattern));
    let total: i64 = users::table
        .filter(filter.clone())
        .count()
        .get_result(&mut conn)?;
    let rows = users::table
        .filter(filter)
        .order(users::id.desc())
        .limit(per_page)
        // A page number from the address bar may be anything: no overflow.
        .offset(page.max(0).saturating_mul(per_page))
        .select(Account::as_select())
        .load(&mut conn)?;
    Ok((rows, total))
}
