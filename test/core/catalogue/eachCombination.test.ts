import { describe, expect, it } from "@jest/globals";
import { FIELD_CODES, LEVEL_CODES, TYPE_CODES } from "../../../src/core/catalogue/dimensions";
import { eachCombination } from "../../../src/core/catalogue/eachCombination";

describe("eachCombination", () => {
  it("gives every field × level × type once, field first, then level, then type", () => {
    const nested = FIELD_CODES.flatMap((field) =>
      LEVEL_CODES.flatMap((level) => TYPE_CODES.map((type) => `${field}/${level}/${type}`)),
    );
    expect(eachCombination().map((c) => `${c.field}/${c.level}/${c.type}`)).toEqual(nested);
    expect(eachCombination()).toHaveLength(FIELD_CODES.length * LEVEL_CODES.length * TYPE_CODES.length);
  });

  it("covers only the levels given, in their order", () => {
    const combos = eachCombination(["tinh", "xa"]);
    expect(combos.slice(0, 4)).toEqual([
      { field: FIELD_CODES[0], level: "tinh", type: TYPE_CODES[0] },
      { field: FIELD_CODES[0], level: "tinh", type: TYPE_CODES[1] },
      { field: FIELD_CODES[0], level: "xa", type: TYPE_CODES[0] },
      { field: FIELD_CODES[0], level: "xa", type: TYPE_CODES[1] },
    ]);
    expect(eachCombination([])).toEqual([]);
  });
});
