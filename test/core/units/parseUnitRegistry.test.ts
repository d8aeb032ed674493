import { describe, expect, it } from "@jest/globals";
import { issueMessage } from "../../../src/core/issues/makeIssue";
import type { RawSheet } from "../../../src/core/types";
import { findClosestUnit } from "../../../src/core/units/findClosestUnit";
import { isUnitExpected } from "../../../src/core/units/isUnitExpected";
import { parseUnitRegistry } from "../../../src/core/units/parseUnitRegistry";

describe("parseUnitRegistry", () => {
  it("finds the Vietnamese header below a title and reads every column", () => {
    const sheet: RawSheet = {
      name: "Đơn vị",
      rows: [
        ["DANH SÁCH ĐƠN VỊ", null],
        [],
        ["STT", "Mã", "Tên đơn vị", "Loại", "Hiệu lực từ", "Hiệu lực đến", "Đơn vị kế thừa"],
        [1, "X01", "Xã Tân Hòa", "xã", null, "30/06/2025", "M01"],
        [2, "X02", "Xã An Phú", "xã", "", new Date(Date.UTC(2025, 5, 30)), "M01; M02"],
        [3, "M01", "Xã Tân An", "xã", "01-07-2025", null, null],
      ],
    };
    const { units, issues } = parseUnitRegistry(sheet, "don-vi.xlsx");
    expect(issues).toEqual([]);
    expect(units).toEqual([
      { code: "X01", name: "Xã Tân Hòa", kind: "xã", validTo: "2025-06-30", successors: ["M01"] },
      { code: "X02", name: "Xã An Phú", kind: "xã", validTo: "2025-06-30", successors: ["M01", "M02"] },
      { code: "M01", name: "Xã Tân An", kind: "xã", validFrom: "2025-07-01" },
    ]);
  });

  it("accepts English headers, ISO dates and bare years", () => {
    const sheet: RawSheet = {
      name: "units",
      rows: [
        ["code", "name", "valid from", "valid to", "successors"],
        ["H1", "Huyện Cũ", "2016-01-01", 2025, "T1,T2"],
      ],
    };
    expect(parseUnitRegistry(sheet, "units.csv").units).toEqual([
      { code: "H1", name: "Huyện Cũ", validFrom: "2016-01-01", validTo: "2025-12-31", successors: ["T1", "T2"] },
    ]);
  });

  it("reports a missing header, a row without code, a duplicate code and a bad date", () => {
    expect(parseUnitRegistry({ name: "x", rows: [["a", "b"]] }, "u.csv").issues.map((i) => i.code)).toEqual([
      "registry-header-missing",
    ]);
    const sheet: RawSheet = {
      name: "Đơn vị",
      origin: { r: 1, c: 0 },
      rows: [
        ["Mã đơn vị", "Tên đơn vị", "Hiệu lực từ"],
        ["", "Xã Không Mã", null],
        ["A", "Xã A", "31/02/2020"],
        ["A", "Xã A bis", null],
      ],
    };
    const { units, issues } = parseUnitRegistry(sheet, "u.xlsx");
    expect(units).toEqual([{ code: "A", name: "Xã A" }]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["registry-missing-code", "A3"],
      ["registry-invalid-date", "C4"],
      ["registry-duplicate-code", "A5"],
    ]);
    expect(issueMessage(issues[2]!)).toBe(
      'Danh sách đơn vị: mã "A" xuất hiện hai lần (dòng 4 và dòng 5); dùng dòng 4.',
    );
  });
});

describe("isUnitExpected", () => {
  const deadline = { day: 30, month: 10 };
  it("expects a unit in the years it existed on the deadline", () => {
    const merged = { code: "X", name: "Xã X", validFrom: "2016-11-15", validTo: "2025-06-30" };
    expect([2016, 2017, 2024, 2025].map((y) => isUnitExpected(merged, y, deadline))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isUnitExpected({ code: "M", name: "Xã M", validFrom: "2025-07-01" }, 2025, deadline)).toBe(true);
    expect(isUnitExpected({ code: "O", name: "Xã O" }, 2016, deadline)).toBe(true);
  });
});

describe("findClosestUnit", () => {
  it("returns the registry unit with the nearest name, or null for an empty registry", () => {
    const units = [
      { code: "1", name: "Xã Tân Hòa" },
      { code: "2", name: "Phường 1" },
    ];
    expect(findClosestUnit("Xa Tan Hoa", units)?.code).toBe("1");
    expect(findClosestUnit("phuong 1", units)?.code).toBe("2");
    expect(findClosestUnit("x", [])).toBeNull();
  });
});
