import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../../src/core/options";
import { issueMessage } from "../../../src/core/issues/makeIssue";
import type { CellValue, RawSheet, RunOptions } from "../../../src/core/types";
import { buildForm, sampleCounts, withCount } from "../_fixtures/buildForm";
import { flatten, only, submissionOf } from "../_fixtures/helpers";

const counts = sampleCounts();

describe("header rules", () => {
  /** The sheet without its issuer block, as a file named so that nothing else names the unit. */
  const unnamed = (sheet: RawSheet): [RawSheet, RunOptions, string] => [
    { ...sheet, rows: sheet.rows.map((row, r) => (r < 2 ? row.map((v, c) => (c === 0 ? null : v)) : row)) },
    defaultOptions(2025),
    "bao-cao.xlsx",
  ];

  it("reports missing-unit at the empty value cell right of the label", () => {
    const form = buildForm(counts, { unit: null });
    expect(flatten(submissionOf(...unnamed(form.sheet)).issues)).toEqual([["B5", "missing-unit"]]);
  });

  it("does not take the next label on the row as the unit", () => {
    const form = buildForm(counts, { unit: null });
    const rows = form.sheet.rows.map((row, r) => (r === 4 ? [...row.slice(0, 5), "Mã đơn vị:", null, "NH-TL"] : row));
    const sub = submissionOf(...unnamed({ ...form.sheet, rows }));
    expect(flatten(sub.issues)).toEqual([["B5", "missing-unit"]]);
    expect(sub.unitName).toBeNull();
  });

  it("reports missing-unit without a cell when there is no unit line", () => {
    const form = buildForm(counts);
    const rows = form.sheet.rows.map((row) =>
      row.map((v) => (v === "Đơn vị báo cáo:" || v === "Xã Thượng Lâm" ? null : v)),
    );
    expect(flatten(submissionOf(...unnamed({ ...form.sheet, rows })).issues)).toEqual([[null, "missing-unit"]]);
  });

  it("takes an empty unit from the issuer block, noting where (info)", () => {
    const form = buildForm(counts, { unit: null });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([["A2", "unit-inferred"]]);
    expect(sub.unitName).toBe("Ban Dân vận huyện Na Hang");
    expect(sub.status).toBe("accepted");
    expect(issueMessage(sub.issues[0]!)).toBe(
      'Không có tên đơn vị ở dòng "Đơn vị báo cáo:"; đã lấy tên đơn vị "Ban Dân vận huyện Na Hang" từ dòng tên cơ quan ban hành "ĐẢNG BỘ HUYỆN NA HANG – BAN DÂN VẬN". Hỏi lại đơn vị nếu chưa đúng.',
    );
  });

  it("reports missing-year at the empty value cell right of the label and its merged range when nothing else names the year", () => {
    const form = buildForm(counts, { year: null, title: null, placeDate: null, reportDate: null });
    expect(only(submissionOf(...unnamed(form.sheet)).issues, "missing-year")).toEqual([["B7", "missing-year"]]);
    const merged = { ...form.sheet, merges: [...(form.sheet.merges ?? []), { s: { r: 6, c: 0 }, e: { r: 6, c: 1 } }] };
    expect(only(submissionOf(...unnamed(merged)).issues, "missing-year")).toEqual([["C7", "missing-year"]]);
  });

  it("reports missing-year at the value when it holds no year and nothing else names one", () => {
    const form = buildForm(counts, { year: "năm nay", title: null, placeDate: null, reportDate: null });
    expect(only(submissionOf(...unnamed(form.sheet)).issues, "missing-year")).toEqual([
      [form.fieldCell("year"), "missing-year"],
    ]);
  });

  it("takes a missing year from the title, noting where (info)", () => {
    const form = buildForm(counts, {
      year: null,
      title: 'BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2021',
      placeDate: null,
      reportDate: null,
    });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.titleCell, "year-inferred"]]);
    expect(sub.year).toBe(2021);
    expect(issueMessage(sub.issues[0]!, "en")).toBe(
      'No year is given on a "Năm báo cáo:" line; the report year 2021 was taken from the title "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2021". Check it with the unit if it is wrong.',
    );
  });

  it.each([2015, 2026, "1923"])("reports year-out-of-range for %p at the year cell", (year) => {
    const form = buildForm(counts, { year, title: null, placeDate: null, reportDate: null });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.fieldCell("year"), "year-out-of-range"]]);
    expect(sub.issues[0]?.params).toMatchObject({ year: Number(year), from: 2016, to: 2025 });
  });

  it("honours the configured years", () => {
    const form = buildForm(counts, { year: 2026, title: null, placeDate: null, reportDate: null });
    expect(submissionOf(form.sheet, { ...defaultOptions(2025), years: { from: 2020, to: 2026 } }).issues).toEqual([]);
  });
});

