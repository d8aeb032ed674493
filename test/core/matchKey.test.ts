import { describe, expect, it } from "@jest/globals";
import { matchKey } from "../../src/core/text/matchKey";

describe("matchKey", () => {
  it("ignores tone placement in oa/oe/uy", () => {
    expect(matchKey("hoà")).toBe(matchKey("hòa"));
    expect(matchKey("thuỷ")).toBe(matchKey("thủy"));
    expect(matchKey("khoẻ")).toBe(matchKey("khỏe"));
    expect(matchKey("Uỷ ban")).toBe(matchKey("Ủy ban"));
  });

  it("keeps different tones and vowels apart", () => {
    expect(matchKey("Hòa")).not.toBe(matchKey("Hóa"));
    expect(matchKey("mới")).not.toBe(matchKey("mời"));
    expect(matchKey("Đa")).not.toBe(matchKey("Da"));
    expect(matchKey("ơ")).not.toBe(matchKey("o"));
  });

  it("treats decomposed (NFD) and precomposed (NFC) text alike", () => {
    const nfc = "Văn hóa – Xã hội";
    expect(matchKey(nfc.normalize("NFD"))).toBe(matchKey(nfc));
  });

  it("folds case, dashes, punctuation and spaces", () => {
    expect(matchKey("  VH-XH ")).toBe("vh xh");
    expect(matchKey("Văn hoá, xã hội")).toBe(matchKey("VĂN HÓA – XÃ HỘI"));
    expect(matchKey("Quốc phòng—An ninh")).toBe(matchKey("quốc phòng - an ninh"));
  });

  it("returns an empty key for blank text", () => {
    expect(matchKey("   ")).toBe("");
  });
});
