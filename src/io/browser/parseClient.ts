/**
 * Runs file parsing in a Web Worker with a wall-clock limit. A file that hangs the reader (the SheetJS ReDoS shape, a
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

export class ParseClient {
  private worker: WorkerLike | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;

  /**
   * @param createWorker - makes a new worker (called again after a timeout or a crash)
   * @param timeoutMs - wall-clock limit per file
   */
  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly timeoutMs: number = DEFAULT_PARSE_TIMEOUT_MS,
  ) {}

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

  /** Stops the worker; queued files resolve as unreadable. */
  dispose(): void {
    this.clearTimer();
    this.worker?.terminate();
    this.worker = null;
    const pending = [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    this.running = null;
    for (const job of pending) job.resolve(failedFile(job.request.source, "đã dừng"));
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift() as Job;
    this.running = job;
    const worker = this.ensureWorker();
    this.timer = setTimeout(() => this.onTimeout(job), this.timeoutMs);
    try {
      worker.postMessage(job.request, [job.request.bytes]);
    } catch (error) {
      this.finish(job, failedFile(job.request.source, error instanceof Error ? error.message : String(error)), true);
    }
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const job = this.running;
      if (!job || event.data.id !== job.request.id) return;
      const data = event.data;
      this.finish(
        job,
        data.ok ? { result: data.result, workbook: data.workbook } : failedFile(job.request.source, data.reason),
        false,
      );
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const job = this.running;
      if (job) this.finish(job, failedFile(job.request.source, event.message || "lỗi trình đọc"), true);
    };
    this.worker = worker;
    return worker;
  }

  private onTimeout(job: Job): void {
    if (this.running !== job) return;
    const seconds = Math.round(this.timeoutMs / 1000);
    const result: ParsedFile = {
      source: job.request.source,
      submissions: [],
      issues: [makeIssue("parse-timeout", { source: job.request.source }, { limit: seconds })],
    };
    this.finish(job, { result, workbook: null }, true);
  }

  private finish(job: Job, outcome: ParseOutcome, restartWorker: boolean): void {
    this.clearTimer();
    if (restartWorker) {
      this.worker?.terminate();
      this.worker = null;
    }
    this.running = null;
    job.resolve(outcome);
    this.pump();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
