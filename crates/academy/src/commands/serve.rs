use std::process::ExitCode;

use enrollment::accounts::{self, Email};

use super::CmdResult;

pub fn run(settings: web::Settings) -> CmdResult {
    return_large_buffers_to_the_os();
    let admin_email = Email::parse(&settings.admin_email)
        .map_err(|_| anyhow::anyhow!("ACADEMY_ADMIN_EMAIL is not a valid email address"))?;
    actix_web::rt::System::new().block_on(async move {
        let app = web::Application::build(settings.clone())?;
        let db = app.database().clone();
        if let Some(admin) = actix_web::rt::task::spawn_blocking(move || {
            accounts::ensure_first_admin(&db, &admin_email)
        })
        .await??
        {
            // Printed once, to the operator's terminal only; never logged.
            println!(
                "\nCreated the first administrator:\n  email:    {}\n  password: {}   (one-time: you will be asked to change it)\n",
                admin.email, admin.one_time_password
            );
        }
        let host = settings.bind.replace("0.0.0.0", "127.0.0.1");
        let addr = match host.rsplit_once(':') {
            Some((h, _)) => format!("{h}:{}", app.port()),
            None => host,
        };
        println!("CSO Web Academy is serving at http://{addr}/ (Ctrl-C to stop)");
        app.run_until_stopped().await?;
        Ok(ExitCode::SUCCESS)
    })
}

/// Every sign-in hashes with Argon2id, which allocates a 19 MiB buffer on a blocking
/// thread. glibc's malloc raises its mmap threshold to the size of the first such buffer
/// freed, so later ones come from per-thread arenas and stay in the process after the
/// hash: a few dozen sign-ins left the server at several hundred MB of RSS. A fixed
/// threshold (which also turns the adjustment off) maps them and gives them back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_buffers_to_the_os() {
    // SAFETY: mallopt only tunes the allocator; it runs before the server starts any
    // thread.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        // Two arenas instead of eight per core: each of the blocking pool's threads
        // could get an arena of its own and keep freed memory in it
        // (docs/benchmarks.md, the peak RSS under load).
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// musl (the static build) maps large allocations and unmaps them when freed.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_buffers_to_the_os() {}
