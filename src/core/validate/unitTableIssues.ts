import { makeIssue } from "../issues/makeIssue";
import type { ParsedUnitTable } from "../parse/table/parseUnitTable";
import type { Issue } from "../types";

/**
 * The issues of a consolidated table as a whole (its units are judged as submissions): each cell of its
 * total row that differs from the sum of the unit rows is a warning there; the total is never counted.
 *
 * @param table - the parsed table
 * @returns the issues
 * @example
 * unitTableIssues(tableWithTotal12OverUnits5And6)[0]?.params //=> { cell: "D10", stated: 12, sum: 11 }
 */
export function unitTableIssues(table: ParsedUnitTable): Issue[] {
  return table.totalMismatches.map((m) =>
    makeIssue(
      "unit-table-total-mismatch",
      { source: table.source, sheet: table.sheet, cell: m.cell },
      { cell: m.cell, stated: m.stated, sum: m.sum },
    ),
  );
}
