import type { CellStyle } from "./model";
import { LINK_LOOK, PALETTE, type Look } from "./palette";

/**
 * The look of a cell covered by several style runs: their palette looks applied in model order
 * (a later run's properties win), then the link look when the cell is a link.
 *
 * @param styles - the cell's style runs, in model order
 * @param link - whether the cell links to another place in the workbook
 * @returns the composed look
 * @example
 * composeLook(["text", "severity-error"], false).fill //=> "#FFC7CE"
 */
export function composeLook(styles: readonly CellStyle[], link: boolean): Look {
  const looks = styles.map((style) => PALETTE[style]);
  return Object.assign({}, ...looks, link ? LINK_LOOK : {}) as Look;
}
