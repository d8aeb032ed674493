import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { issueMessage } from "../../../src/core/issues/makeIssue";
import { defaultOptions } from "../../../src/core/options";
import type { Issue } from "../../../src/core/types";
import { matchLists } from "../../../src/core/validate/matchLists";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { readWorkbookBytes } from "../../../src/io/readWorkbook";
import { buildForm, sampleCounts, withCount, workbookOf } from "../_fixtures/buildForm";
import { buildList, listRowsFor, rowOf } from "../_fixtures/buildModelList";

const ROOT = join(__dirname, "../../../assets/samples");
const counts = sampleCounts();
const allIssues = (r: ReturnType<typeof validateWorkbook>): Issue[] => [
  ...r.issues,
  ...r.submissions.flatMap((s) => s.issues),
];
const codesOf = (r: ReturnType<typeof validateWorkbook>, code: string) => allIssues(r).filter((i) => i.code === code);

describe("list-count-mismatch", () => {
  it("finds no mismatch when the list agrees with Mẫu 01 (older models do not count)", () => {
    const form = buildForm(counts, { year: 2023 });
    const result = validateWorkbook(
      workbookOf("xa-a.xlsx", form.sheet, buildList(listRowsFor(counts, 2023), 2023)),
      defaultOptions(2025),
    );
    expect(allIssues(result).filter((i) => i.code.startsWith("list-"))).toEqual([]);
    expect(result.submissions).toHaveLength(1);
    expect(result.submissions[0]?.status).toBe("accepted");
  });

  it("reports one warning per mismatching combination at the Mẫu 01 new cell, with both numbers", () => {
    const form = buildForm(counts, { year: 2023 });
    const rows = listRowsFor(counts, 2023);
    // one Kinh tế / cấp xã / tập thể model too many, one Khác / cấp tỉnh / cá nhân model missing
    rows.push(rowOf("kinh-te", "xa", "tap-the", 2023));
    rows.splice(
      rows.findIndex(
        (r) => r.field === "Lĩnh vực khác" && r.level === "Cấp tỉnh" && r.type === "Cá nhân" && r.year === 2023,
      ),
      1,
    );
    const result = validateWorkbook(workbookOf("xa-a.xlsx", form.sheet, buildList(rows, 2023)), defaultOptions(2025));
    const found = codesOf(result, "list-count-mismatch");
    expect(
      found.map((i) => [i.sheet, i.cell, i.severity, i.params.formCount, i.params.listCount, i.params.year]),
    ).toEqual([
      ["Mẫu 01-DVK", form.cell("kinh-te", "xa", "tap-the", "new"), "warning", 6, 7, 2023],
      ["Mẫu 01-DVK", form.cell("khac", "tinh", "ca-nhan", "new"), "warning", 6, 5, 2023],
    ]);
    expect(issueMessage(found[0]!)).toBe(
      "Kinh tế – Cấp xã – Mô hình tập thể: Mẫu 01 ghi 6 mô hình mới nhưng danh sách Mẫu 02 có 7 mô hình công nhận năm 2023.",
    );
    expect(issueMessage(found[0]!, "en")).toBe(
      "Economy – Commune level – Collective models: Mẫu 01 states 6 new models but the Mẫu 02 list has 7 recognised in 2023.",
    );
    expect(result.submissions[0]?.status).toBe("accepted");
  });

  it("compares models listed at a level the table lacks with 0", () => {
    const xaOnly = sampleCounts(["xa"]);
    const form = buildForm(xaOnly, { year: 2024, levels: ["xa"] });
    const rows = [...listRowsFor(xaOnly, 2024), rowOf("van-hoa-xa-hoi", "huyen", "ca-nhan", 2024)];
    const found = codesOf(
      validateWorkbook(workbookOf("x.xlsx", form.sheet, buildList(rows, 2024)), defaultOptions(2025)),
      "list-count-mismatch",
    );
    expect(found.map((i) => [i.cell, i.params.formCount, i.params.listCount])).toEqual([[null, 0, 1]]);
  });

  it("matches each list to the submission of its year in a workbook of several years", () => {
    const c2023 = withCount(counts, "kinh-te", "xa", "tap-the", "new", 1);
    const f2023 = buildForm(c2023, { year: 2023, sheetName: "2023" });
    const f2024 = buildForm(counts, { year: 2024, sheetName: "2024" });
    const l2023 = buildList(listRowsFor(c2023, 2023), 2023, { sheetName: "DS 2023" });
    const l2024 = buildList([...listRowsFor(counts, 2024), rowOf("khac", "xa", "ca-nhan", 2024)], 2024, {
      sheetName: "DS 2024",
    });
    const result = validateWorkbook(
      workbookOf("nhieu-nam.xlsx", f2023.sheet, l2024, f2024.sheet, l2023),
      defaultOptions(2025),
    );
    expect(
      codesOf(result, "list-count-mismatch").map((i) => [i.sheet, i.cell, i.params.formCount, i.params.listCount]),
    ).toEqual([["2024", f2024.cell("khac", "xa", "ca-nhan", "new"), 16, 17]]);
  });

  it("does not compare when there is no list, and reads the list's own problems as warnings that reject nothing", () => {
    const form = buildForm(counts, { year: 2023 });
    expect(
      codesOf(validateWorkbook(workbookOf("x.xlsx", form.sheet), defaultOptions(2025)), "list-count-mismatch"),
    ).toEqual([]);
    const rows = listRowsFor(counts, 2023);
    rows[0] = { ...rows[0]!, field: "Môi trường" };
    rows[1] = { ...rows[1]!, year: "2022/2023" };
    rows[2] = { ...rows[2]!, type: null };
    const result = validateWorkbook(workbookOf("x.xlsx", form.sheet, buildList(rows, 2023)), defaultOptions(2025));
    expect(result.issues.map((i) => [i.code, i.sheet, i.cell, i.severity])).toEqual([
      ["list-unknown-label", "Mẫu 02-DVK", "D4", "warning"],
      ["list-invalid-year", "Mẫu 02-DVK", "F5", "warning"],
      ["list-missing-value", "Mẫu 02-DVK", "C6", "warning"],
    ]);
    expect(issueMessage(result.issues[0]!)).toContain('"Môi trường" không khớp lĩnh vực nào; gần nhất là');
    expect(result.submissions[0]?.status).toBe("accepted");
  });

  it("an alias makes an unknown list label count", () => {
    const form = buildForm(counts, { year: 2023 });
    const rows = listRowsFor(counts, 2023).map((r) =>
      r.field === "Lĩnh vực khác" ? { ...r, field: "Môi trường" } : r,
    );
    const wb = workbookOf("x.xlsx", form.sheet, buildList(rows, 2023));
    expect(codesOf(validateWorkbook(wb, defaultOptions(2025)), "list-count-mismatch").length).toBeGreaterThan(0);
    const withAlias = validateWorkbook(wb, { ...defaultOptions(2025), aliases: { field: { "môi trường": "khac" } } });
    expect(allIssues(withAlias).filter((i) => i.code.startsWith("list-"))).toEqual([]);
  });

  it.each(["2024/xa-yen-phu-2024.xlsx", "2022/hoi-lhpn-2022.xlsx"])(
    "finds the sample %s consistent with its Mẫu 02 list",
    (file) => {
      const bytes = readFileSync(join(ROOT, file));
      const read = readWorkbookBytes(new Uint8Array(bytes), file);
      expect(read.workbook?.sheets.map((s) => s.name)).toContain("Mẫu 02-DVK");
      const result = validateWorkbook(read.workbook!, defaultOptions(2025));
      expect(result.submissions).toHaveLength(1);
      expect(allIssues(result).filter((i) => i.code.startsWith("list-"))).toEqual([]);
    },
  );

  it("counts the sample list's models: it holds models of the report year", () => {
    const bytes = readFileSync(join(ROOT, "2024/xa-yen-phu-2024.xlsx"));
    const wb = readWorkbookBytes(new Uint8Array(bytes), "x.xlsx").workbook!;
    const planted = {
      ...wb,
      sheets: wb.sheets.map((s) => (s.name === "Mẫu 02-DVK" ? { ...s, rows: s.rows.slice(0, -1) } : s)),
    };
    const lastRow = wb.sheets.find((s) => s.name === "Mẫu 02-DVK")!.rows.at(-1)!;
    expect(lastRow[5]).toBe(2024);
    expect(codesOf(validateWorkbook(planted, defaultOptions(2025)), "list-count-mismatch")).toHaveLength(1);
  });
});

