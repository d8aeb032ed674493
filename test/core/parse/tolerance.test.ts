import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { FIELD_CODES, TYPE_CODES } from "../../../src/core/catalogue/dimensions";
import { defaultOptions } from "../../../src/core/options";
import type { CellValue, LevelCode, RawSheet } from "../../../src/core/types";
import { type FormCounts, buildForm, sampleCounts } from "../_fixtures/buildForm";
import { flatten, numbersOf, only, submissionOf } from "../_fixtures/helpers";

/** The numbers a form built from `counts` must read to, in canonical entry order. */
function expected(
  counts: FormCounts,
  levels: LevelCode[] = ["xa", "huyen", "tinh"],
): [string, string, string, number, number][] {
  const out: [string, string, string, number, number][] = [];
  for (const field of FIELD_CODES) {
    for (const level of levels) {
      for (const type of TYPE_CODES) {
        const pair = counts[field]?.[level]?.[type];
        out.push([field, level, type, Number(pair?.new ?? 0), Number(pair?.cumulative ?? 0)]);
      }
    }
  }
  return out;
}

/** Every string of a sheet (cells and name) in decomposed Unicode. */
function toNfd(sheet: RawSheet): RawSheet {
  const nfd = (v: CellValue): CellValue => (typeof v === "string" ? v.normalize("NFD") : v);
  return { ...sheet, name: sheet.name.normalize("NFD"), rows: sheet.rows.map((row) => row.map(nfd)) };
}

const counts = sampleCounts();
const canonical = expected(counts);

