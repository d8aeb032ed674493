// The manifest validates offline against Microsoft's XSDs, and the validator rejects broken copies with line numbers.
import { describe, expect, it, beforeAll, afterAll } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const script = path.join(repoRoot, "scripts", "validate-manifest.mjs");
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

function validate(file: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [script, file], { cwd: repoRoot, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

let dir = "";
function writeCopy(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text, "utf8");
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dvk-manifest-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("validate-manifest", () => {
  it("accepts the project's manifest.xml", () => {
    const r = validate(manifestPath);
    expect(r.out).toContain("OK");
    expect(r.status).toBe(0);
  });

  it("rejects a copy without <Id> and names the line", () => {
    const lines = manifest.split("\n");
    const idLine = lines.findIndex((l) => l.includes("<Id>"));
    expect(idLine).toBeGreaterThan(0);
    const broken = writeCopy("no-id.xml", lines.filter((_, i) => i !== idLine).join("\n"));
    const r = validate(broken);
    expect(r.status).toBe(1);
    // The element after the missing <Id> (Version) is reported on its line.
    expect(r.out).toMatch(new RegExp(`no-id\\.xml:${idLine + 1}: .*Version.*Expected is .*Id`));
  });

  it("rejects a resource id longer than 32 characters", () => {
    const longId = "Icon.Validate.16.".padEnd(40, "x");
    expect(longId).toHaveLength(40);
    const broken = writeCopy("long-resid.xml", manifest.split('"Icon.Validate.16"').join(`"${longId}"`));
    const r = validate(broken);
    expect(r.status).toBe(1);
    expect(r.out).toContain("exceeds the allowed maximum length of '32'");
    expect(r.out).toContain(longId);
  });

  it("rejects a resid that points at no resource", () => {
    const broken = writeCopy("dangling.xml", manifest.replace('resid="Validate.Tooltip"', 'resid="Validate.Missing"'));
    const r = validate(broken);
    expect(r.status).toBe(1);
    expect(r.out).toContain('resid "Validate.Missing" has no matching resource');
  });

  it("rejects a wrong Permissions value", () => {
    const broken = writeCopy(
      "perm.xml",
      manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
    );
    const r = validate(broken);
    expect(r.status).toBe(1);
    expect(r.out).toContain("Permissions");
  });
});

describe("manifest content", () => {
  it("declares the Workbook host, ExcelApi 1.1 and ReadWriteDocument", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain('<Override Locale="vi-VN" Value="Tổng hợp Dân vận khéo"/>');
  });

  it("gives every short and long string a vi-VN override", () => {
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(12);
    for (const [, id, body] of strings) expect([id, body?.includes('bt:Override Locale="vi-VN"')]).toEqual([id, true]);
  });

  it("points every icon URL at a PNG of the declared size", () => {
    const images = [
      ...manifest.matchAll(
        /<bt:Image id="[^"]+" DefaultValue="https:\/\/localhost:3000\/(assets\/icons\/[a-z]+-(\d+)\.png)"/g,
      ),
    ];
    expect(images.length).toBe(15);
    for (const [, rel, size] of images) {
      const file = path.join(repoRoot, String(rel));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([rel, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([rel, Number(size), Number(size)]);
    }
  });
});
