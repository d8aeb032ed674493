import type { ModelCell, SheetModel } from "../../../src/core/sheet/model";

/** The model cell at an A1 address (single letters are enough for these sheets, plus AA–AZ). */
export function cellAt(sheet: SheetModel, address: string): ModelCell | null {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const letters = m[1] as string;
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[column] ?? null;
}

/** The value at an address (undefined when the cell is empty). */
export function valueAt(sheet: SheetModel, address: string): string | number | boolean | null | undefined {
  return cellAt(sheet, address)?.v;
}
