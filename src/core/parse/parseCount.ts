import { matchKey } from "../text/matchKey";
import { splitPhrases } from "../text/splitPhrases";
import type { CellValue } from "../types";

/** What a count cell holds, before the count rules judge it. */
export type CountRead =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly text?: string }
  | { readonly kind: "not-a-number"; readonly text: string }
  | { readonly kind: "formula-error"; readonly error: string };

const PLAIN = /^[+-]?\d+$/;
// "1.277", "1 277", "12.345.678": "." or (non-breaking/thin) space as thousands separator.
const GROUPED = /^[+-]?\d{1,3}(?:([. \u00a0\u202f])\d{3})(?:\1\d{3})*$/;
const DASH_ONLY = /^[-\u2013\u2014]$/;
const FORMULA_ERROR =
  /^#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

// A number at the start of a text: grouped ("1.277") when it is, else plain digits.
const LEADING_NUMBER = /^[+-]?(?:\d{1,3}(?:([. \u00a0\u202f])\d{3})(?:\1\d{3})*(?!\d)|\d+)/u;

/**
 * Words that only name what is counted: the form's count nouns and classifiers ("12 mô hình",
 * "03 MH", "5 (cá nhân)", "07 điển hình"). A word outside this list ("khoảng", "trên", "trở lên",
 * "mới") may change the number's meaning, so such a text stays not-a-number.
 */
const COUNTED = new Map(
  [
    "mô hình",
    "MH",
    "điển hình",
    "ĐH",
    "tập thể",
    "cá nhân",
    "gương",
    "người",
    "cái",
    "tấm gương",
    "mô hình điển hình",
    "gương điển hình",
  ].map((w) => [matchKey(w), true] as const),
);

/** Whether a text after a number only names what is counted, optionally in one pair of parentheses. */
function namesCounted(rest: string): boolean {
  const inner = /^\((.*)\)$/su.exec(rest)?.[1] ?? rest;
  if (/[^\p{L}\p{M}\s]/u.test(inner)) return false; // a second number, a range, "+", "?"…
  const words = matchKey(inner)
    .split(" ")
    .filter((w) => w !== "");
  return words.length > 0 && splitPhrases(words, COUNTED).every((s) => s.value !== undefined);
}

/** Reads a count typed as text; null when the text is not a whole number in a known style. */
function parseCountText(text: string): number | null {
  if (DASH_ONLY.test(text)) return 0; // "-" is the usual way to write "none" in Vietnamese tables
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/[. \u00a0\u202f]/g, ""));
  const number = LEADING_NUMBER.exec(text)?.[0];
  if (number !== undefined && namesCounted(text.slice(number.length).trim())) return parseCountText(number);
  return null;
}

/** Text shown for a non-numeric value in a message. */
function describeValue(value: Date | boolean): string {
  return value instanceof Date
    ? Number.isNaN(value.getTime())
      ? "?"
      : value.toISOString().slice(0, 10)
    : String(value);
}

/**
 * Reads one count cell: blank is 0 and reads as "blank"; numbers as they are; numbers typed as
 * text (" 7 ", "07", "1.277", "1 277") are read and keep their original text, and so is a whole
 * number followed only by words naming what is counted ("12 mô hình", "03 MH", "5 (cá nhân)");
 * anything else — a qualifier before the number ("khoảng 5", "trên 10"), a range ("5-6"), a
 * second number, or any other word after it ("10 trở lên") — is not a number; formula errors
 * (`{ error: "#REF!" }` or the error text) are reported as such.
 *
 * @param value - the raw cell value (a formula arrives as its cached value)
 * @param text - the cleaned text of a string cell
 * @returns what the cell holds
 * @example
 * readCount("1.277", "1.277") //=> { kind: "number", value: 1277, text: "1.277" }
 * readCount("12 mô hình", "12 mô hình") //=> { kind: "number", value: 12, text: "12 mô hình" }
 * readCount("khoảng 5", "khoảng 5").kind //=> "not-a-number"
 */
export function readCount(value: CellValue, text: string): CountRead {
  if (value === null) return { kind: "blank" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "not-a-number", text: String(value) };
  if (typeof value === "string") {
    const trimmed = text.trim();
    if (trimmed === "") return { kind: "blank" };
    if (FORMULA_ERROR.test(trimmed)) return { kind: "formula-error", error: trimmed };
    const number = parseCountText(trimmed);
    return number === null ? { kind: "not-a-number", text: trimmed } : { kind: "number", value: number, text: value };
  }
  if (typeof value === "object" && !(value instanceof Date))
    return { kind: "formula-error", error: String(value.error) };
  return { kind: "not-a-number", text: describeValue(value) };
}

/**
 * The number a count cell contributes: its value when it holds a number, else 0.
 *
 * @param read - the cell as read by `readCount`
 * @returns the number
 * @example
 * countValue({ kind: "blank" }) //=> 0
 */
export function countValue(read: CountRead): number {
  return read.kind === "number" ? read.value : 0;
}
