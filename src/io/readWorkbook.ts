/**
 * The one spreadsheet reader of the product (browser-safe: no Node APIs; runs in the CLI's worker
 * threads and in the task pane's Web Worker). Untrusted bytes are sniffed and size-capped before
 * SheetJS parses them; every failure becomes an Issue, never an exception.
 */
import * as XLSX from "@e965/xlsx";
import { bilingual, makeIssue, type Issue, type LocalizedText, type RawSheet, type RawWorkbook } from "../core";
import { decodeText } from "./decodeText";
import { readBiffFonts } from "./fonts/readBiffFonts";
import { readLegacyFonts, type LegacyFonts } from "./fonts/readLegacyFonts";
import { formatBytes, resolveReadLimits, type ReadLimits } from "./readLimits";
import { sniffFormat } from "./sniffFormat";
import { toRawSheet } from "./toRawSheet";
import { checkZip } from "./zip/checkZip";

export type { ReadLimits } from "./readLimits";
export { DEFAULT_READ_LIMITS } from "./readLimits";

/** What reading one file yields: the workbook (null when unreadable) and the issues found. */
export interface ReadResult {
  readonly workbook: RawWorkbook | null;
  readonly issues: Issue[];
}

/** SheetJS options (see shared/reference/xlsx-reading.md §3): dense, UTC dates, no styles/HTML/formulas. */
const OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  nodim: true,
  cellDates: true,
  UTC: true,
  cellHTML: false,
  cellStyles: false,
  cellNF: false,
  cellFormula: false,
};

/** The parsed book, with the legacy fonts of its text cells where the format records them (.xlsx, .xls). */
type Parsed = { readonly book: XLSX.WorkBook; readonly fonts?: LegacyFonts } | { readonly issue: Issue };

function unreadable(source: string, reason: LocalizedText): ReadResult {
  return { workbook: null, issues: [makeIssue("unreadable-file", { source }, { reason })] };
}

const PASSWORD = bilingual("tệp có mật khẩu bảo vệ", "the file is password-protected");

function reasonOf(error: unknown): LocalizedText {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return PASSWORD;
  if (/memory|allocation|invalid array length/i.test(message))
    return bilingual("tệp quá lớn để đọc", "too large to read");
  return bilingual(
    `tệp hỏng hoặc không đúng định dạng: ${message.slice(0, 120)}`,
    `damaged or unsupported file: ${message.slice(0, 120)}`,
  );
}

/** Parses the bytes once they passed sniffing and the byte caps. */
function parse(bytes: Uint8Array, source: string, limits: ReadLimits): Parsed {
  const rowCap = (size: number): { sheetRows?: number } =>
    size > limits.boundRowsFromBytes ? { sheetRows: limits.maxRows + 1 } : {};
  switch (sniffFormat(bytes)) {
    case "zip": {
      const zip = checkZip(bytes, source, limits);
      if (!zip.ok) return { issue: zip.issue };
      const book = XLSX.read(zip.bytes, { ...OPTIONS, type: "array", ...rowCap(zip.declaredBytes) });
      // SheetJS CE does not expose fonts; legacy (TCVN3/VNI) fonts are read from the package itself.
      return zip.kind === "ooxml" ? { book, fonts: readLegacyFonts(zip.bytes, limits, book) } : { book };
    }
    case "cfb": {
      const container = XLSX.CFB.read(bytes, { type: "array" }) as { FullPaths?: string[] };
      if ((container.FullPaths ?? []).some((p) => /(^|\/)EncryptionInfo$/i.test(p)))
        return { issue: makeIssue("unreadable-file", { source }, { reason: PASSWORD }) };
      const book = XLSX.read(bytes, { ...OPTIONS, type: "array", ...rowCap(bytes.length) });
      return { book, fonts: readBiffFonts(container, limits) };
    }
    default: {
      if (!/\.csv$/i.test(source))
        return {
          issue: makeIssue(
            "unreadable-file",
            { source },
            { reason: bilingual("không phải tệp Excel (.xlsx, .xls), .ods hay .csv", "not an Excel, ODS or CSV file") },
          ),
        };
      const text = decodeText(bytes);
      // SheetJS picks its parser from the first characters: markup would reach its XML/HTML parser.
      if (/^\s*</.test(text) || text.slice(0, 4096).includes("\u0000"))
        return {
          issue: makeIssue(
            "unreadable-file",
            { source },
            { reason: bilingual("không phải tệp CSV", "not a CSV file") },
          ),
        };
      return { book: XLSX.read(text, { ...OPTIONS, type: "string", raw: true, ...rowCap(text.length) }) };
    }
  }
}

