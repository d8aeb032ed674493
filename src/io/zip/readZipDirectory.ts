/**
 * A minimal reader of a ZIP's End-Of-Central-Directory and central directory records: names and
 * declared sizes only, nothing inflated. Used to cap sizes before a parser inflates anything.
 */

/** One ZIP entry as declared by the archive (central directory, cross-checked with its local header). */
export interface ZipEntry {
  readonly name: string;
  /** Compression method: 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Uncompressed size declared by the central directory. */
  readonly uncompressedSize: number;
  /** Uncompressed size declared by the local header (0 when a data descriptor follows the data). */
  readonly localUncompressedSize: number;
  readonly localCompressedSize: number;
  /** Offset of the local file header. */
  readonly localOffset: number;
  /** Offset of the entry's (compressed) data. */
  readonly dataOffset: number;
}

/** The directory, or why the bytes are not a readable ZIP. */
export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly reason: "truncated" | "zip64" | "too-many-entries"; readonly count?: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

function findEocd(b: Uint8Array): number {
  const last = b.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (u32(b, at) === EOCD) return at;
  return -1;
}

/** Reads ZIP64 sizes (extra field 0x0001) for the fields that hold 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, start: number, end: number, usz: number, csz: number): { usz: number; csz: number } {
  for (let at = start; at + 4 <= end;) {
    const id = u16(b, at);
    const size = u16(b, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const read64 = (): number => {
        const v = u32(b, p) + u32(b, p + 4) * 0x100000000;
        p += 8;
        return v;
      };
      const u = usz === 0xffffffff && p + 8 <= at + 4 + size ? read64() : usz;
      const c = csz === 0xffffffff && p + 8 <= at + 4 + size ? read64() : csz;
      return { usz: u, csz: c };
    }
    at += 4 + size;
  }
  return { usz, csz };
}

/**
 * Reads the central directory of a ZIP held in memory, checking that every record and every
 * entry's data lie inside the bytes (a truncated download fails here, before any parser runs).
 *
 * @param bytes - the whole file
 * @param maxEntries - refuse archives with more entries than this (checked before reading them)
 * @returns the entries, or the reason the archive cannot be read
 * @example
 * readZipDirectory(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) //=> { ok: false, reason: "truncated" }
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipDirectory {
  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, reason: "truncated" };
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) return { ok: false, reason: "zip64" };
  if (count > maxEntries) return { ok: false, reason: "too-many-entries", count };
  if (cdOffset + cdSize > eocd) return { ok: false, reason: "truncated" };
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL) return { ok: false, reason: "truncated" };
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) return { ok: false, reason: "truncated" };
    const name = new TextDecoder("utf-8").decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const central = zip64Sizes(
      bytes,
      at + 46 + nameLength,
      at + 46 + nameLength + extraLength,
      u32(bytes, at + 24),
      u32(bytes, at + 20),
    );
    const localOffset = u32(bytes, at + 42);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL) return { ok: false, reason: "truncated" };
    const localNameLength = u16(bytes, localOffset + 26);
    const localExtraLength = u16(bytes, localOffset + 28);
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    const local = zip64Sizes(
      bytes,
      localOffset + 30 + localNameLength,
      dataOffset,
      u32(bytes, localOffset + 22),
      u32(bytes, localOffset + 18),
    );
    if (dataOffset + Math.max(central.csz, local.csz) > bytes.length) return { ok: false, reason: "truncated" };
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize: central.csz,
      uncompressedSize: central.usz,
      localCompressedSize: local.csz,
      localUncompressedSize: local.usz,
      localOffset,
      dataOffset,
    });
    at = next;
  }
  return { ok: true, entries };
}
