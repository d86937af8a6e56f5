//! Certificate records: issued in the transaction that completes a module (and, when it
//! completes a level, the level's too), signed with the Academy's key, kept with their
//! signed payload so they can be re-verified and re-printed exactly.
//!
//! The signing key is an Ed25519 [`IssuerKey`] kept in `app_secrets` under
//! `certificate-key:<n>` (key id `k<n>`), so every instance signs with the same key. The
//! published keys are all stored certificate keys: a later key `certificate-key:2` can
//! take over signing while old certificates stay valid.
//!
//! Issuing is idempotent: one certificate per learner, kind and subject (a unique
//! constraint); [`issue_due`] only issues what the engine says is earned and not issued.

use std::collections::BTreeSet;

use certificates::{
    CertificateData, CertificateId, IssuerKey, KeyId, Kind, Lang, NewCertificate, PublicKeys,
    Revocation, RevocationList, RevocationReason,
};
use chrono::{NaiveDate, NaiveDateTime, Utc};
use courses::Certificate;
use diesel::prelude::*;

use crate::catalog::Catalogue;
use crate::db::{Backend, Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{app_secrets, certificates as certs, users};

/// The number of the first key; later keys (rotation) count up from it.
const FIRST_KEY: u32 = 1;
const KEY_PREFIX: &str = "certificate-key:";

/// One issued certificate as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateRecord {
    pub id: String,
    /// `None` once the holder deleted their account and chose to keep it verifiable.
    pub user_id: Option<i64>,
    pub kind: Kind,
    pub subject_slug: String,
    pub holder_name: String,
    /// The title in the issue language.
    pub title: String,
    pub lang: Lang,
    pub completed_on: NaiveDate,
    pub key_id: String,
    /// The signed `CSOA1.` payload.
    pub payload: String,
    pub issued_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub revoke_reason: Option<String>,
    pub hidden: bool,
}

type Row = (
    String,
    Option<i64>,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
    bool,
);

type Columns = (
    certs::id,
    certs::user_id,
    certs::kind,
    certs::subject_slug,
    certs::holder_name,
    certs::title,
    certs::lang,
    certs::completed_on,
    certs::key_id,
    certs::payload,
    certs::issued_at,
    certs::revoked_at,
    certs::revoke_reason,
    certs::hidden,
);

const COLUMNS: Columns = (
    certs::id,
    certs::user_id,
    certs::kind,
    certs::subject_slug,
    certs::holder_name,
    certs::title,
    certs::lang,
    certs::completed_on,
    certs::key_id,
    certs::payload,
    certs::issued_at,
    certs::revoked_at,
    certs::revoke_reason,
    certs::hidden,
);

fn corrupt(what: &str, value: &str) -> Error {
    Error::ContentFile(format!(
        "stored certificate has an invalid {what}: {value:?}"
    ))
}

fn kind_from_code(code: &str) -> Option<Kind> {
    match code {
        "module" => Some(Kind::Module),
        "level" => Some(Kind::Level),
        _ => None,
    }
}

fn from_row(r: Row) -> Result<CertificateRecord> {
    let kind = kind_from_code(&r.2).ok_or_else(|| corrupt("kind", &r.2))?;
    let lang = Lang::from_code(&r.6).ok_or_else(|| corrupt("language", &r.6))?;
    let completed_on =
        NaiveDate::parse_from_str(&r.7, "%Y-%m-%d").map_err(|_| corrupt("date", &r.7))?;
    Ok(CertificateRecord {
        id: r.0,
        user_id: r.1,
        kind,
        subject_slug: r.3,
        holder_name: r.4,
        title: r.5,
        lang,
        completed_on,
        key_id: r.8,
        payload: r.9,
        issued_at: r.10,
        revoked_at: r.11,
        revoke_reason: r.12,
        hidden: r.13,
    })
}

fn key_secret_name(n: u32) -> String {
    format!("{KEY_PREFIX}{n}")
}

fn new_key_pem(n: u32) -> Result<Vec<u8>> {
    let key_id = KeyId::new(&format!("k{n}")).map_err(|e| Error::Hashing(e.to_string()))?;
    let pem = IssuerKey::generate(key_id)
        .to_pkcs8_pem()
        .map_err(|e| Error::Hashing(e.to_string()))?;
    Ok(pem.as_bytes().to_vec())
}

