import { memoizeByText } from "../_lib/memoizeByText";
import { matchKey } from "../text/matchKey";
import { dropRemarks } from "../text/dropRemarks";
import { readListMarker } from "../text/readListMarker";
import { splitPhrases } from "../text/splitPhrases";

/** The labelled fields of the header block. */
export type HeaderField = "unit" | "unitCode" | "year" | "reportDate";

/**
 * The words that carry each field's meaning. A label names the most specific field among its
 * words: the unit's code or the report date before the year ("Ngày, tháng, năm báo cáo" is a
 * date), the year before the unit ("Năm báo cáo của đơn vị" is a year).
 */
const FIELD_WORDS: readonly (readonly [HeaderField, readonly string[]])[] = [
  ["unitCode", ["mã", "mã số", "ký hiệu", "code"]],
  ["reportDate", ["ngày", "ngày tháng", "thời điểm"]],
  ["year", ["năm", "kỳ", "kì", "niên độ"]],
  ["unit", ["đơn vị", "đv", "cơ quan", "tổ chức", "địa phương"]],
];

/** Words that carry no field of their own: what the label is about, linking words, verbs of the form. */
const GENERIC_WORDS = [
  "báo cáo",
  "bc",
  "tên",
  "số",
  "của",
  "lập",
  "gửi",
  "nộp",
  "ban hành",
  "thực hiện",
  "và",
  "hoặc",
  "tháng",
  "ghi",
  "kê khai",
];

const PHRASES = new Map<string, HeaderField | "generic">([
  ...FIELD_WORDS.flatMap(([field, words]) => words.map((w) => [matchKey(w), field] as const)),
  ...GENERIC_WORDS.map((w) => [matchKey(w), "generic"] as const),
]);
const PRECEDENCE: readonly HeaderField[] = FIELD_WORDS.map(([field]) => field);
/** A header label is a short phrase; a longer text is a sentence that happens to use these words. */
const MAX_WORDS = 8;

/** The field a label text names, or null when a word is not in the vocabulary or no word names a field. */
function fieldOf(label: string): HeaderField | null {
  // Numbering ("1.", "a)", "I.", "-") and parenthesised remarks ("(ghi rõ)") carry no meaning.
  const key = matchKey(dropRemarks(readListMarker(label).label));
  if (key === "") return null;
  const words = key.split(" ");
  if (words.length > MAX_WORDS) return null;
  const meanings = new Set<HeaderField | "generic" | undefined>(splitPhrases(words, PHRASES).map((s) => s.value));
  if (meanings.has(undefined)) return null;
  return PRECEDENCE.find((field) => meanings.has(field)) ?? null;
}

/**
 * Reads a header-block cell as a field label, by the meaning of its words rather than from a
 * list of exact labels: "Đơn vị báo cáo:", "Tên đơn vị:", "Cơ quan, đơn vị báo cáo:", "Đơn vị"
 * name the unit; "Mã đơn vị:", "Mã số:" its code; "Năm báo cáo:", "Báo cáo năm:", "Kỳ báo
 * cáo:", "Năm:" the year; "Ngày báo cáo:", "Ngày lập:" the report date. Every word before the
 * colon must belong to the header vocabulary (field words plus words such as "báo cáo", "tên",
 * "của" that name no field), in any order, with any case, tone placement, numbering or
 * parenthesised remark; a cell without a colon must be the label alone. A value typed after the
 * colon is returned as `inline` (a run of dots or underscores, the form's blank, is empty).
 *
 * @param text - the cleaned text of a cell
 * @returns the field and the text after the colon, or null when the cell is not a label
 * @example
 * readHeaderLabel("Kỳ báo cáo: Năm 2020") //=> { field: "year", inline: "Năm 2020" }
 * readHeaderLabel("Cơ quan, đơn vị báo cáo:") //=> { field: "unit", inline: "" }
 * readHeaderLabel("Yên Phú, ngày 27 tháng 10 năm 2020") //=> null
 */
export function readHeaderLabel(text: string): { field: HeaderField; inline: string } | null {
  return HEADER_LABELS(text);
}

/** `readHeaderLabel` without the memo. */
function readLabel(text: string): { field: HeaderField; inline: string } | null {
  const colon = text.search(/[:：]/u);
  const field = fieldOf(colon < 0 ? text : text.slice(0, colon));
  if (!field) return null;
  const inline = colon < 0 ? "" : text.slice(colon + 1).trim();
  return { field, inline: /^[.…_\s-]*$/u.test(inline) ? "" : inline };
}

const HEADER_LABELS = memoizeByText(readLabel);
