// "…, ngày 25 tháng 10 năm 2023" or "…, ngày 25/10/2023" (also "-" and "." between the numbers).
const DATE_LINE = /ngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*|[./-]\s*\d{1,2}\s*[./-]\s*)\d{4}/iu;

/**
 * True for a place-and-date line ("Na Hang, ngày 25 tháng 10 năm 2023", "Tân Lập, ngày 25/10/2022"):
 * the line that dates a document, never a label, a title or an issuer.
 *
 * @param text - a cell's text
 * @returns whether it holds "ngày" followed by a full date
 * @example
 * isDateLine("Yên Phú, ngày 27 tháng 10 năm 2020") //=> true
 * isDateLine("Ngày báo cáo:") //=> false
 */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}
