import { parseArgs } from "node:util";
import { defaultOptions, type Lang, type RunOptions } from "../core";
import { UsageError } from "./usageError";

/** The options of `dvk validate` and `dvk consolidate`, checked. */
export interface CliArgs {
  readonly paths: string[];
  readonly json: string | null;
  readonly lang: Lang;
  readonly run: RunOptions;
  readonly force: boolean;
  readonly out: string | null;
  readonly units: string | null;
  /** `--aliases FILE`: the officer's label aliases ("Danh mục" layout), or null. */
  readonly aliases: string | null;
  readonly summary: boolean;
}

const COMMON = {
  json: { type: "string" },
  lang: { type: "string" },
  deadline: { type: "string" },
  years: { type: "string" },
  force: { type: "boolean" },
  aliases: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const CONSOLIDATE = {
  ...COMMON,
  out: { type: "string" },
  units: { type: "string" },
  summary: { type: "boolean" },
} as const;

/**
 * Parses a deadline "DD/MM" (e.g. "30/10").
 *
 * @param text - the option value
 * @returns day and month
 * @example
 * parseDeadline("30/10") //=> { day: 30, month: 10 }
 */
export function parseDeadline(text: string): { day: number; month: number } {
  const match = /^(\d{1,2})\/(\d{1,2})$/.exec(text.trim());
  const day = Number(match?.[1]);
  const month = Number(match?.[2]);
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (!match || daysIn === undefined || day < 1 || day > daysIn) {
    throw new UsageError(
      `--deadline "${text}" không hợp lệ; ghi dạng DD/MM, ví dụ 30/10`,
      `invalid --deadline "${text}"; use DD/MM, e.g. 30/10`,
    );
  }
  return { day, month };
}

/**
 * Parses a year range "2016-2025" (or one year "2023").
 *
 * @param text - the option value
 * @returns the inclusive range
 * @example
 * parseYears("2016-2025") //=> { from: 2016, to: 2025 }
 */
export function parseYears(text: string): { from: number; to: number } {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to || from < 1900 || to > 2100) {
    throw new UsageError(
      `--years "${text}" không hợp lệ; ghi dạng 2016-2025`,
      `invalid --years "${text}"; use e.g. 2016-2025`,
    );
  }
  return { from, to };
}

function parseLang(text: string | undefined): Lang {
  if (text === undefined || text === "vi" || text === "en") return text ?? "vi";
  throw new UsageError(`--lang "${text}" không hợp lệ; chọn vi hoặc en`, `invalid --lang "${text}"; use vi or en`);
}

function explain(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? message;
  if (/Unknown option/i.test(message))
    return new UsageError(`tùy chọn không hợp lệ ${option}`, `unknown option ${option}`);
  if (/argument missing|requires a value|of type string/i.test(message))
    return new UsageError(`tùy chọn ${option} cần một giá trị`, `option ${option} needs a value`);
  return new UsageError(`tham số không hợp lệ (${message})`, `invalid arguments (${message})`);
}

/**
 * Parses the arguments of a `dvk` command (after the command name) with node:util parseArgs.
 *
 * Options left out take their defaults for the current year (`defaultOptions`): report years 2016 to
 * `currentYear`, the terms up to the current one as phases; `--years` overrides the range.
 *
 * @param command - "validate" or "consolidate" (which options are allowed)
 * @param argv - the arguments
 * @param currentYear - the current year, from the clock (the commands read it)
 * @returns the checked options, or null when help was asked for
 * @throws UsageError for an unknown option, a bad value or no input path
 * @example
 * parseCliArgs("validate", ["samples"], 2026)?.run.years //=> { from: 2016, to: 2026 }
 */
export function parseCliArgs(
  command: "validate" | "consolidate",
  argv: readonly string[],
  currentYear: number,
): CliArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: command === "consolidate" ? CONSOLIDATE : COMMON,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw explain(error);
  }
  const v = parsed.values as {
    json?: string;
    lang?: string;
    deadline?: string;
    years?: string;
    force?: boolean;
    help?: boolean;
    out?: string;
    units?: string;
    aliases?: string;
    summary?: boolean;
  };
  if (v.help) return null;
  if (parsed.positionals.length === 0)
    throw new UsageError("cần ít nhất một tệp hoặc thư mục", "at least one file or folder is required");
  const run: RunOptions = {
    ...defaultOptions(currentYear),
    ...(v.years !== undefined ? { years: parseYears(v.years) } : {}),
    ...(v.deadline !== undefined ? { deadline: parseDeadline(v.deadline) } : {}),
  };
  return {
    paths: parsed.positionals,
    json: v.json ?? null,
    lang: parseLang(v.lang),
    run,
    force: v.force ?? false,
    out: v.out ?? null,
    units: v.units ?? null,
    aliases: v.aliases ?? null,
    summary: v.summary ?? false,
  };
}
