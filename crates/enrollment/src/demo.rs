//! Synthetic demo data: learners, enrolments, lesson progress, quiz attempts and
//! certificates with plausible distributions over countries, languages, genders,
//! organisation types and months, so a newcomer (and the benchmark) can see the reports
//! working.
//!
//! Demo learners are recognisable by their address: `demo-<n>@demo.invalid` (the
//! `.invalid` top-level domain can never receive mail). They cannot sign in: their
//! password hash is not a hash. Seeding replaces earlier demo data, and refuses to run
//! when the database holds any learner who is not a demo learner, unless forced.
//!
//! Volumes: without targets, each learner behaves by the distributions below (about
//! three enrolments, a few lessons, an occasional quiz). With targets (`enrolments`,
//! `progress_events`, `attempts`, as totals for the whole run, e.g. the benchmark's
//! 300,000 / 3,000,000 / 500,000 for 100,000 learners) the same behaviour is steered
//! towards them as learners are generated: a learner behind the running quota takes one
//! more module, reads on to the quiz, retries it. Progress events are the lesson
//! progress rows (at most one per lesson of an enrolment) plus the reading-position
//! events an offline client sends, recorded in `sync_events` as the sync endpoint does.
//!
//! Speed: rows are written as multi-row `INSERT … VALUES (…), (…)` statements built
//! here from generated values only (numbers, codes, fixed names: no user input), in
//! large transactions; ids of users and enrolments are assigned here so progress rows
//! can point at them without reading anything back.

use std::fmt::Write as _;

use certificates::{CertificateData, CertificateId, Kind, Lang, NewCertificate};
use chrono::{Duration, NaiveDateTime, Utc};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::catalog::{self, Catalogue};
use crate::db::{Backend, Database, DbConnection};
use crate::error::Error;
use crate::schema::{enrolments, users};

/// The domain of every demo learner's address.
pub const DEMO_EMAIL_DOMAIN: &str = "demo.invalid";

/// A password "hash" no password matches (not a PHC string): demo learners cannot sign in.
const NO_LOGIN: &str = "!demo-account-no-login";

/// Learners written per transaction.
const LEARNERS_PER_TX: usize = 5_000;
/// Rows per INSERT statement (SQLite's statement limit is 1 MB of text).
const ROWS_PER_STATEMENT: usize = 500;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the database has {0} real (non-demo) learner(s); refusing to add demo data (use --force to add it anyway)")]
    RealLearners(i64),
    #[error("no course content imported: import content first")]
    NoContent,
    #[error(transparent)]
    Service(#[from] Error),
}

impl From<diesel::result::Error> for DemoError {
    fn from(e: diesel::result::Error) -> Self {
        DemoError::Service(e.into())
    }
}

impl From<crate::db::DbError> for DemoError {
    fn from(e: crate::db::DbError) -> Self {
        DemoError::Service(e.into())
    }
}

#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub learners: usize,
    /// Seed even when real learners exist.
    pub force: bool,
    /// The random seed: the same seed gives the same data.
    pub seed: u64,
    /// "Now": the last moment any generated event may have.
    pub now: NaiveDateTime,
    /// How far back sign-ups go, in days.
    pub history_days: i64,
    /// Totals to steer towards (see the module documentation); `None`: natural behaviour.
    pub enrolments: Option<u64>,
    pub progress_events: Option<u64>,
    pub attempts: Option<u64>,
}

impl SeedOptions {
    pub fn new(learners: usize) -> SeedOptions {
        SeedOptions {
            learners,
            force: false,
            seed: 1,
            now: Utc::now().naive_utc(),
            history_days: 540,
            enrolments: None,
            progress_events: None,
            attempts: None,
        }
    }
}

/// What a seeding run wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SeedSummary {
    pub removed_demo_learners: i64,
    pub learners: u64,
    pub enrolments: u64,
    pub lesson_progress: u64,
    /// Reading-position events recorded as synced from offline clients.
    pub sync_events: u64,
    pub quiz_attempts: u64,
    pub certificates: u64,
}

