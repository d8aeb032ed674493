import { FIELDS, LEVELS, TYPES } from "../catalogue/dimensions";
import type { DimensionMember } from "../catalogue/dimensions";
import type { CellValue, RawSheet } from "../types";
import { KEPT_ROWS_NOTE, STORE_COLUMNS, STORE_STATUS_LABELS } from "./storeColumns";
import type { StoreRow, StoreRowStatus } from "./storeRow";

/** What was read back from the store sheet, and how many rows could not be understood. */
export interface ParsedStore {
  readonly rows: StoreRow[];
  /** 1-based sheet row numbers that were not store rows (edited by hand); they are kept out of the merge. */
  readonly unreadableRows: number[];
  /** The cells of those rows, as they were, so a rewrite of the sheet can keep them. */
  readonly unreadableCells: CellValue[][];
  /** False when row 1 is not the store header (the sheet is not a store written by this product). */
  readonly recognised: boolean;
}

function asText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

function asNumber(value: CellValue | undefined): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const text = asText(value);
  return text !== null && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/**
 * A stored count: a number; unknown (null) for "–" (also "-" or "—" typed by hand); undefined when the cell
 * is neither (blank or other text: the row is not read, never guessed).
 */
function asCount(value: CellValue | undefined): number | null | undefined {
  const text = asText(value);
  if (text !== null && /^[-\u2013\u2014]$/.test(text)) return null;
  return asNumber(value) ?? undefined;
}

function codeOf<C extends string>(members: readonly DimensionMember<C>[], label: string | null): C | null {
  return members.find((m) => m.vi === label || m.code === label)?.code ?? null;
}

function statusOf(label: string | null): StoreRowStatus | null {
  if (label === STORE_STATUS_LABELS.active) return "active";
  if (label === STORE_STATUS_LABELS.superseded) return "superseded";
  return null;
}

function isKeptRowsNote(cells: readonly CellValue[]): boolean {
  return asText(cells[0]) === KEPT_ROWS_NOTE && cells.slice(1).every((v) => asText(v) === null);
}

function parseRow(cells: readonly CellValue[]): StoreRow | null {
  const [
    year,
    unitCode,
    unitName,
    field,
    level,
    type,
    fresh,
    cumulative,
    source,
    sheet,
    cellRange,
    reportDate,
    status,
    importedAt,
    supersededAt,
  ] = STORE_COLUMNS.map((_, i) => cells[i]);
  const f = codeOf(FIELDS, asText(field));
  const l = codeOf(LEVELS, asText(level));
  const t = codeOf(TYPES, asText(type));
  const s = statusOf(asText(status));
  const n = asCount(fresh);
  const c = asCount(cumulative);
  const src = asText(source);
  const sh = asText(sheet);
  const at = asText(importedAt);
  if (!f || !l || !t || !s || n === undefined || c === undefined || src === null || sh === null || at === null)
    return null;
  return {
    year: asNumber(year),
    unitCode: asText(unitCode),
    unitName: asText(unitName),
    field: f,
    level: l,
    type: t,
    new: n,
    cumulative: c,
    source: src,
    sheet: sh,
    cellRange: asText(cellRange),
    reportDate: asText(reportDate),
    status: s,
    importedAt: at,
    supersededAt: asText(supersededAt),
  };
}

/**
 * Reads the "Dữ liệu" store sheet written by `buildStoreSheet` back into store rows. Blank rows are
 * skipped; rows that cannot be understood are listed, never guessed. A count "–" is unknown (null); a store
 * written before unknown counts existed holds numbers only and reads as before.
 *
 * @param sheet - the store sheet's values, from A1
 * @returns the rows, the unreadable row numbers and whether the header was recognised
 * @example
 * parseStoreSheet({ name: "Dữ liệu", rows: [] }).recognised //=> false
 */
export function parseStoreSheet(sheet: RawSheet): ParsedStore {
  const header = sheet.rows[0] ?? [];
  const recognised = STORE_COLUMNS.every((heading, i) => asText(header[i]) === heading);
  if (!recognised) return { rows: [], unreadableRows: [], unreadableCells: [], recognised };
  const rows: StoreRow[] = [];
  const unreadableRows: number[] = [];
  const unreadableCells: CellValue[][] = [];
  const firstRow = (sheet.origin?.r ?? 0) + 1;
  sheet.rows.slice(1).forEach((cells, i) => {
    if (cells.every((v) => asText(v) === null)) return;
    const row = parseRow(cells);
    if (row) rows.push(row);
    else if (!isKeptRowsNote(cells)) {
      unreadableRows.push(firstRow + i + 1);
      unreadableCells.push([...cells]);
    }
  });
  return { rows, unreadableRows, unreadableCells, recognised };
}
