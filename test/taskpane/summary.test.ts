import { describe, expect, it } from "@jest/globals";
import { groupIssues, listSubmissions, sumPhaseByField } from "../../src/taskpane/summary";
import { anIssue, consolidationOf, submission } from "./fixtures";

const fileIssue = anIssue("bad.xlsx", null, null, "unreadable-file");
const cellIssue = anIssue("a.xlsx", "2020", "D9");
const lateIssue = anIssue("a.xlsx", "2020", null, "late-submission");
const results = [
  { source: "bad.xlsx", submissions: [], issues: [fileIssue] },
  {
    source: "a.xlsx",
    submissions: [submission("a.xlsx#2020", { issues: [cellIssue, lateIssue], status: "rejected" })],
    issues: [],
  },
];

describe("listSubmissions", () => {
  it("counts errors and warnings per submission", () => {
    expect(listSubmissions(results, null).map((r) => [r.id, r.status, r.errors, r.warnings])).toEqual([
      ["a.xlsx#2020", "rejected", 1, 1],
    ]);
  });
  it("takes the status from the consolidation when there is one", () => {
    const c = consolidationOf({ submissions: [submission("a.xlsx#2020", { status: "superseded" })] });
    expect(listSubmissions(results, c).map((r) => r.status)).toEqual(["superseded"]);
  });
});

describe("groupIssues", () => {
  it("groups file issues and submission issues in reading order", () => {
    expect(groupIssues(results, null, "all").map((g) => [g.source, g.sheet, g.issues.map((i) => i.code)])).toEqual([
      ["bad.xlsx", null, ["unreadable-file"]],
      ["a.xlsx", "2020", ["negative-count", "late-submission"]],
    ]);
  });
  it("filters by severity and drops empty groups", () => {
    expect(groupIssues(results, null, "warning").map((g) => [g.sheet, g.issues.map((i) => i.code)])).toEqual([
      ["2020", ["late-submission"]],
    ]);
  });
  it("names the group after the submission's unit and year", () => {
    const group = groupIssues(results, null, "error").find((g) => g.sheet === "2020");
    expect([group?.unitName, group?.year]).toEqual(["Xã A", 2020]);
  });
});

describe("sumPhaseByField", () => {
  it("sums new over levels and types of the phase", () => {
    expect(sumPhaseByField(consolidationOf(), { from: 2016, to: 2020 }, ["kinh-te", "khac"])).toEqual([
      { field: "kinh-te", new: 30, cumulative: 30 },
      { field: "khac", new: 6, cumulative: 30 },
    ]);
  });
  it("returns zeros for a phase without totals", () => {
    expect(sumPhaseByField(consolidationOf(), { from: 2021, to: 2025 }, ["kinh-te"])).toEqual([
      { field: "kinh-te", new: 0, cumulative: 0 },
    ]);
  });
});
