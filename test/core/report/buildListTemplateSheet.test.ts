import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../../src/core/options";
import { parseModelList } from "../../../src/core/parse/list/parseModelList";
import { buildListTemplateSheet } from "../../../src/core/report/buildListTemplateSheet";
import { buildTemplateSheet } from "../../../src/core/report/buildTemplateSheet";
import type { SheetModel } from "../../../src/core/sheet/model";
import type { CellValue, RawSheet } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";

function raw(model: SheetModel): CellValue[][] {
  return model.rows.map((row) => row.map((cell) => (cell === null ? null : cell.v)));
}

/** Both templates as a unit fills them: Kinh tế / cấp xã / tập thể has `formNew` new models, the list `listed` of 2024. */
function filledWorkbook(formNew: number, listed: number): { sheets: RawSheet[]; newCell: string } {
  const form = raw(buildTemplateSheet({ unitName: "Xã Hòa An", year: 2024 }));
  for (let r = 12; r <= 16; r++) for (let c = 2; c <= 13; c++) (form[r] as CellValue[])[c] = c % 2 === 0 ? 0 : 2;
  (form[12] as CellValue[])[2] = formNew;
  (form[12] as CellValue[])[3] = formNew + 2;
  for (let c = 2; c <= 13; c++)
    (form[17] as CellValue[])[c] = [12, 13, 14, 15, 16].reduce((sum, r) => sum + (form[r]?.[c] as number), 0);
  const list = raw(buildListTemplateSheet({ year: 2024 }));
  const models: CellValue[][] = [
    ...Array.from({ length: listed }, (_, i): CellValue[] => [
      `Mô hình "Vườn mẫu" số ${i + 1}`,
      "Tập thể",
      "Kinh tế",
      "Cấp xã",
      2024,
      "Đang duy trì",
    ]),
    ["Mô hình cũ", "Tập thể", "Kinh tế", "Cấp xã", 2020, "Đã dừng"],
  ];
  models.forEach((m, i) => m.forEach((v, c) => ((list[4 + i] as CellValue[])[1 + c] = v)));
  return {
    sheets: [
      { name: "Mẫu 01-DVK", rows: form },
      { name: "Mẫu 02-DVK", rows: list },
    ],
    newCell: "C13",
  };
}

describe("buildListTemplateSheet", () => {
  it("lays out the title, the header row and 20 numbered input rows", () => {
    const sheet = buildListTemplateSheet({ year: 2025, unitName: "Xã Hòa An" });
    expect(sheet.key).toBe("mau-02");
    expect(sheet.name).toBe("Mẫu 02-DVK");
    expect(sheet.rows[0]?.[0]?.v).toBe('DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH "DÂN VẬN KHÉO" NĂM 2025');
    expect(sheet.rows[3]?.map((c) => c?.v)).toEqual([
      "STT",
      "Tên mô hình, điển hình",
      "Loại (Tập thể / Cá nhân)",
      "Lĩnh vực",
      "Cấp công nhận",
      "Năm công nhận",
      "Tình trạng (Đang duy trì / Đã dừng)",
      "Ghi chú",
    ]);
    expect(sheet.rows.slice(4, 24).map((r) => r[0]?.v)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(sheet.styles).toContainEqual({ range: "A4:H4", style: "header" });
    expect([sheet.countInputs, sheet.protect ?? false]).toEqual([["F5:F24"], false]);
    expect(sheet.choiceInputs?.map((c) => [c.range, c.values.length])).toEqual([
      ["C5:C24", 2],
      ["D5:D24", 5],
      ["E5:E24", 3],
      ["G5:G24", 2],
    ]);
    // every drop-down value reads back (Excel's list source is comma-separated: no value may hold a comma)
    expect(sheet.choiceInputs?.flatMap((c) => c.values).filter((v) => v.includes(","))).toEqual([]);
    expect(sheet.rows.every((r) => r.length === 8)).toBe(true);
  });

  it("is a list (with nothing in it yet) for the reader, never a Mẫu 01 submission", () => {
    const sheet: RawSheet = { name: "Mẫu 02-DVK", rows: raw(buildListTemplateSheet()) };
    const list = parseModelList(sheet, "mau.xlsx");
    expect(list).toMatchObject({ headerCell: "B4", year: null, models: [], unreadable: [] });
    expect(
      validateWorkbook({ source: "mau.xlsx", sheets: [sheet] }, defaultOptions(2025)).issues.map((i) => i.code),
    ).toEqual(["no-submission-table"]);
  });

  it("validates once both templates are filled in consistently", () => {
    const { sheets } = filledWorkbook(3, 3);
    const result = validateWorkbook({ source: "xa-hoa-an-2024.xlsx", sheets }, defaultOptions(2025));
    expect(result.issues).toEqual([]);
    expect(result.submissions.map((s) => [s.sheet, s.status, s.year])).toEqual([["Mẫu 01-DVK", "accepted", 2024]]);
    expect(result.submissions[0]?.issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual([]);
  });

  it("flags a filled-in pair that disagrees, at the Mẫu 01 new cell", () => {
    const { sheets, newCell } = filledWorkbook(3, 4);
    const issues = validateWorkbook({ source: "x.xlsx", sheets }, defaultOptions(2025)).submissions[0]?.issues ?? [];
    expect(
      issues
        .filter((i) => i.code === "list-count-mismatch")
        .map((i) => [i.cell, i.params.formCount, i.params.listCount]),
    ).toEqual([[newCell, 3, 4]]);
  });
});
