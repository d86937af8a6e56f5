// `make screenshots`: the main pages at 360 px (a phone) and 1280 px (a laptop) into
// docs/screenshots/, so anyone can see the product without running it. The fixture
// curriculum, in English, as a visitor, as a learner part-way through a module, and as
// the operator's staff (reports, authoring, certificates, status).
import { chromium } from "playwright-core";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { root, startServer } from "./server.mjs";
import { signIn, learnerSetup } from "./helpers.mjs";

const out = join(root, "docs/screenshots");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await startServer();
// Synthetic learners, so the staff reports show the shape of real figures.
server.run("demo", "seed", "--learners", "3000", "--force");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
});
try {
  const learner = await signIn(browser, server, "learner");
  const { lessons, finished, open } = await learnerSetup(learner.page);
  const state = await learner.context.storageState();
  const admin = await signIn(browser, server, "admin");
  const adminState = await admin.context.storageState();
  await admin.context.close();
  const shots = [
    ["home", "/en/", false],
    ["catalogue", "/en/catalogue", false],
    ["sign-up", "/en/sign-up", false],
    ["dashboard", "/en/dashboard", true],
    ["module", "/en/modules/mission", true],
    ["lesson", `/en/modules/mission/lessons/${lessons[0]}`, true],
    ["quiz", `/en/attempts/${open}`, true],
    ["quiz-result", `/en/attempts/${finished}`, true],
    ["home-kk", "/kk/", false],
    ["offline", "/en/offline", true],
    ["verify", "/en/verify", false],
    // Staff: the operator's side.
    ["manage", "/en/manage", "admin"],
    ["reports", "/en/reports?report=enrolments&from=2026-01-01&to=2026-12-31&by=country", "admin"],
    ["author", "/en/author/modules/mission", "admin"],
    ["translate", "/en/author/modules/mission/translate/kk", "admin"],
    ["admin-certificates", "/en/admin/certificates", "admin"],
    ["status", "/en/admin/status", "admin"],
  ];
  for (const width of [360, 1280]) {
    const anon = await browser.newContext({ baseURL: server.base, viewport: { width, height: 800 } });
    const signed = await browser.newContext({ baseURL: server.base, viewport: { width, height: 800 }, storageState: state });
    const staff = await browser.newContext({ baseURL: server.base, viewport: { width, height: 800 }, storageState: adminState });
    for (const [name, path, who] of shots) {
      const page = await (who === "admin" ? staff : who ? signed : anon).newPage();
      await page.goto(path);
      // Long pages are cut at 2.5 screens: enough to see the layout, small files.
      const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 2000);
      await page.setViewportSize({ width, height });
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file });
      await page.close();
      console.log(`docs/screenshots/${name}-${width}.png`);
    }
    await anon.close();
    await signed.close();
    await staff.close();
  }
  await learner.context.close();
} finally {
  await browser.close();
  await server.stop();
}
// Fewer colours, smaller files, when pngquant is there (optional).
try {
  execFileSync("sh", ["-c", `command -v pngquant >/dev/null && pngquant --force --ext .png --quality 60-90 ${out}/*.png || true`]);
} catch {}
