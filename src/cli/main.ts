import { helpText } from "./help";

/**
 * Entry point of the `dvk` command. Returns the process exit code: 0 ok, 1 some submission has an
 * error (validate), 2 usage error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(helpText());
    return 0;
  }
  process.stderr.write(`dvk: lệnh không hợp lệ "${command}" / unknown command "${command}"\n\n${helpText()}`);
  void rest;
  return 2;
}
