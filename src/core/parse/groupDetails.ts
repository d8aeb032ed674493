import { FIELD_MEANINGS } from "../catalogue/vocabulary";
import { matchKey } from "../text/matchKey";
import type { ListMarker } from "../text/readListMarker";
import type { FieldCode } from "../types";
import type { CountCell, DetailGroup, RowDraft, TableRow } from "./types";

/** Outline depth of an item marker: "I." above "1." above "1.1" above "a)" above "-". */
const DEPTH: Readonly<Record<ListMarker, number>> = {
  roman: 0,
  capital: 0,
  number: 1,
  nested: 2,
  letter: 3,
  bullet: 4,
  none: -1,
};

/** The words that name a field itself (the first two of its vocabulary: "kinh tế", "văn hóa" / "xã hội" …). */
const HEADS: ReadonlyMap<FieldCode, readonly string[]> = new Map(
  FIELD_MEANINGS.map((m) => [m.code, m.strong.slice(0, 2).map(matchKey)]),
);
const OF_WHICH = matchKey("trong đó");

/** True when a field row names its field as a whole ("Kinh tế", "1. Phát triển kinh tế"), not one of its topics. */
function isGeneral(row: RowDraft): boolean {
  if (row.reading === "exact") return true;
  const key = ` ${matchKey(row.label)} `;
  return (HEADS.get(row.field as FieldCode) ?? []).some((head) => key.includes(` ${head} `));
}

/** What the rows before a draft establish: the marker field rows use, and the fields already seen. */
interface Context {
  readonly fieldMarker: ListMarker;
  readonly seen: ReadonlySet<FieldCode>;
}

/** True when a draft details `parent` rather than starting a row of its own. */
function isDetail(draft: RowDraft, parent: RowDraft, context: Context): boolean {
  if (draft.namesField || draft.isTotal) return false;
  const newField = draft.field !== null && draft.field !== parent.field && !context.seen.has(draft.field);
  // Under the total row everything is an "of which" breakdown, unless it opens a field not yet seen.
  if (parent.isTotal) return !newField;
  const deeper =
    draft.indent > parent.indent ||
    (draft.marker !== "none" && (context.fieldMarker === "none" || DEPTH[draft.marker] > DEPTH[context.fieldMarker]));
  if (deeper) return !(newField && draft.reading === "exact");
  // Unmarked: a sub-topic of the field above ("Trồng rừng" under "Kinh tế").
  return draft.reading === "interpreted" && draft.field === parent.field && isGeneral(parent);
}

/** The numbers of a column over some rows, or null when one of them is not a number. */
function columnSum(rows: readonly TableRow[], col: number): { sum: number; any: boolean } | null {
  let sum = 0;
  let any = false;
  for (const row of rows) {
    const read = row.counts.get(col)?.read;
    if (!read || read.kind === "blank") continue;
    if (read.kind !== "number") return null;
    sum += read.value;
    any = true;
  }
  return { sum, any };
}

/** True when unlabelled-by-meaning rows add up, in every column they fill, to the row above them. */
function addsUp(parent: TableRow, rows: readonly TableRow[]): boolean {
  let compared = 0;
  for (const [col, count] of parent.counts) {
    const total = columnSum(rows, col);
    if (total === null) return false;
    if (!total.any) continue;
    if (count.read.kind !== "number" || count.read.value !== total.sum) return false;
    compared++;
  }
  return compared > 0;
}

/** A field row with its details compared: empty parent cells take the details' sum. */
function compareDetails(parent: RowDraft, rows: readonly RowDraft[]): { parent: TableRow; group: DetailGroup } {
  const partial = rows.some((r) => r.afterOfWhich || matchKey(r.label).startsWith(OF_WHICH));
  const summed: { cell: string; sum: number }[] = [];
  const mismatches: { cell: string; stated: number; sum: number }[] = [];
  const counts = new Map<number, CountCell>(parent.counts);
  if (!parent.isTotal) {
    for (const [col, count] of parent.counts) {
      const total = columnSum(rows, col);
      if (total === null || !total.any) continue;
      if (count.read.kind === "blank") {
        summed.push({ cell: count.cell, sum: total.sum });
        counts.set(col, { cell: count.cell, read: { kind: "number", value: total.sum } });
      } else if (
        count.read.kind === "number" &&
        (partial ? total.sum > count.read.value : total.sum !== count.read.value)
      ) {
        mismatches.push({ cell: count.cell, stated: count.read.value, sum: total.sum });
      }
    }
  }
  const updated = toRow({ ...parent, counts });
  return { parent: updated, group: { parent: updated, rows: rows.map(toRow), partial, summed, mismatches } };
}

