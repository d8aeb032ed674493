/**
 * The user guide's table of issue codes is generated from the catalogue: this test fails when they drift apart.
 * Regenerate with `UPDATE_GUIDE=1 npx jest test/taskpane/guide.test.ts`.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { ISSUE_CATALOGUE, ISSUE_CODES } from "../../src/core/issues/catalogue";

const GUIDE = join(__dirname, "../../docs/huong-dan-su-dung.md");
const START = "<!-- issue-codes:start (generated from src/core/issues/catalogue.ts) -->";
const END = "<!-- issue-codes:end -->";
const SEVERITY = { error: "Lỗi (bị loại)", warning: "Cảnh báo", info: "Thông tin" } as const;
const SCOPE = { file: "tệp", sheet: "trang tính", submission: "báo cáo", cell: "ô", series: "chuỗi năm" } as const;

function renderTable(): string {
  const rows = ISSUE_CODES.map((code) => {
    const spec = ISSUE_CATALOGUE[code];
    const text = spec.vi.replace(/\|/g, "\\|").replace(/\{(\w+)\}/g, "‹$1›");
    return `| \`${code}\` | ${SEVERITY[spec.severity]} | ${SCOPE[spec.scope]} | ${text} |`;
  });
  return [START, "| Mã | Mức độ | Phạm vi | Ý nghĩa và cách xử lý |", "|---|---|---|---|", ...rows, END].join("\n");
}

describe("docs/huong-dan-su-dung.md", () => {
  it("lists every issue code of the catalogue with its current message", () => {
    const guide = readFileSync(GUIDE, "utf8");
    const start = guide.indexOf(START);
    const end = guide.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const current = guide.slice(start, end + END.length);
    if (process.env.UPDATE_GUIDE === "1" && current !== renderTable()) {
      writeFileSync(GUIDE, guide.slice(0, start) + renderTable() + guide.slice(end + END.length));
      return;
    }
    expect(current).toBe(renderTable());
  });
});
