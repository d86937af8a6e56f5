// The browser test (`make browser-test`, part of `make test`): Debian's headless
// Chromium, driven by playwright-core, over the real `academy serve`.
//
// 1. Every page type in all eight languages, as a visitor, a learner and an
//    administrator; axe-core checks each against WCAG 2.0, 2.1 and 2.2 A and AA: zero
//    violations allowed. A page that breaks the CSP (an inline style or script) fails too.
// 2. Keyboard only: a quiz attempt (every question type, matching and ordering included)
//    answered and submitted with Tab, arrow keys, Space and Enter.
// 3. Offline: lessons kept by the service worker, read with the network off; lesson
//    completions and quiz answers made offline reach the server once after reconnecting.
// 4. The downloaded module opens from disk with every request blocked.
// 5. Stored XSS: payloads in every authored and learner field, every page that shows
//    them opened as learner, instructor, staff and admin (xss.mjs, its own server).
//
// One browser and one server for everything; failures are collected and printed at the
// end, and the exit code is 1 if there were any.
import { chromium } from "playwright-core";
import { startServer, LANGS } from "./server.mjs";
import { accessibility } from "./a11y.mjs";
import { keyboard } from "./keyboard.mjs";
import { offline } from "./offline.mjs";
import { download } from "./download.mjs";
import { xss } from "./xss.mjs";

const started = Date.now();
const failures = [];
export function fail(msg) {
  failures.push(msg);
  console.error(`  FAIL ${msg}`);
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  headless: true,
});
const only = (process.env.BROWSER_TEST_ONLY || "").split(",").filter(Boolean);
const suites = { accessibility, keyboard, offline, download, xss };
try {
  for (const [name, suite] of Object.entries(suites)) {
    if (only.length && !only.includes(name)) continue;
    const t = Date.now();
    console.log(`== ${name}`);
    try {
      await suite({ browser, server, fail, LANGS });
    } catch (e) {
      fail(`${name}: ${e.stack || e}`);
    }
    console.log(`   ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`browser test: ${failures.length} failure(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);
