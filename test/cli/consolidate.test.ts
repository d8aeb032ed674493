import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { dvk, formBytes, put } from "./fixtures";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "dvk-cli-consolidate-"));
  put(
    root,
    "in/xa-a-2023.xlsx",
    formBytes({ unit: "Xã A", code: "X01", year: 2023, kinhTe: [1, 3], date: "10/10/2023" }),
  );
  // resubmission of Xã A 2023, dated later: it wins, the first becomes superseded
  put(
    root,
    "in/xa-a-2023-sua.xlsx",
    formBytes({ unit: "Xã A", code: "X01", year: 2023, kinhTe: [2, 4], date: "20/10/2023" }),
  );
  put(
    root,
    "in/xa-b-2023.xlsx",
    formBytes({ unit: "Xã B", code: "X02", year: 2023, kinhTe: [5, 9], date: "05/11/2023" }),
  );
  put(root, "in/xa-b-2022.xlsx", formBytes({ unit: "Xã B", code: "X02", year: 2022, kinhTe: [4, 4] }));
  put(root, "in/hong.xls", "<html><body>not a workbook</body></html>");
  put(root, "units.csv", "Mã,Tên đơn vị\nX01,Xã A\nX02,Xã B\nX03,Xã C\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Json = {
  submissions: { source: string; status: string }[];
  issues: { code: string; source: string }[];
  totals: { year: number; field: string; level: string; type: string; new: number; cumulative: number }[];
  completeness: { unitCode: string | null; unitName: string; year: number; state: string }[];
};

describe("dvk consolidate", () => {
  it("--json adds totals and completeness; statuses include superseded; a broken file is an issue only", () => {
    const run = dvk(["consolidate", "in", "--json", "-", "--years", "2022-2023", "--units", "units.csv"], root);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const json = JSON.parse(run.stdout) as Json;
    expect(Object.keys(json)).toEqual(["submissions", "issues", "totals", "completeness"]);
    const status = Object.fromEntries(json.submissions.map((s) => [path.basename(s.source), s.status]));
    expect(status).toEqual({
      "xa-a-2023.xlsx": "superseded",
      "xa-a-2023-sua.xlsx": "accepted",
      "xa-b-2022.xlsx": "accepted",
      "xa-b-2023.xlsx": "accepted",
    });
    expect(json.issues.filter((i) => i.source === path.join("in", "hong.xls")).map((i) => i.code)).toEqual([
      "unreadable-file",
    ]);
    expect(json.issues.map((i) => i.code)).toContain("superseded-submission");
    const kt = (year: number) =>
      json.totals.find((t) => t.year === year && t.field === "kinh-te" && t.level === "xa" && t.type === "tap-the");
    expect(kt(2023)).toEqual({ year: 2023, field: "kinh-te", level: "xa", type: "tap-the", new: 7, cumulative: 13 });
    expect(kt(2022)).toMatchObject({ new: 4, cumulative: 4 });
    expect(Object.keys(json.completeness[0] ?? {})).toEqual(["unitCode", "unitName", "year", "state"]);
    const state = (code: string, year: number) =>
      json.completeness.find((c) => c.unitCode === code && c.year === year)?.state;
    expect([state("X01", 2023), state("X02", 2023), state("X03", 2023), state("X01", 2022)]).toEqual([
      "on-time",
      "late",
      "missing",
      "missing",
    ]);
  });

  it("--out writes the report through a temp file, refuses to overwrite without --force, and --summary prints the demo summary", () => {
    const out = path.join("out", "bao-cao.xlsx");
    const first = dvk(["consolidate", "in", "--out", out, "--summary", "--years", "2022-2023"], root);
    expect(first.status).toBe(0);
    const file = path.join(root, out);
    const book = XLSX.read(readFileSync(file), { type: "buffer" });
    expect(book.SheetNames).toEqual(["Tổng hợp", "Xu hướng", "Kiểm tra", "Tiến độ nộp", "Dữ liệu"]);
    expect(readdirSync(path.join(root, "out"))).toEqual(["bao-cao.xlsx"]);
    expect(first.stdout).toMatch(/Đơn vị: 2/);
    expect(first.stdout).toMatch(/Báo cáo: 4 — 3 hợp lệ, 0 bị từ chối, 1 đã thay thế/);
    expect(first.stdout).toMatch(/unreadable-file ×1/);
    // Kinh tế 2023 over the winners (Xã A resubmission, Xã B): new 2 + 5; cumulative (4 + 9) tập thể + (1 + 1) cá nhân
    expect(first.stdout).toMatch(/Tổng năm 2023[\s\S]*Kinh tế\s+7 \/\s+15/);
    expect(first.stdout).toContain(`Báo cáo đã ghi vào: ${out}`);

    const before = statSync(file).mtimeMs;
    const refused = dvk(["consolidate", "in", "--out", out], root);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/không ghi đè[\s\S]*--force[\s\S]*already exists/);
    expect(statSync(file).mtimeMs).toBe(before);

    const forced = dvk(["consolidate", "in", "--out", out, "--force", "--lang", "en", "--summary"], root);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/Submissions: 4 — 3 accepted, 0 rejected, 1 superseded/);
    expect(readdirSync(path.join(root, "out"))).toEqual(["bao-cao.xlsx"]);
  });

  it("replaces an existing --json FILE without --force, while the existing --out report still needs --force", () => {
    put(root, "keep/bao-cao.xlsx", "an officer's workbook");
    put(root, "keep/tong-hop.json", "{}");
    const out = path.join("keep", "bao-cao.xlsx");
    const json = path.join("keep", "tong-hop.json");
    const refused = dvk(["consolidate", "in", "--out", out, "--json", json], root);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--out[\s\S]*không ghi đè/);
    expect([readFileSync(path.join(root, out), "utf8"), readFileSync(path.join(root, json), "utf8")]).toEqual([
      "an officer's workbook",
      "{}",
    ]);

    const replaced = dvk(["consolidate", "in", "--json", json, "--years", "2022-2023"], root);
    expect(replaced.status).toBe(0);
    expect((JSON.parse(readFileSync(path.join(root, json), "utf8")) as Json).submissions).toHaveLength(4);
    expect(readFileSync(path.join(root, out), "utf8")).toBe("an officer's workbook");
  });

  it("refuses --json and --out naming the same file", () => {
    const same = dvk(
      ["consolidate", "in", "--out", path.join("same", "x.xlsx"), "--json", path.join("same", "x.xlsx")],
      root,
    );
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/cùng một tệp[\s\S]*must be different files/);
  });

  it("rejects a missing --units file and unknown options with exit 2", () => {
    expect(dvk(["consolidate", "in", "--units", "khong-co.csv"], root).status).toBe(2);
    const bad = dvk(["consolidate", "in", "--outt", "x.xlsx"], root);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --outt/);
  });
});
