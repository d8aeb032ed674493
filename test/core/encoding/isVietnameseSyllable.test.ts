import { describe, expect, it } from "@jest/globals";
import { isVietnameseSyllable } from "../../../src/core/encoding/isVietnameseSyllable";

describe("isVietnameseSyllable", () => {
  it.each([
    "Cộng",
    "hòa",
    "hoà",
    "xã",
    "hội",
    "chủ",
    "nghĩa",
    "Việt",
    "Nam",
    "người",
    "khuya",
    "quốc",
    "gì",
    "giữa",
    "thủy",
    "thuỷ",
    "Ủy",
    "xoong",
    "quỳnh",
    "oanh",
    "huých",
    "yêu",
    "Đoàn",
    "TỔNG",
    "ân",
    "người",
    "rượu",
    "khuỷu",
    "hoàn",
    "ngoáy",
    "giá",
    "quý",
    "kìa",
  ])("accepts %p", (word) => expect(isVietnameseSyllable(word)).toBe(true));

  it.each([
    ["café", "no final f"],
    ["Müller", "ü is not Vietnamese"],
    ["hßa", "ß"],
    ["viêt", "a stop final needs sắc or nặng"],
    ["tỏt", "hỏi cannot go with a stop final"],
    ["tíng", "i takes nh, not ng"],
    ["ăn̂", "two marks"],
    ["hóà", "two tones"],
    ["străng", "str is not an initial"],
    ["ăa", "not a nucleus"],
    ["x", "no vowel"],
    ["teỏ", "the tone belongs on e"],
    ["ngừơi", "the tone belongs on ơ"],
    ["họan", "oa with a final takes the tone on a"],
  ])("rejects %p (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it("treats NFD like NFC", () => {
    expect(isVietnameseSyllable("Việt".normalize("NFD"))).toBe(true);
  });
});