/// Progress reports while seeding: learners written so far out of the total.
pub type OnProgress<'a> = &'a mut dyn FnMut(u64, u64);

/// How many learners are not demo learners.
pub fn real_learner_count(db: &Database) -> Result<i64, Error> {
    let mut c = db.conn()?;
    Ok(users::table
        .filter(users::role.eq("learner"))
        .filter(users::email.not_like(format!("%@{DEMO_EMAIL_DOMAIN}")))
        .count()
        .get_result(&mut c)?)
}

/// A running target: after `i` of `n` learners, `target * i / n` rows should exist.
#[derive(Debug, Clone, Copy)]
struct Quota {
    target: Option<u64>,
    produced: u64,
}

impl Quota {
    fn new(target: Option<u64>) -> Quota {
        Quota {
            target,
            produced: 0,
        }
    }

    /// How many rows the run is behind (negative: ahead) once `learners` of `total`
    /// are generated; 0 without a target.
    fn deficit(&self, learners: usize, total: usize) -> i64 {
        match self.target {
            Some(t) => {
                (t as f64 * learners as f64 / total.max(1) as f64) as i64 - self.produced as i64
            }
            None => 0,
        }
    }
}

/// The steering state of a run: one quota per steered table.
struct Quotas {
    learners: usize,
    done: usize,
    enrolments: Quota,
    events: Quota,
    attempts: Quota,
}

impl Quotas {
    /// Rows behind for a quota, counting the learner being generated.
    fn behind(&self, q: &Quota) -> i64 {
        q.deficit(self.done + 1, self.learners)
    }
}

/// Replaces the demo data with `opts.learners` new demo learners and their learning.
pub fn seed(
    db: &Database,
    opts: &SeedOptions,
    on_progress: OnProgress<'_>,
) -> Result<SeedSummary, DemoError> {
    let real = real_learner_count(db)?;
    if real > 0 && !opts.force {
        return Err(DemoError::RealLearners(real));
    }
    let catalogue = catalog::catalogue(db)?;
    let plan = CoursePlan::new(&catalogue);
    if plan.modules.is_empty() {
        return Err(DemoError::NoContent);
    }
    let mut summary = SeedSummary {
        removed_demo_learners: remove_demo_data(db)?,
        ..SeedSummary::default()
    };
    let key = db.write(|c| crate::certificates::signing_key(c, db.backend()))?;
    let (mut next_user, mut next_enrolment) = {
        let mut c = db.conn()?;
        let u: Option<i64> = users::table
            .select(diesel::dsl::max(users::id))
            .first(&mut c)?;
        let e: Option<i64> = enrolments::table
            .select(diesel::dsl::max(enrolments::id))
            .first(&mut c)?;
        (u.unwrap_or(0) + 1, e.unwrap_or(0) + 1)
    };
    let mut rng = StdRng::seed_from_u64(opts.seed);
    let total = opts.learners as u64;
    on_progress(0, total);
    let mut quotas = Quotas {
        learners: opts.learners,
        done: 0,
        enrolments: Quota::new(opts.enrolments),
        events: Quota::new(opts.progress_events),
        attempts: Quota::new(opts.attempts),
    };
    let rows_per_statement = match db.backend() {
        Backend::Sqlite => ROWS_PER_STATEMENT,
        // PostgreSQL parses a large statement faster than many round trips.
        Backend::Postgres => 2 * ROWS_PER_STATEMENT,
    };
    while quotas.done < opts.learners {
        let n = LEARNERS_PER_TX.min(opts.learners - quotas.done);
        let mut out = Inserts::new(rows_per_statement);
        for _ in 0..n {
            generate_learner(
                &mut rng,
                &plan,
                opts,
                next_user,
                &mut next_enrolment,
                &key,
                &mut quotas,
                &mut out,
            );
            next_user += 1;
            quotas.done += 1;
        }
        db.write(|c| out.flush(c))?;
        summary.learners += n as u64;
        summary.enrolments += out.enrolments.count;
        summary.lesson_progress += out.progress.count;
        summary.sync_events += out.events.count;
        summary.quiz_attempts += out.attempts.count;
        summary.certificates += out.certificates.count;
        on_progress(quotas.done as u64, total);
    }
    if db.backend() == Backend::Postgres {
        let mut c = db.conn()?;
        c.batch_execute(
            "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT MAX(id) FROM users));
             SELECT setval(pg_get_serial_sequence('enrolments', 'id'), (SELECT MAX(id) FROM enrolments));
             ANALYZE;",
        )?;
    } else {
        let mut c = db.conn()?;
        c.batch_execute("ANALYZE;")?;
    }
    Ok(summary)
}