/** Checks one sheet's used range and converts it, or returns the `sheet-too-large` issue. */
function readSheet(book: XLSX.WorkBook, name: string, source: string, limits: ReadLimits): RawSheet | Issue {
  const sheetName = name.normalize("NFC");
  const ws = Object.prototype.hasOwnProperty.call(book.Sheets, name) ? book.Sheets[name] : undefined;
  if (!ws || !ws["!ref"]) return { name: sheetName, rows: [], merges: [] };
  const range = XLSX.utils.decode_range(ws["!ref"]);
  const rows = range.e.r + 1;
  const columns = range.e.c + 1;
  const dataRows = Array.isArray(ws["!data"]) ? ws["!data"].length : 0;
  if (rows > limits.maxRows || columns > limits.maxColumns || dataRows > limits.maxRows) {
    const shown = Math.max(rows, dataRows) > limits.maxRows ? `> ${limits.maxRows}` : String(rows);
    const size = bilingual(`${shown} dòng × ${columns} cột`, `${shown} rows × ${columns} columns`);
    const limit = bilingual(
      `${limits.maxRows} dòng × ${limits.maxColumns} cột`,
      `${limits.maxRows} rows × ${limits.maxColumns} columns`,
    );
    return makeIssue("sheet-too-large", { source, sheet: sheetName }, { size, limit });
  }
  return toRawSheet(sheetName, ws, range.e);
}

/** The whole file refused as too large (bytes or sheets), with its size and the limit. */
function tooLarge(source: string, size: string | LocalizedText, limit: string | LocalizedText): ReadResult {
  return { workbook: null, issues: [makeIssue("file-too-large", { source }, { size, limit })] };
}

/**
 * Reads a spreadsheet file (.xlsx, .xlsm, .xls BIFF8, .ods, or a .csv in UTF-8 / Windows-1258)
 * into plain data. The bytes are sniffed first (an HTML page or SYLK file named .xls is refused),
 * the raw size, the ZIP's declared sizes and entry count, the sheet count and each sheet's used
 * range are capped before arrays are built; a sheet over the range cap is skipped with a
 * `sheet-too-large` issue while the other sheets are still read. For .xlsx and .xls, text cells
 * shown in a legacy Vietnamese font (TCVN3 ".VnTime…", VNI "VNI-…") carry the font name in
 * `RawSheet.fonts` (src/io/fonts; SheetJS CE exposes no cell fonts); .ods and .csv carry none, so
 * their legacy text relies on the text heuristic of `cleanCellText`. Never throws.
 *
 * @param bytes - the file's bytes
 * @param source - the file name or path as the user gave it (used in issues; `.csv` enables CSV)
 * @param limits - caps overriding `DEFAULT_READ_LIMITS`
 * @returns the workbook (null when the file cannot be read) and the issues
 * @example
 * readWorkbookBytes(new Uint8Array(0), "empty.xlsx").issues[0]?.code //=> "unreadable-file"
 */
export function readWorkbookBytes(bytes: Uint8Array, source: string, limits: Partial<ReadLimits> = {}): ReadResult {
  try {
    const caps = resolveReadLimits(limits);
    if (bytes.length > caps.maxFileBytes) {
      return tooLarge(source, formatBytes(bytes.length), formatBytes(caps.maxFileBytes));
    }
    if (bytes.length === 0) return unreadable(source, bilingual("tệp rỗng", "the file is empty"));
    const parsed = parse(bytes, source, caps);
    if ("issue" in parsed) return { workbook: null, issues: [parsed.issue] };
    const names = parsed.book.SheetNames ?? [];
    if (names.length > caps.maxSheets) {
      const sheetCount = (n: number): LocalizedText => bilingual(`${n} trang tính`, `${n} sheets`);
      return tooLarge(source, sheetCount(names.length), sheetCount(caps.maxSheets));
    }
    const sheets: RawSheet[] = [];
    const issues: Issue[] = [];
    // CSV has no cell types; the 1904 date system matters for date serials the reader meets as numbers.
    const untyped = sniffFormat(bytes) === "text";
    const date1904 = Boolean(parsed.book.Workbook?.WBProps?.date1904);
    for (const name of names) {
      const sheet = readSheet(parsed.book, name, source, caps);
      if ("code" in sheet) issues.push(sheet);
      else {
        const fonts = parsed.fonts?.get(name);
        sheets.push({
          ...sheet,
          ...(untyped ? { untyped } : {}),
          ...(date1904 ? { date1904 } : {}),
          ...(fonts ? { fonts } : {}),
        });
      }
    }
    return { workbook: { source, sheets }, issues };
  } catch (error) {
    return unreadable(source, reasonOf(error));
  }
}
