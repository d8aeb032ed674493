import { unitKey } from "./unitKey";
import { unitKind } from "./unitKind";

/**
 * The key that decides whether two unit names are the same unit: the stated kind plus `unitKey`
 * (match key without the kind word, organisation names unified). A name without a kind is matched
 * to a unique kinded unit by `resolveUnits`. One place on purpose.
 *
 * @param name - the unit name as written
 * @returns the name key
 * @example
 * unitNameKey("Xã Tân Hoà") === unitNameKey("xã  tân hòa") //=> true
 * unitNameKey("Xã Yên Hòa") === unitNameKey("Thị trấn Yên Hòa") //=> false
 */
export function unitNameKey(name: string): string {
  const bare = unitKey(name);
  if (bare === "") return "";
  const kind = unitKind(name);
  return kind === "" ? bare : `${kind}:${bare}`;
}
