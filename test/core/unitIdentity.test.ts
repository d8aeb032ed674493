import { describe, expect, it } from "@jest/globals";
import { codeIdentity, unitIdentity } from "../../src/core/units/unitIdentity";

describe("unitIdentity", () => {
  it("keys a unit by its code first, else by kind and name key", () => {
    expect(unitIdentity(" x01 ", "Xã A")).toBe("code:X01");
    expect(unitIdentity(" x01 ", "Xã A")).toBe(codeIdentity("X01"));
    expect(unitIdentity(null, "Xã  Tân An")).toBe("name:xa:tân an");
    expect(unitIdentity(null, "xã tân an")).toBe(unitIdentity(null, "Xã Tân An"));
    expect(unitIdentity(null, "Thị trấn Tân An")).not.toBe(unitIdentity(null, "Xã Tân An"));
    expect(unitIdentity("  ", "")).toBeNull();
  });

  it("scopes a name, not a code, by the parent unit when one is given", () => {
    const underH1 = unitIdentity(null, "Xã Tân An", "code:H01");
    const underH2 = unitIdentity(null, "Xã Tân An", "code:H02");
    expect(underH1).toBe("name:xa:tân an@code:H01");
    expect(underH1).not.toBe(underH2);
    expect(unitIdentity(null, "Xã Tân An", null)).toBe(unitIdentity(null, "Xã Tân An"));
    expect(unitIdentity("X01", "Xã Tân An", "code:H01")).toBe("code:X01");
  });
});
