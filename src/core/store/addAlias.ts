import { matchKey } from "../text/matchKey";
import type { AliasEntry } from "./aliasEntry";

/**
 * Adds the alias the officer confirmed (one click on an "unknown label" suggestion): a new spelling
 * is appended; a spelling already listed in the same group is pointed at the new code.
 *
 * @param entries - the current aliases
 * @param entry - the confirmed alias
 * @returns the new list; the input is not changed
 * @example
 * addAlias([], { dimension: "field", text: "KT-XH", code: "kinh-te" }).length //=> 1
 */
export function addAlias(entries: readonly AliasEntry[], entry: AliasEntry): AliasEntry[] {
  const key = matchKey(entry.text);
  const at = entries.findIndex((e) => e.dimension === entry.dimension && matchKey(e.text) === key);
  if (at < 0) return [...entries, entry];
  return entries.map((e, i) => (i === at ? entry : e));
}