/** A draft as the plain table row the rules see. */
function toRow(draft: RowDraft): TableRow {
  const { row, rowNumber, label, labelCell, field, reading, candidates, counts } = draft;
  return { row, rowNumber, label, labelCell, field, reading, candidates, counts };
}

/**
 * Sorts the rows of a counts table into field rows, detail rows and the total row, as an officer
 * reads an outline: a row marked one level deeper than the field rows ("-", "+", "*", "a)", "1.1",
 * or "1." under "I."), indented further, or naming a topic of the field above ("Trồng rừng" under
 * "Kinh tế") details that field; so do unknown rows that add up exactly to the row above them.
 * Rows under the total row are an "of which" breakdown. A detail that names a field not yet seen
 * exactly, or a label that says "Lĩnh vực …", starts a field row. An empty parent cell takes the
 * details' sum; a parent that states another number keeps it (the mismatch is reported).
 *
 * @param drafts - the data rows in sheet order
 * @returns the field rows (summed parents updated), the detail groups and the total row
 * @example
 * groupDetails([kinhTe, dashTrongTrot, dashChanNuoi, vanHoa]).details[0]?.rows.length //=> 2
 */
export function groupDetails(drafts: readonly RowDraft[]): {
  rows: TableRow[];
  details: DetailGroup[];
  total: TableRow | null;
} {
  const fieldMarker = drafts.find((d) => d.field !== null && !d.isTotal)?.marker ?? "none";
  const seen = new Set<FieldCode>();
  const placed: RowDraft[] = [];
  const groups = new Map<RowDraft, RowDraft[]>();
  let total: RowDraft | null = null;
  let parent: RowDraft | null = null;
  let pending: RowDraft[] = [];
  // Unknown rows under a field are details only if, with the other details, they add up to it.
  const close = (): void => {
    if (pending.length === 0) return;
    const details = parent ? (groups.get(parent) ?? []) : [];
    if (parent && !parent.isTotal && addsUp(parent, [...details, ...pending])) details.push(...pending);
    else placed.push(...pending);
    pending = [];
  };
  for (const draft of drafts) {
    if (parent && isDetail(draft, parent, { fieldMarker, seen })) {
      groups.get(parent)?.push(draft);
      continue;
    }
    const deeperThanFields = draft.marker !== "none" && DEPTH[draft.marker] > DEPTH[fieldMarker];
    if (
      parent &&
      !parent.isTotal &&
      !draft.isTotal &&
      draft.reading === "none" &&
      draft.label !== "" &&
      !draft.namesField &&
      !deeperThanFields
    ) {
      pending.push(draft);
      continue;
    }
    close();
    if (draft.isTotal) {
      if (total) continue; // a second total line repeats the first
      total = draft;
    } else {
      placed.push(draft);
      if (draft.field) seen.add(draft.field);
    }
    parent = draft.isTotal || (draft.field && draft.reading !== "ambiguous") ? draft : null;
    if (parent && !groups.has(parent)) groups.set(parent, []);
  }
  close();
  const updated = new Map<RowDraft, TableRow>();
  const details: DetailGroup[] = [];
  for (const [owner, rows] of groups) {
    if (rows.length === 0) continue;
    const compared = compareDetails(owner, rows);
    updated.set(owner, compared.parent);
    details.push(compared.group);
  }
  const rows = placed.map((d) => updated.get(d) ?? toRow(d));
  return { rows, details, total: total ? (updated.get(total) ?? toRow(total)) : null };
}
