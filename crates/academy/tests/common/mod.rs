//! The real `academy serve` process for tests that must kill, trace or read the logs of
//! the server itself (an in-process server cannot be SIGKILLed or traced on its own).

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use academy_suite::repo_root;

/// `academy` with a clean environment pointing at `db_url` and `data_dir`.
pub fn academy(db_url: &str, data_dir: &Path) -> Command {
    command(None, db_url, data_dir)
}

/// Like [`academy`], run under `wrapper` (e.g. `strace -f -o FILE --`).
pub fn command(wrapper: Option<&[String]>, db_url: &str, data_dir: &Path) -> Command {
    let mut cmd = match wrapper {
        Some(w) => {
            let mut c = Command::new(&w[0]);
            c.args(&w[1..]).arg(env!("CARGO_BIN_EXE_academy"));
            c
        }
        None => Command::new(env!("CARGO_BIN_EXE_academy")),
    };
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", db_url)
        .env("ACADEMY_DATA_DIR", data_dir)
        .env("ACADEMY_LOCALES_DIR", repo_root().join("locales"))
        .env("ACADEMY_CONTENT_DIR", repo_root().join("course-content"))
        .current_dir(data_dir);
    cmd
}

/// A running `academy serve`; killed (SIGKILL) when dropped.
pub struct Server {
    pub child: Child,
    pub port: u16,
    /// Everything the server wrote to stderr (its log).
    pub log_path: PathBuf,
}

impl Server {
    /// Starts `cmd` (an [`academy`] or [`command`] without the `serve` arguments) and
    /// waits for its "serving at" line. The log goes to `log_path`.
    pub fn start(mut cmd: Command, log_path: &Path) -> Server {
        let mut child = cmd
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(log_path).unwrap())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut seen = String::new();
        let port = loop {
            assert!(
                Instant::now() < deadline,
                "server did not start:\n{seen}\n{}",
                std::fs::read_to_string(log_path).unwrap_or_default()
            );
            let Some(line) = lines.next() else {
                panic!(
                    "server exited:\n{seen}\n{}",
                    std::fs::read_to_string(log_path).unwrap_or_default()
                );
            };
            let line = line.unwrap();
            seen.push_str(&line);
            seen.push('\n');
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                break rest
                    .trim_end_matches(|c: char| !c.is_ascii_digit())
                    .split('/')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
            }
        };
        // Keep reading stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            port,
            log_path: log_path.to_path_buf(),
        }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn signal(&self, signal: i32) {
        unsafe {
            libc::kill(self.child.id() as i32, signal);
        }
    }

    /// SIGKILL: no shutdown code runs, as in a crash or the OOM killer.
    pub fn kill_hard(mut self) {
        self.signal(libc::SIGKILL);
        self.child.wait().unwrap();
    }

    /// SIGTERM, then waits for the exit (graceful shutdown); returns how it exited.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        self.signal(libc::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "server ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
