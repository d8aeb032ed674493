import { describe, expect, it } from "@jest/globals";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { buildTemplateSheet } from "../../../src/core/report/buildTemplateSheet";
import type { CellValue, RawSheet } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";

/** The template as the officer fills it: every count cell gets a value, totals are the SUMs' results. */
function fillIn(values: (r: number, c: number) => number): RawSheet {
  const model = buildTemplateSheet({ unitName: "Xã Hòa An", unitCode: "HA01", year: 2024 });
  const rows: CellValue[][] = model.rows.map((row) => row.map((cell) => (cell === null ? null : cell.v)));
  for (let r = 12; r <= 16; r++) for (let c = 2; c <= 13; c++) (rows[r] as CellValue[])[c] = values(r, c);
  for (let c = 2; c <= 13; c++) (rows[17] as CellValue[])[c] = [12, 13, 14, 15, 16].reduce((sum, r) => sum + (rows[r]?.[c] as number), 0);
  (rows[7] as CellValue[])[2] = "25/11/2024";
  return { name: model.name, rows };
}

describe("buildTemplateSheet", () => {
  it("lays out the header, three merged header rows, five fields and SUM totals", () => {
    const sheet = buildTemplateSheet();
    expect(sheet.rows[9]?.slice(0, 3).map((c) => c?.v)).toEqual(["STT", "Lĩnh vực", "Cấp xã"]);
    expect(sheet.rows[10]?.[2]?.v).toBe("Mô hình tập thể");
    expect(sheet.rows[11]?.slice(2, 4).map((c) => c?.v)).toEqual(["Mới trong năm", "Lũy kế"]);
    expect(sheet.rows.slice(12, 17).map((r) => r[1]?.v)).toEqual(["Kinh tế", "Văn hóa – Xã hội", "Quốc phòng – An ninh", "Xây dựng Đảng và hệ thống chính trị", "Lĩnh vực khác"]);
    expect(sheet.rows[17]?.[13]).toEqual({ v: 0, f: "SUM(N13:N17)", fmt: "#,##0" });
    expect(sheet.merges).toEqual(expect.arrayContaining(["A10:A12", "B10:B12", "C10:F10", "C11:D11", "K10:N10"]));
    expect([sheet.countInputs, sheet.unlocked, sheet.protect]).toEqual([["C13:N17"], ["C5:F8"], true]);
  });

  it("pre-fills the unit and the year when given", () => {
    const sheet = buildTemplateSheet({ unitName: "Phường 1", unitCode: "P1", year: 2025 });
    expect(sheet.rows.slice(4, 7).map((r) => r[2]?.v)).toEqual(["Phường 1", "P1", 2025]);
    expect(sheet.rows[3]?.[0]?.v).toBe('BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2025');
  });

  it("is read back by the validator once filled in", () => {
    const result = validateWorkbook({ source: "mau.xlsx", sheets: [fillIn((r, c) => (c % 2 === 0 ? r - 11 : (r - 11) * 3))] }, DEFAULT_OPTIONS);
    const submission = result.submissions[0];
    expect(submission).toMatchObject({ status: "accepted", unitName: "Xã Hòa An", year: 2024, levels: ["xa", "huyen", "tinh"] });
    expect(submission?.entries).toHaveLength(30);
    expect(submission?.entries.find((e) => e.field === "khac" && e.level === "tinh" && e.type === "ca-nhan")).toMatchObject({ new: 5, cumulative: 15 });
  });
});