describe("reading tolerates layout variants", () => {
  it("reads the canonical grid to the numbers it was built from", () => {
    expect(numbersOf(submissionOf(buildForm(counts).sheet))).toEqual(canonical);
  });

  it.each([
    ["a table shifted down and right with extra blank rows", { rowOffset: 6, colOffset: 3, gap: 4 }],
    [
      "reordered level groups, type pairs and measure columns",
      {
        levels: ["tinh", "xa", "huyen"] as LevelCode[],
        types: ["ca-nhan", "tap-the"] as const,
        measures: ["cumulative", "new"] as const,
      },
    ],
    ["reordered field rows", { fields: [...FIELD_CODES].reverse() }],
    ["unmerged headers (labels only in the first column of each group)", { merges: false }],
    ["no STT column", { stt: false }],
    ["a column-number row under the header", { numberRow: true }],
    ["another sheet name", { sheetName: "Sheet1" }],
    ["no total row", { total: false as const }],
  ])("reads %s to the same numbers", (_name, layout) => {
    const sub = submissionOf(buildForm(counts, layout as Parameters<typeof buildForm>[1]).sheet);
    expect(flatten(sub.issues)).toEqual([]);
    expect(numbersOf(sub)).toEqual(canonical);
  });

  it("reads a table with blank columns inserted between the label and the groups and between groups", () => {
    const form = buildForm(counts, { merges: false });
    const rows = form.sheet.rows.map((row) => [
      ...row.slice(0, 2),
      null,
      ...row.slice(2, 6),
      null,
      null,
      ...row.slice(6),
    ]);
    const sub = submissionOf({ ...form.sheet, rows });
    expect(flatten(sub.issues)).toEqual([]);
    expect(numbersOf(sub)).toEqual(canonical);
  });

  it("reads any subset of levels (no district level after 2025)", () => {
    const levels: LevelCode[] = ["xa", "tinh"];
    const subset = sampleCounts(levels);
    const sub = submissionOf(buildForm(subset, { levels }).sheet);
    expect(flatten(sub.issues)).toEqual([]);
    expect(sub.levels).toEqual(levels);
    expect(numbersOf(sub)).toEqual(expected(subset, levels));
  });

  it.each([
    [
      "short forms",
      {
        "kinh-te": "KT",
        "van-hoa-xa-hoi": "VH-XH",
        "quoc-phong-an-ninh": "QP-AN",
        "xay-dung-he-thong-chinh-tri": "XD HTCT",
        khac: "Khác",
      },
    ],
    [
      "long forms",
      {
        "kinh-te": "Kinh tế",
        "van-hoa-xa-hoi": "Văn hoá, xã hội",
        "quoc-phong-an-ninh": "An ninh, quốc phòng",
        "xay-dung-he-thong-chinh-tri": "Xây dựng hệ thống chính trị",
        khac: "Các lĩnh vực khác",
      },
    ],
    [
      "numbered labels",
      {
        "kinh-te": "1. Kinh tế",
        "van-hoa-xa-hoi": "II - VĂN HÓA – XÃ HỘI",
        "quoc-phong-an-ninh": "c) Quốc phòng - an ninh",
        "xay-dung-he-thong-chinh-tri": "4. Xây dựng Đảng và HTCT",
        khac: "5. Lĩnh vực khác",
      },
    ],
  ])("reads field labels in %s", (_name, fieldLabels) => {
    const sub = submissionOf(buildForm(counts, { fieldLabels }).sheet);
    expect(flatten(sub.issues)).toEqual([]);
    expect(numbersOf(sub)).toEqual(canonical);
  });

  it.each([
    [
      "Cấp cơ sở / Tập thể / Cá nhân / Mới / Luỹ kế",
      {
        levelLabels: { xa: "Cấp cơ sở" },
        typeLabels: { "tap-the": "Tập thể", "ca-nhan": "Cá nhân" },
        measureLabels: { new: "Mới", cumulative: "Luỹ kế" },
      },
    ],
    [
      "Mô hình / Điển hình / Số mới / Tổng số lũy kế",
      {
        typeLabels: { "tap-the": "Mô hình", "ca-nhan": "Điển hình" },
        measureLabels: { new: "Số mới", cumulative: "Tổng số lũy kế" },
      },
    ],
    [
      "upper case headers",
      {
        levelLabels: { xa: "CẤP XÃ", huyen: "CẤP HUYỆN", tinh: "CẤP TỈNH" },
        measureLabels: { new: "MỚI TRONG NĂM", cumulative: "LŨY KẾ" },
      },
    ],
    ["headers followed by more words", { measureLabels: { new: "Mới trong năm 2023", cumulative: "Lũy kế đến nay" } }],
  ])("reads header labels %s", (_name, layout) => {
    const sub = submissionOf(buildForm(counts, layout).sheet);
    expect(flatten(sub.issues)).toEqual([]);
    expect(numbersOf(sub)).toEqual(canonical);
  });

  it("reads decomposed (NFD) text like precomposed text", () => {
    const sub = submissionOf(toNfd(buildForm(counts, { fieldLabels: { "van-hoa-xa-hoi": "Văn hoá, xã hội" } }).sheet));
    expect(flatten(sub.issues)).toEqual([]);
    expect(numbersOf(sub)).toEqual(canonical);
    expect(sub.unitName).toBe("Xã Thượng Lâm");
  });

  it("uses the officer's aliases", () => {
    const layout = { fieldLabels: { "kinh-te": "Phát triển sản xuất" }, levelLabels: { huyen: "Cấp liên xã" } };
    const aliases = {
      field: { "phát triển sản xuất": "kinh-te" as const },
      level: { "Cấp liên xã": "huyen" as const },
    };
    const sub = submissionOf(buildForm(counts, layout).sheet, { ...defaultOptions(2025), aliases });
    expect(flatten(sub.issues)).toEqual([]);
    expect(numbersOf(sub)).toEqual(canonical);
  });

  it("reads numbers stored as text and notes each one at its cell", () => {
    const textual = structuredClone(counts);
    textual["kinh-te"]!.xa!["tap-the"] = { new: " 7 ", cumulative: "1.277" };
    textual.khac!.tinh!["ca-nhan"] = { new: "07", cumulative: "1 277" };
    const form = buildForm(textual, { total: false });
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([
      [form.cell("kinh-te", "xa", "tap-the", "new"), "number-as-text"],
      [form.cell("kinh-te", "xa", "tap-the", "cumulative"), "number-as-text"],
      [form.cell("khac", "tinh", "ca-nhan", "new"), "number-as-text"],
      [form.cell("khac", "tinh", "ca-nhan", "cumulative"), "number-as-text"],
    ]);
    expect(sub.issues[1]?.params).toMatchObject({ value: "1.277", number: 1277 });
    expect(sub.issues[0]?.params).toMatchObject({ value: " 7 ", number: 7 });
    expect(sub.status).toBe("accepted");
    expect(numbersOf(sub)).toEqual(
      expected({
        ...counts,
        "kinh-te": { ...counts["kinh-te"], xa: { ...counts["kinh-te"]!.xa, "tap-the": { new: 7, cumulative: 1277 } } },
        khac: { ...counts.khac, tinh: { ...counts.khac!.tinh, "ca-nhan": { new: 7, cumulative: 1277 } } },
      }),
    );
  });

  it("counts blank cells as 0 with their cell address", () => {
    const blanks = structuredClone(counts);
    blanks["kinh-te"]!.xa!["tap-the"] = {};
    const form = buildForm(blanks);
    const sub = submissionOf(form.sheet);
    expect(flatten(sub.issues)).toEqual([]);
    expect(sub.entries[0]).toMatchObject({
      new: 0,
      cumulative: 0,
      cells: { new: form.cell("kinh-te", "xa", "tap-the", "new") },
    });
  });

  it("reads a header value written after the colon in the label cell", () => {
    const form = buildForm(counts, { year: null });
    const rows = form.sheet.rows.map((row) => row.map((v) => (v === "Năm báo cáo:" ? "Năm báo cáo: 2023" : v)));
    const sub = submissionOf({ ...form.sheet, rows });
    expect(only(sub.issues, "missing-year")).toEqual([]);
    expect(sub.year).toBe(2023);
  });
});

