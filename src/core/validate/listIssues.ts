import { suggestLabel } from "../catalogue/resolveLabel";
import { bilingual, makeIssue } from "../issues/makeIssue";
import type { ParsedModelList, UnreadableListCell } from "../parse/list/types";
import type { AliasTable, Issue, LocalizedText } from "../types";

const COLUMN_NAMES: Readonly<Record<UnreadableListCell["column"], LocalizedText>> = {
  name: bilingual("tên mô hình, điển hình", "model name"),
  type: bilingual("loại (tập thể / cá nhân)", "type (collective / individual)"),
  field: bilingual("lĩnh vực", "field"),
  level: bilingual("cấp công nhận", "recognition level"),
  year: bilingual("năm công nhận", "recognition year"),
};

/** The issue for one cell of the list that was not understood. */
function issueFor(list: ParsedModelList, bad: UnreadableListCell, aliases?: AliasTable): Issue {
  const where = { source: list.source, sheet: list.sheet, cell: bad.cell };
  const row = bad.rowNumber;
  if (bad.text === "") return makeIssue("list-missing-value", where, { column: COLUMN_NAMES[bad.column], row });
  if (bad.column === "year") return makeIssue("list-invalid-year", where, { value: bad.text, row });
  if (bad.column === "name") return makeIssue("list-missing-value", where, { column: COLUMN_NAMES.name, row });
  return makeIssue("list-unknown-label", where, {
    label: bad.text,
    column: COLUMN_NAMES[bad.column],
    suggestion: suggestLabel(bad.column, bad.text, aliases).label,
    row,
  });
}

/**
 * The issues of a Mẫu 02-DVK list itself: each type, field or level label that matches nothing
 * (with the closest known label), each unreadable recognition year and each missing value. All
 * are warnings: the list is an annex, its problems never reject the Mẫu 01 submission.
 *
 * @param list - the parsed list
 * @param aliases - the officer's extra label aliases (also used for the suggestion)
 * @returns the issues, in sheet order
 * @example
 * listIssues(listWithMoiTruong)[0]?.code //=> "list-unknown-label"
 */
export function listIssues(list: ParsedModelList, aliases?: AliasTable): Issue[] {
  return list.unreadable.map((bad) => issueFor(list, bad, aliases));
}
