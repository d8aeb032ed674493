/** The pane's parse client over the real worker bundle (kept apart: `import.meta.url` is for the bundler only). */
import { choosePoolSize } from "./choosePoolSize";
import { DEFAULT_PARSE_TIMEOUT_MS, ParseClient, type WorkerLike } from "./parseClient";
/**
 * Creates the client: a pool of `choosePoolSize(navigator.hardwareConcurrency)` workers; webpack emits
 * src/io/browser/parseWorker.ts (with SheetJS) as its own worker chunk.
 *
 * @param timeoutMs - wall-clock limit per file
 * @returns a client
 * @example
 * const parser = createBrowserParseClient(); // 1 worker on 2 cores, 3 on 4, 4 on 8
 */
export function createBrowserParseClient(timeoutMs: number = DEFAULT_PARSE_TIMEOUT_MS): ParseClient {
  const cores = typeof navigator === "undefined" ? undefined : navigator.hardwareConcurrency;
  return new ParseClient(
    () => new Worker(new URL("./parseWorker.ts", import.meta.url), { name: "dvk-parse" }) as unknown as WorkerLike,
    timeoutMs,
    choosePoolSize(cores),
  );
}
