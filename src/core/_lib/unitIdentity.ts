import { matchKey } from "../text/matchKey";

/**
 * The identity of a unit: its code when present, else the normalised name (the consolidation rule).
 *
 * @param unitCode - `Mã đơn vị`, or null
 * @param unitName - the unit's name, or null
 * @returns a stable key, `code:…` or `name:…`, or "" when neither is known
 * @example
 * unitIdentity(null, "Xã Hoà An") === unitIdentity(null, "xã hòa an") //=> true
 */
export function unitIdentity(unitCode: string | null, unitName: string | null): string {
  const code = unitCode?.trim();
  if (code) return `code:${code.toUpperCase()}`;
  const name = unitName ? matchKey(unitName) : "";
  return name ? `name:${name}` : "";
}
