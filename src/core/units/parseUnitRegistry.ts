import { makeIssue } from "../issues/makeIssue";
import { toA1 } from "../_lib/a1";
import { matchKey } from "../text/matchKey";
import type { CellValue, Issue, RawSheet } from "../types";
import type { UnitRecord } from "./types";

type Column = "code" | "name" | "kind" | "validFrom" | "validTo" | "successors";

/** Header labels per column, Vietnamese first, English fallbacks; compared through matchKey. */
const HEADER_LABELS: Readonly<Record<Column, readonly string[]>> = {
  code: ["Mã", "Mã đơn vị", "Mã ĐV", "code", "unit code"],
  name: ["Tên đơn vị", "Tên", "Đơn vị", "name", "unit name", "unit"],
  kind: ["Loại", "Loại đơn vị", "Loại hình", "kind", "type"],
  validFrom: ["Hiệu lực từ", "Hiệu lực từ ngày", "Từ ngày", "valid from", "from"],
  validTo: ["Hiệu lực đến", "Hiệu lực đến ngày", "Đến ngày", "valid to", "to"],
  successors: ["Đơn vị kế thừa", "Mã đơn vị kế thừa", "Kế thừa", "successors", "successor"],
};

const HEADER_KEYS = new Map<string, Column>(
  (Object.entries(HEADER_LABELS) as [Column, readonly string[]][]).flatMap(([column, labels]) =>
    labels.map((label) => [matchKey(label), column] as [string, Column]),
  ),
);

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return "";
  return String(value).normalize("NFC").trim();
}

/** Maps a header row to its columns, or null when it lacks code or name. */
function headerColumns(row: readonly CellValue[]): Partial<Record<Column, number>> | null {
  const columns: Partial<Record<Column, number>> = {};
  row.forEach((value, c) => {
    const column = HEADER_KEYS.get(matchKey(textOf(value)));
    if (column && columns[column] === undefined) columns[column] = c;
  });
  return columns.code !== undefined && columns.name !== undefined ? columns : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Reads a date cell: Date, ISO text, dd/mm/yyyy (also - and .), or a bare year. "" when empty, null when invalid. */
function dateOf(value: CellValue | undefined, end: boolean): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2200)
    return end ? `${value}-12-31` : `${value}-01-01`;
  const text = textOf(value);
  if (text === "") return "";
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [0, 0, 0];
  if (/^\d{4}$/.test(text)) return end ? `${text}-12-31` : `${text}-01-01`;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (y === 0 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Reads a units registry sheet ("Đơn vị" sheet or a `--units` CSV/xlsx): the header row is found by
 * its content (Mã / Tên đơn vị / Loại / Hiệu lực từ / Hiệu lực đến / Đơn vị kế thừa, or the English
 * code / name / kind / valid from / valid to / successors); successors are separated by ";" or ",".
 * Rows without a code are skipped with a warning; the first of two rows with one code wins.
 *
 * @param sheet - the registry sheet as plain data
 * @param source - the file name, for issues
 * @returns the units and the issues found
 * @example
 * parseUnitRegistry({ name: "Đơn vị", rows: [["Mã", "Tên đơn vị"], ["X1", "Xã A"]] }, "units.csv").units
 * //=> [{ code: "X1", name: "Xã A" }]
 */
export function parseUnitRegistry(sheet: RawSheet, source: string): { units: UnitRecord[]; issues: Issue[] } {
  const where = { source, sheet: sheet.name };
  const origin = sheet.origin ?? { r: 0, c: 0 };
  const headerIndex = sheet.rows.findIndex((row) => headerColumns(row) !== null);
  if (headerIndex < 0) return { units: [], issues: [makeIssue("registry-header-missing", where)] };
  const columns = headerColumns(sheet.rows[headerIndex] ?? []) ?? {};
  const units: UnitRecord[] = [];
  const issues: Issue[] = [];
  const firstRowOf = new Map<string, number>();
  const at = (row: readonly CellValue[], column: Column): CellValue | undefined => {
    const c = columns[column];
    return c === undefined ? undefined : row[c];
  };
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const rowNumber = origin.r + r + 1;
    const code = textOf(at(row, "code"));
    const name = textOf(at(row, "name"));
    if (code === "" && name === "") continue;
    if (code === "") {
      issues.push(
        makeIssue(
          "registry-missing-code",
          { ...where, cell: toA1(origin.r + r, origin.c + (columns.code ?? 0)) },
          { row: rowNumber, unit: name },
        ),
      );
      continue;
    }
    const first = firstRowOf.get(code);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          "registry-duplicate-code",
          { ...where, cell: toA1(origin.r + r, origin.c + (columns.code ?? 0)) },
          { code, first, second: rowNumber },
        ),
      );
      continue;
    }
    firstRowOf.set(code, rowNumber);
    const unit: { -readonly [K in keyof UnitRecord]: UnitRecord[K] } = { code, name: name || code };
    const kind = textOf(at(row, "kind"));
    if (kind) unit.kind = kind;
    for (const [column, end] of [
      ["validFrom", false],
      ["validTo", true],
    ] as const) {
      const date = dateOf(at(row, column), end);
      if (date) unit[column] = date;
      if (date === null) {
        issues.push(
          makeIssue(
            "registry-invalid-date",
            { ...where, cell: toA1(origin.r + r, origin.c + (columns[column] ?? 0)) },
            { value: textOf(at(row, column)) },
          ),
        );
      }
    }
    const successors = textOf(at(row, "successors"))
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (successors.length > 0) unit.successors = successors;
    units.push(unit);
  }
  return { units, issues };
}
