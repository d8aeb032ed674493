import type { ParsedModelList } from "../parse/list/types";

/**
 * The Mẫu 02-DVK lists a submission of a workbook is compared with. A workbook is one unit, so
 * its lists belong to its submissions; with several submissions (a sheet per year) a list goes to
 * the submission of the year its title states. In order: lists stating the submission's year;
 * else lists stating no year; else, when the workbook holds one submission and one list, that list.
 *
 * @param year - the submission's report year (null: nothing to compare)
 * @param lists - every list found in the workbook
 * @param submissionCount - how many submissions the workbook holds
 * @returns the lists to compare with
 * @example
 * matchLists(2024, [list2023, list2024], 2).map((l) => l.year) //=> [2024]
 */
export function matchLists(
  year: number | null,
  lists: readonly ParsedModelList[],
  submissionCount: number,
): readonly ParsedModelList[] {
  if (year === null || lists.length === 0) return [];
  const sameYear = lists.filter((l) => l.year === year);
  if (sameYear.length > 0) return sameYear;
  const undated = lists.filter((l) => l.year === null);
  if (undated.length > 0) return undated;
  return submissionCount === 1 && lists.length === 1 ? lists : [];
}
