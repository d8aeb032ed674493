/**
 * The pane's state and actions. Views subscribe and re-render the parts they own; every action catches its errors
 * and shows a message (never a stack trace).
 */
import { addAlias, type AliasEntry, type Consolidation, type Issue, type Lang, type RawWorkbook, readWorkbookMemory, type ReportModel, type RunOptions, type Severity, type StoreRow, type UnitRecord, withWorkbookSheets, type WorkbookMemory } from "../core";
import type { ParseClient } from "../io/browser/parseClient";
import type { ParsedFile } from "../io/browser/parseProtocol";
import { aliasFromIssue, buildModel, consolidateAll, mergeStoreForRun, optionsWithAliases, registryFromSnapshot, validateOwnSheets } from "./engine";
import type { Translate } from "./i18n";
import { saveSettings, type KeyValueStore } from "./settings";
import type { ConversionPreview, PortSnapshot, WorkbookPort } from "./workbookPort";

/** How the trend charts show units merged in the 2025 reform. */
export type TrendView = "reported" | "rebased";

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
  /** What the workbook remembers: the "Dữ liệu" store and the "Danh mục" aliases (null until first read). */
  memory: WorkbookMemory | null;
  /** The store after merging this run's submissions (what "Ghi vào sổ tính" writes to "Dữ liệu"). */
  store: readonly StoreRow[];
  /** The units registry ("Đơn vị" sheet of the workbook, or loaded by the preview); null without one. */
  units: readonly UnitRecord[] | null;
  /** Lasting notes for the officer: sheets too large to read, sheet names the add-in could not use. */
  notices: string[];
  /** A "Chuyển mã sang Unicode" preview waiting for the officer's confirmation. */
  conversion: ConversionPreview | null;
  trendView: TrendView;
}

export interface AppDeps {
  readonly t: Translate;
  readonly lang: Lang;
  readonly port: WorkbookPort;
  readonly parser: ParseClient;
  readonly store: KeyValueStore | null;
  readonly options: RunOptions;
  /** ISO timestamp of "now" (store import times, the current year of settings and the template); tests fix it. */
  readonly now?: () => string;
}

type Listener = (state: AppState) => void;

export class App {
  readonly state: AppState;
  private readonly listeners: Listener[] = [];
  private nextFileId = 1;
  private order = 0;
  /** The inputs of imported files, kept to validate them again after an alias is added. */
  private readonly inputs = new Map<number, FileInput>();
  /** The workbook's own sheets as last read (validated again with new aliases). */
  private ownSheets: RawWorkbook | null = null;
  private ownOrder: number | null = null;

  constructor(readonly deps: AppDeps) {
    this.state = {
      options: deps.options,
      files: [],
      workbookResult: null,
      consolidation: null,
      model: null,
      year: null,
      phaseIndex: 0,
      severity: "all",
      busy: false,
      message: null,
      memory: null,
      store: [],
      units: null,
      notices: [],
      conversion: null,
      trendView: "reported",
    };
  }

  /** The options of validation and consolidation: the settings plus the aliases of "Danh mục". */
  runOptions(): RunOptions {
    return optionsWithAliases(this.state.options, this.state.memory?.aliases);
  }

  /**
   * Reads the workbook once: its memory ("Dữ liệu", "Danh mục"), its own sheets (a sheet "Đơn vị" is the units
   * registry, not a submission) and the sheets too large to read (noted in the pane).
   */
  async loadMemory(): Promise<PortSnapshot> {
    const snapshot = await this.deps.port.readSnapshot();
    this.state.memory = readWorkbookMemory(snapshot.owned);
    const registry = registryFromSnapshot(snapshot);
    if (registry) this.state.units = registry.units;
    this.ownSheets = registry ? { ...snapshot.workbook, sheets: snapshot.workbook.sheets.filter((s) => s !== registry.sheet) } : snapshot.workbook;
    const tooLarge = snapshot.tooLarge.map((name) => this.t("sheetTooLarge", { name }));
    this.state.notices = [...this.state.notices.filter((n) => !tooLarge.includes(n)), ...tooLarge];
    return snapshot;
  }

