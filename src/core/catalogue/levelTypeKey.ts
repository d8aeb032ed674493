import { compositeKey } from "../_lib/compositeKey";
import type { LevelCode, TypeCode } from "../types";

/**
 * The key of one level × type column group of the counts table (`level|type`): the reader files
 * the group's header cell under it, the measure-column rule looks it up.
 *
 * @param level - the level code
 * @param type - the type code
 * @returns `level|type`
 * @example
 * levelTypeKey("xa", "ca-nhan") //=> "xa|ca-nhan"
 */
export function levelTypeKey(level: LevelCode | string, type: TypeCode | string): string {
  return compositeKey(level, type);
}
