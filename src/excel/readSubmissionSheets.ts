import {
  excelSerialToDate,
  isDateNumberFormat,
  parseA1Range,
  rectToA1,
  toA1Range,
  type CellValue,
  type RawSheet,
  type RawWorkbook,
  type SheetKey,
} from "../core";
import { isPayloadLimitError } from "./batcher";
import type { Caps } from "./caps";
import { looksPossiblyLegacy, readLegacyFonts, type FontBlock } from "./readCellFonts";
import { EMPTY_OWNERSHIP, type OwnershipRecord } from "./ownership";

/** Everything one read of the workbook gives: submission candidates, the add-in's own sheets, all names. */
export interface WorkbookSnapshot {
  /** Sheets that are not the add-in's output: core's `validateWorkbook` decides which are submissions. */
  readonly workbook: RawWorkbook;
  /** The add-in's own sheets as raw values, by key (e.g. the "Dữ liệu" store). */
  readonly owned: Readonly<Partial<Record<SheetKey, RawSheet>>>;
  /** Every sheet name in tab order. */
  readonly sheetNames: readonly string[];
  /** Sheets not read because they hold more than `MAX_SHEET_CELLS` cells (say so in the pane). */
  readonly tooLarge: readonly string[];
}

/** A sheet larger than this is not read (Excel caps a read at 5 million cells; a form is a few hundred). */
export const MAX_SHEET_CELLS = 1_000_000;
/** Cells per request when a whole-workbook read was over Excel on the web's 5 MB response limit. */
export const CELLS_PER_REQUEST = 200_000;

/**
 * Cells whose font names are read in the one font request (about 40 bytes each in the response, so
 * well under Excel on the web's 5 MB); legacy-looking sheets past it are decoded by their text alone.
 */
export const FONT_CELLS_PER_REQUEST = 60_000;

/** Read limits (tests lower them). */
export interface ReadLimits {
  readonly maxSheetCells: number;
  readonly cellsPerRequest: number;
  /** Default `FONT_CELLS_PER_REQUEST`. */
  readonly fontCellsPerRequest?: number;
}

const DEFAULT_LIMITS: ReadLimits = { maxSheetCells: MAX_SHEET_CELLS, cellsPerRequest: CELLS_PER_REQUEST };

/** One loaded block of a sheet: values and formats, with its address. */
interface Block {
  readonly address: string;
  readonly values: unknown[][];
  readonly formats: unknown[][];
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/** One cell from Office.js to the core's `CellValue`: "" is empty, date-formatted serials are dates. */
function toCellValue(value: unknown, format: string | undefined): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (isDateNumberFormat(format)) return excelSerialToDate(value) ?? value;
    return value;
  }
  if (typeof value === "boolean") return value;
  const text = String(value);
  return ERROR_TEXT.test(text) ? { error: text } : text;
}

function toRawSheet(
  name: string,
  blocks: readonly Block[],
  fonts: Readonly<Record<string, string>> | undefined,
): RawSheet {
  const box = parseA1Range(blocks[0]?.address ?? "A1");
  const rows = blocks.flatMap((block) =>
    block.values.map((row, r) => row.map((v, c) => toCellValue(v, block.formats[r]?.[c] as string | undefined))),
  );
  const empty = rows.every((row) => row.every((v) => v === null));
  const sheet: RawSheet = { name, rows: empty ? [] : rows, origin: box ? { r: box.top, c: box.left } : { r: 0, c: 0 } };
  return fonts && Object.keys(fonts).length > 0 ? { ...sheet, fonts } : sheet;
}

