import { matchKey } from "../text/matchKey";
import { findIssuerUnit } from "./findIssuerUnit";
import type { Grid } from "./grid";
import { type HeaderField, readHeaderLabel } from "./headerVocabulary";
import { inferUnitAndYear } from "./inferUnitAndYear";
import { isDateLine } from "./isDateLine";
import { findDateInText, parseDateCell } from "./parseDate";
import { readYearValue } from "./readYearValue";
import type { HeaderValue, ParsedHeader } from "./types";

type FieldName = HeaderField;

const TITLE_KEY = matchKey("Dân vận khéo");
const REPORT_KEY = matchKey("báo cáo");
const YEAR_LINE = /^\(?\s*năm\s*(\d{4})\s*\)?$/iu;
const FOOTER_ROWS = 30;

/** A labelled-field cell: which field, and the text after the colon. */
function matchLabel(text: string): { name: FieldName; inline: string } | null {
  const label = readHeaderLabel(text);
  return label ? { name: label.field, inline: label.inline } : null;
}

/** The value of a label at (row, col): after its colon, else the next non-empty cell to the right. */
function valueCell(grid: Grid, row: number, col: number, inline: string): { col: number; raw: string } | null {
  if (inline !== "") return { col, raw: inline };
  for (let c = col + 1; c < grid.width; c++) {
    const value = grid.value(row, c);
    if (value === null || (typeof value === "string" && grid.text(row, c) === "")) continue;
    // The next label on the row ("Mã đơn vị:") means this label's value is empty.
    if (typeof value === "string") return matchLabel(grid.text(row, c)) ? null : { col: c, raw: grid.text(row, c) };
    return {
      col: c,
      raw:
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? ""
            : value.toISOString().slice(0, 10)
          : typeof value === "object"
            ? value.error
            : String(value),
    };
  }
  return null;
}

/** Where an empty value belongs: the first cell right of the label (and of its merged range). */
function emptyValueColumn(grid: Grid, row: number, col: number): number {
  const label = grid.label(row, col);
  let c = col + 1;
  while (c < grid.width && grid.label(row, c) === label) c++;
  return c;
}

/** A report date outside 1990–2100 is a typo or a year typed into a date cell (2023 → 1905). */
function plausibleDate(iso: string | null): string | null {
  return iso !== null && iso >= "1990-01-01" && iso <= "2100-12-31" ? iso : null;
}

/** Understands the value of one labelled field. */
function interpret(
  grid: Grid,
  name: FieldName,
  row: number,
  cell: { col: number; raw: string },
  inline: boolean,
  date1904: boolean,
): string | number | null {
  const value = inline ? cell.raw : grid.value(row, cell.col);
  if (name === "reportDate") return plausibleDate(parseDateCell(value, cell.raw, date1904));
  if (name !== "year") return cell.raw === "" ? null : cell.raw;
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  return readYearValue(cell.raw);
}

/** Reads one labelled field found at (row, col). */
function readField(
  grid: Grid,
  row: number,
  col: number,
  found: { name: FieldName; inline: string },
  date1904: boolean,
): HeaderValue<string | number> {
  const cell = valueCell(grid, row, col, found.inline);
  const labelCell = grid.address(row, col);
  if (!cell) return { labelCell, cell: grid.address(row, emptyValueColumn(grid, row, col)), raw: "", value: null };
  const value = interpret(grid, found.name, row, cell, found.inline !== "", date1904);
  return { labelCell, cell: grid.address(row, cell.col), raw: cell.raw, value };
}

/** Year of the title ("… DÂN VẬN KHÉO NĂM 2023"), looking at the next two rows ("Năm 2023") when the title line has none. */
function readTitle(grid: Grid, row: number, col: number): ParsedHeader["titleYear"] {
  const text = grid.text(row, col);
  const inTitle = readYearValue(text);
  if (inTitle !== null) return { year: inTitle, cell: grid.address(row, col), text };
  for (let r = row + 1; r <= row + 2; r++) {
    for (let c = 0; c < grid.width; c++) {
      const line = YEAR_LINE.exec(grid.text(r, c));
      if (line) return { year: Number(line[1]), cell: grid.address(r, c), text: `${text} ${grid.text(r, c)}` };
    }
  }
  return null;
}