describe("year-mismatch", () => {
  it("is reported at the title when the title names another year", () => {
    const form = buildForm(counts, { title: 'BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2022' });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.titleCell, "year-mismatch"]]);
    expect(sub.issues[0]?.params).toMatchObject({ year: 2023, other: 2022 });
    expect(sub.status).toBe("accepted");
  });

  it("takes the title year from the first Dân vận khéo line that has one", () => {
    const form = buildForm(counts, { title: 'BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2022' });
    const rows = form.sheet.rows.map((row, r) =>
      r === 2 ? ["BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO", ...row.slice(1)] : row,
    );
    expect(flatten(submissionOf({ ...form.sheet, rows }).issues)).toEqual([[form.titleCell, "year-mismatch"]]);
  });

  it("reads a title year written on the next line", () => {
    const form = buildForm(counts, { title: 'PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"' });
    const rows = form.sheet.rows;
    const moved = { ...form.sheet, rows: [...rows.slice(0, 4), ["NĂM 2021"], ...rows.slice(4)], merges: [] };
    expect(flatten(submissionOf(moved).issues)).toEqual([["A5", "year-mismatch"]]);
  });

  it("is reported when the sheet name or the file name names another year", () => {
    const form = buildForm(counts, { sheetName: "Năm 2022" });
    const sub = submissionOf(form.sheet, defaultOptions(2025), "bao-cao/2021/xa-thuong-lam-2021.xlsx");
    expect(flatten(sub.issues)).toEqual([
      [null, "year-mismatch"],
      [null, "year-mismatch"],
    ]);
    expect(sub.issues.map((i) => i.params.other)).toEqual([2022, 2021]);
    expect(issueMessage(sub.issues[1]!)).toContain("xa-thuong-lam-2021.xlsx");
  });

  it("ignores folder names and numbers that are not years", () => {
    const form = buildForm(counts, { sheetName: "Bieu 01" });
    expect(submissionOf(form.sheet, defaultOptions(2025), "2019/xa-12345-2023.xlsx").issues).toEqual([]);
  });
});

describe("report-date", () => {
  it.each<[string, CellValue]>([
    ["dd/mm/yyyy text", "31/10/2023"],
    ["dd-mm-yyyy text", "31-10-2023"],
    ["dd.mm.yyyy text", "31.10.2023"],
    ["worded text", "ngày 31 tháng 10 năm 2023"],
    ["date cell", new Date(Date.UTC(2023, 9, 31))],
    ["serial number", 45230],
  ])("reports late-submission at the date cell for %s after the deadline", (_name, reportDate) => {
    const form = buildForm(counts, { reportDate });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.fieldCell("reportDate"), "late-submission"]]);
    expect(sub.issues[0]?.params).toMatchObject({ date: "31/10/2023", deadline: "30/10/2023" });
    expect(sub.reportDate).toBe("2023-10-31");
    expect(sub.status).toBe("accepted");
  });

  it("accepts a report dated on the deadline", () => {
    const sub = submissionOf(buildForm(counts, { reportDate: new Date(Date.UTC(2023, 9, 30)) }).sheet);
    expect(sub.issues).toEqual([]);
    expect(sub.reportDate).toBe("2023-10-30");
  });

  it("honours the configured deadline", () => {
    const sub = submissionOf(buildForm(counts, { reportDate: "20/10/2023" }).sheet, {
      ...defaultOptions(2025),
      deadline: { day: 15, month: 10 },
    });
    expect(sub.issues.map((i) => [i.code, i.params.deadline])).toEqual([["late-submission", "15/10/2023"]]);
  });

  it("uses the place-and-date line when the labelled date is missing", () => {
    const form = buildForm(counts, { reportDate: null, placeDate: "Na Hang, ngày 02 tháng 11 năm 2023" });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.placeDateCell, "late-submission"]]);
    expect(sub.reportDate).toBe("2023-11-02");
  });

  it("finds the place-and-date line in the footer when the top has none", () => {
    const form = buildForm(counts, { reportDate: null, placeDate: null });
    const footer = [null, null, null, null, null, null, "Thượng Lâm, ngày 02 tháng 11 năm 2023"];
    const sub = submissionOf({ ...form.sheet, rows: [...form.sheet.rows, footer] });
    expect(flatten(sub.issues)).toEqual([[`G${form.sheet.rows.length + 1}`, "late-submission"]]);
    expect(sub.reportDate).toBe("2023-11-02");
  });

  it("reports an unreadable labelled date as invalid-report-date", () => {
    const form = buildForm(counts, { reportDate: "cuối tháng 10", placeDate: null });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.fieldCell("reportDate"), "invalid-report-date"]]);
    expect(issueMessage(sub.issues[0]!)).toContain("cuối tháng 10");
    expect(sub.reportDate).toBeNull();
  });

  it.each<[string, CellValue]>([
    ["a year typed into the date cell", 2023],
    ["a typo in the year", "25/10/1023"],
  ])("reports %s as invalid-report-date", (_name, reportDate) => {
    const form = buildForm(counts, { reportDate, placeDate: null });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.fieldCell("reportDate"), "invalid-report-date"]]);
    expect(sub.reportDate).toBeNull();
  });

  it("reads serial dates of the 1904 date system", () => {
    const sub = submissionOf(buildForm(counts, { reportDate: 43768, date1904: true }).sheet);
    expect(sub.reportDate).toBe("2023-10-31");
  });
});