describe("matchLists", () => {
  const list = (year: number | null, sheet: string, heading = "") => ({
    source: "x.xlsx",
    sheet,
    headerCell: "B4",
    year,
    heading,
    models: [],
    unreadable: [],
  });
  const at = (year: number | null, unitName: string | null = "Xã A") => ({ year, unitName });

  it("prefers the list of the same year, then undated lists, then the one list of a one-submission workbook", () => {
    const [l2023, l2024, undated] = [list(2023, "A"), list(2024, "B"), list(null, "C")];
    const years = [at(2022), at(2023), at(2024)];
    expect(matchLists(at(2024), [l2023, l2024, undated], years).map((l) => l.sheet)).toEqual(["B"]);
    expect(matchLists(at(2022), [l2023, l2024, undated], years).map((l) => l.sheet)).toEqual(["C"]);
    expect(matchLists(at(2022), [l2023, l2024], years)).toEqual([]);
    expect(matchLists(at(2022), [l2023], [at(2022)]).map((l) => l.sheet)).toEqual(["A"]);
    expect(matchLists(at(null), [undated], [at(null)])).toEqual([]);
  });

  it("in a workbook of several units for one year, takes only the list that names the unit", () => {
    const units = [at(2024, "Xã Yên Phú"), at(2024, "Xã Yên Lạc")];
    const phu = list(2024, "Mẫu 02-DVK", 'DANH SÁCH MÔ HÌNH "DÂN VẬN KHÉO" – XÃ YÊN PHÚ – NĂM 2024');
    const lac = list(null, "DS Yên Lạc");
    expect(matchLists(units[0]!, [phu, lac], units).map((l) => l.sheet)).toEqual(["Mẫu 02-DVK"]);
    expect(matchLists(units[1]!, [phu, lac], units)).toEqual([]);
    expect(matchLists(at(2024, "Xã Yên Lạc"), [list(null, "DS Xã Yên Lạc")], units).map((l) => l.sheet)).toEqual([
      "DS Xã Yên Lạc",
    ]);
  });
});
