// axe-core on every page type in all eight languages: zero WCAG 2.0/2.1/2.2 A and AA
// violations, the right `lang` on <html>, no CSP violation or script error.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { signIn, watchedPage, learnerSetup } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/// Runs axe on the page as it is now. `page.evaluate` goes through the DevTools
/// protocol, so the page's CSP (no inline scripts) does not block the injection.
export async function axeCheck(page, label, fail) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    TAGS,
  );
  for (const v of result.violations) {
    const nodes = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ").slice(0, 200)}`)
      .join(" | ");
    fail(`${label}: axe ${v.id} (${v.impact}) ${v.help} [${v.nodes.length}] ${nodes}`);
  }
  for (const p of page.problems.splice(0)) fail(`${label}: ${p}`);
  return result.violations.length;
}

/// Content reflows: no sideways scrolling at 320 CSS px (WCAG 1.4.10), nor at 1280 px
/// with text at 200 % (1.4.4).
async function reflow(page, path, fail) {
  const overflow = () =>
    page.evaluate(() => {
      const doc = document.documentElement;
      if (doc.scrollWidth <= doc.clientWidth + 1) return null;
      // The widest element that sticks out, for the message.
      const wide = [...document.querySelectorAll("main *, header *, footer *")].find(
        (e) => e.getBoundingClientRect().right > doc.clientWidth + 1 && !e.closest(".table-wrap, .lesson table, pre"),
      );
      return `${doc.scrollWidth}px > ${doc.clientWidth}px (${wide ? wide.outerHTML.slice(0, 120) : "?"})`;
    });
  await page.setViewportSize({ width: 320, height: 720 });
  const narrow = await overflow();
  if (narrow) fail(`${path}: scrolls sideways at 320 px: ${narrow}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  const zoomed = await overflow();
  if (zoomed) fail(`${path}: scrolls sideways with text at 200 %: ${zoomed}`);
}

export const timing = { goto: 0, axe: 0, reflow: 0 };
async function visit(page, path, lang, status, fail) {
  let t = Date.now();
  const res = await page.goto(path);
  timing.goto += Date.now() - t;
  if (res.status() !== status) fail(`${path}: status ${res.status()}, expected ${status}`);
  const htmlLang = await page.getAttribute("html", "lang");
  if (htmlLang !== lang) fail(`${path}: <html lang="${htmlLang}">, expected ${lang}`);
  t = Date.now();
  const n = await axeCheck(page, path, fail);
  timing.axe += Date.now() - t;
  t = Date.now();
  await reflow(page, path, fail);
  timing.reflow += Date.now() - t;
  return n;
}

export async function accessibility({ browser, server, fail, LANGS }) {
  // A password-reset link, the way a learner gets one.
  const anon = await browser.newContext({ baseURL: server.base, viewport: { width: 1280, height: 800 } });
  const visitor = await watchedPage(anon);
  await visitor.goto("/en/password/forgot");
  await visitor.fill("#f-email", server.users.learner.email);
  await Promise.all([visitor.waitForLoadState(), visitor.click("form.form button[type=submit]")]);
  const mail = await server.mail(server.users.learner.email, "/password/reset?token=");
  const token = mail.match(/\/password\/reset\?token=([A-Za-z0-9_-]+)/)[1];

  const learner = await signIn(browser, server, "learner", { viewport: { width: 1280, height: 800 } });
  const { lessons, finished, open } = await learnerSetup(learner.page);
  const admin = await signIn(browser, server, "admin", { viewport: { width: 1280, height: 800 } });

  let pages = 0;
  // Languages are shared out among a few workers (each with its own tabs in the three
  // contexts): axe is CPU-bound, and the server and the browser each get a core.
  const queue = [...LANGS];
  const worker = async () => {
    const tab = { visitor: await watchedPage(anon), learner: await watchedPage(learner.context), admin: await watchedPage(admin.context) };
    for (let lang = queue.shift(); lang; lang = queue.shift()) {
      const n = await checkLanguage(tab, lang);
      pages += n;
    }
    for (const t of Object.values(tab)) await t.close();
  };
  const checkLanguage = async ({ visitor, learner: learnerTab, admin: adminTab }, lang) => {
    let pages = 0;
    const at = (p) => `/${lang}${p}`;
    const visits = [
      [visitor, "/", 200],
      [visitor, "/catalogue", 200],
      [visitor, "/modules/mission", 200],
      [visitor, "/sign-in", 200],
      [visitor, "/sign-up", 200],
      [visitor, "/password/forgot", 200],
      [visitor, `/password/reset?token=${token}`, 200],
      [visitor, "/verify/CSOA-0000-0000-0000", 404],
      [visitor, "/no-such-page", 404],
      [visitor, "/display", 200],
      [learnerTab, "/", 200],
      [learnerTab, "/catalogue", 200],
      [learnerTab, "/dashboard", 200],
      [learnerTab, "/profile", 200],
      [learnerTab, "/profile/delete", 200],
      [learnerTab, "/offline", 200],
      [learnerTab, "/modules/mission", 200],
      ...lessons.map((l) => [learnerTab, `/modules/mission/lessons/${l}`, 200]),
      [learnerTab, "/modules/mission/quiz", 200],
      [learnerTab, `/attempts/${open}`, 200],
      [learnerTab, `/attempts/${finished}`, 200],
      [visitor, "/verify", 200],
      [visitor, "/verify?payload=CSOA1.bad", 422],
      [adminTab, "/admin/users", 200],
      [adminTab, "/admin/certificates", 200],
      [adminTab, "/admin/status", 200],
      [adminTab, "/manage", 200],
      [adminTab, "/reports", 200],
      [adminTab, "/reports?report=enrolments&from=2026-01-01&to=2026-12-31&by=country", 200],
      [adminTab, "/reports?report=funnel&from=2026-01-01&to=2026-12-31&module=mission", 200],
      [adminTab, "/author", 200],
      [adminTab, "/author/modules/mission", 200],
      [adminTab, "/author/modules/mission/files/01-what-is-a-mission.ru.md", 200],
      [adminTab, "/author/modules/mission/settings", 200],
      [adminTab, "/author/modules/mission/history", 200],
      [adminTab, "/author/modules/mission/translate/kk", 200],
      [adminTab, "/author/modules/mission/gift", 200],
      [adminTab, "/author/modules/mission/quiz/quiz.ru.toml", 200],
      [adminTab, "/author/new", 200],
    ];
    for (const [page, path, status] of visits) {
      await visit(page, at(path), lang, status, fail);
      pages += 1;
    }
    // Forms with errors: messages tied to their fields.
    await visitor.goto(at("/sign-up"));
    await visitor.click("form.form button[type=submit]");
    await visitor.waitForSelector(".field-error");
    await axeCheck(visitor, `${at("/sign-up")} (errors)`, fail);
    await visitor.goto(at("/sign-in"));
    await visitor.fill("#f-email", "nobody@example.org");
    await visitor.fill("#f-password", "wrong password");
    await visitor.click("form.form button[type=submit]");
    await visitor.waitForSelector(".alert.error");
    await axeCheck(visitor, `${at("/sign-in")} (errors)`, fail);
    // Deleting the account with a wrong password: the form again, the error at its field.
    await learnerTab.goto(at("/profile/delete"));
    await learnerTab.fill("#f-password", "not the password");
    await learnerTab.click("form.form button[type=submit]");
    await learnerTab.waitForSelector(".field-error");
    await axeCheck(learnerTab, `${at("/profile/delete")} (errors)`, fail);
    // The "New module" form with a slug that is refused (nothing is created).
    await adminTab.goto(at("/author/new"));
    await adminTab.fill("#f-slug", "Not a slug");
    await adminTab.fill(`[id="f-title.${lang}"]`, "Test");
    await adminTab.click("#new-module-form button[type=submit]");
    await adminTab.waitForSelector("#e-slug");
    await axeCheck(adminTab, `${at("/author/new")} (errors)`, fail);
    return pages + 3;
  };
  await Promise.all(Array.from({ length: Number(process.env.BROWSER_WORKERS || 3) }, worker));

  // Larger text and high contrast, chosen on the display page: still no violations,
  // still no sideways scrolling.
  await visitor.goto("/ru/display");
  await visitor.check("#f-large_text");
  await visitor.check("#f-high_contrast");
  await Promise.all([visitor.waitForURL(/\/display$/), visitor.click("form.form button[type=submit]")]);
  for (const lang of ["ru", "en"]) {
    for (const path of ["/", "/catalogue", "/modules/mission", "/sign-up", "/display"]) {
      await visit(visitor, `/${lang}${path}`, lang, 200, fail);
      const cls = await visitor.getAttribute("html", "class");
      if (cls !== "text-large contrast-high") fail(`/${lang}${path}: display preferences not applied (class="${cls}")`);
      pages += 1;
    }
  }
  console.log(`   axe: ${pages} pages checked (ms: ${JSON.stringify(timing)})`);
  await anon.close();
  await learner.context.close();
  await admin.context.close();
}
