const REMARK = /\([^()]*\)|\[[^[\]]*\]/gu;

/**
 * A label without its parenthesised or bracketed remarks ("Khác (ghi rõ)" → "Khác"), which an officer
 * reads past: they say how to fill the row in, not what it is. Nested remarks go too.
 *
 * @param text - a label as written
 * @returns the label without remarks, spaces collapsed (the text itself when nothing else is left)
 * @example
 * dropRemarks("Lĩnh vực khác (nếu có)") //=> "Lĩnh vực khác"
 * dropRemarks("(ghi rõ)") //=> "(ghi rõ)"
 */
export function dropRemarks(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(REMARK, " ");
    if (next === out) break;
    out = next;
  }
  const cleaned = out.replace(/\s+/gu, " ").trim();
  return cleaned === "" ? text.trim() : cleaned;
}
