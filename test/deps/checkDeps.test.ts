import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(__dirname, "..", "..");
const script = join(repo, "scripts", "check-deps.mjs");

/** Copies the real package.json and lockfile into a temp project, applying `edit` to the lockfile. */
function projectWith(edit: (lock: { packages: Record<string, Record<string, unknown>> }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "dvk-deps-"));
  const lock = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8"));
  edit(lock);
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify(lock));
  writeFileSync(join(dir, "package.json"), readFileSync(join(repo, "package.json")));
  return dir;
}

const run = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

describe("check-deps", () => {
  it("accepts the project's own lockfile", () => {
    expect(run(projectWith(() => undefined)).status).toBe(0);
  });

  it("fails when xlsx 0.18.5 appears anywhere in the tree", () => {
    const dir = projectWith((lock) => {
      lock.packages["node_modules/some-tool/node_modules/xlsx"] = { version: "0.18.5" };
    });
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("CVE-2023-30533");
  });

  it("fails when the reader is not locked to 0.20.3", () => {
    const result = run(projectWith((lock) => void (lock.packages["node_modules/@e965/xlsx"]!.version = "0.20.2")));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("@e965/xlsx 0.20.3");
  });
});
