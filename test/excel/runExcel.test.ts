// Issue 12, finding 6: Excel.run without delayForCellEdit fails while the officer types in a cell.
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|js)$/.test(name) ? [full] : [];
  });
}

describe("runExcel", () => {
  it("is the only caller of Excel.run in src, so every run passes delayForCellEdit", () => {
    const root = path.resolve(__dirname, "..", "..", "src");
    const callers = sources(root)
      .filter((file) => /\bExcel\.run\s*\(/.test(readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")))
      .map((file) => path.relative(root, file));
    expect(callers).toEqual([path.join("excel", "runExcel.ts")]);
    expect(readFileSync(path.join(root, "excel", "runExcel.ts"), "utf8")).toMatch(
      /Excel\.run\(\{ delayForCellEdit: true \}, batch\)/,
    );
  });
});
