use std::process::ExitCode;

use clap::Subcommand;
use courses::Lang;

use super::CmdResult;

#[derive(Subcommand)]
pub enum L10nCommand {
    /// Translation coverage per language: interface messages, course titles/summaries/
    /// objectives, lessons and quizzes.
    Report,
}

pub fn run(settings: &web::Settings, cmd: L10nCommand) -> CmdResult {
    match cmd {
        L10nCommand::Report => {
            let ui = i18n::coverage(&settings.locales_dir)
                .map_err(|e| anyhow::anyhow!("{}: {e}", settings.locales_dir.display()))?;
            let content = courses::check(&settings.content_dir).coverage;
            // An empty category counts as fully covered.
            let pct =
                |present: u32, expected: u32| (present * 100).checked_div(expected).unwrap_or(100);
            println!(
                "{:<6}{:<14}{:>18}{:>18}{:>18}{:>18}",
                "lang", "", "interface", "course texts", "lessons", "quizzes"
            );
            for lang in Lang::ALL {
                let (translated, total) = ui
                    .iter()
                    .find(|(l, _, _)| *l == lang)
                    .map(|(_, t, n)| (*t as u32, *n as u32))
                    .unwrap_or((0, 0));
                let c = content.get(lang);
                let cell = |p: u32, e: u32| format!("{p}/{e} {:>3}%", pct(p, e));
                println!(
                    "{:<6}{:<14}{:>18}{:>18}{:>18}{:>18}",
                    lang.code(),
                    lang.native_name(),
                    cell(translated, total),
                    cell(c.texts.present, c.texts.expected),
                    cell(c.lessons.present, c.lessons.expected),
                    cell(c.quizzes.present, c.quizzes.expected),
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
