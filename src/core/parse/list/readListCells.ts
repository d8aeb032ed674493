import { findYears } from "../../_lib/findYears";
import { matchKey } from "../../text/matchKey";
import type { CellValue } from "../../types";
import type { ModelStatus } from "./types";

const STOPPED = ["dừng", "ngừng", "không duy trì", "không còn", "giải thể", "tạm dừng"].map(matchKey);
const ACTIVE = ["duy trì", "đang", "hoạt động", "còn"].map(matchKey);

function hasWords(key: string, words: string): boolean {
  return ` ${key} `.includes(` ${words} `);
}

/**
 * Reads the "Năm công nhận" cell of a list row: a whole number, a date cell (its year) or a text
 * holding exactly one year ("2023", "Năm 2023", "12/5/2023").
 *
 * @param value - the raw cell value
 * @param text - the cleaned text of a string cell
 * @returns the year, or null when the cell holds none (or more than one)
 * @example
 * readListYear("năm 2023", "năm 2023") //=> 2023
 */
export function readListYear(value: CellValue, text: string): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1945 && value <= 2100 ? value : null;
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value !== "string") return null;
  const years = findYears(text);
  return years.length === 1 ? (years[0] ?? null) : null;
}

/**
 * Reads the "Tình trạng" cell: kept up ("Đang duy trì") or stopped ("Đã dừng").
 *
 * @param text - the cleaned cell text
 * @returns the status, or null when blank or not understood
 * @example
 * readListStatus("Đã dừng hoạt động") //=> "stopped"
 */
export function readListStatus(text: string): ModelStatus | null {
  const key = matchKey(text);
  if (key === "") return null;
  if (STOPPED.some((w) => hasWords(key, w))) return "stopped";
  if (ACTIVE.some((w) => hasWords(key, w))) return "active";
  return null;
}
