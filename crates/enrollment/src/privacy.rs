//! A learner's own data: everything the Academy holds about them as one JSON document,
//! and deleting their account.
//!
//! Deletion erases every personal row in one transaction: the account, its enrolments,
//! lesson progress, quiz attempts with their answers, offline event ids, email links,
//! API refresh tokens and authoring assignments (by the foreign keys' `ON DELETE
//! CASCADE`), the emails queued or sent to the address (`outbox`), the sign-in and
//! reset counters kept for the address (`auth_throttle`), and the readable label on
//! audit entries the account made. Certificates follow the learner's choice
//! ([`crate::certificates::release_for_account_deletion`]). What stays is an audit
//! entry saying that account number N was deleted, and, if the learner chose so, their
//! public certificates (holder name, title, date) without any link to an account.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::accounts::{Account, Role};
use crate::audit::{self, Actor};
use crate::db::Database;
use crate::error::{Error, Result};
use crate::schema::{
    api_refresh_tokens, audit_log, auth_throttle, email_tokens, enrolments, lesson_progress,
    modules, outbox, quiz_attempts, sync_events, users,
};

/// The name of the export format; bumped when a field changes meaning.
pub const EXPORT_FORMAT: &str = "csoa-personal-data/1";

/// The label audit entries keep for an actor whose account was deleted.
pub const DELETED_ACTOR: &str = "deleted account";

/// Everything about one learner, as they download it.
#[derive(Debug, Serialize)]
pub struct PersonalData {
    pub format: &'static str,
    pub exported_at: String,
    pub account: AccountData,
    pub enrolments: Vec<EnrolmentData>,
    pub quiz_attempts: Vec<AttemptData>,
    pub certificates: Vec<CertificateData>,
    /// Ids of the events the learner's offline devices sent, and when each was applied.
    pub offline_events: Vec<OfflineEvent>,
    /// Apps signed in through the API (one entry per sign-in; refreshing keeps it).
    pub api_sign_ins: Vec<ApiSignIn>,
    /// Links sent by email (verification, password reset, address change); the links
    /// themselves are stored only as hashes and cannot be exported.
    pub email_links: Vec<EmailLink>,
    /// Emails the Academy sent or will send to the learner.
    pub emails: Vec<EmailData>,
    /// Audit entries made by the learner or about them or their certificates.
    pub audit: Vec<AuditData>,
}

#[derive(Debug, Serialize)]
pub struct AccountData {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub certificate_name: String,
    pub role: &'static str,
    pub language: &'static str,
    pub country: &'static str,
    pub gender: Option<&'static str>,
    pub org_type: Option<&'static str>,
    pub org_name: Option<String>,
    pub wants_accommodations: bool,
    pub email_verified_at: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Serialize)]
pub struct EnrolmentData {
    pub module: String,
    pub module_version: i32,
    pub enrolled_at: String,
    pub completed_at: Option<String>,
    pub last_lesson: Option<String>,
    pub last_activity_at: String,
    pub lessons: Vec<LessonData>,
}

#[derive(Debug, Serialize)]
pub struct LessonData {
    pub lesson: String,
    /// How far the learner read, in percent.
    pub position: i32,
    pub completed_at: Option<String>,
    pub updated_at: String,
}

#[derive(Debug, Serialize)]
pub struct AttemptData {
    pub id: String,
    pub module: String,
    pub module_version: i32,
    pub attempt_no: i32,
    pub lang: String,
    /// The answers as stored: question id → answer.
    pub answers: Value,
    pub started_at: String,
    pub deadline_at: Option<String>,
    pub submitted_at: Option<String>,
    pub score_percent: Option<f64>,
    pub passed: Option<bool>,
    /// The graded result per question, as stored at submission.
    pub result: Option<Value>,
}

#[derive(Debug, Serialize)]
pub struct CertificateData {
    pub id: String,
    pub kind: &'static str,
    pub subject: String,
    pub holder_name: String,
    pub title: String,
    pub lang: &'static str,
    pub completed_on: String,
    pub issued_at: String,
    pub revoked_at: Option<String>,
    pub revoke_reason: Option<String>,
    /// Hidden from the public lookup by the learner.
    pub hidden: bool,
    /// The signed payload its QR code carries.
    pub payload: String,
}

