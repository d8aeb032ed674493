import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { buildReportModel } from "../../../src/core/report/buildReportModel";
import { buildSummarySheet } from "../../../src/core/report/buildSummarySheet";
import { buildTrendSheet } from "../../../src/core/report/buildTrendSheet";
import type { SheetModel } from "../../../src/core/sheet/model";
import { OPTIONS, deepFreeze, results, submission } from "../consolidate/fixtures";
import { cellAt, valueAt } from "./cellAt";

// Communes A, B, C in 2023–2024; A resubmits 2024 (the later one wins) and its VH-XH cumulative jumps
// (2 + 1 < 4); C's 2024 report is rejected.
const SUBS = [
  submission({
    source: "a23.xlsx",
    unitCode: "A",
    unitName: "Xã A",
    year: 2023,
    reportDate: "2023-10-01",
    counts: [
      ["kinh-te", "xa", "tap-the", 3, 10],
      ["van-hoa-xa-hoi", "huyen", "ca-nhan", 1, 2],
    ],
  }),
  submission({
    source: "a24.xlsx",
    order: 1,
    unitCode: "A",
    unitName: "Xã A",
    year: 2024,
    reportDate: "2024-10-01",
    counts: [["kinh-te", "xa", "tap-the", 99, 99]],
  }),
  submission({
    source: "a24b.xlsx",
    order: 2,
    unitCode: "A",
    unitName: "Xã A",
    year: 2024,
    reportDate: "2024-11-02",
    counts: [
      ["kinh-te", "xa", "tap-the", 2, 12],
      ["van-hoa-xa-hoi", "huyen", "ca-nhan", 1, 4],
    ],
  }),
  submission({
    source: "b24.xlsx",
    order: 3,
    unitCode: "B",
    unitName: "Xã B",
    year: 2024,
    reportDate: "2024-10-30",
    counts: [
      ["kinh-te", "xa", "tap-the", 5, 5],
      ["quoc-phong-an-ninh", "tinh", "tap-the", 1, 1],
    ],
  }),
  submission({ source: "c24.xlsx", order: 4, unitCode: "C", unitName: "=Xã C", year: 2024, status: "rejected" }),
];
const OPTS = { ...OPTIONS, years: { from: 2023, to: 2024 }, phases: [{ from: 2023, to: 2024 }] };
const C = consolidate(results(...SUBS), OPTS);

function sheet(key: string): SheetModel {
  const found = buildReportModel(C, OPTS).sheets.find((s) => s.key === key);
  if (!found) throw new Error(key);
  return found;
}

