import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../../src/core/options";
import { buildTemplateSheet } from "../../../src/core/report/buildTemplateSheet";
import { pickTemplateLevels } from "../../../src/core/report/pickTemplateLevels";
import type { CellValue, RawSheet } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";

/** The template as the officer fills it: every count cell gets a value, totals are the SUMs' results. */
function fillIn(values: (r: number, c: number) => number, year = 2024): RawSheet {
  const model = buildTemplateSheet({ unitName: "Xã Hòa An", unitCode: "HA01", year });
  const lastCol = (model.rows[9]?.length ?? 0) - 1;
  const rows: CellValue[][] = model.rows.map((row) => row.map((cell) => (cell === null ? null : cell.v)));
  for (let r = 12; r <= 16; r++) for (let c = 2; c <= lastCol; c++) (rows[r] as CellValue[])[c] = values(r, c);
  for (let c = 2; c <= lastCol; c++)
    (rows[17] as CellValue[])[c] = [12, 13, 14, 15, 16].reduce((sum, r) => sum + (rows[r]?.[c] as number), 0);
  (rows[7] as CellValue[])[2] = `25/10/${year}`;
  return { name: model.name, rows };
}

describe("buildTemplateSheet", () => {
  it("lays out the header, three merged header rows, five fields and SUM totals", () => {
    const sheet = buildTemplateSheet();
    expect(sheet.rows[9]?.slice(0, 3).map((c) => c?.v)).toEqual(["STT", "Lĩnh vực", "Cấp xã"]);
    expect(sheet.rows[10]?.[2]?.v).toBe("Mô hình tập thể");
    expect(sheet.rows[11]?.slice(2, 4).map((c) => c?.v)).toEqual(["Mới trong năm", "Lũy kế"]);
    expect(sheet.rows.slice(12, 17).map((r) => r[1]?.v)).toEqual([
      "Kinh tế",
      "Văn hóa – Xã hội",
      "Quốc phòng – An ninh",
      "Xây dựng Đảng và hệ thống chính trị",
      "Lĩnh vực khác",
    ]);
    expect(sheet.rows[17]?.[13]).toEqual({ v: 0, f: "SUM(N13:N17)", fmt: "#,##0" });
    expect(sheet.merges).toEqual(expect.arrayContaining(["A10:A12", "B10:B12", "C10:F10", "C11:D11", "K10:N10"]));
    expect([sheet.countInputs, sheet.unlocked, sheet.protect]).toEqual([["C13:N17"], ["C5:F8"], true]);
  });

  it("pre-fills the unit and the year when given", () => {
    const sheet = buildTemplateSheet({ unitName: "Phường 1", unitCode: "P1", year: 2025 });
    expect(sheet.rows.slice(4, 7).map((r) => r[2]?.v)).toEqual(["Phường 1", "P1", 2025]);
    expect(sheet.rows[3]?.[0]?.v).toBe('BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2025');
  });

  it("offers Cấp huyện up to the 2025 report (and without a year), and not from the 2026 report on, after the 1/7/2025 reform", () => {
    const levelRow = (year?: number) =>
      buildTemplateSheet(year === undefined ? {} : { year })
        .rows[9]?.map((c) => c?.v ?? null)
        .filter((v) => v !== null);
    expect(levelRow(2025)).toEqual(["STT", "Lĩnh vực", "Cấp xã", "Cấp huyện", "Cấp tỉnh"]);
    expect(levelRow()).toEqual(["STT", "Lĩnh vực", "Cấp xã", "Cấp huyện", "Cấp tỉnh"]);
    expect(levelRow(2026)).toEqual(["STT", "Lĩnh vực", "Cấp xã", "Cấp tỉnh"]);
    expect(levelRow(2031)).toEqual(["STT", "Lĩnh vực", "Cấp xã", "Cấp tỉnh"]);
    expect(pickTemplateLevels(2025).map((l) => l.code)).toEqual(["xa", "huyen", "tinh"]);
    expect(pickTemplateLevels(2026).map((l) => l.code)).toEqual(["xa", "tinh"]);
  });

  it("lays out a 2026 template over eight count columns, the SUM row and merges to match", () => {
    const sheet = buildTemplateSheet({ year: 2026 });
    expect(sheet.rows[9]?.length).toBe(10);
    expect(sheet.rows[17]?.[9]).toEqual({ v: 0, f: "SUM(J13:J17)", fmt: "#,##0" });
    expect(sheet.merges).toEqual(expect.arrayContaining(["A4:J4", "C10:F10", "G10:J10"]));
    expect(sheet.merges).not.toContain("K10:N10");
    expect(sheet.countInputs).toEqual(["C13:J17"]);
  });

  it("reads a filled-in 2026 template back as an accepted report with commune and provincial levels", () => {
    const result = validateWorkbook(
      { source: "mau.xlsx", sheets: [fillIn((r, c) => (c % 2 === 0 ? r - 11 : (r - 11) * 3), 2026)] },
      defaultOptions(2026),
    );
    const submission = result.submissions[0];
    expect(submission).toMatchObject({ status: "accepted", year: 2026, levels: ["xa", "tinh"] });
    expect(submission?.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(submission?.entries).toHaveLength(20);
    expect(
      submission?.entries.find((e) => e.field === "khac" && e.level === "tinh" && e.type === "ca-nhan"),
    ).toMatchObject({ new: 5, cumulative: 15 });
  });

  it("is read back by the validator once filled in", () => {
    const result = validateWorkbook(
      { source: "mau.xlsx", sheets: [fillIn((r, c) => (c % 2 === 0 ? r - 11 : (r - 11) * 3))] },
      defaultOptions(2026),
    );
    const submission = result.submissions[0];
    expect(submission).toMatchObject({
      status: "accepted",
      unitName: "Xã Hòa An",
      year: 2024,
      levels: ["xa", "huyen", "tinh"],
    });
    expect(submission?.entries).toHaveLength(30);
    expect(
      submission?.entries.find((e) => e.field === "khac" && e.level === "tinh" && e.type === "ca-nhan"),
    ).toMatchObject({ new: 5, cumulative: 15 });
  });
});
