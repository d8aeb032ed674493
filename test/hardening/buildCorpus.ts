import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import { minimalXlsx, sheetXml, textCell, type Precompressed } from "../_support/minimalXlsx";
import type { IssueCode } from "../../src/core";

/** One hostile file and the issue codes that count as "a clear issue for that file". */
export interface CorpusFile {
  readonly file: string;
  readonly what: string;
  readonly expected: readonly IssueCode[];
}

/** Deflates `count` repetitions of `chunk` without holding the inflated text: a zip bomb entry. */
function bombEntry(chunk: string, count: number): Precompressed {
  const head = sheetXml("").replace("<sheetData></sheetData></worksheet>", "<sheetData>");
  const tail = "</sheetData></worksheet>";
  const body = Buffer.from(chunk.repeat(Math.ceil((1 << 20) / chunk.length)));
  const perBlock = Math.ceil((1 << 20) / chunk.length);
  const blocks = Math.ceil(count / perBlock);
  const whole = Buffer.concat([Buffer.from(head), ...Array.from({ length: blocks }, () => body), Buffer.from(tail)]);
  return { bytes: deflateRawSync(whole, { level: 9 }), crc: crc32(whole), size: whole.length };
}

function encryptedWorkbook(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(
    cfb,
    "EncryptionInfo",
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from("<encryption/>")]),
  );
  XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", Buffer.alloc(4096, 0x5a));
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

function protoCommentWorkbook(): Buffer {
  const comments =
    '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<authors><author>x</author></authors><commentList><comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment></commentList></comments>';
  const sheetRels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>';
  return minimalXlsx(
    [
      { name: "Sheet1", xml: sheetXml(`<row r="1">${textCell("A1", "x")}</row>`) },
      { name: "__proto__", xml: sheetXml(`<row r="1">${textCell("A1", "y")}</row>`) },
    ],
    [
      { name: "xl/comments1.xml", data: comments },
      { name: "xl/worksheets/_rels/sheet1.xml.rels", data: sheetRels },
    ],
  );
}

function millionRows(): Precompressed {
  const parts: string[] = [];
  for (let r = 1; r <= 1_000_000; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  const whole = Buffer.from(sheetXml(parts.join(""), "A1:A1000000"));
  return { bytes: deflateRawSync(whole), crc: crc32(whole), size: whole.length };
}

/**
 * Writes the hostile-file corpus of issue 7 into `dir` (nothing is committed as a binary) and
 * returns what each file is and which issue codes are acceptable for it.
 */
export function buildCorpus(dir: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  const put = (file: string, bytes: Uint8Array | string, what: string, expected: IssueCode[]) => {
    writeFileSync(join(dir, file), bytes);
    out.push({ file, what, expected });
  };
  const unreadable: IssueCode[] = ["unreadable-file"];
  const anyRejection: IssueCode[] = [
    "unreadable-file",
    "file-too-large",
    "sheet-too-large",
    "no-submission-table",
    "parse-timeout",
  ];

  put("rong.xlsx", new Uint8Array(0), "a 0-byte file", unreadable);
  put(
    "ngau-nhien.xlsx",
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    "random bytes named .xlsx",
    unreadable,
  );
  const good = minimalXlsx([{ name: "S", xml: sheetXml(`<row r="1">${textCell("A1", "Đơn vị báo cáo:")}</row>`) }]);
  put("cat-cut.xlsx", good.subarray(0, Math.floor(good.length / 2)), "a truncated zip", unreadable);

  const bomb = bombEntry('<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>', 2_500_000);
  put("bom-zip.xlsx", minimalXlsx([{ name: "S", raw: bomb }]), `a zip bomb (${bomb.bytes.length} B → ${bomb.size} B)`, [
    "file-too-large",
  ]);
  put(
    "bom-zip-khai-sai.xlsx",
    minimalXlsx([{ name: "S", raw: { ...bomb, size: 1000 } }]),
    "zip entries whose declared sizes lie",
    anyRejection,
  );

  const corner = sheetXml(
    `<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
  );
  put("goc-xa.xlsx", minimalXlsx([{ name: "S", xml: corner }]), "cells at A1 and XFD1048576", ["sheet-too-large"]);
  put("mat-khau.xlsx", encryptedWorkbook(), "a password-protected workbook (CFB container)", unreadable);
  put(
    "trang-web.xls",
    "<html><body><table><tr><td>Kinh tế</td><td>5</td></tr></table></body></html>",
    "an HTML page named .xls",
    unreadable,
  );
  put("sylk.xls", 'ID;PWXL;N;E\r\nC;Y1;X1;K"Kinh te"\r\nC;Y1;X2;K5\r\nE\r\n', "a SYLK file named .xls", unreadable);

  const tiny = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`);
  put(
    "5000-trang.xlsx",
    minimalXlsx(Array.from({ length: 5000 }, (_, i) => ({ name: `S${i + 1}`, xml: tiny }))),
    "5,000 sheets",
    ["file-too-large", "sheet-too-large"],
  );
  put("trieu-dong.xlsx", minimalXlsx([{ name: "S", raw: millionRows() }]), "a 1,000,000-row sheet", [
    "sheet-too-large",
    "file-too-large",
  ]);
  put("proto.xlsx", protoCommentWorkbook(), "a __proto__ comment reference and sheet name", [
    "no-submission-table",
    "unreadable-file",
  ]);
  put(
    "redos.xlsx",
    minimalXlsx([{ name: "S", xml: sheetXml("") + "<sheetData ".repeat(200_000) }]),
    "<sheetData repeated 200,000 times",
    anyRejection,
  );
  return out;
}
