/** Test fixtures for the CLI: Mẫu 01-DVK workbooks written with @e965/xlsx into a temp folder. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import * as XLSX from "@e965/xlsx";

export interface FormSpec {
  readonly unit: string;
  readonly code?: string;
  readonly year: number;
  readonly date?: string;
  /** Kinh tế, cấp xã, tập thể: new and cumulative. */
  readonly kinhTe?: readonly [number, number];
}

/** A one-sheet Mẫu 01-DVK workbook (cấp xã only). */
export function formBytes(spec: FormSpec, bookType: XLSX.BookType = "xlsx"): Uint8Array {
  const [n, k] = spec.kinhTe ?? [1, 3];
  const rows: unknown[][] = [
    ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["Đơn vị báo cáo:", spec.unit],
    ["Mã đơn vị:", spec.code ?? ""],
    ["Năm báo cáo:", spec.year],
    ["Ngày báo cáo:", spec.date ?? `15/10/${spec.year}`],
    [],
    ["STT", "Lĩnh vực", "Cấp xã"],
    [null, null, "Mô hình tập thể", null, "Điển hình cá nhân"],
    [null, null, "Mới trong năm", "Lũy kế", "Mới trong năm", "Lũy kế"],
    [1, "Kinh tế", n, k, 0, 1],
    [2, "Văn hóa – Xã hội", 0, 2, 1, 1],
    [3, "Quốc phòng – An ninh", 0, 0, 0, 0],
    [4, "Xây dựng Đảng và hệ thống chính trị", 0, 0, 0, 0],
    [5, "Lĩnh vực khác", 0, 0, 0, 0],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws["!merges"] = [
    { s: { r: 6, c: 2 }, e: { r: 6, c: 5 } },
    { s: { r: 7, c: 2 }, e: { r: 7, c: 3 } },
    { s: { r: 7, c: 4 }, e: { r: 7, c: 5 } },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, `Năm ${spec.year}`);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

/** Writes a file under `root`, creating folders. */
export function put(root: string, rel: string, bytes: Uint8Array | string): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

/** Runs `node bin/dvk.js …` (compiled lib/ from `npm run build:cli`) in `cwd`. */
export function dvk(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const bin = path.resolve(__dirname, "../../bin/dvk.js");
  const child = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
