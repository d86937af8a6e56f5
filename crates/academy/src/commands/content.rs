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
    /// Write the published catalogue (or one module) from the database in the
    /// course-content/ format, into a directory or a .zip file. Importing the result
    /// changes nothing: every module keeps its content hash.
    Export {
        /// Only this module (with its level.toml).
        #[arg(long)]
        module: Option<String>,
        /// A directory (created; existing files of the same names are overwritten) or a
        /// file name ending in .zip.
        #[arg(long)]
        to: PathBuf,
    },
    /// Import questions from a Moodle GIFT file into a module's quiz in one language
    /// (appended to quiz.LANG.toml). Questions GIFT can express but the Academy cannot
    /// (essay, description, missing word) are reported with their line and skipped; the
    /// exit code is then 1.
    ImportGift {
        /// The GIFT file.
        file: PathBuf,
        /// The module's slug.
        #[arg(long)]
        module: String,
        /// The language of the questions: ru kk ky tg tk uz az en.
        #[arg(long)]
        lang: String,
        /// The content tree (default: $ACADEMY_CONTENT_DIR, else ./course-content).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Report what would be imported without writing.
        #[arg(long)]
        dry_run: bool,
    },
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
        ContentCommand::Export { module, to } => {
            let db = open_database(settings)?;
            enrollment::health::migrate(&db)?;
            let files = enrollment::authoring::export(&db, module.as_deref())?;
            if to
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
            {
                let bytes = enrollment::authoring::zip(&files)?;
                std::fs::write(&to, bytes)
                    .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", to.display()))?;
            } else {
                for (path, bytes) in &files {
                    let target = to.join(path);
                    if let Some(parent) = target.parent() {
                        std::fs::create_dir_all(parent).map_err(|e| {
                            anyhow::anyhow!("cannot create {}: {e}", parent.display())
                        })?;
                    }
                    std::fs::write(&target, bytes)
                        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", target.display()))?;
                }
            }
            println!("{}: {} files exported", to.display(), files.len());
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::ImportGift {
            file,
            module,
            lang,
            dir,
            dry_run,
        } => import_gift(settings, &file, &module, &lang, dir, dry_run),
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

fn import_gift(
    settings: &web::Settings,
    file: &Path,
    module: &str,
    lang: &str,
    dir: Option<PathBuf>,
    dry_run: bool,
) -> CmdResult {
    let lang = courses::Lang::from_code(lang)
        .ok_or_else(|| anyhow::anyhow!("unknown language {lang:?}: use ru kk ky tg tk uz az en"))?;
    let dir = dir.unwrap_or_else(|| settings.content_dir.clone());
    let (catalog, _) = courses::load_with_report(&dir);
    let module_dir = catalog
        .module(module)
        .map(|m| dir.join(&m.dir))
        .ok_or_else(|| anyhow::anyhow!("no module with slug {module:?} in {}", dir.display()))?;
    let text = std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let (questions, errors) = courses::gift::parse(&text);
    for e in &errors {
        eprintln!(
            "{}:{}: error[{}]: {}",
            file.display(),
            e.line,
            e.code,
            e.message
        );
    }
    let quiz_file = module_dir.join(format!("quiz.{}.toml", lang.code()));
    let existing = std::fs::read_to_string(&quiz_file).unwrap_or_default();
    let (updated, ids) = courses::gift::append_to_quiz_toml(&existing, &questions)
        .map_err(|e| anyhow::anyhow!("{}: {e}", quiz_file.display()))?;
    for (q, id) in questions.iter().zip(&ids) {
        println!(
            "{}:{}: {} question imported as `{id}`",
            file.display(),
            q.line,
            q.question.kind.type_name()
        );
    }
    if !dry_run && !questions.is_empty() {
        std::fs::write(&quiz_file, updated)?;
        let settings_file = module_dir.join("quiz.toml");
        if !settings_file.exists() {
            // A module's first quiz needs settings; 70 % is the Academy's usual pass mark.
            std::fs::write(&settings_file, "pass_mark = 70\n")?;
        }
        // Show at once what the new questions break (a translation out of step, …).
        let report = courses::check(&dir);
        let relative = module_dir
            .strip_prefix(&dir)
            .unwrap_or(&module_dir)
            .to_string_lossy()
            .replace('\\', "/");
        for d in report
            .errors()
            .filter(|d| d.file.starts_with(relative.as_str()))
        {
            eprintln!("{d}");
        }
    }
    println!(
        "{} question(s) {}, {} rejected",
        questions.len(),
        if dry_run {
            "would be imported"
        } else {
            "imported"
        },
        errors.len(),
    );
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
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
