/**
 * The three Excel writers of a ReportModel — the CLI's exceljs writer, the preview's SheetJS download
 * and the add-in's Office.js writer (against the Excel fake) — must write the same cells with the same
 * looks. Each output is read back with its own library and normalised to one picture per cell:
 * content (text / value / formula, a link being its HYPERLINK formula), number format, fill, font
 * colour, bold, italic. What each format carries:
 * - exceljs: everything compared;
 * - SheetJS community edition: content and number formats only (it writes no styles);
 * - the add-in: everything compared; its "@" number format on text cells is how Office.js keeps text
 *   text, so it is read as "no format" for text cells.
 * Links: the file writers link only to sheets of the report; the add-in also links to officers' sheets
 * of the open workbook, so there a link to a sheet outside the report is expected instead of text.
 */
import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import {
  buildReportModel,
  buildTemplateSheets,
  parseA1Range,
  splitAddress,
  toA1,
  type Rect,
  type ReportModel,
} from "../../src/core";
import { consolidate } from "../../src/core/consolidate/consolidate";
import { ALL_CAPS } from "../../src/excel/caps";
import { memoryOwnershipStore } from "../../src/excel/ownership";
import { writeReport } from "../../src/excel/writeReport";
import { renderReportXlsxBuffer } from "../../src/io/node/writeReportXlsx";
import { buildReportXlsx } from "../../src/preview/downloadWorkbook";
import { OPTIONS, results, submission } from "../core/consolidate/fixtures";
import { FakeExcel } from "../excel/fakeExcel";

interface Seen {
  content: string;
  numFmt: string | null;
  fill: string | null;
  color: string | null;
  bold: boolean;
  italic: boolean;
}
type Picture = Map<string, Map<string, Seen>>;

const SUBS = [
  submission({
    source: "a.xlsx",
    unitCode: "A",
    unitName: '=HYPERLINK("http://x")',
    year: 2024,
    counts: [["kinh-te", "xa", "tap-the", 2, 12]],
  }),
  submission({
    source: "b.xlsx",
    order: 1,
    unitCode: "B",
    unitName: "+Xã B",
    year: 2024,
    counts: [["kinh-te", "xa", "tap-the", -5, 5]],
  }),
  submission({
    source: "c.xlsx",
    order: 2,
    unitCode: "C",
    unitName: "@Xã C",
    year: 2023,
    reportDate: "2023-12-01",
    counts: [["kinh-te", "xa", "tap-the", 1, 1]],
  }),
];
const OPTS = { ...OPTIONS, years: { from: 2023, to: 2024 } };
const REPORT = buildReportModel(consolidate(results(...SUBS), OPTS), OPTS);
const LINKS = {
  key: "kiem-tra",
  name: "Liên kết",
  rows: [
    [
      { v: "Về Tổng hợp", link: { sheet: "Tổng hợp", cell: "A1" } },
      { v: 'Ô "D9"', link: { sheet: "Dữ liệu", cell: "D9" } },
      { v: 2, f: "1+1", fmt: "0.0" },
    ],
  ],
  merges: [],
  styles: [{ range: "A1:C1", style: "header" }],
  columnWidths: [12, 12, 12],
} as const;
const MODEL: ReportModel = {
  sheets: [...REPORT.sheets, ...buildTemplateSheets({ year: 2024 }), LINKS],
  charts: REPORT.charts,
};

const hex = (argb: string | undefined): string | null => (argb ? `#${argb.slice(-6).toUpperCase()}` : null);
const fmt = (z: string | undefined | null): string | null => (z && z !== "General" ? z : null);
const blank = (s: Seen): boolean => s.content === "" && !s.numFmt && !s.fill && !s.color && !s.bold && !s.italic;

/** Cells of a merge other than its top-left, per sheet. */
const COVERED = new Map(
  MODEL.sheets.map((s) => [
    s.name,
    new Set(
      s.merges.flatMap((m) => {
        const r = parseA1Range(m) as Rect;
        return Array.from({ length: (r.bottom - r.top + 1) * (r.right - r.left + 1) }, (_, i) =>
          toA1(r.top + Math.floor(i / (r.right - r.left + 1)), r.left + (i % (r.right - r.left + 1))),
        ).slice(1);
      }),
    ),
  ]),
);

function put(picture: Picture, sheet: string, address: string, seen: Seen): void {
  if (blank(seen) || COVERED.get(sheet)?.has(address)) return;
  const cells = picture.get(sheet) ?? new Map<string, Seen>();
  picture.set(sheet, cells.set(address, seen));
}

async function exceljsPicture(): Promise<Picture> {
  const bytes = await renderReportXlsxBuffer(MODEL);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const picture: Picture = new Map();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value as ExcelJS.CellValue;
        const content =
          v === null || v === undefined
            ? ""
            : typeof v === "object" && "formula" in v
              ? `formula:${v.formula}`
              : typeof v === "string"
                ? `text:${v}`
                : `value:${String(v)}`;
        const fill = cell.fill?.type === "pattern" ? hex(cell.fill.fgColor?.argb) : null;
        // exceljs copies the top-left's style onto the other cells of a merge: they are compared by their top-left only.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        put(picture, ws.name, cell.address, {
          content,
          numFmt: fmt(cell.numFmt),
          fill,
          color: hex(cell.font?.color?.argb),
          bold: cell.font?.bold === true,
          italic: cell.font?.italic === true,
        });
      }),
    ),
  );
  return picture;
}

