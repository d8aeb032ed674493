import { LEVELS } from "../catalogue/dimensions";
import { isAfterReform } from "../catalogue/reformDate";

/**
 * The recognition level groups a blank Mẫu 01-DVK offers for a report year: every level (Cấp xã, Cấp huyện,
 * Cấp tỉnh) for report years up to 2025, and no "Cấp huyện" group for report years wholly after the 1/7/2025
 * reform that abolished the districts, i.e. from 2026 on (`isAfterReform`: a 2025 report still covers the first
 * half of 2025, when districts recognised models). Without a year every level is offered, so the form fits a
 * report of any year. The reader accepts either layout: it checks only the levels a table has.
 *
 * @param year - the report year, if known
 * @returns the levels, lowest first
 * @example
 * pickTemplateLevels(2026).map((l) => l.code) //=> ["xa", "tinh"]
 */
export function pickTemplateLevels(year?: number): typeof LEVELS {
  if (year === undefined || !isAfterReform(year)) return LEVELS;
  return LEVELS.filter((level) => level.code !== "huyen");
}