describe("field-rows", () => {
  it("reports unknown-field at the label with the closest field", () => {
    const form = buildForm(counts, { fieldLabels: { "kinh-te": "Kinh tê" } });
    const sub = submissionOf(form.sheet);
    expect(only(sub.issues, "unknown-field")).toEqual([[form.labelCell("kinh-te"), "unknown-field"]]);
    expect(sub.issues.find((i) => i.code === "unknown-field")?.params).toMatchObject({
      label: "Kinh tê",
      suggestion: "Kinh tế",
    });
    expect(sub.status).toBe("rejected");
  });

  it("keeps reading field rows after an unknown row, with or without counts", () => {
    const form = buildForm(counts, {
      fields: ["kinh-te"],
      extraRows: [
        { label: "Các nội dung", values: [] },
        { label: "VH-XH", values: [1, 2] },
        { label: "Môi trường xanh", values: [3] },
        { label: "QP-AN", values: [] },
      ],
    });
    const sub = submissionOf(form.sheet);
    expect(only(sub.issues, "unknown-field")).toEqual([[form.extraCell(2, 0), "unknown-field"]]);
    expect(sub.entries.find((e) => e.field === "van-hoa-xa-hoi")).toMatchObject({ new: 1, cumulative: 2 });
    expect(only(sub.issues, "missing-field-row").length).toBe(2);
  });

  it("suggests the closest field for a garbled label", () => {
    const form = buildForm(counts, { fieldLabels: { "quoc-phong-an-ninh": "Quôc phong – Anh ninh" } });
    expect(submissionOf(form.sheet).issues.find((i) => i.code === "unknown-field")?.params.suggestion).toBe(
      "Quốc phòng – An ninh",
    );
  });

  it("reports duplicate-field-row at the second row", () => {
    const form = buildForm(counts, { fieldLabels: { khac: "VH-XH" } });
    const sub = submissionOf(form.sheet);
    expect(only(sub.issues, "duplicate-field-row")).toEqual([[form.labelCell("khac"), "duplicate-field-row"]]);
    expect(sub.issues.find((i) => i.code === "duplicate-field-row")?.params).toMatchObject({ first: 14, second: 17 });
  });

  it("warns missing-field-row and counts the field as 0", () => {
    const form = buildForm(counts, { fields: ["kinh-te", "van-hoa-xa-hoi", "xay-dung-he-thong-chinh-tri", "khac"] });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[null, "missing-field-row"]]);
    expect(sub.issues[0]?.params.field).toEqual({ vi: "Quốc phòng – An ninh", en: "Defence and security" });
    const qp = sub.entries.filter((e) => e.field === "quoc-phong-an-ninh");
    expect(qp.map((e) => [e.new, e.cumulative, e.cells.new])).toEqual(Array(6).fill([0, 0, null]));
  });
});

