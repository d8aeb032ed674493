import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { collectInputs } from "../../src/io/node/collectInputs";

const root = mkdtempSync(path.join(tmpdir(), "dvk-collect-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function touch(rel: string): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "x");
}

describe("collectInputs", () => {
  for (const f of [
    "b/2017.xlsx",
    "b/2016.XLS",
    "a.ods",
    "c.csv",
    "b/~$2017.xlsx",
    "b/.hidden.xlsx",
    ".git/x.xlsx",
    "notes.txt",
    "b/sub/z.xlsm",
  ])
    touch(f);

  it("walks folders recursively in sorted order, skipping lock files, dotfiles and other extensions", () => {
    const { files, missing } = collectInputs([root]);
    expect(missing).toEqual([]);
    expect(files.map((f) => path.relative(root, f.source))).toEqual([
      "a.ods",
      path.join("b", "2016.XLS"),
      path.join("b", "2017.xlsx"),
      path.join("b", "sub", "z.xlsm"),
      "c.csv",
    ]);
    expect(files.map((f) => f.order)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it("keeps a file as given (even a mis-named one), lists each file once, and reports missing paths", () => {
    const given = path.join(root, "notes.txt");
    const { files, missing } = collectInputs([given, path.join(root, "c.csv"), root, path.join(root, "nope.xlsx")]);
    expect(files[0]?.source).toBe(given);
    expect(files[1]?.source).toBe(path.join(root, "c.csv"));
    expect(files.filter((f) => f.source.endsWith("c.csv"))).toHaveLength(1);
    expect(missing).toEqual([path.join(root, "nope.xlsx")]);
  });
});
