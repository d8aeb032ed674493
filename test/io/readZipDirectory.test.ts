import { describe, expect, it } from "@jest/globals";
import { readZipDirectory } from "../../src/io/zip/readZipDirectory";
import { inflateEntry } from "../../src/io/zip/inflateEntry";
import { zipBytes } from "./helpers/zipStore";

describe("readZipDirectory", () => {
  it("lists entries with their declared sizes, central and local", () => {
    const bytes = zipBytes([
      { name: "a.txt", data: "hello" },
      { name: "b/c.xml", data: "<x/>".repeat(50), deflate: true, localSize: 999 },
    ]);
    const dir = readZipDirectory(bytes);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize, e.localUncompressedSize])).toEqual([
      ["a.txt", 0, 5, 5],
      ["b/c.xml", 8, 200, 999],
    ]);
  });

  it("inflates a small entry with the bundled inflater, bounded by its declared size", () => {
    const bytes = zipBytes([{ name: "r.xml", data: "<Relationships/>".repeat(10), deflate: true }]);
    const dir = readZipDirectory(bytes);
    if (!dir.ok) throw new Error("unreadable");
    const entry = dir.entries[0]!;
    expect(new TextDecoder().decode(inflateEntry(bytes, entry) ?? new Uint8Array())).toBe(
      "<Relationships/>".repeat(10),
    );
    expect(inflateEntry(bytes, { ...entry, uncompressedSize: 16, localUncompressedSize: 16 })?.length).toBe(16);
  });

  it("reports a truncated archive at every cut point", () => {
    const bytes = zipBytes([
      { name: "a.txt", data: "hello world" },
      { name: "b.txt", data: "x".repeat(300), deflate: true },
    ]);
    for (let cut = 0; cut < bytes.length; cut += 7) {
      const dir = readZipDirectory(bytes.subarray(0, cut));
      expect(dir.ok).toBe(false);
    }
  });

  it("refuses more entries than allowed before reading them", () => {
    const bytes = zipBytes(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, data: "x" })));
    expect(readZipDirectory(bytes, 4)).toEqual({ ok: false, reason: "too-many-entries", count: 5 });
    expect(readZipDirectory(bytes, 5).ok).toBe(true);
  });

  it("reports an entry whose data runs past the end", () => {
    const bytes = zipBytes([{ name: "a.txt", data: "hello" }]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = bytes.length - 22 - 46 - 5;
    view.setUint32(central + 20, 1_000_000, true);
    expect(readZipDirectory(bytes)).toEqual({ ok: false, reason: "truncated" });
  });
});
