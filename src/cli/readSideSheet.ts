import { readFileSync } from "node:fs";
import { issueMessage, type Issue, type RawSheet } from "../core";
import { readWorkbookBytes } from "../io/readWorkbook";
import { UsageError } from "./usageError";

/**
 * Reads one sheet of a side file given by an option (`--units`, `--aliases`): CSV or spreadsheet, with the
 * same reader as the submissions. A file that is missing or unreadable is a usage error, in both languages.
 *
 * @param option - the option name, for messages (e.g. "--units")
 * @param file - the path
 * @param pick - chooses the sheet among the file's sheets (default: the first)
 * @returns the sheet and the reader's issues about the file
 * @throws UsageError when the file cannot be read or has no sheet to use
 * @example
 * const { sheet } = readSideSheet("--units", "don-vi.csv");
 */
export function readSideSheet(
  option: string,
  file: string,
  pick: (sheets: readonly RawSheet[]) => RawSheet | undefined = (s) => s[0],
): { sheet: RawSheet; issues: Issue[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`${option}: không đọc được "${file}"`, `${option}: cannot read "${file}"`);
  }
  const read = readWorkbookBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const sheet = pick(read.workbook?.sheets ?? []);
  if (!sheet) {
    const why = read.issues[0];
    throw new UsageError(
      `${option}: "${file}" không đọc được${why ? ` (${issueMessage(why, "vi")})` : ""}`,
      `${option}: "${file}" is unreadable${why ? ` (${issueMessage(why, "en")})` : ""}`,
    );
  }
  return { sheet, issues: read.issues };
}
