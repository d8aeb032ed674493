import { codeOfLabel, interpretLabel } from "../catalogue/interpretLabel";
import { matchKey } from "../text/matchKey";
import { readItemNumber } from "../text/readItemNumber";
import { readListMarker } from "../text/readListMarker";
import type { AliasTable, FieldCode } from "../types";
import { groupDetails } from "./groupDetails";
import type { TableHeader } from "./findTableHeader";
import type { Grid } from "./grid";
import { readCount } from "./parseCount";
import { isTotalLabel } from "./rowLabels";
import type { CountCell, DetailGroup, RowDraft, TableRow } from "./types";

const LOOKAHEAD_ROWS = 10;
const OF_WHICH = matchKey("trong đó");
const FIELD_WORD = matchKey("Lĩnh vực");

/**
 * Finds the row-label column: of the columns left of the counts, the one with the most field or
 * total labels under the header (ties: the rightmost, so an STT column loses to "Lĩnh vực").
 *
 * @param grid - the sheet
 * @param header - the table header
 * @param aliases - the officer's extra label aliases
 * @returns the grid column, or null when no column left of the counts holds text
 * @example
 * findLabelColumn(grid, header) //=> 1 (column B, right of STT)
 */
export function findLabelColumn(grid: Grid, header: TableHeader, aliases?: AliasTable): number | null {
  let best: { col: number; score: number } | null = null;
  const last = Math.min(grid.height, header.bottom + 60);
  for (let c = 0; c < header.left; c++) {
    let score = 0;
    for (let r = header.bottom + 1; r < last; r++) {
      const label = grid.label(r, c);
      if (codeOfLabel("field", label, aliases) || isTotalLabel(label)) score += 100;
      else if (/\p{L}{2,}/u.test(label)) score += 1;
    }
    if (score > 0 && score >= (best?.score ?? 0)) best = { col: c, score };
  }
  return best?.col ?? null;
}

/**
 * The label of a data row: the label cell (a merged label counts), or a total label written only
 * in a column to its left ("Tổng cộng" typed in the STT column).
 */
function rowLabel(grid: Grid, row: number, labelCol: number): string {
  const label = grid.label(row, labelCol);
  if (label !== "") return label;
  for (let c = labelCol - 1; c >= 0; c--) {
    const left = grid.label(row, c);
    if (isTotalLabel(left)) return left;
  }
  return "";
}

/** Reads the count cells of the mapped columns in one row. */
function readCounts(grid: Grid, header: TableHeader, row: number): Map<number, CountCell> {
  const counts = new Map<number, CountCell>();
  for (const { col } of header.columns)
    counts.set(col, { cell: grid.address(row, col), read: readCount(grid.value(row, col), grid.text(row, col)) });
  return counts;
}

/** True when a row has nothing in its label and in the table's columns. */
function isBlankRow(grid: Grid, header: TableHeader, row: number, labelCol: number): boolean {
  if (
    rowLabel(grid, row, labelCol) !== "" ||
    (grid.value(row, labelCol) !== null && typeof grid.value(row, labelCol) !== "string")
  )
    return false;
  for (let c = header.left; c <= header.right; c++)
    if (readCount(grid.value(row, c), grid.text(row, c)).kind !== "blank") return false;
  return true;
}

/** True when a field or total row comes within the next rows: the table goes on past row `row`. */
function knownRowFollows(grid: Grid, row: number, labelCol: number, aliases?: AliasTable): boolean {
  for (let r = row + 1; r < Math.min(grid.height, row + 1 + LOOKAHEAD_ROWS); r++) {
    const label = rowLabel(grid, r, labelCol);
    if (codeOfLabel("field", label, aliases) || isTotalLabel(label)) return true;
  }
  return false;
}

/** True for the "(1) (2) (3) …" column-number row some forms put under the header (its label is no word). */
function isColumnNumberRow(grid: Grid, header: TableHeader, row: number, labelCol: number): boolean {
  if (/\p{L}{2,}/u.test(rowLabel(grid, row, labelCol))) return false;
  const numbers: number[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const value = grid.value(row, c);
    const text = typeof value === "number" ? String(value) : grid.text(row, c).replace(/^\((\d+)\)$/, "$1");
    if (text !== "") numbers.push(/^\d+$/.test(text) ? Number(text) : NaN);
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? NaN) + 1);
}

/** Leading spaces of the label as typed (a cell's raw string, before cleaning). */
function indentOf(grid: Grid, row: number, labelCol: number): number {
  const raw = grid.value(row, labelCol);
  return typeof raw === "string" ? (/^[ \u00a0\t]*/u.exec(raw)?.[0].length ?? 0) : 0;
}

