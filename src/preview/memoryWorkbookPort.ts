/**
 * The in-memory workbook of the preview: sheets as plain data behind the same WorkbookPort as Excel. It holds the
 * workbook's "own" sheets (seeded from a sample), copies of imported source sheets (so issues lead to their cells),
 * and the report sheets the pane writes; the sheet view beside the pane renders it.
 */
import { buildTemplateSheet } from "../core/report/buildTemplateSheet";
import type { ChartSpec, ReportModel, SheetModel } from "../core/report/model";
import type { RawSheet, RawWorkbook } from "../core/types";
import type { CellTarget, TemplateRequest, WorkbookPort, WriteResult } from "../taskpane/workbookPort";

export type MemorySheet =
  | { readonly id: string; readonly kind: "source"; readonly source: string; readonly name: string; readonly raw: RawSheet }
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

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
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
    const own = this.sheets.filter((s): s is Extract<MemorySheet, { kind: "source" }> => s.kind === "source" && s.source === this.workbookName);
    return { source: this.workbookName, sheets: own.map((s) => s.raw) };
  }

  async keepSourceCopy(workbook: RawWorkbook): Promise<void> {
    for (const sheet of workbook.sheets) this.upsertSource(workbook.source, sheet, `${workbook.source} › ${sheet.name}`);
    this.changed();
  }

  async writeReport(model: ReportModel): Promise<WriteResult> {
    for (const sheet of model.sheets) {
      const id = `output:${sheet.key}`;
      const entry: MemorySheet = { id, kind: "output", name: sheet.name, model: sheet };
      const index = this.sheets.findIndex((s) => s.id === id);
      if (index >= 0) this.sheets[index] = entry;
      else this.sheets.push(entry);
    }
    this.active = `output:${model.sheets[0]?.key ?? ""}`;
    this.selection = null;
    this.changed();
    return { sheets: model.sheets.map((s) => s.name), notes: [] };
  }

  async goToCell(target: CellTarget): Promise<boolean> {
    const sheet = this.sheets.find((s) => s.kind === "source" && s.source === target.source && s.raw.name === target.sheet);
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
    const sheet = buildTemplateSheet({ unitName: request.unitName, year: request.year });
    // Like the Excel adapter: a sheet already there keeps its name, the new one gets " (2)", " (3)"…
    const taken = new Set(this.sheets.map((s) => s.name.toLowerCase()));
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
    const id = `template:${name}`;
    this.sheets.push({ id, kind: "output", name, model: { ...sheet, name } });
    this.active = id;
    this.selection = null;
    this.changed();
    return name;
  }

  private upsertSource(source: string, raw: RawSheet, name: string): void {
    const id = `source:${source}\u0000${raw.name}`;
    const entry: MemorySheet = { id, kind: "source", source, name, raw };
    const index = this.sheets.findIndex((s) => s.id === id);
    if (index >= 0) this.sheets[index] = entry;
    else this.sheets.push(entry);
    if (!this.active) this.active = id;
  }
}
