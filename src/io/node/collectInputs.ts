import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { FileTask } from "./analyseFile";

/** The files found for a run, and the paths given that do not exist. */
export interface CollectedInputs {
  readonly files: FileTask[];
  readonly missing: string[];
}

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|csv)$/i;

function skipped(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !skipped(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && SPREADSHEET.test(entry.name)) out.push(full);
  }
}

/**
 * Expands the paths given on the command line into the files to read: a file is taken as given
 * (whatever its extension, so a mis-named file is still reported); a folder is walked
 * recursively for .xlsx/.xlsm/.xls/.ods/.csv (case-insensitive), skipping Excel lock files
 * (`~$…`) and dotfiles, in sorted order. Each file is listed once, in the order found.
 *
 * @param paths - files and folders as the user gave them
 * @returns the files (source = the path as given, or joined under the folder as given) and the missing paths
 * @example
 * collectInputs(["assets/samples"]).files[0]?.source //=> "assets/samples/2016/xa-a.xlsx"
 */
export function collectInputs(paths: readonly string[]): CollectedInputs {
  const found: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(given).isDirectory();
    } catch {
      missing.push(given);
      continue;
    }
    if (isDirectory) walk(given, found);
    else found.push(given);
  }
  const seen = new Set<string>();
  const files: FileTask[] = [];
  for (const file of found) {
    const key = path.resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    // Room for up to 1,000 sheets per file: a workbook's submissions get order, order + 1, …
    files.push({ path: file, source: file, order: files.length * 1000 });
  }
  return { files, missing };
}
