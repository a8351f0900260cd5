// The HTML digest in a real browser: screenshots at phone and desktop width (light and dark) under
// test-output/ for a person to look at, and checks that the page runs no script, loads nothing
// but itself, fits a phone screen and shows injected markup as text.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import { type Browser, chromium } from "playwright-core";
import { loadConfig } from "../src/config.ts";
import { buildDigest } from "../src/digest/build.ts";
import { renderHtml } from "../src/digest/html.ts";
import { parseWeek } from "../src/digest/week.ts";
import { INJECTED_SITE, INJECTED_TITLE, week11 } from "./fixtures/digest/week-2025-w11.ts";
import { closeDb, openTestDb } from "./helpers/db.ts";
import { seedEvents } from "./helpers/seed-events.ts";

const CHROMIUM = "/usr/bin/chromium";
const outDir = resolve(import.meta.dirname, "..", "test-output");
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;

let browser: Browser | undefined;
let file: string;

before(async () => {
  if (skip) return;
  const db = openTestDb();
  seedEvents(db, week11);
  const html = renderHtml(buildDigest(db, loadConfig({ env: {}, cwd: outDir }), parseWeek("2025-W11")!), { unsubscribe: "mailto:wallwatch@example.test?subject=unsubscribe" });
  closeDb(db);
  mkdirSync(outDir, { recursive: true });
  file = join(outDir, "digest.html");
  writeFileSync(file, html);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});

after(async () => {
  await browser?.close();
});

interface Facts {
  scripts: number;
  images: number;
  hrefs: string[];
  text: string;
  scrollWidth: number;
  bodyBg: string;
  h1: string;
}

const views = [
  { name: "digest-phone", width: 390, height: 844, colorScheme: "light" as const },
  { name: "digest", width: 1024, height: 900, colorScheme: "light" as const },
  { name: "digest-dark-phone", width: 390, height: 844, colorScheme: "dark" as const },
];

for (const v of views) {
  test(`renders at ${v.width}px (${v.colorScheme}) with no errors, no other requests, no overflow`, { skip }, async () => {
    const context = await browser!.newContext({ viewport: { width: v.width, height: v.height }, colorScheme: v.colorScheme, javaScriptEnabled: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });

    // A string expression: the project's TypeScript has no DOM types, and this runs in the page.
    const facts = await page.evaluate<Facts>(`({
      scripts: document.querySelectorAll("script").length,
      images: document.querySelectorAll("img").length,
      hrefs: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
      text: document.body.innerText,
      scrollWidth: document.documentElement.scrollWidth,
      bodyBg: getComputedStyle(document.body).backgroundColor,
      h1: getComputedStyle(document.querySelector("h1")).color,
    })`);
    const shot = join(outDir, `${v.name}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    await context.close();

    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [url], "only the page itself is requested");
    assert.equal(facts.scripts, 0);
    assert.equal(facts.images, 0, "injected <img> is text, not an element");
    assert.ok(facts.text.includes(INJECTED_TITLE), "injected title shown as text");
    assert.ok(facts.text.includes(INJECTED_SITE), "injected site name shown as text");
    for (const h of facts.hrefs) assert.match(h, /^(https?:|mailto:)/, `href ${h}`);
    assert.ok(facts.scrollWidth <= v.width, `fits ${v.width}px (scrollWidth ${facts.scrollWidth})`);
    if (v.colorScheme === "dark") {
      // Dark background and light headline when the reader's client is in dark mode.
      assert.equal(facts.bodyBg, "rgb(15, 20, 25)");
      assert.equal(facts.h1, "rgb(230, 237, 243)");
    }
    assert.ok(statSync(shot).size > 10_000, "screenshot written");
  });
}
