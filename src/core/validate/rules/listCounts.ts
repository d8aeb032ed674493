import { eachCombination } from "../../catalogue/eachCombination";
import { combinationKey } from "../../catalogue/combinationKey";
import { FIELDS, LEVEL_CODES, LEVELS, TYPES, labelText } from "../../catalogue/dimensions";
import { makeIssue } from "../../issues/makeIssue";
import type { ParsedModelList } from "../../parse/list/types";
import type { CountEntry, Issue } from "../../types";
import { buildEntries, levelsOf } from "../buildEntries";
import { type Rule, issueAt } from "../rule";

/** Models of the lists recognised in `year`, counted per "field|level|type". */
function countListed(lists: readonly ParsedModelList[], year: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) {
    for (const model of list.models) {
      if (model.year !== year) continue;
      const key = combinationKey(model.field, model.level, model.type);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Zero entries for the levels the table does not have: listed models there are compared with 0. */
function absentLevelEntries(parsed: Parameters<Rule["check"]>[0]): CountEntry[] {
  const present = new Set(levelsOf(parsed));
  return LEVEL_CODES.filter((level) => !present.has(level)).flatMap((level) =>
    eachCombination([level]).map((c) => ({ ...c, new: 0, cumulative: 0, cells: { new: null, cumulative: null } })),
  );
}

/**
 * List-count rule: when the workbook also holds the unit's Mẫu 02-DVK list of models, the new
 * count of every field × level × type in Mẫu 01 equals the number of listed models recognised in
 * the report year. One warning per mismatching combination, at the Mẫu 01 "Mới trong năm" cell.
 * Nothing is compared without a list or without a report year. Models listed at a level the
 * table does not have are compared with 0 (the warning then has no cell).
 *
 * @example
 * listCounts.check(parsed2023, defaultOptions(2026), { lists: [listWithTwoKinhTeXaTapThe2023] })[0]?.params.listCount //=> 2
 */
export const listCounts: Rule = {
  id: "list-counts",
  codes: ["list-count-mismatch"],
  check(parsed, _options, context) {
    const year = parsed.header.year?.value ?? null;
    if (!context || context.lists.length === 0 || year === null) return [];
    const listed = countListed(context.lists, year);
    const issues: Issue[] = [];
    for (const entry of [...buildEntries(parsed), ...absentLevelEntries(parsed)]) {
      const listCount = listed.get(combinationKey(entry.field, entry.level, entry.type)) ?? 0;
      // An unknown new count (no column for it) is not compared: it is not 0.
      if (entry.new === null || entry.new === listCount) continue;
      issues.push(
        makeIssue("list-count-mismatch", issueAt(parsed, entry.cells.new), {
          field: labelText(FIELDS, entry.field),
          level: labelText(LEVELS, entry.level),
          type: labelText(TYPES, entry.type),
          formCount: entry.new,
          listCount,
          year,
        }),
      );
    }
    return issues;
  },
};
