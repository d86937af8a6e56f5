// Keyboard only, JavaScript off: a learner takes the fixture's quiz (single, multiple,
// true/false, short text, numeric, matching, ordering) with Tab, arrow keys, Space,
// typing and Enter, and passes it. The mouse is never used; the DOM is only read to
// decide which key a learner who knows the answers would press.
import { signIn, learnerSetup } from "./helpers.mjs";

// The fixture's answer key (crates/courses/tests/fixtures/valid/01-basics/01-mission).
const KEY = {
  mission: { choose: ["Why the organization exists and whom it serves"] },
  principles: { choose: ["Whom the organization works for", "What the organization changes"] },
  "board-role": { choose: ["false"] },
  term: { type: "charter" },
  "budget-total": { type: "1200" },
  "match-terms": { pick: { Mission: "Why we exist", Vision: "The world we want", Values: "How we work" } },
  "cycle-order": { pick: { Analysis: "1", Planning: "2", Implementation: "3", Evaluation: "4" } },
};

async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const q = el.closest("fieldset.question");
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type || "",
      value: el.value,
      checked: !!el.checked,
      formaction: el.getAttribute("formaction"),
      question: q ? q.id.replace(/^question-/, "") : null,
      label: label ? label.textContent.trim() : el.textContent.trim(),
      options: el.tagName === "SELECT" ? [...el.options].map((o) => o.textContent.trim()) : [],
      selected: el.tagName === "SELECT" ? el.selectedIndex : -1,
      name: el.name || "",
    };
  });
}

export async function keyboard({ browser, server, fail }) {
  // Set up (enrol, attempts) with scripts on, like any learner; then take the quiz with
  // JavaScript switched off.
  const setup = await signIn(browser, server, "keyboard");
  const { open } = await learnerSetup(setup.page);
  const state = await setup.context.storageState();
  await setup.context.close();
  const context = await browser.newContext({ baseURL: server.base, javaScriptEnabled: false, storageState: state });
  const page = await context.newPage();
  await page.goto(`/en/attempts/${open}`);

  // The skip link is the first stop, and it moves focus into the main content.
  await page.keyboard.press("Tab");
  let f = await focused(page);
  if (!/skip|content/i.test(f.label)) fail(`keyboard: first Tab stop is "${f.label}", not the skip link`);

  const done = new Set();
  for (let steps = 0; steps < 200; steps += 1) {
    await page.keyboard.press("Tab");
    f = await focused(page);
    if (f.tag === "button" && !f.formaction && f.question === null && done.size) {
      const isSubmit = await page.evaluate(() => document.activeElement.closest("form.quiz") !== null);
      if (isSubmit) break;
    }
    const key = f.question && KEY[f.question];
    if (!key) continue;
    if (f.type === "radio") {
      // Arrow keys move the choice within the group until the right one is checked.
      const want = key.choose[0];
      for (let i = 0; i < 6 && !(f.label === want || f.value === want); i += 1) {
        await page.keyboard.press("ArrowDown");
        f = await focused(page);
      }
      if (!f.checked) await page.keyboard.press("Space");
      done.add(f.question);
    } else if (f.type === "checkbox") {
      if (key.choose.includes(f.label) !== f.checked) await page.keyboard.press("Space");
      done.add(f.question);
    } else if (f.tag === "input") {
      await page.keyboard.type(key.type);
      done.add(f.question);
    } else if (f.tag === "select") {
      const want = key.pick[f.label];
      const target = f.options.indexOf(want);
      if (target < 0) {
        fail(`keyboard: no option "${want}" for "${f.label}"`);
        continue;
      }
      // Arrow keys change a closed select's value in Chromium on Linux.
      for (let i = 0; i < 10 && f.selected !== target; i += 1) {
        await page.keyboard.press(f.selected < target ? "ArrowDown" : "ArrowUp");
        f = await focused(page);
      }
      if (f.selected !== target) fail(`keyboard: could not choose "${want}" for "${f.label}"`);
      done.add(f.question);
    }
  }
  for (const q of Object.keys(KEY)) if (!done.has(q)) fail(`keyboard: question ${q} was never reached with Tab`);
  if (f.tag !== "button") fail("keyboard: the submit button was never reached with Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".result", { timeout: 15000 });
  const passed = await page.locator(".result.pass").count();
  if (!passed) {
    const score = await page.locator(".score").textContent().catch(() => "?");
    fail(`keyboard: the quiz answered by keyboard did not pass (score ${score})`);
  }
  // Focus is visible: the outline of a focused control is not "none".
  await page.goto("/en/catalogue");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  if (outline === "none") fail("keyboard: the focused link shows no outline");
  await context.close();
}
