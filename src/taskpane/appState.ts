/**
 * The pane's state and what the flows (src/taskpane/flows/) share through the `App`: the state lives in one object,
 * `App.state`, which the views read and the flows change before they notify.
 */
import type {
  Consolidation,
  Lang,
  ReportModel,
  RunOptions,
  Severity,
  StoreRow,
  UnitRecord,
  WorkbookMemory,
} from "../core";
import type { ParseClient } from "../io/browser/parseClient";
import type { ParsedFile } from "../io/browser/parseProtocol";
import type { Translate } from "./i18n";
import type { KeyValueStore } from "../core";
import type { ConversionPreview, WorkbookPort } from "./workbookPort";

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
  /** Goes up whenever a file's or the workbook's result changes (views redraw their lists only then). */
  resultsVersion: number;
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
  message: { text: string; kind: MessageKind } | null;
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

export type MessageKind = "info" | "error" | "success";

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

/** What a flow uses of the `App`: the one state, the dependencies and the pane's common steps. */
export interface FlowHost {
  readonly state: AppState;
  readonly deps: AppDeps;
  readonly t: Translate;
  notify(): void;
  /** Tells the views at the next animation frame (progress while files are read). */
  notifySoon(): void;
  say(text: string, kind?: MessageKind): void;
  /** Runs an action with the pane busy; a failure becomes a message. */
  run(action: () => Promise<void>): Promise<void>;
  /** The options of validation and consolidation, with the aliases of "Danh mục". */
  runOptions(): RunOptions;
  /** Every file and workbook result read so far, in reading order. */
  results(): ParsedFile[];
  /** Consolidates again and notifies. */
  recompute(): void;
  /** The current year, from the pane's clock. */
  currentYear(): number;
}

/**
 * The pane's state before anything is read.
 *
 * @example
 * const state = initialState(defaultOptions(2026)); // no files, no model, "reported" trends
 *
 * @param options - the settings
 * @returns a fresh state
 */
export function initialState(options: RunOptions): AppState {
  return {
    options,
    files: [],
    resultsVersion: 0,
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
