import { describe, expect, it } from "@jest/globals";
import { closestName, unitKey } from "../../../src/core/text/unitKey";

describe("unitKey", () => {
  it.each([
    ["Xã Tân An", "Tân An"],
    ["xã Tân An", "TÂN AN"],
    ["Phường 01", "Phường 1"],
    ["P. 1", "Phường 1"],
    ["Thị trấn Phú Mỹ", "TT. Phú Mỹ"],
    ["Thị trấn Phú Mỹ", "Phú Mỹ"],
    ["Đặc khu Côn Đảo", "Côn Đảo"],
    ["UBMTTQ xã Tân An", "Ủy ban MTTQ xã Tân An"],
    ["UBMTTQ xã Tân An", "Ủy ban Mặt trận Tổ quốc xã Tân An"],
    ["UBMTTQ xã Tân An", "Uỷ ban Mặt trận Tổ quốc Việt Nam xã Tân An"],
    ["UB MTTQ Tân An", "Mặt trận Tổ quốc Tân An"],
    ["Huyện đoàn Tân Phú", "Huyện Đoàn Tân Phú"],
    ["Huyện đoàn Tân Phú", "BTV Huyện đoàn Tân Phú"],
    ["Huyện đoàn Tân Phú", "Ban Thường vụ Huyện đoàn Tân Phú"],
    ["Huyện đoàn Tân Phú", "H.Đoàn Tân Phú"],
    ["Hội LHPN xã Tân An", "Hội Liên hiệp Phụ nữ xã Tân An"],
    ["Hội LHPN xã Tân An", "Hội Liên hiệp Phụ nữ Việt Nam Tân An"],
    ["Hội CCB xã Tân An", "Hội Cựu chiến binh xã Tân An"],
    ["Hội ND xã Tân An", "Hội Nông dân xã Tân An"],
    ["Xã Hoà An", "xã Hòa An"],
    ["Xã Tân  An", "Xã Tân-An"],
  ])("gives %p and %p the same key", (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it.each([
    ["Hội LHPN xã Tân An", "Hội CCB xã Tân An"],
    ["Hội ND xã Tân An", "Xã Tân An"],
    ["UBMTTQ xã Tân An", "Xã Tân An"],
    ["Xã Tân An", "Xã Tân Án"],
    ["Phường 1", "Phường 11"],
    ["Huyện đoàn Tân Phú", "Tân Phú"],
  ])("keeps %p and %p apart", (a, b) => {
    expect(unitKey(a)).not.toBe(unitKey(b));
  });

  it("keeps a kind word that is the whole name or its end", () => {
    expect(unitKey("Xã")).not.toBe("");
    expect(unitKey("Tân Xã")).not.toBe(unitKey("Tân"));
  });

  it("returns an empty key for a blank name", () => {
    expect(unitKey("   ")).toBe("");
  });
});

describe("closestName", () => {
  const units = ["Xã Tân Hòa", "Xã Tân An", "Phường 1", "Hội LHPN xã Tân An", "Hội CCB xã Tân An", "UBMTTQ xã Tân An"];

  it("finds the unit however its kind and organisation are written", () => {
    expect(closestName("Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân An", units)).toBe("UBMTTQ xã Tân An");
    expect(closestName("Hội Liên hiệp Phụ nữ Tân An", units)).toBe("Hội LHPN xã Tân An");
    expect(closestName("P. 01", units)).toBe("Phường 1");
  });

  it("suggests the closest name for a typo or missing accents", () => {
    expect(closestName("Xa Tan Hoa", units)).toBe("Xã Tân Hòa");
    expect(closestName("Tân Hoà", units)).toBe("Xã Tân Hòa");
    expect(closestName("Hội CCB Tân Ann", units)).toBe("Hội CCB xã Tân An");
  });

  it("suggests nothing when no name is close", () => {
    expect(closestName("Hà Nội", units)).toBeNull();
    expect(closestName("Xã Tân An", [])).toBeNull();
  });

  it("prefers the first candidate on a tie and does not mutate the list", () => {
    const list = ["Xã Tân An", "Phường Tân An"];
    expect(closestName("Tân An", list)).toBe("Xã Tân An");
    expect(list).toEqual(["Xã Tân An", "Phường Tân An"]);
  });
});
