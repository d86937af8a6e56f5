pub mod backup;
pub mod cert;
pub mod content;
pub mod demo;
pub mod l10n;
pub mod migrate;
pub mod report;
pub mod serve;
pub mod user;

use enrollment::{Database, DatabaseUrl, PoolOptions};

/// Errors of a command, printed to stderr with their causes.
pub type CmdResult = anyhow::Result<std::process::ExitCode>;

pub fn open_database(settings: &web::Settings) -> anyhow::Result<Database> {
    let url = DatabaseUrl::parse(settings.database_url.expose())?;
    Ok(Database::open(
        &url,
        &PoolOptions {
            max_size: 4,
            ..PoolOptions::default()
        },
    )?)
}
