import { unitKey } from "../text/unitKey";
import type { UnitRecord } from "./types";

/** Levenshtein distance between two strings (by UTF-16 unit; keys are NFC so that is per letter). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Finds the registry unit whose name is closest to a given name (edit distance between unit keys),
 * for the suggestion in an `unknown-unit` warning.
 *
 * @param name - the unit name as written in the submission
 * @param units - the registry
 * @returns the closest unit, or null when the registry is empty
 * @example
 * findClosestUnit("Xa Tan Hoa", [{ code: "X1", name: "Xã Tân Hòa" }, { code: "X2", name: "Phường 1" }])?.code //=> "X1"
 */
export function findClosestUnit(name: string, units: readonly UnitRecord[]): UnitRecord | null {
  const key = unitKey(name);
  let best: UnitRecord | null = null;
  let bestDistance = Infinity;
  for (const unit of units) {
    const distance = editDistance(key, unitKey(unit.name));
    if (distance < bestDistance) {
      best = unit;
      bestDistance = distance;
    }
  }
  return best;
}