describe("buildReportModel", () => {
  it("writes the five sheets in tab order with Vietnamese names", () => {
    const model = buildReportModel(C, OPTS);
    expect(model.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Xu hướng", "Kiểm tra", "Tiến độ nộp", "Dữ liệu"]);
    for (const s of model.sheets) {
      expect(s.freeze).toBeDefined();
      expect(s.columnWidths.length).toBe(s.rows[0]?.length);
      expect(s.styles.some((st) => st.style === "header")).toBe(true);
    }
  });

  it("does not mutate the consolidation", () => {
    const frozen = deepFreeze(consolidate(results(...SUBS), OPTS));
    const before = JSON.stringify(frozen);
    buildReportModel(frozen, OPTS);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe("buildSummarySheet", () => {
  const s = buildSummarySheet(C, OPTS, 2024);

  it("lays out the form: merged level / type / measure headers", () => {
    expect(valueAt(s, "A1")).toBe("TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2024");
    expect(s.merges).toEqual(
      expect.arrayContaining([
        "A1:P1",
        "A5:A7",
        "B5:B7",
        "C5:F5",
        "G5:J5",
        "K5:N5",
        "O5:P5",
        "C6:D6",
        "E6:F6",
        "O6:O7",
        "P6:P7",
        "A13:B13",
      ]),
    );
    expect([valueAt(s, "C5"), valueAt(s, "G5"), valueAt(s, "K5"), valueAt(s, "O5")]).toEqual([
      "Cấp xã",
      "Cấp huyện",
      "Cấp tỉnh",
      "Tổng cộng",
    ]);
    expect([valueAt(s, "C6"), valueAt(s, "E6"), valueAt(s, "C7"), valueAt(s, "D7")]).toEqual([
      "Mô hình tập thể",
      "Điển hình cá nhân",
      "Mới trong năm",
      "Lũy kế",
    ]);
    expect(s.styles).toContainEqual({ range: "A5:P7", style: "header" });
    expect(s.freeze).toEqual({ rows: 7, columns: 2 });
  });

  it("shows the year's totals: the winner of A plus B, not the superseded or rejected report", () => {
    // Row 8 = Kinh tế: xã / tập thể new 2 + 5 = 7, cumulative 12 + 5 = 17.
    expect([valueAt(s, "B8"), valueAt(s, "C8"), valueAt(s, "D8")]).toEqual(["Kinh tế", 7, 17]);
    expect(cellAt(s, "C8")?.fmt).toBe("#,##0");
    // Row 9 = Văn hóa – Xã hội: huyện / cá nhân are columns I (new) and J (cumulative).
    expect([valueAt(s, "I9"), valueAt(s, "J9")]).toEqual([1, 4]);
    // Row 10 = Quốc phòng – An ninh: tỉnh / tập thể are K and L.
    expect([valueAt(s, "K10"), valueAt(s, "L10")]).toEqual([1, 1]);
    expect(cellAt(s, "O8")).toEqual({ v: 7, f: "SUM(C8,E8,G8,I8,K8,M8)", fmt: "#,##0" });
    expect(cellAt(s, "P8")).toEqual({ v: 17, f: "SUM(D8,F8,H8,J8,L8,N8)", fmt: "#,##0" });
    expect(valueAt(s, "A13")).toBe("Tổng cộng");
    expect(cellAt(s, "D13")).toEqual({ v: 17, f: "SUM(D8:D12)", fmt: "#,##0" });
    expect(cellAt(s, "P13")).toEqual({ v: 22, f: "SUM(P8:P12)", fmt: "#,##0" });
  });

  it("adds one block per phase: new summed over the years, cumulative of the last year", () => {
    expect(valueAt(s, "A15")).toBe("Giai đoạn 2023–2024: số mới cộng các năm 2023–2024; lũy kế tính đến năm 2024");
    expect(valueAt(s, "C16")).toBe("Cấp xã");
    // Kinh tế xã / tập thể: new 3 (2023) + 7 (2024) = 10; cumulative 17 (2024), not 10 + 17.
    expect([valueAt(s, "B19"), valueAt(s, "C19"), valueAt(s, "D19")]).toEqual(["Kinh tế", 10, 17]);
  });

  it("defaults to the latest year with data", () => {
    const model = buildReportModel(C, OPTS, {});
    expect(valueAt(model.sheets[0] as SheetModel, "A1")).toContain("NĂM 2024");
    expect(valueAt(buildReportModel(C, OPTS, { year: 2023 }).sheets[0] as SheetModel, "C8")).toBe(3);
  });
});

describe("buildTrendSheet", () => {
  const { sheet: s, charts } = buildTrendSheet(C);

  it("writes year × field tables, new and cumulative, with blanks for years without data", () => {
    expect(valueAt(s, "A3")).toBe("Lũy kế theo lĩnh vực");
    expect([valueAt(s, "A4"), valueAt(s, "B4"), valueAt(s, "F4"), valueAt(s, "G4")]).toEqual([
      "Năm",
      "Kinh tế",
      "Lĩnh vực khác",
      "Tổng cộng",
    ]);
    // 2023: Kinh tế cumulative 10, VH-XH 2. 2024: Kinh tế 17, VH-XH 4, QP-AN 1.
    expect([valueAt(s, "A5"), valueAt(s, "B5"), valueAt(s, "C5"), valueAt(s, "G5")]).toEqual(["2023", 10, 2, 12]);
    expect([valueAt(s, "A6"), valueAt(s, "B6"), valueAt(s, "C6"), valueAt(s, "D6")]).toEqual(["2024", 17, 4, 1]);
    expect(cellAt(s, "G6")).toEqual({ v: 22, f: "SUM(B6:F6)", fmt: "#,##0" });
    expect(valueAt(s, "A8")).toBe("Mới trong năm theo lĩnh vực");
    expect([valueAt(s, "A10"), valueAt(s, "B10")]).toEqual(["2023", 3]);
  });

  it("points each chart at its table without the total column", () => {
    expect(charts.map((c) => [c.key, c.type, c.source])).toEqual([
      ["xu-huong-cumulative-by-field", "line", "A4:F6"],
      ["xu-huong-new-by-field", "stacked-column", "A9:F11"],
      ["xu-huong-cumulative-by-level", "clustered-column", "A14:D16"],
    ]);
    expect(valueAt(s, "A13")).toBe("Lũy kế theo cấp công nhận");
    expect(charts.every((c) => c.sheet === "xu-huong" && c.breakAfter === undefined)).toBe(true);
  });

  it("leaves a year without data blank, ends at the last year with data and marks the 2025 reform break", () => {
    const b25 = submission({
      source: "b25.xlsx",
      order: 5,
      unitCode: "B",
      unitName: "Xã B",
      year: 2025,
      reportDate: "2025-10-20",
      counts: [["kinh-te", "xa", "tap-the", 1, 6]],
    });
    const wide = consolidate(results(...SUBS, b25), { ...OPTS, years: { from: 2022, to: 2027 } });
    const trend = buildTrendSheet(wide);
    expect([valueAt(trend.sheet, "A5"), cellAt(trend.sheet, "B5"), cellAt(trend.sheet, "G5")]).toEqual([
      "2022",
      null,
      null,
    ]);
    expect([valueAt(trend.sheet, "A8"), valueAt(trend.sheet, "B8")]).toEqual(["2025", 6]);
    // 2026 and 2027 are in the run but have no report yet: no empty category after 2025.
    expect(trend.charts[0]?.source).toBe("A4:F8");
    expect(trend.charts[0]?.breakAfter).toBe("2024");
  });

  it("covers a year after 2025 as soon as it has data", () => {
    const b26 = submission({
      source: "b26.xlsx",
      order: 5,
      unitCode: "B",
      unitName: "Xã B",
      year: 2026,
      reportDate: "2026-10-20",
      counts: [["kinh-te", "xa", "tap-the", 2, 7]],
    });
    const trend = buildTrendSheet(consolidate(results(...SUBS, b26), { ...OPTS, years: { from: 2023, to: 2026 } }));
    expect([valueAt(trend.sheet, "A8"), valueAt(trend.sheet, "B8")]).toEqual(["2026", 7]);
    expect(valueAt(trend.sheet, "A7")).toBe("2025");
    expect(cellAt(trend.sheet, "B7")).toBeNull();
    expect(trend.charts[0]?.source).toBe("A4:F8");
  });
});

describe("buildIssuesSheet", () => {
  const s = sheet("kiem-tra");
  it("lists issues with unit, year, source, sheet, cell link, code, severity and Vietnamese message", () => {
    expect(s.rows[3]?.map((c) => c?.v)).toEqual([
      "STT",
      "Đơn vị",
      "Năm",
      "Tệp nguồn",
      "Trang tính",
      "Ô",
      "Mã lỗi",
      "Mức độ",
      "Nội dung",
    ]);
    const rows = s.rows.slice(4).map((r) => r.map((c) => c?.v ?? null));
    const superseded = rows.find((r) => r[6] === "superseded-submission");
    expect(superseded).toEqual([
      expect.any(Number),
      "Xã A",
      2024,
      "a24.xlsx",
      "Sheet1",
      "",
      "superseded-submission",
      "Thông tin",
      "Báo cáo năm 2024 của Xã A đã được thay bằng báo cáo mới hơn (a24b.xlsx#Sheet1).",
    ]);
    const jump = rows.find((r) => r[6] === "cumulative-jump");
    expect(jump?.slice(1, 8)).toEqual(["Xã A", 2024, "a24b.xlsx", "Sheet1", "K10", "cumulative-jump", "Cảnh báo"]);
    const jumpRow = 5 + rows.indexOf(jump as (string | number | boolean | null)[]);
    expect(cellAt(s, `F${jumpRow}`)?.link).toEqual({ sheet: "Sheet1", cell: "K10" });
    expect(s.styles).toContainEqual({ range: `H${jumpRow}`, style: "severity-warning" });
    // Warnings come before information.
    expect(rows.indexOf(jump as (string | number | boolean | null)[])).toBeLessThan(
      rows.indexOf(superseded as (string | number | boolean | null)[]),
    );
  });
});

describe("buildProgressSheet", () => {
  const s = sheet("tien-do");
  it("shows units × years with states, styles and a legend", () => {
    expect(s.rows[3]?.map((c) => c?.v)).toEqual([
      "STT",
      "Mã đơn vị",
      "Tên đơn vị",
      "2023",
      "2024",
      "Đúng hạn",
      "Trễ hạn",
      "Bị trả lại",
      "Chưa nộp",
    ]);
    // Units by name ("=" sorts first). A: 2023 on time; 2024 on time (its first report met the deadline).
    // B: 2023 missing, 2024 on time. C: only a rejected report in 2024.
    expect(s.rows.slice(4, 7).map((r) => r.slice(1, 9).map((c) => c?.v))).toEqual([
      ["C", "=Xã C", "Chưa nộp", "Bị trả lại", 0, 0, 1, 1],
      ["A", "Xã A", "Đúng hạn", "Đúng hạn", 2, 0, 0, 0],
      ["B", "Xã B", "Chưa nộp", "Đúng hạn", 1, 0, 0, 1],
    ]);
    expect(s.styles).toContainEqual({ range: "D7", style: "state-missing" });
    expect(s.styles).toContainEqual({ range: "E5", style: "state-rejected" });
    expect([valueAt(s, "A8"), valueAt(s, "D8"), valueAt(s, "E8")]).toEqual([
      "Số đơn vị đã nộp (đúng hạn + trễ hạn)",
      1,
      2,
    ]);
    expect(valueAt(s, "B10")).toBe("Chú thích:");
    expect(s.styles).toContainEqual({ range: "B15", style: "state-not-expected" });
  });
});

describe("buildDataSheet", () => {
  it("keeps superseded rows with their status and leaves out rejected reports", () => {
    const s = sheet("du-lieu");
    expect(s.rows[0]?.map((c) => c?.v).slice(0, 13)).toEqual([
      "Năm",
      "Mã đơn vị",
      "Tên đơn vị",
      "Lĩnh vực",
      "Cấp công nhận",
      "Loại",
      "Mới trong năm",
      "Lũy kế",
      "Tệp nguồn",
      "Trang tính",
      "Vùng ô",
      "Ngày báo cáo",
      "Trạng thái",
    ]);
    const body = s.rows.slice(1).map((r) => r.map((c) => c?.v ?? null));
    expect(body).toHaveLength(4 * 30);
    const kt = body.filter((r) => r[3] === "Kinh tế" && r[4] === "Cấp xã" && r[5] === "Mô hình tập thể");
    expect(kt.map((r) => [r[0], r[1], r[6], r[7], r[8], r[12]])).toEqual([
      [2023, "A", 3, 10, "a23.xlsx", "Đang dùng"],
      [2024, "A", 2, 12, "a24b.xlsx", "Đang dùng"],
      [2024, "A", 99, 99, "a24.xlsx", "Đã thay thế"],
      [2024, "B", 5, 5, "b24.xlsx", "Đang dùng"],
    ]);
    expect(body.some((r) => r[8] === "c24.xlsx")).toBe(false);
    expect(s.styles.filter((st) => st.style === "status-superseded")).toHaveLength(30);
  });

  it("stamps the import time given by the caller (core has no clock)", () => {
    const s = buildReportModel(C, OPTS, { now: "2025-11-21T08:00:00.000Z" }).sheets.find(
      (x) => x.key === "du-lieu",
    ) as SheetModel;
    const active = s.rows.find((r) => r[12]?.v === "Đang dùng");
    const replaced = s.rows.find((r) => r[12]?.v === "Đã thay thế");
    expect([active?.[13]?.v, active?.[14]]).toEqual(["2025-11-21T08:00:00.000Z", null]);
    expect([replaced?.[13]?.v, replaced?.[14]?.v]).toEqual(["2025-11-21T08:00:00.000Z", "2025-11-21T08:00:00.000Z"]);
  });
});
