use std::process::ExitCode;

use super::{open_database, CmdResult};

pub fn run(settings: &web::Settings) -> CmdResult {
    let db = open_database(settings)?;
    let applied = enrollment::health::migrate(&db)?;
    if applied.is_empty() {
        println!("{}: schema is up to date", db.url());
    } else {
        println!("{}: applied {} migration(s):", db.url(), applied.len());
        for version in applied {
            println!("  {version}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
