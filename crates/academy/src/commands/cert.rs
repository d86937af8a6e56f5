//! `academy cert`: verify a certificate offline, as anyone holding the published keys
//! can; revoke one; rotate the signing key.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use certificates::{PublicKeys, RevocationList, Status};
use clap::Subcommand;
use enrollment::audit::Actor;
use enrollment::certificates as certs;

use super::CmdResult;

#[derive(Subcommand)]
pub enum CertCommand {
    /// Verify a certificate: its `CSOA1.` payload, the whole verification URL (the QR
    /// code's text), a certificate PDF, or an Open Badge JSON file. Prints the holder,
    /// title and date, or the error key (exit 1).
    Verify {
        /// The payload, `https://…/verify/{id}#CSOA1.…`, a `.pdf` or a `.json` file.
        certificate: String,
        /// The published keys document (`/verify/keys.json`); default: the keys in the
        /// configured database.
        #[arg(long, value_name = "FILE")]
        keys: Option<PathBuf>,
        /// A signed revocation list (`/verify/revocations.json`) to check against.
        #[arg(long, value_name = "FILE")]
        revocations: Option<PathBuf>,
    },
    /// Revoke a certificate (shown as revoked at /verify and in the revocation list).
    Revoke {
        /// The certificate id (26 letters and digits).
        id: String,
        /// issued-in-error, superseded, holder-request, misconduct or key-compromise.
        #[arg(long)]
        reason: String,
        /// A private note for the audit log.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Start signing new certificates with a new key. Old keys stay published, so the
    /// certificates they signed stay valid.
    RotateKey,
}

pub fn run(settings: &web::Settings, cmd: CertCommand) -> CmdResult {
    match cmd {
        CertCommand::Verify {
            certificate,
            keys,
            revocations,
        } => verify(
            settings,
            &certificate,
            keys.as_deref(),
            revocations.as_deref(),
        ),
        CertCommand::Revoke { id, reason, note } => {
            let Some(reason) = certs::REVOCATION_REASONS
                .iter()
                .copied()
                .find(|r| r.key() == reason)
            else {
                let known: Vec<&str> = certs::REVOCATION_REASONS.iter().map(|r| r.key()).collect();
                anyhow::bail!("unknown reason {reason:?}; one of: {}", known.join(", "));
            };
            let db = super::open_database(settings)?;
            let record = certs::revoke(&db, &Actor::cli(), id.trim(), reason, &note)?;
            println!(
                "revoked {} on {} ({})",
                record.id,
                record
                    .revoked_at
                    .map(|t| t.date().to_string())
                    .unwrap_or_default(),
                record.revoke_reason.unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
        CertCommand::RotateKey => {
            let db = super::open_database(settings)?;
            let key_id = certs::rotate_key(&db, &Actor::cli())?;
            println!("new certificates are signed with key {key_id}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

fn verify(
    settings: &web::Settings,
    certificate: &str,
    keys: Option<&Path>,
    revocations: Option<&Path>,
) -> CmdResult {
    let keys = match keys {
        Some(path) => PublicKeys::from_json(&String::from_utf8_lossy(&read(path)?))
            .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.key()))?,
        None => {
            let db = super::open_database(settings)?;
            certs::published_keys(&db)?
        }
    };
    let revocations = match revocations {
        Some(path) => Some(
            RevocationList::verify(&String::from_utf8_lossy(&read(path)?), &keys)
                .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.key()))?,
        ),
        None => None,
    };
    let arg = certificate.trim();
    let file = Path::new(arg);
    let is_file = !arg.starts_with("CSOA1.") && !arg.contains("://") && file.is_file();
    let payload = if is_file && arg.to_ascii_lowercase().ends_with(".json") {
        return verify_badge(&read(file)?, &keys);
    } else if is_file {
        match certificates::payload_from_pdf(&read(file)?) {
            Some(p) => p,
            None => {
                println!("cert-bad-format");
                return Ok(ExitCode::FAILURE);
            }
        }
    } else {
        arg.to_owned()
    };
    match certificates::verify(&payload, &keys) {
        Ok(data) => {
            if let Some(Status::Revoked(r)) = revocations.as_ref().map(|l| l.status(&data)) {
                println!("revoked");
                println!("id: {}", data.id());
                println!("revoked: {}", r.revoked_on.format("%Y-%m-%d"));
                println!("reason: {}", r.reason.key());
                return Ok(ExitCode::FAILURE);
            }
            println!("valid");
            println!("id: {}", data.id());
            println!("holder: {}", data.holder_name());
            println!("title: {}", data.title());
            println!("completed: {}", data.completed_on().format("%Y-%m-%d"));
            println!("language: {}", data.lang().code());
            println!("key: {}", data.key_id());
            if let Some(list) = &revocations {
                println!("revocation list of: {}", list.issued_on.format("%Y-%m-%d"));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("{}", e.key());
            Ok(ExitCode::FAILURE)
        }
    }
}

fn verify_badge(bytes: &[u8], keys: &PublicKeys) -> CmdResult {
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(_) => {
            println!("cert-bad-format");
            return Ok(ExitCode::FAILURE);
        }
    };
    match certificates::open_badge::verify(&value, keys) {
        Ok(()) => {
            println!("valid");
            println!("id: {}", value["id"].as_str().unwrap_or_default());
            println!("title: {}", value["name"].as_str().unwrap_or_default());
            println!(
                "holder: {}",
                value["credentialSubject"]["identifier"][0]["identityHash"]
                    .as_str()
                    .unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("{}", e.key());
            Ok(ExitCode::FAILURE)
        }
    }
}
