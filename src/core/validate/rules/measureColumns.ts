import { compositeKey } from "../../_lib/compositeKey";
import { levelTypeKey } from "../../catalogue/levelTypeKey";
import { LEVEL_CODES, LEVELS, MEASURE_CODES, MEASURES, TYPE_CODES, TYPES, labelText } from "../../catalogue/dimensions";
import { makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Measure-column rule: every level present in the table has, for each type, one "Mới trong năm"
 * and one "Lũy kế" column. A missing one is a warning at the level × type header: the submission is
 * accepted and its counts there are unknown (never 0, see `buildEntries`). A repeated one is an error at
 * its second header cell.
 *
 * @example
 * measureColumns.check(parsedWithoutXaCumulative, defaultOptions(2025))[0]?.code //=> "missing-measure-column"
 */
export const measureColumns: Rule = {
  id: "measure-columns",
  codes: ["missing-measure-column", "duplicate-column"],
  check(parsed) {
    const issues: Issue[] = [];
    const { columns, groupCells } = parsed.table;
    const seen = new Set<string>();
    for (const column of columns) {
      const key = compositeKey(levelTypeKey(column.level, column.type), column.measure);
      const names = {
        level: labelText(LEVELS, column.level),
        type: labelText(TYPES, column.type),
        measure: labelText(MEASURES, column.measure),
      };
      if (seen.has(key)) issues.push(makeIssue("duplicate-column", issueAt(parsed, column.headerCell), names));
      seen.add(key);
    }
    const levels = LEVEL_CODES.filter((level) => columns.some((c) => c.level === level));
    for (const level of levels) {
      for (const type of TYPE_CODES) {
        for (const measure of MEASURE_CODES) {
          if (seen.has(compositeKey(levelTypeKey(level, type), measure))) continue;
          const cell = groupCells.get(levelTypeKey(level, type)) ?? groupCells.get(level) ?? null;
          issues.push(
            makeIssue("missing-measure-column", issueAt(parsed, cell), {
              level: labelText(LEVELS, level),
              type: labelText(TYPES, type),
              measure: labelText(MEASURES, measure),
            }),
          );
        }
      }
    }
    return issues;
  },
};
