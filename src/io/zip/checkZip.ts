import { bilingual, makeIssue, type Issue, type LocalizedText } from "../../core";
import { formatBytes, type ReadLimits } from "../readLimits";
import { inflateEntry } from "./inflateEntry";
import { readZipDirectory, type ZipEntry } from "./readZipDirectory";

/** A ZIP that passed the caps (bytes possibly normalised), or the issue that rejects it. */
export type ZipCheck =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly kind: "ooxml" | "ods"; readonly declaredBytes: number }
  | { readonly ok: false; readonly issue: Issue };

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const OFFICE_DOCUMENT = /Type\s*=\s*["'][^"']*\/officeDocument["']/;
const SHEET_PART = /^xl\/(?:worksheets|chartsheets|dialogsheets|macrosheets)\/[^/]+\.(?:xml|bin)$/i;

function unreadable(source: string, reason: LocalizedText): ZipCheck {
  return { ok: false, issue: makeIssue("unreadable-file", { source }, { reason }) };
}

function tooLarge(source: string, size: LocalizedText, limit: LocalizedText): ZipCheck {
  return { ok: false, issue: makeIssue("file-too-large", { source }, { size, limit }) };
}

function text(bytes: Uint8Array, entry: ZipEntry | undefined): string {
  if (!entry || Math.max(entry.uncompressedSize, entry.localUncompressedSize) > 1024 * 1024) return "";
  const data = inflateEntry(bytes, entry);
  return data ? new TextDecoder("utf-8").decode(data) : "";
}

/**
 * Copies the bytes with each local header's sizes taken from the central directory where the local
 * header declares none (data-descriptor entries): the parser then stops inflating at the declared
 * size instead of inflating without bound.
 */
function withLocalSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  const patch = entries.filter((e) => e.localUncompressedSize === 0 && e.uncompressedSize > 0);
  if (patch.length === 0) return bytes;
  const copy = bytes.slice();
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  for (const e of patch) {
    view.setUint32(e.localOffset + 18, e.compressedSize, true);
    view.setUint32(e.localOffset + 22, e.uncompressedSize, true);
  }
  return copy;
}

/**
 * Checks a ZIP before anything is inflated: a readable central directory, at most `maxZipEntries`
 * entries, a declared uncompressed total within `maxUncompressedBytes`, at most `maxSheets` sheet
 * parts, no entry whose sizes contradict its data, and an office document inside (an
 * officeDocument relationship in `_rels/.rels`, or the ODS mimetype).
 *
 * @param bytes - the whole file
 * @param source - the file name as the user gave it
 * @param limits - the caps
 * @returns the bytes to parse, the kind and the declared uncompressed total, or the issue
 * @example
 * checkZip(xlsxBytes, "xa-a.xlsx", DEFAULT_READ_LIMITS).ok //=> true
 */
export function checkZip(bytes: Uint8Array, source: string, limits: ReadLimits): ZipCheck {
  const dir = readZipDirectory(bytes, limits.maxZipEntries);
  if (!dir.ok) {
    if (dir.reason === "too-many-entries")
      return tooLarge(
        source,
        bilingual(`${dir.count ?? "?"} mục nén`, `${dir.count ?? "?"} ZIP entries`),
        bilingual(`${limits.maxZipEntries} mục nén`, `${limits.maxZipEntries} ZIP entries`),
      );
    if (dir.reason === "zip64")
      return unreadable(source, bilingual("định dạng ZIP64 không được hỗ trợ", "ZIP64 is not supported"));
    return unreadable(source, bilingual("tệp bị cắt cụt hoặc hỏng", "the file is truncated or damaged"));
  }
  let total = 0;
  for (const e of dir.entries) {
    total += Math.max(e.uncompressedSize, e.localUncompressedSize);
    const declaresNothing = e.uncompressedSize === 0 && e.localUncompressedSize === 0;
    if (e.method === 8 && declaresNothing && Math.max(e.compressedSize, e.localCompressedSize) > 16) {
      return unreadable(source, bilingual("kích thước khai báo trong tệp nén sai", "the ZIP declares false sizes"));
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return tooLarge(
      source,
      bilingual(`${formatBytes(total)} khi giải nén`, `${formatBytes(total)} uncompressed`),
      bilingual(
        `${formatBytes(limits.maxUncompressedBytes)} khi giải nén`,
        `${formatBytes(limits.maxUncompressedBytes)} uncompressed`,
      ),
    );
  }
  const sheets = dir.entries.filter((e) => SHEET_PART.test(e.name)).length;
  if (sheets > limits.maxSheets)
    return tooLarge(
      source,
      bilingual(`${sheets} trang tính`, `${sheets} sheets`),
      bilingual(`${limits.maxSheets} trang tính`, `${limits.maxSheets} sheets`),
    );
  const byName = new Map(dir.entries.map((e) => [e.name.toLowerCase(), e]));
  if (text(bytes, byName.get("mimetype")).trim() === ODS_MIME)
    return { ok: true, bytes: withLocalSizes(bytes, dir.entries), kind: "ods", declaredBytes: total };
  if (OFFICE_DOCUMENT.test(text(bytes, byName.get("_rels/.rels"))))
    return { ok: true, bytes: withLocalSizes(bytes, dir.entries), kind: "ooxml", declaredBytes: total };
  return unreadable(source, bilingual("tệp nén không phải bảng tính", "the ZIP is not a spreadsheet"));
}
