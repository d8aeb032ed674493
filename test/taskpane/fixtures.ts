import type { Consolidation, PhaseTotalRow, TotalRow } from "../../src/core/consolidate/types";
import { FIELD_CODES, LEVEL_CODES, TYPE_CODES } from "../../src/core/catalogue/dimensions";
import { makeIssue } from "../../src/core/issues/makeIssue";
import type { Submission } from "../../src/core/types";

/** Every (field, level, type) of a year with new = 1 and cumulative = year - 2015 (so 2016 → 1, 2017 → 2). */
export function totalsFor(years: readonly number[]): TotalRow[] {
  return years.flatMap((year) =>
    FIELD_CODES.flatMap((field) =>
      LEVEL_CODES.flatMap((level) =>
        TYPE_CODES.map((type) => ({ year, field, level, type, new: 1, cumulative: year - 2015 })),
      ),
    ),
  );
}

export function submission(id: string, over: Partial<Submission> = {}): Submission {
  const [source, sheet] = id.split("#") as [string, string];
  return {
    id,
    source,
    sheet,
    order: 0,
    unitName: "Xã A",
    unitCode: null,
    year: 2020,
    reportDate: null,
    levels: ["xa"],
    entries: [],
    tableRange: null,
    issues: [],
    status: "accepted",
    ...over,
  };
}

export function consolidationOf(over: Partial<Consolidation> = {}): Consolidation {
  const phaseTotals: PhaseTotalRow[] = FIELD_CODES.flatMap((field) =>
    LEVEL_CODES.flatMap((level) =>
      TYPE_CODES.map((type) => ({
        from: 2016,
        to: 2020,
        field,
        level,
        type,
        new: field === "kinh-te" ? 5 : 1,
        cumulative: 5,
        cumulativeYear: 2020,
      })),
    ),
  );
  return {
    submissions: [],
    issues: [],
    totals: totalsFor([2016, 2017]),
    phaseTotals,
    completeness: [],
    units: [],
    years: [2016, 2017, 2018],
    series: [],
    unitOf: {},
    ...over,
  };
}

export const anIssue = (
  source: string,
  sheet: string | null,
  cell: string | null,
  code: "negative-count" | "late-submission" | "unreadable-file" = "negative-count",
) => makeIssue(code, { source, sheet, cell }, { value: -1, reason: "x", date: "1/11/2020", deadline: "30/10" });
