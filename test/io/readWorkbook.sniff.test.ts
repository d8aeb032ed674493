import { bothMessages } from "./helpers/messages";
import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { issueMessage } from "../../src/core";
import { handXlsx, zipBytes } from "./helpers/zipStore";

function book(bookType: XLSX.BookType): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ["Đơn vị báo cáo:", "Xã A"],
      ["Năm báo cáo:", 2023],
    ]),
    "2023",
  );
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

const codes = (r: ReturnType<typeof readWorkbookBytes>) => r.issues.map((i) => i.code);

describe("readWorkbookBytes: formats read", () => {
  it.each([
    ["xlsx", "a.xlsx"],
    ["biff8", "a.xls"],
    ["ods", "a.ods"],
  ] as const)("reads %s", (bookType, name) => {
    const r = readWorkbookBytes(book(bookType), name);
    expect(r.issues).toEqual([]);
    expect(r.workbook?.source).toBe(name);
    expect(r.workbook?.sheets[0]?.name).toBe("2023");
    expect(r.workbook?.sheets[0]?.rows).toEqual([
      ["Đơn vị báo cáo:", "Xã A"],
      ["Năm báo cáo:", 2023],
    ]);
  });
});

describe("readWorkbookBytes: sniffing refuses what is not a spreadsheet", () => {
  const unreadable = (bytes: Uint8Array, name: string): string => {
    const r = readWorkbookBytes(bytes, name);
    expect(r.workbook).toBeNull();
    expect(codes(r)).toEqual(["unreadable-file"]);
    return bothMessages(r.issues[0]);
  };

  it("a 0-byte file", () => expect(unreadable(new Uint8Array(0), "empty.xlsx")).toMatch(/rỗng/));
  it("random bytes named .xlsx", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(unreadable(bytes, "random.xlsx")).toMatch(/not an Excel/);
  });
  it("an HTML page named .xls", () =>
    expect(
      unreadable(
        new TextEncoder().encode("<html><body><table><tr><td>1</td></tr></table></body></html>"),
        "bao-cao.xls",
      ),
    ).toMatch(/not an Excel/));
  it("a SYLK file named .xls", () =>
    expect(unreadable(new TextEncoder().encode("ID;PWXL;N;E\nC;Y1;X1;K1\nE\n"), "bao-cao.xls")).toMatch(
      /not an Excel/,
    ));
  it("a truncated zip", () => {
    const full = book("xlsx");
    expect(unreadable(full.subarray(0, Math.floor(full.length / 2)), "cut.xlsx")).toMatch(/truncated/);
  });
  it("a zip without an office document", () =>
    expect(unreadable(zipBytes([{ name: "readme.txt", data: "hello" }]), "a.xlsx")).toMatch(/not a spreadsheet/));
  it("a password-protected workbook (CFB with EncryptionInfo)", () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array(64).fill(4));
    XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", new Uint8Array(512).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayLike<number>);
    expect(bytes[0]).toBe(0xd0);
    const reason = unreadable(bytes, "mat-khau.xlsx");
    expect(reason).toMatch(/mật khẩu/);
    expect(reason).toMatch(/password-protected/);
  });
  it("says why in Vietnamese and English", () => {
    const issue = readWorkbookBytes(new Uint8Array(0), "empty.xlsx").issues[0];
    expect(issue && issueMessage(issue, "vi")).toMatch(/^Không đọc được tệp/);
    expect(issue && issueMessage(issue, "en")).toMatch(/^The file cannot be read/);
  });
  it("reads text as CSV only when the name ends in .csv", () => {
    const bytes = new TextEncoder().encode("a,b\n1,2\n");
    expect(readWorkbookBytes(bytes, "x.CSV").workbook?.sheets[0]?.rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(readWorkbookBytes(bytes, "x.txt").workbook).toBeNull();
  });
  it("refuses markup or binary content named .csv", () => {
    expect(unreadable(new TextEncoder().encode("  <html><table><tr><td>1</td></tr></table></html>"), "a.csv")).toMatch(
      /not a CSV/,
    );
    expect(unreadable(new TextEncoder().encode('<?xml version="1.0"?><Workbook/>'), "a.csv")).toMatch(/not a CSV/);
    expect(unreadable(new Uint8Array([0x03, 0x00, 0x00, 0x01, 0x41]), "a.csv")).toMatch(/not a CSV/);
  });

  it("never throws on arbitrary bytes behind a valid ZIP or CFB signature", () => {
    for (const head of [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    ]) {
      for (let n = 0; n < 20; n++) {
        const bytes = Uint8Array.from({ length: 600 + n * 37 }, (_, i) =>
          i < head.length ? (head[i] as number) : (i * (n + 3) * 2654435761) % 251,
        );
        const r = readWorkbookBytes(bytes, `fuzz-${n}.xlsx`);
        expect(r.workbook).toBeNull();
        expect(r.issues[0]?.code).toBe("unreadable-file");
      }
    }
  });
  it("reads a hand-made xlsx with a data descriptor (local sizes 0), bounded by the central sizes", () => {
    const bytes = handXlsx([{ name: "S", xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>' }], {
      deflate: true,
      dataDescriptor: true,
    });
    const r = readWorkbookBytes(bytes, "dd.xlsx");
    expect(r.issues).toEqual([]);
    expect(r.workbook?.sheets[0]?.rows).toEqual([["ok"]]);
  });
});
