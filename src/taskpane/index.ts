/**
 * Entry point of the task pane. Inside Excel it waits for Office.onReady and uses the Office workbook port; without
 * Office (the preview, or the page opened in a plain browser) it loads the preview layer and its in-memory workbook.
 */
import { createBrowserParseClient } from "../io/browser/createParseClient";
import { App } from "./app";
import { chooseLanguage, createTranslator } from "./i18n";
import { mountPane, type PaneExtras } from "./mountPane";
import { loadSettings, type KeyValueStore } from "./settings";
import { applyTheme, isDarkTheme, type OfficeThemeLike } from "./theme";
import type { WorkbookPort } from "./workbookPort";

interface HostInfo {
  readonly inOffice: boolean;
  readonly displayLanguage?: string;
  readonly theme?: OfficeThemeLike;
}

/** Waits for Office.js when the page loaded it; resolves "not in Office" in the preview or a plain browser. */
function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ inOffice: false });
  return new Promise((resolve) => {
    const fallback = setTimeout(() => resolve({ inOffice: false }), 10_000);
    void Office.onReady((info) => {
      clearTimeout(fallback);
      if (!info.host) return resolve({ inOffice: false });
      const context = Office.context;
      resolve({ inOffice: true, displayLanguage: context.displayLanguage, theme: context.officeTheme as OfficeThemeLike | undefined });
    });
  });
}

function storage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  if ((window as { __dvkLegacyWebview?: boolean }).__dvkLegacyWebview) return;
  const root = document.getElementById("app");
  if (!root) return;
  const host = await detectHost();
  const params = new URLSearchParams(window.location.search);
  const lang = chooseLanguage(host.displayLanguage, params.get("lang"));
  const t = createTranslator(lang);
  document.documentElement.lang = lang;
  const prefersDark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  applyTheme(document.documentElement, isDarkTheme(host.theme, prefersDark));

  let port: WorkbookPort;
  let extras: PaneExtras = {};
  let afterMount: ((app: App) => void) | null = null;
  if (host.inOffice) {
    const { createOfficeWorkbookPort } = await import(/* webpackChunkName: "office-port" */ "./officeWorkbookPort");
    const officePort = createOfficeWorkbookPort();
    port = officePort;
    // Features this Excel lacks are degraded, and said so at the top of the pane.
    if (officePort.capNotes.length) extras = { note: officePort.capNotes.join(" ") };
  } else {
    const preview = await import(/* webpackChunkName: "preview" */ "../preview/startPreview");
    const setup = preview.setUpPreview(document.getElementById("layout") ?? document.body, t, lang);
    port = setup.port;
    extras = setup.extras;
    afterMount = setup.afterMount;
  }
  const app = new App({ t, lang, port, parser: createBrowserParseClient(), store: storage(), options: loadSettings(storage(), new Date().getFullYear()) });
  mountPane(root, app, extras);
  // Inside Excel the workbook's store counts from the start: earlier imports show before any file is picked.
  if (host.inOffice) void app.openWorkbook();
  afterMount?.(app);
}

void start().catch((error: unknown) => {
  const root = document.getElementById("app");
  if (root) {
    root.textContent = `Không khởi động được tiện ích: ${error instanceof Error ? error.message : String(error)}. Hãy đóng và mở lại.`;
    root.setAttribute("aria-busy", "false");
  }
});
