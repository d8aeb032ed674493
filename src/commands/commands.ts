/**
 * Entry of the ribbon's function file (commands.html). Hidden, it registers the ribbon functions; opened as a dialog
 * with `?notice=…`, it shows that message with a close button. The work itself is in ./ribbonActions (and src/excel).
 */
import { chooseLanguage } from "../core";
import { noteMessage } from "../excel";
import {
  type NoticeKey,
  type NoticeLang,
  noticeQuery,
  noticeText,
  type ParsedNotice,
  parseNoticeQuery,
} from "./notices";
import { type CommandOutcome, RIBBON_ACTIONS } from "./ribbonActions";

/** Office error messages are short sentences; never a stack trace. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message.split("\n")[0] ?? "";
  return typeof error === "string" ? error : "";
}

/** Opens the notice dialog; the command completes when the officer closes it (or when no dialog can open). */
function showNotice(
  event: Office.AddinCommands.Event,
  lang: NoticeLang,
  key: NoticeKey,
  details: readonly string[] = [],
): void {
  const url = `${window.location.origin}${window.location.pathname}${noticeQuery(key, lang, details)}`;
  Office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      event.completed();
      return;
    }
    const dialog = result.value;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      event.completed();
    });
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => event.completed());
  });
}

function runRibbonCommand(event: Office.AddinCommands.Event, action: () => Promise<CommandOutcome>): void {
  // The same choice as the pane's (src/core chooseLanguage): the dialog and the pane never disagree.
  const lang = chooseLanguage(Office.context.displayLanguage);
  action().then(
    (outcome) =>
      outcome.kind === "done"
        ? event.completed()
        : showNotice(
            event,
            lang,
            outcome.key,
            (outcome.notes ?? []).map((note) => noteMessage(note, lang)),
          ),
    (error: unknown) => {
      const reason = reasonOf(error);
      showNotice(event, lang, "failed", reason ? [reason] : []);
    },
  );
}

/** The dialog page: fills the message in (as text, never HTML) and closes through the parent. */
function renderNotice(notice: ParsedNotice): void {
  const strings = noticeText(notice.key, notice.lang);
  document.documentElement.lang = notice.lang;
  const title = document.querySelector("#notice-title strong");
  const text = document.getElementById("notice-text");
  const detail = document.getElementById("notice-detail");
  const close = document.getElementById("notice-close");
  if (title) title.textContent = strings.title;
  if (text) text.textContent = strings.text;
  if (detail) {
    // Every note whole, one per line; the count of those that did not fit the dialog's address last.
    const lines =
      notice.more > 0 ? [...notice.details, strings.more.replace("{count}", String(notice.more))] : notice.details;
    detail.replaceChildren(
      ...lines.map((line) => {
        const item = document.createElement("li");
        item.textContent = line;
        return item;
      }),
    );
    detail.hidden = lines.length === 0;
  }
  if (close) {
    close.textContent = strings.close;
    close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  }
  document.getElementById("notice")?.removeAttribute("hidden");
}

// Older hosts call the function named in the manifest as a global; newer ones use Office.actions.associate.
// On an IE11/EdgeHTML webview the ES5 stub in commands.html has already defined them (update message): keep those.
const legacyWebview = (globalThis as { __dvkLegacyWebview?: boolean }).__dvkLegacyWebview === true;
const handlers = legacyWebview
  ? []
  : Object.entries(RIBBON_ACTIONS).map(
      ([name, action]) => [name, (event: Office.AddinCommands.Event) => runRibbonCommand(event, action)] as const,
    );
for (const [name, handler] of handlers) (globalThis as unknown as Record<string, unknown>)[name] = handler;

if (!legacyWebview)
  Office.onReady(() => {
    const notice = parseNoticeQuery(window.location.search);
    if (notice) {
      renderNotice(notice);
      return;
    }
    const actions = (Office as { actions?: Office.Actions }).actions;
    if (actions && typeof actions.associate === "function")
      for (const [name, handler] of handlers) actions.associate(name, handler);
  });
