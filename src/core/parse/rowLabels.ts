import { matchKey } from "../text/matchKey";

const TOTAL_KEYS = new Set(["Tổng cộng", "Tổng số", "Cộng", "Tổng", "Tổng cộng toàn đơn vị", "Cộng chung"].map(matchKey));
// A leading item number in the label cell: "1. Kinh tế", "II - Văn hóa", "a) Khác".
const ENUMERATOR = /^\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\s*[.)/:\-–]\s*/iu;

/**
 * A row label without its leading item number ("1. Kinh tế" → "Kinh tế").
 *
 * @param text - the label cell text
 * @returns the label
 * @example
 * stripEnumerator("II. Văn hóa – Xã hội") //=> "Văn hóa – Xã hội"
 */
export function stripEnumerator(text: string): string {
  const stripped = text.replace(ENUMERATOR, "").trim();
  return stripped === "" ? text.trim() : stripped;
}

/**
 * True for the label of a total row or column ("Tổng cộng", "Tổng số", "Cộng").
 *
 * @param label - the label text
 * @returns whether it names a total
 * @example
 * isTotalLabel("TỔNG CỘNG") //=> true
 */
export function isTotalLabel(label: string): boolean {
  return TOTAL_KEYS.has(matchKey(label));
}

