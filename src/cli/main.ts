import { consolidateCommand } from "./consolidateCommand";
import { helpText } from "./help";
import { UsageError } from "./usageError";
import { validateCommand } from "./validateCommand";

const HINT = "Xem / see: dvk --help";

/**
 * Entry point of the `dvk` command. Never throws and never prints a stack trace: a usage mistake
 * is explained in Vietnamese and English with the help hint (exit 2); anything unexpected is one
 * line (exit 3).
 *
 * @param argv - the arguments after `dvk`
 * @returns the process exit code: 0 ok, 1 some submission has an error (validate), 2 usage error, 3 unexpected failure
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(helpText(new Date().getFullYear()));
      return 0;
    }
    if (command === "validate") return await validateCommand(rest);
    if (command === "consolidate") return await consolidateCommand(rest);
    throw new UsageError(`lệnh không hợp lệ "${command}"`, `unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dvk: ${error.vi}\ndvk: ${error.en}\n${HINT}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dvk: lỗi không mong đợi / unexpected error: ${message.split("\n")[0]}\n`);
    return 3;
  }
}
