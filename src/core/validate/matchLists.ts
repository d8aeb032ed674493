import type { ParsedModelList } from "../parse/list/types";
import { matchKey } from "../text/matchKey";

/** What matching needs to know of a submission. */
export interface ListTarget {
  readonly year: number | null;
  readonly unitName: string | null;
}

/** True when the list's title, unit line or sheet name names the unit ("… – XÃ YÊN PHÚ – NĂM 2024"). */
function namesUnit(list: ParsedModelList, unitName: string | null): boolean {
  const unit = unitName === null ? "" : matchKey(unitName);
  return unit !== "" && ` ${matchKey(`${list.heading} ${list.sheet}`)} `.includes(` ${unit} `);
}

/**
 * The Mẫu 02-DVK lists a submission of a workbook is compared with. A workbook is normally one
 * unit, so its lists belong to its submissions; with several submissions (a sheet per year) a list
 * goes to the submission of the year its title states. In order: lists stating the submission's
 * year; else lists stating no year; else, when the workbook holds one submission and one list, that
 * list. When several submissions of the workbook report the same year (a sheet per unit), only a
 * list whose title, unit line or sheet name names the unit is taken.
 *
 * @param target - the submission's report year (null: nothing to compare) and unit name
 * @param lists - every list found in the workbook
 * @param workbook - every submission of the workbook (the target included)
 * @returns the lists to compare with
 * @example
 * matchLists({ year: 2024, unitName: "Xã A" }, [list2023, list2024], [s2023, s2024]).map((l) => l.year) //=> [2024]
 */
export function matchLists(
  target: ListTarget,
  lists: readonly ParsedModelList[],
  workbook: readonly ListTarget[],
): readonly ParsedModelList[] {
  const { year } = target;
  if (year === null || lists.length === 0) return [];
  const sameYear = lists.filter((l) => l.year === year);
  const undated = lists.filter((l) => l.year === null);
  const only = workbook.length === 1 && lists.length === 1 ? lists : [];
  const candidates = sameYear.length > 0 ? sameYear : undated.length > 0 ? undated : only;
  const sharesYear = workbook.filter((s) => s.year === year).length > 1;
  return sharesYear ? candidates.filter((l) => namesUnit(l, target.unitName)) : candidates;
}
