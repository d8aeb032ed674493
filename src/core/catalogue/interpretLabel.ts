import { memoizeByText } from "../_lib/memoizeByText";
import { dropRemarks } from "../text/dropRemarks";
import { matchKey } from "../text/matchKey";
import { readListMarker } from "../text/readListMarker";
import { splitPhrases } from "../text/splitPhrases";
import type { AliasTable } from "../types";
import { type CodeOf, type Dimension, resolveLabel } from "./resolveLabel";
import {
  FIELD_MEANINGS,
  GENERIC_WORDS,
  LEVEL_MEANINGS,
  MEASURE_MEANINGS,
  type Meaning,
  TYPE_MEANINGS,
} from "./vocabulary";

/**
 * How a label was read in one dimension:
 * - `exact`: it is a catalogue label or alias, or one of the officer's "Danh mục" entries (after
 *   dropping an item marker and remarks);
 * - `interpreted`: its meaningful words point to exactly one value (the officer is told);
 * - `ambiguous`: its meaningful words point to two or more values (never assigned);
 * - `none`: it says nothing about this dimension.
 */
export type LabelReading<C extends string> =
  | { readonly kind: "exact"; readonly code: C }
  | {
      readonly kind: "interpreted";
      readonly code: C;
      /** Only weak words named it ("mô hình"). */ readonly weak?: boolean;
    }
  | { readonly kind: "ambiguous"; readonly candidates: readonly C[] }
  | { readonly kind: "none" };

/** What one vocabulary phrase means in a dimension: a value (named strongly or weakly), or nothing. */
interface Term {
  readonly code: string | null;
  readonly strength: "strong" | "weak" | "generic";
}

const MEANINGS: { readonly [D in Dimension]: readonly Meaning<CodeOf<D>>[] } = {
  field: FIELD_MEANINGS,
  level: LEVEL_MEANINGS,
  type: TYPE_MEANINGS,
  measure: MEASURE_MEANINGS,
};

/** A dimension's vocabulary keyed by phrase; its own words win over a generic word of the same spelling. */
function vocabularyOf(dimension: Dimension): ReadonlyMap<string, Term> {
  const terms = new Map<string, Term>();
  GENERIC_WORDS.forEach((phrase) => terms.set(matchKey(phrase), { code: null, strength: "generic" }));
  for (const meaning of MEANINGS[dimension] as readonly Meaning<string>[]) {
    meaning.weak?.forEach((phrase) => terms.set(matchKey(phrase), { code: meaning.code, strength: "weak" }));
    meaning.strong.forEach((phrase) => terms.set(matchKey(phrase), { code: meaning.code, strength: "strong" }));
  }
  return terms;
}

const VOCABULARY: { readonly [D in Dimension]: ReadonlyMap<string, Term> } = {
  field: vocabularyOf("field"),
  level: vocabularyOf("level"),
  type: vocabularyOf("type"),
  measure: vocabularyOf("measure"),
};

/** What the words of a label mean in one dimension: the values named strongly and weakly. */
interface WordMeaning {
  readonly strong: ReadonlySet<string>;
  readonly weak: ReadonlySet<string>;
}

/** Reads a text's words against a dimension's vocabulary, phrase by phrase, longest first. */
function readWords(dimension: Dimension, text: string): WordMeaning {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const { value: term } of splitPhrases(matchKey(text).split(" ").filter(Boolean), VOCABULARY[dimension])) {
    if (term?.code && term.strength === "strong") strong.add(term.code);
    if (term?.code && term.strength === "weak") weak.add(term.code);
  }
  return { strong, weak };
}

/** The reading that the meaning of some words gives. */
function decide<C extends string>(meaning: WordMeaning): LabelReading<C> {
  const named = meaning.strong.size > 0 ? meaning.strong : meaning.weak;
  if (named.size === 0) return { kind: "none" };
  if (named.size > 1) return { kind: "ambiguous", candidates: [...named] as C[] };
  const code = [...named][0] as C;
  return meaning.strong.size > 0 ? { kind: "interpreted", code } : { kind: "interpreted", code, weak: true };
}

