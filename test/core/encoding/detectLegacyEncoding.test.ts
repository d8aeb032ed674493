import { describe, expect, it } from "@jest/globals";
import { detectLegacyEncoding } from "../../../src/core/encoding/detectLegacyEncoding";
import { encodeLegacyText } from "../../../src/core/encoding/encodeLegacyText";
import { encodingFromFont } from "../../../src/core/encoding/encodingFromFont";

const PHRASES = ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Dân vận khéo", "Văn hóa – Xã hội", "Tổng số mô hình", "Lũy kế", "Cá nhân", "Tập thể", "Xã Tân An", "Độc lập - Tự do - Hạnh phúc"];

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
      ["an empty string", ""],
    ])("%s (%p)", (_what, text) => {
      expect(detectLegacyEncoding(text)).toBeNull();
    });
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
