//! `academy backup FILE` and `academy restore [--force] FILE`.

use std::path::Path;
use std::process::ExitCode;

use enrollment::backup;
use enrollment::DatabaseUrl;

use super::{open_database, CmdResult};

pub fn backup(settings: &web::Settings, file: &Path) -> CmdResult {
    let db = open_database(settings)?;
    let record = backup::backup(&db, file)?;
    println!(
        "{}: backup written to {} ({} bytes, {})",
        db.url(),
        record.destination,
        record.size_bytes,
        record.method
    );
    Ok(ExitCode::SUCCESS)
}

pub fn restore(settings: &web::Settings, file: &Path, force: bool) -> CmdResult {
    let url = DatabaseUrl::parse(settings.database_url.expose())?;
    backup::restore(&url, file, force)?;
    println!("{url}: restored from {}", file.display());
    println!("Start the server (it applies any newer migrations) or run `academy migrate`.");
    Ok(ExitCode::SUCCESS)
}
