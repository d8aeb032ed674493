/** The pane's parse client over the real worker bundle (kept apart: `import.meta.url` is for the bundler only). */
import { DEFAULT_PARSE_TIMEOUT_MS, ParseClient, type WorkerLike } from "./parseClient";
/**
 * Creates the client; webpack emits src/io/browser/parseWorker.ts (with SheetJS) as its own worker chunk.
 *
 * @param timeoutMs - wall-clock limit per file
 * @returns a client
 */
export function createBrowserParseClient(timeoutMs: number = DEFAULT_PARSE_TIMEOUT_MS): ParseClient {
  return new ParseClient(
    () => new Worker(new URL("./parseWorker.ts", import.meta.url), { name: "dvk-parse" }) as unknown as WorkerLike,
    timeoutMs,
  );
}
