/**
 * The pane's state and actions. Views subscribe and re-render the parts they own; every action catches its errors
 * and shows a message (never a stack trace).
 */
import type { Consolidation } from "../core/consolidate/types";
import type { ReportModel } from "../core/report/model";
import type { Issue, Lang, RunOptions, Severity } from "../core/types";
import type { ParseClient } from "../io/browser/parseClient";
import type { ParsedFile } from "../io/browser/parseProtocol";
import { buildModel, consolidateAll, validateOwnSheets } from "./engine";
import type { Translate } from "./i18n";
import { saveSettings, type KeyValueStore } from "./settings";
import type { WorkbookPort } from "./workbookPort";

export type FileState = "queued" | "reading" | "parsing" | "done" | "failed";

export interface FileEntry {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  state: FileState;
  /** 0…1 */
  progress: number;
  result: ParsedFile | null;
}

/** A file to import: a picked/dropped File, or bytes fetched by the preview. */
export interface FileInput {
  readonly name: string;
  readonly size: number;
  /** Reads the bytes, reporting progress 0…1. */
  read(onProgress: (fraction: number) => void): Promise<Uint8Array>;
}

export interface AppState {
  options: RunOptions;
  files: FileEntry[];
  /** Result of "Đọc các trang tính trong sổ này". */
  workbookResult: ParsedFile | null;
  consolidation: Consolidation | null;
  model: ReportModel | null;
  /** Year shown in "Tổng hợp" (null: all years). */
  year: number | null;
  phaseIndex: number;
  severity: Severity | "all";
  busy: boolean;
  /** Last status message (shown in the status bar, announced by aria-live). */
  message: { text: string; kind: "info" | "error" | "success" } | null;
}

export interface AppDeps {
  readonly t: Translate;
  readonly lang: Lang;
  readonly port: WorkbookPort;
  readonly parser: ParseClient;
  readonly store: KeyValueStore | null;
  readonly options: RunOptions;
}

type Listener = (state: AppState) => void;

export class App {
  readonly state: AppState;
  private readonly listeners: Listener[] = [];
  private nextFileId = 1;
  private order = 0;

  constructor(readonly deps: AppDeps) {
    this.state = { options: deps.options, files: [], workbookResult: null, consolidation: null, model: null, year: null, phaseIndex: 0, severity: "all", busy: false, message: null };
  }

  get t(): Translate {
    return this.deps.t;
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener(this.state);
  }

  say(text: string, kind: "info" | "error" | "success" = "info"): void {
    this.state.message = { text, kind };
    this.notify();
  }

  /** Every file and workbook result read so far, in reading order. */
  results(): ParsedFile[] {
    const files = this.state.files.flatMap((f) => (f.result ? [f.result] : []));
    return this.state.workbookResult ? [this.state.workbookResult, ...files] : files;
  }

  /** Reads files one after another through the worker; each gets its progress bar. */
  async importFiles(inputs: readonly FileInput[]): Promise<void> {
    const entries = inputs.map((input) => ({ input, entry: { id: this.nextFileId++, name: input.name, size: input.size, state: "queued" as FileState, progress: 0, result: null as ParsedFile | null } }));
    this.state.files.push(...entries.map((e) => e.entry));
    this.notify();
    for (const { input, entry } of entries) {
      try {
        entry.state = "reading";
        this.notify();
        const bytes = await input.read((fraction) => {
          entry.progress = Math.min(0.5, fraction * 0.5);
          this.notify();
        });
        entry.state = "parsing";
        entry.progress = 0.6;
        this.notify();
        const keep = this.deps.port.keepSourceCopy !== undefined;
        const { result, workbook } = await this.deps.parser.parse(bytes, input.name, this.state.options, this.order++, keep);
        entry.result = result;
        entry.state = result.submissions.length === 0 && result.issues.some((i) => i.severity === "error") ? "failed" : "done";
        entry.progress = 1;
        if (workbook && this.deps.port.keepSourceCopy) await this.deps.port.keepSourceCopy(workbook);
      } catch (error) {
        entry.state = "failed";
        entry.progress = 1;
        this.say(this.t("failed", { reason: reasonOf(error) }), "error");
      }
      this.announceProgress();
    }
    this.recompute();
  }

