import { detectLegacyEncoding, encodingFromFont, parseA1Range, splitAddress, toA1 } from "../core";

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9, combining marks): such a cell is Unicode. */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{Mn}/u;
/** Latin-1 letters Unicode Vietnamese also uses (à á â ã è é ê ì í ò ó ô õ ù ú ý, both cases). */
const VIETNAMESE_LATIN1 = /[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u;
/** Any other Latin-1 sign (§ ¸ Ö ø ä …): where TCVN3 and VNI text read as Windows-1252 lands. */
const LATIN1 = /[\u00a1-\u00ff]/gu;

/**
 * Whether one cell's text may be TCVN3/VNI: not plainly Unicode Vietnamese, and either showing a
 * Latin-1 sign no Unicode Vietnamese spelling uses, or recognised by core's text heuristic.
 */
function mayBeLegacyText(text: string): boolean {
  if (UNICODE_VIETNAMESE.test(text)) return false;
  const signs = text.match(LATIN1);
  if (!signs) return false;
  return signs.some((c) => !VIETNAMESE_LATIN1.test(c)) || detectLegacyEncoding(text) !== null;
}

/**
 * The cheap test that decides whether a sheet's cell fonts are worth reading: some text cell looks
 * like TCVN3/VNI mojibake. A Unicode sheet answers false, so reading it costs no extra request.
 *
 * @param rows - the sheet's values as Office.js returned them (strings, numbers, booleans, "")
 * @returns true when at least one string cell may be in a legacy encoding
 * @example
 * looksPossiblyLegacy([["Kinh tÕ", 3]]) //=> true
 * looksPossiblyLegacy([["Kinh tế", 3]]) //=> false
 */
export function looksPossiblyLegacy(rows: readonly (readonly unknown[])[]): boolean {
  return rows.some((row) => row.some((value) => typeof value === "string" && mayBeLegacyText(value)));
}

/** One block of a sheet whose fonts are wanted: its sheet, its (sheet-qualified) address and its values. */
export interface FontBlock {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * Reads the font name of every cell of the given blocks in ONE sync (`Range.getCellProperties`) and
 * keeps only string cells in a legacy Vietnamese font (`encodingFromFont`), keyed by their A1
 * address on the sheet (the block's origin honoured), as core's `RawSheet.fonts` expects.
 *
 * @requires ExcelApi 1.9
 * @param context - the request context from `Excel.run`
 * @param blocks - the blocks to read (call it only with a non-empty list: it always syncs)
 * @returns per block, its legacy fonts by A1 (possibly empty)
 */
export async function readLegacyFonts(
  context: Excel.RequestContext,
  blocks: readonly FontBlock[],
): Promise<Record<string, string>[]> {
  const worksheets = context.workbook.worksheets;
  const results = blocks.map((block) =>
    worksheets
      .getItem(block.sheet)
      .getRange(splitAddress(block.address).range)
      .getCellProperties({ format: { font: { name: true } } }),
  );
  await context.sync();
  return blocks.map((block, i) => {
    const box = parseA1Range(block.address);
    const fonts: Record<string, string> = {};
    if (!box) return fonts;
    (results[i] as OfficeExtension.ClientResult<Excel.CellProperties[][]>).value.forEach((row, r) =>
      row.forEach((cell, c) => {
        const name = cell.format?.font?.name;
        if (
          typeof block.values[r]?.[c] === "string" &&
          block.values[r]?.[c] !== "" &&
          encodingFromFont(name ?? undefined)
        )
          fonts[toA1(box.top + r, box.left + c)] = name as string;
      }),
    );
    return fonts;
  });
}
