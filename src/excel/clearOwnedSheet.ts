import type { Batcher } from "./batcher";
import type { Caps } from "./caps";

/**
 * Queues emptying an owned sheet before it is rewritten, once its protection is off
 * (`unprotectSheets`): panes unfrozen (1.7), validation cleared (1.8), merges and every cell cleared.
 * It never calls `unprotect()`, which fails on a password-protected sheet and, in a 2026 Excel regression, on
 * an unprotected one. Charts are not cells and stay (updated by key).
 *
 * @example
 * queueClearOwnedSheet(batcher, ws, caps);
 * queueSheetWrite(batcher, ws, model, caps, names);
 *
 * @param batcher - collects the operations
 * @param sheet - the owned sheet, not protected
 * @param caps - host capabilities
 */
export function queueClearOwnedSheet(batcher: Batcher, sheet: Excel.Worksheet, caps: Caps): void {
  batcher.add(200, () => {
    if (caps.v1_7) sheet.freezePanes.unfreeze();
    const all = sheet.getRange();
    if (caps.v1_8) all.dataValidation.clear();
    if (caps.v1_2) all.unmerge();
    all.clear();
  });
}
