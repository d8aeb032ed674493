import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { DEFAULT_READ_LIMITS } from "../../src/io/readLimits";
import { readBiffFonts } from "../../src/io/fonts/readBiffFonts";

/** Minimal BIFF writer for the records the font reader looks at. */
const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number): number[] => [...u16(n & 0xffff), ...u16(n >>> 16)];
const rec = (type: number, data: number[]): number[] => [...u16(type), ...u16(data.length), ...data];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const wide = (s: string): number[] => [...s].flatMap((c) => u16(c.charCodeAt(0)));

interface Book {
  readonly biff5?: boolean;
  readonly encrypted?: boolean;
}

/** A workbook stream: fonts Arial×4, .VnTime, .VnTimeH, VNI-Times (written UTF-16); XF i → ifnt [0,5,6,7,4,3][i]. */
function workbookStream({ biff5 = false, encrypted = false }: Book = {}): number[] {
  const name = (s: string, w = false): number[] =>
    biff5 ? [s.length, ...ascii(s)] : [s.length, w ? 1 : 0, ...(w ? wide(s) : ascii(s))];
  const bof = (dt: number): number[] =>
    rec(0x0809, [...u16(biff5 ? 0x0500 : 0x0600), ...u16(dt), ...new Array<number>(12).fill(0)]);
  const font = (s: string, w = false): number[] => rec(0x0031, [...new Array<number>(14).fill(0), ...name(s, w)]);
  const xf = (ifnt: number): number[] => rec(0x00e0, [...u16(ifnt), ...new Array<number>(18).fill(0)]);
  const cell = (type: number, r: number, c: number, x: number, rest: number[]): number[] =>
    rec(type, [...u16(r), ...u16(c), ...u16(x), ...rest]);
  const sheet = [
    ...bof(0x0010),
    ...cell(0x00fd, 0, 0, 1, u32(0)),
    ...cell(0x00fd, 0, 1, 2, u32(0)),
    ...cell(0x0204, 0, 2, 3, [...u16(2), 0, ...ascii("ab")]),
    ...cell(0x0203, 0, 3, 1, new Array<number>(8).fill(0)),
    ...cell(0x0006, 1, 0, 1, [0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0]),
    ...cell(0x0006, 1, 1, 1, [0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0]),
    ...cell(0x00fd, 1, 2, 4, u32(0)),
    ...cell(0x00fd, 1, 3, 5, u32(0)),
    ...bof(0x0020),
    ...cell(0x00fd, 5, 5, 1, u32(0)),
    ...rec(0x000a, []),
    ...cell(0x00fd, 2, 0, 2, u32(0)),
    ...cell(0x00fd, 9000, 0, 2, u32(0)),
    ...rec(0x000a, []),
  ];
  const head = [
    ...bof(0x0005),
    ...(encrypted ? rec(0x002f, [0, 0, 0, 0]) : []),
    ...["Arial", "Arial", "Arial", "Arial"].flatMap((f) => font(f)),
    ...font(".VnTime"),
    ...font(".VnTimeH"),
    ...font("VNI-Times", true),
    ...[0, 5, 6, 7, 4, 3].flatMap(xf),
  ];
  const boundsheet = (offset: number, dt: number, s: string): number[] =>
    rec(0x0085, [...u32(offset), 0, dt, ...name(s)]);
  const globalsLength = head.length + boundsheet(0, 0, "S").length + boundsheet(0, 2, "Chart").length + 4;
  return [
    ...head,
    ...boundsheet(globalsLength, 0, "S"),
    ...boundsheet(globalsLength, 2, "Chart"),
    ...rec(0x000a, []),
    ...sheet,
  ];
}

function container(stream: number[], name = "Workbook"): unknown {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, name, Buffer.from(stream));
  return XLSX.CFB.read(Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array), { type: "buffer" });
}

const WANTED = { A1: ".VnTime", B1: ".VnTimeH", C1: "VNI-Times", A2: ".VnTime", A3: ".VnTimeH" };

describe("readBiffFonts (.xls)", () => {
  it("maps text cells (LABELSST, LABEL, string FORMULA) to the legacy font of their format, skipping numbers, embedded substreams and chart sheets", () => {
    expect([...readBiffFonts(container(workbookStream()), DEFAULT_READ_LIMITS)]).toEqual([["S", WANTED]]);
  });

  it("reads BIFF5 workbooks (Excel 95, stream 'Book') too", () => {
    expect(readBiffFonts(container(workbookStream({ biff5: true }), "Book"), DEFAULT_READ_LIMITS).get("S")).toEqual(
      WANTED,
    );
  });

  it("honours the row and column caps", () => {
    expect(
      readBiffFonts(container(workbookStream()), { ...DEFAULT_READ_LIMITS, maxRows: 1, maxColumns: 2 }).get("S"),
    ).toEqual({ A1: ".VnTime", B1: ".VnTimeH" });
  });

  it("gives nothing for an encrypted, truncated or foreign stream", () => {
    expect(readBiffFonts(container(workbookStream({ encrypted: true })), DEFAULT_READ_LIMITS).size).toBe(0);
    const stream = workbookStream();
    expect(readBiffFonts(container(stream.slice(0, 300)), DEFAULT_READ_LIMITS).size).toBe(0);
    expect(readBiffFonts(container(stream, "Other"), DEFAULT_READ_LIMITS).size).toBe(0);
    expect(readBiffFonts({}, DEFAULT_READ_LIMITS).size).toBe(0);
  });

  it("walks a large stream of records in linear time", () => {
    const stream = workbookStream();
    const cells = Array.from({ length: 100_000 }, (_, i) =>
      rec(0x00fd, [...u16(i % 5000), ...u16(i % 100), ...u16(1), ...u32(0)]),
    ).flat();
    const big = container([...stream.slice(0, stream.length - 4), ...cells, ...rec(0x000a, [])]);
    const started = Date.now();
    const fonts = readBiffFonts(big, DEFAULT_READ_LIMITS).get("S") ?? {};
    expect(Object.keys(fonts).length).toBeGreaterThan(1000);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