  /** Reads the workbook's memory the first time it is needed; a failure is shown and the run goes on without it. */
  private async ensureMemory(): Promise<void> {
    if (this.state.memory) return;
    try {
      await this.loadMemory();
    } catch (error) {
      this.state.memory = readWorkbookMemory({});
      this.say(this.t("failed", { reason: reasonOf(error) }), "error");
    }
  }

  /** At start: shows what the workbook remembers (earlier imports in "Dữ liệu") before any file is picked. */
  async openWorkbook(): Promise<void> {
    await this.ensureMemory();
    this.recompute();
  }

  /** Uses a units registry (completeness by validity years, the 2025 mergers for "Quy về đơn vị hiện nay"). */
  setRegistry(units: readonly UnitRecord[] | null): void {
    this.state.units = units;
    this.recompute();
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
    for (const { input, entry } of entries) this.inputs.set(entry.id, input);
    this.notify();
    await this.ensureMemory();
    await this.parseEntries(entries);
    this.recompute();
  }

  /** Reads and validates files through the worker, one after another. */
  private async parseEntries(entries: readonly { input: FileInput; entry: FileEntry }[]): Promise<void> {
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
        const { result, workbook } = await this.deps.parser.parse(bytes, input.name, this.runOptions(), this.order++, keep);
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
  }

  /** Reads the open workbook's sheets and validates them like a file. */
  async readOwnWorkbook(): Promise<void> {
    await this.run(async () => {
      await this.loadMemory();
      this.validateOwn();
      this.recompute();
      this.say(this.t("progressSummary", { done: 1, total: 1 }), "success");
    });
  }

  private validateOwn(): void {
    if (!this.ownSheets) return;
    this.ownOrder ??= this.order++;
    this.state.workbookResult = validateOwnSheets(this.ownSheets, this.runOptions(), this.ownOrder);
  }

