import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { decodeText } from "../../src/io/decodeText";
import { handXlsx } from "./helpers/zipStore";

function xlsx(rows: unknown[][], edit?: (ws: XLSX.WorkSheet) => void, bookType: XLSX.BookType = "xlsx"): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  edit?.(ws);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "S");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

describe("readWorkbookBytes: cell values", () => {
  it.each(["xlsx", "biff8"] as const)("error cells become { error } with the formatted text (%s)", (bookType) => {
    const bytes = xlsx(
      [["x"]],
      (ws) => {
        ws["B2"] = { t: "e", v: 0x17 };
        ws["C2"] = { t: "e", v: 0x07 };
        ws["!ref"] = "A1:C2";
      },
      bookType,
    );
    expect(readWorkbookBytes(bytes, `e.${bookType}`).workbook?.sheets[0]?.rows[1]).toEqual([
      null,
      { error: "#REF!" },
      { error: "#DIV/0!" },
    ]);
  });

  it('an error cell written by hand (t="e") survives', () => {
    const bytes = handXlsx([{ name: "S", xml: '<row r="1"><c r="A1" t="e"><v>#VALUE!</v></c></row>' }]);
    expect(readWorkbookBytes(bytes, "h.xlsx").workbook?.sheets[0]?.rows).toEqual([[{ error: "#VALUE!" }]]);
  });

  // Jest's process.env is a copy, so each time zone runs in a child process on the compiled reader (lib/).
  it.each(["UTC", "Asia/Ho_Chi_Minh", "America/New_York"])(
    "dates are UTC midnight of the calendar day under TZ=%s",
    (tz) => {
      const bytes = xlsx([["Ngày báo cáo:"]], (ws) => {
        ws["B1"] = { t: "n", v: 45224, z: "dd/mm/yyyy" }; // 25/10/2023
        ws["C1"] = { t: "n", v: 23433, z: "dd/mm/yyyy" }; // 26/02/1964
        ws["!ref"] = "A1:C1";
      });
      const script = [
        'const { readWorkbookBytes } = require("./lib/io/readWorkbook.js");',
        "const bytes = Buffer.from(process.argv[1], 'base64');",
        "const row = readWorkbookBytes(new Uint8Array(bytes), 'd.xlsx').workbook.sheets[0].rows[0];",
        "process.stdout.write(JSON.stringify({ offset: new Date(2023, 0, 1).getTimezoneOffset(), dates: row.slice(1).map((d) => d instanceof Date ? d.toISOString() : d) }));",
      ].join("\n");
      const child = spawnSync(process.execPath, ["-e", script, Buffer.from(bytes).toString("base64")], {
        cwd: path.resolve(__dirname, "../.."),
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      expect(child.stderr).toBe("");
      const out = JSON.parse(child.stdout) as { offset: number; dates: string[] };
      expect(out.offset).toBe({ UTC: 0, "Asia/Ho_Chi_Minh": -420, "America/New_York": 300 }[tz]);
      expect(out.dates).toEqual(["2023-10-25T00:00:00.000Z", "1964-02-26T00:00:00.000Z"]);
    },
  );

  it("date cells arrive as Date objects at UTC midnight, whatever the process time zone", () => {
    // A date-formatted serial, as Excel stores it (SheetJS's own writer would convert a Date in local time).
    const bytes = xlsx([["x"]], (ws) => {
      ws["A1"] = { t: "n", v: 45224, z: "dd/mm/yyyy" };
    });
    const cell = readWorkbookBytes(bytes, "d.xlsx").workbook?.sheets[0]?.rows[0]?.[0];
    expect(cell).toBeInstanceOf(Date);
    expect((cell as Date).toISOString()).toBe("2023-10-25T00:00:00.000Z");
  });

  it("strings are NFC; numbers, booleans and blanks are kept", () => {
    const nfd = "Xã Tân Hòa".normalize("NFD");
    const r = readWorkbookBytes(xlsx([[nfd, 7, true, null, " 07 "]]), "s.xlsx");
    const row = r.workbook?.sheets[0]?.rows[0] ?? [];
    expect(row).toEqual(["Xã Tân Hòa".normalize("NFC"), 7, true, null, " 07 "]);
    expect((row[0] as string) === (row[0] as string).normalize("NFC")).toBe(true);
  });

  it("sheet names are NFC", () => {
    const r = readWorkbookBytes(handXlsx([{ name: "Năm 2023".normalize("NFD"), xml: "" }]), "n.xlsx");
    expect(r.workbook?.sheets[0]?.name).toBe("Năm 2023".normalize("NFC"));
  });

  it("merges come from !merges", () => {
    const bytes = xlsx([["Cấp xã", null, "Cấp huyện", null]], (ws) => {
      ws["!merges"] = [
        { s: { r: 0, c: 0 }, e: { r: 0, c: 1 } },
        { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
      ];
    });
    expect(readWorkbookBytes(bytes, "m.xlsx").workbook?.sheets[0]?.merges).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 0, c: 1 } },
      { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
    ]);
  });

  it("a formula keeps its cached value; a formula without one is null", () => {
    const bytes = handXlsx([
      { name: "S", xml: '<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>5</v></c><c r="B1"><f>1+1</f></c></row>' },
    ]);
    expect(readWorkbookBytes(bytes, "f.xlsx").workbook?.sheets[0]?.rows).toEqual([[5]]);
  });
});

