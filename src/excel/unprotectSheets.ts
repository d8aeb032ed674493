/**
 * Takes protection off sheets the add-in is about to rewrite, where it can: only sheets that are
 * protected (unprotect() of an unprotected sheet threw in a 2026 Excel regression), and without a
 * password (the add-in knows none). A sheet protected with a password stays as it is and is
 * reported, so the run goes on with the other sheets.
 */

export interface UnprotectResult {
  /** Names of the sheets that stay protected (a password is needed). */
  readonly locked: readonly string[];
  /** `context.sync()` calls made (one when every unprotect succeeds). */
  readonly syncs: number;
}

/**
 * Unprotects each given protected sheet in one batch. When the batch fails (Excel stops at the first
 * refused unprotect, keeping those before it), one more sync reads which are still protected: the
 * first of them is password-protected and is left alone, and those after it are tried again.
 * Call only with sheets whose `protection/protected` was loaded as true; sheets must have `name` loaded.
 * @requires ExcelApi 1.2
 *
 * @example
 * const { locked } = await unprotectSheets(context, [ws]);
 * for (const sheet of locked) notes.push({ key: "owned-sheet-password", params: { sheet } });
 *
 * @param context - the request context from `Excel.run`
 * @param sheets - protected sheets, in order
 * @returns the sheets that stay protected and the syncs made
 */
export async function unprotectSheets(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<UnprotectResult> {
  if (sheets.length === 0) return { locked: [], syncs: 0 };
  for (const ws of sheets) ws.protection.unprotect();
  try {
    await context.sync();
    return { locked: [], syncs: 1 };
  } catch {
    for (const ws of sheets) ws.protection.load("protected");
    await context.sync();
    const failed = sheets.findIndex((ws) => ws.protection.protected);
    if (failed < 0) return { locked: [], syncs: 2 };
    const rest = await unprotectSheets(
      context,
      sheets.slice(failed + 1).filter((ws) => ws.protection.protected),
    );
    return { locked: [(sheets[failed] as Excel.Worksheet).name, ...rest.locked], syncs: 2 + rest.syncs };
  }
}
