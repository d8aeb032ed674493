/** Test helper: a minimal ZIP writer (STORE or DEFLATE via node:zlib) with controllable declared sizes. */
import { deflateRawSync } from "node:zlib";

export interface ZipFile {
  readonly name: string;
  readonly data: string | Uint8Array;
  /** Compress with raw deflate (default: store). */
  readonly deflate?: boolean;
  /** Override the uncompressed size written in the central directory. */
  readonly centralSize?: number;
  /** Override the uncompressed size written in the local header. */
  readonly localSize?: number;
  /** Write sizes 0 in the local header, set flag bit 3 and append a data descriptor. */
  readonly dataDescriptor?: boolean;
  /** Already raw-deflated content (e.g. a zip bomb built once and reused); `data` is then ignored. */
  readonly precompressed?: { readonly bytes: Uint8Array; readonly crc: number; readonly size: number };
}

let table: number[] | null = null;
function crc32(bytes: Uint8Array): number {
  table ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let x = 0xffffffff;
  for (const v of bytes) x = (table[(x ^ v) & 255] as number) ^ (x >>> 8);
  return (x ^ 0xffffffff) >>> 0;
}

/** Builds a ZIP archive from the given entries. */
export function zipBytes(files: readonly ZipFile[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, "utf8");
    const pre = f.precompressed;
    const raw = pre
      ? { length: pre.size }
      : typeof f.data === "string"
        ? Buffer.from(f.data, "utf8")
        : Buffer.from(f.data);
    const data = pre ? Buffer.from(pre.bytes) : f.deflate ? deflateRawSync(raw as Buffer) : (raw as Buffer);
    const crc = pre ? pre.crc : crc32(raw as Buffer);
    const flags = f.dataDescriptor ? 8 : 0;
    const method = f.deflate || pre ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(f.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(f.dataDescriptor ? 0 : data.length, 18);
    local.writeUInt32LE(f.dataDescriptor ? 0 : (f.localSize ?? raw.length), 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    let size = 30 + name.length + data.length;
    if (f.dataDescriptor) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(data.length, 8);
      dd.writeUInt32LE(raw.length, 12);
      parts.push(dd);
      size += 16;
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(f.centralSize ?? raw.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += size;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A hand-written .xlsx: one sheet per entry of `sheets` (name → sheetData inner XML), options per entry. */
export function handXlsx(
  sheets: readonly { name: string; xml: string; comments?: string }[],
  entry: Partial<ZipFile> = {},
): Uint8Array {
  const types = [
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    ...sheets.flatMap((s, i) =>
      s.comments
        ? [
            `<Override PartName="/xl/comments${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
          ]
        : [],
    ),
    "</Types>",
  ].join("");
  const files: ZipFile[] = [
    { name: "[Content_Types].xml", data: types },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    },
  ];
  sheets.forEach((s, i) => {
    files.push({
      ...entry,
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.xml}</sheetData></worksheet>`,
    });
    if (s.comments) {
      files.push({
        name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="${REL}/comments" Target="../comments${i + 1}.xml"/></Relationships>`,
      });
      files.push({ name: `xl/comments${i + 1}.xml`, data: s.comments });
    }
  });
  return zipBytes(files);
}
