/**
 * Starts the pane on a workbook port: language, theme, the App and its views. Shared by the two pages that show the
 * pane — inside Excel (taskpane.html, `index.ts`) and without Excel (preview.html, `src/preview/index.ts`) — so each
 * entry only says where the workbook is.
 */
import { createBrowserParseClient } from "../io/browser/createParseClient";
import { chooseLanguage, loadSettings, type KeyValueStore, type Lang } from "../core";
import { App } from "./app";
import { createTranslator, type Translate } from "./i18n";
import { mountPane, type PaneExtras } from "./mountPane";
import { followOfficeTheme, type ThemeEventsHost } from "./followOfficeTheme";
import { applyTheme, isDarkTheme, type OfficeThemeLike } from "./theme";
import type { WorkbookPort } from "./workbookPort";

/** What the page knows of its host: Excel's display language and theme, when inside Excel. */
export interface PaneHost {
  readonly inOffice: boolean;
  readonly displayLanguage?: string;
  readonly theme?: OfficeThemeLike;
  /** The `Office` namespace inside Excel, so the pane can follow theme changes while it is open. */
  readonly office?: ThemeEventsHost;
}

/** What an entry gives the pane: the workbook port, extras for the views, and a step after mounting. */
export interface PaneSetup {
  readonly port: WorkbookPort;
  readonly extras?: PaneExtras;
  readonly afterMount?: (app: App) => void;
}

function storage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Mounts the pane in `#app` for a host, on the port the entry sets up once the language is known.
 *
 * @param host - the host the entry found (inside Excel or not)
 * @param setUp - builds the workbook port (and extras) in the chosen language
 * @returns the mounted App, or null when the page has no `#app` or is an old webview showing the update message
 * @example
 * await startPane({ inOffice: false }, () => ({ port: new MemoryWorkbook() }));
 */
export async function startPane(
  host: PaneHost,
  setUp: (t: Translate, lang: Lang) => PaneSetup | Promise<PaneSetup>,
): Promise<App | null> {
  if ((window as { __dvkLegacyWebview?: boolean }).__dvkLegacyWebview) return null;
  const root = document.getElementById("app");
  if (!root) return null;
  const lang = chooseLanguage(host.displayLanguage, new URLSearchParams(window.location.search).get("lang"));
  const t = createTranslator(lang);
  document.documentElement.lang = lang;
  const scheme = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  applyTheme(document.documentElement, isDarkTheme(host.theme, scheme?.matches ?? false));
  // The officer may switch Office's theme (or the system's) while the pane is open.
  followOfficeTheme(host.office, scheme, (dark) => applyTheme(document.documentElement, dark), [window, document]);

  const setup = await setUp(t, lang);
  const app = new App({
    t,
    lang,
    port: setup.port,
    parser: createBrowserParseClient(),
    store: storage(),
    options: loadSettings(storage(), new Date().getFullYear()),
  });
  mountPane(root, app, setup.extras ?? {});
  // Inside Excel the workbook's store counts from the start: earlier imports show before any file is picked.
  if (host.inOffice) void app.openWorkbook();
  setup.afterMount?.(app);
  return app;
}

/**
 * Replaces the "Đang tải…" line with a message the officer can act on (the pane could not start).
 *
 * @param text - the message, in Vietnamese
 * @example
 * showStartMessage("Không khởi động được tiện ích: …");
 */
export function showStartMessage(text: string): void {
  const root = document.getElementById("app");
  if (!root) return;
  root.textContent = text;
  root.setAttribute("aria-busy", "false");
}
