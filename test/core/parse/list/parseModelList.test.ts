import { describe, expect, it } from "@jest/globals";
import { parseModelList } from "../../../../src/core/parse/list/parseModelList";
import { parseSheet } from "../../../../src/core/parse/parseSheet";
import { buildForm } from "../../_fixtures/buildForm";
import { buildList, rowOf } from "../../_fixtures/buildModelList";

const rows = [
  {
    name: "Tổ tự quản an ninh thôn Đông",
    type: "Tập thể",
    field: "Quốc phòng – An ninh",
    level: "Cấp xã",
    year: 2023,
    status: "Đang duy trì",
  },
  { name: "Ông Nguyễn Văn A", type: "Cá nhân", field: "Kinh tế", level: "Cấp huyện", year: "2022", status: "Đã dừng" },
];

describe("parseModelList", () => {
  it("reads the canonical list: every column, the title year and each model's cell", () => {
    const list = parseModelList(buildList(rows, 2023), "xa-a.xlsx");
    expect(list).toMatchObject({
      source: "xa-a.xlsx",
      sheet: "Mẫu 02-DVK",
      headerCell: "B3",
      year: 2023,
      unreadable: [],
    });
    expect(list?.models).toEqual([
      {
        name: "Tổ tự quản an ninh thôn Đông",
        type: "tap-the",
        field: "quoc-phong-an-ninh",
        level: "xa",
        year: 2023,
        status: "active",
        cell: "B4",
        rowNumber: 4,
      },
      {
        name: "Ông Nguyễn Văn A",
        type: "ca-nhan",
        field: "kinh-te",
        level: "huyen",
        year: 2022,
        status: "stopped",
        cell: "B5",
        rowNumber: 5,
      },
    ]);
  });

  it("finds the list anywhere, in any column order, with short header variants and label variants", () => {
    const variants = [
      { type: "Mô hình", field: "QP-AN", level: "Cơ sở", year: "Năm 2023" },
      { type: "ĐIỂN HÌNH", field: "kinh te", level: "Huyện", year: new Date(Date.UTC(2022, 4, 12)) },
    ];
    const sheet = buildList(
      variants.map((v, i) => ({ ...v, name: rows[i]?.name, status: rows[i]?.status })),
      2023,
      {
        rowOffset: 6,
        colOffset: 3,
        order: [7, 6, 5, 4, 3, 2, 1, 0],
        headers: ["TT", "Tên", "Loại", "Lĩnh vực", "Cấp", "Năm", "Trạng thái", "Ghi chú"],
        title: "Năm báo cáo: 2023",
      },
    );
    const list = parseModelList(sheet, "x.xlsx");
    expect(list?.models.map((m) => [m.cell, m.type, m.field, m.level, m.year, m.status])).toEqual([
      ["J10", "tap-the", "quoc-phong-an-ninh", "xa", 2023, "active"],
      ["J11", "ca-nhan", "kinh-te", "huyen", 2022, "stopped"],
    ]);
    expect(list?.year).toBe(2023);
  });

  it("understands labels through the officer's aliases", () => {
    const sheet = buildList([{ ...rowOf("kinh-te", "xa", "tap-the", 2023), field: "Môi trường" }], 2023);
    expect(parseModelList(sheet, "x.xlsx")?.models).toEqual([]);
    expect(parseModelList(sheet, "x.xlsx", { field: { "môi trường": "khac" } })?.models[0]?.field).toBe("khac");
  });

  it("keeps unreadable cells apart with their cells, and skips blank, total and footer rows", () => {
    const sheet = buildList(
      [
        { ...rowOf("kinh-te", "xa", "tap-the", 2023), field: "Môi trường" },
        { ...rowOf("kinh-te", "tinh", "ca-nhan", "2019-2020"), level: null },
        { ...rowOf("khac", "xa", "tap-the", 2023), name: null },
        { name: "Tổng cộng", type: null, field: null, level: null, year: 3 },
      ],
      null,
    );
    const list = parseModelList(sheet, "x.xlsx");
    expect(list?.year).toBeNull();
    expect(list?.unreadable.map((u) => [u.column, u.cell, u.text])).toEqual([
      ["field", "D4", "Môi trường"],
      ["level", "E5", ""],
      ["year", "F5", "2019-2020"],
      ["name", "B6", ""],
    ]);
    // a model without a name still counts; the others cannot be placed
    expect(list?.models.map((m) => m.cell)).toEqual(["B6"]);
  });

  it("is never a Mẫu 01 table, and a Mẫu 01 sheet is never a list", () => {
    const form = buildForm();
    expect(parseModelList(form.sheet, "x.xlsx")).toBeNull();
    expect(parseSheet(buildList(rows, 2023), "x.xlsx")).toBeNull();
    expect(
      parseModelList({ name: "Ghi chú", rows: [["Danh sách cán bộ"], ["Nguyễn Văn A", "Tập thể"]] }, "x.xlsx"),
    ).toBeNull();
  });

  it("looks for the header only in the first rows", () => {
    const far = buildList(rows, 2023, { rowOffset: 70 });
    expect(parseModelList(far, "x.xlsx")).toBeNull();
  });
});
