import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { bilingual, makeIssue, type WorkbookResult } from "../../core";
import type { AnalyseOptions, FileTask } from "./analyseFile";
import { fileFailure } from "./fileFailure";

/** Options of a parse run: run options and caps, plus the pool's own limits. */
export interface ParseOptions extends AnalyseOptions {
  /** Worker threads (default min(2, available parallelism)); 0 reads in this thread, without a time limit. */
  readonly poolSize?: number;
  /** Wall-clock limit per file, in milliseconds (default 20,000). */
  readonly timeoutMs?: number;
  /** Old-generation heap of each worker, in MB (default 512): an out-of-memory file kills only its worker. */
  readonly memoryMb?: number;
  /** Results computed ahead of the one being yielded (default 4 × pool size): bounds memory. */
  readonly window?: number;
}

/** Where the compiled worker script is: next to this module in lib/, or lib/ seen from src/ under ts-jest. */
function workerScript(): string {
  const beside = path.join(__dirname, "parseWorker.js");
  return existsSync(beside) ? beside : path.resolve(__dirname, "../../../lib/io/node/parseWorker.js");
}

interface Job {
  readonly task: FileTask;
  readonly resolve: (result: WorkbookResult) => void;
}

/** A fixed set of workers; each runs one file at a time under a wall-clock limit and is replaced when it dies. */
class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly all = new Set<Worker>();
  private nextId = 0;

  constructor(
    private readonly size: number,
    private readonly options: ParseOptions,
  ) {}

  run(task: FileTask): Promise<WorkbookResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(workerScript(), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb ?? 512, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    // A worker that fails while idle must not crash the run: its next job sees the failure instead.
    worker.on("error", () => undefined);
    this.all.add(worker);
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.all.size < this.size)) {
      const job = this.queue.shift() as Job;
      this.start(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private start(worker: Worker, job: Job): void {
    const id = this.nextId++;
    const { source } = job.task;
    const limitMs = this.options.timeoutMs ?? 20_000;
    let settled = false;
    const finish = (result: WorkbookResult, healthy: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (healthy) this.idle.push(worker);
      else {
        this.all.delete(worker);
        void worker.terminate();
      }
      job.resolve(result);
      this.pump();
    };
    const onMessage = (message: { id: number; result: WorkbookResult }): void => {
      if (message.id === id) finish(message.result, true);
    };
    const onError = (error: Error): void => {
      const outOfMemory = /memory/i.test(`${(error as { code?: string }).code ?? ""} ${error.message}`);
      const reason = outOfMemory
        ? bilingual("tệp cần quá nhiều bộ nhớ", "the file needs too much memory")
        : bilingual(`lỗi khi đọc: ${error.message.slice(0, 120)}`, `read failure: ${error.message.slice(0, 120)}`);
      finish(fileFailure(source, [makeIssue("unreadable-file", { source }, { reason })]), false);
    };
    const onExit = (): void => onError(new Error("worker stopped"));
    const timer = setTimeout(() => {
      finish(
        fileFailure(source, [makeIssue("parse-timeout", { source }, { limit: Math.round(limitMs / 1000) })]),
        false,
      );
    }, limitMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, task: job.task, options: { run: this.options.run, limits: this.options.limits } });
  }
}

/**
 * Reads and validates files in worker threads and yields their results IN INPUT ORDER as they
 * complete. At most `window` results are held ahead of the consumer, so a run over thousands of
 * files never holds every workbook. A file that hangs past `timeoutMs` yields a `parse-timeout`
 * issue (its worker is terminated and replaced); one that exhausts its worker's heap yields
 * `unreadable-file`. Never throws for a bad file.
 *
 * @param tasks - the files, in run order
 * @param options - run options, caps and pool settings
 * @returns an async iterator of results, one per task, in order
 * @example
 * for await (const result of parseFiles(tasks, { run: defaultOptions(2026) })) console.log(result.source);
 */
export async function* parseFiles(tasks: readonly FileTask[], options: ParseOptions): AsyncGenerator<WorkbookResult> {
  const size = options.poolSize ?? Math.min(2, availableParallelism());
  if (size <= 0) {
    yield* parseFilesInThread(tasks, options);
    return;
  }
  const pool = new ParsePool(size, options);
  const window = Math.max(1, options.window ?? size * 4);
  const pending = new Map<number, Promise<WorkbookResult>>();
  let next = 0;
  try {
    for (let i = 0; i < tasks.length; i++) {
      while (i - next >= window) {
        yield await (pending.get(next) as Promise<WorkbookResult>);
        pending.delete(next++);
      }
      pending.set(i, pool.run(tasks[i] as FileTask));
    }
    while (next < tasks.length) {
      yield await (pending.get(next) as Promise<WorkbookResult>);
      pending.delete(next++);
    }
  } finally {
    await pool.close();
  }
}

/**
 * The same as `parseFiles`, in the calling thread and without a time limit (tests, debugging).
 *
 * @param tasks - the files, in run order
 * @param options - run options and caps
 * @returns an async iterator of results, one per task, in order
 * @example
 * for await (const result of parseFilesInThread(tasks, { run: defaultOptions(2026) })) results.push(result);
 */
export async function* parseFilesInThread(
  tasks: readonly FileTask[],
  options: AnalyseOptions,
): AsyncGenerator<WorkbookResult> {
  // Loaded on demand: the pool's callers never load SheetJS in the main thread.
  const { analyseFile } = await import("./analyseFile");
  for (const task of tasks) yield analyseFile(task, options);
}