/// Deletes every demo learner and everything that hangs off them; returns how many.
pub fn remove_demo_data(db: &Database) -> Result<i64, Error> {
    let demo = format!("SELECT id FROM users WHERE email LIKE '%@{DEMO_EMAIL_DOMAIN}'");
    db.write(|c| {
        let n: i64 = users::table
            .filter(users::email.like(format!("%@{DEMO_EMAIL_DOMAIN}")))
            .count()
            .get_result(c)?;
        if n > 0 {
            c.batch_execute(&format!(
                "DELETE FROM certificates WHERE user_id IN ({demo});
                 DELETE FROM quiz_attempts WHERE user_id IN ({demo});
                 DELETE FROM sync_events WHERE user_id IN ({demo});
                 DELETE FROM lesson_progress WHERE enrolment_id IN
                     (SELECT id FROM enrolments WHERE user_id IN ({demo}));
                 DELETE FROM enrolments WHERE user_id IN ({demo});
                 DELETE FROM users WHERE email LIKE '%@{DEMO_EMAIL_DOMAIN}';"
            ))
            .map_err(crate::db::DbError::from)?;
        }
        Ok(n)
    })
}

/// The course as the generator walks it: modules in order with their lessons.
struct CoursePlan {
    modules: Vec<PlanModule>,
    /// Per level: the indexes into `modules` of its modules.
    levels: Vec<PlanLevel>,
}

struct PlanModule {
    id: i64,
    version: i32,
    slug: String,
    level: usize,
    lessons: Vec<String>,
    has_quiz: bool,
    titles: Vec<(Lang, String)>,
}

struct PlanLevel {
    slug: String,
    modules: Vec<usize>,
    titles: Vec<(Lang, String)>,
}

impl CoursePlan {
    fn new(catalogue: &Catalogue) -> CoursePlan {
        let mut modules = Vec::new();
        let mut levels = Vec::new();
        for (li, l) in catalogue.levels.iter().enumerate() {
            let mut idx = Vec::new();
            for m in &l.modules {
                idx.push(modules.len());
                modules.push(PlanModule {
                    id: m.id,
                    version: m.version,
                    slug: m.module.slug.clone(),
                    level: li,
                    lessons: m.module.lessons.iter().map(|l| l.slug.clone()).collect(),
                    has_quiz: m.module.quiz.is_some(),
                    titles: Lang::ALL
                        .iter()
                        .filter_map(|&lang| {
                            m.module.title.best(lang).map(|(_, t)| (lang, t.clone()))
                        })
                        .collect(),
                });
            }
            levels.push(PlanLevel {
                slug: l.level.slug.clone(),
                modules: idx,
                titles: Lang::ALL
                    .iter()
                    .filter_map(|&lang| l.level.title.best(lang).map(|(_, t)| (lang, t.clone())))
                    .collect(),
            });
        }
        CoursePlan { modules, levels }
    }
}

fn title_in(titles: &[(Lang, String)], lang: Lang) -> &str {
    titles
        .iter()
        .find(|(l, _)| *l == lang)
        .or(titles.first())
        .map(|(_, t)| t.as_str())
        .unwrap_or("—")
}

/// Picks from `(value, weight)` pairs.
fn pick<T: Copy>(rng: &mut StdRng, table: &[(T, u32)]) -> T {
    let total: u32 = table.iter().map(|(_, w)| w).sum();
    let mut r = rng.gen_range(0..total);
    for (v, w) in table {
        if r < *w {
            return *v;
        }
        r -= w;
    }
    table[table.len() - 1].0
}

