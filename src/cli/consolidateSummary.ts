import { FIELDS, labelOf, type Consolidation, type Lang } from "../core";

const WORDS = {
  vi: { title: "Tổng hợp Dân vận khéo", units: "Đơn vị", years: "Năm có số liệu", submissions: "Báo cáo", accepted: "hợp lệ", rejected: "bị từ chối", superseded: "đã thay thế", top: "Vấn đề thường gặp", totals: "Tổng năm", field: "Lĩnh vực", new: "Mới", cumulative: "Lũy kế", total: "Cộng", out: "Báo cáo đã ghi vào", none: "không có" },
  en: { title: "DVK consolidation", units: "Units", years: "Years with data", submissions: "Submissions", accepted: "accepted", rejected: "rejected", superseded: "superseded", top: "Top issues", totals: "Totals for", field: "Field", new: "New", cumulative: "Cumulative", total: "Total", out: "Report written to", none: "none" },
} as const;

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
  const years = [...new Set(c.totals.map((t) => t.year))].sort((a, b) => a - b);
  const lines = [
    w.title,
    `  ${w.units}: ${c.units.length}`,
    `  ${w.years}: ${years.length > 0 ? `${years[0]}–${years[years.length - 1]} (${years.length})` : w.none}`,
    `  ${w.submissions}: ${c.submissions.length} — ${count("accepted")} ${w.accepted}, ${count("rejected")} ${w.rejected}, ${count("superseded")} ${w.superseded}`,
  ];
  const byCode = new Map<string, number>();
  for (const issue of c.issues) byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
  const top = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6);
  lines.push(`  ${w.top}: ${top.length > 0 ? top.map(([code, n]) => `${code} ×${n}`).join(", ") : w.none}`);
  const latest = years[years.length - 1];
  if (latest !== undefined) {
    lines.push(`  ${w.totals} ${latest} (${w.new} / ${w.cumulative}):`);
    const rows = c.totals.filter((t) => t.year === latest);
    let sumNew = 0;
    let sumCum = 0;
    for (const field of FIELDS) {
      const of = rows.filter((t) => t.field === field.code);
      const n = of.reduce((a, t) => a + t.new, 0);
      const k = of.reduce((a, t) => a + t.cumulative, 0);
      sumNew += n;
      sumCum += k;
      lines.push(`    ${labelOf(FIELDS, field.code, lang).padEnd(40)} ${String(n).padStart(6)} / ${String(k).padStart(7)}`);
    }
    lines.push(`    ${w.total.padEnd(40)} ${String(sumNew).padStart(6)} / ${String(sumCum).padStart(7)}`);
  }
  if (out) lines.push(`  ${w.out}: ${out}`);
  return `${lines.join("\n")}\n`;
}
