import {
  FIELDS,
  buildTrendSeries,
  labelOf,
  type Consolidation,
  type Lang,
  type MeasureCode,
  type MeasureCounts,
  type Severity,
} from "../core";

const WORDS = {
  vi: {
    title: "Tổng hợp Dân vận khéo",
    units: "Đơn vị",
    unreadable: "tệp không đọc được",
    progress: "Tiến độ nộp năm",
    onTime: "đúng hạn",
    late: "trễ hạn",
    missing: "chưa nộp",
    returned: "bị trả lại",
    years: "Năm có số liệu",
    submissions: "Báo cáo",
    accepted: "hợp lệ",
    rejected: "bị từ chối",
    superseded: "đã thay thế",
    top: "Vấn đề thường gặp",
    totals: "Tổng năm",
    field: "Lĩnh vực",
    new: "Mới",
    cumulative: "Lũy kế",
    total: "Cộng",
    out: "Báo cáo đã ghi vào",
    none: "không có",
    unknownNote: "“–”: chưa biết (bảng không có cột này, không tính là 0); “≥ N”: còn thiếu số chưa biết",
  },
  en: {
    title: "DVK consolidation",
    units: "Units",
    unreadable: "unreadable files",
    progress: "Submissions for",
    onTime: "on time",
    late: "late",
    missing: "missing",
    returned: "rejected",
    years: "Years with data",
    submissions: "Submissions",
    accepted: "accepted",
    rejected: "rejected",
    superseded: "superseded",
    top: "Top issues",
    totals: "Totals for",
    field: "Field",
    new: "New",
    cumulative: "Cumulative",
    total: "Total",
    out: "Report written to",
    none: "none",
    unknownNote:
      "“–”: unknown (the table has no such column; never counted as 0); “≥ N”: at least N, some counts unknown",
  },
} as const;

const FILE_FAILURES = new Set<string>(["unreadable-file", "file-too-large", "parse-timeout"]);
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SEVERITY_MARK: Readonly<Record<Severity, string>> = { error: "✗", warning: "!", info: "i" };

/** The most frequent issue codes, errors first, then warnings, then notes. */
function topIssues(c: Consolidation, none: string): string {
  const byCode = new Map<string, { severity: Severity; n: number }>();
  for (const issue of c.issues) {
    const seen = byCode.get(issue.code);
    byCode.set(issue.code, { severity: issue.severity, n: (seen?.n ?? 0) + 1 });
  }
  const top = [...byCode]
    .sort(([a, x], [b, y]) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || y.n - x.n || (a < b ? -1 : 1))
    .slice(0, 8);
  return top.length > 0
    ? top.map(([code, { severity, n }]) => `${SEVERITY_MARK[severity]} ${code} ×${n}`).join(", ")
    : none;
}

/**
 * Renders the short demo summary of a consolidation: units, years, accepted / rejected /
 * superseded counts, the most frequent issue codes, the latest year's totals by field and where
 * the report was written.
 *
 * @param c - the consolidation
 * @param lang - language
 * @param out - the report path, or null
 * @returns the text, ending with a newline
 * @example
 * process.stdout.write(renderConsolidationSummary(c, "vi", "out/bao-cao.xlsx"));
 */
export function renderConsolidationSummary(c: Consolidation, lang: Lang, out: string | null): string {
  const w = WORDS[lang];
  const count = (status: string): number => c.submissions.filter((s) => s.status === status).length;
  const reported = buildTrendSeries(c).years.filter((y) => y.counts !== null);
  const years = reported.map((y) => y.year);
  const lines = [
    w.title,
    `  ${w.units}: ${c.units.length}`,
    `  ${w.years}: ${years.length > 0 ? `${years[0]}–${years[years.length - 1]} (${years.length})` : w.none}`,
    `  ${w.submissions}: ${c.submissions.length} — ${count("accepted")} ${w.accepted}, ${count("rejected")} ${w.rejected}, ${count("superseded")} ${w.superseded}`,
  ];
  const unreadable = new Set(c.issues.filter((i) => FILE_FAILURES.has(i.code)).map((i) => i.source)).size;
  if (unreadable > 0) lines[lines.length - 1] += `; ${unreadable} ${w.unreadable}`;
  lines.push(`  ${w.top}: ${topIssues(c, w.none)}`);
  const latest = reported[reported.length - 1];
  if (latest?.counts) {
    const { year, counts, completeness: n } = latest;
    lines.push(
      `  ${w.progress} ${year}: ${n["on-time"]} ${w.onTime}, ${n.late} ${w.late}, ${n.rejected} ${w.returned}, ${n.missing} ${w.missing}`,
    );
    lines.push(`  ${w.totals} ${year} (${w.new} / ${w.cumulative}):`);
    const shown = (k: MeasureCounts, m: MeasureCode): string =>
      k[m] === null ? "–" : k.partial?.includes(m) ? `≥ ${k[m]}` : String(k[m]);
    const line = (label: string, k: MeasureCounts): string =>
      `    ${label.padEnd(40)} ${shown(k, "new").padStart(6)} / ${shown(k, "cumulative").padStart(7)}`;
    for (const field of FIELDS) lines.push(line(labelOf(FIELDS, field.code, lang), counts.byField[field.code]));
    lines.push(line(w.total, counts.total));
    const all = [...FIELDS.map((f) => counts.byField[f.code]), counts.total];
    if (all.some((k) => k.new === null || k.cumulative === null || k.partial !== undefined))
      lines.push(`    (${w.unknownNote})`);
  }
  if (out) lines.push(`  ${w.out}: ${out}`);
  return `${lines.join("\n")}\n`;
}