fn key_from_secret(name: &str, value: &[u8]) -> Result<IssuerKey> {
    let n = name
        .strip_prefix(KEY_PREFIX)
        .ok_or_else(|| corrupt("key name", name))?;
    let key_id = KeyId::new(&format!("k{n}")).map_err(|_| corrupt("key name", name))?;
    let pem = std::str::from_utf8(value).map_err(|_| corrupt("key", name))?;
    IssuerKey::from_pkcs8_pem(key_id, pem).map_err(|_| corrupt("key", name))
}

/// The numbers of the stored certificate keys, ascending.
fn stored_key_numbers(c: &mut DbConnection) -> Result<Vec<u32>> {
    let names: Vec<String> = app_secrets::table
        .filter(app_secrets::name.like(format!("{KEY_PREFIX}%")))
        .select(app_secrets::name)
        .load(c)?;
    let mut numbers: Vec<u32> = names
        .iter()
        .filter_map(|n| n.strip_prefix(KEY_PREFIX)?.parse().ok())
        .collect();
    numbers.sort_unstable();
    Ok(numbers)
}

/// Stores key number `n` unless it exists. On PostgreSQL a concurrent insert by another
/// instance makes ours fail inside a savepoint and theirs stands; SQLite writers are
/// serialized by `BEGIN IMMEDIATE`.
fn insert_key(c: &mut DbConnection, backend: Backend, n: u32) -> Result<()> {
    let pem = new_key_pem(n)?;
    let name = key_secret_name(n);
    let insert = |c: &mut DbConnection| {
        diesel::insert_into(app_secrets::table)
            .values((
                app_secrets::name.eq(&name),
                app_secrets::value.eq(&pem),
                app_secrets::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(c)
    };
    let inserted = match backend {
        Backend::Postgres => c.transaction(insert),
        Backend::Sqlite => insert(c),
    };
    match inserted {
        Ok(_)
        | Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

fn load_key(c: &mut DbConnection, n: u32) -> Result<IssuerKey> {
    let name = key_secret_name(n);
    let value: Vec<u8> = app_secrets::table
        .find(&name)
        .select(app_secrets::value)
        .first(c)?;
    key_from_secret(&name, &value)
}

/// The key new certificates are signed with: the highest-numbered stored key, created
/// (as `k1`) on first use, read and written on the caller's connection (inside its
/// transaction).
pub(crate) fn signing_key(c: &mut DbConnection, backend: Backend) -> Result<IssuerKey> {
    if let Some(&n) = stored_key_numbers(c)?.last() {
        return load_key(c, n);
    }
    insert_key(c, backend, FIRST_KEY)?;
    let n = *stored_key_numbers(c)?.last().ok_or(Error::NotFound)?;
    load_key(c, n)
}

/// Rotates the signing key: generates the next key, which signs every certificate from
/// now on. Old keys stay stored and published, so certificates they signed stay valid.
/// Returns the new key's id.
pub fn rotate_key(db: &Database, actor: &crate::audit::Actor) -> Result<String> {
    let backend = db.backend();
    db.write(|c| {
        let next = stored_key_numbers(c)?.last().map_or(FIRST_KEY, |n| n + 1);
        insert_key(c, backend, next)?;
        let key = load_key(c, next)?;
        crate::audit::record(
            c,
            actor,
            "certificate.rotate-key",
            &format!("key:{}", key.key_id()),
            &serde_json::json!({}),
        )?;
        Ok(key.key_id().to_string())
    })
}

/// The current signing key (for signing revocation lists). Read without a write
/// transaction: this serves public GETs, and only a database with no key at all (never
/// issued anything) needs one to create it.
pub fn current_key(db: &Database) -> Result<IssuerKey> {
    {
        let mut conn = db.conn()?;
        if let Some(&n) = stored_key_numbers(&mut conn)?.last() {
            return load_key(&mut conn, n);
        }
    }
    let backend = db.backend();
    db.write(|c| signing_key(c, backend))
}

/// The public keys to publish: every stored certificate key (creating the current one
/// if none exists yet, so the published set is never empty).
pub fn published_keys(db: &Database) -> Result<PublicKeys> {
    let fresh = new_key_pem(FIRST_KEY)?;
    crate::secrets::get_or_create(db, &key_secret_name(FIRST_KEY), || fresh)?;
    let mut conn = db.conn()?;
    let rows: Vec<(String, Vec<u8>)> = app_secrets::table
        .filter(app_secrets::name.like(format!("{KEY_PREFIX}%")))
        .select((app_secrets::name, app_secrets::value))
        .load(&mut conn)?;
    let mut keys = PublicKeys::new();
    for (name, value) in rows {
        let key = key_from_secret(&name, &value)?;
        keys.insert(key.key_id().clone(), key.verifying_key());
    }
    Ok(keys)
}

/// The title of a module or level in `lang`, or the best available language.
pub fn subject_title(catalogue: &Catalogue, kind: Kind, slug: &str, lang: Lang) -> Option<String> {
    let title = match kind {
        Kind::Module => &catalogue.module(slug)?.1.module.title,
        Kind::Level => &catalogue.level(slug)?.level.title,
    };
    title.best(lang).map(|(_, t)| t.clone())
}

/// Issues the certificates `user_id` has earned and not yet received: the module just
/// completed and, if that completed its level, the level. Call it in the transaction
/// that marks a module complete. Returns the certificates issued now.
pub fn issue_due(
    c: &mut DbConnection,
    db: &Database,
    user_id: i64,
) -> Result<Vec<CertificateRecord>> {
    let learner = crate::learning::load_learner(c, db, user_id)?;
    let issued: BTreeSet<Certificate> = certs::table
        .filter(certs::user_id.eq(user_id))
        .select((certs::kind, certs::subject_slug))
        .load::<(String, String)>(c)?
        .into_iter()
        .filter_map(|(kind, slug)| match kind.as_str() {
            "module" => Some(Certificate::Module(slug)),
            "level" => Some(Certificate::Level(slug)),
            _ => None,
        })
        .collect();
    let due = learner.map.certificates_due(&learner.progress, &issued);
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let (holder_name, language, email, display_name): (String, String, String, String) =
        users::table
            .find(user_id)
            .select((
                users::certificate_name,
                users::language,
                users::email,
                users::display_name,
            ))
            .first(c)?;
    let lang = Lang::from_code(&language).unwrap_or(Lang::Ru);
    let key = signing_key(c, db.backend())?;
    let today = Utc::now().date_naive();
    let mut out = Vec::new();
    for cert in due {
        let (kind, slug) = match cert {
            Certificate::Module(s) => (Kind::Module, s),
            Certificate::Level(s) => (Kind::Level, s),
        };
        let Some(title) = subject_title(&learner.catalogue, kind, &slug, lang) else {
            continue;
        };
        let data = CertificateData::new(NewCertificate {
            id: CertificateId::random(),
            kind,
            holder_name: &holder_name,
            title: &title,
            lang,
            completed_on: today,
            key_id: key.key_id().clone(),
        })
        .map_err(|e| Error::ContentFile(format!("certificate for {slug}: {e}")))?;
        let payload = certificates::sign(&data, key.signing_key()).to_text();
        let record = CertificateRecord {
            id: data.id().to_string(),
            user_id: Some(user_id),
            kind,
            subject_slug: slug,
            holder_name: data.holder_name().to_owned(),
            title: data.title().to_owned(),
            lang,
            completed_on: today,
            key_id: key.key_id().to_string(),
            payload,
            issued_at: Utc::now().naive_utc(),
            revoked_at: None,
            revoke_reason: None,
            hidden: false,
        };
        diesel::insert_into(certs::table)
            .values((
                certs::id.eq(&record.id),
                certs::user_id.eq(user_id),
                certs::kind.eq(kind.code()),
                certs::subject_slug.eq(&record.subject_slug),
                certs::holder_name.eq(&record.holder_name),
                certs::title.eq(&record.title),
                certs::lang.eq(lang.code()),
                certs::completed_on.eq(today.format("%Y-%m-%d").to_string()),
                certs::key_id.eq(&record.key_id),
                certs::payload.eq(&record.payload),
                certs::issued_at.eq(record.issued_at),
                certs::hidden.eq(false),
            ))
            .execute(c)?;
        // The email is rendered and sent later by the outbox drainer, with the PDF in
        // the learner's language attached; queued here so it exists iff the
        // certificate does.
        crate::outbox::enqueue(
            c,
            &email,
            lang,
            &crate::outbox::Message::CertificateIssued {
                name: display_name.clone(),
                certificate_id: record.id.clone(),
                title: record.title.clone(),
            },
            None,
        )?;
        out.push(record);
    }
    Ok(out)
}

/// Prepares `user_id`'s certificates for the deletion of their account, inside the
/// deleting transaction. With `keep_public`, certificates that are visible in public
/// lookup stay verifiable (the row outlives the account: `user_id` becomes NULL by the
/// foreign key); all others are deleted and no longer verify online. Returns how many
/// are kept.
pub fn release_for_account_deletion(
    c: &mut DbConnection,
    user_id: i64,
    keep_public: bool,
) -> Result<usize> {
    let mine = certs::table.filter(certs::user_id.eq(user_id));
    if keep_public {
        diesel::delete(mine.filter(certs::hidden.eq(true))).execute(c)?;
        Ok(mine.count().get_result::<i64>(c)? as usize)
    } else {
        diesel::delete(mine).execute(c)?;
        Ok(0)
    }
}

/// The certificates of `user_id`, oldest first.
pub fn list_for_user(db: &Database, user_id: i64) -> Result<Vec<CertificateRecord>> {
    let mut conn = db.conn()?;
    list_for_user_in(&mut conn, user_id)
}

/// [`list_for_user`] inside the caller's transaction.
pub fn list_for_user_in(c: &mut DbConnection, user_id: i64) -> Result<Vec<CertificateRecord>> {
    let rows: Vec<Row> = certs::table
        .filter(certs::user_id.eq(user_id))
        .order((certs::issued_at, certs::id))
        .select(COLUMNS)
        .load(c)?;
    rows.into_iter().map(from_row).collect()
}

/// A certificate by id, hidden ones included (for its owner).
pub fn find(db: &Database, id: &str) -> Result<Option<CertificateRecord>> {
    let mut conn = db.conn()?;
    let row: Option<Row> = certs::table
        .find(id)
        .select(COLUMNS)
        .first(&mut conn)
        .optional()?;
    row.map(from_row).transpose()
}

/// A certificate for the public verification page: None when unknown or hidden.
pub fn find_public(db: &Database, id: &str) -> Result<Option<CertificateRecord>> {
    Ok(find(db, id)?.filter(|r| !r.hidden))
}

/// The key that signed `record` (old keys stay stored after a rotation).
pub fn key_of(db: &Database, record: &CertificateRecord) -> Result<IssuerKey> {
    let name = record
        .key_id
        .strip_prefix('k')
        .map(|n| format!("{KEY_PREFIX}{n}"))
        .ok_or_else(|| corrupt("key id", &record.key_id))?;
    let mut conn = db.conn()?;
    let value: Vec<u8> = app_secrets::table
        .find(&name)
        .select(app_secrets::value)
        .first(&mut conn)?;
    key_from_secret(&name, &value)
}

/// The signed payload of `record` as printed in `lang`: the stored payload when `lang`
/// is the issue language; otherwise the same certificate (id, holder, date, key) with
/// the title of its module or level in `lang`, signed with the key that signed it.
pub fn payload_in(
    db: &Database,
    record: &CertificateRecord,
    lang: Lang,
) -> Result<certificates::SignedPayload> {
    let title = if lang == record.lang {
        record.title.clone()
    } else {
        let catalogue = crate::catalog::catalogue(db)?;
        subject_title(&catalogue, record.kind, &record.subject_slug, lang)
            .unwrap_or_else(|| record.title.clone())
    };
    let key = key_of(db, record)?;
    let id: CertificateId = record.id.parse().map_err(|_| corrupt("id", &record.id))?;
    let data = CertificateData::new(NewCertificate {
        id,
        kind: record.kind,
        holder_name: &record.holder_name,
        title: &title,
        lang,
        completed_on: record.completed_on,
        key_id: key.key_id().clone(),
    })
    .map_err(|e| Error::ContentFile(format!("certificate {}: {e}", record.id)))?;
    Ok(certificates::sign(&data, key.signing_key()))
}

/// Revokes certificate `id` with a public `reason` and a private `note` for the audit
/// log (staff only; the caller checks the role). Revoking twice keeps the first date and
/// reason. Returns the record as it now stands.
pub fn revoke(
    db: &Database,
    actor: &crate::audit::Actor,
    id: &str,
    reason: RevocationReason,
    note: &str,
) -> Result<CertificateRecord> {
    db.write(|c| {
        let row: Row = certs::table
            .find(id)
            .select(COLUMNS)
            .first(c)
            .optional()?
            .ok_or(Error::NotFound)?;
        let record = from_row(row)?;
        if record.revoked_at.is_some() {
            return Ok(record);
        }
        let now = Utc::now().naive_utc();
        diesel::update(certs::table.find(id))
            .set((
                certs::revoked_at.eq(now),
                certs::revoke_reason.eq(reason.key()),
            ))
            .execute(c)?;
        crate::audit::record(
            c,
            actor,
            "certificate.revoke",
            &format!("certificate:{id}"),
            &serde_json::json!({ "reason": reason.key(), "note": note }),
        )?;
        Ok(CertificateRecord {
            revoked_at: Some(now),
            revoke_reason: Some(reason.key().to_owned()),
            ..record
        })
    })
}

/// The reason a record was revoked for, as the certificates crate's type.
pub fn revocation_reason(record: &CertificateRecord) -> Option<RevocationReason> {
    record
        .revoke_reason
        .as_deref()
        .and_then(|key| REVOCATION_REASONS.iter().copied().find(|r| r.key() == key))
}

/// Every reason staff can choose, in the order the form shows them.
pub const REVOCATION_REASONS: [RevocationReason; 5] = [
    RevocationReason::IssuedInError,
    RevocationReason::Superseded,
    RevocationReason::HolderRequest,
    RevocationReason::Misconduct,
    RevocationReason::KeyCompromise,
];

/// The current revocation list, signed with the current key (`csoa-revocations/1`).
pub fn signed_revocation_list(db: &Database) -> Result<String> {
    let key = current_key(db)?;
    let mut conn = db.conn()?;
    let rows: Vec<(String, NaiveDateTime, Option<String>)> = certs::table
        .filter(certs::revoked_at.is_not_null())
        .select((
            certs::id,
            certs::revoked_at.assume_not_null(),
            certs::revoke_reason,
        ))
        .load(&mut conn)?;
    let mut entries = Vec::with_capacity(rows.len());
    for (id, at, reason) in rows {
        let reason = reason
            .as_deref()
            .and_then(|key| REVOCATION_REASONS.iter().copied().find(|r| r.key() == key))
            .unwrap_or(RevocationReason::IssuedInError);
        entries.push(Revocation {
            id: id.parse().map_err(|_| corrupt("id", &id))?,
            revoked_on: at.date(),
            reason,
        });
    }
    Ok(RevocationList {
        issued_on: Utc::now().date_naive(),
        entries,
    }
    .sign(&key))
}

/// Shows or hides the owner's certificate in public lookup by id. A hidden certificate
/// still verifies from its signed payload (the QR code). Someone else's id is NotFound.
pub fn set_hidden(db: &Database, user_id: i64, id: &str, hidden: bool) -> Result<()> {
    db.write(|c| {
        let n = diesel::update(certs::table.find(id).filter(certs::user_id.eq(user_id)))
            .set(certs::hidden.eq(hidden))
            .execute(c)?;
        if n == 0 {
            return Err(Error::NotFound);
        }
        Ok(())
    })
}

/// The outcome of checking a pasted or scanned payload online.
#[derive(Debug, Clone)]
pub enum PayloadCheck {
    /// The signature is good and the registry holds the certificate, not revoked.
    Valid(CertificateData),
    /// The signature is good but the certificate was revoked.
    Revoked {
        data: CertificateData,
        revoked_on: NaiveDate,
        reason: RevocationReason,
    },
    /// The signature is good but the registry no longer holds the certificate (the
    /// holder deleted their account without keeping it public).
    Withdrawn(CertificateData),
    /// The payload does not verify; the stable error key says why.
    Invalid(&'static str),
}

/// Verifies a `CSOA1.` payload (or the whole QR URL) against the published keys and
/// looks its id up in the registry, hidden certificates included: whoever holds the
/// signed payload may check it.
pub fn check_payload(db: &Database, text: &str) -> Result<PayloadCheck> {
    let keys = published_keys(db)?;
    let data = match certificates::verify(text.trim(), &keys) {
        Ok(data) => data,
        Err(e) => return Ok(PayloadCheck::Invalid(e.key())),
    };
    Ok(match find(db, &data.id().to_string())? {
        None => PayloadCheck::Withdrawn(data),
        Some(record) => match (record.revoked_at, revocation_reason(&record)) {
            (Some(at), reason) => PayloadCheck::Revoked {
                data,
                revoked_on: at.date(),
                reason: reason.unwrap_or(RevocationReason::IssuedInError),
            },
            (None, _) => PayloadCheck::Valid(data),
        },
    })
}

/// Certificates for the staff list, newest first, optionally only those whose id or
/// holder name contains `search` (ids are matched in lower case).
pub fn search(db: &Database, search: &str, limit: i64) -> Result<Vec<CertificateRecord>> {
    let mut conn = db.conn()?;
    let mut query = certs::table.select(COLUMNS).into_boxed();
    let term = search.trim();
    if !term.is_empty() {
        let pattern = format!(
            "%{}%",
            term.chars()
                .filter(|c| *c != '%' && *c != '_')
                .collect::<String>()
        );
        query = query.filter(
            certs::id
                .like(pattern.to_lowercase())
                .or(certs::holder_name.like(pattern)),
        );
    }
    let rows: Vec<Row> = query
        .order((certs::issued_at.desc(), certs::id))
        .limit(limit.clamp(1, 500))
        .load(&mut conn)?;
    rows.into_iter().map(from_row).collect()
}
