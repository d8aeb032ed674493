import type { CountEntry, Submission } from "../../../src/core/types";

/** A small accepted submission: two entries, values derived from `base`. */
export function makeSubmission(overrides: Partial<Submission> & { base?: number } = {}): Submission {
  const base = overrides.base ?? 1;
  const entries: CountEntry[] = [
    {
      field: "kinh-te",
      level: "xa",
      type: "tap-the",
      new: base,
      cumulative: base * 10,
      cells: { new: "D9", cumulative: "E9" },
    },
    {
      field: "van-hoa-xa-hoi",
      level: "xa",
      type: "ca-nhan",
      new: base + 1,
      cumulative: base * 10 + 1,
      cells: { new: "F10", cumulative: "G10" },
    },
  ];
  const { base: _base, ...rest } = overrides;
  return {
    id: "a.xlsx#2024",
    source: "a.xlsx",
    sheet: "2024",
    order: 0,
    unitName: "Xã Hòa An",
    unitCode: null,
    year: 2024,
    reportDate: "2024-11-20",
    levels: ["xa"],
    entries,
    tableRange: "A7:M14",
    issues: [],
    status: "accepted",
    ...rest,
  };
}
