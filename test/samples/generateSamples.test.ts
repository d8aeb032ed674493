// The sample generator (scripts/generate-samples.mjs) is deterministic, its expected.json is consistent with the
// files it wrote, and the written workbooks carry consistent cumulative histories. Runs the real script in a child
// process (it is plain Node ESM) into temporary folders.
import { describe, expect, it, beforeAll, afterAll } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { isAfterReform, REFORM_DATE } from "../../src/core";

const repo = path.resolve(__dirname, "../..");
const script = path.join(repo, "scripts/generate-samples.mjs");

interface Planted {
  file: string;
  sheet: string | null;
  cell: string | null;
  code: string;
  severity: string;
}
interface Total {
  year: number;
  field: string;
  level: string;
  type: string;
  new: number;
  cumulative: number;
}
interface Expected {
  planted: Planted[];
  goodFiles: string[];
  superseded: { file: string; sheet: string }[];
  submissions: { file: string; sheet: string | null; unitCode: string; year: number; status: string; format: string }[];
  groundTruth: { totals: Total[] };
  legacyTwins: { file: string; twin: { file: string; sheet: string } }[];
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

function runModule(code: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: repo, encoding: "utf8" });
}

let first: string;
let second: string;
let expected: Expected;

beforeAll(() => {
  first = mkdtempSync(path.join(tmpdir(), "dvk-samples-a-"));
  second = mkdtempSync(path.join(tmpdir(), "dvk-samples-b-"));
  execFileSync(process.execPath, [script, first], { cwd: repo, stdio: "pipe" });
  execFileSync(process.execPath, [script, second], { cwd: repo, stdio: "pipe" });
  expected = JSON.parse(readFileSync(path.join(first, "samples/expected.json"), "utf8")) as Expected;
}, 180000);

