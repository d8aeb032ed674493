import { afterEach, describe, expect, it } from "@jest/globals";
import { ALL_CAPS, MIN_CAPS, describeMissingCaps, detectCaps } from "../../src/excel/caps";
import type { Note } from "../../src/excel/noteCatalogue";
import { noteMessage } from "../../src/excel/noteMessage";

const globals = globalThis as unknown as { Office?: unknown };

describe("detectCaps", () => {
  afterEach(() => {
    delete globals.Office;
  });

  it("asks isSetSupported with version strings and maps the answers", () => {
    const asked: [string, unknown][] = [];
    globals.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: unknown) => {
            asked.push([name, version]);
            return version === "1.2" || version === "1.6";
          },
        },
      },
    };
    expect(detectCaps()).toEqual({ v1_2: true, v1_6: true, v1_7: false, v1_8: false, v1_9: false });
    expect(asked.every(([name, version]) => name === "ExcelApi" && typeof version === "string")).toBe(true);
  });
});

describe("describeMissingCaps", () => {
  it("says nothing on a current Excel and explains each missing feature on Excel 2016, in Vietnamese and English", () => {
    expect(describeMissingCaps(ALL_CAPS)).toEqual([]);
    const notes = describeMissingCaps(MIN_CAPS);
    expect(notes).toHaveLength(4);
    expect(noteMessage(notes[1] as Note, "vi")).toMatch(/định dạng có điều kiện.*Kiểm tra/);
    expect(noteMessage(notes[1] as Note, "en")).toMatch(/conditional formatting.*Kiểm tra/);
  });
});
