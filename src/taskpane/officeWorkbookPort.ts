/**
 * The WorkbookPort inside Excel. Each method is one `Excel.run` at the UI boundary. Reading and selecting are done
 * here with ExcelApi 1.1 members (the manifest's minimum); writing the report, native charts and the template are
 * delegated to the adapter in src/excel/ (helper "excel"), loaded lazily so the pane's initial bundle stays small.
 */
import type { ReportModel } from "../core/report/model";
import type { CellValue, RawSheet, RawWorkbook } from "../core/types";
import type { CellTarget, TemplateRequest, WorkbookPort, WriteResult } from "./workbookPort";

const WORKBOOK_NAME = "Sổ tính hiện tại";

/** Office.js cell values → core cell values (errors such as "#REF!" become error values). */
function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" && /^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/.test(value)) return { error: value };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Message used when the Excel adapter is not part of this build. */
class NotAvailableError extends Error {}

export function createOfficeWorkbookPort(): WorkbookPort {
  return {
    kind: "office",
    workbookName: WORKBOOK_NAME,

    async readSubmissionSheets(): Promise<RawWorkbook> {
      return Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const ranges = worksheets.items.map((sheet) => {
          const range = sheet.getUsedRange();
          range.load(["values", "rowIndex", "columnIndex"]);
          return { name: sheet.name, range };
        });
        await context.sync();
        const sheets: RawSheet[] = ranges.map(({ name, range }) => ({
          name,
          origin: { r: range.rowIndex, c: range.columnIndex },
          rows: (range.values as unknown[][]).map((row) => row.map(toCellValue)),
        }));
        return { source: WORKBOOK_NAME, sheets };
      });
    },

    async goToCell(target: CellTarget): Promise<boolean> {
      if (target.source !== WORKBOOK_NAME) return false;
      return Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const sheet = sheets.items.find((s) => s.name === target.sheet);
        if (!sheet) return false;
        sheet.activate();
        sheet.getRange(target.cell).select();
        await context.sync();
        return true;
      });
    },

    async writeReport(_model: ReportModel): Promise<WriteResult> {
      throw new NotAvailableError("chức năng ghi báo cáo của tiện ích Excel (src/excel) chưa có trong bản dựng này");
    },

    async insertCharts(_model: ReportModel): Promise<number> {
      throw new NotAvailableError("chức năng chèn biểu đồ của tiện ích Excel (src/excel) chưa có trong bản dựng này");
    },

    async insertTemplate(_request: TemplateRequest): Promise<string> {
      throw new NotAvailableError("chức năng tạo mẫu của tiện ích Excel (src/excel) chưa có trong bản dựng này");
    },
  };
}