/**
 * Reads every worksheet's used range (values and number formats) in one batched load: two syncs in
 * all (sheet names, then every used range), whatever the number of sheets. Where the host has
 * ExcelApi 1.9 and some sheets' text looks like TCVN3/VNI, the font names of those sheets' cells are
 * read in one more sync, so core converts them by font (`RawSheet.fonts`; .VnTimeH as capitals);
 * a workbook in Unicode costs no extra sync, and below 1.9 the text heuristic alone applies. Sheets the add-in owns
 * (see `OwnershipRecord`) are returned apart, never as submission candidates. Only if Excel refuses
 * that read as over its response limit (Excel on the web: 5 MB) is the workbook read again in
 * slices of at most 200,000 cells; a sheet over 1,000,000 cells is then listed in `tooLarge`.
 *
 * @param context - the request context from `Excel.run`
 * @param caps - host capabilities (`detectCaps`)
 * @param record - what the add-in owns in this workbook
 * @param source - the name shown for this workbook in issues
 * @param limits - sheet size cap and cells per request for the slow path
 * @returns the snapshot
 */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  caps: Caps,
  record: OwnershipRecord = EMPTY_OWNERSHIP,
  source = "Sổ làm việc hiện tại",
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheets = worksheets.items;
  const names = sheets.map((sheet) => sheet.name);
  const ranges = sheets.map((sheet) => {
    // Values-only (1.2) ignores cells that only carry formatting; 1.1 returns A1 for a blank sheet.
    const range = caps.v1_2 ? sheet.getUsedRange(true) : sheet.getUsedRange();
    range.load("address, values, numberFormat");
    return range;
  });
  let blocks: (Block[] | null)[];
  try {
    await context.sync();
    blocks = ranges.map((range) => [{ address: range.address, values: range.values, formats: range.numberFormat }]);
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    blocks = await readInParts(context, caps, names, limits);
  }

  const ownedByName = new Map(
    Object.entries(record.sheets).map(([key, name]) => [(name as string).toLowerCase(), key as SheetKey]),
  );
  const candidates = names.map((name, i) => (ownedByName.has(name.toLowerCase()) ? null : (blocks[i] ?? null)));
  const fonts = caps.v1_9
    ? await readFontsOfLegacySheets(context, names, candidates, limits)
    : new Map<number, Record<string, string>>();
  const submissions: RawSheet[] = [];
  const owned: Partial<Record<SheetKey, RawSheet>> = {};
  const tooLarge: string[] = [];
  names.forEach((name, i) => {
    const parts = blocks[i];
    if (!parts) {
      tooLarge.push(name);
      return;
    }
    const raw = toRawSheet(name, parts, fonts.get(i));
    const key = ownedByName.get(name.toLowerCase());
    if (key) owned[key] = raw;
    else submissions.push(raw);
  });
  return { workbook: { source, sheets: submissions }, owned, sheetNames: names, tooLarge };
}

/**
 * The font phase: picks the sheets whose text looks possibly legacy (`looksPossiblyLegacy`), up to
 * `fontCellsPerRequest` cells in all, and reads their legacy fonts in one sync; no sync when none
 * qualifies. If Excel refuses the request as too large, the sheets keep the text heuristic alone.
 *
 * @requires ExcelApi 1.9
 */
async function readFontsOfLegacySheets(
  context: Excel.RequestContext,
  names: readonly string[],
  blocks: readonly (Block[] | null)[],
  limits: ReadLimits,
): Promise<Map<number, Record<string, string>>> {
  const budget = limits.fontCellsPerRequest ?? FONT_CELLS_PER_REQUEST;
  const wanted: { sheet: number; block: FontBlock }[] = [];
  let cells = 0;
  blocks.forEach((parts, i) => {
    if (!parts || !parts.some((part) => looksPossiblyLegacy(part.values))) return;
    const size = parts.reduce((sum, part) => sum + part.values.length * (part.values[0]?.length ?? 0), 0);
    if (cells + size > budget) return;
    cells += size;
    for (const part of parts)
      wanted.push({ sheet: i, block: { sheet: names[i] as string, address: part.address, values: part.values } });
  });
  const bySheet = new Map<number, Record<string, string>>();
  if (wanted.length === 0) return bySheet;
  let read: Record<string, string>[];
  try {
    read = await readLegacyFonts(
      context,
      wanted.map((w) => w.block),
    );
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    return bySheet;
  }
  wanted.forEach(({ sheet }, j) => bySheet.set(sheet, { ...bySheet.get(sheet), ...read[j] }));
  return bySheet;
}

/**
 * The slow path, only after Excel refused the one-request read: measure every used range (one
 * sync), then read them in row slices packed into requests of at most `CELLS_PER_REQUEST` cells.
 * Sheets over `MAX_SHEET_CELLS` come back null.
 */
