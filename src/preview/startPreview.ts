/**
 * The preview layer, loaded by the pane when Office.js is absent: the in-memory workbook and its sheet view beside
 * the pane, the sample files of assets/samples/ (served by src/preview/server.mjs under /samples/) loaded through the
 * same parse path as picked files, and "Tải sổ tổng hợp".
 */
import type { App, FileInput } from "../taskpane/app";
import { reasonOf } from "../taskpane/app";
import { parseUnitRegistry } from "../core";
import { el } from "../taskpane/dom";
import type { Translate } from "../taskpane/i18n";
import type { PaneExtras } from "../taskpane/mountPane";
import { MemoryWorkbook } from "./memoryWorkbookPort";
import { createSheetView } from "./sheetView";

/** Spreadsheet files listed by the preview server (GET samples/index.json → { files: string[] }). */
async function listSamples(): Promise<string[]> {
  const response = await fetch("samples/index.json", { cache: "no-store" });
  if (!response.ok) return [];
  const body = (await response.json()) as { files?: unknown };
  return Array.isArray(body.files) ? body.files.filter((f): f is string => typeof f === "string") : [];
}

/** A sample served over HTTP as a FileInput (fetched bytes, progress from the response stream). */
function sampleInput(name: string): FileInput {
  return {
    name,
    size: 0,
    read: async (onProgress) => {
      const response = await fetch(`samples/${encodeURIComponent(name)}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      onProgress(1);
      return bytes;
    },
  };
}

/** The sample registry served by the preview server (GET registry/don-vi.csv), read through the same parser. */
async function loadRegistry(app: App): Promise<void> {
  const response = await fetch("registry/don-vi.csv");
  if (!response.ok) return;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { workbook } = await app.deps.parser.parse(bytes, "don-vi-mau.csv", app.state.options, -1, true);
  const sheet = workbook?.sheets[0];
  if (!sheet) return;
  const { units } = parseUnitRegistry(sheet, "don-vi-mau.csv");
  if (units.length > 0) app.setRegistry(units);
}

export function setUpPreview(
  layout: HTMLElement,
  t: Translate,
  lang: "vi" | "en",
): { port: MemoryWorkbook; extras: PaneExtras; afterMount: (app: App) => void } {
  const port = new MemoryWorkbook();
  document.body.classList.add("preview");
  layout.appendChild(createSheetView(port, t, lang));
  const loadSamples = el("button", { type: "button", class: "button", id: "load-samples" }, t("loadSamples"));
  const download = el("button", { type: "button", class: "button", id: "download-report" }, t("downloadReport"));

  const afterMount = (app: App): void => {
    const importSamples = async (): Promise<void> => {
      const names = await listSamples();
      if (names.length) await app.importFiles(names.map(sampleInput));
    };
    loadSamples.addEventListener(
      "click",
      () => void importSamples().catch((e: unknown) => app.say(t("failed", { reason: reasonOf(e) }), "error")),
    );
    download.addEventListener("click", () => {
      const model = app.state.model;
      if (!model) return app.say(t("nothingToConsolidate"), "error");
      void import(/* webpackChunkName: "download" */ "./downloadWorkbook")
        .then((m) => m.downloadReportXlsx(model, "bao-cao-tong-hop-dan-van-kheo.xlsx"))
        .catch((e: unknown) => app.say(t("failed", { reason: reasonOf(e) }), "error"));
    });
    const params = new URLSearchParams(window.location.search);
    if (params.get("samples") === "0") return;
    // Seed the simulated workbook with the first sample's sheets (what "Đọc các trang tính trong sổ này" reads),
    // then import every sample as files.
    void (async () => {
      await loadRegistry(app).catch(() => undefined);
      const names = await listSamples();
      const first = names[0];
      if (first) {
        const bytes = await sampleInput(first).read(() => undefined);
        const { workbook } = await app.deps.parser.parse(bytes, first, app.state.options, -1, true);
        if (workbook) port.seed(workbook);
      }
      if (names.length) await app.importFiles(names.map(sampleInput));
    })().catch((e: unknown) => app.say(t("failed", { reason: reasonOf(e) }), "error"));
  };
  return {
    port,
    extras: { importActions: [loadSamples], consolidateActions: [download], note: t("previewNote") },
    afterMount,
  };
}
