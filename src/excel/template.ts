import type { SheetModel } from "../core";
import { Batcher } from "./batcher";
import type { Caps } from "./caps";
import { EMPTY_OWNERSHIP } from "./ownership";
import { planSheets } from "./planSheets";
import { queueSheetWrite } from "./writeSheet";

export interface TemplateResult {
  /** The sheet the template went to. */
  readonly name: string;
  /** Vietnamese notes (another name used; features this Excel lacks). */
  readonly notes: readonly string[];
  readonly syncs: number;
}

/**
 * Inserts a template sheet (e.g. `buildTemplateSheet()`, Mẫu 01-DVK) as a new sheet: merges,
 * borders, SUM totals, whole-number ≥ 0 validation on count cells (ExcelApi 1.8) and locked labels
 * with protection (1.2). It never replaces a sheet: a filled-in "Mẫu 01-DVK" stays and the new one
 * is "Mẫu 01-DVK (2)". The sheet is not recorded as the add-in's own — once filled in it is a
 * submission like any other. Two syncs.
 *
 * @param context - the request context from `Excel.run`
 * @param sheet - the template's sheet model
 * @param caps - host capabilities
 * @returns where it went and notes for the pane
 */
export async function insertTemplate(context: Excel.RequestContext, sheet: SheetModel, caps: Caps): Promise<TemplateResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const [plan] = planSheets([sheet], worksheets.items.map((ws) => ws.name), EMPTY_OWNERSHIP);
  const name = plan?.name ?? sheet.name;
  const batcher = new Batcher();
  const ws = worksheets.add(name);
  queueSheetWrite(batcher, ws, sheet, caps, new Map());
  batcher.add(50, () => ws.activate());
  const syncs = 1 + (await batcher.flush(context, caps));
  const notes: string[] = [];
  if (name !== sheet.name) notes.push(`Đã có trang “${sheet.name}”; mẫu mới được tạo ở trang “${name}”.`);
  if (!caps.v1_8) notes.push("Excel này không hỗ trợ kiểm tra dữ liệu nhập: hãy nhắc đơn vị chỉ nhập số nguyên không âm.");
  if (!caps.v1_2) notes.push("Excel này không hỗ trợ khóa trang tính: các ô tiêu đề không được bảo vệ.");
  return { name, notes, syncs };
}

/**
 * Opens a new workbook from a base64 .xlsx (built in the pane, e.g. with @e965/xlsx).
 * @requires ExcelApi 1.8
 */
function createWorkbookFromBase64(base64: string): Promise<void> {
  return Excel.createWorkbook(base64);
}

/**
 * Opens the template as a new workbook the officer can save and email, where `Excel.createWorkbook`
 * exists (ExcelApi 1.8); otherwise says so and does nothing.
 *
 * @param base64 - the template .xlsx, base64-encoded
 * @param caps - host capabilities
 * @param create - the workbook opener (tests pass a fake; default `Excel.createWorkbook`)
 * @returns whether it opened, and a note when it could not
 */
export async function openTemplateAsNewWorkbook(base64: string, caps: Caps, create?: (base64: string) => Promise<void>): Promise<{ opened: boolean; note: string | null }> {
  if (!caps.v1_8) return { opened: false, note: "Excel này không mở được sổ làm việc mới từ phần bổ trợ: hãy dùng “Tạo mẫu báo cáo” để chèn mẫu vào sổ hiện tại rồi lưu thành tệp mới." };
  await (create ?? createWorkbookFromBase64)(base64);
  return { opened: true, note: null };
}
