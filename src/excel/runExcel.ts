/**
 * `Excel.run` as every entry point of the add-in calls it: with `delayForCellEdit: true`, so a click
 * while the officer is typing in a cell waits until the cell is left instead of failing
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). Hosts that do not know the
 * option ignore it: it only asks Excel to wait, it changes nothing in the batch.
 *
 * @example
 * const name = await runExcel((context) => goToCell(context, "Xã A", "D9"));
 *
 * @param batch - the work, given the request context
 * @returns what the batch returns
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