#[derive(Debug, Serialize)]
pub struct OfflineEvent {
    pub id: String,
    pub applied_at: String,
}

#[derive(Debug, Serialize)]
pub struct ApiSignIn {
    pub signed_in_at: String,
    pub last_refreshed_at: String,
    pub expires_at: String,
    pub signed_out_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct EmailLink {
    pub purpose: String,
    pub new_email: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub used_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct EmailData {
    pub kind: String,
    pub status: String,
    pub created_at: String,
    pub sent_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AuditData {
    pub at: String,
    /// `you`, `staff` (another account; who exactly is kept from the export),
    /// `cli` or `system`.
    pub actor: &'static str,
    pub action: String,
    pub subject: String,
    pub detail: Value,
}

/// RFC 3339 in UTC, as everywhere in the API.
fn utc(t: NaiveDateTime) -> String {
    t.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn json_or_text(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()))
}

type EnrolmentRow = (
    i64,
    String,
    i32,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
    NaiveDateTime,
);
type AttemptRow = (
    String,
    String,
    i32,
    i32,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<f64>,
    Option<bool>,
    Option<String>,
);

/// Everything the Academy holds about `user_id`, read in one transaction so the parts
/// agree with each other.
pub fn export(db: &Database, user_id: i64) -> Result<PersonalData> {
    let mut conn = db.conn()?;
    conn.transaction(|c| {
        let account: Account = users::table
            .find(user_id)
            .select(Account::as_select())
            .first(c)
            .optional()?
            .ok_or(Error::NotFound)?;
        let account_data = AccountData {
            id: account.id,
            email: account.email.clone(),
            display_name: account.display_name.clone(),
            certificate_name: account.certificate_name.clone(),
            role: account.role().as_str(),
            language: account.language().code(),
            country: account.country().code(),
            gender: account.gender().map(|g| g.code()),
            org_type: account.org_type().map(|o| o.code()),
            org_name: account.org_name.clone(),
            wants_accommodations: account.wants_accommodations,
            email_verified_at: account.email_verified_at.map(utc),
            created_at: utc(account.created_at),
        };

        let rows: Vec<EnrolmentRow> = enrolments::table
            .inner_join(modules::table)
            .filter(enrolments::user_id.eq(user_id))
            .order(enrolments::enrolled_at)
            .select((
                enrolments::id,
                modules::slug,
                enrolments::module_version,
                enrolments::enrolled_at,
                enrolments::completed_at,
                enrolments::last_lesson_slug,
                enrolments::last_activity_at,
            ))
            .load(c)?;
        let mut enrolment_data = Vec::with_capacity(rows.len());
        for (id, module, version, enrolled, completed, last_lesson, last_activity) in rows {
            let lessons: Vec<(String, i32, Option<NaiveDateTime>, NaiveDateTime)> =
                lesson_progress::table
                    .filter(lesson_progress::enrolment_id.eq(id))
                    .order(lesson_progress::id)
                    .select((
                        lesson_progress::lesson_slug,
                        lesson_progress::position,
                        lesson_progress::completed_at,
                        lesson_progress::updated_at,
                    ))
                    .load(c)?;
            enrolment_data.push(EnrolmentData {
                module,
                module_version: version,
                enrolled_at: utc(enrolled),
                completed_at: completed.map(utc),
                last_lesson,
                last_activity_at: utc(last_activity),
                lessons: lessons
                    .into_iter()
                    .map(|(lesson, position, completed_at, updated_at)| LessonData {
                        lesson,
                        position,
                        completed_at: completed_at.map(utc),
                        updated_at: utc(updated_at),
                    })
                    .collect(),
            });
        }

        let attempts: Vec<AttemptRow> = quiz_attempts::table
            .inner_join(modules::table.on(modules::id.eq(quiz_attempts::module_id)))
            .filter(quiz_attempts::user_id.eq(user_id))
            .order(quiz_attempts::started_at)
            .select((
                quiz_attempts::public_id,
                modules::slug,
                quiz_attempts::module_version,
                quiz_attempts::attempt_no,
                quiz_attempts::lang,
                quiz_attempts::answers,
                quiz_attempts::started_at,
                quiz_attempts::deadline_at,
                quiz_attempts::submitted_at,
                quiz_attempts::score_percent,
                quiz_attempts::passed,
                quiz_attempts::result,
            ))
            .load(c)?;
        let attempt_data = attempts
            .into_iter()
            .map(|a| AttemptData {
                id: a.0,
                module: a.1,
                module_version: a.2,
                attempt_no: a.3,
                lang: a.4,
                answers: json_or_text(&a.5),
                started_at: utc(a.6),
                deadline_at: a.7.map(utc),
                submitted_at: a.8.map(utc),
                score_percent: a.9,
                passed: a.10,
                result: a.11.as_deref().map(json_or_text),
            })
            .collect();

        let certificate_data: Vec<CertificateData> =
            crate::certificates::list_for_user_in(c, user_id)?
                .into_iter()
                .map(|r| CertificateData {
                    id: r.id,
                    kind: r.kind.code(),
                    subject: r.subject_slug,
                    holder_name: r.holder_name,
                    title: r.title,
                    lang: r.lang.code(),
                    completed_on: r.completed_on.to_string(),
                    issued_at: utc(r.issued_at),
                    revoked_at: r.revoked_at.map(utc),
                    revoke_reason: r.revoke_reason,
                    hidden: r.hidden,
                    payload: r.payload,
                })
                .collect();

        let offline_events = sync_events::table
            .filter(sync_events::user_id.eq(user_id))
            .order(sync_events::applied_at)
            .select((sync_events::client_event_id, sync_events::applied_at))
            .load::<(String, NaiveDateTime)>(c)?
            .into_iter()
            .map(|(id, at)| OfflineEvent {
                id,
                applied_at: utc(at),
            })
            .collect();

        // One sign-in is one token family; every refresh adds a row to it.
        let tokens: Vec<(String, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>)> =
            api_refresh_tokens::table
                .filter(api_refresh_tokens::user_id.eq(user_id))
                .order(api_refresh_tokens::id)
                .select((
                    api_refresh_tokens::family,
                    api_refresh_tokens::created_at,
                    api_refresh_tokens::expires_at,
                    api_refresh_tokens::revoked_at,
                ))
                .load(c)?;
        let mut families: Vec<(String, ApiSignIn)> = Vec::new();
        for (family, created, expires, revoked) in tokens {
            match families.iter_mut().find(|(f, _)| *f == family) {
                Some((_, s)) => {
                    s.last_refreshed_at = utc(created);
                    s.expires_at = utc(expires);
                    s.signed_out_at = revoked.map(utc);
                }
                None => families.push((
                    family,
                    ApiSignIn {
                        signed_in_at: utc(created),
                        last_refreshed_at: utc(created),
                        expires_at: utc(expires),
                        signed_out_at: revoked.map(utc),
                    },
                )),
            }
        }

        let email_links = email_tokens::table
            .filter(email_tokens::user_id.eq(user_id))
            .order(email_tokens::id)
            .select((
                email_tokens::purpose,
                email_tokens::new_email,
                email_tokens::created_at,
                email_tokens::expires_at,
                email_tokens::used_at,
            ))
            .load::<(
                String,
                Option<String>,
                NaiveDateTime,
                NaiveDateTime,
                Option<NaiveDateTime>,
            )>(c)?
            .into_iter()
            .map(|(purpose, new_email, created, expires, used)| EmailLink {
                purpose,
                new_email,
                created_at: utc(created),
                expires_at: utc(expires),
                used_at: used.map(utc),
            })
            .collect();

        let emails = outbox::table
            .filter(outbox::recipient.eq(&account.email))
            .order(outbox::id)
            .select((
                outbox::kind,
                outbox::status,
                outbox::created_at,
                outbox::sent_at,
            ))
            .load::<(String, String, NaiveDateTime, Option<NaiveDateTime>)>(c)?
            .into_iter()
            .map(|(kind, status, created, sent)| EmailData {
                kind,
                status,
                created_at: utc(created),
                sent_at: sent.map(utc),
            })
            .collect();

        let mut subjects = vec![format!("user:{user_id}")];
        subjects.extend(
            crate::certificates::list_for_user_in(c, user_id)?
                .into_iter()
                .map(|r| format!("certificate:{}", r.id)),
        );
        let audit = audit_log::table
            .filter(
                audit_log::actor_id
                    .eq(user_id)
                    .or(audit_log::subject.eq_any(&subjects)),
            )
            .order(audit_log::id)
            .select((
                audit_log::at,
                audit_log::actor_id,
                audit_log::actor_label,
                audit_log::action,
                audit_log::subject,
                audit_log::detail,
            ))
            .load::<(NaiveDateTime, Option<i64>, String, String, String, String)>(c)?
            .into_iter()
            .map(|(at, actor_id, label, action, subject, detail)| AuditData {
                at: utc(at),
                actor: match actor_id {
                    Some(id) if id == user_id => "you",
                    Some(_) => "staff",
                    None if label == "cli" => "cli",
                    None => "system",
                },
                action,
                subject,
                detail: json_or_text(&detail),
            })
            .collect();

        Ok(PersonalData {
            format: EXPORT_FORMAT,
            exported_at: utc(Utc::now().naive_utc()),
            account: account_data,
            enrolments: enrolment_data,
            quiz_attempts: attempt_data,
            certificates: certificate_data,
            offline_events,
            api_sign_ins: families.into_iter().map(|(_, s)| s).collect(),
            email_links,
            emails,
            audit,
        })
    })
}

/// What deleting an account left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deleted {
    /// Certificates that stay publicly verifiable, without an account.
    pub kept_certificates: usize,
}

/// Deletes the account of `user_id` after checking its password: everything personal
/// goes in one transaction (see the module documentation). With
/// `keep_public_certificates`, the certificates not hidden from public lookup stay
/// verifiable; otherwise every certificate is withdrawn. The last administrator
/// cannot delete their account ([`Error::LastAdmin`]).
pub fn delete_account(
    db: &Database,
    user_id: i64,
    password: &str,
    keep_public_certificates: bool,
) -> Result<Deleted> {
    let account = crate::accounts::find(db, user_id)?;
    if !account.password_matches(password) {
        return Err(Error::BadCredentials);
    }
    let throttle_key = crate::throttle::account_key(db, &account.email)?;
    db.write(|c| {
        if account.role() == Role::Admin {
            let admins: i64 = users::table
                .filter(users::role.eq(Role::Admin.as_str()))
                .count()
                .get_result(c)?;
            if admins <= 1 {
                return Err(Error::LastAdmin);
            }
        }
        let kept = crate::certificates::release_for_account_deletion(
            c,
            user_id,
            keep_public_certificates,
        )?;
        // Emails to the address: sent ones hold the name and links, pending ones must
        // not reach an address whose account is gone.
        diesel::delete(outbox::table.filter(outbox::recipient.eq(&account.email))).execute(c)?;
        diesel::delete(auth_throttle::table.filter(auth_throttle::subject.eq(&throttle_key)))
            .execute(c)?;
        // The audit log keeps what was done, not by whom once that person is gone:
        // actor_id becomes NULL by the foreign key, the readable label is replaced.
        diesel::update(audit_log::table.filter(audit_log::actor_id.eq(user_id)))
            .set(audit_log::actor_label.eq(DELETED_ACTOR))
            .execute(c)?;
        let gone = diesel::delete(users::table.find(user_id)).execute(c)?;
        if gone != 1 {
            return Err(Error::NotFound);
        }
        audit::record(
            c,
            &Actor {
                id: None,
                label: DELETED_ACTOR.into(),
            },
            "account.delete",
            &format!("user:{user_id}"),
            &serde_json::json!({ "kept_certificates": kept }),
        )?;
        Ok(Deleted {
            kept_certificates: kept,
        })
    })
}