const DATES_AND_NUMBERS = /\d+(?:[./-]\d+)*/gu;

/** The reading by meaning alone (no exact aliases). */
function readByMeaning(dimension: Dimension, label: string): LabelReading<string> {
  const reading = decide(readWords(dimension, label));
  // A remark that names another value ("Khác (kinh tế tập thể)") is a remark: read without it.
  if (reading.kind === "ambiguous") {
    const bare = decide(readWords(dimension, dropRemarks(label)));
    if (bare.kind === "interpreted") return bare;
  }
  return reading;
}

/**
 * Reads a label the way an officer does. First the exact catalogue (built-in labels and aliases, and
 * the officer's "Danh mục", which wins), ignoring an item marker ("1.", "II.", "a)", "-") and
 * parenthesised remarks ("(nếu có)") and any year or date written after it; then by meaning: the label's words are matched, longest phrase
 * first, against the dimension's vocabulary (`vocabulary.ts`), whatever their order, separators or
 * generic words ("Lĩnh vực", "công tác", "các", "và"). Words that name one value read as it; words
 * that name two values are ambiguous and are never assigned.
 *
 * @param dimension - "field", "level", "type" or "measure"
 * @param text - the label as written
 * @param aliases - the officer's extra aliases
 * @returns the reading
 * @example
 * interpretLabel("field", "I. Kinh tế").kind //=> "exact"
 * interpretLabel("field", "Công tác an ninh trật tự") //=> { kind: "interpreted", code: "quoc-phong-an-ninh" }
 * interpretLabel("field", "Kinh tế – Văn hóa") //=> { kind: "ambiguous", candidates: ["kinh-te", "van-hoa-xa-hoi"] }
 */
export function interpretLabel<D extends Dimension>(
  dimension: D,
  text: string,
  aliases?: AliasTable,
): LabelReading<CodeOf<D>> {
  return READINGS[dimension](text, aliases) as LabelReading<CodeOf<D>>;
}

/** `interpretLabel` without the memo. */
function readLabel<D extends Dimension>(dimension: D, text: string, aliases?: AliasTable): LabelReading<CodeOf<D>> {
  const { label } = readListMarker(text);
  if (matchKey(label) === "") return { kind: "none" };
  const bare = dropRemarks(label);
  const exact =
    // As written first, so an officer's alias for "a) Kinh tế" beats the catalogue's "Kinh tế".
    resolveLabel(dimension, text, aliases) ??
    resolveLabel(dimension, label, aliases) ??
    resolveLabel(dimension, bare, aliases) ??
    // A year or date added to a catalogue label ("Mới trong năm 2023") does not change it.
    resolveLabel(dimension, bare.replace(DATES_AND_NUMBERS, " "), aliases);
  if (exact !== null) return { kind: "exact", code: exact };
  return readByMeaning(dimension, label) as LabelReading<CodeOf<D>>;
}

/** One memoised reader per dimension: the same labels recur in every sheet of every file. */
const READINGS: { readonly [D in Dimension]: (text: string, aliases?: AliasTable) => LabelReading<string> } = {
  field: memoizeByText((text: string, aliases?: AliasTable) => readLabel("field", text, aliases)),
  level: memoizeByText((text: string, aliases?: AliasTable) => readLabel("level", text, aliases)),
  type: memoizeByText((text: string, aliases?: AliasTable) => readLabel("type", text, aliases)),
  measure: memoizeByText((text: string, aliases?: AliasTable) => readLabel("measure", text, aliases)),
};

/**
 * The code a label reads as (exactly or by meaning), or null when it names none or several.
 *
 * @param dimension - the dimension
 * @param text - the label as written
 * @param aliases - the officer's extra aliases
 * @returns the code or null
 * @example
 * codeOfLabel("measure", "Tổng số đến nay") //=> "cumulative"
 */
export function codeOfLabel<D extends Dimension>(dimension: D, text: string, aliases?: AliasTable): CodeOf<D> | null {
  const reading = interpretLabel(dimension, text, aliases);
  return reading.kind === "exact" || reading.kind === "interpreted" ? reading.code : null;
}
