/**
 * Variant corpus — "read every submission an experienced officer can read" (issue 10 §7).
 *
 * The files here are written by other hands than the sample generator: hand-built grids
 * (test/variants/corpus.ts) saved with exceljs, each paired with its canonical twin (the form as
 * docs/mau-01-dvk.md §3.1 draws it, same numbers, unit and year). The corpus is written
 * independently of the product's vocabulary: its wordings, layouts and number styles come from how
 * officers in other districts and provinces write these reports, before and after the 1/7/2025
 * reform (docs/mau-01-dvk.md, ../shared/reference/domain.md §1, §4–§6), never from the product's
 * alias lists, and no variant is tuned to what the reader understands today.
 *
 * Every file goes through the product's real path (src/io/node/analyseFile: readWorkbookBytes →
 * validateWorkbook, with the CLI's default options) and each variant must be read exactly like its
 * twin: accepted, no error and no warning, the same number for every field × level × type, new and
 * cumulative, the same year, and the same unit by the product's own unit identity. Where the
 * reading is an interpretation the issue requires to be shown (a label read by meaning, a unit or
 * year inferred, a count written with words, a parent row filled from its details), an info issue
 * must say so. The negative controls must stay rejected, with the error at the right cell.
 *
 * The files are built in a temporary folder when the test runs rather than committed: the specs
 * are the reviewable source, exceljs output is not byte-stable across versions anyway, and the
 * builder is deterministic (seeded numbers, fixed document dates), so every run reads the same
 * corpus.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueMessage, type Issue, type RunOptions, type Submission, type WorkbookResult } from "../../src/core";
import { parseCliArgs } from "../../src/cli/args";
import { unitIdentity } from "../../src/core/units/unitIdentity";
import { analyseFile } from "../../src/io/node/analyseFile";
import { type Data, type Field, FIELDS, KINDS } from "./build";
import { type Control, type Variant, buildControls, buildVariants } from "./corpus";
import { type FileSpec, writeXlsx } from "./grid";

const variants = buildVariants();
const controls = buildControls();

/**
 * The CLI's own defaults (years, deadline): what `dvk validate <folder>` runs with, in the corpus's
 * own today (December 2026: its 2026 reports are current, its 2028 control is in the future), so the
 * test does not change with the clock.
 */
const CORPUS_YEAR = 2026;
const run: RunOptions = (() => {
  const args = parseCliArgs("validate", ["."], CORPUS_YEAR);
  if (!args) throw new Error("no options");
  return args.run;
})();

const results = new Map<string, WorkbookResult>();

async function readSpec(root: string, key: string, spec: FileSpec): Promise<void> {
  // One folder per file, so names may repeat and no folder name carries a unit or a year.
  const dir = join(root, String(results.size + 1));
  mkdirSync(dir);
  const path = await writeXlsx(dir, spec);
  results.set(key, analyseFile({ path, source: spec.file, order: 0 }, { run }));
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "variants-"));
  for (const v of variants) {
    await readSpec(root, `${v.id}#variant`, v.file);
    await readSpec(root, `${v.id}#twin`, v.twin);
  }
  for (const c of controls) await readSpec(root, `${c.id}#control`, c.file);
}, 120_000);

const at = (i: Issue) => `${i.code}@${i.cell ?? "-"}`;
const allIssues = (r: WorkbookResult): Issue[] => [...r.issues, ...r.submissions.flatMap((s) => s.issues)];

/** Every field × level × type of a submission as "new/cumulative". */
function numbersOf(sub: Submission): Map<string, string> {
  return new Map(sub.entries.map((e) => [`${e.field}/${e.level}/${e.type}`, `${e.new}/${e.cumulative}`]));
}

function numbersOfData(d: Data): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of FIELDS)
    for (const level of d.levels)
      for (const type of KINDS) {
        const pair = d.counts[field][level]?.[type];
        out.set(`${field}/${level}/${type}`, `${pair?.new ?? 0}/${pair?.cumulative ?? 0}`);
      }
  return out;
}

function diff(read: Map<string, string>, want: Map<string, string>, against: string): string[] {
  const keys = [...new Set([...read.keys(), ...want.keys()])].sort();
  return keys
    .filter((k) => read.get(k) !== want.get(k))
    .map((k) => `${k}: read ${read.get(k) ?? "none"}, ${against} ${want.get(k) ?? "none"}`);
}

const identity = (s: Submission | undefined) => (s ? unitIdentity(s.unitCode, s.unitName) : null);

/** What the reader made of a file, in the terms the twin is compared in. */
function reading(r: WorkbookResult | undefined) {
  const sub = r?.submissions[0];
  const issues = r ? allIssues(r) : [];
  return {
    submissions: r?.submissions.length ?? 0,
    status: sub?.status ?? "no submission",
    errors: issues.filter((i) => i.severity === "error").map(at),
    warnings: issues.filter((i) => i.severity === "warning").map(at),
    unit: identity(sub),
    year: sub?.year ?? null,
    levels: sub ? [...sub.levels] : [],
  };
}

