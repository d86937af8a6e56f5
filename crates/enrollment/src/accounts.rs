//! Accounts: creation, look-up and the operator's first administrator.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::Database;
use crate::error::{Error, Result};
use crate::password;
use crate::profile::{Country, Gender, OrgType};
use crate::schema::users;
use courses::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Learner,
    Translator,
    Instructor,
    Staff,
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Learner,
        Role::Translator,
        Role::Instructor,
        Role::Staff,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Translator => "translator",
            Role::Instructor => "instructor",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| Error::UnknownRole(s.to_string()))
    }
}

/// An email address, trimmed and lower-cased; the constructor is the only way in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && match email.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && local.len() <= 64
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid {
            Ok(Email(email))
        } else {
            Err(Error::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as shown on pages and printed on certificates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 120;

    pub fn parse(raw: &str) -> Result<PersonName> {
        let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = name.chars().count();
        if len == 0 || len > Self::MAX_CHARS || name.chars().any(char::is_control) {
            return Err(Error::InvalidName);
        }
        Ok(PersonName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct Account {
    pub id: i64,
    pub email: String,
    password_hash: String,
    pub display_name: String,
    pub certificate_name: String,
    role: String,
    language: String,
    country: String,
    gender: Option<String>,
    org_type: Option<String>,
    pub org_name: Option<String>,
    pub wants_accommodations: bool,
    pub email_verified_at: Option<NaiveDateTime>,
    pub must_change_password: bool,
    pub session_epoch: i32,
    pub created_at: NaiveDateTime,
}

impl Account {
    pub fn role(&self) -> Role {
        // The CHECK constraint keeps unknown roles out of the table; treat a
        // hand-edited row as the least privileged role rather than failing the request.
        Role::parse(&self.role).unwrap_or(Role::Learner)
    }

    pub fn language(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or(Lang::Ru)
    }

    pub fn country(&self) -> Country {
        Country::parse(&self.country).unwrap_or(Country::Other)
    }

    pub fn gender(&self) -> Option<Gender> {
        self.gender.as_deref().and_then(Gender::parse)
    }

    pub fn org_type(&self) -> Option<OrgType> {
        self.org_type.as_deref().and_then(OrgType::parse)
    }

    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }

    pub fn password_matches(&self, password: &str) -> bool {
        password::verify(password, &self.password_hash)
    }
}

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: Email,
    pub password: String,
    pub display_name: PersonName,
    pub role: Role,
    pub language: Lang,
    /// Operator-created accounts get a one-time password that must be changed.
    pub must_change_password: bool,
}

#[derive(Insertable)]
#[diesel(table_name = users)]
struct NewUserRow<'a> {
    email: &'a str,
    password_hash: &'a str,
    display_name: &'a str,
    certificate_name: &'a str,
    role: &'a str,
    language: &'a str,
    must_change_password: bool,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

pub fn create(db: &Database, new: NewAccount) -> Result<Account> {
    // Hash before taking a connection: Argon2 is deliberately slow.
    let hash = password::hash(&new.password)?;
    let now = Utc::now().naive_utc();
    db.write(|c| {
        let taken = users::table
            .filter(users::email.eq(new.email.as_str()))
            .count()
            .get_result::<i64>(c)?
            > 0;
        if taken {
            return Err(Error::EmailTaken);
        }
        let row = NewUserRow {
            email: new.email.as_str(),
            password_hash: &hash,
            display_name: new.display_name.as_str(),
            certificate_name: new.display_name.as_str(),
            role: new.role.as_str(),
            language: new.language.code(),
            must_change_password: new.must_change_password,
            created_at: now,
            updated_at: now,
        };
        // MultiConnection cannot return a `Selectable` struct from an INSERT; return the
        // id and read the row back inside the same transaction.
        let id: i64 = diesel::insert_into(users::table)
            .values(&row)
            .returning(users::id)
            .get_result(c)
            .map_err(|e| match e {
                // Lost a race with a concurrent sign-up for the same address.
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => Error::EmailTaken,
                other => Error::from(other),
            })?;
        Ok(users::table
            .find(id)
            .select(Account::as_select())
            .first(c)?)
    })
}

pub fn find_by_email(db: &Database, email: &Email) -> Result<Option<Account>> {
    let mut conn = db.conn()?;
    Ok(users::table
        .filter(users::email.eq(email.as_str()))
        .select(Account::as_select())
        .first(&mut conn)
        .optional()?)
}

pub fn find(db: &Database, id: i64) -> Result<Account> {
    let mut conn = db.conn()?;
    Ok(users::table
        .find(id)
        .select(Account::as_select())
        .first(&mut conn)?)
}

pub fn count_with_role(db: &Database, role: Role) -> Result<i64> {
    let mut conn = db.conn()?;
    Ok(users::table
        .filter(users::role.eq(role.as_str()))
        .count()
        .get_result(&mut conn)?)
}

/// The administrator created on a new database so that someone can sign in at all.
pub struct FirstAdmin {
    pub email: String,
    pub one_time_password: String,
}

/// Creates an administrator with a one-time password if the database has none.
/// Returns `None` when an administrator already exists (the usual case).
pub fn ensure_first_admin(db: &Database, email: &Email) -> Result<Option<FirstAdmin>> {
    if count_with_role(db, Role::Admin)? > 0 {
        return Ok(None);
    }
    let one_time_password = password::generate();
    let account = create(
        db,
        NewAccount {
            email: email.clone(),
            password: one_time_password.clone(),
            display_name: PersonName::parse("Administrator").expect("constant name is valid"),
            role: Role::Admin,
            language: Lang::Ru,
            must_change_password: true,
        },
    )?;
    Ok(Some(FirstAdmin {
        email: account.email,
        one_time_password,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Aigul@Example.KZ ").unwrap().as_str(),
            "aigul@example.kz"
        );
        for bad in [
            "", "no-at", "a@b", "a@@b.kz", "a b@c.kz", "@c.kz", "a@.kz", "a@c..kz",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            PersonName::parse("  Айгүл   Сейітқызы ").unwrap().as_str(),
            "Айгүл Сейітқызы"
        );
        assert!(PersonName::parse("   ").is_err());
        assert!(PersonName::parse(&"я".repeat(121)).is_err());
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()).unwrap(), r);
        }
        assert!(Role::parse("root").is_err());
    }
}
