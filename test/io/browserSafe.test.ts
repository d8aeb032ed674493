import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";

const SRC = path.resolve(__dirname, "../../src");

/** The files reachable from `entry` through relative imports, outside src/core (eslint guards core). */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/from\s+"(\.[^"]+)"/g)) {
      const base = path.resolve(path.dirname(file), match[1] as string);
      const target = [`${base}.ts`, path.join(base, "index.ts")].find((f) => existsSync(f));
      if (target && !target.startsWith(path.join(SRC, "core"))) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

describe("the reader is browser-safe (it also runs in the task pane's Web Worker)", () => {
  const files = importGraph(path.join(SRC, "io", "readWorkbook.ts"));

  it("follows the reader's own modules", () => {
    expect(files.map((f) => path.relative(SRC, f)).sort()).toEqual(
      [
        "io/decodeText.ts",
        "io/fonts/bookMentionsLegacyFont.ts",
        "io/fonts/readBiffFonts.ts",
        "io/fonts/readCellFonts.ts",
        "io/fonts/readLegacyFonts.ts",
        "io/fonts/readSharedStringFonts.ts",
        "io/fonts/readSheetParts.ts",
        "io/fonts/readStyleFonts.ts",
        "io/fonts/scanXml.ts",
        "io/readLimits.ts",
        "io/readWorkbook.ts",
        "io/sniffFormat.ts",
        "io/toRawSheet.ts",
        "io/zip/checkZip.ts",
        "io/zip/inflateEntry.ts",
        "io/zip/readZipDirectory.ts",
      ].map((f) => f.split("/").join(path.sep)),
    );
  });

  it.each(importGraph(path.join(SRC, "io", "readWorkbook.ts")).map((f) => [path.relative(SRC, f), f]))(
    "%s uses no Node API",
    (_, file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code).not.toMatch(/from\s+"(node:|fs|path|os|zlib|worker_threads|child_process|buffer)/);
      expect(code).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
    },
  );
});
