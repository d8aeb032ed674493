/**
 * Runs file parsing in a pool of Web Workers with a wall-clock limit per file. A file that hangs the reader (the SheetJS ReDoS shape, a
 * far-corner cell, a zip bomb) costs its own `parse-timeout` issue: the worker is terminated and a fresh one reads the
 * next file, so the pane never freezes and the other files are still read.
 */
import { makeIssue, type RunOptions } from "../../core";
import type { ParsedFile, ParseOutcome, ParseRequest, ParseResponse } from "./parseProtocol";

/** The part of `Worker` used here (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Job {
  readonly request: ParseRequest;
  readonly resolve: (outcome: ParseOutcome) => void;
}

/** Default time limit per file, in milliseconds. */
export const DEFAULT_PARSE_TIMEOUT_MS = 20_000;

/** A file's result when it could not be read at all. */
function failedFile(source: string, reason: string): ParseOutcome {
  return {
    result: { source, submissions: [], issues: [makeIssue("unreadable-file", { source }, { reason })] },
    workbook: null,
  };
}

/** One worker of the pool and the file it is reading. */
interface Slot {
  worker: WorkerLike | null;
  running: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * A pool of parse workers: files start as soon as they are given, up to `size` at a time (one per worker); each
 * worker reads one file at a time under the wall-clock limit, and a worker that timed out or crashed is replaced.
 *
 * @example
 * const client = new ParseClient(() => new Worker(url) as unknown as WorkerLike, 20_000, 3);
 * const { result } = await client.parse(bytes, "xa-a.xlsx", options, 0);
 */
export class ParseClient {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  /** Index of the next job of `queue` (a cursor: shifting a long queue would be O(n²)). */
  private head = 0;
  private nextId = 1;

  /**
   * @param createWorker - makes a new worker (called again after a timeout or a crash)
   * @param timeoutMs - wall-clock limit per file
   * @param size - how many workers read at once (at least 1)
   */
  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly timeoutMs: number = DEFAULT_PARSE_TIMEOUT_MS,
    size = 1,
  ) {
    for (let i = 0; i < Math.max(1, Math.floor(size)); i++)
      this.slots.push({ worker: null, running: null, timer: null });
  }

  /** How many workers read at once. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Reads and validates one file off the main thread. Never rejects: failures become issues of that file.
   *
   * @param bytes - the file's bytes (transferred to the worker)
   * @param source - the file name as the user gave it
   * @param options - run options for validation
   * @param order - position of the file in this run
   * @param keepSheets - also return the sheets as plain data
   * @returns the file's submissions and issues (and sheets when asked)
   */
  parse(
    bytes: Uint8Array,
    source: string,
    options: RunOptions,
    order: number,
    keepSheets = false,
  ): Promise<ParseOutcome> {
    const buffer =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : bytes.slice().buffer;
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, source, bytes: buffer, options, order, keepSheets }, resolve });
      this.pump();
    });
  }

  /** Stops the workers; queued files resolve as unreadable. */
  dispose(): void {
    const pending: Job[] = [];
    for (const slot of this.slots) {
      this.clearTimer(slot);
      slot.worker?.terminate();
      slot.worker = null;
      if (slot.running) pending.push(slot.running);
      slot.running = null;
    }
    pending.push(...this.queue.slice(this.head));
    this.queue.length = 0;
    this.head = 0;
    for (const job of pending) job.resolve(failedFile(job.request.source, "đã dừng"));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.head >= this.queue.length) break;
      if (slot.running) continue;
      const job = this.queue[this.head] as Job;
      this.queue[this.head++] = undefined as unknown as Job;
      if (this.head === this.queue.length) {
        this.queue.length = 0;
        this.head = 0;
      }
      this.start(slot, job);
    }
  }

  private start(slot: Slot, job: Job): void {
    slot.running = job;
    const worker = this.ensureWorker(slot);
    slot.timer = setTimeout(() => this.onTimeout(slot, job), this.timeoutMs);
    try {
      worker.postMessage(job.request, [job.request.bytes]);
    } catch (error) {
      this.finish(
        slot,
        job,
        failedFile(job.request.source, error instanceof Error ? error.message : String(error)),
        true,
      );
    }
  }

  private ensureWorker(slot: Slot): WorkerLike {
    if (slot.worker) return slot.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const job = slot.running;
      if (slot.worker !== worker || !job || event.data.id !== job.request.id) return;
      const data = event.data;
      this.finish(
        slot,
        job,
        data.ok
          ? { result: data.result, workbook: data.workbook, sheetNames: data.sheetNames }
          : failedFile(job.request.source, data.reason),
        false,
      );
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const job = slot.running;
      if (slot.worker === worker && job)
        this.finish(slot, job, failedFile(job.request.source, event.message || "lỗi trình đọc"), true);
    };
    slot.worker = worker;
    return worker;
  }

  private onTimeout(slot: Slot, job: Job): void {
    if (slot.running !== job) return;
    const seconds = Math.round(this.timeoutMs / 1000);
    const result: ParsedFile = {
      source: job.request.source,
      submissions: [],
      issues: [makeIssue("parse-timeout", { source: job.request.source }, { limit: seconds })],
    };
    this.finish(slot, job, { result, workbook: null }, true);
  }

  private finish(slot: Slot, job: Job, outcome: ParseOutcome, restartWorker: boolean): void {
    this.clearTimer(slot);
    if (restartWorker) {
      slot.worker?.terminate();
      slot.worker = null;
    }
    slot.running = null;
    job.resolve(outcome);
    this.pump();
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
  }
}
