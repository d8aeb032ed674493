import * as XLSX from "@e965/xlsx";
import { encodingFromFont, toA1 } from "../../core";
import type { ReadLimits } from "../readLimits";
import type { LegacyFonts } from "./readLegacyFonts";

const NONE: LegacyFonts = new Map();

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const FORMULA = 0x0006;
const BIFF8 = 0x0600;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return u16(b, at) + u16(b, at + 2) * 0x10000;
}

/** A short string (1-byte length) at `at`: BIFF8 adds a flags byte (bit 0: UTF-16LE, else 8-bit). */
function shortString(b: Uint8Array, at: number, end: number, biff8: boolean): string {
  const count = b[at] ?? 0;
  const wide = biff8 && ((b[at + 1] ?? 0) & 1) === 1;
  const start = at + (biff8 ? 2 : 1);
  let text = "";
  for (let i = 0; i < count; i++) {
    const p = start + (wide ? 2 * i : i);
    if (p + (wide ? 1 : 0) >= end) break;
    text += String.fromCharCode(wide ? u16(b, p) : (b[p] ?? 0));
  }
  return text;
}

/** Calls `visit(type, dataStart, dataEnd)` for each record from `from` until the substream's EOF (nested BOF/EOF skipped). */
function forEachRecord(
  b: Uint8Array,
  from: number,
  visit: (type: number, start: number, end: number) => boolean | void,
): void {
  let depth = 0;
  for (let at = from; at + 4 <= b.length;) {
    const type = u16(b, at);
    const end = Math.min(b.length, at + 4 + u16(b, at + 2));
    if (type === BOF) depth++;
    else if (type === EOF && --depth <= 0) return;
    else if (depth === 1 && visit(type, at + 4, end) === false) return;
    at = end;
  }
}

function streamOf(container: unknown): Uint8Array | null {
  for (const name of ["Workbook", "Book"]) {
    const find = (XLSX.CFB as { find?: (c: unknown, path: string) => { content?: ArrayLike<number> } | null }).find;
    const entry = typeof find === "function" ? find(container, name) : null;
    if (entry?.content && entry.content.length > 0)
      return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
  }
  return null;
}

/**
 * The .xls (BIFF8, and BIFF5) counterpart of `readLegacyFonts`: SheetJS CE parses but does not
 * expose cell fonts for .xls, so the workbook stream is walked record by record (lengths only,
 * linear): the FONT and XF records of the globals first (fast path: stop when no format uses a
 * legacy font), then each worksheet's text cells (LABELSST, LABEL, RSTRING, and FORMULA with a
 * string result) whose format uses one. Rich-text runs of the shared strings are not read.
 * Encrypted workbooks yield nothing. Never throws.
 *
 * @param container - the CFB container from `XLSX.CFB.read`
 * @param limits - the read caps (cells beyond the row and column caps are ignored)
 * @returns the legacy fonts by sheet name (empty when none)
 * @example
 * readBiffFonts(XLSX.CFB.read(xlsBytes, { type: "array" }), DEFAULT_READ_LIMITS).get("Sheet1")?.["A1"] //=> ".VnTime"
 */
export function readBiffFonts(container: unknown, limits: ReadLimits): LegacyFonts {
  try {
    const b = streamOf(container);
    if (!b || u16(b, 0) !== BOF) return NONE;
    const biff8 = u16(b, 4) === BIFF8;
    const fonts: string[] = [];
    const xfFonts: number[] = [];
    const sheets: { name: string; offset: number }[] = [];
    let encrypted = false;
    forEachRecord(b, 0, (type, start, end) => {
      if (type === FONT) fonts.push(shortString(b, start + 14, end, biff8).trim());
      else if (type === XF) xfFonts.push(u16(b, start));
      else if (type === BOUNDSHEET && b[start + 5] === 0)
        sheets.push({ name: shortString(b, start + 6, end, biff8), offset: u32(b, start) });
      else if (type === FILEPASS) encrypted = true;
      return !encrypted;
    });
    if (encrypted) return NONE;
    const legacyByXf = new Map<number, string>();
    xfFonts.forEach((ifnt, xf) => {
      // Font index 4 does not exist in BIFF: 0–3 are the first four FONT records, 5 and up the rest.
      const font = ifnt < 4 ? fonts[ifnt] : ifnt > 4 ? fonts[ifnt - 1] : undefined;
      if (font && encodingFromFont(font)) legacyByXf.set(xf, font);
    });
    if (legacyByXf.size === 0) return NONE;
    const result = new Map<string, Readonly<Record<string, string>>>();
    for (const sheet of sheets) {
      if (u16(b, sheet.offset) !== BOF || result.has(sheet.name)) continue;
      const cells: Record<string, string> = {};
      let found = false;
      forEachRecord(b, sheet.offset, (type, start, end) => {
        if (type !== LABELSST && type !== LABEL && type !== RSTRING && type !== FORMULA) return;
        if (end - start < 6) return;
        if (type === FORMULA && (end - start < 14 || b[start + 6] !== 0 || u16(b, start + 12) !== 0xffff)) return;
        const row = u16(b, start);
        const col = u16(b, start + 2);
        const font = legacyByXf.get(u16(b, start + 4));
        if (!font || row >= limits.maxRows || col >= limits.maxColumns) return;
        cells[toA1(row, col)] = font;
        found = true;
      });
      if (found) result.set(sheet.name, cells);
    }
    return result;
  } catch {
    return NONE;
  }
}
