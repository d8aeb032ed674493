/** "Nhập": pick or drop files, a progress bar per file, the submissions read with their state and counts. */
import type { App, FileEntry, FileInput, FileState } from "../app";
import { el, replaceChildren } from "../dom";
import type { MessageKey } from "../i18n";
import { listSubmissions } from "../summary";
import { createMoreButton, LIST_PAGE } from "./createMoreButton";

const ACCEPT = ".xlsx,.xlsm,.xls,.ods,.csv";

const FILE_STATE_KEYS: Record<FileState, MessageKey> = {
  queued: "fileQueued",
  reading: "fileReading",
  parsing: "fileParsing",
  done: "fileDone",
  failed: "fileFailed",
};
const STATUS_KEYS = { accepted: "statusAccepted", rejected: "statusRejected", superseded: "statusSuperseded" } as const;

/** A picked or dropped File as a FileInput (FileReader, for progress events). */
export function fileInputOf(file: File): FileInput {
  return {
    name: file.name,
    size: file.size,
    read: (onProgress) =>
      new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
        };
        reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
        reader.readAsArrayBuffer(file);
      }),
  };
}

/** A file's line, kept between renders and changed in place when the file's state or progress moves. */
interface FileRow {
  readonly li: HTMLLIElement;
  readonly stateText: HTMLSpanElement;
  readonly progress: HTMLProgressElement;
  state: FileState | null;
  value: number;
}

function createFileRow(file: FileEntry): FileRow {
  const stateText = el("span", { class: "file-state" });
  const progress = el("progress", { max: "1", "aria-label": file.name });
  const li = el(
    "li",
    { class: "file", "data-file": file.name },
    el("span", { class: "file-name" }, file.name),
    stateText,
    progress,
  );
  return { li, stateText, progress, state: null, value: -1 };
}

function updateFileRow(app: App, row: FileRow, file: FileEntry): void {
  if (row.state !== file.state) {
    row.state = file.state;
    row.li.className = `file file-${file.state}`;
    row.stateText.textContent = app.t(FILE_STATE_KEYS[file.state]);
  }
  if (file.state === "parsing") {
    row.value = -1;
    row.progress.removeAttribute("value");
  } else if (row.value !== file.progress) {
    row.value = file.progress;
    row.progress.value = file.progress;
  }
}

/** The files by state, for the line above a list longer than a page. */
function summariseFiles(app: App, files: readonly FileEntry[]): string {
  let done = 0;
  let failed = 0;
  for (const f of files) {
    if (f.state === "done") done++;
    else if (f.state === "failed") failed++;
  }
  return app.t("filesSummary", { total: files.length, done, failed, pending: files.length - done - failed });
}