  /**
   * Consolidates this run's files with everything the workbook store remembers: the store is merged with this run's
   * submissions, and the stored versions not read again in this run count as one more result.
   */
  recompute(): void {
    const results = this.results();
    try {
      const { store, stored } = mergeStoreForRun(this.state.memory?.storeRows ?? [], results, this.now(), this.state.units ?? undefined);
      this.state.store = store;
      const all = stored.submissions.length > 0 ? [...results, stored] : results;
      this.state.consolidation = all.length ? consolidateAll(all, this.runOptions(), this.state.units ?? undefined) : null;
      this.state.model = this.state.consolidation ? buildModel(this.state.consolidation, this.state.options, this.state.year, this.deps.port.keepSourceCopy ? undefined : [this.deps.port.workbookName]) : null;
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
    saveSettings(this.deps.store, options, this.currentYear());
    this.state.phaseIndex = 0;
    this.recompute();
  }

  setTrendView(view: TrendView): void {
    this.state.trendView = view;
    this.notify();
  }

  clear(): void {
    this.state.files = [];
    this.inputs.clear();
    this.state.workbookResult = null;
    this.recompute();
  }

  /**
   * "Ghi vào sổ tính": reads the workbook again (the officer may have edited it), merges this run into the store,
   * consolidates with what the store remembers, and writes the report with "Dữ liệu" and "Danh mục".
   */
  async writeReport(): Promise<void> {
    if (!this.state.model && this.results().length === 0 && !this.state.memory?.storeRows.length) return this.say(this.t("nothingToConsolidate"), "error");
    await this.run(async () => {
      await this.loadMemory();
      if (this.state.workbookResult) this.validateOwn();
      this.recompute();
      const memory = this.state.memory;
      const model = this.state.model;
      if (!model || !memory) return this.say(this.t("nothingToConsolidate"), "error");
      const written = await this.deps.port.writeReport(withWorkbookSheets(model, memory, this.state.store), this.state.consolidation?.issues ?? []);
      // What was written is now the workbook's memory: a second write with the same inputs writes the same sheets.
      this.state.memory = { ...memory, storeRows: this.state.store };
      this.state.notices = [...this.state.notices.filter((n) => !written.notes.includes(n)), ...written.notes];
      this.say([this.t("reportWritten", { count: written.sheets.length, names: written.sheets.join(", ") }), ...written.notes].join(" "), "success");
    });
  }

  /**
   * One confirmation of an "unknown label" suggestion: the alias goes into "Danh mục" (through the port), and every
   * file and the workbook's sheets are validated again with it; later files use it too.
   */
  async confirmAlias(issue: Issue): Promise<void> {
    const entry = aliasFromIssue(issue);
    if (!entry) return;
    await this.run(async () => {
      await this.loadMemory();
      const memory = this.state.memory ?? readWorkbookMemory({});
      const entries: AliasEntry[] = addAlias(memory.aliasEntries, entry);
      const model = withWorkbookSheets({ sheets: [], charts: [] }, memory, memory.storeRows, entries);
      const aliasSheet = model.sheets.filter((s) => s.key === "danh-muc");
      await this.deps.port.writeReport({ sheets: aliasSheet, charts: [] }, this.state.consolidation?.issues ?? [], { activate: false });
      await this.loadMemory();
      await this.revalidate();
      this.say(this.t("aliasAdded", { text: entry.text, label: String(issue.params["suggestion"] ?? entry.code) }), "success");
    });
  }

  /** Validates every file and the workbook's own sheets again (after the aliases changed). */
  private async revalidate(): Promise<void> {
    const again = this.state.files.flatMap((entry) => {
      const input = this.inputs.get(entry.id);
      if (!input || !entry.result) return [];
      entry.state = "queued";
      entry.progress = 0;
      return [{ input, entry }];
    });
    if (this.state.workbookResult) this.validateOwn();
    await this.parseEntries(again);
    this.recompute();
  }

  /** "Chuyển mã sang Unicode", step 1: what converting the selected range would change (nothing written). */
  async previewConversion(): Promise<void> {
    await this.run(async () => {
      const preview = await this.deps.port.previewConversion();
      this.state.conversion = preview;
      this.say(preview.changes.length ? this.t("conversionFound", { count: preview.changes.length, range: preview.range }) : this.t("conversionNone", { range: preview.range || "—" }), "info");
    });
  }

  /** Step 2, after the officer confirmed: writes the conversion. */
  async applyConversion(): Promise<void> {
    const preview = this.state.conversion;
    if (!preview) return;
    await this.run(async () => {
      const result = await this.deps.port.applyConversion(preview);
      this.state.conversion = null;
      const skipped = result.skipped.length ? ` ${this.t("conversionSkipped", { cells: result.skipped.join(", ") })}` : "";
      this.say(`${this.t("conversionDone", { count: result.written })}${skipped}`, "success");
    });
  }

  cancelConversion(): void {
    this.state.conversion = null;
    this.notify();
  }

  private now(): string {
    return this.deps.now ? this.deps.now() : new Date().toISOString();
  }

  /** The current year, from the same clock as `now` (local time: the officer's calendar year). */
  private currentYear(): number {
    return new Date(this.now()).getFullYear();
  }

  async insertCharts(): Promise<void> {
    if (!this.state.model) return this.say(this.t("nothingToConsolidate"), "error");
    await this.run(async () => {
      // Inserting charts writes the report sheets too: with the store, so "Dữ liệu" never loses earlier imports.
      await this.loadMemory();
      this.recompute();
      const memory = this.state.memory;
      const model = this.state.model;
      if (!model || !memory) return this.say(this.t("nothingToConsolidate"), "error");
      const count = await this.deps.port.insertCharts(withWorkbookSheets(model, memory, this.state.store), this.state.consolidation?.issues ?? []);
      this.state.memory = { ...memory, storeRows: this.state.store };
      this.say(this.t("chartsInserted", { count }), "success");
    });
  }

  async insertTemplate(): Promise<void> {
    await this.run(async () => {
      // The template is for this year's report (for a report year from 2026 on, without "Cấp huyện").
      const name = await this.deps.port.insertTemplate({ year: this.currentYear() });
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
