/**
 * The kinds of item marker an officer puts before a row label, from the outline styles of Vietnamese
 * reports: "I." (roman), "A." (capital letter), "1." (number), "1.1" (nested number), "a)" (letter),
 * "-", "+", "*", "•" (bullet), or none.
 */
export type ListMarker = "roman" | "capital" | "number" | "nested" | "letter" | "bullet" | "none";

const NESTED = /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?(?=\s|[^\d.\s]|$)\s*[.)/:\-–]?\s*/u;
const NUMBER = /^\s*\(?\d{1,2}\s*[.)/:\-–]\s*/u;
const ROMAN = /^\s*\(?[IVX]{1,5}\s*[.)/:\-–]\s*/u;
const CAPITAL = /^\s*\(?[A-ZĐ]\s*[.)/:]\s*/u;
const LETTER = /^\s*\(?[a-zđ]\s*[.)/:]\s*/u;
const BULLET = /^\s*[-+*•·–—○●▪■►>❖✓]+\s*/u;

const PATTERNS: readonly (readonly [ListMarker, RegExp])[] = [
  ["nested", NESTED],
  ["number", NUMBER],
  ["roman", ROMAN],
  ["capital", CAPITAL],
  ["letter", LETTER],
  ["bullet", BULLET],
];

/**
 * Splits a row label into its item marker and the label proper. A marker is only taken when a
 * label follows it ("1." alone stays "1."), so a cell holding only a number or a dash is not a label.
 *
 * @param text - the label cell's text
 * @returns the marker kind and the label without it (trimmed)
 * @example
 * readListMarker("II. Văn hóa – Xã hội") //=> { marker: "roman", label: "Văn hóa – Xã hội" }
 * readListMarker("1.2 Trồng rừng") //=> { marker: "nested", label: "Trồng rừng" }
 * readListMarker("- Chăn nuôi") //=> { marker: "bullet", label: "Chăn nuôi" }
 * readListMarker("Kinh tế") //=> { marker: "none", label: "Kinh tế" }
 */
export function readListMarker(text: string): { marker: ListMarker; label: string } {
  for (const [marker, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const label = text.slice(match[0].length).trim();
    if (/\p{L}/u.test(label)) return { marker, label };
  }
  return { marker: "none", label: text.trim() };
}
