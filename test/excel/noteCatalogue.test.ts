// The adapter's notes to the officer come from one catalogue, in Vietnamese and English (issue 12, finding 10 and the
// ribbon's English dialog): no sentence is written inline in src/excel.
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NOTE_CATALOGUE, NOTE_KEYS } from "../../src/excel/noteCatalogue";
import { noteMessage } from "../../src/excel/noteMessage";

const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe("NOTE_CATALOGUE", () => {
  it("has every note in both languages, with the same slots", () => {
    for (const key of NOTE_KEYS) {
      const { vi, en } = NOTE_CATALOGUE[key];
      expect(vi.length).toBeGreaterThan(20);
      expect(en.length).toBeGreaterThan(20);
      expect(en).not.toBe(vi);
      expect(slots(en)).toEqual(slots(vi));
    }
  });

  it("renders a note in the officer's language, a missing value as ?", () => {
    const note = { key: "protected-no-highlights", params: { sheet: "Xã An Bình" } } as const;
    expect(noteMessage(note, "vi")).toMatch(/^Trang “Xã An Bình” đang được khóa/);
    expect(noteMessage(note, "en")).toMatch(/^The “Xã An Bình” sheet is protected/);
    expect(noteMessage({ key: "owned-sheet-password", params: {} }, "en")).toMatch(/“\?” sheet/);
  });

  it("is the only place src/excel words a note: no sentence pushed inline", () => {
    const dir = path.resolve(__dirname, "..", "..", "src", "excel");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "noteCatalogue.ts")) {
      const code = readFileSync(path.join(dir, file), "utf8");
      expect({ file, inline: /notes?\.push\(\s*[`"']|note:\s*[`"']/.test(code) }).toEqual({ file, inline: false });
    }
  });
});