describe("reading is invariant under layout (property)", () => {
  const level = fc.constantFrom<LevelCode>("xa", "huyen", "tinh");
  const count = fc.nat(2000);
  const pair = fc.record({ new: count, cumulative: count });
  const byType = fc.record({ "tap-the": pair, "ca-nhan": pair });
  const byLevel = fc.record({ xa: byType, huyen: byType, tinh: byType });
  const allCounts = fc.record({
    "kinh-te": byLevel,
    "van-hoa-xa-hoi": byLevel,
    "quoc-phong-an-ninh": byLevel,
    "xay-dung-he-thong-chinh-tri": byLevel,
    khac: byLevel,
  });

  it("reads the same numbers whatever the offsets, orders, level subset, merges and STT column", () => {
    fc.assert(
      fc.property(
        allCounts,
        fc.uniqueArray(level, { minLength: 1, maxLength: 3 }),
        fc.shuffledSubarray([...FIELD_CODES], { minLength: 5, maxLength: 5 }),
        fc.record({
          rowOffset: fc.nat(6),
          colOffset: fc.nat(4),
          gap: fc.integer({ min: 1, max: 3 }),
          merges: fc.boolean(),
          stt: fc.boolean(),
          total: fc.constantFrom(false as const, undefined),
          flipTypes: fc.boolean(),
          flipMeasures: fc.boolean(),
        }),
        (randomCounts, levels, fields, o) => {
          const layout = {
            ...o,
            levels,
            fields,
            ...(o.flipTypes ? { types: ["ca-nhan", "tap-the"] } : {}),
            ...(o.flipMeasures ? { measures: ["cumulative", "new"] } : {}),
          };
          const sub = submissionOf(buildForm(randomCounts, layout as Parameters<typeof buildForm>[1]).sheet);
          const canonicalLevels = (["xa", "huyen", "tinh"] as LevelCode[]).filter((l) => levels.includes(l));
          expect(sub.levels).toEqual(canonicalLevels);
          expect(numbersOf(sub)).toEqual(expected(randomCounts, canonicalLevels));
        },
      ),
      { numRuns: 150 },
    );
  });
});