async function readInParts(
  context: Excel.RequestContext,
  caps: Caps,
  names: readonly string[],
  limits: ReadLimits,
): Promise<(Block[] | null)[]> {
  const worksheets = context.workbook.worksheets;
  const used = names.map((name) => {
    const ws = worksheets.getItem(name);
    const range = caps.v1_2 ? ws.getUsedRange(true) : ws.getUsedRange();
    range.load("address, rowCount, columnCount");
    return { ws, range };
  });
  await context.sync();
  const slices: { sheet: number; address: string; cells: number }[] = [];
  const skipped = new Set<number>();
  used.forEach(({ range }, i) => {
    const box = parseA1Range(range.address);
    const cells = range.rowCount * range.columnCount;
    if (!box || cells > limits.maxSheetCells) {
      skipped.add(i);
      return;
    }
    const rowsPerSlice = Math.max(1, Math.floor(limits.cellsPerRequest / range.columnCount));
    for (let r = box.top; r <= box.bottom; r += rowsPerSlice) {
      const last = Math.min(box.bottom, r + rowsPerSlice - 1);
      slices.push({
        sheet: i,
        address: toA1Range(r, box.left, last, box.right),
        cells: (last - r + 1) * range.columnCount,
      });
    }
  });
  const groups: (typeof slices)[] = [];
  let size = limits.cellsPerRequest + 1;
  for (const slice of slices) {
    if (size + slice.cells > limits.cellsPerRequest) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]?.push(slice);
    size += slice.cells;
  }
  const loaded = await loadGroups(
    context,
    used.map((u) => u.ws),
    groups,
    0,
  );
  return names.map((_, i) => (skipped.has(i) ? null : loaded.filter((b) => b.sheet === i).map((b) => b.block)));
}

/**
 * One sync per group of slices, in order (recursion: the count depends on the data size only). A group
 * Excel refuses as over the response limit (5 MB of UTF-8 on the web: cells of Vietnamese text weigh
 * more than the cell count says) is halved — by slices, or by rows for a single slice — and read again.
 */
async function loadGroups(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  groups: readonly { sheet: number; address: string }[][],
  index: number,
): Promise<{ sheet: number; block: Block }[]> {
  const group = groups[index];
  if (!group) return [];
  const ranges = group.map((slice) => {
    const range = (sheets[slice.sheet] as Excel.Worksheet).getRange(slice.address);
    range.load("values, numberFormat");
    return { slice, range };
  });
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadLimitError(error) ? halveGroup(group) : null;
    if (!halves) throw error;
    return [
      ...(await loadGroups(context, sheets, halves, 0)),
      ...(await loadGroups(context, sheets, groups, index + 1)),
    ];
  }
  const blocks = ranges.map(({ slice, range }) => ({
    sheet: slice.sheet,
    block: { address: slice.address, values: range.values, formats: range.numberFormat },
  }));
  return [...blocks, ...(await loadGroups(context, sheets, groups, index + 1))];
}

/** Two halves of a group of slices (of its one slice's rows when it has one); null for a single row. */
function halveGroup<T extends { sheet: number; address: string }>(
  group: readonly T[],
): { sheet: number; address: string }[][] | null {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const slice = group[0];
  const box = slice ? parseA1Range(slice.address) : null;
  if (!slice || !box || box.top === box.bottom) return null;
  const mid = box.top + Math.floor((box.bottom - box.top + 1) / 2) - 1;
  return [
    [{ sheet: slice.sheet, address: rectToA1({ ...box, bottom: mid }) }],
    [{ sheet: slice.sheet, address: rectToA1({ ...box, top: mid + 1 }) }],
  ];
}

/**
 * Reads the workbook's submission candidates (every sheet but the add-in's own) as a `RawWorkbook`
 * for core's `validateWorkbook`. Two syncs (three when some sheet's text looks like TCVN3/VNI and
 * the host reads cell fonts), independent of the number of sheets.
 *
 * @param context - the request context from `Excel.run`
 * @param caps - host capabilities
 * @param record - what the add-in owns (its sheets are skipped)
 * @param source - the name shown for this workbook in issues
 * @returns the raw workbook
 */
export async function readSubmissionSheets(
  context: Excel.RequestContext,
  caps: Caps,
  record: OwnershipRecord = EMPTY_OWNERSHIP,
  source?: string,
): Promise<RawWorkbook> {
  return (await readWorkbookSnapshot(context, caps, record, source)).workbook;
}