const COUNTRIES: &[(&str, u32)] = &[
    ("kz", 25),
    ("uz", 22),
    ("kg", 18),
    ("tj", 14),
    ("az", 10),
    ("tm", 4),
    ("other", 7),
];

fn language_for(rng: &mut StdRng, country: &str) -> Lang {
    let table: &[(Lang, u32)] = match country {
        "kz" => &[(Lang::Kk, 45), (Lang::Ru, 50), (Lang::En, 5)],
        "kg" => &[(Lang::Ky, 40), (Lang::Ru, 57), (Lang::En, 3)],
        "tj" => &[(Lang::Tg, 55), (Lang::Ru, 40), (Lang::En, 5)],
        "tm" => &[(Lang::Tk, 60), (Lang::Ru, 38), (Lang::En, 2)],
        "uz" => &[(Lang::Uz, 65), (Lang::Ru, 32), (Lang::En, 3)],
        "az" => &[(Lang::Az, 75), (Lang::Ru, 15), (Lang::En, 10)],
        _ => &[(Lang::Ru, 55), (Lang::En, 45)],
    };
    pick(rng, table)
}

const GENDERS: &[(Option<&str>, u32)] = &[
    (Some("female"), 58),
    (Some("male"), 31),
    (Some("other"), 1),
    (Some("undisclosed"), 4),
    (None, 6),
];

const ORG_TYPES: &[(Option<&str>, u32)] = &[
    (Some("cso"), 42),
    (Some("initiative"), 14),
    (Some("youth"), 8),
    (Some("volunteer"), 8),
    (Some("academia"), 6),
    (Some("social-enterprise"), 5),
    (Some("government"), 5),
    (Some("international"), 4),
    (Some("other"), 3),
    (None, 5),
];

/// Sign-ups per month of the year (a summer dip, autumn and spring peaks).
const MONTH_WEIGHT: [u32; 12] = [8, 10, 12, 11, 9, 6, 4, 5, 12, 13, 11, 7];

const FIRST_NAMES: &[&str] = &[
    "Aigerim",
    "Aizhan",
    "Dinara",
    "Gulnara",
    "Madina",
    "Nodira",
    "Zarina",
    "Shahnoza",
    "Leyla",
    "Aynur",
    "Ogulgerek",
    "Mehriban",
    "Cholpon",
    "Nurlan",
    "Azamat",
    "Bakhtiyor",
    "Farrukh",
    "Rustam",
    "Elnur",
    "Murad",
    "Serdar",
    "Daniyar",
    "Timur",
    "Olga",
    "Anna",
];
const LAST_NAMES: &[&str] = &[
    "Abdullaeva",
    "Nurmagambetova",
    "Karimova",
    "Rahimova",
    "Aliyeva",
    "Sadykova",
    "Ismoilova",
    "Berdyeva",
    "Tokhtarova",
    "Usmonov",
    "Mammadov",
    "Ataev",
    "Zhakupov",
    "Sharipov",
    "Kim",
    "Ivanova",
    "Osmonov",
    "Yusupov",
    "Hasanov",
    "Orazov",
];

fn ts(t: NaiveDateTime) -> String {
    t.format("'%Y-%m-%d %H:%M:%S'").to_string()
}

fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn opt_q(s: Option<&str>) -> String {
    s.map(q).unwrap_or_else(|| "NULL".into())
}

/// A random moment in the history window, weighted by month and by growth (more
/// sign-ups recently).
fn signup_time(rng: &mut StdRng, opts: &SeedOptions) -> NaiveDateTime {
    use chrono::Datelike;
    loop {
        let back = rng.gen_range(0..opts.history_days.max(1) * 24 * 60);
        let t = opts.now - Duration::minutes(back);
        let growth = 1.0 - 0.5 * (back as f64 / (opts.history_days.max(1) * 24 * 60) as f64);
        let season = MONTH_WEIGHT[t.month0() as usize] as f64 / 13.0;
        if rng.gen_bool((growth * season).clamp(0.01, 1.0)) {
            return t;
        }
    }
}

