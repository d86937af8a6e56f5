// The real `academy` binary on a temporary SQLite database, with the fixture curriculum
// (every question type, an image, lessons missing in most languages) and two accounts
// made through the CLI. Shared by the browser test and `make screenshots`.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const LANGS = ["ru", "kk", "ky", "tg", "tk", "uz", "az", "en"];

function binary() {
  const bin =
    process.env.ACADEMY_BIN ||
    join(process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, "target"), "debug/academy");
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`cargo build --bin academy\` first`);
  return bin;
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

export async function startServer({ content = join(root, "crates/courses/tests/fixtures/valid") } = {}) {
  const bin = binary();
  const dir = mkdtempSync(join(tmpdir(), "academy-browser-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${join(dir, "academy.db")}`,
    ACADEMY_DATA_DIR: dir,
    ACADEMY_BIND: `127.0.0.1:${port}`,
    ACADEMY_PUBLIC_URL: base,
    ACADEMY_COOKIE_SECURE: "false",
    ACADEMY_STRICT_L10N: "true",
    ACADEMY_CONTENT_DIR: content,
    ACADEMY_LOCALES_DIR: join(root, "locales"),
    ACADEMY_WORKERS: "2",
    ACADEMY_LOG_FORMAT: "json",
    RUST_LOG: "warn",
    BROWSER_PASSWORD: "correct horse battery staple 42",
  };
  const run = (...args) => execFileSync(bin, args, { env, cwd: root, stdio: ["ignore", "pipe", "pipe"] }).toString();
  run("migrate");
  run("content", "import", content);
  // One account per suite, so that suites do not depend on each other's progress.
  const users = {};
  for (const [who, role, name] of [
    ["learner", "learner", "Aigerim Learner"],
    ["keyboard", "learner", "Bakyt Keyboard"],
    ["offline", "learner", "Dilnoza Offline"],
    ["download", "learner", "Elnur Download"],
    ["admin", "admin", "Ada Admin"],
  ]) {
    users[who] = { email: `${who}@example.org`, password: env.BROWSER_PASSWORD };
    run("user", "create", "--email", users[who].email, "--role", role, "--name", name, "--lang", "en", "--password-env", "BROWSER_PASSWORD");
  }
  const child = spawn(bin, ["serve"], { env, cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => {
    log += d;
    if (log.length > 200000) log = log.slice(-100000);
  });
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`academy serve exited: ${log}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`academy serve did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    dir,
    users,
    run,
    log: () => log,
    /// The newest email in the outbox for `to` that contains `needle`, decoded enough
    /// to find links.
    async mail(to, needle) {
      const deadline = Date.now() + 15000;
      for (;;) {
        const outbox = join(dir, "outbox");
        const files = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith(".eml")).sort() : [];
        for (const f of files.reverse()) {
          const raw = readFileSync(join(outbox, f), "utf8");
          const text = decodeMail(raw);
          if (raw.includes(to) && text.includes(needle)) return text;
        }
        if (Date.now() > deadline) throw new Error(`no email to ${to} with ${needle}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function decodeMail(raw) {
  let out = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  for (const m of raw.matchAll(/base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)) {
    out += Buffer.from(m[1].replace(/\s/g, ""), "base64").toString("utf8");
  }
  return out;
}
