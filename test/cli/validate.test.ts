import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { dvk, formBytes, put } from "./fixtures";
import { handXlsx } from "../io/helpers/zipStore";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "dvk-cli-validate-"));
  put(root, "in/xa-a-2023.xlsx", formBytes({ unit: "Xã A", code: "X01", year: 2023 }));
  put(root, "in/sub/xa-b-2023.xls", formBytes({ unit: "Xã B", code: "X02", year: 2023 }, "biff8"));
  put(root, "in/hong.xlsx", "this is not a workbook");
  put(root, "in/~$xa-a-2023.xlsx", "lock file");
  put(root, "in/xa-c-2023.xlsx", formBytes({ unit: "Xã C", code: "X03", year: 2023, kinhTe: [-2, 3] }));
  put(
    root,
    "hostile/bom.xlsx",
    handXlsx([{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }], {
      centralSize: 900 * 1024 * 1024,
      localSize: 900 * 1024 * 1024,
    }),
  );
  put(
    root,
    "hostile/goc-xa.xlsx",
    handXlsx([
      {
        name: "S",
        xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
      },
    ]),
  );
  put(root, "hostile/trang-web.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>");
  put(root, "hostile/xa-d-2023.xlsx", formBytes({ unit: "Xã D", code: "X04", year: 2023 }));
  put(root, "good/xa-a-2022.ods", formBytes({ unit: "Xã A", code: "X01", year: 2022 }, "ods"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("dvk validate", () => {
  it("reads a folder with a broken file among good ones: JSON shape, sources as given, exit 1", () => {
    const run = dvk(["validate", "in", "--json", "-", "--lang", "en"], root);
    expect(run.status).toBe(1);
    noStack(run.stderr);
    const json = JSON.parse(run.stdout) as {
      submissions: Record<string, unknown>[];
      issues: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(["submissions", "issues"]);
    expect(json.submissions.map((s) => [s.source, s.unitName, s.year, s.status])).toEqual([
      [path.join("in", "sub", "xa-b-2023.xls"), "Xã B", 2023, "accepted"],
      [path.join("in", "xa-a-2023.xlsx"), "Xã A", 2023, "accepted"],
      [path.join("in", "xa-c-2023.xlsx"), "Xã C", 2023, "rejected"],
    ]);
    expect(Object.keys(json.submissions[0] ?? {})).toEqual([
      "source",
      "sheet",
      "unitCode",
      "unitName",
      "year",
      "reportDate",
      "status",
      "errorCount",
      "warningCount",
    ]);
    expect(json.submissions[0]).toMatchObject({
      sheet: "Năm 2023",
      unitCode: "X02",
      reportDate: "2023-10-15",
      errorCount: 0,
    });
    expect(json.submissions[2]?.errorCount).toBeGreaterThan(0);
    const broken = json.issues.filter((i) => i.source === path.join("in", "hong.xlsx"));
    expect(broken.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([
      ["unreadable-file", "error", null, null],
    ]);
    expect(String(broken[0]?.message)).toMatch(/^The file cannot be read/);
    const negative = json.issues.find((i) => i.code === "negative-count");
    expect(negative).toMatchObject({
      source: path.join("in", "xa-c-2023.xlsx"),
      sheet: "Năm 2023",
      cell: "C10",
      severity: "error",
    });
    expect(Object.keys(negative ?? {})).toEqual(["source", "sheet", "cell", "code", "severity", "message"]);
    expect(json.issues.some((i) => String(i.source).includes("~$"))).toBe(false);
    // the human summary went to stderr, so stdout is pure JSON
    expect(run.stderr).toContain("Xã A");
  });

  it("exits 0 when no submission has an error; the terminal summary names unit, year, status (Vietnamese by default)", () => {
    const run = dvk(["validate", "good", path.join("in", "xa-a-2023.xlsx")], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(path.join("good", "xa-a-2022.ods"));
    expect(run.stdout).toMatch(/Xã A \(X01\) — năm 2022 — hợp lệ/);
    expect(run.stderr).toBe("");
  });

  it("prints each issue with its cell and message in the chosen language", () => {
    const vi = dvk(["validate", path.join("in", "xa-c-2023.xlsx")], root);
    expect(vi.status).toBe(1);
    expect(vi.stdout).toMatch(/\[negative-count\] ô C10: Ô C10 ghi số âm \(-2\)/);
    const en = dvk(["validate", path.join("in", "xa-c-2023.xlsx"), "--lang", "en"], root);
    expect(en.stdout).toMatch(/\[negative-count\] cell C10: Cell C10 holds a negative count \(-2\)/);
  });

  it("writes --json FILE and replaces it on the next run, without --force", () => {
    const target = path.join(root, "out", "v.json");
    expect(dvk(["validate", "good", "--json", target], root).status).toBe(0);
    expect(JSON.parse(readFileSync(target, "utf8")).submissions).toHaveLength(1);
    const again = dvk(["validate", "in", "--json", target], root);
    expect(again.status).toBe(1);
    expect(again.stderr).not.toContain("already exists");
    expect(JSON.parse(readFileSync(target, "utf8")).submissions).toHaveLength(3);
    expect(readdirSync(path.join(root, "out"))).toEqual(["v.json"]);
  });

  it.each([
    [["validate", "in", "--bogus"], /tùy chọn không hợp lệ --bogus[\s\S]*unknown option --bogus/],
    [["validate", "khong-co.xlsx"], /không tìm thấy "khong-co.xlsx"[\s\S]*not found: "khong-co.xlsx"/],
    [["validate"], /cần ít nhất một tệp[\s\S]*at least one file/],
    [["validate", "in", "--deadline", "31/02"], /--deadline "31\/02" không hợp lệ[\s\S]*invalid --deadline/],
    [["validate", "in", "--years", "2025-2016"], /invalid --years/],
    [["validate", "in", "--lang", "fr"], /invalid --lang "fr"/],
    [["validate", "in", "--json"], /needs a value/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("usage error %j → exit 2, bilingual, help hint, no stack", (args, message) => {
    const run = dvk(args, root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("dvk --help");
    noStack(run.stderr);
  });

  it("hostile files each get their own clear issue; the good file among them is still read", () => {
    const started = Date.now();
    const run = dvk(["validate", "hostile", "--json", "-", "--lang", "en"], root);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(1);
    noStack(run.stderr);
    const json = JSON.parse(run.stdout) as {
      submissions: { unitName: string; status: string }[];
      issues: { source: string; code: string; message: string }[];
    };
    expect(json.submissions.map((s) => [s.unitName, s.status])).toEqual([["Xã D", "accepted"]]);
    const byFile = json.issues.map((i) => [path.basename(i.source), i.code]);
    expect(byFile).toEqual([
      ["bom.xlsx", "file-too-large"],
      ["goc-xa.xlsx", "sheet-too-large"],
      ["trang-web.xls", "unreadable-file"],
    ]);
    expect(json.issues[0]?.message).toContain("the limit is 100 MB");
  });

  it("--help prints the usage and exits 0", () => {
    const run = dvk(["validate", "--help"], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("dvk validate");
  });
});