/// Builds one learner and their learning into `out`.
#[allow(clippy::too_many_arguments)]
fn generate_learner(
    rng: &mut StdRng,
    plan: &CoursePlan,
    opts: &SeedOptions,
    user_id: i64,
    next_enrolment: &mut i64,
    key: &certificates::IssuerKey,
    quotas: &mut Quotas,
    out: &mut Inserts,
) {
    let now = opts.now;
    let (enrolments_before, events_before, attempts_before) = (
        out.enrolments.count,
        out.progress.count + out.events.count,
        out.attempts.count,
    );
    let country = pick(rng, COUNTRIES);
    let lang = language_for(rng, country);
    let gender = pick(rng, GENDERS);
    let org_type = pick(rng, ORG_TYPES);
    let name = format!(
        "{} {}",
        FIRST_NAMES[rng.gen_range(0..FIRST_NAMES.len())],
        LAST_NAMES[rng.gen_range(0..LAST_NAMES.len())]
    );
    let created = signup_time(rng, opts);
    out.users.row(format!(
        "({user_id}, {}, {}, {}, {}, 'learner', {}, {}, {}, {}, NULL, FALSE, {}, FALSE, 0, {}, {})",
        q(&format!("demo-{user_id}@{DEMO_EMAIL_DOMAIN}")),
        q(NO_LOGIN),
        q(&name),
        q(&name),
        q(lang.code()),
        q(country),
        opt_q(gender),
        opt_q(org_type),
        ts(created),
        ts(created),
        ts(created),
    ));

    // How many modules: most take one to three, a few take many.
    let natural = pick(
        rng,
        &[
            (1usize, 30),
            (2, 22),
            (3, 16),
            (4, 10),
            (5, 8),
            (6, 5),
            (8, 4),
            (10, 3),
            (14, 2),
        ],
    );
    // Steered: the natural choice, moved towards the running quota (never below one).
    let wanted = match quotas.enrolments.target {
        None => natural,
        Some(_) => {
            let behind = quotas.behind(&quotas.enrolments);
            let mean = quotas.enrolments.target.unwrap_or(0) as f64 / opts.learners.max(1) as f64;
            let scaled = (natural as f64 * mean / 3.2).round() as i64;
            (scaled + (behind - scaled).clamp(-2, 2) / 2).max(1) as usize
        }
    };
    // Behind on attempts: this learner reads on to the quizzes and retries them.
    let eager = quotas.behind(&quotas.attempts) > 0;
    let start_level = pick(rng, &[(0usize, 60), (1, 22), (2, 11), (3, 7)])
        .min(plan.levels.len().saturating_sub(1));
    let level_modules = &plan.levels[start_level].modules;
    let first = if level_modules.is_empty() {
        0
    } else {
        level_modules[rng.gen_range(0..level_modules.len().min(3))]
    };
    let mut t = created + Duration::minutes(rng.gen_range(5..60 * 24 * 3));
    let mut completed_modules = Vec::new();
    // (enrolment, lessons finished, enrolled, last activity) for the synced events.
    let mut read_lessons: Vec<(i64, &[String], NaiveDateTime, NaiveDateTime)> = Vec::new();
    for mi in first..first + wanted {
        if mi >= plan.modules.len() || t > now {
            break;
        }
        let m = &plan.modules[mi];
        let enrolment_id = *next_enrolment;
        *next_enrolment += 1;
        let enrolled_at = t;
        let mut last = enrolled_at;
        let mut last_lesson: Option<&str> = None;
        let mut lessons_done = 0;
        // Engagement of this learner in this module: some read everything, many stop.
        let keep_going = if eager {
            0.995
        } else {
            rng.gen_range(0.70..0.97)
        };
        for (li, lesson) in m.lessons.iter().enumerate() {
            let gap = if li == 0 {
                Duration::minutes(rng.gen_range(2..60 * 24))
            } else {
                Duration::minutes(rng.gen_range(10..60 * 24 * 6))
            };
            let at = last + gap;
            if at > now || !rng.gen_bool(keep_going) {
                // Started reading, did not finish.
                if at <= now && rng.gen_bool(0.5) {
                    out.progress.row(format!(
                        "({enrolment_id}, {}, {}, NULL, {})",
                        q(lesson),
                        rng.gen_range(5..90),
                        ts(at)
                    ));
                    last = at;
                    last_lesson = Some(lesson);
                }
                break;
            }
            out.progress.row(format!(
                "({enrolment_id}, {}, 100, {}, {})",
                q(lesson),
                ts(at),
                ts(at)
            ));
            last = at;
            last_lesson = Some(lesson);
            lessons_done += 1;
        }
        let mut completed_at = None;
        if lessons_done == m.lessons.len() {
            if m.has_quiz {
                if eager || rng.gen_bool(0.88) {
                    let ability = if eager {
                        rng.gen_range(0.15..0.45)
                    } else {
                        rng.gen_range(0.45..0.95)
                    };
                    for attempt_no in 1..=3 {
                        let started = last + Duration::minutes(rng.gen_range(5..60 * 24 * 4));
                        let submitted = started + Duration::minutes(rng.gen_range(4..40));
                        if submitted > now {
                            break;
                        }
                        let passed = rng.gen_bool(ability);
                        let score = if passed {
                            rng.gen_range(70..=100)
                        } else {
                            rng.gen_range(20..70)
                        };
                        out.attempts.row(format!(
                            "({}, {enrolment_id}, {user_id}, {}, {}, {attempt_no}, {}, {}, '{{}}', {}, NULL, {}, {}, {}, NULL)",
                            q(&public_id(rng)),
                            m.id,
                            m.version,
                            q(lang.code()),
                            rng.gen::<i32>(),
                            ts(started),
                            ts(submitted),
                            score,
                            if passed { "TRUE" } else { "FALSE" },
                        ));
                        last = submitted;
                        if passed {
                            completed_at = Some(submitted);
                            break;
                        }
                        if !eager && !rng.gen_bool(0.7) {
                            break;
                        }
                    }
                }
            } else {
                completed_at = Some(last);
            }
        }
        out.enrolments.row(format!(
            "({enrolment_id}, {user_id}, {}, {}, {}, {}, {}, {})",
            m.id,
            m.version,
            ts(enrolled_at),
            completed_at.map(ts).unwrap_or_else(|| "NULL".into()),
            opt_q(last_lesson),
            ts(last),
        ));
        if let Some(done_at) = completed_at {
            completed_modules.push(mi);
            out.certificate(
                key,
                user_id,
                &name,
                Kind::Module,
                &m.slug,
                title_in(&m.titles, lang),
                lang,
                done_at,
            );
            let level = &plan.levels[m.level];
            if level.modules.iter().all(|x| completed_modules.contains(x)) {
                out.certificate(
                    key,
                    user_id,
                    &name,
                    Kind::Level,
                    &level.slug,
                    title_in(&level.titles, lang),
                    lang,
                    done_at,
                );
            }
        }
        // The next module usually follows right after, sometimes weeks later.
        t = last + Duration::minutes(rng.gen_range(10..60 * 24 * 20));
        if lessons_done > 0 {
            read_lessons.push((enrolment_id, &m.lessons[..lessons_done], enrolled_at, last));
        }
    }
    quotas.enrolments.produced += out.enrolments.count - enrolments_before;
    quotas.attempts.produced += out.attempts.count - attempts_before;
    quotas.events.produced += out.progress.count + out.events.count - events_before;
    // The reading positions an offline client sent while these lessons were read, to
    // reach the progress events' quota.
    let behind = quotas.behind(&quotas.events);
    if behind > 0 && !read_lessons.is_empty() {
        for n in 0..behind {
            let (enrolment_id, lessons, from, to) = read_lessons[n as usize % read_lessons.len()];
            let lesson = &lessons[rng.gen_range(0..lessons.len())];
            let span = (to - from).num_seconds().max(1);
            let at = from + Duration::seconds(rng.gen_range(0..span));
            out.events.row(format!(
                "({user_id}, {}, {})",
                q(&format!("demo-{enrolment_id}-{lesson}-{n}")),
                ts(at)
            ));
        }
        quotas.events.produced += behind as u64;
    }
}

