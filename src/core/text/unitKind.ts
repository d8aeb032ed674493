import { matchKey } from "./matchKey";

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
