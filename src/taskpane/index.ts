/**
 * Entry point of the task pane inside Excel (taskpane.html, which loads office.js from Microsoft's CDN). It waits
 * for `Office.onReady` as long as it takes — Office sets no time limit, and Excel on the web can be slow to load —
 * while the page says "Đang tải…"; it never falls back to the preview (that is its own page, preview.html).
 */
import { showStartMessage, startPane, type PaneHost } from "./startPane";
import type { ThemeEventsHost } from "./followOfficeTheme";
import type { OfficeThemeLike } from "./theme";

/** Why the pane cannot start inside Excel, in the officer's words. */
const MESSAGES = {
  noOfficeJs:
    "Không tải được thư viện Office.js từ máy chủ của Microsoft (appsforoffice.microsoft.com). Hãy kiểm tra kết nối Internet hoặc tường lửa của cơ quan rồi mở lại tiện ích.",
  notInExcel: "Trang này chạy bên trong Excel. Để dùng thử không cần Excel, hãy mở preview.html.",
} as const;

/** Waits for Office.js: the host, or why there is none (office.js did not load; the page is open outside Excel). */
function waitForOffice(): Promise<PaneHost | "no-office-js" | "not-in-excel"> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve("no-office-js");
  return new Promise((resolve) => {
    void Office.onReady((info) => {
      if (!info.host) return resolve("not-in-excel");
      const context = Office.context;
      resolve({
        inOffice: true,
        displayLanguage: context.displayLanguage,
        theme: context.officeTheme as OfficeThemeLike | undefined,
        office: Office as unknown as ThemeEventsHost,
      });
    });
  });
}

async function start(): Promise<void> {
  const host = await waitForOffice();
  if (host === "no-office-js") return showStartMessage(MESSAGES.noOfficeJs);
  if (host === "not-in-excel") return showStartMessage(MESSAGES.notInExcel);
  await startPane(host, async (_t, lang) => {
    const { createOfficeWorkbookPort } = await import(/* webpackChunkName: "office-port" */ "./officeWorkbookPort");
    const port = createOfficeWorkbookPort(lang);
    // Features this Excel lacks are degraded, and said so at the top of the pane.
    return { port, extras: port.capNotes.length ? { note: port.capNotes.join(" ") } : {} };
  });
}

void start().catch((error: unknown) => {
  showStartMessage(
    `Không khởi động được tiện ích: ${error instanceof Error ? error.message : String(error)}. Hãy đóng và mở lại.`,
  );
});