/** Reads one data row's label, field and counts. */
function readRow(
  grid: Grid,
  header: TableHeader,
  row: number,
  labelCol: number,
  aliases: AliasTable | undefined,
  afterOfWhich: boolean,
): RowDraft {
  const text = rowLabel(grid, row, labelCol);
  const { marker: inLabel, label } = readListMarker(text);
  // Rows numbered in a column of their own ("STT": I, 1, 1.1, a, -) follow the same outline.
  const numbering = labelCol > 0 ? grid.value(row, labelCol - 1) : null;
  const marker =
    inLabel !== "none"
      ? inLabel
      : readItemNumber(typeof numbering === "number" || typeof numbering === "string" ? numbering : null);
  const reading = interpretLabel("field", text, aliases);
  const labelCell = grid.address(row, Math.max(labelCol, 0));
  const field: FieldCode | null = reading.kind === "exact" || reading.kind === "interpreted" ? reading.code : null;
  return {
    row,
    rowNumber: Number(labelCell.replace(/^[A-Z]+/, "")),
    label,
    labelCell,
    field,
    reading: reading.kind,
    candidates: reading.kind === "ambiguous" ? reading.candidates : [],
    counts: readCounts(grid, header, row),
    marker,
    indent: indentOf(grid, row, labelCol),
    isTotal: isTotalLabel(text),
    namesField: matchKey(label).startsWith(FIELD_WORD),
    afterOfWhich,
  };
}

/**
 * Reads the data rows under the table header, in sheet order: each row's label, the field it names
 * (by catalogue or by meaning) and its count cells, plus the total row. Rows that detail a field
 * ("- Trồng trọt", "1.1 …", "a) …", or a sub-topic such as "Trồng rừng" under "Kinh tế") are set
 * apart as details (see `groupDetails`). Stops at the footer: a row that names no field (a text row
 * with no counts, or any row after a blank gap) with no field or total row in the next rows. A
 * label-only sub-heading between rows is skipped; it holds no values.
 *
 * @param grid - the sheet
 * @param header - the table header
 * @param labelCol - the row-label column
 * @param aliases - the officer's extra label aliases
 * @returns the field rows, the detail groups, the total row (or null) and the last row read
 * @example
 * readTableRows(grid, header, 1).rows.map((r) => r.field) //=> ["kinh-te", "van-hoa-xa-hoi", …]
 */
export function readTableRows(
  grid: Grid,
  header: TableHeader,
  labelCol: number,
  aliases?: AliasTable,
): { rows: TableRow[]; details: DetailGroup[]; total: TableRow | null; lastRow: number } {
  const drafts: RowDraft[] = [];
  let gap = false;
  let ofWhich = false;
  let lastRow = header.bottom;
  const seenRows = (): boolean => drafts.length > 0;
  for (let r = header.bottom + 1; r < grid.height; r++) {
    if (isBlankRow(grid, header, r, labelCol)) {
      gap = true;
      continue;
    }
    if (!seenRows() && isColumnNumberRow(grid, header, r, labelCol)) continue;
    const draft = readRow(grid, header, r, labelCol, aliases, ofWhich);
    const hasCounts = [...draft.counts.values()].some((c) => c.read.kind !== "blank");
    if (!draft.field && !draft.isTotal && draft.reading !== "ambiguous") {
      const more = knownRowFollows(grid, r, labelCol, aliases);
      if (!hasCounts) {
        // A label-only line inside the table ("Trong đó:", a sub-heading) holds nothing to lose.
        const opensOfWhich = matchKey(draft.label).startsWith(OF_WHICH);
        if (!more && !opensOfWhich && !(seenRows() && nextRowHasCounts(grid, header, r))) break; // the footer
        ofWhich = opensOfWhich;
        continue;
      }
      if (!more && gap && seenRows()) break; // numbers after a gap, with nothing known below: the footer
    }
    drafts.push(draft);
    ofWhich = false;
    gap = false;
    lastRow = r;
  }
  return { ...groupDetails(drafts), lastRow };
}

/** True when the row below holds a count: a label-only line above it opens more table. */
function nextRowHasCounts(grid: Grid, header: TableHeader, row: number): boolean {
  if (row + 1 >= grid.height) return false;
  for (const { col } of header.columns)
    if (readCount(grid.value(row + 1, col), grid.text(row + 1, col)).kind !== "blank") return true;
  return false;
}
