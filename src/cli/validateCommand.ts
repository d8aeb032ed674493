import { writeFileSync } from "node:fs";
import type { Issue, WorkbookResult } from "../core";
import { parseCliArgs, type CliArgs } from "./args";
import { helpText } from "./help";
import { toIssueJson, toSubmissionJson } from "./jsonOutput";
import { readInputs } from "./readInputs";
import { renderSummary } from "./summaryText";
import { writeSafely } from "./writeSafely";

/**
 * The JSON of `dvk validate`: every submission and every issue (issues of the alias file, then
 * file-level, then per submission).
 *
 * @param results - one result per file
 * @param args - the command line (language)
 * @param extraIssues - issues found outside the submissions (the `--aliases` file)
 * @returns the JSON document
 * @example
 * validateJson(results, args).submissions[0]?.status
 */
export function validateJson(
  results: readonly WorkbookResult[],
  args: Pick<CliArgs, "lang">,
  extraIssues: readonly Issue[] = [],
): { submissions: ReturnType<typeof toSubmissionJson>[]; issues: ReturnType<typeof toIssueJson>[] } {
  return {
    submissions: results.flatMap((r) => r.submissions.map(toSubmissionJson)),
    issues: [...extraIssues, ...results.flatMap((r) => [...r.issues, ...r.submissions.flatMap((s) => s.issues)])].map(
      (i) => toIssueJson(i, args.lang),
    ),
  };
}

/**
 * Writes a JSON document to stdout ("-") or to a file, through a temporary file renamed over it: a JSON file the
 * command is asked to write is its own output and is replaced, as other tools' output options do (only the report
 * workbook, which may be an officer's file, needs --force).
 *
 * @param target - "-" or a path
 * @param doc - the document
 * @returns when written
 * @example
 * await emitJson("-", { submissions: [] });
 */
export async function emitJson(target: string, doc: unknown): Promise<void> {
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (target === "-") {
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    return;
  }
  await writeSafely(target, (temp) => writeFileSync(temp, text, "utf8"));
}

/**
 * `dvk validate <files or folders…> [--json FILE|-] [--lang vi|en] [--deadline DD/MM] [--years A-B] [--aliases FILE]`.
 *
 * @param argv - arguments after "validate"
 * @returns exit code: 0 no submission has an error, 1 some error was found, 2 usage error (thrown as UsageError)
 * @example
 * await validateCommand(["assets/samples", "--json", "-"]);
 */
export async function validateCommand(argv: readonly string[]): Promise<number> {
  const currentYear = new Date().getFullYear();
  const args = parseCliArgs("validate", argv, currentYear);
  if (!args) {
    process.stdout.write(helpText(currentYear));
    return 0;
  }
  // The alias file is read before the inputs: a bad file is a usage error before any work is done.
  const aliasReader = args.aliases ? await import("./readAliases") : null;
  const aliasFile = aliasReader && args.aliases ? aliasReader.readAliases(args.aliases) : null;
  const results = await readInputs(aliasFile ? { ...args, run: { ...args.run, aliases: aliasFile.aliases } } : args);
  const aliasText =
    aliasReader && aliasFile && args.aliases
      ? aliasReader.renderAliasIssues(args.aliases, aliasFile.issues, args.lang)
      : "";
  const summary = aliasText + renderSummary(results, args.lang);
  // With JSON on stdout, the human summary goes to stderr so the JSON stays parseable.
  (args.json === "-" ? process.stderr : process.stdout).write(summary);
  if (args.json) await emitJson(args.json, validateJson(results, args, aliasFile?.issues));
  const hasError = results.some(
    (r) => r.issues.some((i) => i.severity === "error") || r.submissions.some((s) => s.status === "rejected"),
  );
  return hasError ? 1 : 0;
}
