/**
 * Tells whether an Excel number format displays a date: it has a day, month or year code outside
 * quoted text, escapes and colour/condition brackets. Pure time formats ("h:mm") are not dates.
 *
 * @param format - the cell's number format, e.g. "dd/mm/yyyy" or "#,##0"
 * @returns true for date formats
 * @example
 * isDateNumberFormat("dd/mm/yyyy") //=> true
 * isDateNumberFormat("#,##0") //=> false
 */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const section = format.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}
