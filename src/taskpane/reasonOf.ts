/**
 * A short reason for a failure, never a stack trace: the first line, without a trailing full stop.
 *
 * @example
 * reasonOf(new Error("The request payload size has exceeded the limit.\n    at stack line"));
 * // "The request payload size has exceeded the limit"
 *
 * @param error - what was thrown
 * @returns the first line of its message
 */
export function reasonOf(error: unknown): string {
  const text =
    error &&
    typeof error === "object" &&
    "message" in error &&
    typeof (error as { message: unknown }).message === "string"
      ? (error as { message: string }).message
      : String(error);
  return (text.split("\n")[0] ?? "").replace(/[.\s]+$/, "");
}