/** The info rules a variant's reading breaks. */
function missingInfo(v: Variant, r: WorkbookResult | undefined): string[] {
  const info = r ? allIssues(r).filter((i) => i.severity === "info") : [];
  const missing: string[] = [];
  for (const rule of v.info) {
    if (rule === "text")
      for (const cell of v.textCells)
        if (!info.some((i) => i.cell === cell)) missing.push(`no info issue at ${cell} (count written with words)`);
    if (rule === "cell" && !info.some((i) => i.cell !== null))
      missing.push("no info issue at any cell (interpretation not shown)");
    if (rule === "any" && info.length === 0) missing.push("no info issue (inference not shown)");
  }
  return missing;
}

describe("canonical twins are read exactly", () => {
  it.each(variants.map((v) => [v.id, v] as const))("twin of %s", (_id, v) => {
    const r = results.get(`${v.id}#twin`);
    const read = reading(r);
    const sub = r?.submissions[0];
    expect({
      ...read,
      info: r
        ? allIssues(r)
            .filter((i) => i.severity === "info")
            .map(at)
        : [],
      numbers: sub ? diff(numbersOf(sub), numbersOfData(v.data), "written") : ["no submission"],
    }).toEqual({
      submissions: 1,
      status: "accepted",
      errors: [],
      warnings: [],
      info: [],
      unit: unitIdentity(null, v.data.unit),
      year: v.data.year,
      levels: [...v.data.levels],
      numbers: [],
    });
  });
});

describe("each variant is read like its canonical twin", () => {
  it.each(variants.map((v) => [`c${v.cls}`, v.id, v.what, v] as const))("[%s] %s — %s", (_cls, _id, _what, v) => {
    const r = results.get(`${v.id}#variant`);
    const twinResult = results.get(`${v.id}#twin`);
    const twinSub = twinResult?.submissions[0];
    const sub = r?.submissions[0];
    // The twin's reading when it has one; the written data otherwise (the twin test says why).
    const want = twinSub ? numbersOf(twinSub) : numbersOfData(v.data);
    expect({
      ...reading(r),
      numbers: sub ? diff(numbersOf(sub), want, "twin") : ["no submission"],
      missingInfo: missingInfo(v, r),
    }).toEqual({
      submissions: 1,
      status: "accepted",
      errors: [],
      warnings: [],
      unit: twinSub ? identity(twinSub) : unitIdentity(null, v.data.unit),
      year: twinSub?.year ?? v.data.year,
      levels: twinSub ? [...twinSub.levels] : [...v.data.levels],
      numbers: [],
      missingInfo: [],
    });
  });

  it("covers every class with several members", () => {
    const perClass = new Map<number, number>();
    for (const v of variants) perClass.set(v.cls, (perClass.get(v.cls) ?? 0) + 1);
    for (const cls of [1, 2, 3, 4, 5, 6, 7]) expect([cls, (perClass.get(cls) ?? 0) >= 2]).toEqual([cls, true]);
    expect(new Set(variants.map((v) => v.id)).size).toBe(variants.length);
  });
});

/** Both wordings of a field a message may use (the label is not enough: the row's own text is quoted). */
const FIELD_NAMES: Readonly<Record<Field, { vi: string; en: RegExp }>> = {
  "kinh-te": { vi: "kinh tế", en: /econom/i },
  "van-hoa-xa-hoi": { vi: "văn hóa xã hội", en: /cultur|social|societ/i },
  "quoc-phong-an-ninh": { vi: "quốc phòng an ninh", en: /defen[cs]e|security/i },
  "xay-dung-he-thong-chinh-tri": { vi: "hệ thống chính trị", en: /political/i },
  khac: { vi: "khác", en: /other/i },
};
const fold = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/hoá/g, "hóa")
    .replace(/[-–—,]/g, " ")
    .replace(/\s+/g, " ");

/** True when a message names the field (by its canonical name, not by quoting the row's label). */
function names(issue: Issue, field: Field, rowLabel: string): boolean {
  const vi = fold(issueMessage(issue, "vi")).replace(fold(rowLabel), " ");
  return vi.includes(FIELD_NAMES[field].vi) || FIELD_NAMES[field].en.test(issueMessage(issue, "en"));
}

describe("negative controls stay rejected at their cell", () => {
  const cases = controls.flatMap((c) => c.expect.map((e, i) => [c.id, i, c.what, c, e] as const));
  it.each(cases)("%s #%d — %s", (_id, _i, _what, c: Control, e) => {
    const r = results.get(`${c.id}#control`);
    const issues = r ? allIssues(r) : [];
    const errors = issues.filter((i) => i.severity === "error");
    const matches = errors.filter((i) => (e.code === null || i.code === e.code) && e.cells.includes(i.cell));
    const named = (e.names ?? []).every((f) => matches.some((i) => names(i, f, e.label ?? "")));
    expect({
      status: r?.submissions[0]?.status ?? "no submission",
      error: matches.length > 0 ? "found" : `not found; errors: ${errors.map(at).join(", ") || "none"}`,
      namesBoth: named ? "yes" : `no: ${matches.map((i) => issueMessage(i, "vi")).join(" | ") || "no matching error"}`,
    }).toEqual({ status: "rejected", error: "found", namesBoth: "yes" });
  });
});
