import type { ListMarker } from "./readListMarker";

const KINDS: readonly (readonly [ListMarker, RegExp])[] = [
  ["nested", /^\d{1,2}(?:\.\d{1,2})+\.?$/u],
  ["number", /^\(?\d{1,2}[.)]?$/u],
  ["roman", /^[IVX]{1,5}[.)]?$/u],
  ["capital", /^[A-ZĐ][.)]?$/u],
  ["letter", /^[a-zđ][.)]?$/u],
  ["bullet", /^[-+*•·–—○●▪■►>❖✓]$/u],
];

/**
 * The kind of an item number written in a cell of its own (the "STT" column: "I", "1", "1.1", "a",
 * "-"), so rows numbered there are read as an outline like rows numbered in the label itself.
 *
 * @param value - the cell's value (a number or its text)
 * @returns the marker kind, or "none" when the cell holds no item number
 * @example
 * readItemNumber("II") //=> "roman"
 * readItemNumber(2) //=> "number"
 * readItemNumber("2.1") //=> "nested"
 */
export function readItemNumber(value: string | number | null): ListMarker {
  if (value === null) return "none";
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value < 100 ? "number" : "none";
  const text = value.trim();
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? "none";
}
