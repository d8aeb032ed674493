/**
 * Queues Office.js operations and syncs them in as few requests as possible. Excel on the web
 * rejects a request over 5 MB (`RequestPayloadSizeLimitExceeded`) — the limit is per request and in
 * bytes on the wire (UTF-8: Vietnamese letters take 2–3 bytes), so splitting a block into several
 * ranges only helps if a sync separates them. Operations are packed into batches of at most `limit`
 * estimated UTF-8 JSON bytes; normally everything fits in one batch. A batch Excel still refuses as
 * too large (nothing of it ran) is halved and retried.
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
async function runBatches(
  context: Excel.RequestContext,
  caps: Caps,
  batches: readonly Op[][],
  index: number,
): Promise<number> {
  const batch = batches[index];
  if (!batch) return 0;
  return (await runBatch(context, caps, batch)) + (await runBatches(context, caps, batches, index + 1));
}

/** Runs one batch; when Excel refuses it as too large and it holds more than one operation, runs its halves. */
async function runBatch(context: Excel.RequestContext, caps: Caps, batch: readonly Op[]): Promise<number> {
  if (caps.v1_6) context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const op of batch) op.run();
  try {
    await context.sync();
    return 1;
  } catch (error) {
    if (batch.length < 2 || !isPayloadLimitError(error)) throw error;
    const half = Math.ceil(batch.length / 2);
    return 1 + (await runBatches(context, caps, [batch.slice(0, half), batch.slice(half)], 0));
  }
}

/**
 * True for Excel's request or response size errors (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`), by code or, on hosts that give none, by message.
 *
 * @example
 * try { await context.sync(); } catch (error) { if (!isPayloadLimitError(error)) throw error; }
 */
export function isPayloadLimitError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return /PayloadSizeLimitExceeded/i.test(String(e?.code ?? "")) || /payload size/i.test(String(e?.message ?? ""));
}

const encoder = typeof TextEncoder === "function" ? new TextEncoder() : null;

/** UTF-8 length of a string (TextEncoder where the webview has it; counted by hand in EdgeHTML). */
function utf8Length(text: string): number {
  if (encoder) return encoder.encode(text).length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes +=
      unit < 0x80
        ? 1
        : unit < 0x800
          ? 2
          : unit >= 0xd800 && unit < 0xdc00
            ? 2
            : 3 - (unit >= 0xdc00 && unit < 0xe000 ? 1 : 0);
  }
  return bytes;
}

/** Estimated request bytes of a 2-D array write: its JSON in UTF-8, as it travels. */
export function payloadOf(grid: readonly (readonly unknown[])[]): number {
  return utf8Length(JSON.stringify(grid)) + 64;
}
