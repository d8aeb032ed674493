import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { DEFAULT_READ_LIMITS } from "../../src/io/readLimits";
import { readCellFonts } from "../../src/io/fonts/readCellFonts";
import { readLegacyFonts } from "../../src/io/fonts/readLegacyFonts";
import { readSharedStringFonts } from "../../src/io/fonts/readSharedStringFonts";
import { readStyleFonts } from "../../src/io/fonts/readStyleFonts";
import { zipBytes } from "./helpers/zipStore";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** fonts: 0 Calibri, 1 .VnTime, 2 .VnTimeH, 3 VNI-Times, 4 Times New Roman; cellXfs i uses font i. */
const STYLES =
  `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="5">` +
  '<font><sz val="11"/><name val="Calibri"/></font><font><sz val="12"/><name val=".VnTime"/></font>' +
  '<font><b/><name val=".VnTimeH"/></font><font><name val="VNI-Times"/></font><font><name val="Times New Roman"/></font></fonts>' +
  '<cellStyleXfs count="1"><xf fontId="1"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf fontId="0"/><xf fontId="1" applyFont="1"/><xf fontId="2"><alignment horizontal="center"/></xf><xf fontId="3"/><xf fontId="4"/></cellXfs>' +
  '<dxfs count="1"><dxf><font><name val=".VnArial"/></font></dxf></dxfs></styleSheet>';

const UNICODE_STYLES = STYLES.replace(/"\.VnTimeH?"|"VNI-Times"/g, '"Arial"');

/** Shared strings: 0 plain; 1 a .VnTimeH run + an inheriting run; 2 Unicode-font runs only; 3 a Calibri run + an inheriting run. */
const SHARED =
  `<?xml version="1.0"?><sst xmlns="${MAIN}" count="4" uniqueCount="4"><si><t>abc</t></si>` +
  '<si><r><rPr><b/><rFont val=".VnTimeH"/></rPr><t>b¸o</t></r><r><t> c¸o</t></r></si>' +
  '<si><r><rPr><rFont val="Times New Roman"/></rPr><t>Kinh tế</t></r><r><rPr><rFont val="Arial"/></rPr><t>!</t></r></si>' +
  '<si><r><rPr><rFont val="Calibri"/></rPr><t>a</t></r><r><t>kinh tÕ</t></r></si></sst>';

interface Package {
  readonly styles?: string;
  readonly shared?: string;
  readonly sheets: readonly { readonly name: string; readonly rows: string }[];
  readonly deflate?: boolean;
}

