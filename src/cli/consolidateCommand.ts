import path from "node:path";
import { buildReportModel, consolidate, type Consolidation, type Issue, type Lang } from "../core";
import { parseCliArgs } from "./args";
import { helpText } from "./help";
import { renderConsolidationSummary } from "./consolidateSummary";
import { toIssueJson, toSubmissionJson } from "./jsonOutput";
import { readInputs } from "./readInputs";
import { emitJson } from "./validateCommand";
import { UsageError } from "./usageError";
import { assertWritable, writeSafely } from "./writeSafely";

/**
 * The JSON of `dvk consolidate`: the validate JSON (statuses now include `superseded`) plus
 * `totals` and `completeness`. An unknown count is `null` (never 0); a total that left out unknown counts
 * carries `partial: ["new"]` (its number is the known part, a lower bound).
 *
 * @param c - the consolidation
 * @param lang - message language
 * @param extraIssues - issues found outside the submissions (the units registry)
 * @returns the JSON document
 * @example
 * consolidateJson(c, "vi").totals[0] //=> { year: 2023, field: "kinh-te", level: "xa", type: "tap-the", new: 3, cumulative: 12 }
 */
export function consolidateJson(c: Consolidation, lang: Lang, extraIssues: readonly Issue[] = []) {
  return {
    submissions: c.submissions.map(toSubmissionJson),
    issues: [...extraIssues, ...c.issues].map((i) => toIssueJson(i, lang)),
    totals: c.totals.map((t) => ({
      year: t.year,
      field: t.field,
      level: t.level,
      type: t.type,
      new: t.new,
      cumulative: t.cumulative,
      ...(t.partial ? { partial: t.partial } : {}),
    })),
    completeness: c.completeness.map((r) => ({
      unitCode: r.unitCode,
      unitName: r.unitName,
      year: r.year,
      state: r.state,
    })),
  };
}

function briefLine(c: Consolidation, out: string | null): string {
  const n = (status: string): number => c.submissions.filter((s) => s.status === status).length;
  const counts = `${c.submissions.length} báo cáo / submissions: ${n("accepted")} hợp lệ / accepted, ${n("rejected")} bị từ chối / rejected, ${n("superseded")} đã thay thế / superseded`;
  return `${counts}${out ? `\nBáo cáo / report: ${out}` : ""}\n`;
}

/**
 * `dvk consolidate <files or folders…> [--out report.xlsx] [--json FILE|-] [--units FILE] [--aliases FILE]
 * [--deadline DD/MM] [--years A-B] [--lang vi|en] [--force] [--summary]`.
 *
 * @param argv - arguments after "consolidate"
 * @returns exit code: 0 when the consolidation (and report) was produced, 2 usage error (thrown as UsageError)
 * @example
 * await consolidateCommand(["assets/samples", "--out", "out/bao-cao.xlsx", "--summary"]);
 */
export async function consolidateCommand(argv: readonly string[]): Promise<number> {
  const currentYear = new Date().getFullYear();
  const args = parseCliArgs("consolidate", argv, currentYear);
  if (!args) {
    process.stdout.write(helpText(currentYear));
    return 0;
  }
  if (args.out) assertWritable(args.out, args.force, "--out");
  // The JSON file is the command's own output and is replaced; it must not be the report it also writes.
  if (args.out && args.json && path.resolve(args.json) === path.resolve(args.out)) {
    throw new UsageError("--json và --out không được là cùng một tệp", "--json and --out must be different files");
  }
  // SheetJS and exceljs are loaded only when needed: parsing itself happens in worker threads.
  const registry = args.units ? (await import("./readUnits")).readUnits(args.units) : null;
  const aliasReader = args.aliases ? await import("./readAliases") : null;
  const aliasFile = aliasReader && args.aliases ? aliasReader.readAliases(args.aliases) : null;
  const run = aliasFile ? { ...args.run, aliases: aliasFile.aliases } : args.run;
  const results = await readInputs({ ...args, run });
  const c = consolidate(results, run, registry ? { units: registry.units } : undefined);
  if (args.out) {
    const model = buildReportModel(c, run, { now: new Date().toISOString() });
    const out = args.out;
    const { writeReportXlsx } = await import("../io/node/writeReportXlsx");
    await writeSafely(out, (temp) => writeReportXlsx(model, temp));
  }
  if (args.json)
    await emitJson(
      args.json,
      consolidateJson(c, args.lang, [...(aliasFile?.issues ?? []), ...(registry?.issues ?? [])]),
    );
  const aliasText =
    aliasReader && aliasFile && args.aliases
      ? aliasReader.renderAliasIssues(args.aliases, aliasFile.issues, args.lang)
      : "";
  const text = aliasText + (args.summary ? renderConsolidationSummary(c, args.lang, args.out) : briefLine(c, args.out));
  (args.json === "-" ? process.stderr : process.stdout).write(text);
  return 0;
}
