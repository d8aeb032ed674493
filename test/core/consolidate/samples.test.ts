import { describe, expect, it } from "@jest/globals";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { defaultOptions } from "../../../src/core/options";
import type { TotalRow } from "../../../src/core/consolidate/types";
import type { WorkbookResult } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { readWorkbookBytes } from "../../../src/io/readWorkbook";

const ROOT = join(__dirname, "../../../assets/samples");
/** The samples run to 2026: the defaults of that year accept every year they hold. */
const OPTIONS = defaultOptions(2026);

interface Expected {
  superseded: { file: string; sheet: string }[];
  groundTruth: { totals: TotalRow[] };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return /\.(xlsx|xls|ods|csv)$/i.test(name) ? [path] : [];
    });
}

describe("consolidate on the generated samples", () => {
  it("matches the hand-computed ground truth: totals and the superseded report", () => {
    const expected = JSON.parse(readFileSync(join(ROOT, "expected.json"), "utf8")) as Expected;
    const results: WorkbookResult[] = listFiles(ROOT).map((path, order) => {
      const source = relative(ROOT, path).split("\\").join("/");
      const { workbook, issues } = readWorkbookBytes(new Uint8Array(readFileSync(path)), source);
      return workbook ? validateWorkbook(workbook, OPTIONS, order * 100) : { source, submissions: [], issues };
    });
    const c = consolidate(results, OPTIONS);
    expect(c.totals).toEqual(expected.groundTruth.totals);
    const superseded = c.submissions
      .filter((s) => s.status === "superseded")
      .map((s) => ({ file: s.source, sheet: s.sheet }));
    expect(superseded).toEqual(expected.superseded);
  });
});
