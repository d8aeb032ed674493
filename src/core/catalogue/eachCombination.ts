import type { FieldCode, LevelCode, TypeCode } from "../types";
import { FIELD_CODES, LEVEL_CODES, TYPE_CODES } from "./dimensions";

/** One field × level × type combination: the unit of every count. */
export interface Combination {
  readonly field: FieldCode;
  readonly level: LevelCode;
  readonly type: TypeCode;
}

/** The combinations made so far, by their levels (a handful of level lists ever occur). */
const MADE = new Map<string, readonly Combination[]>();

/**
 * Every field × level × type combination in the canonical order (field, then level, then type:
 * the order of the form's rows and columns and of every output sheet).
 *
 * @param levels - the levels to cover, in their order (all of them unless given)
 * @returns the combinations (one frozen list per level list, made once)
 * @example
 * eachCombination().length //=> 30
 * eachCombination(["xa"])[1] //=> { field: "kinh-te", level: "xa", type: "ca-nhan" }
 */
export function eachCombination(levels: readonly LevelCode[] = LEVEL_CODES): readonly Combination[] {
  const key = levels.join(",");
  let combinations = MADE.get(key);
  if (!combinations) {
    combinations = Object.freeze(
      FIELD_CODES.flatMap((field) =>
        levels.flatMap((level) => TYPE_CODES.map((type) => Object.freeze({ field, level, type }))),
      ),
    );
    MADE.set(key, combinations);
  }
  return combinations;
}
