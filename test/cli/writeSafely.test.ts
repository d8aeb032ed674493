import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { assertWritable, writeSafely } from "../../src/cli/writeSafely";
import { UsageError } from "../../src/cli/usageError";

const root = mkdtempSync(path.join(tmpdir(), "dvk-write-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("writeSafely", () => {
  it("writes through a temporary file in the same folder, creating the folder", async () => {
    const target = path.join(root, "new", "r.json");
    let tempSeen = "";
    await writeSafely(target, (temp) => {
      tempSeen = temp;
      expect(path.dirname(temp)).toBe(path.dirname(target));
      writeFileSync(temp, "{}");
    });
    expect(readFileSync(target, "utf8")).toBe("{}");
    expect(tempSeen).not.toBe(target);
    expect(readdirSync(path.dirname(target))).toEqual(["r.json"]);
  });

  it("an interrupted write leaves the previous file intact and no temporary file behind", async () => {
    const target = path.join(root, "keep.xlsx");
    writeFileSync(target, "previous report");
    await expect(
      writeSafely(target, (temp) => {
        writeFileSync(temp, "half a rep");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readFileSync(target, "utf8")).toBe("previous report");
    expect(readdirSync(root).filter((f) => f.includes("keep"))).toEqual(["keep.xlsx"]);
  });

  it("assertWritable refuses an existing file unless forced", () => {
    const target = path.join(root, "exists.json");
    writeFileSync(target, "x");
    expect(() => assertWritable(target, false, "--out")).toThrow(UsageError);
    expect(() => assertWritable(target, true, "--out")).not.toThrow();
    expect(() => assertWritable(path.join(root, "absent.json"), false, "--out")).not.toThrow();
  });
});
