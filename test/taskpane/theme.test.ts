import { describe, expect, it } from "@jest/globals";
import { isDarkTheme, luminanceOf } from "../../src/taskpane/theme";

describe("luminanceOf", () => {
  it("returns 1 for white and 0 for black", () => {
    expect(luminanceOf("#ffffff")).toBeCloseTo(1);
    expect(luminanceOf("000000")).toBeCloseTo(0);
  });
  it("returns null for text that is not a colour", () => {
    expect(luminanceOf("red")).toBeNull();
    expect(luminanceOf(undefined)).toBeNull();
  });
});

describe("isDarkTheme", () => {
  it("uses isDarkTheme when Office gives it", () => {
    expect(isDarkTheme({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" }, false)).toBe(true);
    expect(isDarkTheme({ isDarkTheme: false }, true)).toBe(false);
  });
  it("falls back to the body background's luminance", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" }, false)).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#f3f3f3" }, true)).toBe(false);
  });
  it("uses prefers-color-scheme when Office gives no theme (Excel on the web)", () => {
    expect(isDarkTheme(undefined, true)).toBe(true);
    expect(isDarkTheme(undefined, false)).toBe(false);
  });
});
