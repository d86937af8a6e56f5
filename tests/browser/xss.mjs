// Stored XSS (issue #11, item 2): a corpus of payloads is put into every authored
// field of a module (titles, summary, objectives, lesson Markdown, image alt text,
// quiz text, options and feedback) and into a learner's name and organisation, then every page that
// shows them is opened in headless Chromium as a learner, an instructor who owns the
// module, staff and admin. A page fails when
// - any script the payloads carry runs (alert/confirm/prompt/print are hooked, and
//   payloads set a global flag),
// - a Content-Security-Policy violation is reported (an inline handler or script that
//   survived the sanitizer and was stopped only by the CSP),
// - a request leaves for any origin but the Academy's (every request is intercepted),
// - the DOM holds an event-handler attribute, a javascript:/vbscript:/data: URL, a
//   script from elsewhere, or an iframe/object/embed/base/meta refresh.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, startServer } from "./server.mjs";
import { watchedPage } from "./helpers.mjs";

const FOREIGN = "https://evil.example";
// Each payload tries to run `xss(n)` (which the init script defines to record n) or
// to reach the foreign origin.
export const PAYLOADS = [
  `<script>xss(1)</script>`,
  `<img src=x onerror=xss(2)>`,
  `<svg onload=xss(3)>`,
  `"><script>xss(4)</script>`,
  `'><img src=x onerror='xss(5)'>`,
  `<a href="javascript:xss(6)">six</a>`,
  `<a href="JaVaScRiPt&colon;xss(7)">seven</a>`,
  `<iframe src="${FOREIGN}/frame"></iframe>`,
  `<img src="${FOREIGN}/pixel.png">`,
  `<style>body{background:url(${FOREIGN}/css)}</style>`,
  `<div style="background:url(${FOREIGN}/inline-style)">d</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=xss(12)>`,
  `\u202e<script>xss(13)</script>`,
  `＜script＞xss(14)＜/script＞`,
  `<object data="javascript:xss(15)"></object>`,
  `<base href="${FOREIGN}/">`,
  `<meta http-equiv="refresh" content="0;url=${FOREIGN}/refresh">`,
  `<link rel="stylesheet" href="${FOREIGN}/x.css">`,
  `<svg><a xlink:href="javascript:xss(19)"><text>t</text></a></svg>`,
  `<details open ontoggle=xss(20)>`,
  `<input autofocus onfocus=xss(21)>`,
  `{{ 7*7 }}{% raw %}<script>xss(22)</script>`,
  `</textarea><script>xss(23)</script>`,
  `</title><script>xss(24)</script>`,
  `\u0000<scr\u0000ipt>xss(25)</script>`,
];
// Markdown-specific tricks for lesson text (refused by the content checker; they
// reach a draft through the editor).
const MARKDOWN = [
  `[link](javascript:xss(101))`,
  `[link](  javascript:xss(102) )`,
  `[link](data:text/html;base64,PHNjcmlwdD54c3MoMTAzKTwvc2NyaXB0Pg==)`,
  `![alt" onerror="xss(104)](mission-map.png)`,
  `![<img src=x onerror=xss(105)>](mission-map.png)`,
  `[ref]\n\n[ref]: javascript:xss(106)`,
  `<${FOREIGN}/autolink>`,
  `![remote](${FOREIGN}/remote.png)`,
  "```html\n<script>xss(109)</script>\n```",
  `<details><summary>s</summary><img src=x onerror=xss(110)></details>`,
];

/// A TOML basic string holding `s`.
const toml = (s) => JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_, h) => `\\u${h.toUpperCase()}`);
/// Payloads short enough for a title.
const short = (i) => PAYLOADS[i % PAYLOADS.length].slice(0, 100);

