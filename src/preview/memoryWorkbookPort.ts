/**
 * The in-memory workbook of the preview: sheets as plain data behind the same WorkbookPort as Excel. It holds the
 * workbook's "own" sheets (seeded from a sample), copies of imported source sheets (so issues lead to their cells),
 * and the report sheets the pane writes; the sheet view beside the pane renders it.
 */
import {
  buildTemplateSheets,
  type CellValue,
  type ChartSpec,
  fixLegacyText,
  parseA1Range,
  type RawSheet,
  type RawWorkbook,
  type ReportModel,
  type SheetKey,
  type SheetModel,
  toA1,
} from "../core";
import type {
  CellTarget,
  ConversionChange,
  ConversionPreview,
  PortSnapshot,
  TemplateRequest,
  WorkbookPort,
  WriteRequest,
  WriteResult,
} from "../taskpane/workbookPort";
import { coalesceToFrame } from "../taskpane/coalesceToFrame";

/** Sheets the add-in reads back as its memory (the store, the aliases, a registry it wrote). */
const MEMORY_KEYS: readonly SheetKey[] = ["du-lieu", "danh-muc", "don-vi"];

/** A written report sheet read back as values, as Excel would return it. */
function modelToRaw(sheet: SheetModel): RawSheet {
  return {
    name: sheet.name,
    rows: sheet.rows.map((row) => row.map((cell): CellValue => (cell === null ? null : cell.v === "" ? null : cell.v))),
  };
}

export type MemorySheet =
  | {
      readonly id: string;
      readonly kind: "source";
      readonly source: string;
      readonly name: string;
      readonly raw: RawSheet;
    }
  | { readonly id: string; readonly kind: "output"; readonly name: string; readonly model: SheetModel };

export const PREVIEW_WORKBOOK_NAME = "Sổ tính (mô phỏng)";

