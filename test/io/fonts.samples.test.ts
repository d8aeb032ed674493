import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { defaultOptions, toA1, type RawSheet } from "../../src/core";
import { cleanCellText } from "../../src/core/text/cleanCellText";
import { validateWorkbook } from "../../src/core/validate/validateWorkbook";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { ASSETS, loadLegacyTwins } from "../_support/legacyTwins";

const twins = loadLegacyTwins();

function read(file: string): { sheets: readonly RawSheet[]; result: ReturnType<typeof validateWorkbook> } {
  const { workbook, issues } = readWorkbookBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  if (!workbook) throw new Error(`${file}: ${JSON.stringify(issues)}`);
  return { sheets: workbook.sheets, result: validateWorkbook(workbook, defaultOptions(2025)) };
}

function sheetNamed(sheets: readonly RawSheet[], name: string): RawSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every string cell by A1 address. */
function texts(sheet: RawSheet): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.rows.forEach((row, r) => row.forEach((v, c) => typeof v === "string" && cells.set(toA1(r, c), v)));
  return cells;
}

/** The generator writes en and em dashes as "-" in legacy files (the legacy fonts lack them). */
const plainDashes = (text: string): string => text.replace(/[–—]/gu, "-");

/**
 * Each legacy sample as .xlsx (assets/samples-legacy) and as .xls (test/io/fonts-fixtures: the same
 * files saved as "MS Excel 97" by LibreOffice 7.4, `soffice --headless --convert-to xls`).
 */
const cases = twins.flatMap((twin) => [
  { ...twin, name: twin.file, path: path.join(ASSETS, "samples-legacy", twin.file) },
  {
    ...twin,
    name: twin.file.replace(/\.xlsx$/u, ".xls"),
    path: path.join(__dirname, "fonts-fixtures", twin.file.replace(/\.xlsx$/u, ".xls")),
  },
]);

describe("legacy samples through the reader: fonts make them convert cell for cell to their Unicode twins", () => {
  it("covers a TCVN3 and a VNI file, each as .xlsx and .xls", () => {
    expect(cases.map((c) => `${c.encoding} ${path.extname(c.path)}`).sort()).toEqual([
      "TCVN3 .xls",
      "TCVN3 .xlsx",
      "VNI .xls",
      "VNI .xlsx",
    ]);
  });

  describe.each(cases)("$name ($encoding)", (twin) => {
    const legacy = read(twin.path);
    const unicode = read(path.join(ASSETS, "samples", twin.twin.file));
    const legacySheet = sheetNamed(legacy.sheets, twin.sheet);
    const legacyTexts = texts(legacySheet);
    const unicodeTexts = texts(sheetNamed(unicode.sheets, twin.twin.sheet));

    it("knows the legacy font of every text cell that needs converting, and of no other cell", () => {
      const fonts = legacySheet.fonts ?? {};
      const needing = [...legacyTexts].filter(([a, t]) => t !== plainDashes(unicodeTexts.get(a) ?? "")).map(([a]) => a);
      expect(needing.length).toBeGreaterThan(20);
      expect(needing.filter((a) => fonts[a] === undefined)).toEqual([]);
      expect(Object.keys(fonts).filter((a) => !legacyTexts.has(a))).toEqual([]);
      expect(new Set(Object.values(fonts))).toEqual(
        new Set(twin.encoding === "TCVN3" ? [".VnTime", ".VnTimeH"] : ["VNI-Times"]),
      );
    });

    it("converts every text cell, with its font, to the twin's text", () => {
      const fonts = legacySheet.fonts ?? {};
      const converted = [...legacyTexts].map(([a, t]) => [a, cleanCellText(t, fonts[a]).text]);
      const wanted = [...legacyTexts].map(([a]) => [a, plainDashes(unicodeTexts.get(a) ?? "")]);
      expect(converted).toEqual(wanted);
      expect([...legacyTexts.keys()].sort()).toEqual([...unicodeTexts.keys()].sort());
    });

    it("decodes the all-capital (.VnTimeH) headings as capitals", () => {
      const fonts = legacySheet.fonts ?? {};
      const headings = Object.keys(fonts).filter((a) => fonts[a] === ".VnTimeH");
      if (twin.encoding !== "TCVN3") return expect(headings).toEqual([]);
      expect(headings.length).toBeGreaterThanOrEqual(4);
      for (const a of headings) {
        const text = cleanCellText(legacyTexts.get(a) ?? "", fonts[a]).text;
        expect([a, text]).toEqual([a, text.toUpperCase()]);
        expect([a, text]).toEqual([a, unicodeTexts.get(a)]);
      }
    });

    it("validates to the same unit, year and numbers as the twin, reporting the conversion", () => {
      const [got] = legacy.result.submissions;
      const [want] = unicode.result.submissions;
      const summary = (s: typeof got): unknown => [
        s?.status,
        s?.unitCode,
        s?.unitName,
        s?.year,
        s?.reportDate,
        s?.levels,
        s?.entries,
        s?.tableRange,
      ];
      expect(summary(got)).toEqual(summary(want));
      expect([got?.unitCode, got?.unitName, got?.year]).toEqual([twin.unitCode, twin.unitName, twin.year]);
      expect(got?.issues.filter((i) => i.code === "legacy-encoding-converted").map((i) => i.params.encoding)).toEqual([
        twin.encoding,
      ]);
      expect(unicode.sheets.some((s) => s.fonts)).toBe(false);
    });
  });
});