afterAll(() => {
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

describe("generate-samples", () => {
  it("places the 1/7/2025 reform where the core does (the generator is the independent oracle, so it keeps its own copy)", () => {
    const model = JSON.parse(
      runModule(
        `import { FIRST_YEAR_WITHOUT_DISTRICTS, MERGER_DATE } from "./scripts/samples/model.mjs"; process.stdout.write(JSON.stringify({ FIRST_YEAR_WITHOUT_DISTRICTS, MERGER_DATE }));`,
      ),
    ) as { FIRST_YEAR_WITHOUT_DISTRICTS: number; MERGER_DATE: string };
    const [day, month, year] = model.MERGER_DATE.split("/").map(Number);
    expect({ day, month, year }).toEqual(REFORM_DATE);
    expect([
      isAfterReform(model.FIRST_YEAR_WITHOUT_DISTRICTS - 1),
      isAfterReform(model.FIRST_YEAR_WITHOUT_DISTRICTS),
    ]).toEqual([false, true]);
  });

  it("writes byte-identical files on every run", () => {
    const files = listFiles(first).sort();
    expect(files.length).toBeGreaterThan(90);
    expect(listFiles(second).sort()).toEqual(files);
    const differing = files.filter(
      (f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(second, f))),
    );
    expect(differing).toEqual([]);
  });

  it("matches the committed samples (re-run npm run samples after changing the generator)", () => {
    const committed = readFileSync(path.join(repo, "assets/samples/expected.json"), "utf8");
    expect(readFileSync(path.join(first, "samples/expected.json"), "utf8")).toBe(committed);
  });

  it("lists only files that exist, and every planted error file is not a good file", () => {
    const root = path.join(first, "samples");
    for (const p of expected.planted) expect(existsSync(path.join(root, p.file))).toBe(true);
    for (const f of expected.goodFiles) expect(existsSync(path.join(root, f))).toBe(true);
    const errorFiles = new Set(expected.planted.filter((p) => p.severity === "error").map((p) => p.file));
    expect(expected.goodFiles.filter((f) => errorFiles.has(f))).toEqual([]);
    const codes = new Set(expected.planted.map((p) => p.code));
    for (const code of [
      "cumulative-less-than-new",
      "total-mismatch",
      "not-a-number",
      "negative-count",
      "fractional-count",
      "formula-error",
      "unit-inferred",
      "year-inferred",
      "year-out-of-range",
      "unknown-field",
      "duplicate-field-row",
      "missing-measure-column",
      "missing-field-row",
      "late-submission",
      "year-mismatch",
      "unreadable-file",
      "number-as-text",
    ]) {
      expect(codes.has(code)).toBe(true);
    }
    expect(expected.superseded).toHaveLength(1);
    expect(expected.submissions.filter((s) => s.status === "superseded")).toHaveLength(1);
  });

  it("plants each cell-level defect at a cell that holds what the code says", () => {
    const root = path.join(first, "samples");
    const at = (p: Planted) => {
      const wb = XLSX.read(readFileSync(path.join(root, p.file)));
      return wb.Sheets[p.sheet as string]?.[p.cell as string];
    };
    const find = (code: string) => expected.planted.find((p) => p.code === code) as Planted;
    expect(at(find("not-a-number")).v).toMatch(/^khoảng \d+$/);
    expect(at(find("negative-count")).v).toBeLessThan(0);
    expect(Number.isInteger(at(find("fractional-count")).v)).toBe(false);
    expect(at(find("formula-error")).t).toBe("e");
    expect(String(at(find("unknown-field")).v)).toBe("Lĩnh vực môi trường");
    const corrupt = find("unreadable-file");
    expect(() => XLSX.read(readFileSync(path.join(root, corrupt.file)), { type: "buffer", WTF: true })).toThrow();
  });

  it("writes canonical files whose cumulative counts follow cumulative[y] = cumulative[y-1] + new[y]", () => {
    const root = path.join(first, "samples");
    const unit = "xa-tan-hoa";
    const years = [2019, 2020, 2021];
    // Canonical Xã Tân Hòa 2019 and 2021 (2020 is the shifted variant; both read by the same content search).
    const readCounts = (file: string) => {
      const wb = XLSX.read(readFileSync(path.join(root, file)));
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet, {
        header: 1,
        raw: true,
        defval: null,
      });
      const top = rows.findIndex((r) => r.includes("Kinh tế"));
      const left = (rows[top] as unknown[]).indexOf("Kinh tế") + 1;
      return rows.slice(top, top + 5).map((r) => (r as unknown[]).slice(left, left + 12).map((v) => Number(v ?? 0)));
    };
    const [a, b, c] = years.map((y) => readCounts(`${y}/${unit}-${y}.xlsx`));
    const cell = (grid: number[][] | undefined, r: number, col: number): number => grid?.[r]?.[col] ?? Number.NaN;
    for (const [prev, next] of [
      [a, b],
      [b, c],
    ]) {
      for (let r = 0; r < 5; r += 1) {
        for (let col = 0; col < 12; col += 2)
          expect(cell(next, r, col + 1)).toBe(cell(prev, r, col + 1) + cell(next, r, col));
      }
    }
  });

  it("computes ground-truth totals with cumulative never below new and no district level from the merged communes", () => {
    expect(expected.groundTruth.totals.length).toBe(11 * 5 * 3 * 2);
    for (const t of expected.groundTruth.totals) expect(t.cumulative).toBeGreaterThanOrEqual(t.new);
    const merged = expected.submissions.filter((s) => s.unitCode.startsWith("TH-"));
    expect(merged.map((s) => s.year)).toEqual([2025, 2025, 2026, 2026]);
    const sum = (year: number) =>
      expected.groundTruth.totals.filter((t) => t.year === year).reduce((s, t) => s + t.cumulative, 0);
    expect(sum(2024)).toBeGreaterThan(sum(2016));
  });
});

describe("the 2026 reports (after the 1/7/2025 reform)", () => {
  it("come from the communes that exist after the reform, on forms without Cấp huyện", () => {
    const of2026 = expected.submissions.filter((s) => s.year === 2026);
    expect(of2026.map((s) => s.unitCode).sort()).toEqual(["TH-X101", "TH-X102", "YH-X03", "YH-X04"]);
    for (const s of of2026) {
      const wb = XLSX.read(readFileSync(path.join(first, "samples", s.file)));
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[s.sheet as string] as XLSX.WorkSheet, {
        header: 1,
        defval: null,
      });
      const texts = rows.flat().filter((v): v is string => typeof v === "string");
      expect(texts).toContain("Cấp xã");
      expect(texts).toContain("Cấp tỉnh");
      expect(texts).not.toContain("Cấp huyện");
    }
    const district2026 = expected.groundTruth.totals.filter((t) => t.year === 2026 && t.level === "huyen");
    expect(district2026.every((t) => t.new === 0 && t.cumulative === 0)).toBe(true);
    const commune2026 = expected.groundTruth.totals.filter((t) => t.year === 2026 && t.level === "xa");
    expect(commune2026.reduce((n, t) => n + t.new, 0)).toBeGreaterThan(0);
  });
});

