import {
  issueMessage,
  makeIssue,
  matchKey,
  parseAliasSheet,
  SHEET_NAMES,
  type AliasTable,
  type CellValue,
  type Issue,
  type Lang,
  type RawSheet,
} from "../core";
import { readSideSheet } from "./readSideSheet";
import { UsageError } from "./usageError";

/** Strings as the "Danh mục" sheet compares them: NFC (files saved on a Mac often hold decomposed text). */
function normalised(sheet: RawSheet): RawSheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => row.map((v: CellValue) => (typeof v === "string" ? v.normalize("NFC") : v))),
  };
}

function text(value: CellValue | undefined): string {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

/**
 * Reads the `--aliases` file (CSV or spreadsheet; its "Danh mục" sheet, else its first sheet) in the
 * layout of the workbook's "Danh mục" sheet — Nhóm | Cách ghi trong báo cáo | Hiểu là — with the
 * core's `parseAliasSheet`, so one file format serves the add-in and the CLI. Rows it cannot read
 * become `alias-row-unreadable` warnings; they never stop the run.
 *
 * @param file - the alias file path
 * @returns the alias table for `RunOptions.aliases` and the issues found in the file
 * @throws UsageError when the file is missing, unreadable or has no "Nhóm | Cách ghi trong báo cáo | Hiểu là" header
 * @example
 * const { aliases } = readAliases("danh-muc.csv");
 */
export function readAliases(file: string): { aliases: AliasTable; issues: Issue[] } {
  const read = readSideSheet(
    "--aliases",
    file,
    (sheets) => sheets.find((s) => matchKey(s.name) === matchKey(SHEET_NAMES["danh-muc"])) ?? sheets[0],
  );
  const sheet = normalised(read.sheet);
  const parsed = parseAliasSheet(sheet);
  if (!parsed.recognised) {
    throw new UsageError(
      `--aliases: "${file}" thiếu hàng tiêu đề "Nhóm | Cách ghi trong báo cáo | Hiểu là" ở dòng 1`,
      `--aliases: "${file}" lacks the header row "Nhóm | Cách ghi trong báo cáo | Hiểu là" in row 1`,
    );
  }
  const issues = parsed.unreadableCells.map((cells, i) => {
    const row = parsed.unreadableRows[i] ?? 0;
    return makeIssue(
      "alias-row-unreadable",
      { source: file, sheet: read.sheet.name, cell: `A${row}` },
      { row, group: text(cells[0]), canonical: text(cells[2]) },
    );
  });
  return { aliases: parsed.aliases, issues: [...read.issues, ...issues] };
}

/**
 * The terminal lines for the issues of the alias file (printed before the summary).
 *
 * @param file - the alias file path
 * @param issues - its issues
 * @param lang - message language
 * @returns the text, "" when there is no issue
 * @example
 * process.stdout.write(renderAliasIssues("danh-muc.csv", issues, "vi"));
 */
export function renderAliasIssues(file: string, issues: readonly Issue[], lang: Lang): string {
  if (issues.length === 0) return "";
  const mark = { error: "✗", warning: "!", info: "i" } as const;
  return `${file}\n${issues.map((i) => `    ${mark[i.severity]} [${i.code}] ${issueMessage(i, lang)}`).join("\n")}\n\n`;
}
