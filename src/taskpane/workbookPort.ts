/**
 * What the pane needs from "the workbook". Two implementations: the Office one (src/taskpane/officeWorkbookPort.ts,
 * over Excel.run and src/excel/) and the in-memory one of the preview (src/preview/memoryWorkbookPort.ts). The pane
 * codes against this interface only, so the preview and the e2e tests drive the same pane as Excel does.
 */
import type { Issue, RawSheet, RawWorkbook, ReportModel, SheetKey } from "../core";

/** A cell to show: the sheet as named in the workbook (or in the source file) and an A1 address. */
export interface CellTarget {
  /** Source file name, or the workbook's own name for sheets read from it. */
  readonly source: string;
  readonly sheet: string;
  readonly cell: string;
}

/** Result of writing the report: the sheet names actually used, and notes (e.g. a name taken by the officer). */
export interface WriteResult {
  readonly sheets: readonly string[];
  readonly notes: readonly string[];
}

/** Options for the Mẫu 01-DVK template sheet. */
export interface TemplateRequest {
  readonly unitName?: string;
  readonly year?: number;
}

/** One read of the workbook: submission candidates, the add-in's own sheets ("Dữ liệu", "Danh mục"…) and sheets too large to read. */
export interface PortSnapshot {
  readonly workbook: RawWorkbook;
  readonly owned: Readonly<Partial<Record<SheetKey, RawSheet>>>;
  readonly tooLarge: readonly string[];
}

/** One cell "Chuyển mã sang Unicode" would change. */
export interface ConversionChange {
  readonly address: string;
  readonly before: string;
  readonly after: string;
}

/** What converting the selected range would change (nothing is written yet). */
export interface ConversionPreview {
  readonly sheet: string;
  readonly range: string;
  readonly changes: readonly ConversionChange[];
}

/**
 * An imported file as the preview remembers it for issue navigation: a reference, not a copy of its sheets. The sheets
 * are read again (through the same parse path as the import) only when one of them is shown.
 */
export interface SourceReference {
  /** The file name, as issues name it. */
  readonly source: string;
  /** Its sheet names, in the file's order. */
  readonly sheetNames: readonly string[];
  /** Reads the file's sheets again; null when it can no longer be read. */
  readonly load: () => Promise<RawWorkbook | null>;
}

/** Options of a write. */
export interface WriteRequest {
  /** Show the first written sheet (default true); false when only "Danh mục" is updated. */
  readonly activate?: boolean;
}

export interface WorkbookPort {
  /** "office" inside Excel, "memory" in the preview. */
  readonly kind: "office" | "memory";
  /** The name the workbook's own sheets are reported under (issue `source`). */
  readonly workbookName: string;
  /** Every worksheet's used values as plain data (the core decides which are submissions), the add-in's own sheets apart. */
  readSnapshot(): Promise<PortSnapshot>;
  /** Remembers an imported file by reference (so its issues can lead to their cells, read again then); optional. */
  keepSourceReference?(reference: SourceReference): void;
  /** Writes (or replaces) the report sheets the add-in owns; `issues` of the workbook's own sheets become highlights. */
  writeReport(model: ReportModel, issues?: readonly Issue[], request?: WriteRequest): Promise<WriteResult>;
  /** Lists what converting the selected range from TCVN3/VNI to Unicode would change; writes nothing. */
  previewConversion(): Promise<ConversionPreview>;
  /** Writes a confirmed preview (only cells that still hold the text shown); returns how many were written. */
  applyConversion(
    preview: ConversionPreview,
  ): Promise<{ readonly written: number; readonly skipped: readonly string[] }>;
  /** Selects a cell; false when the sheet is not in the workbook. */
  goToCell(target: CellTarget): Promise<boolean>;
  /** Creates or updates the native charts described by the model; returns how many exist afterwards. */
  insertCharts(model: ReportModel, issues?: readonly Issue[]): Promise<number>;
  /** Inserts a Mẫu 01-DVK sheet; returns its name. */
  insertTemplate(request: TemplateRequest): Promise<string>;
}
