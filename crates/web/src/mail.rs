//! Sending the outbox: render each email in its recipient's language (plain text and
//! HTML from Tera templates), deliver it by SMTP (`ACADEMY_SMTP_URL`) or, with no SMTP
//! configured, write it as an `.eml` file into `data/outbox/` for a developer to open.

use std::path::PathBuf;
use std::time::Duration;

use actix_web::web;
use enrollment::outbox::{self, Message, Outgoing};
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tera::Context;

use crate::settings::Settings;
use crate::state::AppState;

enum Delivery {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

pub struct Mailer {
    delivery: Delivery,
    from: Mailbox,
    public_url: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("ACADEMY_SMTP_URL is not a valid SMTP URL: {0}")]
    SmtpUrl(String),
    #[error("ACADEMY_MAIL_FROM is not a valid address: {0}")]
    From(String),
    #[error("cannot create {path}: {source}")]
    OutboxDir {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Mailer {
    pub fn from_settings(settings: &Settings) -> Result<Mailer, MailError> {
        let delivery = match &settings.smtp_url {
            Some(url) => Delivery::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
                    .map_err(|e| MailError::SmtpUrl(e.to_string()))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => {
                let dir = settings.data_dir.join("outbox");
                std::fs::create_dir_all(&dir).map_err(|source| MailError::OutboxDir {
                    path: dir.clone(),
                    source,
                })?;
                Delivery::Files(dir)
            }
        };
        Ok(Mailer {
            delivery,
            from: settings
                .mail_from
                .parse()
                .map_err(|e: lettre::address::AddressError| MailError::From(e.to_string()))?,
            public_url: settings.public_url.trim_end_matches('/').to_string(),
        })
    }

    /// The link an email's button opens, if it has one.
    fn action_url(&self, out: &Outgoing) -> Option<String> {
        let lang = out.lang.code();
        let base = &self.public_url;
        match &out.message {
            Message::VerifyEmail { token, .. } => {
                Some(format!("{base}/{lang}/verify-email?token={token}"))
            }
            Message::ResetPassword { token, .. } => {
                Some(format!("{base}/{lang}/password/reset?token={token}"))
            }
            Message::ConfirmEmailChange { token, .. } => {
                Some(format!("{base}/{lang}/profile/email/confirm?token={token}"))
            }
            Message::AlreadyRegistered { .. } => Some(format!("{base}/{lang}/password/forgot")),
            Message::EmailChangeRequested { .. } => Some(format!("{base}/{lang}/profile")),
            Message::CertificateIssued { .. } => {
                Some(format!("{base}/{lang}/dashboard#h-certificates"))
            }
        }
    }

    fn build(
        &self,
        state: &AppState,
        out: &Outgoing,
        attachment: Option<outbox::Attachment>,
    ) -> Result<lettre::Message, String> {
        let kind = out.message.kind();
        let (name, title) = match &out.message {
            Message::VerifyEmail { name, .. }
            | Message::AlreadyRegistered { name }
            | Message::ResetPassword { name, .. }
            | Message::ConfirmEmailChange { name, .. }
            | Message::EmailChangeRequested { name } => (name.clone(), String::new()),
            Message::CertificateIssued { name, title, .. } => (name.clone(), title.clone()),
        };
        let mut ctx = Context::new();
        ctx.insert("kind", kind);
        ctx.insert("name", &name);
        ctx.insert("title", &title);
        // Only emails the recipient did not ask for carry "ignore this if it was not you".
        ctx.insert(
            "unrequested",
            &!matches!(out.message, Message::CertificateIssued { .. }),
        );
        ctx.insert("action_url", &self.action_url(out));
        ctx.insert("site_url", &self.public_url);
        let text = state
            .renderer
            .plain("email/message.txt", out.lang, ctx.clone())
            .map_err(|e| e.to_string())?;
        let html = state
            .renderer
            .plain("email/message.html", out.lang, ctx.clone())
            .map_err(|e| e.to_string())?;
        let subject = state
            .renderer
            .plain("email/subject.txt", out.lang, ctx)
            .map_err(|e| e.to_string())?;
        let to: Mailbox = out
            .recipient
            .parse()
            .map_err(|e: lettre::address::AddressError| e.to_string())?;
        let alternative = MultiPart::alternative()
            .singlepart(SinglePart::plain(text))
            .singlepart(SinglePart::html(html));
        let body = match attachment.as_ref().or(out.attachment.as_ref()) {
            Some(a) => MultiPart::mixed().multipart(alternative).singlepart(
                Attachment::new(a.file_name.clone()).body(
                    a.bytes.clone(),
                    ContentType::parse("application/pdf").expect("constant"),
                ),
            ),
            None => alternative,
        };
        lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject.trim())
            .multipart(body)
            .map_err(|e| e.to_string())
    }

    async fn deliver(
        &self,
        id: i64,
        message: lettre::Message,
        action: Option<String>,
    ) -> Result<(), String> {
        match &self.delivery {
            Delivery::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Delivery::Files(dir) => {
                let path = dir.join(format!(
                    "{}-{id}.eml",
                    chrono::Utc::now().format("%Y%m%d-%H%M%S")
                ));
                std::fs::write(&path, message.formatted()).map_err(|e| e.to_string())?;
                // No SMTP server: a developer follows the link from the log. The
                // recipient's address is not logged.
                tracing::info!(file = %path.display(), link = action.as_deref().unwrap_or(""), "email written to the outbox directory");
                Ok(())
            }
        }
    }
}

/// What an email carries besides its text, made at send time in the recipient's
/// language: the PDF of a newly issued certificate.
async fn attachment_for(
    state: &web::Data<AppState>,
    out: &Outgoing,
) -> Result<Option<outbox::Attachment>, String> {
    let Message::CertificateIssued { certificate_id, .. } = &out.message else {
        return Ok(None);
    };
    let (db, id, lang) = (state.db.clone(), certificate_id.clone(), out.lang);
    let payload = web::block(move || -> enrollment::Result<_> {
        match enrollment::certificates::find(&db, &id)? {
            Some(record) => Ok(Some(enrollment::certificates::payload_in(
                &db, &record, lang,
            )?)),
            None => Ok(None),
        }
    })
    .await
    .map_err(|e| e.to_string())?
    .map_err(|e| e.to_string())?;
    let Some(payload) = payload else {
        // Deleted since (the holder deleted their account): send the text alone.
        return Ok(None);
    };
    let bytes = crate::certificate_pdf::render(&state.renderer, &payload, lang)
        .map_err(|e| e.to_string())?;
    Ok(Some(outbox::Attachment {
        file_name: crate::certificate_pdf::file_name(certificate_id, lang),
        bytes,
    }))
}

/// Sends what is due; returns how many were sent.
pub async fn drain_once(state: &web::Data<AppState>) -> usize {
    let db = state.db.clone();
    let due = match web::block(move || outbox::claim_due(&db, 20)).await {
        Ok(Ok(due)) => due,
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "outbox: cannot claim emails");
            return 0;
        }
        Err(e) => {
            tracing::warn!(error = %e, "outbox: blocking task failed");
            return 0;
        }
    };
    let mut sent = 0;
    for out in due {
        let action = state.mailer.action_url(&out);
        let attachment = match attachment_for(state, &out).await {
            Ok(a) => a,
            Err(e) => {
                tracing::warn!(error = %e, id = out.id, "outbox: cannot render the attachment");
                None
            }
        };
        let result = match state.mailer.build(state, &out, attachment) {
            Ok(message) => state.mailer.deliver(out.id, message, action).await,
            Err(e) => Err(e),
        };
        let db = state.db.clone();
        let (id, attempts) = (out.id, out.attempts);
        let kind = out.message.kind();
        let recorded = match result {
            Ok(()) => {
                sent += 1;
                web::block(move || outbox::mark_sent(&db, id)).await
            }
            Err(error) => {
                // SMTP servers quote the recipient in their refusals ("550 <a@b>: no
                // such user"): neither the log nor the outbox row may keep it.
                let error = without_addresses(&error);
                tracing::warn!(%error, id, kind, attempts = attempts + 1, "outbox: sending failed; will retry");
                web::block(move || outbox::mark_failed(&db, id, attempts, &error)).await
            }
        };
        match recorded {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                tracing::error!(error = %e, id, "outbox: cannot record the result of sending")
            }
            Err(e) => {
                tracing::error!(error = %e, id, "outbox: cannot record the result of sending")
            }
        }
    }
    sent
}

/// `text` with every word that contains an `@` (an email address, however quoted)
/// replaced by `<address>`.
fn without_addresses(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            if word.contains('@') {
                let trailing = &word[word.trim_end().len()..];
                format!("<address>{trailing}")
            } else {
                word.to_string()
            }
        })
        .collect()
}

/// Drains the outbox every second for as long as the server runs.
pub fn spawn_drainer(state: web::Data<AppState>) {
    actix_web::rt::spawn(async move {
        let mut tick = actix_web::rt::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            drain_once(&state).await;
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn smtp_errors_lose_their_addresses() {
        assert_eq!(
            super::without_addresses(
                "permanent error (550): 5.1.1 <aida@example.kg>: Recipient address rejected"
            ),
            "permanent error (550): 5.1.1 <address> Recipient address rejected"
        );
        assert_eq!(
            super::without_addresses("connection refused"),
            "connection refused"
        );
    }
}
