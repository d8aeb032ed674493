import { describe, expect, it } from "@jest/globals";
import { nextTabIndex } from "../../src/taskpane/views/tabs";

describe("nextTabIndex", () => {
  it("moves right and wraps to the first tab", () => {
    expect(nextTabIndex("ArrowRight", 1, 5)).toBe(2);
    expect(nextTabIndex("ArrowRight", 4, 5)).toBe(0);
  });
  it("moves left and wraps to the last tab", () => {
    expect(nextTabIndex("ArrowLeft", 0, 5)).toBe(4);
  });
  it("jumps with Home and End", () => {
    expect(nextTabIndex("Home", 3, 5)).toBe(0);
    expect(nextTabIndex("End", 0, 5)).toBe(4);
  });
  it("returns null for other keys", () => {
    expect(nextTabIndex("Enter", 0, 5)).toBeNull();
  });
});