/** A title line: names the movement, or (above the table) starts with "Báo cáo". */
function isTitle(text: string, aboveTable: boolean): boolean {
  const key = matchKey(text);
  return key.includes(TITLE_KEY) || (aboveTable && key.startsWith(REPORT_KEY));
}

/** Rows to read for the header: everything above the table, then a few rows of the footer. */
function headerRows(grid: Grid, table: { top: number; bottom: number }): number[] {
  const above = Array.from({ length: table.top }, (_, r) => r);
  const footerEnd = Math.min(grid.height, table.bottom + 1 + FOOTER_ROWS);
  return [
    ...above,
    ...Array.from({ length: Math.max(0, footerEnd - table.bottom - 1) }, (_, i) => table.bottom + 1 + i),
  ];
}

/**
 * Reads the header block of a form sheet: the labelled fields (value in the next non-empty cell
 * to the right, or after the colon in the same cell; labels read by meaning, see
 * `readHeaderLabel`), the title year and the place-and-date line. Rows above the table are read
 * first; the footer below it only fills in what the top lacks (many units put the place-and-date
 * line above the signatures). When the unit or the year has no labelled value, it is inferred
 * (see `inferUnitAndYear`): the unit from the issuer block, the sheet name or the file name; the
 * year from the title, the report date, the sheet name or the file name.
 *
 * @param grid - the sheet
 * @param table - first and last grid rows of the counts table
 * @param date1904 - true for workbooks in the 1904 date system
 * @param names - the sheet name and the file's path, the last places a unit or a year is read from
 * @returns what the header says; absent parts are null
 * @example
 * findHeader(toGrid({ name: "S", rows: [["Năm báo cáo:", 2023]] }), { top: 1, bottom: 1 }, false).year?.value //=> 2023
 */
export function findHeader(
  grid: Grid,
  table: { top: number; bottom: number },
  date1904: boolean,
  names: { sheet: string; source: string } = { sheet: "", source: "" },
): ParsedHeader {
  const found: Partial<Record<FieldName, HeaderValue<string | number>>> = {};
  let titleYear: ParsedHeader["titleYear"] = null;
  let placeDate: ParsedHeader["placeDate"] = null;
  for (const r of headerRows(grid, table)) {
    for (let c = 0; c < grid.width; c++) {
      const text = grid.text(r, c);
      if (text === "") continue;
      const label = matchLabel(text);
      if (label && !found[label.name]) found[label.name] = readField(grid, r, c, label, date1904);
      else if (!label && !placeDate && isDateLine(text)) {
        const date = findDateInText(text);
        if (date) placeDate = { date, cell: grid.address(r, c), text };
      }
      // The first title line that gives a year (an issuer line such as "BAN CHỈ ĐẠO PHONG TRÀO
      // DÂN VẬN KHÉO" may come first without one).
      if (!titleYear && !label && isTitle(text, r < table.top)) titleYear = readTitle(grid, r, c);
    }
  }
  const reportDate = (found.reportDate as HeaderValue<string>) ?? null;
  const labelledUnit = (found.unit as HeaderValue<string>) ?? null;
  const { unit, year } = inferUnitAndYear(labelledUnit, (found.year as HeaderValue<number>) ?? null, {
    // The issuer block is read only when the unit has no labelled value.
    issuer: labelledUnit?.value ? null : findIssuerUnit(grid, table.top),
    titleYear,
    reportDate,
    placeDate,
    sheet: names.sheet,
    source: names.source,
  });
  return { unit, unitCode: (found.unitCode as HeaderValue<string>) ?? null, year, reportDate, titleYear, placeDate };
}
