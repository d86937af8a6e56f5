//! `academy`: the one binary. Parses the command line, loads settings, hands off to the
//! library crates. No logic of its own.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod commands;
mod logging;

#[derive(Parser)]
#[command(
    name = "academy",
    version,
    about = "CSO Web Academy: distance learning for civil-society organizations"
)]
struct Cli {
    /// Configuration file (TOML). Default: $ACADEMY_CONFIG, else ./academy.toml if present.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the web application.
    Serve {
        /// Address to listen on (default: $ACADEMY_BIND, else 127.0.0.1:8080).
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Check or import the course content tree.
    #[command(subcommand)]
    Content(commands::content::ContentCommand),
    /// Localization reports.
    #[command(subcommand)]
    L10n(commands::l10n::L10nCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(commands::user::UserCommand),
    /// Certificates: verify one offline.
    #[command(subcommand)]
    Cert(commands::cert::CertCommand),
    /// Staff reports as CSV, XLSX or JSON: the same figures as the report pages,
    /// small cells shown as "<5".
    Report(commands::report::ReportArgs),
    /// Demo data for trying the reports.
    #[command(subcommand)]
    Demo(commands::demo::DemoCommand),
    /// Write a consistent copy of the database to FILE while the server runs
    /// (SQLite: VACUUM INTO; PostgreSQL: pg_dump custom format).
    Backup {
        /// The backup file to create; it must not exist.
        file: PathBuf,
    },
    /// Replace the database with a backup made by `academy backup`. Stop the servers
    /// first on PostgreSQL.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Replace a database that already holds data.
        #[arg(long)]
        force: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut settings = match web::Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    logging::init(settings.log_format);
    let result = match cli.command {
        Command::Serve { bind } => {
            if let Some(bind) = bind {
                settings.bind = bind;
            }
            commands::serve::run(settings)
        }
        Command::Migrate => commands::migrate::run(&settings),
        Command::Content(cmd) => commands::content::run(&settings, cmd),
        Command::User(cmd) => commands::user::run(&settings, cmd),
        Command::L10n(cmd) => commands::l10n::run(&settings, cmd),
        Command::Cert(cmd) => commands::cert::run(&settings, cmd),
        Command::Report(args) => commands::report::run(&settings, args),
        Command::Demo(cmd) => commands::demo::run(&settings, cmd),
        Command::Backup { file } => commands::backup::backup(&settings, &file),
        Command::Restore { file, force } => commands::backup::restore(&settings, &file, force),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