/// The fixture course with payloads in every authored field of module "mission".
function hostileContent() {
  const dir = mkdtempSync(join(tmpdir(), "academy-xss-"));
  cpSync(join(root, "crates/courses/tests/fixtures/valid"), dir, { recursive: true });
  const m = join(dir, "01-basics/01-mission");
  const edit = (file, f) => writeFileSync(join(m, file), f(readFileSync(join(m, file), "utf8")));
  edit("module.toml", (t) =>
    t
      .replace(/^ru = "Миссия организации"$/m, `ru = ${toml("Миссия " + short(1))}`)
      .replace(/^en = "The mission of an organization"$/m, `en = ${toml("Mission " + short(0))}`)
      .replace(/^en = "Why an organization exists and for whom."$/m, `en = ${toml("Why " + short(2))}`)
      .replace(/^en = \["Explain what a mission is"/m, `en = [${toml("Explain " + short(3))}`),
  );
  for (const lang of ["ru", "en"]) {
    edit(`quiz.${lang}.toml`, (t) => {
      let i = 4;
      // Every question's text and feedback, every option's text and feedback.
      return t.replace(/^(text|feedback) = "(.*)"$/gm, (_, key, value) => `${key} = ${toml(value + " " + short(i++))}`);
    });
  }
  // The content checker refuses raw HTML and links other than https:, mailto: and the
  // tree's own files in published lessons (the corpus goes into a draft through the
  // editor below); what it lets through is put here.
  const lesson = (lang) => `01-what-is-a-mission.${lang}.md`;
  const accepted = [
    `## Heading &lt;script&gt;xss(30)&lt;/script&gt; {{ 7*7 }} \u202e`,
    "Inline `<script>xss(31)</script>` code and `\"><img src=x onerror=xss(32)>`.",
    "```html\n" + PAYLOADS.join("\n") + "\n```",
    `![Map " onerror="xss(104)" x="](mission-map.png)`,
    `[a link](${FOREIGN}/clicked-only)`,
    `Entities: &#x3C;img src=x onerror=xss(33)&#x3E; &#60;svg onload=xss(34)&#62;`,
  ];
  for (const lang of ["ru", "en"]) {
    edit(lesson(lang), (t) => `${t}\n\n${accepted.join("\n\n")}\n`);
  }
  return dir;
}

/// Defined before any page script: records script execution and CSP violations.
const INIT = () => {
  window.__xss = [];
  window.xss = (n) => window.__xss.push(`payload ${n} ran`);
  for (const f of ["alert", "confirm", "prompt", "print"]) {
    window[f] = (m) => window.__xss.push(`${f}(${m})`);
  }
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__xss.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample || ""}`),
  );
};

/// What the DOM must not hold, whatever the sanitizer let through.
const DOM_CHECK = () => {
  const bad = [];
  const dangerous = /^\s*(javascript|vbscript|data):/i;
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith("on")) bad.push(`<${el.localName} ${a.name}>`);
      const urlAttr = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"].includes(a.name.toLowerCase());
      // Inline images as data: are the Academy's own (downloads); none on these pages.
      if (urlAttr && dangerous.test(a.value.replace(/[\u0000-\u001f\s]/g, ""))) bad.push(`<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
    }
  }
  for (const s of document.querySelectorAll("script")) {
    if (!s.src || new URL(s.src).origin !== location.origin) bad.push(`script ${s.src || "inline"}`);
  }
  for (const s of document.querySelectorAll("iframe, object, embed, base, meta[http-equiv], frame, frameset")) bad.push(`<${s.localName}>`);
  return bad;
};

async function hostileContext(browser, server, failures) {
  const context = await browser.newContext({ baseURL: server.base });
  await context.addInitScript(INIT);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === new URL(server.base).origin) return route.continue();
    failures.push(`request to ${url}`);
    return route.abort();
  });
  return context;
}

async function signInAs(browser, server, email, password, failures) {
  const context = await hostileContext(browser, server, failures);
  const page = await watchedPage(context);
  await page.goto("/en/sign-in");
  await page.fill("#f-email", email);
  await page.fill("#f-password", password);
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith("/sign-in")), page.click("form.form button[type=submit]")]);
  return { context, page };
}

