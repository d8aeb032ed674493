import type { Count, MeasureCode } from "../types";
import { sumMeasures } from "./sumMeasures";
import type { Consolidation, SeriesPoint } from "./types";
import { codeIdentity } from "../units/unitIdentity";

/** One unit's counts of one year, summed over fields, levels and types (unknown and partial as in `sumMeasures`). */
export interface UnitYearRow {
  readonly unitKey: string;
  readonly unitCode: string | null;
  readonly unitName: string;
  readonly year: number;
  readonly new: Count;
  readonly cumulative: Count;
  readonly partial?: readonly MeasureCode[];
}

/** Follows each unit's first successor to the unit that exists today (cycles stop where they close). */
function finalUnitKeys(c: Consolidation): Map<string, string> {
  const byCode = new Map(c.units.filter((u) => u.code !== null).map((u) => [codeIdentity(u.code as string), u]));
  const target = new Map<string, string>();
  for (const unit of c.units) {
    let current = unit;
    const seen = new Set<string>([current.key]);
    for (;;) {
      const next = current.successors?.[0] ? byCode.get(codeIdentity(current.successors[0])) : undefined;
      if (!next || seen.has(next.key)) break;
      seen.add(next.key);
      current = next;
    }
    target.set(unit.key, current.key);
  }
  return target;
}

/**
 * Per-unit yearly series (new and cumulative summed over fields, levels and types), either as
 * reported or re-based on today's units: with `rebased`, every unit the registry says was merged
 * away is rolled up into its (first) successor, following chains, so a merged commune's history
 * continues under the new commune. Units in registry order, then the others; years ascending.
 *
 * @param c - the consolidation (its units carry the registry's successors)
 * @param rebased - false: as reported; true: re-based on today's units
 * @returns one row per unit and year with accepted data
 * @example
 * sumUnitSeries(c, true).filter((r) => r.unitCode === "M01") //=> the merged communes' 2016–2024 plus M01's 2025
 */
export function sumUnitSeries(c: Consolidation, rebased: boolean): UnitYearRow[] {
  const target = rebased ? finalUnitKeys(c) : new Map<string, string>();
  const unitOf = new Map(c.units.map((u) => [u.key, u]));
  const points = new Map<string, SeriesPoint[]>();
  for (const point of c.series) {
    const key = `${target.get(point.unitKey) ?? point.unitKey}\u0000${point.year}`;
    points.set(key, [...(points.get(key) ?? []), point]);
  }
  const rows: UnitYearRow[] = [];
  for (const unit of c.units) {
    for (const year of c.years) {
      const list = points.get(`${unit.key}\u0000${year}`);
      const shown = unitOf.get(unit.key);
      if (list && shown)
        rows.push({ unitKey: unit.key, unitCode: shown.code, unitName: shown.name, year, ...sumMeasures(list) });
    }
  }
  return rows;
}