fn public_id(rng: &mut StdRng) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    (0..26)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// Rows waiting to be written, per table.
struct Table {
    header: &'static str,
    rows: Vec<String>,
    count: u64,
    per_statement: usize,
}

impl Table {
    fn new(header: &'static str, per_statement: usize) -> Table {
        Table {
            header,
            rows: Vec::new(),
            count: 0,
            per_statement,
        }
    }

    fn row(&mut self, values: String) {
        self.rows.push(values);
        self.count += 1;
    }

    fn flush(&mut self, c: &mut DbConnection) -> Result<(), DemoError> {
        for chunk in self.rows.chunks(self.per_statement) {
            let mut sql = String::with_capacity(chunk.len() * 160 + self.header.len());
            sql.push_str(self.header);
            for (i, row) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                let _ = write!(sql, "\n{row}");
            }
            c.batch_execute(&sql)?;
        }
        self.rows.clear();
        Ok(())
    }
}

struct Inserts {
    users: Table,
    enrolments: Table,
    progress: Table,
    events: Table,
    attempts: Table,
    certificates: Table,
}

impl Inserts {
    fn new(n: usize) -> Self {
        Inserts {
            users: Table::new(
                "INSERT INTO users (id, email, password_hash, display_name, certificate_name, role, language, country, gender, org_type, org_name, wants_accommodations, email_verified_at, must_change_password, session_epoch, created_at, updated_at) VALUES",
                n,
            ),
            enrolments: Table::new(
                "INSERT INTO enrolments (id, user_id, module_id, module_version, enrolled_at, completed_at, last_lesson_slug, last_activity_at) VALUES",
                n,
            ),
            progress: Table::new(
                "INSERT INTO lesson_progress (enrolment_id, lesson_slug, position, completed_at, updated_at) VALUES",
                n,
            ),
            events: Table::new(
                "INSERT INTO sync_events (user_id, client_event_id, applied_at) VALUES",
                n,
            ),
            attempts: Table::new(
                "INSERT INTO quiz_attempts (public_id, enrolment_id, user_id, module_id, module_version, attempt_no, lang, seed, answers, started_at, deadline_at, submitted_at, score_percent, passed, result) VALUES",
                n,
            ),
            certificates: Table::new(
                "INSERT INTO certificates (id, user_id, kind, subject_slug, holder_name, title, lang, completed_on, key_id, payload, issued_at, revoked_at, revoke_reason, hidden) VALUES",
                n,
            ),
        }
    }
}

