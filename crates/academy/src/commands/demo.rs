use std::process::ExitCode;
use std::time::Instant;

use clap::Subcommand;
use enrollment::demo::{self, DemoError, SeedOptions};
use indicatif::{ProgressBar, ProgressStyle};

use super::{open_database, CmdResult};

#[derive(Subcommand)]
pub enum DemoCommand {
    /// Fill the database with synthetic learners (demo-N@demo.invalid, who cannot sign
    /// in), their enrolments, lesson progress, quiz attempts and certificates, so the
    /// reports have something to show. Replaces earlier demo data. Imports the course
    /// content first when none is imported. Refuses when the database has real learners.
    Seed {
        /// How many demo learners to create.
        #[arg(long)]
        learners: usize,
        /// Seed even though the database has real (non-demo) learners.
        #[arg(long)]
        force: bool,
        /// Random seed: the same seed gives the same learners.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Steer towards this many enrolments in total (default: about three per learner).
        #[arg(long)]
        enrolments: Option<u64>,
        /// Steer towards this many progress events in total: lesson progress rows plus
        /// reading positions synced from offline clients (default: what the learners'
        /// reading gives, about seven per learner).
        #[arg(long)]
        progress_events: Option<u64>,
        /// Steer towards this many quiz attempts in total.
        #[arg(long)]
        attempts: Option<u64>,
    },
    /// Delete every demo learner and everything they did.
    Remove,
}

pub fn run(settings: &web::Settings, cmd: DemoCommand) -> CmdResult {
    let db = open_database(settings)?;
    enrollment::health::migrate(&db)?;
    match cmd {
        DemoCommand::Seed {
            learners,
            force,
            seed,
            enrolments,
            progress_events,
            attempts,
        } => {
            if enrollment::catalog::catalogue(&db)?.levels.is_empty() {
                let dir = &settings.content_dir;
                let catalog = courses::load(dir).map_err(|_| {
                    anyhow::anyhow!(
                        "no content imported and {} does not load: run `academy content check`",
                        dir.display()
                    )
                })?;
                enrollment::content_import::import(&db, &catalog, dir)?;
                println!("imported the course content from {}", dir.display());
            }
            let mut opts = SeedOptions::new(learners);
            opts.force = force;
            opts.seed = seed;
            opts.enrolments = enrolments;
            opts.progress_events = progress_events;
            opts.attempts = attempts;
            let bar = ProgressBar::new(learners as u64);
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} seeding {pos}/{len} learners [{bar:40}] {elapsed_precise} (eta {eta})",
                )
                .expect("a valid template")
                .progress_chars("=> "),
            );
            let started = Instant::now();
            let result = demo::seed(&db, &opts, &mut |done, total| {
                bar.set_length(total);
                bar.set_position(done);
            });
            bar.finish_and_clear();
            match result {
                Ok(s) => {
                    if s.removed_demo_learners > 0 {
                        println!("removed {} earlier demo learners", s.removed_demo_learners);
                    }
                    println!(
                        "seeded {} learners, {} enrolments, {} lesson progress rows, {} synced progress events, {} quiz attempts, {} certificates in {:.1} s",
                        s.learners,
                        s.enrolments,
                        s.lesson_progress,
                        s.sync_events,
                        s.quiz_attempts,
                        s.certificates,
                        started.elapsed().as_secs_f64()
                    );
                    refresh_reports(&db)?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e @ DemoError::RealLearners(_)) => {
                    eprintln!("error: {e}");
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(e.into()),
            }
        }
        DemoCommand::Remove => {
            let n = demo::remove_demo_data(&db)?;
            println!("removed {n} demo learners");
            refresh_reports(&db)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Brings the report tables up to date now, so the first report after seeding does not
/// pay for it (reports would do it themselves otherwise).
fn refresh_reports(db: &enrollment::Database) -> anyhow::Result<()> {
    let started = Instant::now();
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} updating the report tables [{bar:40}] {pos}/{len} {elapsed_precise}",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    let r = enrollment::reports::rollup::refresh(db, &mut |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    });
    bar.finish_and_clear();
    let r = r?;
    println!(
        "report tables updated ({} days, {} learners{}) in {:.1} s",
        r.days,
        r.learners,
        if r.full { ", rebuilt whole" } else { "" },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
