const MS_PER_DAY = 86_400_000;
/** 1899-12-30 UTC: serial 0 in the 1900 date system (Excel counts the fictitious 29/2/1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01 UTC: serial 0 in the 1904 date system (old Mac workbooks). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Converts an Excel date serial to the calendar day it shows, as a `Date` at UTC midnight (the
 * `CellValue` convention), so the result does not depend on the machine's time zone. The time of
 * day is dropped. Serials before 1/3/1900 in the 1900 system follow Excel's display (serial 60 is
 * the non-existent 29/2/1900 and is not a date).
 *
 * @param serial - the cell's number
 * @param date1904 - true for workbooks in the 1904 date system
 * @returns the day, or null for a serial that is not a usable date (negative, NaN, 60, > 9999-12-31)
 * @example
 * excelSerialToDate(45224)?.toISOString() //=> "2023-10-25T00:00:00.000Z"
 */
export function excelSerialToDate(serial: number, date1904 = false): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (date1904) return new Date(EPOCH_1904 + day * MS_PER_DAY);
  if (day === 60) return null;
  // Before the fictitious 29/2/1900 the 1899-12-30 epoch is one day off.
  const offset = day < 60 ? day + 1 : day;
  return new Date(EPOCH_1900 + offset * MS_PER_DAY);
}
