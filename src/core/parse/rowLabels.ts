import { memoizeByText } from "../_lib/memoizeByText";
import { interpretLabel } from "../catalogue/interpretLabel";
import { dropRemarks } from "../text/dropRemarks";
import { matchKey } from "../text/matchKey";
import { readListMarker } from "../text/readListMarker";

/** Words a total line starts with: "Tổng cộng", "Tổng số", "Cộng", "Tổng". */
const TOTAL_LEAD = new Set(["Tổng", "Cộng"].map(matchKey));

/**
 * True for the label of a total row or column: it starts with "Tổng" or "Cộng" ("Tổng cộng", "TỔNG
 * SỐ", "Cộng toàn xã", "Tổng cộng (I+II+III)") and names no field and no measure ("Tổng số lũy kế" is
 * the cumulative column, not a total).
 *
 * @param label - the label text
 * @returns whether it names a total
 * @example
 * isTotalLabel("TỔNG CỘNG") //=> true
 * isTotalLabel("Tổng số lũy kế") //=> false
 */
export function isTotalLabel(label: string): boolean {
  return TOTALS(label);
}

const TOTALS = memoizeByText(readTotal);

/** `isTotalLabel` without the memo. */
function readTotal(label: string): boolean {
  const bare = dropRemarks(readListMarker(label).label);
  const first = matchKey(bare).split(" ")[0] ?? "";
  if (!TOTAL_LEAD.has(first)) return false;
  return interpretLabel("field", bare).kind === "none" && interpretLabel("measure", bare).kind === "none";
}
