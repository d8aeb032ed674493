import { describe, expect, it } from "@jest/globals";
import { findDateInText, parseDateCell } from "../../../src/core/parse/parseDate";

describe("parseDateCell", () => {
  it("reads a Date cell (UTC midnight) as its calendar day", () => {
    expect(parseDateCell(new Date(Date.UTC(2023, 9 /* Oct */, 25)), "")).toBe("2023-10-25");
  });

  it("reads a Date a reader produced at local midnight in Vietnam (+07:00) as the same day", () => {
    expect(parseDateCell(new Date(Date.UTC(2023, 9 /* Oct */, 24, 17)), "")).toBe("2023-10-25");
  });

  it("reads Excel serial days in the 1900 and 1904 systems", () => {
    expect(parseDateCell(45224, "")).toBe("2023-10-25");
    expect(parseDateCell(43762, "", true)).toBe("2023-10-25");
    expect(parseDateCell(1, "")).toBe("1900-01-01");
    expect(parseDateCell(61, "")).toBe("1900-03-01");
  });

  it("rejects serials that are no date", () => {
    expect(parseDateCell(60, "")).toBeNull(); // the phantom 29/02/1900
    expect(parseDateCell(45224.5, "")).toBeNull();
    expect(parseDateCell(-1, "")).toBeNull();
  });

  it.each([
    ["25/10/2023", "2023-10-25"],
    ["25-10-2023", "2023-10-25"],
    ["25.10.2023", "2023-10-25"],
    ["5/1/2024", "2024-01-05"],
    ["ngày 25 tháng 10 năm 2023", "2023-10-25"],
    ["Ngày 05 tháng 01 năm 2024", "2024-01-05"],
    ["2023-10-25", "2023-10-25"],
  ])("reads the text %p", (text, iso) => {
    expect(parseDateCell(text, text)).toBe(iso);
  });

  it.each(["31/02/2023", "hôm qua", "25/10", "ngày 32 tháng 10 năm 2023", "13.13.2023"])("rejects %p", (text) => {
    expect(parseDateCell(text, text)).toBeNull();
  });

  it("reads nothing from booleans, errors and blanks", () => {
    expect(parseDateCell(true, "")).toBeNull();
    expect(parseDateCell({ error: "#VALUE!" }, "")).toBeNull();
    expect(parseDateCell(null, "")).toBeNull();
  });
});

describe("findDateInText", () => {
  it("finds the date inside a place-and-date line", () => {
    expect(findDateInText("Na Hang, ngày 25 tháng 10 năm 2023")).toBe("2023-10-25");
    expect(findDateInText("Thượng Lâm, 02/11/2023")).toBe("2023-11-02");
  });

  it("reads decomposed text after NFC", () => {
    expect(findDateInText("ngày 1 tháng 11 năm 2023".normalize("NFD").normalize("NFC"))).toBe("2023-11-01");
  });
});
