import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../../src/core/options";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { buildForm, sampleCounts, workbookOf } from "../_fixtures/buildForm";
import { flatten, numbersOf, submissionOf } from "../_fixtures/helpers";

describe("validateWorkbook", () => {
  it("accepts the canonical form with no issues and reads every number with its cell", () => {
    const form = buildForm();
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([]);
    expect(sub.status).toBe("accepted");
    expect(sub).toMatchObject({
      unitName: "Xã Thượng Lâm",
      unitCode: "NH-TL",
      year: 2023,
      reportDate: "2023-10-20",
      levels: ["xa", "huyen", "tinh"],
    });
    expect(sub.entries).toHaveLength(5 * 3 * 2);
    const counts = sampleCounts();
    for (const e of sub.entries) {
      expect(e.new).toBe(counts[e.field]?.[e.level]?.[e.type]?.new);
      expect(e.cumulative).toBe(counts[e.field]?.[e.level]?.[e.type]?.cumulative);
      expect(e.cells).toEqual({
        new: form.cell(e.field, e.level, e.type, "new"),
        cumulative: form.cell(e.field, e.level, e.type, "cumulative"),
      });
    }
  });

  it("gives the submission its id, order and table range", () => {
    const form = buildForm();
    const result = validateWorkbook(workbookOf("in/xa.xlsx", form.sheet), defaultOptions(2025), 7);
    expect(result.issues).toEqual([]);
    expect(result.submissions[0]).toMatchObject({
      id: "in/xa.xlsx#Mẫu 01-DVK",
      source: "in/xa.xlsx",
      sheet: "Mẫu 01-DVK",
      order: 7,
      tableRange: "A10:N18",
    });
  });

  it("reads one submission per sheet that holds a table, in order, and ignores other sheets", () => {
    const a = buildForm(sampleCounts(), { sheetName: "2022", year: 2022, reportDate: "20/10/2022", placeDate: null });
    const notes = { name: "Ghi chú", rows: [["Ghi chú: số liệu tính đến 20/10"]] };
    const list = {
      name: "Mẫu 02-DVK",
      rows: [
        ["STT", "Tên mô hình, điển hình", "Loại", "Lĩnh vực", "Cấp công nhận", "Năm công nhận"],
        [1, "Dân vận khéo trong xây dựng nông thôn mới", "Tập thể", "Kinh tế", "Cấp xã", 2023],
      ],
    };
    const b = buildForm(sampleCounts(), { sheetName: "2023" });
    const result = validateWorkbook(workbookOf("xa.xlsx", a.sheet, notes, list, b.sheet), defaultOptions(2025), 3);
    expect(result.issues).toEqual([]);
    expect(result.submissions.map((s) => [s.sheet, s.year, s.order, s.status])).toEqual([
      ["2022", 2022, 3, "accepted"],
      ["2023", 2023, 4, "accepted"],
    ]);
  });

  it("reports no-submission-table once for a workbook without a table", () => {
    const result = validateWorkbook(
      workbookOf("ds.xlsx", { name: "Sheet1", rows: [["Danh sách mô hình"], ["Kinh tế", 3]] }),
      defaultOptions(2025),
    );
    expect(result.submissions).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.severity, i.source, i.sheet, i.cell])).toEqual([
      ["no-submission-table", "error", "ds.xlsx", null, null],
    ]);
  });

  it("reports no-submission-table for a workbook with no sheets", () => {
    expect(validateWorkbook(workbookOf("empty.xlsx"), defaultOptions(2025)).issues.map((i) => i.code)).toEqual([
      "no-submission-table",
    ]);
  });

  it("rejects a submission with an error and keeps one with only warnings", () => {
    const rejected = submissionOf(
      buildForm(sampleCounts(), { year: 2015, title: null, placeDate: null, reportDate: null }).sheet,
    );
    expect(rejected.status).toBe("rejected");
    const warned = submissionOf(
      buildForm(sampleCounts(), {
        fields: ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "xay-dung-he-thong-chinh-tri"],
      }).sheet,
    );
    expect(warned.issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(warned.status).toBe("accepted");
  });

  it("does not mutate the input", () => {
    const form = buildForm(sampleCounts(), { noteColumn: { header: "Ghi chú", values: [" 7 "] } });
    const workbook = workbookOf("xa.xlsx", form.sheet);
    const before = structuredClone(workbook);
    validateWorkbook(workbook, defaultOptions(2025));
    expect(workbook).toEqual(before);
  });

  it("reads the same numbers from a sheet that starts at an origin, with cells relative to the real sheet", () => {
    const plain = submissionOf(buildForm().sheet);
    const moved = buildForm(sampleCounts(), { origin: { r: 4, c: 2 } });
    const sub = submissionOf(moved.sheet);
    expect(numbersOf(sub)).toEqual(numbersOf(plain));
    expect(sub.entries[0]?.cells.new).toBe(moved.cell("kinh-te", "xa", "tap-the", "new"));
    expect(sub.entries[0]?.cells.new).toBe("E17");
  });
});
