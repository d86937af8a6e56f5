// What the browser suites share: signed-in contexts, a learner with quiz attempts, and
// a page that reports Content-Security-Policy violations and script errors.

/// A page that records CSP violations, console errors and uncaught exceptions in
/// `page.problems` (a 404 the test asked for is not a problem).
export async function watchedPage(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const text = m.text();
    // The page itself answering 4xx (a 404 page, a form with errors) is expected.
    if (/status of 4\d\d/.test(text)) return;
    page.problems.push(`console: ${text}`);
  });
  page.on("pageerror", (e) => page.problems.push(`script error: ${e.message}`));
  return page;
}

export async function signIn(browser, server, who, options = {}) {
  const context = await browser.newContext({ baseURL: server.base, ...options });
  const page = await watchedPage(context);
  await page.goto("/en/sign-in");
  await page.fill("#f-email", server.users[who].email);
  await page.fill("#f-password", server.users[who].password);
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith("/sign-in")), page.click("form.form button[type=submit]")]);
  return { context, page };
}

/// The learner's state the suites need, made once through the real interface: enrolled
/// in the fixture's first module, one attempt submitted, one open.
export async function learnerSetup(page) {
  if (page.context().academy) return page.context().academy;
  await page.goto("/en/modules/mission");
  const enrol = page.locator("form[action$='/modules/mission/enrol'] button");
  // The URL is the same before and after enrolling: wait for the enrolled page's lesson
  // links, not for the URL (which matched at once and let the list be read too early).
  if (await enrol.count()) await enrol.click();
  await page.waitForSelector("ol.lesson-list a", { timeout: 30000 });
  const lessons = await page.$$eval("ol.lesson-list a", (as) => as.map((a) => a.getAttribute("href").split("/").pop()));
  await page.goto("/en/modules/mission/quiz");
  await Promise.all([page.waitForURL(/\/attempts\//), page.click("form[action$='/quiz/start'] button")]);
  const finished = page.url().split("/").pop();
  await Promise.all([page.waitForURL(/\/attempts\//), page.click("form.quiz button:not([formaction])")]);
  await page.goto("/en/modules/mission/quiz");
  await Promise.all([page.waitForURL(/\/attempts\//), page.click("form[action$='/quiz/start'] button")]);
  const open = page.url().split("/").pop();
  page.context().academy = { lessons, finished, open };
  return page.context().academy;
}
