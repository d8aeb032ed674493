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
  // A loop, not map/join: keys are built per count cell and per combination in the hot paths.
  let key = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i > 0) key += "|";
    if (part !== null && part !== undefined) key += part;
  }
  return key;
}
