import * as XLSX from "@e965/xlsx";
import type { ZipEntry } from "./readZipDirectory";

type RawInflate = (payload: Uint8Array & { l?: number }, size: number) => ArrayLike<number>;

/**
 * Returns the uncompressed bytes of one (small) ZIP entry, using the inflater bundled with SheetJS
 * (its CFB module), bounded by the entry's declared size. Null for an unsupported method.
 *
 * @param bytes - the whole archive
 * @param entry - an entry from `readZipDirectory`
 * @returns the entry's bytes, or null
 * @example
 * inflateEntry(zipBytes, entries.find((e) => e.name === "_rels/.rels")!)
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const size = Math.max(entry.uncompressedSize, entry.localUncompressedSize);
  const compressed = bytes.subarray(
    entry.dataOffset,
    entry.dataOffset + Math.max(entry.compressedSize, entry.localCompressedSize),
  );
  if (entry.method === 0) return compressed.subarray(0, size);
  const inflate = (XLSX.CFB as { utils?: { _inflateRaw?: RawInflate } }).utils?._inflateRaw;
  if (entry.method !== 8 || typeof inflate !== "function" || size === 0) return null;
  const payload: Uint8Array & { l?: number } = compressed.slice();
  payload.l = 0;
  return Uint8Array.from(inflate(payload, size));
}
