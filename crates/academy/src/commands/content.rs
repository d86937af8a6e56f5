use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::{open_database, CmdResult};

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Validate a course-content tree: every problem with file and line, then the
    /// translation coverage. Exit code 1 when there are errors.
    Check {
        /// The tree (default: $ACADEMY_CONTENT_DIR, else ./course-content).
        dir: Option<PathBuf>,
        /// Print only errors and the summary, not warnings.
        #[arg(long)]
        quiet: bool,
    },
    /// Check, then import the tree into the database. Idempotent: an unchanged module
    /// writes nothing; a changed one becomes a new version.
    Import { dir: Option<PathBuf> },
}

pub fn run(settings: &web::Settings, cmd: ContentCommand) -> CmdResult {
    match cmd {
        ContentCommand::Check { dir, quiet } => {
            let dir = dir.unwrap_or_else(|| settings.content_dir.clone());
            let report = courses::check(&dir);
            print_report(&dir, &report, quiet);
            Ok(if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        ContentCommand::Import { dir } => {
            let dir = dir.unwrap_or_else(|| settings.content_dir.clone());
            let catalog = match courses::load(&dir) {
                Ok(catalog) => catalog,
                Err(report) => {
                    print_report(&dir, &report, true);
                    eprintln!("nothing imported: fix the errors above first");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let db = open_database(settings)?;
            enrollment::health::migrate(&db)?;
            let report = enrollment::content_import::import(&db, &catalog, &dir)?;
            let modules = catalog.modules().count();
            if !report.wrote_anything() {
                println!(
                    "{}: {} levels, {modules} modules, nothing changed",
                    dir.display(),
                    catalog.levels.len()
                );
            } else {
                println!(
                    "{}: {} levels, {modules} modules imported",
                    dir.display(),
                    catalog.levels.len()
                );
                for slug in &report.levels_added {
                    println!("  level added: {slug}");
                }
                for slug in &report.levels_updated {
                    println!("  level updated: {slug}");
                }
                for slug in &report.modules_added {
                    println!("  module added: {slug}");
                }
                for (slug, version) in &report.modules_versioned {
                    println!("  module changed: {slug} (now version {version})");
                }
                for slug in &report.modules_retired {
                    println!("  module retired (no longer in the tree): {slug}");
                }
                println!("  unchanged: {} module(s)", report.modules_unchanged);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_report(dir: &Path, report: &courses::CheckReport, quiet: bool) {
    for d in &report.diagnostics {
        if d.is_error() {
            eprintln!("{}", d);
        } else if !quiet {
            println!("{}", d);
        }
    }
    println!(
        "\nTranslation coverage of {}:\n{}",
        dir.display(),
        report.coverage
    );
    println!(
        "{} error(s), {} warning(s)",
        report.errors().count(),
        report.warnings().count()
    );
}
