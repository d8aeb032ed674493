/** What the first bytes of a file say it is. */
export type SniffedFormat = "zip" | "cfb" | "text";

/**
 * Sniffs a file's container from its first bytes: ZIP (`50 4B 03 04`: .xlsx, .ods), CFB
 * (`D0 CF 11 E0`: .xls, or an encrypted .xlsx), anything else "text".
 *
 * @param bytes - the file's bytes
 * @returns the container kind
 * @example
 * sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) //=> "zip"
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return "zip";
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return "cfb";
  return "text";
}
