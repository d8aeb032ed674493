import { describe, expect, it } from "@jest/globals";
import { ISSUE_CATALOGUE, ISSUE_CODES } from "../../src/core/issues/catalogue";
import { issueMessage, makeIssue } from "../../src/core/issues/makeIssue";

describe("issue catalogue", () => {
  it("uses kebab-case codes", () => {
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it("uses the same template slots in Vietnamese and English", () => {
    const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of ISSUE_CODES) {
      expect([code, slots(ISSUE_CATALOGUE[code].en)]).toEqual([code, slots(ISSUE_CATALOGUE[code].vi)]);
    }
  });
});

describe("issueMessage", () => {
  it("renders parameters and the cell in both languages", () => {
    const issue = makeIssue("negative-count", { source: "a.xlsx", sheet: "2023", cell: "D9" }, { value: -1 });
    expect(issue.severity).toBe("error");
    expect(issueMessage(issue)).toBe("Ô D9 ghi số âm (-1). Số mô hình không thể âm.");
    expect(issueMessage(issue, "en")).toBe("Cell D9 holds a negative count (-1).");
  });

  it("shows ? for a missing parameter instead of failing", () => {
    expect(issueMessage(makeIssue("missing-field-row", { source: "a.xlsx" }))).toContain('"?"');
  });
});
