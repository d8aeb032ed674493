import type { WorkbookResult } from "../core";
import { collectInputs } from "../io/node/collectInputs";
import { parseFiles } from "../io/node/parsePool";
import type { CliArgs } from "./args";
import { createProgress } from "./progress";
import { UsageError } from "./usageError";

/**
 * Collects the files named on the command line and reads and validates them in worker threads,
 * with a progress bar on stderr for long runs. A missing path is a usage error; a bad file is
 * only an issue of its own.
 *
 * @param args - the parsed command line
 * @returns one result per file, in input order
 * @throws UsageError when a path does not exist or no spreadsheet was found
 * @example
 * const results = await readInputs(args);
 */
export async function readInputs(args: CliArgs): Promise<WorkbookResult[]> {
  const { files, missing } = collectInputs(args.paths);
  if (missing.length > 0) {
    const list = missing.map((p) => `"${p}"`).join(", ");
    throw new UsageError(`không tìm thấy ${list}`, `not found: ${list}`);
  }
  if (files.length === 0)
    throw new UsageError("không có tệp .xlsx/.xls/.ods/.csv nào để đọc", "no .xlsx/.xls/.ods/.csv file to read");
  const workers = process.env.DVK_WORKERS;
  const poolSize = workers !== undefined && /^\d+$/.test(workers) ? Number(workers) : undefined;
  const progress = createProgress(files.length, process.stderr);
  const results: WorkbookResult[] = [];
  try {
    for await (const result of parseFiles(files, { run: args.run, ...(poolSize !== undefined ? { poolSize } : {}) })) {
      results.push(result);
      progress.tick(results.length);
    }
  } finally {
    progress.end();
  }
  return results;
}
