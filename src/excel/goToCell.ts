/**
 * Shows a cell to the officer: activates its sheet and selects it (ExcelApi 1.1). One sync.
 *
 * @param context - the request context from `Excel.run`
 * @param sheet - the sheet name
 * @param cell - an A1 address on that sheet
 * @returns false when the sheet or cell no longer exists (renamed, deleted), true otherwise
 */
export async function goToCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<boolean> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