async function sheetjsPicture(): Promise<Picture> {
  const wb = XLSX.read(await buildReportXlsx(MODEL), {
    type: "array",
    cellFormula: true,
    cellNF: true,
    sheetStubs: true,
  });
  const picture: Picture = new Map();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name] as XLSX.WorkSheet;
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith("!")) continue;
      const c = cell as XLSX.CellObject;
      const content = c.f
        ? `formula:${c.f}`
        : c.t === "s"
          ? `text:${String(c.v)}`
          : c.t === "z" || c.v === undefined
            ? ""
            : `value:${String(c.v)}`;
      put(picture, name, address, {
        content,
        numFmt: fmt(c.z as string | undefined),
        fill: null,
        color: null,
        bold: false,
        italic: false,
      });
    }
  }
  return picture;
}

async function addinPicture(): Promise<Picture> {
  const fake = new FakeExcel();
  await writeReport(fake.ctx, MODEL, ALL_CAPS, memoryOwnershipStore());
  const picture: Picture = new Map();
  for (const sheet of fake.sheets) {
    const used = sheet.usedBox(false);
    if (!used) continue;
    sheet.forEachIn({ ...used, top: 0, left: 0 }, (cell, r, c) => {
      const content = cell.formula
        ? `formula:${cell.formula.slice(1)}`
        : typeof cell.value === "string"
          ? `text:${cell.value}`
          : cell.value === null
            ? ""
            : `value:${String(cell.value)}`;
      const numFmt = typeof cell.value === "string" && cell.numberFormat === "@" ? null : fmt(cell.numberFormat);
      put(picture, sheet.name, XLSX.utils.encode_cell({ r, c }), {
        content,
        numFmt,
        fill: cell.fill?.toUpperCase() ?? null,
        color: cell.font.color?.toUpperCase() ?? null,
        bold: cell.font.bold === true,
        italic: cell.font.italic === true,
      });
    });
  }
  return picture;
}

/** The formula text of a HYPERLINK to a sheet outside the report, else null. */
function outsideLink(content: string): string | null {
  const m = /^formula:HYPERLINK\("#(.*)!([A-Z]+\d+)","((?:[^"]|"")*)"\)$/.exec(content);
  if (!m) return null;
  const sheet = splitAddress(`${(m[1] as string).replace(/""/g, '"')}!A1`).sheet;
  return MODEL.sheets.some((s) => s.name === sheet) ? null : (m[3] as string).replace(/""/g, '"');
}

describe("the three Excel writers of a ReportModel", () => {
  it("write the same cells with the same looks (where the format carries them)", async () => {
    const [cli, preview, addin] = [await exceljsPicture(), await sheetjsPicture(), await addinPicture()];
    expect([...cli.keys()]).toEqual(MODEL.sheets.map((s) => s.name));
    expect([...preview.keys()]).toEqual([...cli.keys()]);
    expect([...addin.keys()].sort()).toEqual([...cli.keys()].sort());
    let compared = 0;
    for (const [sheet, cells] of cli) {
      const content = (p: Picture) =>
        [...(p.get(sheet) ?? new Map<string, Seen>())]
          .filter(([, s]) => s.content !== "" || s.numFmt)
          .map(([a, s]) => [a, s.content, s.numFmt]);
      expect([sheet, content(preview)]).toEqual([sheet, content(cli)]);
      const inAddin = addin.get(sheet) ?? new Map<string, Seen>();
      expect([sheet, [...inAddin.keys()].sort()]).toEqual([sheet, [...cells.keys()].sort()]);
      for (const [address, seen] of cells) {
        const other = inAddin.get(address) as Seen;
        const label = outsideLink(other.content);
        // An officer's sheet is a link in the add-in and text in a file; the add-in also gives it the link look.
        const expected = label !== null ? { ...seen, content: other.content, color: "#0563C1" } : seen;
        expect([sheet, address, other]).toEqual([sheet, address, expected]);
        if (label !== null) expect(seen.content).toBe(`text:${label}`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("agree on the palette: headers #D9E1F2, links blue, totals grey, inputs gold", async () => {
    const [cli, addin] = [await exceljsPicture(), await addinPicture()];
    for (const picture of [cli, addin]) {
      expect(picture.get("Liên kết")?.get("A1")).toMatchObject({
        content: `formula:HYPERLINK("#'Tổng hợp'!A1","Về Tổng hợp")`,
        fill: "#D9E1F2",
        color: "#0563C1",
        bold: true,
      });
      expect(picture.get("Liên kết")?.get("B1")?.content).toBe(`formula:HYPERLINK("#'Dữ liệu'!D9","Ô ""D9""")`);
      expect(picture.get("Liên kết")?.get("C1")).toMatchObject({ content: "formula:1+1", numFmt: "0.0" });
      const template = [...(picture.get("Mẫu 01-DVK")?.values() ?? [])];
      expect(template.map((s) => s.fill)).toEqual(expect.arrayContaining(["#D9E1F2", "#FFF2CC", "#F2F2F2"]));
    }
  });
});
