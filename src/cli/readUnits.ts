import { readFileSync } from "node:fs";
import { issueMessage, parseUnitRegistry, type Issue, type UnitRecord } from "../core";
import { readWorkbookBytes } from "../io/readWorkbook";
import { UsageError } from "./usageError";

/**
 * Reads the `--units` registry (CSV or spreadsheet; its first sheet) with the same reader as the
 * submissions, then the core's `parseUnitRegistry`.
 *
 * @param file - the registry path
 * @returns the units and the issues found in the registry
 * @throws UsageError when the file is missing, unreadable or lists no unit
 * @example
 * const { units } = readUnits("don-vi.csv");
 */
export function readUnits(file: string): { units: UnitRecord[]; issues: Issue[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`--units: không đọc được "${file}"`, `--units: cannot read "${file}"`);
  }
  const read = readWorkbookBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const sheet = read.workbook?.sheets[0];
  if (!sheet) {
    const why = read.issues[0];
    throw new UsageError(`--units: "${file}" không đọc được${why ? ` (${issueMessage(why, "vi")})` : ""}`, `--units: "${file}" is unreadable${why ? ` (${issueMessage(why, "en")})` : ""}`);
  }
  const registry = parseUnitRegistry(sheet, file);
  if (registry.units.length === 0) {
    throw new UsageError(`--units: "${file}" không có đơn vị nào (cần cột Mã và Tên đơn vị)`, `--units: "${file}" lists no unit (needs Mã / code and Tên đơn vị / name columns)`);
  }
  return { units: registry.units, issues: [...read.issues, ...registry.issues] };
}
