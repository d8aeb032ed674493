import { describe, expect, it } from "@jest/globals";
import { ISSUE_CATALOGUE } from "../../../src/core/issues/catalogue";
import { defaultOptions } from "../../../src/core/options";
import { parseSheet } from "../../../src/core/parse/parseSheet";
import type { ParsedSheet } from "../../../src/core/parse/types";
import { RULES } from "../../../src/core/validate/rules/index";
import { validateParsedSheet } from "../../../src/core/validate/validateWorkbook";
import { buildForm, sampleCounts, withCount } from "../_fixtures/buildForm";
import { buildList, rowOf } from "../_fixtures/buildModelList";
import { parseModelList } from "../../../src/core/parse/list/parseModelList";

const counts = sampleCounts();
const defective = [
  buildForm(counts, { unit: null, year: 2015, reportDate: "hôm qua", sheetName: "2014" }),
  buildForm(
    withCount(
      withCount(counts, "kinh-te", "xa", "tap-the", "new", "khoảng 12"),
      "khac",
      "xa",
      "tap-the",
      "new",
      "12 mô hình",
    ),
    { fieldLabels: { khac: "Kinh tê" }, omitColumns: ["xa|ca-nhan|new"] },
  ),
  buildForm(
    withCount(withCount(counts, "khac", "xa", "tap-the", "new", -2), "khac", "xa", "ca-nhan", "cumulative", 0.5),
    { total: { "xa|tap-the|cumulative": 1 }, reportDate: "31/12/2023" },
  ),
  buildForm(withCount(counts, "khac", "tinh", "tap-the", "new", " 7 "), {
    noteColumn: { header: "Ghi chú", values: [4] },
    fieldLabels: { khac: "VH-XH" },
  }),
  buildForm(withCount(counts, "khac", "tinh", "tap-the", "new", { error: "#DIV/0!" }), {
    levelLabels: { tinh: "Cấp xã" },
    year: null,
  }),
  // Labels read by meaning, a row naming two fields, details that fill an empty row, details that disagree.
  buildForm(
    { ...counts, khac: {} },
    {
      fieldLabels: { "quoc-phong-an-ninh": "Công tác an ninh trật tự" },
      extraRows: [
        { label: "- Mô hình A", values: [1, 2] },
        { label: "Kinh tế – Văn hóa", values: [1] },
      ],
    },
  ),
  buildForm(counts, { extraRows: [{ label: "+ Chi tiết", values: [1] }] }),
].map((form) => parseSheet(form.sheet, "bao-cao-2020.xlsx") as ParsedSheet);
// Nothing anywhere names the unit or the year: no labelled value, no issuer block, title or date, a plain sheet and file name.
const nameless = buildForm(counts, { unit: null, year: null, title: null, placeDate: null, reportDate: null });
defective.push(
  parseSheet(
    {
      ...nameless.sheet,
      rows: nameless.sheet.rows.map((row, r) => (r < 2 ? row.map((v, c) => (c === 0 ? null : v)) : row)),
    },
    "bao-cao.xlsx",
  ) as ParsedSheet,
);

describe("the rule registry", () => {
  it("has unique rule ids", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares only catalogued codes, each claimed by one rule", () => {
    const codes = RULES.flatMap((r) => r.codes);
    expect(codes.every((code) => code in ISSUE_CATALOGUE)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("covers every code the form contract requires (unreadable-file and no-submission-table come from io and the workbook)", () => {
    const required = [
      "missing-unit",
      "missing-year",
      "year-out-of-range",
      "unknown-field",
      "duplicate-field-row",
      "missing-measure-column",
      "not-a-number",
      "negative-count",
      "fractional-count",
      "formula-error",
      "cumulative-less-than-new",
      "total-mismatch",
      "missing-field-row",
      "late-submission",
      "year-mismatch",
      "number-as-text",
    ];
    const declared = new Set<string>(RULES.flatMap((r) => r.codes));
    expect(required.filter((code) => !declared.has(code))).toEqual([]);
  });

  it("has each rule emit only the codes it declares", () => {
    for (const parsed of defective) {
      for (const rule of RULES) {
        const undeclared = rule.check(parsed, defaultOptions(2025)).filter((issue) => !rule.codes.includes(issue.code));
        expect([rule.id, undeclared]).toEqual([rule.id, []]);
      }
    }
  });

  it("finds every declared code in the defect battery", () => {
    const emitted = new Set(
      defective.flatMap((parsed) => validateParsedSheet(parsed, defaultOptions(2025), 0).issues.map((i) => i.code)),
    );
    // Rules that compare with the rest of the workbook: a Mẫu 02-DVK list that disagrees with the form.
    const list = parseModelList(buildList([rowOf("kinh-te", "xa", "tap-the", 2023)], 2023), "bao-cao-2020.xlsx");
    const withList = parseSheet(buildForm(counts, { year: 2023 }).sheet, "bao-cao-2020.xlsx") as ParsedSheet;
    for (const issue of validateParsedSheet(withList, defaultOptions(2025), 0, { lists: list ? [list] : [] }).issues)
      emitted.add(issue.code);
    const silent = RULES.flatMap((r) => r.codes).filter(
      (code) => !emitted.has(code) && code !== "legacy-encoding-converted",
    );
    expect(silent).toEqual([]);
  });

  it("reports legacy-encoding conversions once per encoding, with an example", () => {
    const parsed = defective[0]!;
    const conversions = [
      { encoding: "TCVN3", before: "Kinh tÕ", after: "Kinh tế", cell: "B13" },
      { encoding: "TCVN3", before: "Kh¸c", after: "Khác", cell: "B17" },
      { encoding: "VNI", before: "Vaên hoùa", after: "Văn hóa", cell: "B14" },
    ];
    const issues = RULES.find((r) => r.id === "legacy-encoding")!.check(
      { ...parsed, conversions },
      defaultOptions(2025),
    );
    expect(issues.map((i) => [i.cell, i.code, i.params.encoding, i.params.count, i.params.before])).toEqual([
      ["B13", "legacy-encoding-converted", "TCVN3", 2, "Kinh tÕ"],
      ["B14", "legacy-encoding-converted", "VNI", 1, "Vaên hoùa"],
    ]);
  });
});
