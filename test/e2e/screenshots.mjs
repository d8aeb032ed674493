/* global document, window, fetch */
// Takes the user guide's screenshots (docs/screenshots/) from the preview with the sample files:
//   npm run build && npm run docs:screenshots
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPreviewServer } from "../../src/preview/server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(ROOT, "docs/screenshots");
/** The latest year of the samples: the summary shows it. */
const LATEST = Math.max(
  ...JSON.parse(await readFile(join(ROOT, "assets/samples/expected.json"), "utf8")).submissions.map((s) => s.year),
);
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

await mkdir(OUT, { recursive: true });
const server = await startPreviewServer({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(server.url);
  const total = (await (await fetch(new URL("samples/index.json", server.url))).json()).files.length;
  await page.waitForFunction((n) => document.querySelectorAll(".file-done, .file-failed").length >= n, total, {
    timeout: 120_000,
  });
  await page.screenshot({ path: join(OUT, "01-nhap.png") });

  await page.click("#tab-issues");
  await page.locator(".issue-link").first().click();
  await page.waitForSelector("#sheet-body td.selected");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, "02-kiem-tra.png") });

  await page.click("#tab-consolidate");
  await page.selectOption("#year-select", String(LATEST));
  await page.click("#write-report");
  await page.waitForSelector('.sheet-tab[data-sheet-id="output:tong-hop"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, "03-tong-hop.png") });

  await page.click('.sheet-tab[data-sheet-id="output:tien-do"]');
  await page.screenshot({ path: join(OUT, "04-tien-do.png") });

  await page.click("#tab-charts");
  await page.waitForFunction(() => document.querySelectorAll("canvas[data-chart]").length === 6);
  await page.click("#insert-charts");
  await page.waitForSelector(".chart-note");
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, "05-bieu-do.png") });
  await page.evaluate(() => document.querySelector("#heatmap")?.scrollIntoView({ block: "end" }));
  await page.screenshot({ path: join(OUT, "06-tien-do-nop.png") });

  // The two trend views: the per-unit chart as reported, then re-based on today's units.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('canvas[data-chart="by-unit"]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, "10-theo-so-lieu-bao-cao.png") });
  await page.click('[data-view="rebased"]');
  await page.waitForSelector('canvas[data-chart="by-unit"][aria-label*="Quy về"]');
  await page.locator('canvas[data-chart="by-unit"]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, "11-quy-ve-don-vi-hien-nay.png") });
  await page.click('[data-view="reported"]');

  // One confirmation of an unknown label's suggestion.
  await page.click("#tab-issues");
  await page.locator(".alias-button").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, "12-danh-muc.png") });

  await page.click("#tab-consolidate");
  await page.click("#insert-template");
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, "07-mau-bao-cao.png") });

  // Chuyển mã sang Unicode on the copy of a TCVN3 file: the before/after list waiting for confirmation.
  await page.click("#tab-import");
  await page.setInputFiles("#file-input", [join(ROOT, "assets/samples-legacy/xa-yen-phu-2020-tcvn3.xlsx")]);
  await page.waitForFunction((n) => document.querySelectorAll(".file-done, .file-failed").length >= n, total + 1, {
    timeout: 60_000,
  });
  const copy = await page.locator("#source-copy-select option", { hasText: "tcvn3" }).first().getAttribute("value");
  await page.selectOption("#source-copy-select", copy);
  await page.click("#convert-legacy");
  await page.waitForSelector("#conversion-preview tr[data-cell]");
  await page.evaluate(() => document.querySelector(".tools")?.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(OUT, "13-chuyen-ma.png") });

  await page.click("#tab-settings");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, "08-cai-dat.png"), clip: { x: 0, y: 0, width: 320, height: 560 } });

  const dark = await browser.newPage({ viewport: { width: 320, height: 640 }, colorScheme: "dark" });
  await dark.goto(new URL("?samples=0", server.url).href);
  await dark.waitForSelector("#tab-import");
  await dark.screenshot({ path: join(OUT, "09-che-do-toi.png"), clip: { x: 0, y: 0, width: 320, height: 640 } });
  console.log(`Ảnh chụp đã lưu vào ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
