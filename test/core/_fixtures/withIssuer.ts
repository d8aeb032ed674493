import type { CellValue, RawSheet } from "../../../src/core/types";

/**
 * A fixture form (`buildForm`) whose issuer block (rows 1–2, column A) is replaced by the given
 * lines, put above the form (merges shifted with it); no lines leaves no issuer block at all.
 */
export function withIssuer(sheet: RawSheet, lines: string[] = []): RawSheet {
  const rows = sheet.rows.map((row, r) => (r < 2 ? row.map((v, c) => (c === 0 ? null : v)) : [...row]));
  const block: CellValue[][] = lines.map((line) => [line]);
  const shift = (cell: { r: number; c: number }) => ({ r: cell.r + lines.length, c: cell.c });
  return {
    ...sheet,
    rows: [...block, ...rows],
    merges: (sheet.merges ?? []).map((m) => ({ s: shift(m.s), e: shift(m.e) })),
  };
}