describe("readWorkbookBytes: CSV decoding", () => {
  // "Đơn vị báo cáo:,Xã Đồng Tiến\nNăm báo cáo:,2023\nMã,00123\n" saved by Excel as Windows-1258 (combining tones).
  const cp1258 = Uint8Array.from([
    208, 245, 110, 32, 118, 105, 242, 32, 98, 225, 111, 32, 99, 225, 111, 58, 44, 88, 97, 222, 32, 208, 244, 204, 110,
    103, 32, 84, 105, 234, 236, 110, 10, 78, 227, 109, 32, 98, 225, 111, 32, 99, 225, 111, 58, 44, 50, 48, 50, 51, 10,
    77, 97, 222, 44, 48, 48, 49, 50, 51, 10,
  ]);
  const expected = [
    ["Đơn vị báo cáo:", "Xã Đồng Tiến"],
    ["Năm báo cáo:", "2023"],
    ["Mã", "00123"],
  ];

  it("Windows-1258 bytes decode to NFC Vietnamese", () => {
    expect(decodeText(cp1258)).toBe("Đơn vị báo cáo:,Xã Đồng Tiến\nNăm báo cáo:,2023\nMã,00123\n");
    expect(readWorkbookBytes(cp1258, "w.csv").workbook?.sheets[0]?.rows).toEqual(expected);
  });

  it("UTF-8 with and without a BOM, and NFD input, read the same; leading zeros stay text", () => {
    const text = "Đơn vị báo cáo:,Xã Đồng Tiến\nNăm báo cáo:,2023\nMã,00123\n";
    const plain = new TextEncoder().encode(text.normalize("NFD"));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(readWorkbookBytes(plain, "u.csv").workbook?.sheets[0]?.rows).toEqual(expected);
    expect(readWorkbookBytes(bom, "b.csv").workbook?.sheets[0]?.rows).toEqual(expected);
  });

  it("semicolon separators and dd/mm dates stay as typed text", () => {
    const r = readWorkbookBytes(new TextEncoder().encode("Ngày báo cáo:;25/10/2023\nKinh tế;1.277\n"), "s.csv");
    expect(r.workbook?.sheets[0]?.rows).toEqual([
      ["Ngày báo cáo:", "25/10/2023"],
      ["Kinh tế", "1.277"],
    ]);
  });
});

describe("readWorkbookBytes: prototype pollution", () => {
  it("a __proto__ comment reference, sheet name and cell text never touch Object.prototype", () => {
    const comments =
      '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>__proto__</author></authors><commentList>' +
      '<comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment><comment ref="constructor" authorId="0"><text><t>x</t></text></comment></commentList></comments>';
    const bytes = handXlsx([
      { name: "__proto__", xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>__proto__</t></is></c></row>', comments },
      { name: "constructor", xml: '<row r="1"><c r="A1"><v>1</v></c></row>', comments },
    ]);
    const r = readWorkbookBytes(bytes, "proto.xlsx");
    // SheetJS keeps sheets in a plain object, so a sheet named "__proto__" cannot be looked up: it is listed empty.
    expect(r.issues).toEqual([]);
    expect(r.workbook?.sheets).toEqual([
      { name: "__proto__", rows: [], merges: [] },
      { name: "constructor", rows: [[1]], merges: [] },
    ]);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "t")).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "a")).toBe(false);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort(),
    );
    expect(({} as { constructor: unknown }).constructor).toBe(Object);
  });
});
