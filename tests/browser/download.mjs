// "Download module": the size on the module page is the size of the file; the file
// opens from disk with every network request blocked, with all lessons, its images
// (inlined) and no accessibility violations; in a language the lessons lack, they are
// marked with their own language.
import { mkdtempSync, statSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { signIn, learnerSetup, watchedPage } from "./helpers.mjs";
import { axeCheck } from "./a11y.mjs";

export async function download({ browser, server, fail }) {
  const { context, page } = await signIn(browser, server, "download", { acceptDownloads: true });
  const { lessons } = await learnerSetup(page);
  const dir = mkdtempSync(join(tmpdir(), "academy-download-"));
  try {
    for (const lang of ["en", "kk"]) {
      await page.goto(`/${lang}/modules/mission`);
      const shown = (await page.locator(".download .muted").textContent()).replace(/\D/g, "");
      const [dl] = await Promise.all([page.waitForEvent("download"), page.click(".download a")]);
      const file = join(dir, dl.suggestedFilename());
      await dl.saveAs(file);
      const kb = Math.max(1, Math.ceil(statSync(file).size / 1024));
      if (String(kb) !== shown) fail(`download ${lang}: the page says ${shown} KB, the file is ${kb} KB`);

      // Open it from disk, with the network blocked.
      const offline = await browser.newContext();
      const tried = [];
      await offline.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        tried.push(url);
        return route.abort();
      });
      const view = await watchedPage(offline);
      await view.goto(pathToFileURL(file).href);
      await view.waitForLoadState("load");
      if (tried.length) fail(`download ${lang}: the file asked the network for ${tried.join(", ")}`);
      if ((await view.getAttribute("html", "lang")) !== lang) fail(`download ${lang}: <html lang> is not ${lang}`);
      const articles = await view.locator("article.lesson").count();
      if (articles !== lessons.length) fail(`download ${lang}: ${articles} lessons in the file, expected ${lessons.length}`);
      const images = await view.evaluate(() => [...document.images].map((i) => i.complete && i.naturalWidth > 0 && i.src.startsWith("data:")));
      if (!images.length || !images.every(Boolean)) fail(`download ${lang}: images not inlined or not shown: ${JSON.stringify(images)}`);
      const relative = await view.evaluate(() => [...document.querySelectorAll("a[href^='/']")].map((a) => a.getAttribute("href")));
      if (relative.length) fail(`download ${lang}: links that only work on the site: ${relative}`);
      const inner = await view.evaluate(() => [...document.querySelectorAll("a[href^='#']")].every((a) => document.getElementById(a.getAttribute("href").slice(1))));
      if (!inner) fail(`download ${lang}: a link inside the file points nowhere`);
      if (lang === "kk") {
        const marked = await view.locator("article.lesson[lang]").count();
        if (marked !== lessons.length) fail(`download kk: lessons shown in another language are not marked with lang (${marked})`);
      }
      await axeCheck(view, `download ${lang}`, fail);
      await offline.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
}