/** A hand-built .xlsx with styles, shared strings and the given sheets (names written XML-escaped). */
function xlsx(p: Package): Uint8Array {
  const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const types =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    p.sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`)
      .join("") +
    "</Types>";
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rT" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>` +
    p.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    "</Relationships>";
  const workbook =
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    p.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  const deflate = p.deflate ?? true;
  return zipBytes([
    { name: "[Content_Types].xml", data: types },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: "xl/workbook.xml", data: workbook, deflate },
    { name: "xl/_rels/workbook.xml.rels", data: rels, deflate },
    { name: "xl/styles.xml", data: p.styles ?? STYLES, deflate },
    { name: "xl/sharedStrings.xml", data: p.shared ?? SHARED, deflate },
    ...p.sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`,
      deflate,
    })),
  ]);
}

const ss = (ref: string, s: number, index: number): string => `<c r="${ref}" s="${s}" t="s"><v>${index}</v></c>`;

const ROWS =
  `<row r="1">${ss("A1", 1, 0)}${ss("B1", 2, 0)}<c r="C1" s="3" t="inlineStr"><is><t>x</t></is></c><c r="D1" s="1"><v>12</v></c>${ss("E1", 4, 0)}` +
  `<c r="F1" s="1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G1" s="1" t="b"><v>1</v></c></row>` +
  `<row r="2">${ss("A2", 0, 1)}${ss("B2", 1, 2)}${ss("C2", 1, 3)}${ss("D2", 0, 3)}</row>` +
  '<row><c s="1" t="s"><v>0</v></c><c s="2" t="s"><v>0</v></c></row>' +
  `<row r="7"><c r="c7" s="3" t="s"><v>0</v></c>${ss("AB7", 9, 0)}</row>`;

const WANTED = {
  A1: ".VnTime",
  B1: ".VnTimeH",
  C1: "VNI-Times",
  F1: ".VnTime",
  A2: ".VnTimeH",
  C2: ".VnTime",
  A3: ".VnTime",
  B3: ".VnTimeH",
  C7: "VNI-Times",
};

describe("readWorkbookBytes: legacy fonts of .xlsx text cells (RawSheet.fonts)", () => {
  it("gives the font of each text cell in a legacy font, and only those", () => {
    const { workbook, issues } = readWorkbookBytes(xlsx({ sheets: [{ name: "S", rows: ROWS }] }), "f.xlsx");
    expect(issues).toEqual([]);
    // D1 (number), G1 (boolean), E1 (Times New Roman), B2 (Unicode run fonts), D2 (Calibri run + Calibri cell) and AB7 (unknown format) have none.
    expect(workbook?.sheets[0]?.fonts).toEqual(WANTED);
  });

  it("reads the same from stored (not deflated) parts", () => {
    const { workbook } = readWorkbookBytes(xlsx({ sheets: [{ name: "S", rows: ROWS }], deflate: false }), "f.xlsx");
    expect(workbook?.sheets[0]?.fonts).toEqual(WANTED);
  });

  it("keys the fonts by each sheet's own name, including escaped names, and leaves sheets without legacy text alone", () => {
    const bytes = xlsx({
      sheets: [
        { name: "Plain", rows: `<row r="1">${ss("A1", 4, 0)}</row>` },
        { name: "A & B <2020>", rows: `<row r="1">${ss("B2", 2, 0)}</row>` },
      ],
    });
    const sheets = readWorkbookBytes(bytes, "f.xlsx").workbook?.sheets ?? [];
    expect(sheets.map((s) => [s.name, s.fonts])).toEqual([
      ["Plain", undefined],
      ["A & B <2020>", { B2: ".VnTimeH" }],
    ]);
  });

  it("treats a cell without a style as the default format (xf 0), whose font may be legacy", () => {
    const styles = STYLES.replace('<cellXfs count="5"><xf fontId="0"/>', '<cellXfs count="5"><xf fontId="1"/>');
    const bytes = xlsx({
      styles,
      sheets: [{ name: "S", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>' }],
    });
    expect(readWorkbookBytes(bytes, "f.xlsx").workbook?.sheets[0]?.fonts).toEqual({ A1: ".VnTime" });
  });

  it("honours legacy rich-text run fonts even when no cell format uses a legacy font", () => {
    const bytes = xlsx({ styles: UNICODE_STYLES, sheets: [{ name: "S", rows: ROWS }] });
    expect(readWorkbookBytes(bytes, "f.xlsx").workbook?.sheets[0]?.fonts).toEqual({ A2: ".VnTimeH" });
  });

  it("gives no fonts at all when neither a cell format nor a run uses a legacy font", () => {
    const shared = SHARED.replace('".VnTimeH"', '"Arial"');
    const bytes = xlsx({ styles: UNICODE_STYLES, shared, sheets: [{ name: "S", rows: ROWS }] });
    const { workbook } = readWorkbookBytes(bytes, "f.xlsx");
    expect(workbook?.sheets[0]?.rows[0]?.[0]).toBe("abc");
    expect(workbook?.sheets[0]).not.toHaveProperty("fonts");
    expect(readLegacyFonts(bytes, DEFAULT_READ_LIMITS).size).toBe(0);
  });

  it("takes the fast path from the parsed book: nothing is inflated when it names no legacy font", () => {
    const bytes = xlsx({ sheets: [{ name: "S", rows: ROWS }] });
    const book = XLSX.read(bytes, { type: "array", dense: true });
    expect(readLegacyFonts(bytes, DEFAULT_READ_LIMITS, book).get("S")).toEqual(WANTED);
    // A book whose fonts and runs are all Unicode: the (legacy) package is not even looked at.
    expect(
      readLegacyFonts(bytes, DEFAULT_READ_LIMITS, {
        Styles: { Fonts: [{ name: "Arial" }] },
        Strings: [{ r: "<t>x</t>" }],
      }).size,
    ).toBe(0);
    expect(
      readLegacyFonts(bytes, DEFAULT_READ_LIMITS, {
        Strings: [{ r: '<r><rPr><rFont val="VNI-Times"/></rPr><t>x</t></r>' }],
      }).get("S"),
    ).toEqual(WANTED);
  });

  it("skips a sheet part larger than the row-bounding size (the text heuristic applies there)", () => {
    const bytes = xlsx({
      sheets: [
        { name: "Big", rows: ROWS },
        { name: "Small", rows: `<row r="1">${ss("A1", 1, 0)}</row>` },
      ],
    });
    const size = ROWS.length; // the "Big" part is ROWS plus its XML wrapper
    const fonts = readLegacyFonts(bytes, { ...DEFAULT_READ_LIMITS, boundRowsFromBytes: size });
    expect([...fonts.keys()]).toEqual(["Small"]);
  });

  it("ignores cells outside the sheet caps", () => {
    const fonts = readLegacyFonts(xlsx({ sheets: [{ name: "S", rows: ROWS }] }), {
      ...DEFAULT_READ_LIMITS,
      maxRows: 2,
      maxColumns: 2,
    });
    expect(fonts.get("S")).toEqual({ A1: ".VnTime", B1: ".VnTimeH", A2: ".VnTimeH" });
  });

  it("returns nothing (and does not throw) for a damaged package", () => {
    const bytes = xlsx({ sheets: [{ name: "S", rows: ROWS }] });
    expect(readLegacyFonts(bytes.subarray(0, bytes.length - 30), DEFAULT_READ_LIMITS).size).toBe(0);
  });

  it("gives no fonts for an .xls without legacy fonts (readBiffFonts' fast path)", () => {
    const ws = XLSX.utils.aoa_to_sheet([["kinh tÕ"]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "S");
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
    const sheet = readWorkbookBytes(bytes, "f.xls").workbook?.sheets[0];
    expect(sheet?.rows).toEqual([["kinh tÕ"]]);
    expect(sheet).not.toHaveProperty("fonts");
  });
});

describe("font parts, read directly", () => {
  it("reads namespace-prefixed styles and sheets (x:font, x:c)", () => {
    const styles =
      '<x:styleSheet xmlns:x="m"><x:fonts><x:font><x:name val="Arial"/></x:font><x:font><x:name val="VNI-Helve"/></x:font></x:fonts><x:cellXfs><x:xf fontId="1"/></x:cellXfs></x:styleSheet>';
    const { legacyByXf } = readStyleFonts(styles);
    expect([...legacyByXf]).toEqual([[0, "VNI-Helve"]]);
    const sheet =
      '<x:worksheet><x:sheetData><x:row r="4"><x:c r="B4" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readCellFonts(sheet, { legacyByXf, sharedStrings: new Map(), maxRows: 10, maxColumns: 10 })).toEqual({
      B4: "VNI-Helve",
    });
  });

  it("does not count fonts of cellStyleXfs, dxfs, comments or CDATA", () => {
    const styles =
      '<styleSheet><!-- <fonts><font><name val=".VnTime"/></font></fonts> --><fonts><font/><font><name val="Arial"/></font></fonts>' +
      '<cellStyleXfs><xf fontId="1"/></cellStyleXfs><cellXfs><xf fontId="0"/><xf fontId="1"/></cellXfs>' +
      '<dxfs><dxf><font><name val=".VnArial"/></font></dxf></dxfs><![CDATA[<font><name val=".VnTime"/></font>]]></styleSheet>';
    expect(readStyleFonts(styles).legacyByXf.size).toBe(0);
  });

  it("honours quoted '>' and single quotes in attributes", () => {
    const styles = `<styleSheet><fonts><font><name val='.VnTime' x="a>b"/></font></fonts><cellXfs><xf note="<x>" fontId = '0'/></cellXfs></styleSheet>`;
    expect([...readStyleFonts(styles).legacyByXf]).toEqual([[0, ".VnTime"]]);
  });

  it("tells rich-text strings apart: legacy run, Unicode runs only, inheriting runs, plain", () => {
    expect([...readSharedStringFonts(SHARED)]).toEqual([
      [1, ".VnTimeH"],
      [2, ""],
    ]);
  });

  it("scans hostile inputs in linear time", () => {
    const hostile = [
      "<c ".repeat(200_000),
      '<c r="'.repeat(200_000),
      "<!--".repeat(200_000),
      '<c r="A1" s="1" t="s">'.repeat(100_000),
      `<row>${'<c t="s" s="1">'.repeat(100_000)}`,
      "<sheetData>" + '<c a b c d e f g h="'.repeat(100_000),
      'val="'.repeat(200_000),
      "<fonts><font>" + '<name val=".Vn'.repeat(100_000),
      '<sst><si><r><rPr><rFont val=".VnTime"/>'.repeat(50_000),
    ];
    const sources = {
      legacyByXf: new Map([[1, ".VnTime"]]),
      sharedStrings: new Map([[0, ".VnTime"]]),
      maxRows: 5000,
      maxColumns: 200,
    };
    for (const xml of hostile) {
      const started = Date.now();
      readStyleFonts(xml);
      readSharedStringFonts(xml);
      readCellFonts(`<sheetData>${xml}`, sources);
      expect([xml.slice(0, 20), Date.now() - started < 1500]).toEqual([xml.slice(0, 20), true]);
    }
  });
});
