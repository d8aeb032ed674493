import { LEVELS } from "../catalogue/dimensions";

/**
 * The first report year with no district level. The district level ("cấp huyện") was abolished on 1/7/2025,
 * but a 2025 report still covers the first half of 2025, when districts recognised models; a 2026 report is
 * the first written entirely after the reform.
 */
export const FIRST_YEAR_WITHOUT_DISTRICTS = 2026;

/**
 * The recognition level groups a blank Mẫu 01-DVK offers for a report year: every level (Cấp xã, Cấp huyện,
 * Cấp tỉnh) for report years up to 2025, and no "Cấp huyện" group for report years after the 1/7/2025 reform,
 * i.e. from 2026 on (`FIRST_YEAR_WITHOUT_DISTRICTS`). Without a year every level is offered, so the form fits
 * a report of any year. The reader accepts either layout: it checks only the levels a table has.
 *
 * @param year - the report year, if known
 * @returns the levels, lowest first
 * @example
 * pickTemplateLevels(2026).map((l) => l.code) //=> ["xa", "tinh"]
 */
export function pickTemplateLevels(year?: number): typeof LEVELS {
  if (year === undefined || year < FIRST_YEAR_WITHOUT_DISTRICTS) return LEVELS;
  return LEVELS.filter((level) => level.code !== "huyen");
}
