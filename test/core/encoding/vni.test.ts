import { describe, expect, it } from "@jest/globals";
import { convertLegacyText } from "../../../src/core/encoding/convertLegacyText";
import { encodeLegacyText } from "../../../src/core/encoding/encodeLegacyText";
import { VIETNAMESE_LOWERCASE, VIETNAMESE_UPPERCASE } from "../../../src/core/encoding/vietnameseLetters";

describe("convertLegacyText (vni)", () => {
  it("round-trips every Vietnamese letter, lowercase and uppercase", () => {
    for (const letter of [...VIETNAMESE_LOWERCASE, ...VIETNAMESE_UPPERCASE]) {
      const legacy = encodeLegacyText(letter, "vni");
      expect(legacy).toMatch(/^(?:[aeouyAEOUY]?[\u00c0-\u00ff]|[\u00c0-\u00ff]{2})$/u);
      expect(convertLegacyText(legacy, "vni")).toBe(letter);
    }
  });

  it.each([
    // Byte sequences as VNI-Windows lays them out (base letter + mark byte; single bytes for i, ỵ, đ, ơ, ư).
    ["Vieät Nam", "Việt Nam"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Daân vaän kheùo", "Dân vận khéo"],
    ["Ngöôøi", "Người"],
    ["Ñoaøn Thanh nieân", "Đoàn Thanh niên"],
    ["lòch söû", "lịch sử"],
    ["chæ tieâu", "chỉ tiêu"],
    ["Myõ Tho, tænh Tieàn Giang", "Mỹ Tho, tỉnh Tiền Giang"],
    ["Maêng", "Măng"],
    ["COÄNG HOØA", "CỘNG HÒA"],
    ["THÔØI GIAN", "THỜI GIAN"],
    ["ÑAÉK LAÉK", "ĐẮK LẮK"],
    ["Quî, Yù kieán", "Quỵ, Ý kiến"],
  ])("converts %p", (legacy, unicode) => {
    expect(convertLegacyText(legacy, "vni")).toBe(unicode);
  });

  it.each([
    ["Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Ủy ban Mặt trận Tổ quốc"],
    ["Dân vận khéo"],
    ["Văn hóa – Xã hội"],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"],
  ])("round-trips %p", (phrase) => {
    const legacy = encodeLegacyText(phrase, "vni");
    expect(legacy).not.toBe(phrase);
    expect(convertLegacyText(legacy, "vni")).toBe(phrase);
  });

  it("reads a capital typed with a lowercase mark byte as the capital", () => {
    expect(convertLegacyText("Aù", "vni")).toBe("Á");
  });

  it("leaves a mark byte after a letter that cannot carry it", () => {
    expect(convertLegacyText("café", "vni")).toBe("café");
  });
});
