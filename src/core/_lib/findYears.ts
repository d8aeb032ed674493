const YEAR = /(?<!\d)(20\d\d)(?!\d)/g;

/**
 * Every 4-digit year 2000–2099 written in a text (not part of a longer number).
 *
 * @param text - any text: a title, a sheet name, a file name
 * @returns the years in order of appearance
 * @example
 * findYears("bao-cao-2023 (ban 2).xlsx") //=> [2023]
 */
export function findYears(text: string): number[] {
  return Array.from(text.matchAll(YEAR), (m) => Number(m[1]));
}
