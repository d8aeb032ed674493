import { REFORM_DATE } from "./reformDate";

/**
 * Where a series over `years` marks the reform: after the year before the reform's year, when that year is
 * directly followed by the reform's year (2024 then 2025); a series that does not show both has no break.
 *
 * @param years - the categories of the series, ascending
 * @returns the year after which the break falls, or undefined
 * @example
 * [findReformBreak([2023, 2024, 2025]), findReformBreak([2024, 2026])] //=> [2024, undefined]
 */
export function findReformBreak(years: readonly number[]): number | undefined {
  const before = REFORM_DATE.year - 1;
  const at = years.indexOf(before);
  return at >= 0 && years[at + 1] === REFORM_DATE.year ? before : undefined;
}
