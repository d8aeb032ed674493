/** A report dated in January or February closes the year before (the emulation year ends on 31 October). */
const LAST_MONTH_OF_LATE_REPORTS = 2;

/**
 * The report year a report's date points to: the date's year, except that a report dated in
 * January or February is the previous year's (yearly reports are often signed after the new
 * year, and the emulation year runs from 1 November to 31 October).
 *
 * @param iso - the report date, `yyyy-mm-dd`
 * @returns the report year
 * @example
 * reportYearOfDate("2020-10-27") //=> 2020
 * reportYearOfDate("2021-01-15") //=> 2020
 */
export function reportYearOfDate(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) <= LAST_MONTH_OF_LATE_REPORTS ? year - 1 : year;
}
