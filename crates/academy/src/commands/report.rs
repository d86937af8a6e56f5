use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use courses::Lang;
use enrollment::reports::{self, export, Filters, ReportError, ReportKind};
use indicatif::{ProgressBar, ProgressStyle};

use super::{open_database, CmdResult};

#[derive(Args)]
pub struct ReportArgs {
    /// enrolments, activity, completions, certificates or funnel.
    name: String,
    /// First day of the period (YYYY-MM-DD), inclusive.
    #[arg(long)]
    from: String,
    /// Last day of the period (YYYY-MM-DD), inclusive.
    #[arg(long)]
    to: String,
    /// Up to two breakdowns: country, language, gender, org-type, level, module, month.
    #[arg(long, default_value = "")]
    by: String,
    /// csv, xlsx or json.
    #[arg(long, default_value = "csv")]
    format: String,
    /// The language of headers and labels (csv, xlsx): ru kk ky tg tk uz az en.
    #[arg(long, default_value = "ru")]
    lang: String,
    /// Write here instead of standard output (xlsx needs a file).
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Filters, e.g. --filter country=kz --filter gender=female (also language,
    /// org-type, level, module; the funnel takes its module from module=SLUG).
    #[arg(long = "filter", value_name = "NAME=VALUE")]
    filters: Vec<String>,
    /// Compute from the raw tables instead of the report tables (slow on large data):
    /// to check the report tables, or to compare timings.
    #[arg(long)]
    from_raw: bool,
}

pub fn run(settings: &web::Settings, args: ReportArgs) -> CmdResult {
    let kind = ReportKind::parse(&args.name).ok_or_else(|| {
        anyhow::anyhow!(
            "unknown report {:?}: use enrolments, activity, completions, certificates or funnel",
            args.name
        )
    })?;
    let lang = Lang::from_code(&args.lang).ok_or_else(|| {
        anyhow::anyhow!(
            "unknown language {:?}: use ru kk ky tg tk uz az en",
            args.lang
        )
    })?;
    let from = reports::filters::parse_date(&args.from)?;
    let to = reports::filters::parse_date(&args.to)?;
    let mut filters = Filters::period(from, to)?;
    for f in &args.filters {
        let (name, value) = f
            .split_once('=')
            .ok_or_else(|| anyhow::anyhow!("--filter takes NAME=VALUE, not {f:?}"))?;
        filters.set(name.trim(), value)?;
    }
    let by = reports::filters::parse_dimensions(&args.by)?;
    if !matches!(args.format.as_str(), "csv" | "xlsx" | "json") {
        anyhow::bail!("unknown format {:?}: use csv, xlsx or json", args.format);
    }
    if args.format == "xlsx" && args.output.is_none() {
        anyhow::bail!("--format xlsx needs --output FILE");
    }

    let db = open_database(settings)?;
    enrollment::health::migrate(&db)?;
    // On a terminal: a bar while the rollups catch up with recent writes (the long part
    // after a large import or demo seed), then a spinner while the queries run.
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} {elapsed}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_message(format!("report {}", kind.code()));
    bar.enable_steady_tick(Duration::from_millis(120));
    let started = std::time::Instant::now();
    let report = if args.from_raw {
        reports::run_from_raw(&db, kind, &filters, &by)
    } else {
        reports::run_with_progress(&db, kind, &filters, &by, &mut |done, total| {
            bar.set_message(format!(
                "report {}: updating the report tables",
                kind.code()
            ));
            bar.set_length(total);
            bar.set_position(done);
            if done == total {
                bar.set_message(format!("report {}: querying", kind.code()));
            }
        })
    };
    let elapsed = started.elapsed();
    bar.finish_and_clear();
    let report = match report {
        Ok(r) => r,
        Err(ReportError::Filter(e)) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
        Err(ReportError::Service(e)) => return Err(e.into()),
    };
    let bytes = match export::Format::parse(&args.format) {
        None => {
            let mut s = serde_json::to_string_pretty(&export::json(&report))?;
            s.push('\n');
            s.into_bytes()
        }
        Some(format) => {
            let localizer = i18n::Localizer::load(&settings.locales_dir, i18n::FallbackMode::Log)?;
            let message = |id: &str| localizer.message(lang, id, None);
            let catalogue = enrollment::catalog::catalogue(&db)?;
            let labels = web::report_labels(&message, lang, &catalogue, &report);
            export::file(format, &report, &labels)?
        }
    };
    match args.output {
        Some(path) => {
            std::fs::write(&path, bytes)?;
            eprintln!(
                "wrote {} ({:.3} s in the database)",
                path.display(),
                elapsed.as_secs_f64()
            );
        }
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}
