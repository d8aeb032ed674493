import type { ChartSpec, ModelCell, ReportModel, SheetModel } from "../../src/core";

const c = (v: string | number | null, extra: Partial<ModelCell> = {}): ModelCell => ({ v, ...extra });

/** Unit names that must stay text wherever they are written. */
export const HOSTILE_NAMES = ['=HYPERLINK("http://evil.example","bấm")', "+1+1", "-2", "@SUM(1)", "001"];

/** A report model shaped like the real one, with `k` submissions' worth of rows on the long sheets. */
export function makeModel(k = 3): ReportModel {
  const tongHop: SheetModel = {
    key: "tong-hop",
    name: "Tổng hợp",
    rows: [
      [c("BÁO CÁO TỔNG HỢP DÂN VẬN KHÉO NĂM 2024")],
      [c("Lĩnh vực"), c("Cấp xã"), null],
      [null, c("Mới"), c("Lũy kế")],
      [c("Kinh tế"), c(3, { fmt: "#,##0" }), c(12, { fmt: "#,##0" })],
      [c("Văn hóa – Xã hội"), c(2, { fmt: "#,##0" }), c(8, { fmt: "#,##0" })],
      [c("Tổng cộng"), c(5, { f: "SUM(B4:B5)", fmt: "#,##0" }), c(20, { f: "SUM(C4:C5)", fmt: "#,##0" })],
      [c("Xem chi tiết", { link: { sheet: "Kiểm tra", cell: "A1" } })],
    ],
    merges: ["A1:C1", "A2:A3", "B2:C2"],
    styles: [
      { range: "A1", style: "title" },
      { range: "A2:C3", style: "header" },
      { range: "A6:C6", style: "total" },
    ],
    columnWidths: [30, 10, 10],
    freeze: { rows: 3, columns: 1 },
  };
  const years = Array.from({ length: 10 }, (_, i) => 2016 + i);
  const xuHuong: SheetModel = {
    key: "xu-huong",
    name: "Xu hướng",
    rows: [[c("Năm"), c("Kinh tế"), c("Văn hóa – Xã hội")], ...years.map((y, i) => [c(String(y)), c(i * 2), c(i * 3)])],
    merges: [],
    styles: [{ range: "A1:C1", style: "header" }],
    columnWidths: [8, 12, 12],
  };
  const kiemTra: SheetModel = {
    key: "kiem-tra",
    name: "Kiểm tra",
    rows: [
      [c("Đơn vị"), c("Năm"), c("Tệp"), c("Ô"), c("Mã lỗi"), c("Nội dung")],
      ...Array.from({ length: k }, (_, i) => [
        c(HOSTILE_NAMES[i % HOSTILE_NAMES.length] as string),
        c(2024),
        c(`don-vi-${i}.xlsx`),
        c("D9", { link: { sheet: `Đơn vị ${i}`, cell: "D9" } }),
        c("negative-count"),
        c("Ô D9 ghi số âm (-1)."),
      ]),
    ],
    merges: [],
    styles: [
      { range: "A1:F1", style: "header" },
      ...Array.from({ length: k }, (_, i) => ({ range: `A${i + 2}:F${i + 2}`, style: "severity-error" as const })),
    ],
    columnWidths: [28, 8, 24, 8, 20, 60],
    freeze: { rows: 1, columns: 0 },
  };
  const duLieu: SheetModel = {
    key: "du-lieu",
    name: "Dữ liệu",
    rows: [
      [c("Năm"), c("Đơn vị"), c("Lĩnh vực"), c("Mới"), c("Lũy kế")],
      ...Array.from({ length: k * 30 }, (_, i) => [
        c(2024),
        c(HOSTILE_NAMES[i % HOSTILE_NAMES.length] as string),
        c("Kinh tế"),
        c(i % 7),
        c(i % 11),
      ]),
    ],
    merges: [],
    styles: [{ range: "A1:E1", style: "header" }],
    columnWidths: [6, 28, 20, 8, 8],
    freeze: { rows: 1, columns: 0 },
  };
  const charts: ChartSpec[] = [
    {
      key: "luy-ke-theo-linh-vuc",
      sheet: "xu-huong",
      title: "Lũy kế theo lĩnh vực 2016–2025",
      type: "line",
      source: "A1:C11",
      anchor: "E2",
      width: 480,
      height: 300,
      yAxisTitle: "Số mô hình",
    },
    {
      key: "moi-theo-nam",
      sheet: "xu-huong",
      title: "Mô hình mới theo năm",
      type: "stacked-column",
      source: "A1:C11",
      anchor: "E22",
      width: 480,
      height: 300,
    },
  ];
  return { sheets: [tongHop, xuHuong, kiemTra, duLieu], charts };
}

/** A Mẫu 01-like submission sheet as raw values. */
export function submissionRows(unit: string, year: number): (string | number | null)[][] {
  return [
    ["BÁO CÁO KẾT QUẢ PHONG TRÀO DÂN VẬN KHÉO"],
    ["Đơn vị:", unit],
    ["Năm:", year],
    ["Lĩnh vực", "Mới", "Lũy kế"],
    ["Kinh tế", 2, 10],
    ["Văn hóa – Xã hội", 1, 4],
  ];
}
