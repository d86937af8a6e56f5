// Offline learning, end to end: the service worker keeps the learner's lessons; with
// the network off (playwright's context.setOffline) the learner reads a lesson, marks
// it done and answers quiz questions (and, before that, finishes a lesson on a connection
// that carries nothing); back online, the page sends what was queued, and
// the server has applied each event exactly once (its sync_events table, read with
// Python's sqlite3), even when the same batch is sent again.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { signIn, learnerSetup } from "./helpers.mjs";

function sql(server, query) {
  const out = execFileSync("python3", [
    "-c",
    "import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute(sys.argv[2]).fetchall()))",
    join(server.dir, "academy.db"),
    query,
  ]);
  return JSON.parse(out.toString());
}

async function waitFor(fn, what, ms = 20000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function offline({ browser, server, fail }) {
  const { context, page } = await signIn(browser, server, "offline");
  const { lessons, open } = await learnerSetup(page);
  const userId = sql(server, "SELECT id FROM users WHERE email = 'offline@example.org'")[0][0];
  const syncRows = () => sql(server, `SELECT client_event_id FROM sync_events WHERE user_id = ${userId} ORDER BY 1`).map((r) => r[0]);

  // The offline page: keep the lessons now, and see them listed as kept.
  await page.goto("/en/offline");
  // The service worker must control this page (it claims its clients on activation).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await page.click("[data-offline-action=keep]");
  // The worker answers "kept" once it has fetched every page of the list; only then is
  // the open attempt (listed after the lessons) in the cache too.
  await page.waitForFunction(() => {
    const s = document.querySelector(".offline-status");
    return s && !s.hidden && s.textContent.trim() !== "";
  }, null, { timeout: 30000 });
  await waitFor(() => page.locator(".offline-list li.kept").count().then((n) => n === lessons.length), "every lesson listed as kept");
  const keptAttempt = await page.evaluate(
    (p) => caches.open("academy-pages-v1").then((c) => c.match(p)).then((r) => !!r),
    `/en/attempts/${open}`,
  );
  if (!keptAttempt) fail("offline: the open quiz attempt is not kept");

  const sent = [];
  context.on("request", (r) => {
    if (r.url().endsWith("/offline/sync")) sent.push(JSON.parse(r.postData()).events.map((e) => e.id));
  });

  // The network as the test wants it. "up": as it is. "lie-fi": the browser thinks it
  // is online but nothing it sends arrives (a weak signal, a captive portal). "down":
  // offline — Chromium's emulation (navigator.onLine false) and, because that emulation
  // once let a sync request through in a full run, every request sent failing too: the
  // page cannot tell the two apart and must behave the same.
  let network = "up";
  await context.route("**/*", (route) => {
    const r = route.request();
    if (network === "down" || (network === "lie-fi" && r.method() === "POST")) return route.abort("internetdisconnected");
    return route.continue();
  });

  // Lie-fi: "done" on the last lesson cannot reach the server, so it waits here.
  network = "lie-fi";
  await page.goto(`/en/modules/mission/lessons/${lessons[lessons.length - 1]}`);
  await page.click(".lesson-end form button");
  await waitFor(
    () => page.evaluate(() => JSON.parse(localStorage.getItem("academy-queue") || "[]")).then((q) => q.length === 1 && q[0].type === "lesson"),
    "the lesson finished on a dead connection queued",
  );
  if (!(await page.locator(".offline-status:not([hidden])").count())) fail("offline: a lesson kept for later is not announced");

  // Offline: read the first lesson, mark it done (on to the next kept lesson).
  network = "down";
  await context.setOffline(true);
  await page.goto(`/en/modules/mission/lessons/${lessons[0]}`);
  if (!(await page.locator("article.lesson h1").count())) fail("offline: the kept lesson does not open");
  if (!(await page.locator(".offline-status:not([hidden])").count())) fail("offline: the page does not say it is offline");
  await Promise.all([
    page.waitForURL(new RegExp(`/lessons/${lessons[1]}$`)),
    page.click(".lesson-end form button"),
  ]);
  // Offline: answer two questions of the open attempt.
  await page.goto(`/en/attempts/${open}`);
  await page.locator("fieldset#question-board-role input[value=false]").check();
  await page.locator("fieldset#question-budget-total input").fill("1200");
  await page.locator("fieldset#question-budget-total input").dispatchEvent("change");
  const queued = await waitFor(
    () => page.evaluate(() => JSON.parse(localStorage.getItem("academy-queue") || "[]")).then((q) => (q.some((e) => e.type === "quiz" && e.form.includes("1200")) ? q : null)),
    "the quiz answers queued",
  );
  if (queued.length !== 3) fail(`offline: ${queued.length} events queued, expected 3 (two lessons and the attempt's answers)`);
  if (syncRows().length !== 0) fail("offline: the server got events while the browser was offline");

  // Back online: the page sends the queue by itself.
  network = "up";
  await context.setOffline(false);
  await waitFor(() => page.evaluate(() => (localStorage.getItem("academy-queue") || "[]") === "[]"), "the queue sent");
  const rows = syncRows();
  const lessonIds = queued.filter((e) => e.type === "lesson").map((e) => e.id);
  const lessonId = queued.find((e) => e.type === "lesson" && e.lesson === lessons[0]).id;
  const quizId = queued.find((e) => e.type === "quiz").id;
  // Question ids are positions in the attempt's shuffled order: compare counts and prefixes.
  const lessonRows = rows.filter((r) => lessonIds.includes(r));
  const quizRows = rows.filter((r) => r.startsWith(`${quizId}.`));
  if (lessonRows.length !== 2 || quizRows.length !== 2 || rows.length !== 4) {
    fail(`offline: the server applied ${JSON.stringify(rows)}, expected two lesson events and two answers`);
  }
  // The same batch again (a response lost on the way back): nothing new.
  const again = await page.evaluate(
    ([q, url, csrf]) =>
      fetch(url, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf }, body: JSON.stringify({ events: q }) }).then((r) => r.json()),
    [queued, "/en/offline/sync", await page.getAttribute("body", "data-csrf")],
  );
  if (!again.results.every((r) => r.outcome === "duplicate")) fail(`offline: a resent batch was applied again: ${JSON.stringify(again)}`);
  if (syncRows().length !== rows.length) fail("offline: the resent batch changed the server's events");
  if (sent.flat().filter((id) => id === lessonId).length < 1) fail("offline: the page never sent the lesson event");

  // What the learner sees: the lesson done, the answers in the attempt.
  for (const lesson of lessons) {
    await page.goto(`/en/modules/mission/lessons/${lesson}`);
    if (!(await page.locator(".lesson-end .ok").count())) fail(`offline: the lesson ${lesson} finished without a connection is not shown as done`);
  }
  await page.goto(`/en/attempts/${open}`);
  if (!(await page.locator("fieldset#question-board-role input[value=false]").isChecked())) fail("offline: the answer given offline is not in the attempt");
  if ((await page.locator("fieldset#question-budget-total input").inputValue()) !== "1200") fail("offline: the number typed offline is not in the attempt");

  // Removing what is kept.
  await page.goto("/en/offline");
  await page.click("[data-offline-action=forget]");
  await waitFor(() => page.locator(".offline-list li.kept").count().then((n) => n === 0), "nothing listed as kept");
  const left = await page.evaluate(() => caches.keys());
  if (left.length) fail(`offline: caches left after removing: ${left}`);
  await context.close();
}
