/* global document, window, fetch, DataTransfer, File, DragEvent */
// End-to-end tests of the task pane in a real browser (Debian's Chromium through playwright-core), over the preview:
// the same pane as in Excel, with the in-memory workbook beside it. Run by `npm run test:e2e` after a production build.
// Screenshots go to test-artifacts/ (gitignored).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPreviewServer } from "../../src/preview/server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SAMPLES = join(ROOT, "assets/samples");
const ARTIFACTS = join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const expected = JSON.parse(await readFile(join(SAMPLES, "expected.json"), "utf8"));
/** A sample with a planted cell error (its sheet and cell known from expected.json). */
const cellDefect = expected.planted.find((p) => p.cell && p.severity === "error" && /\.xlsx$/.test(p.file));
/** A sample that is unreadable as a whole. */
const unreadable = expected.planted.find((p) => p.code === "unreadable-file");
/** Good files (no error). */
const good = expected.goodFiles.filter((f) => /\.xlsx$/.test(f)).slice(0, 3);

let server;
let browser;

/** Opens the preview with error collectors; every test asserts no page or console errors. */
async function open(path = "?samples=0", viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector("#tab-import");
  return { page, errors };
}

async function waitForFilesRead(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll(".file-done, .file-failed").length >= n, count, {
    timeout: 60_000,
  });
}

