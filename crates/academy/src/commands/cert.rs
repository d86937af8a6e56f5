//! `academy cert verify`: checks a certificate offline, as anyone holding the published
//! keys can.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::CmdResult;

#[derive(Subcommand)]
pub enum CertCommand {
    /// Verify a certificate: its `CSOA1.` payload or the whole verification URL (the
    /// QR code's text). Prints the holder, title and date, or the error key (exit 1).
    Verify {
        /// The payload, or `https://…/verify/{id}#CSOA1.…`.
        payload: String,
        /// The published keys document (`/verify/keys.json`); default: the keys in the
        /// configured database.
        #[arg(long, value_name = "FILE")]
        keys: Option<PathBuf>,
    },
}

pub fn run(settings: &web::Settings, cmd: CertCommand) -> CmdResult {
    match cmd {
        CertCommand::Verify { payload, keys } => {
            let keys = match keys {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                    certificates::PublicKeys::from_json(&text)
                        .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.key()))?
                }
                None => {
                    let db = super::open_database(settings)?;
                    enrollment::certificates::published_keys(&db)?
                }
            };
            match certificates::verify(payload.trim(), &keys) {
                Ok(data) => {
                    println!("valid");
                    println!("id: {}", data.id());
                    println!("holder: {}", data.holder_name());
                    println!("title: {}", data.title());
                    println!("completed: {}", data.completed_on().format("%Y-%m-%d"));
                    println!("language: {}", data.lang().code());
                    println!("key: {}", data.key_id());
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    println!("{}", e.key());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}
