import { unitIdentity as storeUnitIdentity } from "../_lib/unitIdentity";
import { matchKey } from "../text/matchKey";
import { unitKey } from "../text/unitKey";

/** Administrative kinds that `unitKey` drops, with the spellings that name them (whole words; abbreviations only at the start). */
const KINDS: readonly (readonly [kind: string, anywhere: readonly string[], leading: readonly string[]])[] = [
  ["thi-tran", ["Thị trấn"], ["tt", "thi tran"]],
  ["phuong", ["Phường"], ["p", "phuong"]],
  ["xa", ["Xã"], ["x", "xa"]],
  ["dac-khu", ["Đặc khu"], ["dac khu"]],
];

const KIND_PATTERNS: readonly (readonly [string, RegExp])[] = KINDS.map(([kind, anywhere, leading]) => {
  const words = anywhere.map((w) => matchKey(w));
  return [kind, new RegExp(`(?:^(?:${leading.join("|")}) )|(?:(?<=^| )(?:${words.join("|")})(?= |$))`, "u")] as const;
});

/**
 * The administrative kind a unit name states (xã, phường, thị trấn, đặc khu), or "" when it names
 * none. Kept apart from `unitKey`, which drops it: "Thị trấn Yên Hòa" and "Xã Yên Hòa" (a commune
 * formed in 2025 around the old town) are different units.
 *
 * @param name - the unit name as written
 * @returns "xa", "phuong", "thi-tran", "dac-khu" or ""
 * @example
 * unitKind("UBND thị trấn Yên Hòa") //=> "thi-tran"
 */
export function unitKind(name: string): string {
  const key = matchKey(name);
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? "";
}

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

/**
 * The identity of a unit: its code when it has one (trimmed, upper-cased), else its name key. Keys
 * carry a prefix so a code never collides with a name. Codes get the same keys as the workbook store.
 *
 * @param code - the unit code (Mã đơn vị), or null
 * @param name - the unit name, or null
 * @returns `code:<CODE>`, `name:<key>`, or null when neither is given
 * @example
 * unitIdentity(" X01 ", "Xã A") //=> "code:X01"
 * unitIdentity(null, "Xã  Tân An") //=> "name:xa:tân an"
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
