import { describe, expect, it } from "@jest/globals";
import { chooseLanguage } from "../../src/core";
import { createTranslator, MESSAGE_KEYS } from "../../src/taskpane/i18n";

describe("chooseLanguage", () => {
  it("returns vi for a Vietnamese display language", () => {
    expect(chooseLanguage("vi-VN")).toBe("vi");
  });
  it("returns en for any other display language", () => {
    expect(chooseLanguage("en-US")).toBe("en");
    expect(chooseLanguage("fr-FR")).toBe("en");
  });
  it("returns vi outside Office (no display language)", () => {
    expect(chooseLanguage(undefined)).toBe("vi");
  });
  it("lets an explicit override win", () => {
    expect(chooseLanguage("vi-VN", "en")).toBe("en");
    expect(chooseLanguage("en-US", "xx")).toBe("en");
  });
});

describe("createTranslator", () => {
  it("fills slots in Vietnamese and English", () => {
    expect(createTranslator("vi")("errorsCount", { count: 2 })).toBe("2 lỗi");
    expect(createTranslator("en")("errorsCount", { count: 2 })).toBe("2 errors");
  });
  it("renders a missing slot as ?", () => {
    expect(createTranslator("vi")("goToCell")).toBe("Đến ô ?");
  });
  it("has a non-empty text for every key in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const t = createTranslator(lang);
      for (const key of MESSAGE_KEYS) expect(t(key).length).toBeGreaterThan(0);
    }
  });
});
