import { FIELDS, LEVELS } from "../catalogue/dimensions";
import type { TemplateInfo } from "./buildTemplateSheet";
import type { ModelCell, SheetModel, StyleRun } from "../sheet/model";
import { SHEET_NAMES } from "../sheet/model";

/** Column headings of the Mẫu 02-DVK list, in form order. */
export const LIST_TEMPLATE_HEADERS = [
  "STT",
  "Tên mô hình, điển hình",
  "Loại (Tập thể / Cá nhân)",
  "Lĩnh vực",
  "Cấp công nhận",
  "Năm công nhận",
  "Tình trạng (Đang duy trì / Đã dừng)",
  "Ghi chú",
] as const;

const HEADER_ROW = 3; // 0-based: row 4 of the sheet
const INPUT_ROWS = 20;

/**
 * Describes a blank Mẫu 02-DVK sheet, the list of models that goes with Mẫu 01-DVK: a title (with
 * the year when given), the header row STT | Tên mô hình, điển hình | Loại | Lĩnh vực | Cấp công
 * nhận | Năm công nhận | Tình trạng | Ghi chú, 20 numbered input rows (more can be added below),
 * a line saying which words to use, and the signature line. The "Năm công nhận" cells accept whole
 * numbers only; Loại, Lĩnh vực, Cấp công nhận and Tình trạng offer drop-downs of the form's words.
 * Not protected: units add rows freely. Laid out as `parseModelList` reads it.
 *
 * @param info - optional unit name and year
 * @returns the sheet model, key "mau-02"
 * @example
 * buildListTemplateSheet({ year: 2025 }).rows[3]?.[1]?.v //=> "Tên mô hình, điển hình"
 */
export function buildListTemplateSheet(info: TemplateInfo = {}): SheetModel {
  const width = LIST_TEMPLATE_HEADERS.length;
  const blank = (): (ModelCell | null)[] => Array<ModelCell | null>(width).fill(null);
  const line = (text: string): (ModelCell | null)[] => [{ v: text }, ...blank().slice(1)];
  const rows: (ModelCell | null)[][] = [
    line(`DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH "DÂN VẬN KHÉO" NĂM ${info.year ?? "……"}`),
    line(`(Mẫu 02-DVK, kèm theo Mẫu 01-DVK${info.unitName ? ` của ${info.unitName}` : ""})`),
    blank(),
    LIST_TEMPLATE_HEADERS.map((v) => ({ v })),
  ];
  for (let i = 0; i < INPUT_ROWS; i++)
    rows.push([{ v: i + 1, fmt: "0" }, ...blank().slice(1, 5), { v: null, fmt: "0" }, null, null]);
  const first = HEADER_ROW + 2; // 1-based first input row
  const last = HEADER_ROW + 1 + INPUT_ROWS;
  const howTo = [
    'Loại: "Tập thể" hoặc "Cá nhân".',
    `Lĩnh vực: ${FIELDS.map((f) => f.vi).join("; ")}.`,
    `Cấp công nhận: ${LEVELS.map((l) => l.vi).join("; ")}.`,
    "Năm công nhận: 4 chữ số (ví dụ 2024). Tình trạng: Đang duy trì hoặc Đã dừng.",
    "Số mô hình công nhận trong năm báo cáo phải bằng số mới trong năm ở Mẫu 01-DVK.",
  ].join(" ");
  rows.push(blank(), line(`Hướng dẫn: ${howTo}`), blank());
  const signatures = blank();
  signatures[1] = { v: "NGƯỜI LẬP BIỂU" };
  signatures[5] = { v: "TM. BAN DÂN VẬN" };
  rows.push(signatures);
  const note = last + 2;
  const styles: StyleRun[] = [
    { range: "A1", style: "title" },
    { range: "A2", style: "subtitle" },
    { range: `A${HEADER_ROW + 1}:H${HEADER_ROW + 1}`, style: "header" },
    { range: `A${first}:A${last}`, style: "text" },
    { range: `B${first}:H${last}`, style: "input" },
    { range: `A${note}`, style: "note" },
  ];
  return {
    key: "mau-02",
    name: SHEET_NAMES["mau-02"],
    rows,
    merges: ["A1:H1", "A2:H2", `A${note}:H${note}`],
    styles,
    columnWidths: [5, 48, 14, 32, 14, 10, 18, 20],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    countInputs: [`F${first}:F${last}`],
    choiceInputs: [
      { range: `C${first}:C${last}`, values: ["Tập thể", "Cá nhân"] },
      { range: `D${first}:D${last}`, values: FIELDS.map((f) => f.vi) },
      { range: `E${first}:E${last}`, values: LEVELS.map((l) => l.vi) },
      { range: `G${first}:G${last}`, values: ["Đang duy trì", "Đã dừng"] },
    ],
    landscape: true,
  };
}
