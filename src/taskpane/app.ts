/**
 * The pane's state and actions. Views subscribe and re-render the parts they own; every action catches its errors
 * and shows a message (never a stack trace). The actions live in three flows (src/taskpane/flows/): reading files
 * and the workbook's sheets (`ImportFlow`), the workbook's memory (`StoreFlow`) and writing to the workbook
 * (`WriteFlow`); the `App` holds the one state they share, consolidates it and tells the views.
 */
import type { Issue, RunOptions, Severity, UnitRecord } from "../core";
import type { ParsedFile } from "../io/browser/parseProtocol";
import {
  type AppDeps,
  type AppState,
  type FileInput,
  type FlowHost,
  initialState,
  type MessageKind,
  type TrendView,
} from "./appState";
import { coalesceToFrame } from "./coalesceToFrame";
import { buildModel, consolidateAll, mergeStoreForRun, optionsWithAliases } from "./engine";
import { ImportFlow } from "./flows/importFlow";
import { StoreFlow } from "./flows/storeFlow";
import { WriteFlow } from "./flows/writeFlow";
import type { Translate } from "./i18n";
import { reasonOf } from "./reasonOf";
import { saveSettings } from "../core";
import type { PortSnapshot } from "./workbookPort";

export type { AppDeps, AppState, FileEntry, FileInput, FileState, TrendView } from "./appState";
export { reasonOf } from "./reasonOf";

type Listener = (state: AppState) => void;

export class App implements FlowHost {
  readonly state: AppState;
  private readonly listeners: Listener[] = [];
  private readonly store: StoreFlow;
  private readonly files: ImportFlow;
  private readonly writes: WriteFlow;
  /** Progress while files are read: the views update at most once per animation frame. */
  private readonly soon = coalesceToFrame(() => this.notify());

  constructor(readonly deps: AppDeps) {
    this.state = initialState(deps.options);
    this.store = new StoreFlow(this, () => this.files.revalidate());
    this.files = new ImportFlow(this, this.store);
    this.writes = new WriteFlow(this, this.store, this.files);
  }

  get t(): Translate {
    return this.deps.t;
  }

  /** The options of validation and consolidation: the settings plus the aliases of "Danh mục". */
  runOptions(): RunOptions {
    return optionsWithAliases(this.state.options, this.state.memory?.aliases);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Tells the views now (and drops a pending `notifySoon`). */
  notify(): void {
    this.soon.cancel();
    for (const listener of this.listeners) listener(this.state);
  }

  /** Tells the views at the next animation frame: a burst of progress costs one render. */
  notifySoon(): void {
    this.soon.schedule();
  }

  say(text: string, kind: MessageKind = "info"): void {
    this.state.message = { text, kind };
    this.notify();
  }

  /** Every file and workbook result read so far, in reading order. */
  results(): ParsedFile[] {
    const files = this.state.files.flatMap((f) => (f.result ? [f.result] : []));
    return this.state.workbookResult ? [this.state.workbookResult, ...files] : files;
  }

  /**
   * Consolidates this run's files with everything the workbook store remembers: the store is merged with this run's
   * submissions, and the stored versions not read again in this run count as one more result.
   */
  recompute(): void {
    const results = this.results();
    try {
      const { store, stored } = mergeStoreForRun(
        this.state.memory?.storeRows ?? [],
        results,
        this.now(),
        this.state.units ?? undefined,
      );
      this.state.store = store;
      const all = stored.submissions.length > 0 ? [...results, stored] : results;
      this.state.consolidation = all.length
        ? consolidateAll(all, this.runOptions(), this.state.units ?? undefined)
        : null;
      this.state.model = this.state.consolidation
        ? buildModel(
            this.state.consolidation,
            this.state.options,
            this.state.year,
            this.deps.port.keepSourceReference ? undefined : [this.deps.port.workbookName],
          )
        : null;
    } catch (error) {
      this.state.consolidation = null;
      this.state.model = null;
      this.state.message = { text: this.t("failed", { reason: reasonOf(error) }), kind: "error" };
    }
    this.notify();
  }

  /** Runs an action with the pane busy; a failure becomes a message. */
  async run(action: () => Promise<void>): Promise<void> {
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

  /** The current year, from the same clock as `now` (local time: the officer's calendar year). */
  currentYear(): number {
    return new Date(this.now()).getFullYear();
  }

  /** Uses a units registry (completeness by validity years, the 2025 mergers for "Quy về đơn vị hiện nay"). */
  setRegistry(units: readonly UnitRecord[] | null): void {
    this.state.units = units;
    this.recompute();
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

  // The workbook's memory (StoreFlow).

  /** Reads the workbook once: its memory, its own sheets and the sheets too large to read. */
  loadMemory(): Promise<PortSnapshot> {
    return this.store.loadMemory();
  }

  /** At start: shows what the workbook remembers (earlier imports in "Dữ liệu") before any file is picked. */
  openWorkbook(): Promise<void> {
    return this.store.openWorkbook();
  }

  /** Adds a confirmed alias to "Danh mục" and validates everything again with it. */
  confirmAlias(issue: Issue): Promise<void> {
    return this.store.confirmAlias(issue);
  }

  // Files and the workbook's own sheets (ImportFlow).

  /** Reads files through the worker pool, each as soon as picked; one consolidation when all are read. */
  importFiles(inputs: readonly FileInput[]): Promise<void> {
    return this.files.importFiles(inputs);
  }

  /** Reads the open workbook's sheets and validates them like a file. */
  readOwnWorkbook(): Promise<void> {
    return this.files.readOwnWorkbook();
  }

  clear(): void {
    this.files.clear();
  }

  /** "Chuyển mã sang Unicode", step 1: what converting the selected range would change (nothing written). */
  previewConversion(): Promise<void> {
    return this.files.previewConversion();
  }

  /** Step 2, after the officer confirmed: writes the conversion. */
  applyConversion(): Promise<void> {
    return this.files.applyConversion();
  }

  cancelConversion(): void {
    this.files.cancelConversion();
  }

  // Writing to the workbook (WriteFlow).

  /** "Ghi vào sổ tính": the report with "Dữ liệu" and "Danh mục". */
  writeReport(): Promise<void> {
    return this.writes.writeReport();
  }

  /** "Chèn biểu đồ vào sổ tính": the same write, with the native charts. */
  insertCharts(): Promise<void> {
    return this.writes.insertCharts();
  }

  insertTemplate(): Promise<void> {
    return this.writes.insertTemplate();
  }

  goTo(issue: Issue): Promise<void> {
    return this.writes.goTo(issue);
  }

  private now(): string {
    return this.deps.now ? this.deps.now() : new Date().toISOString();
  }
}
