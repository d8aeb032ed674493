import type { RawWorkbook } from "../../core";
import type { ParsedFile } from "../../io/browser/parseProtocol";
import type { FileEntry, FileInput, FileState, FlowHost } from "../appState";
import { validateOwnSheets } from "../engine";
import { reasonOf } from "../reasonOf";
import type { StoreFlow } from "./storeFlow";

/** A file being read and the entry the pane shows for it. */
interface Queued {
  readonly input: FileInput;
  readonly entry: FileEntry;
}

/**
 * Reading what the officer brings: picked or dropped files (through the worker, each with its progress bar), the
 * open workbook's own sheets, and the "Chuyển mã sang Unicode" conversion of a selected range (preview, then apply).
 * Results go to the pane's state (`state.files`, `state.workbookResult`, `state.conversion`).
 *
 * @example
 * const files = new ImportFlow(app, store);
 * await files.importFiles([{ name: "xa-a.xlsx", size: bytes.length, read: async () => bytes }]);
 */
export class ImportFlow {
  private nextFileId = 1;
  /** Reading order of results (a later version of a unit-year wins). */
  private order = 0;
  /** The reading order of the workbook's own sheets, kept when they are validated again. */
  private ownOrder: number | null = null;
  /** Files read to the end (done or failed) since the list was last cleared: the status line's N. */
  private finished = 0;
  /** The inputs of imported files, kept to validate them again after an alias is added. */
  private readonly inputs = new Map<number, FileInput>();

  /**
   * @param host - the pane
   * @param store - the workbook's memory (read before the first file, and with the workbook's own sheets)
   */
  constructor(
    private readonly host: FlowHost,
    private readonly store: StoreFlow,
  ) {}

  /** Reads files through the worker pool, each as soon as picked; consolidates once when all of them are read. */
  async importFiles(inputs: readonly FileInput[]): Promise<void> {
    const entries = inputs.map((input) => ({
      input,
      entry: {
        id: this.nextFileId++,
        name: input.name,
        size: input.size,
        state: "queued" as FileState,
        progress: 0,
        result: null as ParsedFile | null,
      },
    }));
    for (const { entry } of entries) this.host.state.files.push(entry);
    for (const { input, entry } of entries) this.inputs.set(entry.id, input);
    this.host.notify();
    await this.store.ensureMemory();
    await this.parseEntries(entries);
    this.host.recompute();
  }

  /** Reads the open workbook's sheets and validates them like a file. */
  async readOwnWorkbook(): Promise<void> {
    await this.host.run(async () => {
      await this.store.loadMemory();
      this.validateOwn();
      this.host.recompute();
      this.host.say(this.host.t("progressSummary", { done: 1, total: 1 }), "success");
    });
  }

  /** Validates the workbook's own sheets as last read, keeping their reading order. */
  validateOwn(): void {
    const own = this.store.ownSheets;
    if (!own) return;
    this.ownOrder ??= this.order++;
    this.host.state.workbookResult = validateOwnSheets(own, this.host.runOptions(), this.ownOrder);
    this.host.state.resultsVersion++;
  }

  /** Validates every file and the workbook's own sheets again (after the aliases changed). */
  async revalidate(): Promise<void> {
    const again = this.host.state.files.flatMap((entry) => {
      const input = this.inputs.get(entry.id);
      if (!input || !entry.result) return [];
      entry.state = "queued";
      entry.progress = 0;
      return [{ input, entry }];
    });
    this.finished -= again.length;
    if (this.host.state.workbookResult) this.validateOwn();
    await this.parseEntries(again);
    this.host.recompute();
  }

  /** Forgets the files and the workbook's result (the store keeps what was written). */
  clear(): void {
    this.host.state.files = [];
    this.finished = 0;
    this.inputs.clear();
    this.host.state.workbookResult = null;
    this.host.state.resultsVersion++;
    this.host.recompute();
  }

  /** "Chuyển mã sang Unicode", step 1: what converting the selected range would change (nothing written). */
  async previewConversion(): Promise<void> {
    const { state, deps, t } = this.host;
    await this.host.run(async () => {
      const preview = await deps.port.previewConversion();
      state.conversion = preview;
      this.host.say(
        preview.changes.length
          ? t("conversionFound", { count: preview.changes.length, range: preview.range })
          : t("conversionNone", { range: preview.range || "—" }),
        "info",
      );
    });
  }

  /** Step 2, after the officer confirmed: writes the conversion. */
  async applyConversion(): Promise<void> {
    const { state, deps, t } = this.host;
    const preview = state.conversion;
    if (!preview) return;
    await this.host.run(async () => {
      const result = await deps.port.applyConversion(preview);
      state.conversion = null;
      const skipped = result.skipped.length ? ` ${t("conversionSkipped", { cells: result.skipped.join(", ") })}` : "";
      this.host.say(`${t("conversionDone", { count: result.written })}${skipped}`, "success");
    });
  }

  /** The officer declined the conversion. */
  cancelConversion(): void {
    this.host.state.conversion = null;
    this.host.notify();
  }

  /**
   * Reads and validates files: each starts as soon as picked (the worker pool reads several at once; a few more are
   * read from disk ahead so the pool never waits), results keep the picking order, and the views hear of progress at
   * most once per animation frame. Nothing here walks the whole file list per file.
   */
  private async parseEntries(entries: readonly Queued[]): Promise<void> {
    const orders = entries.map(() => this.order++);
    const inFlight = Math.max(2, this.host.deps.parser.size ?? 1) + 2;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < entries.length) {
        const index = next++;
        const queued = entries[index] as Queued;
        try {
          await this.parseEntry(queued, orders[index] as number);
        } catch (error) {
          queued.entry.state = "failed";
          queued.entry.progress = 1;
          this.host.say(this.host.t("failed", { reason: reasonOf(error) }), "error");
        }
        this.finished++;
        this.announceProgress();
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, entries.length) }, worker));
  }

  /** Reads one file (progress to one half), parses it in a worker and gives the port a reference to it when it can. */
  private async parseEntry({ input, entry }: Queued, order: number): Promise<void> {
    const { port } = this.host.deps;
    entry.state = "reading";
    this.host.notifySoon();
    const bytes = await input.read((fraction) => {
      entry.progress = Math.min(0.5, fraction * 0.5);
      this.host.notifySoon();
    });
    entry.state = "parsing";
    entry.progress = 0.6;
    this.host.notifySoon();
    const { result, sheetNames } = await this.host.deps.parser.parse(bytes, input.name, this.host.runOptions(), order);
    entry.result = result;
    this.host.state.resultsVersion++;
    entry.state =
      result.submissions.length === 0 && result.issues.some((i) => i.severity === "error") ? "failed" : "done";
    entry.progress = 1;
    // A reference to the file, not a copy of its sheets: they are read again only when one of them is shown.
    if (port.keepSourceReference && sheetNames?.length)
      port.keepSourceReference({ source: input.name, sheetNames, load: () => this.readSheets(input) });
  }

  /** Reads one file's sheets again through the same parse path as the import (the preview shows one of them). */
  private async readSheets(input: FileInput): Promise<RawWorkbook | null> {
    const bytes = await input.read(() => undefined);
    const { workbook } = await this.host.deps.parser.parse(bytes, input.name, this.host.runOptions(), -1, true);
    return workbook;
  }

  /** "Đã đọc N/N tệp" from a counter (not a walk over every file). */
  private announceProgress(): void {
    const { state } = this.host;
    const done = Math.min(this.finished, state.files.length);
    state.message = { text: this.host.t("progressSummary", { done, total: state.files.length }), kind: "info" };
    this.host.notifySoon();
  }
}
