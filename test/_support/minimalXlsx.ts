import { type ZipFile, zipBytes } from "../io/helpers/zipStore";

/** A raw-deflated sheet part built once (see zipStore's `precompressed`). */
export type Precompressed = NonNullable<ZipFile["precompressed"]>;

const CONTENT_TYPES_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

/** A sheet of a hand-built workbook: its XML, or a pre-compressed entry for bombs. */
export type MinimalSheet =
  { readonly name: string; readonly xml: string } | { readonly name: string; readonly raw: Precompressed };

/** Worksheet XML around the given `<sheetData>` inner rows. */
export function sheetXml(rows: string, dimension?: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (dimension ? `<dimension ref="${dimension}"/>` : "") +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/**
 * Builds a minimal but valid .xlsx (workbook, relationships, content types, sheets), with optional
 * extra zip entries — for hostile-file tests that need control over every byte.
 */
export function minimalXlsx(sheets: readonly MinimalSheet[], extra: readonly ZipFile[] = []): Buffer {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  const workbookRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("") +
    "</Relationships>";
  const sheetEntries: ZipFile[] = sheets.map((s, i) =>
    "xml" in s
      ? { name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml, deflate: true }
      : { name: `xl/worksheets/sheet${i + 1}.xml`, data: "", precompressed: s.raw },
  );
  return Buffer.from(
    zipBytes([
      { name: "[Content_Types].xml", data: CONTENT_TYPES_HEAD + overrides + "</Types>" },
      { name: "_rels/.rels", data: ROOT_RELS },
      { name: "xl/workbook.xml", data: workbook },
      { name: "xl/_rels/workbook.xml.rels", data: workbookRels },
      ...sheetEntries,
      ...extra,
    ]),
  );
}
