import { makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Legacy-encoding rule: text converted from TCVN3/VNI is reported once per encoding per
 * submission, with the count of cells and the first example.
 *
 * @example
 * legacyEncoding.check(parsedWithTcvn3Cells, defaultOptions(2026))[0]?.params.encoding //=> "TCVN3"
 */
export const legacyEncoding: Rule = {
  id: "legacy-encoding",
  codes: ["legacy-encoding-converted"],
  check(parsed) {
    const byEncoding = new Map<string, { count: number; before: string; after: string; cell: string }>();
    for (const c of parsed.conversions) {
      const seen = byEncoding.get(c.encoding);
      if (seen) seen.count += 1;
      else byEncoding.set(c.encoding, { count: 1, before: c.before, after: c.after, cell: c.cell });
    }
    const issues: Issue[] = [];
    for (const [encoding, c] of byEncoding)
      issues.push(
        makeIssue("legacy-encoding-converted", issueAt(parsed, c.cell), {
          encoding,
          count: c.count,
          before: c.before,
          after: c.after,
        }),
      );
    return issues;
  },
};
