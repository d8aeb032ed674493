import { bothMessages } from "./helpers/messages";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { defaultOptions, type WorkbookResult } from "../../src/core";
import { parseFiles, parseFilesInThread } from "../../src/io/node/parsePool";
import type { FileTask } from "../../src/io/node/analyseFile";

// The pool runs the compiled worker (lib/io/node/parseWorker.js): `npm test` builds it first.
const root = mkdtempSync(path.join(tmpdir(), "dvk-pool-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function form(unit: string, year: number): Uint8Array {
  const rows = [
    ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["Đơn vị báo cáo:", unit],
    ["Năm báo cáo:", year],
    [],
    ["STT", "Lĩnh vực", "Cấp xã"],
    [null, null, "Mô hình tập thể", null, "Điển hình cá nhân"],
    [null, null, "Mới trong năm", "Lũy kế", "Mới trong năm", "Lũy kế"],
    [1, "Kinh tế", 1, 2, 0, 1],
    [2, "Văn hóa – Xã hội", 0, 1, 0, 0],
    [3, "Quốc phòng – An ninh", 0, 0, 0, 0],
    [4, "Xây dựng Đảng và hệ thống chính trị", 0, 0, 0, 0],
    [5, "Lĩnh vực khác", 0, 0, 0, 0],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws["!merges"] = [
    { s: { r: 4, c: 2 }, e: { r: 4, c: 5 } },
    { s: { r: 5, c: 2 }, e: { r: 5, c: 3 } },
    { s: { r: 5, c: 4 }, e: { r: 5, c: 5 } },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, String(year));
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

function write(name: string, bytes: Uint8Array | string): FileTask {
  const file = path.join(root, name);
  writeFileSync(file, bytes);
  return { path: file, source: name, order: 0 };
}

const tasks: FileTask[] = [
  write("a.xlsx", form("Xã A", 2023)),
  write("broken.xlsx", "not a workbook at all"),
  write("b.xlsx", form("Xã B", 2022)),
  write("empty.xls", ""),
  write("c.xlsx", form("Xã C", 2021)),
].map((t, i) => ({ ...t, order: i * 1000 }));

async function collect(iterator: AsyncGenerator<WorkbookResult>): Promise<WorkbookResult[]> {
  const out: WorkbookResult[] = [];
  for await (const r of iterator) out.push(r);
  return out;
}

describe("parseFiles (worker_threads)", () => {
  it("yields one result per file in input order, bad files as issues, the same as in-thread", async () => {
    const pooled = await collect(parseFiles(tasks, { run: defaultOptions(2025), poolSize: 2, window: 1 }));
    const inThread = await collect(parseFilesInThread(tasks, { run: defaultOptions(2025) }));
    expect(pooled.map((r) => r.source)).toEqual(["a.xlsx", "broken.xlsx", "b.xlsx", "empty.xls", "c.xlsx"]);
    expect(pooled).toEqual(inThread);
    expect(pooled.map((r) => r.submissions.map((s) => [s.unitName, s.year, s.order]))).toEqual([
      [["Xã A", 2023, 0]],
      [],
      [["Xã B", 2022, 2000]],
      [],
      [["Xã C", 2021, 4000]],
    ]);
    expect(pooled[1]?.issues.map((i) => i.code)).toEqual(["unreadable-file"]);
    expect(pooled[3]?.issues.map((i) => i.code)).toEqual(["unreadable-file"]);
  });

  it("stops a file that runs past the time limit with parse-timeout, replaces the worker and goes on", async () => {
    const results = await collect(parseFiles(tasks, { run: defaultOptions(2025), poolSize: 2, timeoutMs: 1 }));
    expect(results.map((r) => r.source)).toEqual(tasks.map((t) => t.source));
    for (const r of results) expect(r.issues.map((i) => [i.code, i.params.limit])).toEqual([["parse-timeout", 0]]);
    const after = await collect(parseFiles(tasks.slice(0, 1), { run: defaultOptions(2025), poolSize: 1 }));
    expect(after[0]?.submissions).toHaveLength(1);
  });

  it("turns a worker that runs out of heap into unreadable-file", async () => {
    // 2,000 × 2,000 cells of CSV (8 MB of text): millions of cell objects, far beyond a 40 MB heap.
    const heavy = write("heavy.csv", `${"1,".repeat(1999)}1\n`.repeat(2000));
    const results = await collect(
      parseFiles([heavy, tasks[0] as FileTask], { run: defaultOptions(2025), poolSize: 1, memoryMb: 40 }),
    );
    expect(results[0]?.issues.map((i) => i.code)).toEqual(["unreadable-file"]);
    expect(bothMessages(results[0]?.issues[0])).toContain("needs too much memory");
    expect(results[1]?.submissions).toHaveLength(1);
  });
});
