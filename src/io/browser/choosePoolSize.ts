/**
 * How many parse workers the pane runs: one per core but one (the pane's own thread keeps a core), at least 1, at
 * most 4 (each worker holds its own SheetJS; beyond four the zip reading is no longer the bottleneck).
 *
 * @param hardwareConcurrency - `navigator.hardwareConcurrency` (undefined or 0 where the browser does not say)
 * @returns the pool size, 1…4
 * @example
 * choosePoolSize(2) //=> 1
 * choosePoolSize(8) //=> 4
 */
export function choosePoolSize(hardwareConcurrency: number | undefined): number {
  const cores =
    Number.isFinite(hardwareConcurrency) && (hardwareConcurrency ?? 0) > 0
      ? Math.floor(hardwareConcurrency as number)
      : 2;
  return Math.min(4, Math.max(1, cores - 1));
}
