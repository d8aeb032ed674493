import { editDistance } from "../_lib/editDistance";
import { matchKey } from "../text/matchKey";
import type { AliasTable, FieldCode, LevelCode, MeasureCode, TypeCode } from "../types";
import { type DimensionMember, FIELDS, LEVELS, MEASURES, TYPES } from "./dimensions";

/** The four label dimensions of the form. */
export type Dimension = "field" | "level" | "type" | "measure";

/** Canonical code type of a dimension. */
export type CodeOf<D extends Dimension> = {
  field: FieldCode;
  level: LevelCode;
  type: TypeCode;
  measure: MeasureCode;
}[D];

const MEMBERS: { readonly [D in Dimension]: readonly DimensionMember<CodeOf<D>>[] } = {
  field: FIELDS,
  level: LEVELS,
  type: TYPES,
  measure: MEASURES,
};

/** Match key → code for the built-in labels and aliases of one dimension. */
function builtInKeys<D extends Dimension>(dimension: D): Map<string, CodeOf<D>> {
  const keys = new Map<string, CodeOf<D>>();
  for (const member of MEMBERS[dimension]) {
    for (const label of [member.vi, member.en, member.code, ...member.aliases]) keys.set(matchKey(label), member.code);
  }
  return keys;
}

const BUILT_IN: { readonly [D in Dimension]: ReadonlyMap<string, CodeOf<D>> } = {
  field: builtInKeys("field"),
  level: builtInKeys("level"),
  type: builtInKeys("type"),
  measure: builtInKeys("measure"),
};

const WITH_ALIASES = new WeakMap<AliasTable, Map<Dimension, ReadonlyMap<string, string>>>();

/** Built-in keys plus the officer's aliases (which win on conflict); cached per alias table. */
function keysOf<D extends Dimension>(dimension: D, aliases?: AliasTable): ReadonlyMap<string, CodeOf<D>> {
  const builtIn = BUILT_IN[dimension] as ReadonlyMap<string, CodeOf<D>>;
  const extra = aliases?.[dimension];
  if (!aliases || !extra) return builtIn;
  const cached = WITH_ALIASES.get(aliases)?.get(dimension);
  if (cached) return cached as ReadonlyMap<string, CodeOf<D>>;
  const keys = new Map<string, CodeOf<D>>(builtIn);
  for (const [label, code] of Object.entries(extra)) keys.set(matchKey(label), code as CodeOf<D>);
  const perTable = WITH_ALIASES.get(aliases) ?? new Map<Dimension, ReadonlyMap<string, string>>();
  perTable.set(dimension, keys);
  WITH_ALIASES.set(aliases, perTable);
  return keys;
}

/** Options of `resolveLabel`. */
export interface ResolveLabelOptions {
  /** Also accept a label that starts with a known label ("Lũy kế đến 31/10/2023"); the longest wins. */
  readonly prefix?: boolean;
}

/**
 * The canonical code a label stands for in one dimension, matched through `matchKey` against the
 * catalogue's labels and aliases and the officer's alias table. Exact matches win over prefixes.
 *
 * @param dimension - "field", "level", "type" or "measure"
 * @param text - the label as written
 * @param aliases - the officer's extra aliases
 * @param options - `prefix: true` to accept known labels followed by more words
 * @returns the code, or null when the label matches nothing
 * @example
 * resolveLabel("field", "VH-XH") //=> "van-hoa-xa-hoi"
 * resolveLabel("measure", "Lũy kế đến nay 2023", undefined, { prefix: true }) //=> "cumulative"
 */
export function resolveLabel<D extends Dimension>(
  dimension: D,
  text: string,
  aliases?: AliasTable,
  options: ResolveLabelOptions = {},
): CodeOf<D> | null {
  const key = matchKey(text);
  if (key === "") return null;
  const keys = keysOf(dimension, aliases);
  const exact = keys.get(key);
  if (exact !== undefined || !options.prefix) return exact ?? null;
  let best: { length: number; code: CodeOf<D> } | null = null;
  for (const [known, code] of keys) {
    if (key.startsWith(`${known} `) && known.length > (best?.length ?? 0)) best = { length: known.length, code };
  }
  return best?.code ?? null;
}

/** Below this similarity a suggestion is a guess, not a match. */
const WEAK = 0.5;
/** Leading words that say nothing about which member is meant ("Lĩnh vực …", "Cấp …"). */
const GENERIC_LEAD = [matchKey("Lĩnh vực"), matchKey("Cấp"), matchKey("Số")];

/** The key without a generic leading word, so "Lĩnh vực môi trường" is compared as "môi trường". */
function specific(key: string): string {
  const lead = GENERIC_LEAD.find((word) => key.startsWith(`${word} `));
  return lead ? key.slice(lead.length + 1) : key;
}

/**
 * How alike two keys are, 0–1: the better of word overlap (Dice) and normalised edit distance, so a
 * typo ("Kinh tê") and a shorter or reordered wording ("An ninh", "xây dựng nông thôn mới") both score high.
 */
function similarity(a: string, b: string): number {
  const spelling = 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
  const wa = new Set(a.split(" ").filter(Boolean));
  const wb = new Set(b.split(" ").filter(Boolean));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const words = wa.size + wb.size > 0 ? (2 * shared) / (wa.size + wb.size) : 0;
  return Math.max(spelling, words);
}

/**
 * The catalogue label closest to an unknown label (word overlap or spelling of match keys), to suggest
 * it to the officer. For fields, a label close to none of them is suggested as "Lĩnh vực khác".
 *
 * @param dimension - the dimension to search
 * @param text - the unknown label
 * @param aliases - the officer's extra aliases
 * @returns the code and Vietnamese display label of the closest member
 * @example
 * suggestLabel("field", "Kinh tê").label //=> "Kinh tế"
 */
export function suggestLabel<D extends Dimension>(
  dimension: D,
  text: string,
  aliases?: AliasTable,
): { code: CodeOf<D>; label: string } {
  const key = specific(matchKey(text));
  const members = MEMBERS[dimension] as readonly DimensionMember<CodeOf<D>>[];
  let best = { score: -1, code: (members[0] as DimensionMember<CodeOf<D>>).code };
  for (const [known, code] of keysOf(dimension, aliases)) {
    const score = similarity(key, specific(known));
    if (score > best.score) best = { score, code };
  }
  // Nothing really close: a field the form does not list belongs to "Lĩnh vực khác" (domain.md §1.1).
  if (dimension === "field" && best.score < WEAK) best = { score: best.score, code: "khac" as CodeOf<D> };
  const member = members.find((m) => m.code === best.code);
  return { code: best.code, label: member?.vi ?? best.code };
}
