import { unitNameKey } from "../text/unitNameKey";

/**
 * The identity of a unit, the one rule the workbook store and consolidation share: its code when it
 * has one (trimmed, upper-cased), else its name key (`unitNameKey`: stated kind + `unitKey`). Keys
 * carry a prefix so a code never collides with a name. `resolveUnits` builds on it (a name stating
 * no kind joins the one unit with its key), for the store as for the report.
 *
 * `parent` leaves room for the unit hierarchy: the identity of the unit above (a district, a
 * province), when known. It scopes name identities only (two communes of one name under different
 * districts are different units); a code is unique on its own. No caller passes it yet.
 *
 * @param code - the unit code (Mã đơn vị), or null
 * @param name - the unit name, or null
 * @param parent - the parent unit's identity, when known
 * @returns `code:<CODE>`, `name:<key>` (`name:<key>@<parent>` with a parent), or null when neither code nor name is given
 * @example
 * unitIdentity(" X01 ", "Xã A") //=> "code:X01"
 * unitIdentity(null, "Xã  Tân An") //=> "name:xa:tân an"
 * unitIdentity(null, "Xã Tân An", "code:H01") //=> "name:xa:tân an@code:H01"
 */
export function unitIdentity(code: string | null, name: string | null, parent?: string | null): string | null {
  const trimmed = code?.trim() ?? "";
  if (trimmed !== "") return codeIdentity(trimmed);
  const key = name ? unitNameKey(name) : "";
  if (key === "") return null;
  return parent ? `name:${key}@${parent}` : `name:${key}`;
}

/**
 * The identity key of a unit code alone (what `unitIdentity` gives a coded unit).
 *
 * @param code - a unit code
 * @returns `code:<CODE>`
 * @example
 * codeIdentity(" x01") //=> "code:X01"
 */
export function codeIdentity(code: string): string {
  return `code:${code.trim().toUpperCase()}`;
}
