/**
 * The administrative reform of 1 July 2025 (sắp xếp đơn vị hành chính): the districts were abolished, so the
 * "Cấp huyện" recognition level ends, and communes were merged into new ones. Every part of the tool that
 * depends on the reform (blank forms' levels, the break on trend charts, labels) reads it from here.
 */
export const REFORM_DATE = { year: 2025, month: 7, day: 1 } as const;

/** The reform date as printed in reports and on charts: "1/7/2025". */
export const REFORM_DATE_TEXT = `${REFORM_DATE.day}/${REFORM_DATE.month}/${REFORM_DATE.year}`;

/**
 * Whether a report year lies wholly after the reform. The reform took effect mid-year, so the report of its
 * own year (2025) still covers months when districts recognised models; the next year's (2026) is the first
 * with no district level.
 *
 * @param year - the report year
 * @returns true from the year after the reform's year on
 * @example
 * [isAfterReform(2025), isAfterReform(2026)] //=> [false, true]
 */
export function isAfterReform(year: number): boolean {
  return year > REFORM_DATE.year;
}
