import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./usageError";

/**
 * Refuses an output path that already exists unless `--force` was given.
 *
 * @param target - the output path
 * @param force - whether --force was given
 * @param option - the option name, for the message ("--out")
 * @throws UsageError when the file exists and force is false
 * @example
 * assertWritable("out/report.xlsx", false, "--out")
 */
export function assertWritable(target: string, force: boolean, option: string): void {
  if (!force && existsSync(target)) {
    throw new UsageError(
      `${option}: tệp "${target}" đã tồn tại; không ghi đè. Thêm --force để ghi đè hoặc chọn tên khác`,
      `${option}: "${target}" already exists and was not overwritten. Add --force to overwrite it or choose another name`,
    );
  }
}

/**
 * Writes an output file through a temporary file in the same folder, then renames it over the
 * target: an interrupted run leaves the previous file intact. Creates the folder if needed.
 *
 * @param target - the output path
 * @param write - writes the content to the temporary path it is given
 * @returns when the file is in place
 * @example
 * await writeSafely("out/report.json", (tmp) => writeFileSync(tmp, json));
 */
export async function writeSafely(target: string, write: (tempPath: string) => Promise<void> | void): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  mkdirSync(dir, { recursive: true });
  const ext = path.extname(target);
  const temp = path.join(dir, `.${path.basename(target, ext)}.dvk-${process.pid}-${Date.now()}${ext}`);
  // Ctrl-C while writing: remove the half-written temporary file; the previous output stays as it was.
  const interrupted = (): void => {
    rmSync(temp, { force: true });
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await write(temp);
    renameSync(temp, target);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    rmSync(temp, { force: true });
  }
}
