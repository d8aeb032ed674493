/**
 * Decodes the bytes of a text file (CSV) the way Vietnamese offices save them: a UTF-8 (or UTF-16)
 * byte-order mark wins; otherwise strict UTF-8; otherwise Windows-1258. The result is NFC.
 *
 * @param bytes - the file's bytes
 * @returns the text, NFC-normalised, without a byte-order mark
 * @example
 * decodeText(new Uint8Array([0x48, 0xe0])) //=> "Hà" (Windows-1258: 0xE0 is "à")
 */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  else if (b0 === 0xff && b1 === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (b0 === 0xfe && b1 === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1258").decode(bytes);
    }
  }
  return text.normalize("NFC");
}
