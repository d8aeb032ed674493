import type { Submission } from "../types";
import type { StoreRow } from "./storeRow";

/**
 * Rebuilds submissions from the workbook store, one per stored version (same source, sheet, import
 * time and status), so files imported in earlier runs still count after their file is gone.
 * Active versions come back `accepted`, superseded ones `superseded`; they carry no issues (those
 * were reported when the file was imported). Versions whose `source#sheet` is in `exclude` (read
 * again in this run) are left out, so nothing is counted twice.
 *
 * @param rows - the store rows
 * @param exclude - submission ids (`source#sheet`) already present in this run
 * @returns the submissions, in store order; `order` is their position (after this run's files)
 * @example
 * submissionsFromStore(mergeStore([], [s], now)).map((x) => x.status) //=> ["accepted"]
 */
export function submissionsFromStore(
  rows: readonly StoreRow[],
  exclude: ReadonlySet<string> = new Set(),
): Submission[] {
  const versions = new Map<string, StoreRow[]>();
  for (const row of rows) {
    const id = `${row.source}#${row.sheet}`;
    if (exclude.has(id)) continue;
    const key = [id, row.importedAt, row.status, row.year ?? "", row.unitCode ?? "", row.unitName ?? ""].join("\u0001");
    versions.set(key, [...(versions.get(key) ?? []), row]);
  }
  return [...versions.values()].map((group, i) => {
    const first = group[0] as StoreRow;
    const levels = ["xa", "huyen", "tinh"] as const;
    return {
      id: `${first.source}#${first.sheet}`,
      source: first.source,
      sheet: first.sheet,
      order: 100_000 + i,
      unitName: first.unitName,
      unitCode: first.unitCode,
      year: first.year,
      reportDate: first.reportDate,
      levels: levels.filter((level) => group.some((r) => r.level === level)),
      entries: group.map((r) => ({
        field: r.field,
        level: r.level,
        type: r.type,
        new: r.new,
        cumulative: r.cumulative,
        cells: { new: null, cumulative: null },
      })),
      tableRange: first.cellRange,
      issues: [],
      status: first.status === "active" ? "accepted" : "superseded",
    };
  });
}
