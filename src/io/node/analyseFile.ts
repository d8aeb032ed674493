import { readFileSync, statSync } from "node:fs";
import { bilingual, makeIssue, validateWorkbook, type RunOptions, type WorkbookResult } from "../../core";
import { formatBytes, resolveReadLimits, type ReadLimits } from "../readLimits";
import { readWorkbookBytes } from "../readWorkbook";
import { fileFailure } from "./fileFailure";

export { fileFailure };

/** One file to read: its path on disk, the name used in issues (the path as given), its position in the run. */
export interface FileTask {
  readonly path: string;
  readonly source: string;
  readonly order: number;
}

/** What the reader needs besides the file: run options and size caps. */
export interface AnalyseOptions {
  readonly run: RunOptions;
  readonly limits?: Partial<ReadLimits>;
}

/**
 * Reads one file from disk and validates it: stat first (an oversized file is never read into
 * memory), then `readWorkbookBytes`, then the core's `validateWorkbook`. Never throws.
 *
 * @param task - the file
 * @param options - run options and caps
 * @returns the validated workbook: submissions and file-level issues
 * @example
 * analyseFile({ path: "a.xlsx", source: "a.xlsx", order: 0 }, { run: defaultOptions(2026) }).submissions.length
 */
export function analyseFile(task: FileTask, options: AnalyseOptions): WorkbookResult {
  const { source } = task;
  try {
    const caps = resolveReadLimits(options.limits);
    const size = statSync(task.path).size;
    if (size > caps.maxFileBytes) {
      return fileFailure(source, [
        makeIssue("file-too-large", { source }, { size: formatBytes(size), limit: formatBytes(caps.maxFileBytes) }),
      ]);
    }
    const bytes = readFileSync(task.path);
    const read = readWorkbookBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), source, caps);
    if (!read.workbook) return fileFailure(source, read.issues);
    const result = validateWorkbook(read.workbook, options.run, task.order);
    // A sheet refused for its size already explains why no table was found.
    const redundant = read.issues.length > 0 && result.submissions.length === 0;
    const issues = redundant ? result.issues.filter((i) => i.code !== "no-submission-table") : result.issues;
    return { source, submissions: result.submissions, issues: [...read.issues, ...issues] };
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 120) : String(error);
    const reason = bilingual(`lỗi khi đọc: ${message}`, `read failure: ${message}`);
    return fileFailure(source, [makeIssue("unreadable-file", { source }, { reason })]);
  }
}