describe("measure-columns", () => {
  it("reports missing-measure-column at the level × type header", () => {
    const form = buildForm(counts, { omitColumns: ["huyen|ca-nhan|cumulative"] });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.headerCell("huyen", "ca-nhan"), "missing-measure-column"]]);
    expect(sub.issues[0]?.params).toMatchObject({
      level: { vi: "Cấp huyện", en: "District level" },
      type: { vi: "Điển hình cá nhân", en: "Individual examples" },
      measure: { vi: "Lũy kế", en: "Cumulative" },
    });
  });

  it("reports a type with no columns at its level header", () => {
    const form = buildForm(counts, { types: ["tap-the"] });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual(
      (["xa", "huyen", "tinh"] as const).flatMap((level) => [
        [form.headerCell(level), "missing-measure-column"],
        [form.headerCell(level), "missing-measure-column"],
      ]),
    );
  });

  it("reports duplicate-column at the second header", () => {
    const form = buildForm(counts, { levelLabels: { tinh: "Cấp xã" } });
    const sub = submissionOf(form.sheet);
    expect(only(sub.issues, "duplicate-column")).toHaveLength(4);
    expect(only(sub.issues, "duplicate-column")[0]).toEqual(["K12", "duplicate-column"]);
  });
});

describe("count-cells", () => {
  it.each<[CellValue, string]>([
    ["khoảng 12 mô hình", "not-a-number"],
    ["khoảng 5", "not-a-number"],
    ["10 trở lên", "not-a-number"],
    ["5-6", "not-a-number"],
    ["1,5", "not-a-number"],
    [true, "not-a-number"],
    [-1, "negative-count"],
    ["-3", "negative-count"],
    [7.5, "fractional-count"],
    [{ error: "#REF!" }, "formula-error"],
    ["#VALUE!", "formula-error"],
  ])("reports %p as %s at its cell", (value, code) => {
    const form = buildForm(withCount(counts, "van-hoa-xa-hoi", "huyen", "ca-nhan", "new", value), { total: false });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.cell("van-hoa-xa-hoi", "huyen", "ca-nhan", "new"), code]]);
    expect(sub.status).toBe("rejected");
  });

  it("quotes the text in a not-a-number message", () => {
    const form = buildForm(withCount(counts, "kinh-te", "xa", "tap-the", "new", "khoảng 12"), { total: false });
    const issue = submissionOf(form.sheet).issues[0]!;
    expect(issueMessage(issue)).toBe(
      `Ô ${form.cell("kinh-te", "xa", "tap-the", "new")} ghi "khoảng 12", không phải một số. Đề nghị đơn vị chỉ ghi số nguyên (số mô hình).`,
    );
  });

  it("reads a count written with words as the number, noting the text", () => {
    const cell = "kinh-te" as const;
    const form = buildForm(withCount(counts, cell, "xa", "tap-the", "new", "03 MH"), { total: false });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.cell(cell, "xa", "tap-the", "new"), "number-as-text"]]);
    expect(sub.status).toBe("accepted");
    expect(sub.entries.find((e) => e.field === cell && e.level === "xa" && e.type === "tap-the")?.new).toBe(3);
    expect(issueMessage(sub.issues[0]!)).toBe(
      `Ô ${form.cell(cell, "xa", "tap-the", "new")} lưu số dạng văn bản ("03 MH"); đã đọc là 3.`,
    );
  });

  it("in a CSV notes only counts written with words (every CSV number is text)", () => {
    const form = buildForm(
      withCount(
        withCount(counts, "kinh-te", "xa", "tap-the", "new", "5 (mô hình)"),
        "khac",
        "xa",
        "tap-the",
        "new",
        " 7 ",
      ),
      { total: false },
    );
    const sub = submissionOf({ ...form.sheet, untyped: true });
    expect(flatten(sub.issues)).toEqual([[form.cell("kinh-te", "xa", "tap-the", "new"), "number-as-text"]]);
  });

  it("does not repeat a row's negative count on the total it makes negative", () => {
    const form = buildForm(withCount(counts, "kinh-te", "xa", "tap-the", "new", -9));
    expect(flatten(submissionOf(form.sheet).issues)).toEqual([
      [form.cell("kinh-te", "xa", "tap-the", "new"), "negative-count"],
    ]);
  });

  it("checks the cells of the total row too", () => {
    const form = buildForm(counts, { total: { "xa|tap-the|new": { error: "#REF!" } } });
    expect(flatten(submissionOf(form.sheet).issues)).toEqual([
      [form.totalCell("xa", "tap-the", "new"), "formula-error"],
    ]);
  });
});