export class MemoryWorkbook implements WorkbookPort {
  readonly kind = "memory" as const;
  readonly workbookName = PREVIEW_WORKBOOK_NAME;
  sheets: MemorySheet[] = [];
  charts: ChartSpec[] = [];
  active: string | null = null;
  selection: string | null = null;
  private readonly listeners: (() => void)[] = [];
  /** Where each sheet is in `sheets`, by id (a file's copy is added without a search through every copy). */
  private readonly index = new Map<string, number>();
  /** Copies kept while files are read tell the sheet view once per animation frame, not once per file. */
  private readonly soon = coalesceToFrame(() => this.changed());

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.soon.cancel();
    for (const listener of this.listeners) listener();
  }

  /** Puts sheets into the workbook as its own (what "Đọc các trang tính trong sổ này" reads). */
  seed(workbook: RawWorkbook): void {
    for (const sheet of workbook.sheets) this.upsertSource(this.workbookName, sheet, sheet.name);
    this.changed();
  }

  activate(id: string): void {
    this.active = id;
    this.selection = null;
    this.changed();
  }

  async readSubmissionSheets(): Promise<RawWorkbook> {
    const own = this.sheets.filter(
      (s): s is Extract<MemorySheet, { kind: "source" }> => s.kind === "source" && s.source === this.workbookName,
    );
    return { source: this.workbookName, sheets: own.map((s) => s.raw) };
  }

  async readSnapshot(): Promise<PortSnapshot> {
    const owned: Partial<Record<SheetKey, RawSheet>> = {};
    for (const sheet of this.sheets) {
      if (sheet.kind === "output" && sheet.id === `output:${sheet.model.key}` && MEMORY_KEYS.includes(sheet.model.key))
        owned[sheet.model.key] = modelToRaw(sheet.model);
    }
    return { workbook: await this.readSubmissionSheets(), owned, tooLarge: [] };
  }

  /** Selects a cell or range of the active sheet (the sheet view's click). */
  select(range: string | null): void {
    this.selection = range === null ? null : range.toUpperCase();
    this.changed();
  }

  /** The selected range of the active source sheet (the whole sheet when nothing is selected), as Excel's getSelectedRange. */
  async previewConversion(): Promise<ConversionPreview> {
    const sheet = this.sheets.find((s) => s.id === this.active);
    if (!sheet || sheet.kind !== "source") return { sheet: sheet?.name ?? "", range: "", changes: [] };
    const raw = sheet.raw;
    const origin = raw.origin ?? { r: 0, c: 0 };
    const width = Math.max(1, ...raw.rows.map((r) => r.length));
    const whole = `${toA1(origin.r, origin.c)}:${toA1(origin.r + Math.max(0, raw.rows.length - 1), origin.c + width - 1)}`;
    const range = this.selection ?? whole;
    const bounds = parseA1Range(range);
    const changes: ConversionChange[] = [];
    if (bounds) {
      for (let r = bounds.top; r <= bounds.bottom; r++) {
        for (let c = bounds.left; c <= bounds.right; c++) {
          const value = raw.rows[r - origin.r]?.[c - origin.c];
          if (typeof value !== "string" || value === "") continue;
          const address = toA1(r, c);
          const after = fixLegacyText(value, raw.fonts?.[address]).text;
          if (after !== value) changes.push({ address, before: value, after });
        }
      }
    }
    return { sheet: sheet.name, range, changes };
  }

  async applyConversion(preview: ConversionPreview): Promise<{ written: number; skipped: string[] }> {
    const sheet = this.sheets.find(
      (s): s is Extract<MemorySheet, { kind: "source" }> => s.kind === "source" && s.name === preview.sheet,
    );
    if (!sheet) return { written: 0, skipped: preview.changes.map((c) => c.address) };
    const origin = sheet.raw.origin ?? { r: 0, c: 0 };
    const rows = sheet.raw.rows.map((row) => [...row]);
    let written = 0;
    const skipped: string[] = [];
    for (const change of preview.changes) {
      const b = parseA1Range(change.address);
      const row = b ? rows[b.top - origin.r] : undefined;
      // Like the Excel adapter: a cell edited since the preview is left alone.
      if (!b || !row || row[b.left - origin.c] !== change.before) {
        skipped.push(change.address);
        continue;
      }
      row[b.left - origin.c] = change.after;
      written++;
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets[index] = { ...sheet, raw: { ...sheet.raw, rows } };
    this.changed();
    return { written, skipped };
  }

  async keepSourceCopy(workbook: RawWorkbook): Promise<void> {
    for (const sheet of workbook.sheets)
      this.upsertSource(workbook.source, sheet, `${workbook.source} › ${sheet.name}`);
    this.soon.schedule();
  }

  async writeReport(
    model: ReportModel,
    _issues: readonly unknown[] = [],
    request: WriteRequest = {},
  ): Promise<WriteResult> {
    for (const sheet of model.sheets) {
      const id = `output:${sheet.key}`;
      const entry: MemorySheet = { id, kind: "output", name: sheet.name, model: sheet };
      const index = this.sheets.findIndex((s) => s.id === id);
      if (index >= 0) this.sheets[index] = entry;
      else this.sheets.push(entry);
    }
    if (request.activate !== false) {
      this.active = `output:${model.sheets[0]?.key ?? ""}`;
      this.selection = null;
    }
    this.changed();
    return { sheets: model.sheets.map((s) => s.name), notes: [] };
  }

  async goToCell(target: CellTarget): Promise<boolean> {
    const sheet = this.sheets.find(
      (s) => s.kind === "source" && s.source === target.source && s.raw.name === target.sheet,
    );
    if (!sheet) return false;
    this.active = sheet.id;
    this.selection = target.cell.toUpperCase();
    this.changed();
    return true;
  }

  async insertCharts(model: ReportModel): Promise<number> {
    if (!this.sheets.some((s) => s.id === "output:xu-huong")) await this.writeReport(model);
    // Re-running replaces charts by key instead of adding duplicates, as the Excel adapter does.
    const byKey = new Map(this.charts.map((c) => [c.key, c]));
    for (const chart of model.charts) byKey.set(chart.key, chart);
    this.charts = [...byKey.values()];
    this.active = "output:xu-huong";
    this.changed();
    return this.charts.length;
  }

  async insertTemplate(request: TemplateRequest): Promise<string> {
    // Like the Excel adapter: a sheet already there keeps its name, the new one gets " (2)", " (3)"…
    const taken = new Set(this.sheets.map((s) => s.name.toLowerCase()));
    const names = buildTemplateSheets({ unitName: request.unitName, year: request.year }).map((sheet) => {
      let name = sheet.name;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
      taken.add(name.toLowerCase());
      this.sheets.push({ id: `template:${name}`, kind: "output", name, model: { ...sheet, name } });
      return name;
    });
    // The counts form (Mẫu 01) is shown first, as in Excel.
    this.active = `template:${names[0]}`;
    this.selection = null;
    this.changed();
    return names[0] as string;
  }

  private upsertSource(source: string, raw: RawSheet, name: string): void {
    const id = `source:${source}\u0000${raw.name}`;
    const entry: MemorySheet = { id, kind: "source", source, name, raw };
    const index = this.index.get(id);
    if (index !== undefined && this.sheets[index]?.id === id) this.sheets[index] = entry;
    else {
      // Not in the index: a new copy (no search); in it but moved: found once and remembered again.
      const found = index === undefined ? -1 : this.sheets.findIndex((s) => s.id === id);
      if (found >= 0) this.sheets[found] = entry;
      else this.sheets.push(entry);
      this.index.set(id, found >= 0 ? found : this.sheets.length - 1);
    }
    if (!this.active) this.active = id;
  }
}
