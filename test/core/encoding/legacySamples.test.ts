import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { fixLegacyText } from "../../../src/core/encoding/fixLegacyText";
import { defaultOptions } from "../../../src/core/options";
import { cleanCellText } from "../../../src/core/text/cleanCellText";
import type { CountEntry } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { readWorkbookBytes } from "../../../src/io/readWorkbook";
import { ASSETS, loadLegacyTwins } from "../../_support/legacyTwins";

const twins = loadLegacyTwins();

/** The legacy font of each text cell of a sheet, as the production reader exposes it (RawSheet.fonts). */
function cellFonts(bytes: Buffer, file: string, sheetName: string): Map<string, string> {
  const sheet = readWorkbookBytes(new Uint8Array(bytes), file).workbook?.sheets.find(
    (s) => s.name === sheetName.normalize("NFC"),
  );
  return new Map(Object.entries(sheet?.fonts ?? {}));
}

/** String cells of a sheet by address. */
function textCells(file: string, sheetName: string): { cells: Map<string, string>; fonts: Map<string, string> } {
  const bytes = readFileSync(file);
  const workbook = XLSX.read(bytes);
  const sheet = workbook.Sheets[sheetName];
  if (!sheet) throw new Error(`${file} has no sheet ${sheetName}`);
  const cells = new Map<string, string>();
  for (const [address, cell] of Object.entries(sheet)) {
    if (!address.startsWith("!") && (cell as XLSX.CellObject).t === "s")
      cells.set(address, String((cell as XLSX.CellObject).v));
  }
  return { cells, fonts: cellFonts(bytes, path.basename(file), sheetName) };
}

/** The sample generator writes en and em dashes as "-" in legacy files (the legacy fonts lack them). */
const plainDashes = (text: string): string => text.normalize("NFC").replace(/[–—]/gu, "-");

describe("legacy sample files (assets/samples-legacy) against their Unicode twins", () => {
  it("lists both a TCVN3 and a VNI twin", () => {
    expect(twins.map((t) => t.encoding).sort()).toEqual(["TCVN3", "VNI"]);
  });

  describe.each(twins)("$file ($encoding)", (twin) => {
    const legacy = textCells(path.join(ASSETS, "samples-legacy", twin.file), twin.sheet);
    const unicode = textCells(path.join(ASSETS, "samples", twin.twin.file), twin.twin.sheet);

    it("has its text in the same cells as the twin", () => {
      expect([...legacy.cells.keys()].sort()).toEqual([...unicode.cells.keys()].sort());
    });

    it("converts every text cell to the twin's text, using the cell fonts", () => {
      const converted = [...legacy.cells].map(([address, text]) => [
        address,
        cleanCellText(text, legacy.fonts.get(address)).text,
      ]);
      const wanted = [...legacy.cells.keys()].map((address) => [
        address,
        plainDashes(unicode.cells.get(address) ?? ""),
      ]);
      expect(converted).toEqual(wanted);
    });

    it("validates, through the file reader, to the numbers of its Unicode twin and reports the conversion", () => {
      const source = path.join(ASSETS, "samples-legacy", twin.file);
      const { workbook } = readWorkbookBytes(new Uint8Array(readFileSync(source)), twin.file);
      if (!workbook) throw new Error(`${twin.file} could not be read`);
      const submission = validateWorkbook(workbook, defaultOptions(2025)).submissions[0];
      const numbers = (
        entries: readonly Pick<CountEntry, "field" | "level" | "type" | "new" | "cumulative">[] = [],
      ): string[] => entries.map((e) => `${e.field}/${e.level}/${e.type}: ${e.new}, ${e.cumulative}`).sort();
      expect(submission?.status).toBe("accepted");
      expect([submission?.unitCode, submission?.unitName, submission?.year]).toEqual([
        twin.unitCode,
        twin.unitName,
        twin.year,
      ]);
      expect(numbers(submission?.entries)).toEqual(numbers(twin.entries as readonly CountEntry[]));
      expect(
        submission?.issues.filter((i) => i.code === "legacy-encoding-converted").map((i) => i.params.encoding),
      ).toEqual([twin.encoding]);
    });

    it("without fonts, converts most cells and never a cell wrongly", () => {
      let converted = 0;
      for (const [address, text] of legacy.cells) {
        const fixed = fixLegacyText(text);
        const want = plainDashes(unicode.cells.get(address) ?? "");
        if (fixed.encoding === null) expect([address, fixed.text]).toEqual([address, text]);
        else {
          converted++;
          // Without the font, .VnTimeH capitals decode as small letters: the letters themselves must match.
          expect([address, fixed.text.toLowerCase()]).toEqual([address, want.toLowerCase()]);
        }
      }
      const needing = [...legacy.cells].filter(
        ([address, text]) => text !== plainDashes(unicode.cells.get(address) ?? ""),
      ).length;
      expect(converted / needing).toBeGreaterThanOrEqual(0.8);
    });
  });
});
