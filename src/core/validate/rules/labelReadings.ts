import { FIELDS, LEVELS, MEASURES, TYPES, type DimensionMember, labelText } from "../../catalogue/dimensions";
import { bilingual, makeIssue } from "../../issues/makeIssue";
import type { LabelNote } from "../../parse/types";
import type { Issue, LocalizedText } from "../../types";
import { type Rule, issueAt } from "../rule";

const MEMBERS: Readonly<Record<LabelNote["dimension"], readonly DimensionMember<string>[]>> = {
  field: FIELDS,
  level: LEVELS,
  type: TYPES,
  measure: MEASURES,
};
const DIMENSION_NAMES: Readonly<Record<LabelNote["dimension"], LocalizedText>> = {
  field: bilingual("lĩnh vực", "field"),
  level: bilingual("cấp công nhận", "level"),
  type: bilingual("loại", "type"),
  measure: bilingual("chỉ tiêu", "measure"),
};

/** Phrases joined in each language. */
function joined(parts: readonly LocalizedText[], separator: string): LocalizedText {
  return { vi: parts.map((p) => p.vi).join(separator), en: parts.map((p) => p.en).join(separator) };
}

/**
 * Label-reading rule: every label read by meaning rather than from the catalogue (a field row, a
 * level, type or measure header) is told to the officer at its cell, so no interpretation is silent
 * and a wrong one can be corrected with an alias.
 *
 * @example
 * labelReadings.check(parsedWithRow("Công tác an ninh trật tự"), defaultOptions(2025))[0]?.params.value //=> { vi: "Quốc phòng – An ninh", en: "Defence and security" }
 */
export const labelReadings: Rule = {
  id: "label-readings",
  codes: ["label-interpreted"],
  check(parsed) {
    const notes: LabelNote[] = [
      ...parsed.table.notes,
      ...parsed.table.rows
        .filter((row) => row.reading === "interpreted" && row.field !== null)
        .map((row) => ({
          cell: row.labelCell,
          label: row.label,
          dimension: "field" as const,
          code: row.field as string,
        })),
    ];
    // One note per cell: a header naming two dimensions ("TT mới") is one reading.
    const byCell = new Map<string, LabelNote[]>();
    for (const note of notes) byCell.set(note.cell, [...(byCell.get(note.cell) ?? []), note]);
    return [...byCell.values()].map((group): Issue => {
      const first = group[0] as LabelNote;
      const values = group.map((n) => labelText(MEMBERS[n.dimension], n.code));
      const names = group.map((n) => DIMENSION_NAMES[n.dimension]);
      // `group`, `code` and `suggestion` let the pane offer the reading as a one-click alias (one dimension only).
      const alias: Record<string, string> =
        group.length === 1
          ? { group: first.dimension, code: first.code, suggestion: (values[0] as LocalizedText).vi }
          : {};
      return makeIssue("label-interpreted", issueAt(parsed, first.cell), {
        label: first.label,
        value: joined(values, " – "),
        dimension: joined(names, ", "),
        ...alias,
      });
    });
  },
};
