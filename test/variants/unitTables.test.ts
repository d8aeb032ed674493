/**
 * Issue 14 §2 through the real file path: consolidated tables (one row per unit) written by another
 * program (exceljs), read by the CLI's analyseFile (readWorkbookBytes → validateWorkbook), give the same
 * numbers and totals as the per-unit canonical forms they are made from.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate } from "../../src/core/consolidate/consolidate";
import { defaultOptions } from "../../src/core/options";
import type { RawSheet, WorkbookResult } from "../../src/core/types";
import { analyseFile } from "../../src/io/node/analyseFile";
import { type FormCounts, buildForm, sampleCounts } from "../core/_fixtures/buildForm";
import { type UnitRowSpec, type UnitTableLayout, buildUnitTable } from "../core/_fixtures/buildUnitTable";
import { type Cell, type FileSpec, a1, writeXlsx } from "./grid";

const RUN = defaultOptions(2026);
const UNITS = ["Xã Thượng Lâm", "Xã Yên Hoa", "Thị trấn Na Hang", "Hội Nông dân huyện"];

/** Different counts per unit (cumulative ≥ new). */
function countsOf(seed: number): FormCounts {
  const counts = structuredClone(sampleCounts()) as FormCounts;
  for (const byLevel of Object.values(counts))
    for (const byType of Object.values(byLevel ?? {}))
      for (const pair of Object.values(byType ?? {})) {
        pair!.new = (pair!.new as number) * (seed + 1);
        pair!.cumulative = (pair!.cumulative as number) * (seed + 1) + seed;
      }
  return counts;
}

const ROWS: UnitRowSpec[] = UNITS.map((name, i) => ({ name, counts: countsOf(i) }));

/** A raw sheet as an exceljs file spec. */
function specOf(file: string, sheet: RawSheet): FileSpec {
  return {
    file,
    sheets: [
      {
        name: sheet.name,
        rows: sheet.rows.map((row) => row.map((v) => (typeof v === "boolean" ? String(v) : v) as Cell)),
        merges: (sheet.merges ?? []).map((m) => `${a1(m.s.r, m.s.c)}:${a1(m.e.r, m.e.c)}`),
      },
    ],
  };
}

const LAYOUTS: Record<string, UnitTableLayout> = {
  "fields across, level × type × measure under, merged": { title: "BẢNG TỔNG HỢP DÂN VẬN KHÉO NĂM 2024" },
  "level over field over type over measure, unmerged, year from the file name": {
    order: ["level", "field", "type", "measure"],
    merges: false,
    title: "BẢNG TỔNG HỢP DÂN VẬN KHÉO CÁC ĐƠN VỊ",
  },
  "cumulative only, named by the title": {
    order: ["field", "level", "type"],
    measures: ["cumulative"],
    title: "TỔNG HỢP SỐ MÔ HÌNH, ĐIỂN HÌNH DÂN VẬN KHÉO LŨY KẾ ĐẾN NĂM 2024",
  },
};

const read = new Map<string, WorkbookResult>();
let root = "";

async function readFile(key: string, spec: FileSpec): Promise<WorkbookResult> {
  const dir = join(root, String(read.size + 1));
  mkdirSync(dir);
  const path = await writeXlsx(dir, spec);
  const result = analyseFile({ path, source: spec.file, order: 0 }, { run: RUN });
  read.set(key, result);
  return result;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "unit-tables-"));
  for (const [name, layout] of Object.entries(LAYOUTS))
    await readFile(name, specOf("tong-hop-2024.xlsx", buildUnitTable(ROWS, layout).sheet));
  for (const measures of [undefined, ["cumulative"] as const])
    for (const row of ROWS) {
      const form = buildForm(row.counts, {
        unit: row.name,
        unitCode: null,
        year: 2024,
        ...(measures ? { measures: [...measures] } : {}),
      });
      await readFile(`${row.name}|${measures ? "cumulative" : "both"}`, specOf(`${row.name}.xlsx`, form.sheet));
    }
}, 60_000);

function totalsOf(results: readonly WorkbookResult[]): string[] {
  return consolidate(results, RUN).totals.map((t) => JSON.stringify(t));
}

describe("consolidated tables read from .xlsx files", () => {
  it.each(Object.keys(LAYOUTS))("%s: one accepted submission per unit, same totals as the units' forms", (name) => {
    const table = read.get(name)!;
    expect(table.submissions.map((s) => [s.unitName, s.year, s.status])).toEqual(
      UNITS.map((u) => [u, 2024, "accepted"]),
    );
    const kind = name.startsWith("cumulative") ? "cumulative" : "both";
    const forms = UNITS.map((u) => read.get(`${u}|${kind}`)!);
    expect(forms.every((f) => f.submissions[0]?.status === "accepted")).toBe(true);
    table.submissions.forEach((s, i) =>
      expect(s.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative])).toEqual(
        forms[i]!.submissions[0]!.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative]),
      ),
    );
    expect(totalsOf([table])).toEqual(totalsOf(forms));
  });
});
