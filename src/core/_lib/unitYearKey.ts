import { compositeKey } from "./compositeKey";

/**
 * The key of one unit's report for one year (`unit|year`): the slot in which later versions
 * supersede earlier ones, and the cell of the completeness grid.
 *
 * @param unit - the unit's identity (or any unit key), null when unknown
 * @param year - the report year, null when unknown
 * @returns `unit|year`
 * @example
 * unitYearKey("code:X01", 2024) //=> "code:X01|2024"
 */
export function unitYearKey(unit: string | null | undefined, year: number | null): string {
  return compositeKey(unit, year);
}
