import { describe, expect, it } from "@jest/globals";
import { resolveLabel, suggestLabel } from "../../../src/core/catalogue/resolveLabel";
import { columnLetters, toA1, toA1Range } from "../../../src/core/_lib/a1";
import { editDistance } from "../../../src/core/_lib/editDistance";
import { findYears } from "../../../src/core/_lib/findYears";

describe("resolveLabel", () => {
  it.each([
    ["field", "VH-XH", "van-hoa-xa-hoi"],
    ["field", "Văn hoá, xã hội", "van-hoa-xa-hoi"],
    ["field", "QP-AN", "quoc-phong-an-ninh"],
    ["field", "An ninh, quốc phòng", "quoc-phong-an-ninh"],
    ["field", "XD HTCT", "xay-dung-he-thong-chinh-tri"],
    ["field", "Xây dựng hệ thống chính trị", "xay-dung-he-thong-chinh-tri"],
    ["field", "Khác", "khac"],
    ["level", "Cấp cơ sở", "xa"],
    ["type", "Tập thể", "tap-the"],
    ["type", "Mô hình", "tap-the"],
    ["type", "Cá nhân", "ca-nhan"],
    ["type", "Điển hình", "ca-nhan"],
    ["measure", "Mới", "new"],
    ["measure", "Số mới", "new"],
    ["measure", "Luỹ kế", "cumulative"],
    ["measure", "Tổng số lũy kế", "cumulative"],
  ] as const)("maps the %s label %p to %p", (dimension, text, code) => {
    expect(resolveLabel(dimension, text)).toBe(code);
    expect(resolveLabel(dimension, text.normalize("NFD").toUpperCase())).toBe(code);
  });

  it("prefers the exact alias over a prefix", () => {
    expect(resolveLabel("type", "Mô hình cá nhân", undefined, { prefix: true })).toBe("ca-nhan");
    expect(resolveLabel("type", "Mô hình kinh tế tập thể", undefined, { prefix: true })).toBe("tap-the");
  });

  it("accepts prefixes only when asked", () => {
    expect(resolveLabel("measure", "Lũy kế đến 31/10/2023")).toBeNull();
    expect(resolveLabel("measure", "Lũy kế đến 31/10/2023", undefined, { prefix: true })).toBe("cumulative");
    expect(resolveLabel("measure", "Lũy", undefined, { prefix: true })).toBeNull();
  });

  it("uses the officer's aliases, which win over built-ins", () => {
    const aliases = { field: { "Nông thôn mới": "kinh-te" as const, Khác: "van-hoa-xa-hoi" as const } };
    expect(resolveLabel("field", "nông thôn mới", aliases)).toBe("kinh-te");
    expect(resolveLabel("field", "Khác", aliases)).toBe("van-hoa-xa-hoi");
    expect(resolveLabel("field", "Nông thôn mới")).toBeNull();
  });

  it("returns null for blank and unknown labels", () => {
    expect(resolveLabel("field", "  ")).toBeNull();
    expect(resolveLabel("field", "Y tế")).toBeNull();
  });
});

describe("suggestLabel", () => {
  it("suggests the closest field by edit distance of match keys", () => {
    expect(suggestLabel("field", "Kinh tê")).toEqual({ code: "kinh-te", label: "Kinh tế" });
    expect(suggestLabel("field", "Văn hóa xả hội")).toEqual({ code: "van-hoa-xa-hoi", label: "Văn hóa – Xã hội" });
    expect(suggestLabel("field", "QP AN ninh")).toEqual({ code: "quoc-phong-an-ninh", label: "Quốc phòng – An ninh" });
  });

  it.each([
    ["An ninh", "quoc-phong-an-ninh"],
    ["Văn hóa", "van-hoa-xa-hoi"],
    ["Xây dựng Đảng", "xay-dung-he-thong-chinh-tri"],
    ["Xây dựng nông thôn mới", "kinh-te"],
    ["Lĩnh vực môi trường", "khac"],
    ["Môi trường", "khac"],
    ["Y tế, giáo dục", "khac"],
  ])("suggests %s → %s: shorter wordings find their field, unrelated ones go to Lĩnh vực khác", (label, code) => {
    expect(suggestLabel("field", label).code).toBe(code);
  });

  it("keeps the closest member for other dimensions, however weak", () => {
    expect(suggestLabel("level", "Cấp trung ương").code).toMatch(/^(xa|huyen|tinh)$/);
  });
});

describe("_lib helpers", () => {
  it("writes A1 addresses", () => {
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(701), columnLetters(16383)]).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "XFD",
    ]);
    expect(toA1(8, 3)).toBe("D9");
    expect(toA1Range(2, 1, 11, 12)).toBe("B3:M12");
    expect(toA1Range(0, 0, 0, 0)).toBe("A1");
  });

  it("measures edit distance", () => {
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kinh te", "kinh tê")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
  });

  it("finds 4-digit years 2000–2099 only", () => {
    expect(findYears("bao-cao-2023 (ban 2).xlsx")).toEqual([2023]);
    expect(findYears("1999 20231 2100 2016-2025")).toEqual([2016, 2025]);
  });
});
