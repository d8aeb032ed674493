// check-apisets on small fixtures: every marked use is found with its requirement set, guarded uses pass,
// unguarded ones fail at their line, and the threshold follows the manifest's MinVersion.
import { describe, expect, it, beforeAll, afterAll } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const script = path.join(repoRoot, "scripts", "check-apisets.mjs");
const fixtures = path.join(__dirname, "fixtures");
const project = path.join(fixtures, "tsconfig.json");
/** Each run type-checks the fixtures with @types/office-js: seconds alone, much longer on a busy CI machine. */
const SLOW = 180_000;

interface Use {
  file: string;
  line: number;
  member: string;
  set: string;
  version: string;
  access: "read" | "write";
  resolvedBy: string;
  guard: string | null;
  ok: boolean;
}
interface Report {
  minVersion: string;
  uses: Use[];
  failures: Use[];
  members: { member: string; requirement: string; uses: number; unguarded: number }[];
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [script, "--project", project, ...args], { cwd: repoRoot, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Marker {
  file: string;
  line: number;
  kind: "ok" | "guarded" | "unguarded";
  member: string;
}

/** The expectations written next to each use in the fixtures: `// expect-<kind>: <member>`. */
function readMarkers(name: string): Marker[] {
  const file = path.relative(repoRoot, path.join(fixtures, name));
  return readFileSync(path.join(fixtures, name), "utf8")
    .split("\n")
    .flatMap((text, i) => {
      const m = text.match(/\/\/ expect-(ok|guarded|unguarded): (.+)$/);
      return m ? [{ file, line: i + 1, kind: m[1] as Marker["kind"], member: String(m[2]).trim() }] : [];
    });
}

let dir = "";
let report: Report;
let printed = { status: null as number | null, stdout: "", stderr: "" };
const markers = [...readMarkers("guarded.ts"), ...readMarkers("unguarded.ts")];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dvk-apisets-"));
  // One run prints the table and writes the JSON report (each run type-checks the fixtures: a few seconds).
  const jsonFile = path.join(dir, "report.json");
  printed = run(["--src", fixtures, "--json", jsonFile]);
  report = JSON.parse(readFileSync(jsonFile, "utf8")) as Report;
}, SLOW);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("check-apisets on fixtures (manifest ExcelApi 1.1)", () => {
  it("reads the minimum from manifest.xml", () => {
    expect(report.minVersion).toBe("1.1");
  });

  it("has enough markers to mean something", () => {
    expect(markers.filter((m) => m.kind === "guarded").length).toBeGreaterThanOrEqual(10);
    expect(markers.filter((m) => m.kind === "unguarded").length).toBeGreaterThanOrEqual(8);
  });

  it("finds every marked use with its requirement set", () => {
    for (const m of markers) {
      const found = report.uses.filter((u) => u.file === m.file && u.line === m.line && u.member === m.member);
      expect([m.file, m.line, m.member, found.length > 0]).toEqual([m.file, m.line, m.member, true]);
    }
  });

  it("passes guarded uses and records the guard that covers them", () => {
    for (const m of markers.filter((x) => x.kind === "guarded")) {
      const use = report.uses.find((u) => u.file === m.file && u.line === m.line && u.member === m.member);
      expect([m.line, m.member, use?.ok, use?.guard !== null]).toEqual([m.line, m.member, true, true]);
    }
  });

  it("fails exactly the unguarded uses", () => {
    for (const m of markers.filter((x) => x.kind === "unguarded")) {
      const failed = report.failures.some((u) => u.file === m.file && u.line === m.line && u.member === m.member);
      expect([m.line, m.member, failed]).toEqual([m.line, m.member, true]);
    }
    const unguardedLines = new Set(markers.filter((m) => m.kind === "unguarded").map((m) => `${m.file}:${m.line}`));
    const unexpected = report.failures.filter((u) => !unguardedLines.has(`${u.file}:${u.line}`));
    expect(unexpected).toEqual([]);
  });

  it("uses the annotations of @types/office-js", () => {
    const req = (member: string) => report.uses.find((u) => u.member === member)?.version;
    expect(req("ConditionalFormatCollection.add")).toBe("1.6");
    expect(req("WorksheetProtection.protect")).toBe("1.2");
    expect(req("Excel.createWorkbook")).toBe("1.8");
    expect(req("Workbook.insertWorksheetsFromBase64")).toBe("1.13");
    expect(req("Range.values")).toBe("1.1");
  });

  it("resolves members through the type checker, by name only for untyped receivers", () => {
    expect(report.uses.find((u) => u.member === "Range.values")?.resolvedBy).toBe("checker");
    expect(report.uses.find((u) => u.member === "~Workbook.insertWorksheetsFromBase64")?.resolvedBy).toBe("name");
  });

  it("distinguishes reading (1.1) from setting (1.2) Worksheet.visibility", () => {
    const visibility = report.uses.filter((u) => u.member === "Worksheet.visibility");
    expect(visibility.map((u) => [u.access, u.version, u.ok]).sort()).toEqual([
      ["read", "1.1", true],
      ["write", "1.2", false],
    ]);
  });

  it("raises the requirement for a parameter annotated '1.7 for password'", () => {
    const protect = report.uses
      .filter((u) => u.member === "WorksheetProtection.protect")
      .map((u) => [u.version, u.guard, u.ok]);
    expect(protect).toContainEqual(["1.2", null, false]);
    expect(protect).toContainEqual(["1.7", "1.2", false]);
    const unprotect = report.uses
      .filter((u) => u.member === "WorksheetProtection.unprotect")
      .map((u) => [u.version, u.ok]);
    expect(unprotect.sort()).toEqual([
      ["1.2", false],
      ["1.7", true],
    ]);
  });

  it("requires a guard on the set's own name for ExcelApiOnline members", () => {
    const pause = report.uses
      .filter((u) => u.member === "WorksheetProtection.pauseProtection")
      .map((u) => [u.set, u.guard, u.ok]);
    expect(pause).toHaveLength(2);
    expect(pause).toContainEqual(["ExcelApiOnline", "1.1", true]);
    expect(pause).toContainEqual(["ExcelApiOnline", null, false]);
  });

  it("prints a table of members and the failing lines", () => {
    const r = printed;
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/ConditionalFormatCollection\.add\s+ExcelApi 1\.6\s+2\s+UNGUARDED ×1/);
    expect(r.stdout).toMatch(/Range\.values\s+ExcelApi 1\.1\s+1\s+ok/);
    expect(r.stderr).toMatch(/unguarded\.ts:17:\d+: Excel\.createWorkbook needs ExcelApi 1\.8 > 1\.1/);
  });
});

describe("check-apisets thresholds", () => {
  it(
    "exits 0 on guarded code only",
    () => {
      const r = run(["--src", path.join(fixtures, "guarded.ts")]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("OK every member above ExcelApi 1.1");
    },
    SLOW,
  );

  it(
    "follows the MinVersion declared in the manifest",
    () => {
      const manifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8").replace(
        '<Set Name="ExcelApi" MinVersion="1.1"/>',
        '<Set Name="ExcelApi" MinVersion="1.8"/>',
      );
      const file = path.join(dir, "manifest-1.8.xml");
      writeFileSync(file, manifest);
      const r = run(["--src", fixtures, "--manifest", file, "--json", "-"]);
      const at18 = JSON.parse(r.stdout) as Report;
      expect(at18.minVersion).toBe("1.8");
      expect(r.status).toBe(1);
      // Only the 1.13 members (and the ExcelApiOnline one) stay unguarded; createWorkbook, protection and conditional
      // formats are now within the minimum.
      expect([...new Set(at18.failures.map((u) => u.member))].sort()).toEqual([
        "Workbook.insertWorksheetsFromBase64",
        "WorksheetProtection.pauseProtection",
        "~Workbook.insertWorksheetsFromBase64",
      ]);
    },
    SLOW,
  );
});
