/** What `writeReport` reads first: the workbook's sheet names. */
export interface SheetsRead {
  /** The workbook's sheets (new report sheets are added here). */
  readonly worksheets: Excel.WorksheetCollection;
  /** Lower-case name → sheet (names compare case-insensitively, as in Excel). */
  readonly existing: ReadonlyMap<string, Excel.Worksheet>;
  /** Every sheet name, as written. */
  readonly names: readonly string[];
  /** `context.sync()` calls made (one). */
  readonly syncs: number;
}

/**
 * Read phase of `writeReport`: loads the name of every sheet of the workbook, in one sync, so the sheets to
 * create, reuse or rename can be planned (`planSheets`).
 *
 * @example
 * const sheets = await readSheets(context);
 * const plans = planSheets(model.sheets, sheets.names, ownership.read());
 *
 * @param context - the request context from `Excel.run`
 * @returns the sheets by lower-case name and their names
 */
export async function readSheets(context: Excel.RequestContext): Promise<SheetsRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return {
    worksheets,
    existing: new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws])),
    names: worksheets.items.map((ws) => ws.name),
    syncs: 1,
  };
}
