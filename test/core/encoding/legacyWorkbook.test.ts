import { describe, expect, it } from "@jest/globals";
import { encodeLegacyText } from "../../../src/core/encoding/encodeLegacyText";
import { defaultOptions } from "../../../src/core/options";
import { cleanCellText } from "../../../src/core/text/cleanCellText";
import type { CellValue, RawSheet, Submission } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { buildForm } from "../_fixtures/buildForm";

/** Column letters + 1-based row, as the reader addresses cells. */
function a1(r: number, c: number): string {
  let letters = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${r + 1}`;
}

/** Re-types every text cell of a sheet in a legacy font, as an officer's old template would hold it. */
function retype(sheet: RawSheet, encode: (text: string) => { text: string; font?: string }): RawSheet {
  const fonts: Record<string, string> = {};
  const rows = sheet.rows.map((row, r) =>
    row.map((value: CellValue, c) => {
      if (typeof value !== "string") return value;
      const { text, font } = encode(value);
      if (font) fonts[a1(r, c)] = font;
      return text;
    }),
  );
  return { ...sheet, rows, fonts };
}

const counts = (s: Submission | undefined): unknown =>
  s?.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative]);

describe("legacy-encoded submissions", () => {
  const unicode = buildForm().sheet;
  const expected = validateWorkbook({ source: "unicode.xlsx", sheets: [unicode] }, defaultOptions(2025)).submissions[0];

  it("reads a VNI workbook (no fonts known) to the same numbers as its Unicode twin, and reports it once", () => {
    const sheet = retype(unicode, (text) => ({ text: encodeLegacyText(text, "vni") }));
    const submission = validateWorkbook({ source: "vni.xls", sheets: [sheet] }, defaultOptions(2025)).submissions[0];
    expect(counts(submission)).toEqual(counts(expected));
    expect(submission?.unitName).toBe(expected?.unitName);
    const infos = submission?.issues.filter((i) => i.code === "legacy-encoding-converted") ?? [];
    expect(infos).toHaveLength(1);
    expect(infos[0]?.params.encoding).toBe("VNI");
    expect(Number(infos[0]?.params.count)).toBeGreaterThan(10);
  });

  it("reads a TCVN3 workbook with .VnTime/.VnTimeH fonts to the same numbers as its Unicode twin", () => {
    const sheet = retype(unicode, (text) => {
      // Headings in capitals were typed in the all-capital font (TCVN3 has no toned capitals).
      const capitals = text === text.toUpperCase() && text !== text.toLowerCase();
      return capitals
        ? { text: encodeLegacyText(text, "tcvn3", { uppercase: true }), font: ".VnTimeH" }
        : { text: encodeLegacyText(text, "tcvn3"), font: ".VnTime" };
    });
    const submission = validateWorkbook({ source: "tcvn3.xls", sheets: [sheet] }, defaultOptions(2025)).submissions[0];
    expect(counts(submission)).toEqual(counts(expected));
    const infos = submission?.issues.filter((i) => i.code === "legacy-encoding-converted") ?? [];
    expect(infos.map((i) => i.params.encoding)).toEqual(["TCVN3"]);
  });

  it("reads a workbook mixing TCVN3 (no fonts known), VNI and Unicode cells", () => {
    let n = 0;
    const sheet = retype(unicode, (text) => {
      n++;
      if (n % 3 === 0) return { text };
      const legacy = encodeLegacyText(text, n % 3 === 1 ? "tcvn3" : "vni");
      // Toned capitals do not exist in TCVN3: such cells stay Unicode, as after a partial retyping.
      return Array.from(legacy).some((c) => c > "\u00ff" && /\p{L}/u.test(c)) ? { text } : { text: legacy };
    });
    const submission = validateWorkbook({ source: "mixed.xls", sheets: [sheet] }, defaultOptions(2025)).submissions[0];
    expect(counts(submission)).toEqual(counts(expected));
    const infos = submission?.issues.filter((i) => i.code === "legacy-encoding-converted") ?? [];
    expect(infos.map((i) => i.params.encoding).sort()).toEqual(["TCVN3", "VNI"]);
    expect(infos.every((i) => Number(i.params.count) >= 3)).toBe(true);
  });
});

describe("cleanCellText with legacy text", () => {
  it("converts and records the original", () => {
    expect(cleanCellText("kinh tÕ", ".VnTime")).toEqual({
      text: "kinh tế",
      conversion: { encoding: "TCVN3", before: "kinh tÕ" },
    });
    expect(cleanCellText("Coäng hoøa xaõ hoäi")).toEqual({
      text: "Cộng hòa xã hội",
      conversion: { encoding: "VNI", before: "Coäng hoøa xaõ hoäi" },
    });
  });

  it("only normalises Unicode text", () => {
    expect(cleanCellText("Kinh te\u0302\u0301")).toEqual({ text: "Kinh tế" });
    expect(cleanCellText("café")).toEqual({ text: "café" });
  });
});