  /** Reads the open workbook's sheets and validates them like a file. */
  async readOwnWorkbook(): Promise<void> {
    await this.run(async () => {
      const workbook = await this.deps.port.readSubmissionSheets();
      this.state.workbookResult = validateOwnSheets(workbook, this.state.options, this.order++);
      this.recompute();
      this.say(this.t("progressSummary", { done: 1, total: 1 }), "success");
    });
  }

  /** Consolidates everything read, and rebuilds the report model for the chosen year. */
  recompute(): void {
    const results = this.results();
    try {
      this.state.consolidation = results.length ? consolidateAll(results, this.state.options) : null;
      this.state.model = this.state.consolidation ? buildModel(this.state.consolidation, this.state.options, this.state.year) : null;
    } catch (error) {
      this.state.consolidation = null;
      this.state.model = null;
      this.state.message = { text: this.t("failed", { reason: reasonOf(error) }), kind: "error" };
    }
    this.notify();
  }

  setYear(year: number | null): void {
    this.state.year = year;
    this.recompute();
  }

  setPhase(index: number): void {
    this.state.phaseIndex = index;
    this.notify();
  }

  setSeverity(severity: Severity | "all"): void {
    this.state.severity = severity;
    this.notify();
  }

  setOptions(options: RunOptions): void {
    this.state.options = options;
    saveSettings(this.deps.store, options);
    this.state.phaseIndex = 0;
    this.recompute();
  }

  clear(): void {
    this.state.files = [];
    this.state.workbookResult = null;
    this.recompute();
  }

  async writeReport(): Promise<void> {
    const model = this.state.model;
    if (!model) return this.say(this.t("nothingToConsolidate"), "error");
    await this.run(async () => {
      const written = await this.deps.port.writeReport(model, this.state.consolidation?.issues ?? []);
      this.say([this.t("reportWritten", { count: written.sheets.length, names: written.sheets.join(", ") }), ...written.notes].join(" "), "success");
    });
  }

  async insertCharts(): Promise<void> {
    const model = this.state.model;
    if (!model) return this.say(this.t("nothingToConsolidate"), "error");
    await this.run(async () => {
      const count = await this.deps.port.insertCharts(model, this.state.consolidation?.issues ?? []);
      this.say(this.t("chartsInserted", { count }), "success");
    });
  }

  async insertTemplate(): Promise<void> {
    await this.run(async () => {
      const name = await this.deps.port.insertTemplate({});
      this.say(this.t("templateInserted", { name }), "success");
    });
  }

  async goTo(issue: Issue): Promise<void> {
    if (!issue.sheet || !issue.cell) return;
    const target = { source: issue.source, sheet: issue.sheet, cell: issue.cell };
    await this.run(async () => {
      const shown = await this.deps.port.goToCell(target);
      const inFile = target.source !== this.deps.port.workbookName;
      this.say(shown ? this.t("cellShown", target) : this.t(inFile ? "cellInFile" : "cellNotFound", target), shown ? "info" : "error");
    });
  }

  private announceProgress(): void {
    const done = this.state.files.filter((f) => f.state === "done" || f.state === "failed").length;
    this.state.message = { text: this.t("progressSummary", { done, total: this.state.files.length }), kind: "info" };
    this.notify();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.state.busy = true;
    this.notify();
    try {
      await action();
    } catch (error) {
      this.say(this.t("failed", { reason: reasonOf(error) }), "error");
    } finally {
      this.state.busy = false;
      this.notify();
    }
  }
}

/** A short reason for a failure, never a stack trace: the first line, without a trailing full stop. */
export function reasonOf(error: unknown): string {
  const text = error && typeof error === "object" && "message" in error && typeof (error as { message: unknown }).message === "string" ? (error as { message: string }).message : String(error);
  return (text.split("\n")[0] ?? "").replace(/[.\s]+$/, "");
}
