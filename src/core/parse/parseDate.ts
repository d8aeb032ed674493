import { isValid } from "date-fns";
import type { CellValue } from "../types";

const DAY_MS = 86_400_000;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const WORDED_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;

/** ISO "yyyy-mm-dd" of a calendar date, or null when the date does not exist (31/02). */
function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!isValid(date) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return null;
  return date.toISOString().slice(0, 10);
}

/** ISO date of an Excel serial day number (1900 system with its phantom 29/02/1900, or 1904). */
function isoOfSerial(serial: number, date1904: boolean): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  let epoch = Date.UTC(1904, 0, 1);
  if (!date1904) epoch = serial > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  if (!date1904 && serial === 60) return null;
  return new Date(epoch + serial * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Finds a date written in Vietnamese style in a text: "25/10/2023", "25-10-2023", "25.10.2023",
 * "ngày 25 tháng 10 năm 2023" (also inside a longer line such as "Na Hang, ngày 25 tháng 10 năm
 * 2023") or ISO "2023-10-25".
 *
 * @param text - NFC text
 * @returns the ISO date, or null when the text holds no valid date
 * @example
 * findDateInText("Na Hang, ngày 25 tháng 10 năm 2023") //=> "2023-10-25"
 */
export function findDateInText(text: string): string | null {
  const lower = text.toLowerCase();
  const worded = WORDED_DATE.exec(lower);
  if (worded) return isoOf(Number(worded[3]), Number(worded[2]), Number(worded[1]));
  const iso = ISO_DATE.exec(lower);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(lower);
  return numeric ? isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) : null;
}

/**
 * Reads a report date from a cell: a Date (UTC midnight of the day), an Excel serial number
 * (1900 system, or 1904 when the workbook says so) or a text date. Never uses local time.
 *
 * @param value - the raw cell value
 * @param text - the cleaned text of a string cell
 * @param date1904 - true for workbooks in the 1904 date system
 * @returns the ISO date "yyyy-mm-dd", or null when the cell holds no valid date
 * @example
 * parseDateCell(45224, "", false) //=> "2023-10-25"
 */
export function parseDateCell(value: CellValue, text: string, date1904 = false): string | null {
  // Round to the nearest UTC midnight: a reader that produced local midnight (+07:00) is off by hours.
  if (value instanceof Date)
    return isValid(value) ? new Date(Math.round(value.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10) : null;
  if (typeof value === "number") return isoOfSerial(value, date1904);
  if (typeof value === "string") return findDateInText(text);
  return null;
}
