/**
 * Queues Office.js operations and syncs them in as few requests as possible. Excel on the web
 * rejects a request over 5 MB (`RequestPayloadSizeLimitExceeded`) — the limit is per request, so
 * splitting a block into several ranges only helps if a sync separates them. Operations are packed
 * into batches of at most `limit` estimated JSON bytes; normally everything fits in one batch.
 */
import type { Caps } from "./caps";

export const PAYLOAD_LIMIT = 4_000_000;

interface Op {
  readonly bytes: number;
  readonly run: () => void;
}

export class Batcher {
  private readonly ops: Op[] = [];
  constructor(private readonly limit: number = PAYLOAD_LIMIT) {}

  /** Queues an operation whose request payload is about `bytes` long. */
  add(bytes: number, run: () => void): void {
    this.ops.push({ bytes, run });
  }

  /** Groups the operations into batches under the payload limit, in order. */
  private batches(): Op[][] {
    const batches: Op[][] = [];
    let current: Op[] = [];
    let size = 0;
    for (const op of this.ops) {
      if (current.length > 0 && size + op.bytes > this.limit) {
        batches.push(current);
        current = [];
        size = 0;
      }
      current.push(op);
      size += op.bytes;
    }
    if (current.length > 0) batches.push(current);
    return batches;
  }

  /**
   * Runs every queued operation with one `context.sync()` per batch (one, unless the payload is over
   * the limit). Calculation is suspended during each batch where ExcelApi 1.6 exists.
   *
   * @returns the number of syncs made
   */
  async flush(context: Excel.RequestContext, caps: Caps): Promise<number> {
    const batches = this.batches();
    this.ops.length = 0;
    return runBatches(context, caps, batches, 0);
  }
}

/** One sync per batch, in order. Recursion, not a loop: the count depends on payload size only. */
async function runBatches(context: Excel.RequestContext, caps: Caps, batches: readonly Op[][], index: number): Promise<number> {
  const batch = batches[index];
  if (!batch) return 0;
  if (caps.v1_6) context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const op of batch) op.run();
  await context.sync();
  return 1 + (await runBatches(context, caps, batches, index + 1));
}

/** Estimated request bytes of a 2-D array write. */
export function payloadOf(grid: readonly (readonly unknown[])[]): number {
  return JSON.stringify(grid).length + 64;
}
