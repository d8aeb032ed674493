/**
 * The in-memory workbook of the preview: sheets as plain data behind the same WorkbookPort as Excel. It holds the
 * workbook's "own" sheets (seeded from a sample), references to imported files (so issues lead to their cells: a file
 * is read again, through the import's parse path, only when one of its sheets is shown, and only the last two read
 * are kept), and the report sheets the pane writes; the sheet view beside the pane renders it.
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
  SourceReference,
  WriteRequest,
  WriteResult,
} from "../taskpane/workbookPort";
import { coalesceToFrame } from "../taskpane/coalesceToFrame";
import { rememberRecent } from "./rememberRecent";

/** How many imported files read again to show their sheets stay in memory (the one shown and the one before). */
const RECENT_FILES = 2;

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
      /** The sheet's own name (`name` is what the view lists: "file › sheet" for an imported file). */
      readonly sheet: string;
      readonly name: string;
      /** The workbook's own sheets; null for an imported file's sheet, read again when shown (`rawOf`). */
      readonly raw: RawSheet | null;
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
  /** How to read each imported file again, by file name (a reference per file, not its sheets). */
  private readonly references = new Map<string, () => Promise<RawWorkbook | null>>();
  /** The last files read again to be shown. */
  private readonly recent = rememberRecent<string, RawWorkbook | null>(RECENT_FILES);
  /** Files being read again, so two requests share one read. */
  private readonly loading = new Map<string, Promise<RawWorkbook | null>>();
  /** Imported sheets changed by "Chuyển mã sang Unicode", by id (kept: the officer's edit is not read again). */
  private readonly edited = new Map<string, RawSheet>();

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.soon.cancel();
    for (const listener of this.listeners) listener();
  }

  /** Puts sheets into the workbook as its own (what "Đọc các trang tính trong sổ này" reads). */
  seed(workbook: RawWorkbook): void {
    for (const sheet of workbook.sheets) this.upsertSource(this.workbookName, sheet.name, sheet, sheet.name);
    this.changed();
  }

  activate(id: string): void {
    this.active = id;
    this.selection = null;
    this.changed();
    const sheet = this.sheets[this.index.get(id) ?? -1];
    if (sheet?.kind === "source" && this.rawOf(sheet) === null)
      void this.load(sheet.source).then(() => this.active === id && this.changed());
  }

  /**
   * A source sheet's values as they are in memory: the workbook's own, an edited copy, or one of the files last read
   * again; null when its file has to be read again first (`activate` and `goToCell` do that).
   */
  rawOf(sheet: Extract<MemorySheet, { kind: "source" }>): RawSheet | null {
    if (sheet.raw) return sheet.raw;
    const edited = this.edited.get(sheet.id);
    if (edited) return edited;
    return this.recent.get(sheet.source)?.sheets.find((s) => s.name === sheet.sheet) ?? null;
  }

  /** Reads an imported file again through its reference (once at a time); the last few stay in memory. */
  private async load(source: string): Promise<RawWorkbook | null> {
    const kept = this.recent.get(source);
    if (kept !== undefined) return kept;
    const pending = this.loading.get(source);
    if (pending) return pending;
    const read = this.references.get(source);
    if (!read) return null;
    const promise = read()
      .catch(() => null)
      .then((workbook) => {
        // A newer reference to the same name (picked again meanwhile) wins over this read.
        if (this.loading.get(source) === promise) {
          this.loading.delete(source);
          this.recent.set(source, workbook);
        }
        return workbook;
      });
    this.loading.set(source, promise);
    return promise;
  }

  /** The sheet's values, reading its file again when needed. */
  private async rawReadOf(sheet: Extract<MemorySheet, { kind: "source" }>): Promise<RawSheet | null> {
    const raw = this.rawOf(sheet);
    if (raw || sheet.raw) return raw;
    await this.load(sheet.source);
    return this.rawOf(sheet);
  }

  async readSubmissionSheets(): Promise<RawWorkbook> {
    const own = this.sheets.filter(
      (s): s is Extract<MemorySheet, { kind: "source" }> => s.kind === "source" && s.source === this.workbookName,
    );
    return { source: this.workbookName, sheets: own.flatMap((s) => (s.raw ? [s.raw] : [])) };
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
    const raw = await this.rawReadOf(sheet);
    if (!raw) return { sheet: sheet.name, range: "", changes: [] };
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
    const raw = sheet ? await this.rawReadOf(sheet) : null;
    if (!sheet || !raw) return { written: 0, skipped: preview.changes.map((c) => c.address) };
    const origin = raw.origin ?? { r: 0, c: 0 };
    const rows = raw.rows.map((row) => [...row]);
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
    if (sheet.raw) this.sheets[this.sheets.indexOf(sheet)] = { ...sheet, raw: { ...raw, rows } };
    else this.edited.set(sheet.id, { ...raw, rows });
    this.changed();
    return { written, skipped };
  }

  keepSourceReference({ source, sheetNames, load }: SourceReference): void {
    // Picked again (or validated again): what was read or edited before gives way to the file as it is now.
    this.references.set(source, load);
    this.recent.delete(source);
    this.loading.delete(source);
    for (const name of sheetNames) {
      const id = this.upsertSource(source, name, null, `${source} › ${name}`);
      this.edited.delete(id);
    }
    const active = this.sheets[this.index.get(this.active ?? "") ?? -1];
    if (active?.kind === "source" && active.source === source) void this.load(source).then(() => this.soon.schedule());
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
      (s): s is Extract<MemorySheet, { kind: "source" }> =>
        s.kind === "source" && s.source === target.source && s.sheet === target.sheet,
    );
    if (!sheet) return false;
    await this.rawReadOf(sheet);
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

  /** Adds or replaces a source sheet's entry; returns its id. */
  private upsertSource(source: string, sheet: string, raw: RawSheet | null, name: string): string {
    const id = `source:${source}\u0000${sheet}`;
    const entry: MemorySheet = { id, kind: "source", source, sheet, name, raw };
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
    return id;
  }
}
