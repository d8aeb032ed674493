/**
 * Worker-thread entry (compiled to lib/io/node/parseWorker.js): reads and validates one file per
 * message and posts back the plain-data WorkbookResult.
 */
import { parentPort } from "node:worker_threads";
import { analyseFile, type AnalyseOptions, type FileTask } from "./analyseFile";

/** A request from the pool. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: FileTask;
  readonly options: AnalyseOptions;
}

// SheetJS reports some recoverable ZIP oddities on the console; the issues say what matters.
console.error = () => undefined;
console.warn = () => undefined;

parentPort?.on("message", (request: WorkerRequest) => {
  parentPort?.postMessage({ id: request.id, result: analyseFile(request.task, request.options) });
});
