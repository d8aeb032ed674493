import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../../src/core/options";
import { readListMarker } from "../../../src/core/text/readListMarker";
import { dropRemarks } from "../../../src/core/text/dropRemarks";
import { isTotalLabel } from "../../../src/core/parse/rowLabels";
import { interpretLabel } from "../../../src/core/catalogue/interpretLabel";
import { splitPhrases } from "../../../src/core/text/splitPhrases";
import type { CellValue, CountEntry, RawSheet, Submission } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";

const HEAD: CellValue[][] = [["Đơn vị báo cáo:", "Xã A"], ["Năm báo cáo:", 2024], []];

function read(rows: CellValue[][], merges: RawSheet["merges"] = []): Submission {
  const result = validateWorkbook(
    { source: "xa-a.xlsx", sheets: [{ name: "S", rows: [...HEAD, ...rows], merges }] },
    defaultOptions(2025),
  );
  expect(result.submissions).toHaveLength(1);
  return result.submissions[0] as Submission;
}
const entry = (
  s: Submission,
  field: string,
  level: string,
  type: string,
): Pick<CountEntry, "new" | "cumulative"> | undefined => {
  const e = s.entries.find((x) => x.field === field && x.level === level && x.type === type);
  return e && { new: e.new, cumulative: e.cumulative };
};
const at = (s: Submission, code: string): (string | null)[] =>
  s.issues.filter((i) => i.code === code).map((i) => i.cell);

