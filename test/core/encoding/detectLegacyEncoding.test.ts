import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { detectLegacyEncoding } from "../../../src/core/encoding/detectLegacyEncoding";
import { encodeLegacyText } from "../../../src/core/encoding/encodeLegacyText";
import { encodingFromFont } from "../../../src/core/encoding/encodingFromFont";

const PHRASES = [
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
  "Ủy ban Mặt trận Tổ quốc",
  "Dân vận khéo",
  "Văn hóa – Xã hội",
  "Tổng số mô hình",
  "Lũy kế",
  "Cá nhân",
  "Tập thể",
  "Xã Tân An",
  "Độc lập - Tự do - Hạnh phúc",
];

describe("detectLegacyEncoding", () => {
  describe("without a font", () => {
    it.each(PHRASES)("recognises TCVN3 %p", (phrase) => {
      // TCVN3 has no uppercase toned letters: a .VnTime typist writes "Uû"-less lowercase, so encode lowercase.
      expect(detectLegacyEncoding(encodeLegacyText(phrase.replace("Ủy", "ủy"), "tcvn3"))).toBe("tcvn3");
    });

    it.each(PHRASES)("recognises VNI %p", (phrase) => {
      expect(detectLegacyEncoding(encodeLegacyText(phrase, "vni"))).toBe("vni");
    });

    it("recognises the classic mojibake", () => {
      expect(detectLegacyEncoding("Céng hßa x· héi chñ nghÜa ViÖt Nam")).toBe("tcvn3");
      expect(detectLegacyEncoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("vni");
    });

    it("recognises legacy words beside codes, numbers and initials", () => {
      expect(detectLegacyEncoding("Sè 43-BC/§U")).toBe("tcvn3");
      expect(detectLegacyEncoding("(MÉu 01-DVK)")).toBe("tcvn3");
      expect(detectLegacyEncoding("t/m ®¶ng ñy")).toBe("tcvn3");
      expect(detectLegacyEncoding("T/M ÑAÛNG UÛY")).toBe("vni");
      expect(detectLegacyEncoding("Soá 27-BC/ÑU")).toBe("vni");
    });

    it("recognises one-word cells with a sign only legacy text shows", () => {
      expect(detectLegacyEncoding("D©n")).toBe("tcvn3");
      expect(detectLegacyEncoding("Tæng")).toBe("tcvn3");
      expect(detectLegacyEncoding("Daân")).toBe("vni");
    });
  });

  describe("by font", () => {
    it("trusts a TCVN3 or VNI font name", () => {
      expect(detectLegacyEncoding("hßa", ".VnTime")).toBe("tcvn3");
      expect(detectLegacyEncoding("hoøa", "VNI-Times")).toBe("vni");
      expect(detectLegacyEncoding("Nam", ".VnArial")).toBe("tcvn3");
    });

    it("ignores the font when the text is plainly Unicode Vietnamese", () => {
      expect(detectLegacyEncoding("Cộng hòa", ".VnTime")).toBeNull();
      expect(detectLegacyEncoding("Việt Nam", "VNI-Times")).toBeNull();
    });

    it("falls back to the text for other fonts", () => {
      expect(detectLegacyEncoding("Céng hßa", "Times New Roman")).toBe("tcvn3");
      expect(detectLegacyEncoding("café", "Arial")).toBeNull();
    });
  });

  describe("never converts", () => {
    it.each([
      ["Unicode Vietnamese", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
      ["Unicode Vietnamese in Latin-1 letters only", "Cô Dân"],
      ["a Unicode one-word name", "Lê"],
      ["decomposed Unicode", "Dân vận khéo".normalize("NFD")],
      ["English", "Total number of models"],
      ["French café", "café"],
      ["French Noël", "Noël à Paris"],
      ["French naïve", "naïve"],
      ["German Müller", "Müller"],
      ["French où", "Là où il est"],
      ["French goût", "le goût"],
      ["Portuguese", "São Paulo"],
      ["Danish", "Søren Kierkegaard"],
      ["German ß", "Straße"],
      ["a résumé", "résumé"],
      ["a number with a dot", "1.277"],
      ["a code", "DVK-2023/01"],
      ["micrometres", "5 µm"],
      ["a multiplication", "5×3"],
      ["a trademark", "Nokia®"],
      ["a copyright line", "©2023 UBND"],
      ["a degree", "25°C"],
      ["a product", "2 × 3 = 6"],
      ["a division", "6 ÷ 2"],
      ["a pilcrow", "¶ 3"],
      ["French quotes", "« Bonjour »"],
      ["a fraction", "1½ ngày"],
      ["a middle dot list", "a · b · c"],
      ["an empty string", ""],
    ])("%s (%p)", (_what, text) => {
      expect(detectLegacyEncoding(text)).toBeNull();
    });
  });
});

describe("detectLegacyEncoding on generated phrases", () => {
  // Words of the forms and reports: every phrase built from them, in either encoding, must never be
  // taken for the other encoding, and in Unicode must never be converted.
  const WORDS = (
    "cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc ủy ban mặt trận tổ quốc dân vận khéo văn hóa " +
    "kinh tế quốc phòng an ninh xây dựng hệ thống chính trị khác tổng số mô hình điển hình tập thể cá nhân mới lũy kế " +
    "cấp xã huyện tỉnh công nhận năm báo cáo đơn vị mã ngày tháng người lập biểu thủ trưởng đảng ủy bộ ban thường vụ " +
    "hội nông dân phụ nữ cựu chiến binh đoàn thanh niên phường thị trấn thôn bản tổ dân phố ghi chú tình trạng duy trì dừng"
  ).split(" ");
  const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
  const capitalised = phrase.map((p) => p.charAt(0).toUpperCase() + p.slice(1));

  it("never mistakes one encoding for the other, and leaves Unicode alone", () => {
    fc.assert(
      fc.property(fc.oneof(phrase, capitalised), (text) => {
        expect(detectLegacyEncoding(text)).toBeNull();
        expect(detectLegacyEncoding(encodeLegacyText(text, "vni"))).not.toBe("tcvn3");
        const tcvn3 = encodeLegacyText(text, "tcvn3");
        if (Array.from(tcvn3).every((c) => c <= "\u00ff")) expect(detectLegacyEncoding(tcvn3)).not.toBe("vni");
      }),
      { seed: 20251121, numRuns: 400 },
    );
  });

  it("recognises nearly all phrases of three words or more", () => {
    // A phrase whose every word also reads as Unicode ("céng" could be a syllable) is left alone on purpose.
    const longer = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 8 }).map((w) => w.join(" "));
    const texts = fc.sample(longer, { seed: 20251121, numRuns: 400 });
    for (const encoding of ["tcvn3", "vni"] as const) {
      const found = texts.filter((text) => detectLegacyEncoding(encodeLegacyText(text, encoding)) === encoding).length;
      expect(found / texts.length).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe("encodingFromFont", () => {
  it.each([
    [".VnTime", { encoding: "tcvn3", uppercase: false }],
    [".VnTimeH", { encoding: "tcvn3", uppercase: true }],
    [".VnArialH", { encoding: "tcvn3", uppercase: true }],
    [".VnArial Narrow", { encoding: "tcvn3", uppercase: false }],
    ["VNI-Times", { encoding: "vni", uppercase: false }],
    ["Vni-Helve", { encoding: "vni", uppercase: false }],
    ["Times New Roman", null],
    ["Arial", null],
    [undefined, null],
    ["", null],
  ])("reads %p", (font, expected) => {
    expect(encodingFromFont(font)).toEqual(expected);
  });
});
