import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Acceptance on the committed samples through the built CLI (npm test builds lib/ first):
// issue 2 — every planted defect is reported at its cell and good files have no error;
// issue 3 — consolidated totals equal the generator's ground truth, computed from its own data model.
const repo = join(__dirname, "..", "..");
const samples = join(repo, "assets", "samples");
const expected = JSON.parse(readFileSync(join(samples, "expected.json"), "utf8")) as {
  planted: { file: string; sheet: string | null; cell: string | null; code: string }[];
  goodFiles: string[];
  superseded: { file: string; sheet: string }[];
  groundTruth: { totals: Total[] };
};
interface Total {
  year: number;
  field: string;
  level: string;
  type: string;
  new: number;
  cumulative: number;
}
interface Output {
  submissions: { source: string; sheet: string; status: string; errorCount: number }[];
  issues: {
    source: string;
    sheet: string | null;
    cell: string | null;
    code: string;
    severity: string;
    message: string;
  }[];
  totals?: Total[];
}

function dvk(...args: string[]): { status: number | null; json: Output } {
  const out = join(mkdtempSync(join(tmpdir(), "dvk-samples-")), "out.json");
  const run = spawnSync(process.execPath, [join(repo, "bin", "dvk.js"), ...args, "--json", out], {
    cwd: repo,
    encoding: "utf8",
  });
  return { status: run.status, json: JSON.parse(readFileSync(out, "utf8")) as Output };
}

const rel = (source: string) => source.replace(/^assets\/samples\//, "");

describe("dvk validate assets/samples", () => {
  let result: ReturnType<typeof dvk>;
  beforeAll(() => {
    result = dvk("validate", "assets/samples");
  });

  it("exits 1 because some submissions have errors", () => expect(result.status).toBe(1));

  it.each(expected.planted.map((p) => [p.code, p.file, p.cell ?? "-", p] as const))(
    "finds %s in %s at %s",
    (_c, _f, _a, planted) => {
      const found = result.json.issues.filter((i) => rel(i.source) === planted.file && i.code === planted.code);
      expect(found.length).toBeGreaterThan(0);
      if (planted.cell) expect(found.map((i) => i.cell)).toContain(planted.cell);
      if (planted.sheet) expect(found.map((i) => i.sheet)).toContain(planted.sheet);
      expect(found.every((i) => i.message.length > 0)).toBe(true);
    },
  );

  it("reports no error on any good file", () => {
    const errors = result.json.issues.filter(
      (i) => expected.goodFiles.includes(rel(i.source)) && i.severity === "error",
    );
    expect(errors).toEqual([]);
    const good = result.json.submissions.filter((s) => expected.goodFiles.includes(rel(s.source)));
    expect(good.length).toBeGreaterThanOrEqual(expected.goodFiles.length);
    expect(good.every((s) => s.status === "accepted")).toBe(true);
  });
});

describe("dvk consolidate assets/samples", () => {
  let result: ReturnType<typeof dvk>;
  beforeAll(() => {
    result = dvk("consolidate", "assets/samples");
  });

  it("exits 0 when the report is produced", () => expect(result.status).toBe(0));

  it("totals equal the ground truth for every year × field × level × type", () => {
    const key = (t: Total) => `${t.year}|${t.field}|${t.level}|${t.type}`;
    const actual = new Map((result.json.totals ?? []).map((t) => [key(t), [t.new, t.cumulative]]));
    const truth = new Map(expected.groundTruth.totals.map((t) => [key(t), [t.new, t.cumulative]]));
    for (const k of new Set([...actual.keys(), ...truth.keys()])) {
      expect([k, actual.get(k) ?? [0, 0]]).toEqual([k, truth.get(k) ?? [0, 0]]);
    }
    expect(truth.size).toBeGreaterThan(100);
  });

  it("marks the earlier of two reports for one unit-year as superseded", () => {
    for (const s of expected.superseded) {
      const sub = result.json.submissions.find((x) => rel(x.source) === s.file && x.sheet === s.sheet);
      expect(sub?.status).toBe("superseded");
    }
    expect(result.json.issues.some((i) => i.code === "superseded-submission")).toBe(true);
  });
});
