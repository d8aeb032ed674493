import { parseUnitRegistry, type Issue, type UnitRecord } from "../core";
import { readSideSheet } from "./readSideSheet";
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
  const read = readSideSheet("--units", file);
  const registry = parseUnitRegistry(read.sheet, file);
  if (registry.units.length === 0) {
    throw new UsageError(
      `--units: "${file}" không có đơn vị nào (cần cột Mã và Tên đơn vị)`,
      `--units: "${file}" lists no unit (needs Mã / code and Tên đơn vị / name columns)`,
    );
  }
  return { units: registry.units, issues: [...read.issues, ...registry.issues] };
}
