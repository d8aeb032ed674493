import { unitYearKey } from "../_lib/unitYearKey";
import { compareRecency } from "../_lib/compareRecency";
import { resolveUnits, type UnitMention } from "../consolidate/resolveUnits";
import type { Submission } from "../types";
import type { UnitRecord } from "../units/types";
import type { StoreRow } from "./storeRow";
import { toStoreRows } from "./toStoreRows";

/** One imported version of a unit-year: the row indices that came from one sheet in one import. */
interface StoredVersion {
  readonly fingerprint: string;
  readonly reportDate: string | null;
  /** The submission's order for a version added in this run; versions imported before come first. */
  readonly order: number;
  readonly indices: number[];
}

/** The order of versions imported by earlier runs: before every file of this run. */
const EARLIER_IMPORT = Number.NEGATIVE_INFINITY;

type VersionContent = Pick<
  StoreRow,
  "source" | "sheet" | "reportDate" | "unitCode" | "unitName" | "field" | "level" | "type" | "new" | "cumulative"
>;

/** The unit-year key of a code and name, given the unit identity of each. */
type UnitYearOf = (unitCode: string | null, unitName: string | null, year: number | null) => string;

/**
 * Resolves every unit the store and this run name, as consolidation does (`resolveUnits`: code, else
 * name key; a name stating no kind joins the one unit with its key), so the store keeps one active
 * version of each unit-year the report counts as one.
 */
function resolveStoreUnits(
  rows: readonly StoreRow[],
  incoming: readonly Submission[],
  units?: readonly UnitRecord[],
): UnitYearOf {
  const mentionId = (unitCode: string | null, unitName: string | null): string =>
    [unitCode ?? "", unitName ?? ""].join("\u0001");
  const mentions = new Map<string, UnitMention>();
  for (const { unitCode, unitName } of [...rows, ...incoming]) {
    const id = mentionId(unitCode, unitName);
    if (!mentions.has(id)) mentions.set(id, { id, source: "", sheet: "", unitCode, unitName });
  }
  const { unitOf } = resolveUnits([...mentions.values()], units);
  return (unitCode, unitName, year) => unitYearKey(unitOf.get(mentionId(unitCode, unitName)), year);
}

/** Same content, whatever order the entries came in: the basis of idempotence. */
function fingerprintOf(rows: readonly VersionContent[]): string {
  const first = rows[0];
  if (!first) return "";
  const head = [first.source, first.sheet, first.reportDate ?? "", first.unitCode ?? "", first.unitName ?? ""].join(
    "\u0001",
  );
  const entries = rows.map((r) => [r.field, r.level, r.type, r.new, r.cumulative].join(",")).sort();
  return `${head}\u0002${entries.join(";")}`;
}

/** Versions stored for each unit-year, in the order they appear in the store. */
function indexVersions(rows: readonly StoreRow[], unitYearKey: UnitYearOf): Map<string, StoredVersion[]> {
  const byVersion = new Map<string, { unitYear: string; indices: number[] }>();
  rows.forEach((row, i) => {
    const unitYear = unitYearKey(row.unitCode, row.unitName, row.year);
    const versionKey = [unitYear, row.source, row.sheet, row.importedAt, row.reportDate ?? "", row.status].join(
      "\u0001",
    );
    const found = byVersion.get(versionKey);
    if (found) found.indices.push(i);
    else byVersion.set(versionKey, { unitYear, indices: [i] });
  });
  const result = new Map<string, StoredVersion[]>();
  for (const { unitYear, indices } of byVersion.values()) {
    const versionRows = indices.map((i) => rows[i] as StoreRow);
    const version = {
      fingerprint: fingerprintOf(versionRows),
      reportDate: versionRows[0]?.reportDate ?? null,
      order: EARLIER_IMPORT,
      indices,
    };
    result.set(unitYear, [...(result.get(unitYear) ?? []), version]);
  }
  return result;
}

/**
 * Merges newly validated submissions into the workbook store. Importing a corrected file replaces
 * its unit-year's active rows; the replaced rows stay, marked `superseded` with the time. Which
 * version is later is `compareRecency`, as in the report: report date (none counts as earliest),
 * then order, files of earlier imports before this run's. A file that is not later than the active
 * version (an older report date, or no date against a dated one) is kept as superseded. Re-running with the
 * same inputs returns the same rows (content already stored is recognised, whatever its import time).
 * Rejected submissions are not stored (their issues say why). Rows are never removed. Units are
 * resolved as consolidation resolves them (`resolveUnits`, with the registry when given), so
 * "Tân An" and a later "Xã Tân An" are one unit-year here as in the report.
 *
 * @param existing - the rows currently in the store
 * @param incoming - submissions from this run (accepted and superseded ones are stored)
 * @param now - ISO timestamp of this run
 * @param units - the units registry, when there is one (as given to `consolidate`)
 * @returns the new store rows: existing rows in their order (status updated), then the new rows
 * @example
 * const once = mergeStore([], [corrected2024], now);
 * mergeStore(once, [corrected2024], later) //=> equal to `once`
 */
export function mergeStore(
  existing: readonly StoreRow[],
  incoming: readonly Submission[],
  now: string,
  units?: readonly UnitRecord[],
): StoreRow[] {
  const rows = [...existing];
  const unitYearKey = resolveStoreUnits(existing, incoming, units);
  const versions = indexVersions(rows, unitYearKey);
  const candidates = incoming.filter((s) => s.status !== "rejected" && s.entries.length > 0).sort(compareRecency);
  for (const submission of candidates) {
    const key = unitYearKey(submission.unitCode, submission.unitName, submission.year);
    const known = versions.get(key) ?? [];
    const fresh = toStoreRows(submission, "active", now);
    const fingerprint = fingerprintOf(fresh);
    if (known.some((v) => v.fingerprint === fingerprint)) continue;
    const active = known.filter((v) => v.indices.some((i) => rows[i]?.status === "active"));
    const wins = active.every((v) => compareRecency(submission, v) > 0);
    if (wins) {
      for (const version of active) {
        for (const i of version.indices)
          rows[i] = { ...(rows[i] as StoreRow), status: "superseded", supersededAt: now };
      }
    }
    const added = wins ? fresh : toStoreRows(submission, "superseded", now);
    const start = rows.length;
    rows.push(...added);
    const version = {
      fingerprint,
      reportDate: submission.reportDate,
      order: submission.order,
      indices: added.map((_, i) => start + i),
    };
    versions.set(key, [...known, version]);
  }
  return rows;
}
