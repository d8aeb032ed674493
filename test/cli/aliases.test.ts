import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { dvk, formBytes, put } from "./fixtures";

interface Json {
  submissions: { status: string; errorCount: number }[];
  issues: {
    source: string;
    sheet: string | null;
    cell: string | null;
    code: string;
    severity: string;
    message: string;
  }[];
  totals?: { year: number; field: string; level: string; type: string; new: number; cumulative: number }[];
}

/** The CLI fixture form with its "Lĩnh vực khác" row (B14) labelled "Môi trường" and 2 new / 4 cumulative collective models. */
function moiTruongForm(): Uint8Array {
  const wb = XLSX.read(formBytes({ unit: "Xã E", code: "X05", year: 2023 }));
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  ws.B14 = { t: "s", v: "Môi trường" };
  ws.C14 = { t: "n", v: 2 };
  ws.D14 = { t: "n", v: 4 };
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

function aliasXlsx(rows: unknown[][], sheetName: string): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Ghi chú"]]), "Hướng dẫn");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheetName);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "dvk-cli-aliases-"));
  put(root, "in/xa-e-2023.xlsx", moiTruongForm());
  put(
    root,
    "danh-muc.csv",
    "Nhóm,Cách ghi trong báo cáo,Hiểu là\nLĩnh vực,Môi trường,Lĩnh vực khác\nLĩnh vực,Bảo vệ rừng,Không có tên này\n",
  );
  put(
    root,
    "danh-muc.xlsx",
    aliasXlsx(
      [
        ["Nhóm", "Cách ghi trong báo cáo", "Hiểu là"],
        ["lĩnh vực", "MÔI TRƯỜNG", "khac"],
      ],
      "Danh mục",
    ),
  );
  put(root, "khong-tieu-de.csv", "Lĩnh vực,Môi trường,Lĩnh vực khác\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("--aliases", () => {
  it("without the file, the unknown row label is unknown-field and the submission is rejected", () => {
    const run = dvk(["validate", "in", "--json", "-"], root);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.issues.filter((i) => i.code === "unknown-field").map((i) => [i.cell, i.severity])).toEqual([
      ["B14", "error"],
    ]);
    expect(json.submissions[0]?.status).toBe("rejected");
  });

  it("with a CSV alias file, the row reads as Lĩnh vực khác; a bad alias row is a warning in the output", () => {
    const run = dvk(["validate", "in", "--json", "-", "--aliases", "danh-muc.csv", "--lang", "en"], root);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.issues.some((i) => i.code === "unknown-field")).toBe(false);
    expect(json.submissions[0]).toMatchObject({ status: "accepted", errorCount: 0 });
    expect(
      json.issues.filter((i) => i.code === "alias-row-unreadable").map((i) => [i.source, i.cell, i.severity]),
    ).toEqual([["danh-muc.csv", "A3", "warning"]]);
    expect(json.issues.find((i) => i.code === "alias-row-unreadable")?.message).toContain('"Không có tên này"');
    expect(run.stderr).toContain("alias-row-unreadable");
  });

  it("reads the 'Danh mục' sheet of an xlsx alias file, and consolidate counts the row as khac", () => {
    const run = dvk(["consolidate", "in", "--json", "-", "--aliases", "danh-muc.xlsx"], root);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(
      json.totals?.find((t) => t.year === 2023 && t.field === "khac" && t.level === "xa" && t.type === "tap-the"),
    ).toMatchObject({ new: 2, cumulative: 4 });
  });

  it("refuses a missing file or one without the header, as a usage error", () => {
    expect(dvk(["validate", "in", "--aliases", "khong-co.csv"], root)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--aliases"),
    });
    const run = dvk(["validate", "in", "--aliases", "khong-tieu-de.csv"], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Nhóm | Cách ghi trong báo cáo | Hiểu là");
  });

  it("is in the help", () => {
    expect(dvk(["--help"], root).stdout).toContain("--aliases FILE");
  });
});
