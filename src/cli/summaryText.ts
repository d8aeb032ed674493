import { issueMessage, type Issue, type Lang, type Submission, type WorkbookResult } from "../core";

const WORDS = {
  vi: {
    accepted: "hợp lệ",
    rejected: "bị từ chối",
    superseded: "đã thay thế",
    unit: "đơn vị",
    year: "năm",
    cell: "ô",
    noUnit: "(chưa rõ đơn vị)",
    noYear: "?",
    files: "tệp",
    submissions: "báo cáo",
    errors: "lỗi",
    warnings: "cảnh báo",
    infos: "ghi chú",
  },
  en: {
    accepted: "accepted",
    rejected: "rejected",
    superseded: "superseded",
    unit: "unit",
    year: "year",
    cell: "cell",
    noUnit: "(unit unknown)",
    noYear: "?",
    files: "files",
    submissions: "submissions",
    errors: "errors",
    warnings: "warnings",
    infos: "notes",
  },
} as const;

const MARK = { error: "✗", warning: "!", info: "i" } as const;

function issueLine(issue: Issue, lang: Lang): string {
  const where = issue.cell ? `${WORDS[lang].cell} ${issue.cell}: ` : "";
  return `    ${MARK[issue.severity]} [${issue.code}] ${where}${issueMessage(issue, lang)}`;
}

function submissionLine(s: Submission, lang: Lang): string {
  const w = WORDS[lang];
  const unit = s.unitName ? `${s.unitName}${s.unitCode ? ` (${s.unitCode})` : ""}` : w.noUnit;
  return `  [${s.sheet}] ${unit} — ${w.year} ${s.year ?? w.noYear} — ${w[s.status]}`;
}

/**
 * Renders the terminal summary of validated files: per file and sheet the unit, year and status,
 * then each error and warning with its cell and message (info notes are counted), then totals.
 *
 * @param results - one result per file
 * @param lang - message language
 * @param submissions - submissions to show (default: those of the results; consolidate passes its statuses)
 * @returns the text, ending with a newline
 * @example
 * process.stdout.write(renderSummary(results, "vi"));
 */
export function renderSummary(
  results: readonly WorkbookResult[],
  lang: Lang,
  submissions?: readonly Submission[],
): string {
  const w = WORDS[lang];
  const byId = new Map((submissions ?? []).map((s) => [s.id, s]));
  const lines: string[] = [];
  let count = 0;
  const tally = { error: 0, warning: 0, info: 0 };
  const show = (issues: readonly Issue[]): void => {
    let infos = 0;
    for (const issue of issues) {
      tally[issue.severity] += 1;
      if (issue.severity === "info") infos += 1;
      else lines.push(issueLine(issue, lang));
    }
    if (infos > 0) lines.push(`    ${MARK.info} ${infos} ${w.infos}`);
  };
  for (const result of results) {
    lines.push(result.source);
    show(result.issues);
    for (const original of result.submissions) {
      const s = byId.get(original.id) ?? original;
      count += 1;
      lines.push(submissionLine(s, lang));
      show(s.issues);
    }
  }
  lines.push("");
  lines.push(
    `${results.length} ${w.files}, ${count} ${w.submissions}: ${tally.error} ${w.errors}, ${tally.warning} ${w.warnings}, ${tally.info} ${w.infos}.`,
  );
  return `${lines.join("\n")}\n`;
}