describe("the table header read by meaning", () => {
  it("reads a type row above the level row, unmerged, with wordings not in the catalogue", () => {
    const s = read([
      ["Lĩnh vực", "Tập thể", null, null, null, "Cá nhân", null, null, null],
      [null, "Cơ sở", null, "Huyện công nhận", null, "Cơ sở", null, "Huyện công nhận", null],
      [
        null,
        "Tăng trong năm",
        "Hiện có",
        "Tăng trong năm",
        "Hiện có",
        "Tăng trong năm",
        "Hiện có",
        "Tăng trong năm",
        "Hiện có",
      ],
      ["Kinh tế", 1, 2, 3, 4, 5, 6, 7, 8],
      ["Văn hóa - Xã hội", 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(entry(s, "kinh-te", "xa", "tap-the")).toEqual({ new: 1, cumulative: 2 });
    expect(entry(s, "kinh-te", "huyen", "tap-the")).toEqual({ new: 3, cumulative: 4 });
    expect(entry(s, "kinh-te", "xa", "ca-nhan")).toEqual({ new: 5, cumulative: 6 });
    expect(entry(s, "kinh-te", "huyen", "ca-nhan")).toEqual({ new: 7, cumulative: 8 });
    // Every header read by meaning is told at its cell; exact labels are not.
    expect([...at(s, "label-interpreted")].sort()).toEqual([
      "B6",
      "C6",
      "D5",
      "D6",
      "E6",
      "F6",
      "G6",
      "H5",
      "H6",
      "I6",
    ]);
    expect(s.status).toBe("accepted");
  });

  it("reads two-row headers whose cells name two dimensions, and a caption naming the level over the whole table", () => {
    const combined = read([
      ["Lĩnh vực", "Cấp xã", null, null, null],
      [null, "Tập thể - Mới", "Tập thể lũy kế", "CN mới", "CN lũy kế"],
      ["Kinh tế", 1, 2, 3, 4],
    ]);
    expect(entry(combined, "kinh-te", "xa", "tap-the")).toEqual({ new: 1, cumulative: 2 });
    expect(entry(combined, "kinh-te", "xa", "ca-nhan")).toEqual({ new: 3, cumulative: 4 });
    const caption = read(
      [
        ["Lĩnh vực", "Mô hình cấp xã công nhận", null, null, null],
        [null, "Mô hình", null, "Điển hình", null],
        [null, "Số mới", "Tổng số đến nay", "Số mới", "Tổng số đến nay"],
        ["Kinh tế", 1, 2, 3, 4],
      ],
      [
        { s: { r: 3, c: 1 }, e: { r: 3, c: 4 } },
        { s: { r: 4, c: 1 }, e: { r: 4, c: 2 } },
        { s: { r: 4, c: 3 }, e: { r: 4, c: 4 } },
      ],
    );
    expect(entry(caption, "kinh-te", "xa", "ca-nhan")).toEqual({ new: 3, cumulative: 4 });
    expect(at(caption, "label-interpreted")).toEqual(["B4", "C6", "E6"]);
  });

  it("keeps columns under a partial 'Tổng số' header out of the counts", () => {
    const s = read([
      ["Lĩnh vực", "Cấp xã", null, null, null, "Tổng số", null],
      [null, "Tập thể", null, "Cá nhân", null, null, null],
      [null, "Mới", "Lũy kế", "Mới", "Lũy kế", "Mới", "Lũy kế"],
      ["Kinh tế", 1, 2, 3, 4, 4, 6],
    ]);
    expect(entry(s, "kinh-te", "xa", "tap-the")).toEqual({ new: 1, cumulative: 2 });
    expect(at(s, "value-dropped")).toEqual([]);
  });
});

describe("detail rows", () => {
  const header: CellValue[][] = [
    ["Lĩnh vực", "Cấp xã", null, null, null],
    [null, "Tập thể", null, "Cá nhân", null],
    [null, "Mới", "Lũy kế", "Mới", "Lũy kế"],
  ];

  it("does not count marked details, compares them with the field, and fills an empty field with their sum", () => {
    const s = read([
      ...header,
      ["I. Kinh tế", 3, 5, 0, 1],
      ["1. Trồng trọt", 1, 2, 0, 1],
      ["2. Chăn nuôi", 2, 3, 0, 0],
      ["II. Văn hóa – Xã hội", null, null, null, null],
      ["- Giáo dục", 1, 1, null, null],
      ["+ Y tế", 1, 2, null, null],
      ["III. Quốc phòng – An ninh", 2, 2, 0, 0],
      ["Phòng cháy chữa cháy", 1, 1, 0, 0],
      ["Tổng cộng", 7, 10, 0, 1],
    ]);
    expect(entry(s, "kinh-te", "xa", "tap-the")).toEqual({ new: 3, cumulative: 5 });
    expect(entry(s, "van-hoa-xa-hoi", "xa", "tap-the")).toEqual({ new: 2, cumulative: 3 });
    expect(entry(s, "quoc-phong-an-ninh", "xa", "tap-the")).toEqual({ new: 2, cumulative: 2 });
    expect(at(s, "detail-rows-summed")).toEqual(["B10", "C10"]);
    expect(at(s, "detail-rows-mismatch")).toEqual(["B13", "C13"]);
    expect(at(s, "total-mismatch")).toEqual([]);
    expect(at(s, "unknown-field")).toEqual([]);
    expect(at(s, "duplicate-field-row")).toEqual([]);
  });

  it("takes unknown unmarked rows as details only when they add up to the row above", () => {
    const adds = read([
      ...header,
      ["Kinh tế", 3, 5, 0, 0],
      ["Mô hình tổ tự quản", 1, 2, 0, 0],
      ["Mô hình dân vận", 2, 3, 0, 0],
    ]);
    expect(at(adds, "unknown-field")).toEqual([]);
    expect(entry(adds, "kinh-te", "xa", "tap-the")).toEqual({ new: 3, cumulative: 5 });
    const not = read([...header, ["Kinh tế", 3, 5, 0, 0], ["Lĩnh vực môi trường", 1, 2, 0, 0]]);
    expect(at(not, "unknown-field")).toEqual(["A8"]);
    expect(not.status).toBe("rejected");
  });

  it("treats rows under the total as an 'of which' breakdown, never counted", () => {
    const s = read([
      ...header,
      ["Kinh tế", 3, 5, 0, 0],
      ["Tổng cộng", 3, 5, 0, 0],
      ["Trong đó:", null, null, null, null],
      ["- Mô hình của MTTQ", 1, 1, 0, 0],
    ]);
    expect(entry(s, "kinh-te", "xa", "tap-the")).toEqual({ new: 3, cumulative: 5 });
    expect(s.issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual(
      expect.not.arrayContaining(["unknown-field", "total-mismatch"]),
    );
  });

  it("rejects a row naming two fields, naming both", () => {
    const s = read([...header, ["Kinh tế – Văn hóa", 1, 1, 0, 0]]);
    const issue = s.issues.find((i) => i.code === "ambiguous-field");
    expect(issue?.cell).toBe("A7");
    expect(issue?.params["candidates"]).toEqual({
      vi: "Kinh tế, Văn hóa – Xã hội",
      en: "Economy, Culture and society",
    });
    expect(s.status).toBe("rejected");
  });
});

describe("label helpers", () => {
  it.each([
    ["I. Kinh tế", "roman", "Kinh tế"],
    ["IV - An ninh", "roman", "An ninh"],
    ["1.2 Trồng rừng", "nested", "Trồng rừng"],
    ["1.2. Trồng rừng", "nested", "Trồng rừng"],
    ["3) Y tế", "number", "Y tế"],
    ["(2) Y tế", "number", "Y tế"],
    ["a) Khác", "letter", "Khác"],
    ["B. Văn hóa", "capital", "Văn hóa"],
    ["- Chăn nuôi", "bullet", "Chăn nuôi"],
    ["+ Chăn nuôi", "bullet", "Chăn nuôi"],
    ["* Chăn nuôi", "bullet", "Chăn nuôi"],
    ["Kinh tế", "none", "Kinh tế"],
    ["An ninh", "none", "An ninh"],
    ["1.", "none", "1."],
  ])("reads the item marker of %p", (text, marker, label) => {
    expect(readListMarker(text)).toEqual({ marker, label });
  });

  it("takes the longest phrase first wherever it stands, not the first phrase from the left", () => {
    const phrases = new Map([
      ["qp an", "abbr"],
      ["an toàn xã hội", "public order"],
      ["qp", "defence"],
    ]);
    expect(splitPhrases(["qp", "an", "toàn", "xã", "hội"], phrases).map((p) => p.value)).toEqual([
      "defence",
      "public order",
    ]);
    expect(interpretLabel("field", "QP - an toàn xã hội")).toEqual({ kind: "interpreted", code: "quoc-phong-an-ninh" });
  });

  it("drops remarks but never the whole label", () => {
    expect(dropRemarks("Khác (ghi rõ)")).toBe("Khác");
    expect(dropRemarks("Khác [nếu có] (ghi (rõ))")).toBe("Khác");
    expect(dropRemarks("(ghi rõ)")).toBe("(ghi rõ)");
  });

  it.each([
    ["Tổng cộng", true],
    ["TỔNG SỐ", true],
    ["Cộng toàn xã", true],
    ["Tổng cộng (I+II+III)", true],
    ["Tổng số lũy kế", false],
    ["Tổng hợp kinh tế", false],
    ["Kinh tế", false],
  ])("tells a total label: %p → %p", (label, total) => {
    expect(isTotalLabel(label)).toBe(total);
  });
});

describe("a measure told by its group", () => {
  it("reads 'Tổng số' beside 'Mới' as the cumulative count, and 'Năm 2024' beside 'Lũy kế' as the new count", () => {
    const s = read([
      ["Lĩnh vực", "Cấp xã", null, null, null],
      [null, "Tập thể", null, "Cá nhân", null],
      [null, "Năm 2024", "Lũy kế", "Mới", "Tổng số"],
      ["Kinh tế", 1, 2, 3, 4],
    ]);
    expect(entry(s, "kinh-te", "xa", "tap-the")).toEqual({ new: 1, cumulative: 2 });
    expect(entry(s, "kinh-te", "xa", "ca-nhan")).toEqual({ new: 3, cumulative: 4 });
    expect(at(s, "label-interpreted")).toEqual(["B6", "E6"]);
    expect(s.status).toBe("accepted");
  });

  it("keeps a 'Tổng số' column a sum when its group already has both measures", () => {
    const s = read([
      ["Lĩnh vực", "Cấp xã", null, null, null, null],
      [null, "Tập thể", null, null, "Cá nhân", null],
      [null, "Mới", "Lũy kế", "Tổng số", "Mới", "Lũy kế"],
      ["Kinh tế", 1, 2, 3, 4, 5],
    ]);
    expect(entry(s, "kinh-te", "xa", "tap-the")).toEqual({ new: 1, cumulative: 2 });
    expect(at(s, "value-dropped")).toEqual([]);
    expect(at(s, "duplicate-column")).toEqual([]);
  });
});
