import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { validateWorkbook, defaultOptions, type CellValue } from "../../src/core";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";

/** The canonical form with one count typed as text ("07"), as plain rows of text and numbers. */
function formRows(): { rows: CellValue[][]; cell: string } {
  const form = buildForm(withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", "07"));
  return { rows: form.sheet.rows.map((r) => [...r]), cell: form.cell("kinh-te", "xa", "tap-the", "new") };
}

const codesAt = (bytes: Uint8Array, name: string) => {
  const read = readWorkbookBytes(bytes, name);
  const result = validateWorkbook(read.workbook!, defaultOptions(2025));
  return result.submissions.flatMap((s) => s.issues.map((i) => `${i.code}@${i.cell}`));
};

describe("sources without cell types", () => {
  it("notes a number typed as text in an xlsx", () => {
    const { rows, cell } = formRows();
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "S");
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    expect(codesAt(bytes, "a.xlsx")).toContain(`number-as-text@${cell}`);
  });

  it("does not note numbers in a CSV, where every value is text", () => {
    const { rows } = formRows();
    const csv = rows.map((r) => r.map((v) => (v === null ? "" : String(v))).join(";")).join("\n");
    const read = readWorkbookBytes(new TextEncoder().encode(csv), "a.csv");
    expect(read.workbook?.sheets[0]?.untyped).toBe(true);
    expect(codesAt(new TextEncoder().encode(csv), "a.csv").filter((c) => c.startsWith("number-as-text"))).toEqual([]);
  });

  it("passes the workbook's 1904 date system on to the sheets", () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["x"]]), "S");
    wb.Workbook = { WBProps: { date1904: true } };
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    expect(readWorkbookBytes(bytes, "d.xlsx").workbook?.sheets[0]?.date1904).toBe(true);
  });
});