describe("cumulative-vs-new", () => {
  it("reports cumulative-less-than-new at the cumulative cell", () => {
    const planted = withCount(
      withCount(counts, "khac", "tinh", "tap-the", "new", 9),
      "khac",
      "tinh",
      "tap-the",
      "cumulative",
      3,
    );
    const form = buildForm(planted);
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([
      [form.cell("khac", "tinh", "tap-the", "cumulative"), "cumulative-less-than-new"],
    ]);
    expect(sub.issues[0]?.params).toMatchObject({
      field: { vi: "Lĩnh vực khác", en: "Other fields" },
      level: { vi: "Cấp tỉnh", en: "Provincial level" },
      type: { vi: "Mô hình tập thể", en: "Collective models" },
      new: 9,
      cumulative: 3,
    });
    expect(issueMessage(sub.issues[0]!, "en")).toMatch(
      /^Other fields – Provincial level – Collective models: cumulative \(3, cell /,
    );
    expect(issueMessage(sub.issues[0]!, "vi")).toMatch(/^Lĩnh vực khác – Cấp tỉnh – Mô hình tập thể: lũy kế \(3, ô /);
  });
});

describe("totals", () => {
  it("reports total-mismatch at the total cell with both numbers", () => {
    const form = buildForm(counts, { total: { "huyen|ca-nhan|cumulative": 100 } });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([[form.totalCell("huyen", "ca-nhan", "cumulative"), "total-mismatch"]]);
    expect(sub.issues[0]?.params).toMatchObject({ stated: 100, sum: 105 });
  });

  it("accepts a blank total cell (a formula without a cached value)", () => {
    expect(submissionOf(buildForm(counts, { total: { "xa|tap-the|new": null } }).sheet).issues).toEqual([]);
  });

  it.each([
    ["merged across the STT and label columns", true],
    ["typed in the STT column only", false],
  ])("finds a total row labelled %s", (_name, merged) => {
    const form = buildForm(counts, { total: { "xa|tap-the|new": 99 } });
    const rows = form.sheet.rows.map((row, r) => (r === 17 ? ["Tổng cộng", null, ...row.slice(2)] : row));
    const merges = merged
      ? [...(form.sheet.merges ?? []), { s: { r: 17, c: 0 }, e: { r: 17, c: 1 } }]
      : form.sheet.merges;
    const sub = submissionOf({ ...form.sheet, rows, merges });
    expect(flatten(sub.issues)).toEqual([[form.totalCell("xa", "tap-the", "new"), "total-mismatch"]]);
  });

  it("accepts a total row placed above the field rows", () => {
    const form = buildForm(counts);
    const rows = [...form.sheet.rows];
    const total = rows.splice(17, 1);
    rows.splice(12, 0, ...total);
    expect(submissionOf({ ...form.sheet, rows }).issues).toEqual([]);
  });
});

describe("dropped-values", () => {
  it("warns value-dropped for a number outside the form's columns", () => {
    const form = buildForm(counts, { noteColumn: { header: "Ghi chú", values: [7, "đã dừng 1 mô hình", null, "3"] } });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([
      [form.noteCell(0), "value-dropped"],
      [form.noteCell(3), "value-dropped"],
    ]);
    expect(sub.status).toBe("accepted");
  });

  it('does not warn for a summary column under a "Tổng số" header', () => {
    const form = buildForm(counts, { noteColumn: { header: "Tổng số", values: [7, 9, 11, 3, 1] } });
    expect(submissionOf(form.sheet).issues).toEqual([]);
  });

  it("warns value-dropped for counts in a row without a label", () => {
    const form = buildForm(counts, { extraRows: [{ label: "", values: [2] }], total: false });
    expect(flatten(submissionOf(form.sheet).issues)).toEqual([[form.extraCell(0, 1), "value-dropped"]]);
  });
});
