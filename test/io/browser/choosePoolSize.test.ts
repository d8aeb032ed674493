import { describe, expect, it } from "@jest/globals";
import { choosePoolSize } from "../../../src/io/browser/choosePoolSize";

describe("choosePoolSize", () => {
  it("is hardware concurrency − 1, at least 1, at most 4", () => {
    expect([undefined, 0, 1, 2, 3, 4, 5, 8, 64].map(choosePoolSize)).toEqual([1, 1, 1, 1, 2, 3, 4, 4, 4]);
  });
});