export async function xss({ browser, fail }) {
  const content = hostileContent();
  const server = await startServer({ content });
  // The server's CLI environment carries this password (see server.mjs).
  const password = server.users.admin.password;
  // A learner, staff and an instructor whose names are payloads.
  const people = {};
  for (const [who, role, name] of [
    ["learner", "learner", `Ai <img src=x onerror=xss(201)> "><svg onload=xss(202)>`],
    ["instructor", "instructor", `In <script>xss(203)</script>`],
    ["staff", "staff", `St '><img src=${FOREIGN}/n.png>`],
  ]) {
    const email = `xss-${who}@example.org`;
    try {
      server.run("user", "create", "--email", email, "--role", role, "--name", name, "--lang", "en", "--password-env", "BROWSER_PASSWORD");
    } catch (e) {
      // A name the account rules refuse never reaches a page; use a plain one.
      fail(`xss: the name ${JSON.stringify(name)} for ${who} was refused (${String(e.stderr || e).slice(0, 200)}); check it is refused on purpose`);
      server.run("user", "create", "--email", email, "--role", role, "--name", `Plain ${who}`, "--lang", "en", "--password-env", "BROWSER_PASSWORD");
    }
    people[who] = email;
  }
  try {
    const failures = [];
    const check = async (page, label, path) => {
      const res = await page.goto(path);
      if (!res || res.status() >= 500) fail(`xss ${label} ${path}: status ${res && res.status()}`);
      // Give deferred scripts, image errors and focus handlers a moment.
      await page.waitForTimeout(150);
      await page.focus("body").catch(() => {});
      const ran = await page.evaluate(() => window.__xss || ["init script missing"]);
      for (const r of ran) fail(`xss ${label} ${path}: ${r}`);
      for (const b of await page.evaluate(DOM_CHECK)) fail(`xss ${label} ${path}: DOM holds ${b}`);
      for (const p of page.problems.splice(0)) fail(`xss ${label} ${path}: ${p}`);
      for (const f of failures.splice(0)) fail(`xss ${label} ${path}: ${f}`);
    };

    // The detectors are not blind: markup injected the way a sanitizer bug would let
    // it in is caught by each of them.
    {
      const canary = await signInAs(browser, server, people.learner, password, failures);
      await canary.page.goto("/en/catalogue");
      await canary.page.evaluate((f) => {
        document.body.insertAdjacentHTML("beforeend", `<img src="x" onerror="xss(0)"><img src="${f}/canary.png">`);
      }, FOREIGN);
      await canary.page.waitForTimeout(300);
      const ran = await canary.page.evaluate(() => window.__xss);
      const dom = await canary.page.evaluate(DOM_CHECK);
      if (!ran.some((r) => r.startsWith("CSP violation"))) fail(`xss canary: no CSP violation seen (${ran})`);
      if (!dom.some((b) => b.includes("onerror"))) fail(`xss canary: the DOM check missed onerror (${dom})`);
      // The CSP stopped that image before it left; a navigation is not subject to it,
      // so it shows the interception works.
      await canary.page.goto(`${FOREIGN}/canary`).catch(() => {});
      if (!failures.some((f) => f.includes("/canary"))) fail(`xss canary: the foreign request was not seen`);
      failures.splice(0);
      canary.page.problems.splice(0);
      await canary.context.close();
    }

    // The learner: the module, every lesson, a quiz attempt open and submitted (with
    // feedback), the dashboard, the profile, the downloaded module page.
    const learner = await signInAs(browser, server, people.learner, password, failures);
    const lp = learner.page;
    await lp.goto("/en/modules/mission");
    const enrol = lp.locator("form[action$='/modules/mission/enrol'] button");
    // Same URL before and after: wait for the enrolled page's lesson links.
    if (await enrol.count()) await enrol.click();
    await lp.waitForSelector("ol.lesson-list a", { timeout: 30000 });
    await check(lp, "learner", "/en/modules/mission");
    // Not vacuous: the payloads are on the page, as text.
    const shown = await lp.evaluate(() => document.body.innerText);
    if (!shown.includes("xss(") || !shown.includes("<")) fail("xss: the module page does not show the payloads as text");
    const lessons = await lp.$$eval("ol.lesson-list a", (as) => as.map((a) => a.getAttribute("href")));
    await check(lp, "learner", "/en/catalogue");
    if (!lessons.length) fail("xss: the module page lists no lessons");
    for (const l of lessons) {
      await check(lp, "learner", l);
      await check(lp, "learner", l.replace("/en/", "/ru/"));
    }
    await lp.goto("/en/modules/mission/quiz");
    await Promise.all([lp.waitForURL(/\/attempts\//), lp.click("form[action$='/quiz/start'] button")]);
    const attempt = new URL(lp.url()).pathname;
    await check(lp, "learner", attempt);
    await lp.goto(attempt);
    await Promise.all([lp.waitForURL(/\/attempts\//), lp.click("form.quiz button:not([formaction])")]);
    await check(lp, "learner", attempt);
    // The learner's own organisation, typed on the profile page (it shows again there,
    // and in the staff's learner list, a CSV: see reports::export).
    await lp.goto("/en/profile");
    await lp.fill("#f-org_name", `Org "><img src=x onerror=xss(204)><script>xss(205)</script>`);
    await Promise.all([lp.waitForLoadState("load"), lp.click("form[action='/en/profile'] button[type=submit]")]);
    await lp.goto("/en/profile");
    if (!(await lp.inputValue("#f-org_name")).includes("onerror=xss(204)")) fail("xss: the organisation payload was not kept by the profile form");
    for (const p of ["/en/modules/mission/quiz", "/en/dashboard", "/en/profile", "/en/author", "/en/offline"]) {
      await check(lp, "learner", p);
    }

    // Staff: the pages that show learners' names and module titles.
    const staff = await signInAs(browser, server, people.staff, password, failures);
    for (const p of ["/en/reports", "/en/admin/certificates", "/en/author", "/en/author/modules/mission", "/en/catalogue", "/en/dashboard"]) {
      await check(staff.page, "staff", p);
    }

    // Admin attaches the instructor to the module; the instructor opens every
    // authoring page of it, the editor with its live preview included.
    const admin = await signInAs(browser, server, "admin@example.org", server.users.admin.password, failures);
    await admin.page.goto("/en/author/modules/mission");
    const csrf = await admin.page.getAttribute("input[name=csrf]", "value");
    await admin.page.request.post("/en/author/modules/mission/authors", {
      form: { csrf, email: people.instructor, attachment: "owner" },
      maxRedirects: 0,
    });
    for (const p of ["/en/admin/users", "/en/admin/status"]) await check(admin.page, "admin", p);
    const instructor = await signInAs(browser, server, people.instructor, password, failures);
    const ip = instructor.page;
    for (const p of [
      "/en/author",
      "/en/author/modules/mission",
      "/en/author/modules/mission/files/01-what-is-a-mission.en.md",
      "/en/author/modules/mission/files/quiz.en.toml",
      "/en/author/modules/mission/files/module.toml",
      "/en/author/modules/mission/settings",
      "/en/author/modules/mission/history",
      "/en/author/modules/mission/translate/en",
      "/en/author/modules/mission/gift",
      "/en/modules/mission",
    ]) {
      await check(ip, "instructor", p);
    }
    // The whole corpus typed into the lesson editor: the live preview renders it as
    // the author types; saved, the draft keeps it (the checker's messages quote it)
    // and every authoring page shows it again.
    const editor = "/en/author/modules/mission/files/01-what-is-a-mission.en.md";
    await ip.goto(editor);
    const area = ip.locator("textarea#text");
    if (await area.count()) {
      await area.fill(`# Draft ${PAYLOADS[0]}\n\n${PAYLOADS.join("\n\n")}\n\n${MARKDOWN.join("\n\n")}`);
      await ip.waitForTimeout(2000);
      const ran = await ip.evaluate(() => window.__xss);
      for (const r of ran) fail(`xss instructor live preview: ${r}`);
      for (const b of await ip.evaluate(DOM_CHECK)) fail(`xss instructor live preview: DOM holds ${b}`);
      for (const f of failures.splice(0)) fail(`xss instructor live preview: ${f}`);
      await Promise.all([ip.waitForLoadState("load"), ip.click("#editor-form button[type=submit]")]);
      const saved = await ip.inputValue("textarea#text");
      if (!saved.includes("xss(101)")) fail("xss: the draft did not keep the corpus");
      for (const p of [editor, "/en/author/modules/mission", "/en/author/modules/mission/translate/ru"]) {
        await check(ip, "instructor (draft)", p);
      }
    } else {
      fail("xss: the lesson editor has no textarea");
    }
    for (const c of [learner, staff, admin, instructor]) await c.context.close();
  } finally {
    await server.stop();
    rmSync(content, { recursive: true, force: true });
  }
}
