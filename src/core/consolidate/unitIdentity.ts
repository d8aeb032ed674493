import { unitIdentity as storeUnitIdentity } from "../_lib/unitIdentity";
import { unitKey } from "../text/unitKey";

/**
 * The key that decides whether two unit names are the same unit: `unitKey` (match key without the
 * kind prefix "Xã", "Phường"…, organisation names unified). One place on purpose.
 *
 * @param name - the unit name as written
 * @returns the name key
 * @example
 * unitNameKey("Xã Tân Hoà") === unitNameKey("xã tân hòa") //=> true
 */
export function unitNameKey(name: string): string {
  return unitKey(name);
}

/**
 * The identity of a unit: its code when it has one (trimmed, upper-cased), else its name key. Keys
 * carry a prefix so a code never collides with a name. Same keys as the workbook store uses.
 *
 * @param code - the unit code (Mã đơn vị), or null
 * @param name - the unit name, or null
 * @returns `code:<code>`, `name:<key>`, or null when neither is given
 * @example
 * unitIdentity(" X01 ", "Xã A") //=> "code:X01"
 * unitIdentity(null, "Xã  Tân An") //=> "name:tân an"
 */
export function unitIdentity(code: string | null, name: string | null): string | null {
  const trimmed = code?.trim() ?? "";
  if (trimmed !== "") return storeUnitIdentity(trimmed, null);
  const key = name ? unitNameKey(name) : "";
  return key === "" ? null : `name:${key}`;
}

/**
 * The identity key of a unit code alone.
 *
 * @param code - a unit code
 * @returns `code:<CODE>`
 * @example
 * codeIdentity(" x01") //=> "code:X01"
 */
export function codeIdentity(code: string): string {
  return storeUnitIdentity(code.trim(), null);
}
