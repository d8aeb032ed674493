import { crc32, deflateRawSync } from "node:zlib";

/** One entry of a test zip. `declaredSize` lets a test lie about the uncompressed size. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly deflate?: boolean;
  readonly declaredSize?: number;
}

/** A pre-compressed entry (for zip bombs built by streaming deflate). */
export interface RawZipEntry {
  readonly name: string;
  readonly compressed: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function localHeader(name: Uint8Array, method: number, crc: number, csize: number, usize: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(method, 8);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(csize, 18);
  h.writeUInt32LE(usize, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(name: Uint8Array, method: number, crc: number, csize: number, usize: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt32LE(crc >>> 0, 16);
  h.writeUInt32LE(csize, 20);
  h.writeUInt32LE(usize, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/**
 * Writes a zip archive (STORE or DEFLATE entries) — enough to build well-formed and deliberately
 * malformed .xlsx files in tests without committing binaries.
 */
export function writeZip(entries: readonly (ZipEntry | RawZipEntry)[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    let method: number, crc: number, body: Uint8Array, usize: number;
    if ("compressed" in entry) {
      method = 8;
      crc = entry.crc;
      body = entry.compressed;
      usize = entry.size;
    } else {
      const data = typeof entry.data === "string" ? utf8(entry.data) : entry.data;
      method = entry.deflate === false ? 0 : 8;
      crc = crc32(data);
      body = method === 8 ? deflateRawSync(data) : data;
      usize = entry.declaredSize ?? data.length;
    }
    const local = localHeader(name, method, crc, body.length, usize);
    parts.push(local, Buffer.from(body));
    central.push(centralHeader(name, method, crc, body.length, usize, offset));
    offset += local.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
