import { fixLegacyText, parseA1Range, quoteSheetName, splitAddress, toA1 } from "../core";

/** One cell the "Chuyển mã sang Unicode" command would change. */
export interface LegacyChange {
  /** A1 address on the sheet. */
  readonly address: string;
  readonly before: string;
  readonly after: string;
}

export interface LegacyPreview {
  readonly sheet: string;
  /** The selected range, sheet-qualified. */
  readonly range: string;
  readonly changes: readonly LegacyChange[];
}

/** Converts one cell's text; the font name (when the whole range shares one) is a hint. */
export type LegacyConverter = (text: string, font?: string) => string;

const defaultConverter: LegacyConverter = (text, font) => fixLegacyText(text, font).text;

/**
 * Lists what converting the selected range from TCVN3/VNI to Unicode would change, without writing
 * anything: text cells only (formulas and numbers are left alone). One sync.
 *
 * @param context - the request context from `Excel.run`
 * @param convert - the converter (default: core's `fixLegacyText`)
 * @returns the sheet, the range and one entry per cell that would change
 */
export async function previewLegacyConversion(
  context: Excel.RequestContext,
  convert: LegacyConverter = defaultConverter,
): Promise<LegacyPreview> {
  const range = context.workbook.getSelectedRange();
  range.load("address, values, formulas, format/font/name");
  await context.sync();

  const address = range.address;
  const box = parseA1Range(address);
  // The font name is null when the cells use different fonts; detection then relies on the text alone.
  const font = range.format.font.name || undefined;
  const changes: LegacyChange[] = [];
  const formulas = range.formulas;
  range.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = formulas[r]?.[c];
      if (typeof value !== "string" || value === "" || (typeof formula === "string" && formula.startsWith("="))) return;
      const after = convert(value, font);
      if (after !== value)
        changes.push({ address: toA1((box?.top ?? 0) + r, (box?.left ?? 0) + c), before: value, after });
    }),
  );
  const { sheet } = splitAddress(address);
  return { sheet: sheet ?? "", range: address, changes };
}

/** Text that Excel would turn into a formula or a number if written as a plain value. */
function needsTextFormat(text: string): boolean {
  return /^[=+\-@]/.test(text) || /^\s*[+-]?\d[\d.,\s]*$/.test(text);
}

/**
 * Writes the previewed conversions, only to cells that still hold the text the preview saw (the
 * officer may have edited meanwhile); other cells are never written. Two syncs.
 *
 * @param context - the request context from `Excel.run`
 * @param preview - what `previewLegacyConversion` returned and the officer confirmed
 * @returns how many cells were written and which were skipped because they changed
 */
export async function applyLegacyConversion(
  context: Excel.RequestContext,
  preview: LegacyPreview,
): Promise<{ written: number; skipped: string[] }> {
  const ws = context.workbook.worksheets.getItem(preview.sheet);
  const cells = preview.changes.map((change) => {
    const range = ws.getRange(change.address);
    range.load("values");
    return { change, range };
  });
  await context.sync();
  const skipped: string[] = [];
  let written = 0;
  for (const { change, range } of cells) {
    if (range.values[0]?.[0] !== change.before) {
      skipped.push(`${quoteSheetName(preview.sheet)}!${change.address}`);
      continue;
    }
    // Keep text as text: a converted string starting with "=" or looking like a number stays a string.
    if (needsTextFormat(change.after)) range.numberFormat = [["@"]];
    range.values = [[change.after]];
    written++;
  }
  await context.sync();
  return { written, skipped };
}
