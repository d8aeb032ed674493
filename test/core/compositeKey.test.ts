import { describe, expect, it } from "@jest/globals";
import { combinationKey, compositeKey, levelTypeKey, unitYearKey } from "../../src/core";

describe("composite keys", () => {
  it("join their parts with '|', an unknown part as empty", () => {
    expect(compositeKey(2024, "kinh-te", null, undefined)).toBe("2024|kinh-te||");
    expect(unitYearKey("code:X01", 2024)).toBe("code:X01|2024");
    expect(unitYearKey(null, 2024)).toBe("|2024");
    expect(combinationKey("kinh-te", "xa", "tap-the")).toBe("kinh-te|xa|tap-the");
    expect(compositeKey(levelTypeKey("xa", "ca-nhan"), "moi")).toBe("xa|ca-nhan|moi");
  });

  it("keep distinct combinations apart", () => {
    expect(unitYearKey("code:X01", 2024)).not.toBe(unitYearKey("code:X01", 2025));
    expect(combinationKey("kinh-te", "xa", "tap-the")).not.toBe(combinationKey("kinh-te", "xa", "ca-nhan"));
  });
});
