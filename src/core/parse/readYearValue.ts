const YEAR = /(?<!\d)(19\d\d|20\d\d)(?!\d)/gu;
// "năm 2020", "Năm: 2020" — a year named as such.
const NAMED_YEAR = /(?<![\p{L}\p{M}])năm\s*:?\s*(19\d\d|20\d\d)(?!\d)/giu;

/**
 * Reads the report year from a text that states it: "2020", "Năm 2020", "năm 2020 (từ
 * 01/11/2019 đến 31/10/2020)", "2019-2020", "từ 01/11/2019 đến 31/10/2020". A year written after
 * the word "năm" is the report year; otherwise the latest year written, because a period or a
 * range ends in the year it reports (the emulation year runs from 1 November to 31 October).
 * Only 4-digit years 1900–2099 that are not part of a longer number count.
 *
 * @param text - the text of a year cell, a title, a sheet or file name
 * @returns the year, or null when the text holds none
 * @example
 * readYearValue("Kỳ báo cáo: năm 2020 (từ 01/11/2019 đến 31/10/2020)") //=> 2020
 * readYearValue("2019 - 2020") //=> 2020
 * readYearValue("năm nay") //=> null
 */
export function readYearValue(text: string): number | null {
  const nfc = text.normalize("NFC");
  const named = Array.from(nfc.matchAll(NAMED_YEAR), (m) => Number(m[1]));
  if (named.length > 0) return Math.max(...named);
  const years = Array.from(nfc.matchAll(YEAR), (m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}
