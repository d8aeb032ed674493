/**
 * Joins the parts of a composite map key with "|" (null and undefined as ""): the one way keys such
 * as `unit|year` or `field|level|type` are built, so every map that shares a key agrees on it.
 *
 * @param parts - the key's parts, in order
 * @returns the joined key
 * @example
 * compositeKey(2024, "kinh-te", null) //=> "2024|kinh-te|"
 */
export function compositeKey(...parts: readonly (string | number | null | undefined)[]): string {
  return parts.map((part) => part ?? "").join("|");
}
