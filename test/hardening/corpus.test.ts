import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueMessage } from "../../src/core";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { buildCorpus, type CorpusFile } from "./buildCorpus";

// Issue 7 §1: every hostile file gets a clear issue of its own, the run neither crashes nor hangs nor
// prints a stack trace, the good file beside them is still read, and the whole run stays under 600 MB.
const repo = join(__dirname, "..", "..");
const GOOD = "2016/xa-tan-hoa-2016.xlsx";

interface RunOutput {
  submissions: { source: string; status: string }[];
  issues: { source: string; code: string; severity: string; message: string }[];
}

describe("hostile and broken files", () => {
  let dir: string;
  let corpus: CorpusFile[];
  let run: {
    status: number | null;
    stderr: string;
    stdout: string;
    json: RunOutput;
    maxRssMb: number;
    seconds: number;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dvk-corpus-"));
    corpus = buildCorpus(dir);
    copyFileSync(join(repo, "assets", "samples", GOOD), join(dir, "tot.xlsx"));
    const json = join(dir, "..", `${process.pid}-corpus.json`);
    // In-process wrapper so the peak RSS covers the CLI and its worker threads.
    const script = `require(${JSON.stringify(join(repo, "lib", "cli", "main.js"))}).main(process.argv.slice(1)).then((code) => {
      process.stderr.write("\\nRSS " + process.resourceUsage().maxRSS + "\\n"); process.exitCode = code; });`;
    const started = Date.now();
    const child = spawnSync(process.execPath, ["-e", script, "validate", dir, "--json", json], {
      encoding: "utf8",
      timeout: 170_000,
    });
    const rss = /RSS (\d+)/.exec(child.stderr)?.[1];
    run = {
      status: child.status,
      stderr: child.stderr,
      stdout: child.stdout,
      json: JSON.parse(readFileSync(json, "utf8")) as RunOutput,
      maxRssMb: Number(rss) / 1024,
      seconds: (Date.now() - started) / 1000,
    };
  }, 180_000);

  it("finishes with exit 1 (some files rejected), no crash and no stack trace", () => {
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(run.stderr).not.toMatch(/Error:/);
  });

  it("gives each hostile file a clear issue of the expected kind, without waiting for the time limit", () => {
    for (const f of corpus) {
      const codes = run.json.issues
        .filter((i) => i.source.endsWith(f.file) && i.severity === "error")
        .map((i) => i.code);
      expect([f.what, codes.some((c) => f.expected.includes(c as never))]).toEqual([f.what, true]);
      expect([f.what, codes]).not.toEqual([f.what, expect.arrayContaining(["parse-timeout"])]);
    }
  });

  it("still reads the good file in the same run", () => {
    const good = run.json.submissions.filter((s) => s.source.endsWith("tot.xlsx"));
    expect(good.map((s) => s.status)).toEqual(["accepted"]);
  });

  it("stays under 600 MB peak memory for the whole run", () => {
    expect(run.maxRssMb).toBeGreaterThan(0);
    expect(run.maxRssMb).toBeLessThan(600);
  });

  it("explains each file in Vietnamese and in English", () => {
    for (const f of corpus) {
      const read = readWorkbookBytes(new Uint8Array(readFileSync(join(dir, f.file))), f.file);
      const issue = read.issues[0];
      if (!issue) continue; // read fine; the validator rejects it (no table), as the CLI run shows
      expect(issueMessage(issue, "vi")).not.toMatch(/\?|undefined|\[object/);
      expect(issueMessage(issue, "en")).not.toMatch(/\?|undefined|\[object/);
      expect(issueMessage(issue, "vi")).not.toEqual(issueMessage(issue, "en"));
    }
  });

  it("never pollutes Object.prototype", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const f of corpus.filter((c) => c.file === "proto.xlsx"))
      readWorkbookBytes(new Uint8Array(readFileSync(join(dir, f.file))), f.file);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["t"]).toBeUndefined();
  });
});