/** Builds the tab; `extraActions` are added by the preview (e.g. "Nạp các tệp mẫu"). */
export function createImportTab(
  app: App,
  extraActions: readonly HTMLElement[] = [],
): { panel: HTMLElement; update: () => void } {
  const t = app.t;
  const input = el("input", {
    type: "file",
    id: "file-input",
    multiple: true,
    accept: ACCEPT,
    class: "visually-hidden",
  });
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (files.length) void app.importFiles(files.map(fileInputOf));
  });
  const pick = el(
    "label",
    { for: "file-input", class: "button primary", role: "button", tabindex: "0" },
    t("pickFiles"),
  );
  pick.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      input.click();
    }
  });
  const drop = el("div", { class: "dropzone" }, input, pick, el("p", { class: "hint" }, t("dropHint")));
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("dragging");
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) void app.importFiles(files.map(fileInputOf));
  });

  const readOwn = el("button", { type: "button", class: "button", id: "read-workbook" }, t("readWorkbook"));
  readOwn.addEventListener("click", () => void app.readOwnWorkbook());
  const clear = el("button", { type: "button", class: "button subtle", id: "clear-files" }, t("clearAll"));
  clear.addEventListener("click", () => app.clear());

  const tools = createConversionTool(app);

  const fileList = el("ul", { class: "file-list", "aria-label": t("filesHeading") });
  const filesSummary = el("p", { class: "hint files-summary", id: "files-summary" });
  const filesMore = el("div", { class: "list-more" });
  const submissions = el("div", { class: "submissions" });
  const panel = el(
    "section",
    {},
    drop,
    el("div", { class: "actions" }, readOwn, ...extraActions, clear),
    // Above the lists (which grow to hundreds of lines), so the tool is found without scrolling.
    tools.root,
    el("h2", {}, t("filesHeading")),
    filesSummary,
    fileList,
    filesMore,
    el("h2", {}, t("submissionsHeading")),
    submissions,
  );

  // Long lists show a page at a time ("Hiện thêm"); a file's line is changed in place, the submissions are drawn
  // again only when a result or the consolidation changed.
  let fileLimit = LIST_PAGE;
  let submissionLimit = LIST_PAGE;
  const rows = new Map<number, FileRow>();
  let shownFiles: readonly FileEntry[] = [];
  let shownFilesRest = -1;
  let drawnSubmissions: unknown[] = [];
  let shownSubmissions = 0;

  const updateFiles = (): void => {
    const files = app.state.files;
    const shown = files.length > fileLimit ? files.slice(0, fileLimit) : files;
    const sameList = shown.length === shownFiles.length && shown.every((f, i) => f === shownFiles[i]);
    if (!sameList) {
      const keep = new Set(shown.map((f) => f.id));
      for (const id of rows.keys()) if (!keep.has(id)) rows.delete(id);
      const lines = shown.map((file) => {
        let row = rows.get(file.id);
        if (!row) rows.set(file.id, (row = createFileRow(file)));
        return row.li;
      });
      replaceChildren(fileList, ...lines);
      // A copy: `state.files` itself grows in place when more files are picked.
      shownFiles = [...shown];
    }
    for (const file of shown) updateFileRow(app, rows.get(file.id) as FileRow, file);
    filesSummary.hidden = files.length <= LIST_PAGE;
    if (!filesSummary.hidden) filesSummary.textContent = summariseFiles(app, files);
    const rest = files.length - shown.length;
    if (rest !== shownFilesRest) {
      shownFilesRest = rest;
      replaceChildren(
        filesMore,
        createMoreButton(t, rest, () => {
          fileLimit += LIST_PAGE;
          update();
        }),
      );
    }
  };

  const updateSubmissions = (): void => {
    // While files are read, a new result redraws the list only until its first page is full; the consolidation at
    // the end of the batch draws it whole.
    const key = [app.state.resultsVersion, app.state.consolidation, submissionLimit];
    if (key.every((k, i) => k === drawnSubmissions[i])) return;
    const onlyNewResults = key[1] === drawnSubmissions[1] && key[2] === drawnSubmissions[2] && key[1] === null;
    if (onlyNewResults && shownSubmissions >= submissionLimit) return;
    drawnSubmissions = key;
    const all = listSubmissions(app.results(), app.state.consolidation);
    if (all.length === 0) {
      shownSubmissions = 0;
      replaceChildren(submissions, el("p", { class: "empty" }, t("noSubmissions")));
      return;
    }
    shownSubmissions = Math.min(all.length, submissionLimit);
    const items = all
      .slice(0, submissionLimit)
      .map((row) =>
        el(
          "li",
          { class: `submission status-${row.status}`, "data-submission": row.id },
          el("span", { class: "unit" }, row.unitName ?? t("unknownUnit")),
          el("span", { class: "year" }, row.year === null ? t("unknownYear") : String(row.year)),
          el("span", { class: `badge badge-${row.status}` }, t(STATUS_KEYS[row.status])),
          el(
            "span",
            { class: "counts" },
            el("span", { class: "count-error" }, t("errorsCount", { count: row.errors })),
            " · ",
            el("span", { class: "count-warning" }, t("warningsCount", { count: row.warnings })),
          ),
          el("span", { class: "source" }, `${row.source} › ${row.sheet}`),
        ),
      );
    replaceChildren(
      submissions,
      el("ul", { class: "submission-list" }, ...items),
      createMoreButton(t, all.length - items.length, () => {
        submissionLimit += LIST_PAGE;
        update();
      }),
    );
  };

  const update = (): void => {
    tools.update();
    updateFiles();
    updateSubmissions();
  };
  return { panel, update };
}

/**
 * "Chuyển mã sang Unicode" on the selected range: the button asks the workbook what would change, the list shows each
 * cell before and after (text nodes only), and only "Ghi các thay đổi" writes.
 */
function createConversionTool(app: App): { root: HTMLElement; update: () => void } {
  const t = app.t;
  const convert = el("button", { type: "button", class: "button", id: "convert-legacy" }, t("convertLegacy"));
  convert.addEventListener("click", () => void app.previewConversion());
  const apply = el("button", { type: "button", class: "button primary", id: "conversion-apply" }, t("conversionApply"));
  apply.addEventListener("click", () => void app.applyConversion());
  const cancel = el(
    "button",
    { type: "button", class: "button subtle", id: "conversion-cancel" },
    t("conversionCancel"),
  );
  cancel.addEventListener("click", () => app.cancelConversion());
  const result = el("div", { class: "conversion", id: "conversion-preview" });
  const root = el(
    "section",
    { class: "tools", "aria-label": t("toolsHeading") },
    el("h2", {}, t("toolsHeading")),
    el("p", { class: "hint" }, t("convertLegacyHint")),
    el("div", { class: "actions" }, convert),
    result,
  );
  let shown: unknown = undefined;
  const update = (): void => {
    convert.disabled = app.state.busy;
    apply.disabled = app.state.busy;
    const preview = app.state.conversion;
    if (preview === shown) return;
    shown = preview;
    if (!preview || preview.changes.length === 0) {
      replaceChildren(result);
      return;
    }
    const rows = preview.changes.map((change) =>
      el(
        "tr",
        { "data-cell": change.address },
        el("th", { scope: "row" }, change.address),
        el("td", { class: "before" }, change.before),
        el("td", { class: "after" }, change.after),
      ),
    );
    replaceChildren(
      result,
      el(
        "div",
        { class: "table-scroll" },
        el(
          "table",
          { class: "conversion-table" },
          el("caption", {}, preview.range),
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              el("th", { scope: "col" }, "Ô"),
              el("th", { scope: "col" }, t("conversionBefore")),
              el("th", { scope: "col" }, t("conversionAfter")),
            ),
          ),
          el("tbody", {}, ...rows),
        ),
      ),
      el("div", { class: "actions" }, apply, cancel),
    );
  };
  return { root, update };
}
