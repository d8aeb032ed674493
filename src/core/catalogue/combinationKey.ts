import { compositeKey } from "../_lib/compositeKey";
import type { FieldCode, LevelCode, TypeCode } from "../types";

/**
 * The key of one field × level × type combination (`field|level|type`), the unit of every count.
 *
 * @param field - the field code
 * @param level - the level code
 * @param type - the type code
 * @returns `field|level|type`
 * @example
 * combinationKey("kinh-te", "xa", "tap-the") //=> "kinh-te|xa|tap-the"
 */
export function combinationKey(field: FieldCode, level: LevelCode, type: TypeCode): string {
  return compositeKey(field, level, type);
}
