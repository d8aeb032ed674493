import { FIELD_CODES, LEVEL_CODES, TYPE_CODES } from "../../../src/core/catalogue/dimensions";
import type {
  CountEntry,
  FieldCode,
  LevelCode,
  RunOptions,
  Submission,
  TypeCode,
  WorkbookResult,
} from "../../../src/core/types";

export const OPTIONS: RunOptions = {
  years: { from: 2020, to: 2024 },
  deadline: { day: 30, month: 10 },
  phases: [
    { from: 2020, to: 2021 },
    { from: 2022, to: 2024 },
  ],
};

/** One count: [field, level, type, new, cumulative]; null is an unknown count. */
export type Count = readonly [FieldCode, LevelCode, TypeCode, number | null, number | null];

/** Every (field, level, type) with zeros, overridden by the given counts. */
export function entries(counts: readonly Count[] = []): CountEntry[] {
  const list: CountEntry[] = [];
  let row = 9;
  for (const field of FIELD_CODES) {
    let col = 3;
    for (const level of LEVEL_CODES) {
      for (const type of TYPE_CODES) {
        const hit = counts.find(([f, l, t]) => f === field && l === level && t === type);
        const letter = (c: number) => String.fromCharCode(65 + c);
        list.push({
          field,
          level,
          type,
          new: hit ? hit[3] : 0,
          cumulative: hit ? hit[4] : 0,
          cells: { new: `${letter(col)}${row}`, cumulative: `${letter(col + 1)}${row}` },
        });
        col += 2;
      }
    }
    row++;
  }
  return list;
}

export interface SubmissionSpec {
  source?: string;
  sheet?: string;
  order?: number;
  unitName?: string | null;
  unitCode?: string | null;
  year?: number | null;
  reportDate?: string | null;
  counts?: readonly Count[];
  status?: "accepted" | "rejected";
}

/** A submission built directly (no reader involved). */
export function submission(spec: SubmissionSpec): Submission {
  const source = spec.source ?? "a.xlsx";
  const sheet = spec.sheet ?? "Sheet1";
  return {
    id: `${source}#${sheet}`,
    source,
    sheet,
    order: spec.order ?? 0,
    unitName: spec.unitName === undefined ? "Xã A" : spec.unitName,
    unitCode: spec.unitCode ?? null,
    year: spec.year === undefined ? 2024 : spec.year,
    reportDate: spec.reportDate === undefined ? "2024-10-01" : spec.reportDate,
    levels: ["xa", "huyen", "tinh"],
    entries: entries(spec.counts),
    tableRange: "A5:N14",
    issues: [],
    status: spec.status ?? "accepted",
  };
}

/** One workbook result per submission (source = the submission's source). */
export function results(...subs: Submission[]): WorkbookResult[] {
  return subs.map((s) => ({ source: s.source, submissions: [s], issues: [] }));
}

/** Deep-freezes a value so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
