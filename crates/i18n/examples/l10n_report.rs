//! `make l10n-report`: how much of the interface each language has.
//!
//! Usage: `cargo run -q -p i18n --example l10n_report -- [locales-dir]` (default
//! `locales`). Prints one line per language; exits 1 if the locale files do not load.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("locales"), PathBuf::from);
    let coverage = match i18n::coverage(&dir) {
        Ok(coverage) => coverage,
        Err(e) => {
            eprintln!("l10n-report: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "Interface messages translated (reference: ru, {})",
        dir.display()
    );
    println!("{:<6}{:<16}{:>12}{:>8}", "lang", "name", "translated", "");
    for (lang, translated, total) in coverage {
        let share = if total == 0 {
            1.0
        } else {
            translated as f64 / total as f64
        };
        println!(
            "{:<6}{:<16}{:>12}{:>8}",
            lang.code(),
            lang.native_name(),
            format!("{translated}/{total}"),
            i18n::format::percent(i18n::Lang::En, share)
        );
    }
    ExitCode::SUCCESS
}