impl Inserts {
    #[allow(clippy::too_many_arguments)]
    fn certificate(
        &mut self,
        key: &certificates::IssuerKey,
        user_id: i64,
        holder: &str,
        kind: Kind,
        slug: &str,
        title: &str,
        lang: Lang,
        at: NaiveDateTime,
    ) {
        let Ok(data) = CertificateData::new(NewCertificate {
            id: CertificateId::random(),
            kind,
            holder_name: holder,
            title,
            lang,
            completed_on: at.date(),
            key_id: key.key_id().clone(),
        }) else {
            return;
        };
        let payload = certificates::sign(&data, key.signing_key()).to_text();
        self.certificates.row(format!(
            "({}, {user_id}, {}, {}, {}, {}, {}, {}, {}, {}, {}, NULL, NULL, FALSE)",
            q(&data.id().to_string()),
            q(kind.code()),
            q(slug),
            q(data.holder_name()),
            q(data.title()),
            q(lang.code()),
            q(&at.date().format("%Y-%m-%d").to_string()),
            q(key.key_id().as_str()),
            q(&payload),
            ts(at),
        ));
    }

    /// Writes everything, parents first.
    fn flush(&mut self, c: &mut DbConnection) -> Result<(), DemoError> {
        self.users.flush(c)?;
        self.enrolments.flush(c)?;
        self.progress.flush(c)?;
        self.events.flush(c)?;
        self.attempts.flush(c)?;
        self.certificates.flush(c)?;
        Ok(())
    }
}