async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startPreviewServer({ port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pane in the preview", () => {
  it("imports picked files, shows their units and issues, leads an issue to its cell, consolidates and draws the charts", async () => {
    const { page, errors } = await open();
    const files = [...good, cellDefect.file, unreadable.file].map((f) => join(SAMPLES, f));
    await page.setInputFiles("#file-input", files);
    await waitForFilesRead(page, files.length);
    await shot(page, "01-nhap");

    // Units: every good file's submission is listed as accepted, the defective one as rejected.
    const units = await page.locator(".submission .unit").allTextContents();
    assert.ok(units.length >= good.length + 1, `submissions listed: ${units.join(", ")}`);
    assert.ok(!units.includes("(chưa rõ đơn vị)"), "every sample names its unit");
    assert.equal(await page.locator(".file-failed").count(), 1, "the unreadable file is marked");
    assert.ok((await page.locator(".badge-rejected").count()) >= 1, "the defective submission is rejected");

    // Issues: grouped by submission; the planted cell defect is there and leads to its cell.
    await page.click("#tab-issues");
    const link = page.locator(`.issue-link[data-code="${cellDefect.code}"][data-cell="${cellDefect.cell}"]`).first();
    await link.waitFor();
    assert.ok((await page.locator(".issue-group").count()) >= 2);
    await link.click();
    await page.waitForSelector(`#sheet-body td.selected[data-cell="${cellDefect.cell}"]`);
    assert.match(await page.locator("#status").textContent(), new RegExp(cellDefect.cell));
    await shot(page, "02-kiem-tra");

    // Severity filter: only warnings left, none of them an error.
    await page.selectOption("#severity-filter", "warning");
    assert.equal(await page.locator(".issue .severity-error").count(), 0);
    await page.selectOption("#severity-filter", "all");

    // Consolidate and write the report sheets into the (simulated) workbook.
    await page.click("#tab-consolidate");
    await page.click("#consolidate");
    await page.waitForSelector("#consolidated-table table");
    assert.match(await page.locator("#consolidated-table").textContent(), /Kinh tế/);
    assert.match(await page.locator("#phase-table").textContent(), /Tổng cộng/);
    await page.click("#write-report");
    await page.waitForSelector('.sheet-tab[data-sheet-id="output:tong-hop"][aria-pressed="true"]');
    assert.match(await page.locator("#sheet-body").textContent(), /TỔNG HỢP/);
    await shot(page, "03-tong-hop");

    // Download of the consolidated workbook (built in the browser by the lazy SheetJS chunk).
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-report")]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");

    // Charts: six canvases (five trend charts and the per-unit one) with drawn (non-blank) pixels, and the completeness grid.
    await page.click("#tab-charts");
    await page.waitForFunction(() => document.querySelectorAll("canvas[data-chart]").length === 6, null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(300);
    const painted = await page.$$eval("canvas[data-chart]", (canvases) =>
      canvases.map((canvas) => {
        const { width, height } = canvas;
        const data = canvas.getContext("2d").getImageData(0, 0, width, height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
        return { key: canvas.dataset.chart, width, inked };
      }),
    );
    for (const chart of painted)
      assert.ok(chart.width > 0 && chart.inked > 500, `chart ${chart.key} is drawn (${chart.inked} pixels)`);
    assert.ok(
      (await page.locator("#heatmap td.heat[data-state]").count()) > 0,
      "the completeness grid has coloured cells",
    );
    await shot(page, "04-bieu-do");
    const [png] = await Promise.all([page.waitForEvent("download"), page.click('[data-png="cumulative-by-field"]')]);
    assert.equal(png.suggestedFilename(), "cumulative-by-field.png");
    assert.equal((await readFile(await png.path())).subarray(1, 4).toString("latin1"), "PNG");
    await page.click("#insert-charts");
    await page.waitForSelector(".chart-note");

    assert.deepEqual(errors, []);
    await page.close();
  });

  it("with the sample registry: both trend views, the 1/7/2025 break, a one-click alias and Chuyển mã sang Unicode", async () => {
    const { page, errors } = await open("");
    const total = (await (await fetch(new URL("samples/index.json", server.url))).json()).files.length;
    await waitForFilesRead(page, total);

    // Trends: the registry records mergers, so the two views are offered; the per-unit chart follows the choice.
    await page.click("#tab-charts");
    await page.waitForSelector("#trend-view:not([hidden])");
    const unitChart = page.locator('canvas[data-chart="by-unit"]');
    await unitChart.waitFor();
    assert.match(await unitChart.getAttribute("aria-label"), /Theo số liệu báo cáo/);
    const legend = async () => (await page.locator('[data-view][aria-pressed="true"]').textContent()).trim();
    assert.equal(await legend(), "Theo số liệu báo cáo");
    await page.click('[data-view="rebased"]');
    await page.waitForSelector('canvas[data-chart="by-unit"][aria-label*="Quy về đơn vị hiện nay"]');
    assert.equal(await legend(), "Quy về đơn vị hiện nay");
    await page.waitForTimeout(300);
    // The reform break: the dashed line's colour (#A4262C) is painted on every trend chart over 2024–2025.
    const marked = await page.$$eval("canvas[data-chart]", (canvases) =>
      canvases.map((canvas) => {
        const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        let red = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i] - 164) < 12 &&
            Math.abs(data[i + 1] - 38) < 12 &&
            Math.abs(data[i + 2] - 44) < 12 &&
            data[i + 3] > 200
          )
            red++;
        return [canvas.dataset.chart, red > 20];
      }),
    );
    assert.deepEqual(Object.fromEntries(marked), {
      "cumulative-by-field": true,
      "new-by-field": true,
      "by-level": true,
      "by-type": true,
      "by-unit": true,
      phases: false,
    });
    await shot(page, "07-quy-ve-don-vi-hien-nay");

    // One confirmation adds the alias to Danh mục and the files are checked again without the unknown label.
    await page.click("#tab-issues");
    const alias = page.locator(".alias-button").first();
    await alias.waitFor();
    assert.match(await alias.textContent(), /^Dùng «.+» cho «.+»$/);
    await alias.click();
    await page.waitForFunction(() => /Danh mục/.test(document.querySelector("#status")?.textContent ?? ""), null, {
      timeout: 60_000,
    });
    await waitForFilesRead(page, total);
    assert.equal(await page.locator('[data-code="unknown-field"]').count(), 0);
    assert.equal(await page.locator('.sheet-tab[data-sheet-id="output:danh-muc"]').count(), 1);

    // Chuyển mã sang Unicode on the copy of a TCVN3 file: the list first, the write only after confirming.
    await page.click("#tab-import");
    await page.setInputFiles("#file-input", [join(ROOT, "assets/samples-legacy/xa-yen-phu-2020-tcvn3.xlsx")]);
    await waitForFilesRead(page, total + 1);
    const copy = await page.locator("#source-copy-select option", { hasText: "tcvn3" }).first().getAttribute("value");
    await page.selectOption("#source-copy-select", copy);
    await page.click("#convert-legacy");
    await page.waitForSelector("#conversion-preview tr[data-cell]");
    const first = page.locator("#conversion-preview tr[data-cell]").first();
    const cell = await first.getAttribute("data-cell");
    const after = await first.locator(".after").textContent();
    assert.notEqual(
      await page.locator(`#sheet-body td[data-cell="${cell}"]`).textContent(),
      after,
      "nothing written before confirming",
    );
    await shot(page, "08-chuyen-ma");
    await page.click("#conversion-apply");
    await page.waitForFunction(
      ([c, text]) => document.querySelector(`#sheet-body td[data-cell="${c}"]`)?.textContent === text,
      [cell, after],
    );
    assert.match(await page.locator("#status").textContent(), /Đã chuyển mã \d+ ô sang Unicode/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("navigates the tabs with the keyboard only (roving tabindex, arrows, Home/End)", async () => {
    const { page, errors } = await open();
    let focused = "";
    for (let i = 0; i < 10 && focused !== "tab-import"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    assert.equal(focused, "tab-import", "Tab reaches the tab list");
    const state = () =>
      page.evaluate(() => ({
        focused: document.activeElement?.id,
        selected: document.querySelector('[role="tab"][aria-selected="true"]')?.id,
        visible: [...document.querySelectorAll('[role="tabpanel"]')].filter((p) => !p.hidden).map((p) => p.id),
        stops: [...document.querySelectorAll('[role="tab"]')].filter((t) => t.tabIndex === 0).length,
      }));
    await page.keyboard.press("ArrowRight");
    assert.deepEqual(await state(), {
      focused: "tab-issues",
      selected: "tab-issues",
      visible: ["panel-issues"],
      stops: 1,
    });
    await page.keyboard.press("End");
    assert.deepEqual(await state(), {
      focused: "tab-settings",
      selected: "tab-settings",
      visible: ["panel-settings"],
      stops: 1,
    });
    await page.keyboard.press("ArrowRight");
    assert.equal((await state()).selected, "tab-import", "ArrowRight wraps to the first tab");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Home");
    assert.equal((await state()).selected, "tab-import");
    // Tab leaves the tab list for the panel (one tab stop for the whole list).
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "panel-import");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("End");
    await shot(page, "05-ban-phim-cai-dat");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("preloads the sample files and reads the simulated workbook's own sheets", async () => {
    const { page, errors } = await open("");
    const total = (await (await fetch(new URL("samples/index.json", server.url))).json()).files.length;
    await waitForFilesRead(page, total);
    assert.ok(
      (await page.locator(".submission").count()) >= expected.submissions.length / 2,
      "most sample submissions are listed",
    );
    assert.ok((await page.locator(".badge-superseded").count()) >= 1, "resubmitted reports show as superseded");
    // The latest sample year (2026, after the reform) is within the default range: its reports are listed and accepted.
    const latest = String(Math.max(...expected.submissions.map((s) => s.year)));
    const ofLatest = page.locator(".submission", { has: page.locator(".year", { hasText: latest }) });
    assert.equal(
      await ofLatest.count(),
      expected.submissions.filter((s) => String(s.year) === latest).length,
      `the ${latest} reports are listed`,
    );
    assert.equal(
      await ofLatest.locator(".badge-accepted").count(),
      await ofLatest.count(),
      `the ${latest} reports are accepted`,
    );
    await page.click("#read-workbook");
    await page.waitForSelector('.submission[data-submission^="Sổ tính (mô phỏng)#"]');
    await shot(page, "06-mau-da-nap");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows text from files as text: a unit name with markup runs nothing", async () => {
    const { page, errors } = await open();
    // A UTF-8 sample (other CSV samples are windows-1258 on purpose).
    const csv = await readFile(join(SAMPLES, "2023/xa-dong-tien-2023.csv"), "utf8");
    const unit = /Đơn vị báo cáo:,,([^,]+),/.exec(csv)?.[1] ?? "Xã Đồng Tiến";
    const payload = '<img src=x onerror="window.__xss=1">';
    await page.setInputFiles("#file-input", [
      {
        name: "doc-hai.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv.split(unit).join(`"${payload.replace(/"/g, '""')}"`), "utf8"),
      },
    ]);
    await waitForFilesRead(page, 1);
    assert.equal(await page.locator(".submission .unit").first().textContent(), payload);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("ships a CSP without eval or inline script, and bundles that need neither", async () => {
    const { page, errors } = await open();
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
    const dist = join(ROOT, "dist");
    for (const name of (await readdir(dist)).filter((n) => n.endsWith(".js"))) {
      assert.doesNotMatch(await readFile(join(dist, name), "utf8"), /new Function\(|\beval\(/, `${name} uses eval`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("accepts files dropped on the drop zone", async () => {
    const { page, errors } = await open();
    const name = good[0];
    const bytes = [...(await readFile(join(SAMPLES, name)))];
    await page.evaluate(
      ({ bytes, name }) => {
        const transfer = new DataTransfer();
        transfer.items.add(
          new File([new Uint8Array(bytes)], name.split("/").pop(), {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          }),
        );
        const zone = document.querySelector(".dropzone");
        zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { bytes, name },
    );
    await waitForFilesRead(page, 1);
    assert.equal(await page.locator(".file-done").count(), 1);
    assert.equal(await page.locator(".badge-accepted").count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("saves settings and uses them: new phases appear in the phase selector", async () => {
    const { page, errors } = await open();
    await page.click("#tab-settings");
    assert.equal(
      await page.inputValue("#set-to"),
      String(new Date().getFullYear()),
      "the default range ends at the current year",
    );
    await page.fill("#set-phases", "2016-2018\n2019-2025");
    await page.click("#save-settings");
    assert.match(await page.locator("#status").textContent(), /Đã lưu cài đặt/);
    await page.fill("#set-month", "13");
    await page.click("#save-settings");
    assert.match(await page.locator("#status").textContent(), /chưa hợp lệ/);
    await page.click("#tab-consolidate");
    assert.deepEqual(await page.locator("#phase-select option").allTextContents(), ["2016–2018", "2019–2025"]);
    await page.reload();
    await page.waitForSelector("#tab-import");
    await page.click("#tab-consolidate");
    assert.deepEqual(
      await page.locator("#phase-select option").allTextContents(),
      ["2016–2018", "2019–2025"],
      "settings persist",
    );
    await page.evaluate(() => window.localStorage.clear());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("tells users of old webviews (IE11) to update instead of showing a blank pane", async () => {
    const context = await browser.newContext({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    const page = await context.newPage();
    await page.goto(new URL("?samples=0", server.url).href);
    await page.waitForSelector("#legacy-message", { state: "visible" });
    assert.match(await page.locator("#legacy-message").textContent(), /Phiên bản Excel này chưa hỗ trợ tiện ích/);
    assert.equal(await page.locator("#layout").isVisible(), false);
    await context.close();
  });

  it("speaks English when asked and fits a 320 px pane", async () => {
    const { page, errors } = await open("?samples=0&lang=en", { width: 320, height: 640 });
    assert.equal(await page.locator("#tab-import").textContent(), "Import");
    const overflow = await page.evaluate(
      () => document.querySelector("#app").scrollWidth - document.querySelector("#app").clientWidth,
    );
    assert.ok(overflow <= 0, `the pane does not scroll sideways (${overflow}px)`);
    await shot(page, "07-english-320");
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("the pane inside Office (taskpane.html)", () => {
  const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

  it("loads office.js from Microsoft's CDN on the Office pages and none on the preview; no local copy is shipped", async () => {
    const dist = join(ROOT, "dist");
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = await readFile(join(dist, page), "utf8");
      // The build minifies the HTML (attribute quotes may go).
      assert.match(
        html,
        /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/,
        `${page} loads office.js from the CDN`,
      );
      assert.match(html, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com/, `${page}'s CSP allows the CDN`);
    }
    assert.doesNotMatch(await readFile(join(dist, "preview.html"), "utf8"), /office\.js/);
    const files = await readdir(dist);
    assert.ok(!files.includes("office-js"), "no local office.js copy in dist/");
    // Each plain script a page names is shipped (the ES5 checks that run before the bundles).
    for (const page of ["taskpane.html", "commands.html", "preview.html"]) {
      const html = await readFile(join(dist, page), "utf8");
      for (const [, src] of html.matchAll(/<script src="?([^"> ]+)"?/g))
        if (!/^https:/.test(src)) assert.ok(files.includes(src), `${page} names ${src}, shipped in dist/`);
    }
  });

  /** Opens taskpane.html with the CDN's office.js replaced by `script` (or unreachable when null), clock faked. */
  async function openInOffice(script) {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.clock.install();
    await page.route(OFFICE_JS, (route) =>
      script === null ? route.abort() : route.fulfill({ contentType: "text/javascript", body: script }),
    );
    await page.goto(new URL("taskpane.html", server.url).href);
    return { page, errors };
  }

  it("waits for Office.onReady as long as it takes, saying 'Đang tải…', and never turns into the preview", async () => {
    // An Office whose onReady has not fired after a minute (slow intranet, Excel on the web's large host script).
    const { page, errors } = await openInOffice(
      "window.Office = { onReady: function () { return new Promise(function () {}); } };",
    );
    await page.clock.runFor(60_000);
    assert.match(await page.locator("#app").innerText(), /Đang tải/);
    assert.equal(await page.locator("#load-samples, #download-report, .sheet-view").count(), 0, "no preview controls");
    assert.equal(await page.evaluate(() => document.body.classList.contains("preview")), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("says what to do when office.js cannot be loaded, or when the page is opened outside Excel", async () => {
    const blocked = await openInOffice(null);
    await blocked.page.waitForFunction(() => /Office\.js/.test(document.getElementById("app")?.textContent ?? ""));
    assert.match(await blocked.page.locator("#app").innerText(), /Không tải được thư viện Office\.js/);
    await blocked.page.close();

    const outside = await openInOffice(
      "window.Office = { onReady: function (cb) { cb({ host: null, platform: null }); return Promise.resolve({}); } };",
    );
    await outside.page.waitForFunction(() => /bên trong Excel/.test(document.getElementById("app")?.textContent ?? ""));
    assert.equal(await outside.page.locator("#load-samples").count(), 0);
    await outside.page.close();
  });
});