describe("the blank template (assets/mau-01-dvk.xlsx)", () => {
  it("has the labels, header groups and SUM row at the addresses docs/mau-01-dvk.md documents, and no counts", () => {
    const wb = XLSX.read(readFileSync(path.join(first, "mau-01-dvk.xlsx")));
    expect(wb.SheetNames).toEqual(["Mẫu 01-DVK", "Mẫu 02-DVK"]);
    const ws = wb.Sheets["Mẫu 01-DVK"] as XLSX.WorkSheet;
    const text = (a1: string) => ws[a1]?.v;
    expect([text("A7"), text("I7"), text("A8"), text("I8")]).toEqual([
      "Đơn vị báo cáo:",
      "Mã đơn vị:",
      "Năm báo cáo:",
      "Ngày báo cáo:",
    ]);
    expect([text("C7"), text("K7"), text("C8"), text("K8")]).toEqual([undefined, undefined, undefined, undefined]);
    expect([text("A10"), text("B10"), text("C10"), text("G10"), text("K10")]).toEqual([
      "STT",
      "Lĩnh vực",
      "Cấp xã",
      "Cấp huyện",
      "Cấp tỉnh",
    ]);
    expect([text("C11"), text("E11"), text("C12"), text("D12")]).toEqual([
      "Mô hình tập thể",
      "Điển hình cá nhân",
      "Mới trong năm",
      "Lũy kế",
    ]);
    expect([13, 14, 15, 16, 17].map((r) => text(`B${r}`))).toEqual([
      "Kinh tế",
      "Văn hóa – Xã hội",
      "Quốc phòng – An ninh",
      "Xây dựng Đảng và hệ thống chính trị",
      "Lĩnh vực khác",
    ]);
    expect(text("A18")).toBe("Tổng cộng");
    for (const col of "CDEFGHIJKLMN") {
      expect(ws[`${col}18`]?.f).toBe(`SUM(${col}13:${col}17)`);
      for (const r of [13, 14, 15, 16, 17]) expect(text(`${col}${r}`)).toBeUndefined();
    }
    const merges = (ws["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(
      expect.arrayContaining([
        "C10:F10",
        "G10:J10",
        "K10:N10",
        "C11:D11",
        "M11:N11",
        "A10:A12",
        "B10:B12",
        "A18:B18",
        "C7:H7",
        "K8:N8",
      ]),
    );
  });
});

describe("legacy encoders (scripts/samples/legacy.mjs)", () => {
  it("encodes TCVN3 exactly as glibc iconv TCVN5712-1 does for every lowercase Vietnamese letter", () => {
    const letters = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    const ours = runModule(
      `import { toTcvn3 } from "./scripts/samples/legacy.mjs"; process.stdout.write(Buffer.from(toTcvn3(${JSON.stringify(letters)}), "latin1").toString("hex"));`,
    );
    const glibc = execFileSync("iconv", ["-f", "UTF-8", "-t", "TCVN5712-1"], { input: letters }).toString("hex");
    expect(ours).toBe(glibc);
  });

  it("encodes VNI-Windows and Windows-1258 to their well-known byte forms", () => {
    const out = JSON.parse(
      runModule(
        `import { toVni, toWindows1258 } from "./scripts/samples/legacy.mjs";
         const cp = toWindows1258("Văn hóa – Xã hội, Lũy kế");
         console.log(JSON.stringify({ vni: toVni("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), cp: new TextDecoder("windows-1258").decode(cp).normalize("NFC"), bytes: cp.length }));`,
      ),
    ) as { vni: string; cp: string; bytes: number };
    expect(out.vni).toBe("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM");
    expect(out.cp).toBe("Văn hóa – Xã hội, Lũy kế");
    // ã, ộ, ũ, ế have no single byte in the code page: base letter + combining tone mark, one byte more each.
    expect(out.bytes).toBe("Văn hóa – Xã hội, Lũy kế".length + 4);
  });
});
