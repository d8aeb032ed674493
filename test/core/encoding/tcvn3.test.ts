import { execFileSync } from "node:child_process";
import { describe, expect, it } from "@jest/globals";
import { convertLegacyText } from "../../../src/core/encoding/convertLegacyText";
import { encodeLegacyText } from "../../../src/core/encoding/encodeLegacyText";
import { TCVN3_TO_UNICODE } from "../../../src/core/encoding/tcvn3Table";
import { MARKED_BASES, VIETNAMESE_LOWERCASE, VIETNAMESE_UPPERCASE } from "../../../src/core/encoding/vietnameseLetters";

/** Runs glibc iconv over one string; fails loudly (never skips) when iconv or its TCVN5712-1 table is missing. */
function iconv(from: string, to: string, input: Buffer): Buffer {
  try {
    return execFileSync("iconv", ["-f", from, "-t", to], { input });
  } catch (error) {
    throw new Error(
      `glibc iconv with the TCVN5712-1 table is required for the TCVN3 cross-check (Debian/Ubuntu: apt-get install libc-bin). ${String(error)}`,
    );
  }
}

/** Encodes letters one per line with glibc and returns each line's bytes. */
function glibcBytes(letters: readonly string[]): number[][] {
  const out = iconv("UTF-8", "TCVN5712-1", Buffer.from(letters.join("\n"), "utf8"));
  const lines: number[][] = [[]];
  for (const byte of out) {
    if (byte === 0x0a) lines.push([]);
    else lines[lines.length - 1]?.push(byte);
  }
  return lines;
}

const code = (char: string): number => char.charCodeAt(0);

describe("TCVN3 table", () => {
  it("has the 67 lowercase letters and 7 uppercase base letters of VN3", () => {
    expect(TCVN3_TO_UNICODE.size).toBe(74);
    expect(new Set(TCVN3_TO_UNICODE.values())).toEqual(
      new Set([...VIETNAMESE_LOWERCASE, ...MARKED_BASES.map((l) => l.toUpperCase())]),
    );
    for (const legacy of TCVN3_TO_UNICODE.keys()) expect(code(legacy)).toBeGreaterThanOrEqual(0xa1);
  });

  describe("cross-checked against glibc iconv TCVN5712-1", () => {
    it("encodes every lowercase letter to the same byte as glibc", () => {
      const bytes = glibcBytes(VIETNAMESE_LOWERCASE);
      VIETNAMESE_LOWERCASE.forEach((letter, i) => {
        const ours = encodeLegacyText(letter, "tcvn3");
        expect([letter, [code(ours)]]).toEqual([letter, bytes[i]]);
      });
    });

    it("encodes the uppercase base letters Ă Â Ê Ô Ơ Ư Đ to the same byte as glibc", () => {
      const bases = MARKED_BASES.map((l) => l.toUpperCase());
      const bytes = glibcBytes(bases);
      bases.forEach((letter, i) =>
        expect([letter, [code(encodeLegacyText(letter, "tcvn3"))]]).toEqual([letter, bytes[i]]),
      );
    });

    it("decodes every VN3 code to the same letter as glibc", () => {
      const entries = [...TCVN3_TO_UNICODE];
      const input = Buffer.from(entries.flatMap(([legacy]) => [code(legacy), 0x0a]));
      const glibc = iconv("TCVN5712-1", "UTF-8", input).toString("utf8").split("\n");
      entries.forEach(([legacy, letter], i) => {
        expect([code(legacy).toString(16), letter]).toEqual([code(legacy).toString(16), glibc[i]]);
      });
    });

    // glibc implements VN1, which adds the 60 uppercase toned letters in C0, C1 and spare upper-half slots.
    // VN3 has none: each of those slots is unassigned in our table, and in a VN3 file such a capital is its
    // lowercase code shown in an all-capital font (.VnTimeH), which `uppercase: true` decodes.
    it("leaves glibc's VN1-only uppercase toned letters out, and decodes them through the capital fonts", () => {
      const toned = VIETNAMESE_UPPERCASE.filter((l) => !MARKED_BASES.map((b) => b.toUpperCase()).includes(l));
      expect(toned).toHaveLength(60);
      const bytes = glibcBytes(toned);
      toned.forEach((letter, i) => {
        expect(bytes[i]).toHaveLength(1);
        expect(TCVN3_TO_UNICODE.has(String.fromCharCode(bytes[i]?.[0] ?? 0))).toBe(false);
        expect(
          convertLegacyText(encodeLegacyText(letter, "tcvn3", { uppercase: true }), "tcvn3", { uppercase: true }),
        ).toBe(letter);
      });
    });
  });
});

describe("convertLegacyText (tcvn3)", () => {
  it("round-trips every lowercase letter and every uppercase base letter", () => {
    for (const letter of [...VIETNAMESE_LOWERCASE, ...MARKED_BASES.map((l) => l.toUpperCase())]) {
      const legacy = encodeLegacyText(letter, "tcvn3");
      expect(legacy).toMatch(/^[\u00a1-\u00ff]$/u);
      expect(convertLegacyText(legacy, "tcvn3")).toBe(letter);
    }
  });

  it("round-trips every uppercase letter through an all-capital font", () => {
    for (const letter of VIETNAMESE_UPPERCASE) {
      const legacy = encodeLegacyText(letter, "tcvn3", { uppercase: true });
      expect(legacy).toBe(encodeLegacyText(letter.toLowerCase(), "tcvn3"));
      expect(convertLegacyText(legacy, "tcvn3", { uppercase: true })).toBe(letter);
    }
  });

  it("converts the mojibake of a real heading", () => {
    expect(convertLegacyText("Céng hßa x· héi chñ nghÜa ViÖt Nam", "tcvn3")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
  });

  it.each([
    ["Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Dân vận khéo"],
    ["Văn hóa – Xã hội"],
    ["Người Đoàn Ương, Ươm tơ"],
    ["ủy ban mặt trận tổ quốc"],
  ])("round-trips %p", (phrase) => {
    const legacy = encodeLegacyText(phrase, "tcvn3");
    expect(legacy).not.toBe(phrase);
    expect(convertLegacyText(legacy, "tcvn3")).toBe(phrase);
  });

  it("decodes .VnTimeH text, ASCII included, as capitals", () => {
    expect(convertLegacyText("ñy ban mÆt trËn tæ quèc", "tcvn3", { uppercase: true })).toBe("ỦY BAN MẶT TRẬN TỔ QUỐC");
  });

  it("keeps ASCII, digits, punctuation and Windows-1252 dashes and quotes", () => {
    expect(convertLegacyText("Nam 2023: 1.277 – “x” (a+b)", "tcvn3")).toBe("Nam 2023: 1.277 – “x” (a+b)");
  });

  it("does not mutate its input", () => {
    const text = "Céng hßa";
    convertLegacyText(text, "tcvn3");
    expect(text).toBe("Céng hßa");
  });
});
