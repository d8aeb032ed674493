import type { CellStyle } from "./model";
import type { Look } from "./palette";

/**
 * What one report cell holds once resolved for writing: the renderer-neutral meaning of a
 * `ModelCell`. Every writer maps these four kinds onto its API and decides nothing else.
 * - `value`: a number or boolean;
 * - `text`: a literal string, written so it never becomes a formula or a number, whatever it starts with;
 * - `formula`: the product's own formula (no leading "="), with its expected result;
 * - `link`: an in-workbook link, written as the `formula` (a HYPERLINK) showing `label`;
 * - `empty`: nothing (the cell may still have a look).
 */
export type CellContent =
  | { readonly kind: "empty" }
  | { readonly kind: "value"; readonly value: number | boolean }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "formula"; readonly formula: string; readonly result: string | number | boolean | null }
  | {
      readonly kind: "link";
      readonly sheet: string;
      readonly cell: string;
      readonly label: string;
      readonly formula: string;
    };

/**
 * Where a link may go: the actual name of the model sheet `name` in the written workbook, or null
 * when the target is not in it (the link is then written as plain text).
 */
export type LinkTarget = (name: string) => string | null;

/** One cell of a sheet ready to render: where it is, what it holds and how it looks. */
export interface RenderCell {
  /** 0-based position and its A1 address. */
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly content: CellContent;
  /** The model's number format (e.g. "#,##0"), if any. */
  readonly numberFormat?: string;
  /** The style runs covering the cell, in model order (the last one is its main style). */
  readonly styles: readonly CellStyle[];
  /** The palette looks of `styles` composed, plus the link look for a link. */
  readonly look: Look;
  /** An editable cell of a protected sheet: "count" takes whole numbers ≥ 0 only, "open" anything. */
  readonly input?: "count" | "open";
}
