import { describe, expect, it } from "@jest/globals";
import { rememberRecent } from "../../src/preview/rememberRecent";

describe("rememberRecent", () => {
  it("keeps the most recently used values and lets the oldest go", () => {
    const recent = rememberRecent<string, number>(2);
    recent.set("a", 1);
    recent.set("b", 2);
    expect(recent.get("a")).toBe(1);
    recent.set("c", 3);
    expect([recent.get("a"), recent.get("b"), recent.get("c")]).toEqual([1, undefined, 3]);
    recent.delete("a");
    expect(recent.get("a")).toBeUndefined();
  });
});
