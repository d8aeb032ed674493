import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { issueMessage } from "../../../src/core/issues/makeIssue";
import { defaultOptions } from "../../../src/core/options";
import { findIssuerUnit } from "../../../src/core/parse/findIssuerUnit";
import { toGrid } from "../../../src/core/parse/grid";
import { readHeaderLabel } from "../../../src/core/parse/headerVocabulary";
import { readUnitFromName } from "../../../src/core/parse/readUnitFromName";
import { readUnitLine } from "../../../src/core/parse/readUnitLine";
import { readYearValue } from "../../../src/core/parse/readYearValue";
import type { CellValue } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { buildForm, sampleCounts } from "../_fixtures/buildForm";
import { flatten, only, submissionOf } from "../_fixtures/helpers";
import { withIssuer } from "../_fixtures/withIssuer";

const counts = sampleCounts();

describe("readHeaderLabel reads labels by meaning", () => {
  it.each([
    ["Đơn vị báo cáo:", "unit", ""],
    ["Tên đơn vị:", "unit", ""],
    ["Đơn vị:", "unit", ""],
    ["Cơ quan, đơn vị báo cáo: Xã Yên Lạc", "unit", "Xã Yên Lạc"],
    ["Tên cơ quan", "unit", ""],
    ["Mã đơn vị:", "unitCode", ""],
    ["Mã số đơn vị :", "unitCode", ""],
    ["Năm báo cáo:", "year", ""],
    ["Năm:", "year", ""],
    ["Báo cáo năm:", "year", ""],
    ["Kỳ báo cáo: Năm 2020", "year", "Năm 2020"],
    ["1. Năm báo cáo (ghi 4 chữ số):", "year", ""],
    ["Ngày báo cáo:", "reportDate", ""],
    ["Ngày, tháng, năm báo cáo:", "reportDate", ""],
    ["Ngày lập báo cáo：20/10/2023", "reportDate", "20/10/2023"],
    ["Đơn vị báo cáo: ……………", "unit", ""],
  ])("%p names %p", (text, field, inline) => {
    expect(readHeaderLabel(text)).toEqual({ field, inline });
  });

  it.each([
    "Yên Phú, ngày 27 tháng 10 năm 2020",
    "Số: 12-BC/ĐU",
    "Nơi nhận:",
    "Kết quả năm báo cáo:",
    "Năm 2019",
    "Tên:",
    "Xã Yên Lạc",
    "Cấp xã",
  ])("%p is not a label", (text) => {
    expect(readHeaderLabel(text)).toBeNull();
  });
});

describe("readYearValue", () => {
  it.each([
    ["2020", 2020],
    ["Năm 2020", 2020],
    ["năm 2020 (từ 01/11/2019 đến 31/10/2020)", 2020],
    ["từ 01/11/2019 đến 31/10/2020", 2020],
    ["2019-2020", 2020],
    ["1923", 1923],
    ["năm nay", null],
    ["12345", null],
  ])("reads %p as %p", (text, year) => expect(readYearValue(text)).toBe(year));
});

describe("readUnitLine", () => {
  it.each([
    ["ĐẢNG ỦY XÃ YÊN LẠC", "Xã Yên Lạc", true],
    ["ĐẢNG BỘ HUYỆN YÊN HÒA", "Huyện Yên Hòa", true],
    ["ĐẢNG ỦY PHƯỜNG 1", "Phường 1", true],
    ["HUYỆN ỦY YÊN HÒA", "Huyện ủy Yên Hòa", true],
    ["ỦY BAN MTTQ VIỆT NAM PHƯỜNG TÂN AN", "Ủy ban MTTQ Việt Nam phường Tân An", true],
    ["HỘI NÔNG DÂN XÃ YÊN LẠC", "Hội Nông dân xã Yên Lạc", true],
    ["HỘI NÔNG DÂN XÃ ĐOÀN KẾT", "Hội Nông dân xã Đoàn Kết", true],
    ["ĐẢNG ỦY CÔNG AN HUYỆN YÊN HÒA", "Công an huyện Yên Hòa", true],
    ["BAN CHẤP HÀNH HUYỆN ĐOÀN YÊN HÒA", "Ban Chấp hành Huyện đoàn Yên Hòa", true],
    ["BAN DÂN VẬN", "Ban Dân vận", false],
    ["VĂN PHÒNG", "Văn phòng", false],
    ["xa yen lac", "Xa Yen Lac", true],
  ])("%p names %p", (text, name, placed) => {
    expect(readUnitLine(text)).toMatchObject({ name, placed });
  });

  it.each([
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "*",
    "Số: 12-BC/ĐU",
    "Số 43-BC/ĐU",
    "Yên Phú, ngày 27 tháng 10 năm 2020",
    "(Mẫu 01-DVK)",
  ])("%p names no body", (text) => {
    expect(readUnitLine(text)).toBeNull();
  });
});

describe("findIssuerUnit", () => {
  const issuer = (rows: CellValue[][]) => findIssuerUnit(toGrid({ name: "S", rows }), rows.length);

  it("takes the lowest line that names a body, left of the mottos (both eras)", () => {
    expect(
      issuer([
        ["ĐẢNG BỘ HUYỆN YÊN HÒA", null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["ĐẢNG ỦY XÃ YÊN LẠC"],
        ["*", null, null, "Yên Lạc, ngày 20 tháng 10 năm 2020"],
        ["Số 12-BC/ĐU"],
      ]),
    ).toEqual({ name: "Xã Yên Lạc", cell: "A2", raw: "ĐẢNG ỦY XÃ YÊN LẠC" });
    expect(
      issuer([["ĐẢNG BỘ TỈNH TUYÊN HÀ", null, "ĐẢNG CỘNG SẢN VIỆT NAM"], ["ĐẢNG ỦY PHƯỜNG YÊN PHÚC"], ["*"]])?.name,
    ).toBe("Phường Yên Phúc");
    expect(
      issuer([
        ["ỦY BAN MTTQ VIỆT NAM", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["XÃ YÊN LẠC", null, "Độc lập - Tự do - Hạnh phúc"],
      ])?.name,
    ).toBe("Xã Yên Lạc");
  });

  it("gives a department the place of the line above", () => {
    expect(issuer([["ĐẢNG BỘ TỈNH TUYÊN HÀ"], ["HUYỆN ỦY YÊN HÒA"], ["BAN DÂN VẬN"], ["*"]])).toEqual({
      name: "Ban Dân vận Huyện ủy Yên Hòa",
      cell: "A3",
      raw: "HUYỆN ỦY YÊN HÒA – BAN DÂN VẬN",
    });
    expect(issuer([["ĐẢNG ỦY XÃ YÊN LẠC"], ["VĂN PHÒNG"]])?.name).toBe("Văn phòng Đảng ủy xã Yên Lạc");
  });

  it("finds nothing when no line names a placed body", () => {
    expect(issuer([["BAN DÂN VẬN"], ["*"]])).toBeNull();
    expect(issuer([[null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"], ["BÁO CÁO KẾT QUẢ"]])).toBeNull();
  });

  it("stops at the title", () => {
    expect(findIssuerUnit(toGrid({ name: "S", rows: [["BÁO CÁO"], ["ĐẢNG ỦY XÃ YÊN LẠC"]] }), 2)).toBeNull();
  });
});

describe("readUnitFromName", () => {
  it.each([
    ["xa-yen-lac-2016.xlsx", "Xa Yen Lac"],
    ["BC DVK Xa Tan Hoa 2019.xls", "Xa Tan Hoa"],
    ["bao_cao_dvk_phuong_1_2020 (1).xlsx", "Phuong 1"],
    ["2019/Báo cáo DVK Hội Nông dân xã Yên Lạc.xlsx", "Hội Nông dân xã Yên Lạc"],
    ["Xã Yên Lạc", "Xã Yên Lạc"],
  ])("%p names %p", (name, unit) => expect(readUnitFromName(name)).toBe(unit));

  it.each(["Sheet1", "Mẫu 01-DVK", "Báo cáo", "2023", "Năm 2023", "bao-cao-dvk.xlsx", "01-xa.xlsx"])(
    "%p names no unit",
    (name) => expect(readUnitFromName(name)).toBeNull(),
  );
});

describe("unit and year wherever they are written", () => {
  it("takes the unit from the sheet name, then the file name, each noted with where", () => {
    const bare = withIssuer(buildForm(counts, { unit: null }).sheet);
    const bySheet = submissionOf({ ...bare, name: "Xã Yên Lạc" }, defaultOptions(2025), "bao-cao.xlsx");
    expect([bySheet.unitName, flatten(bySheet.issues)]).toEqual(["Xã Yên Lạc", [[null, "unit-inferred"]]]);
    const byFile = submissionOf(bare, defaultOptions(2025), "2016/xa-yen-lac-2016.xlsx");
    expect(byFile.unitName).toBe("Xa Yen Lac");
    expect(issueMessage(byFile.issues[0]!, "en")).toBe(
      'No unit name is given on a "Đơn vị báo cáo:" line; the unit "Xa Yen Lac" was taken from the file name "xa-yen-lac-2016.xlsx". Check it with the unit if it is wrong.',
    );
  });

  it("takes the year from the report date; one dated January or February is the year before's", () => {
    const may = submissionOf(
      buildForm(counts, { year: null, title: null, reportDate: null, placeDate: "Na Hang, ngày 20 tháng 5 năm 2023" })
        .sheet,
    );
    expect([may.year, only(may.issues, "year-inferred")]).toEqual([2023, [["F2", "year-inferred"]]]);
    const january = submissionOf(
      buildForm(counts, { year: null, title: null, reportDate: "15/01/2024", placeDate: null }).sheet,
    );
    expect(january.year).toBe(2023);
    expect(issueMessage(january.issues.find((i) => i.code === "year-inferred")!)).toContain(
      'ngày báo cáo "15/01/2024" (báo cáo lập đầu năm sau cho năm trước)',
    );
  });

  it("takes the year from a next title line, the sheet name, then the file name", () => {
    const nextLine = buildForm(counts, {
      year: null,
      title: 'BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"',
      placeDate: null,
      reportDate: null,
    });
    const rows = nextLine.sheet.rows.map((row, r) => (r === 4 ? ["(Năm 2019)", ...row.slice(1)] : row));
    expect(submissionOf({ ...nextLine.sheet, rows }).year).toBe(2019);
    const bare = buildForm(counts, { year: null, title: null, placeDate: null, reportDate: null }).sheet;
    expect(submissionOf({ ...bare, name: "Năm 2021" }).year).toBe(2021);
    const byFile = submissionOf(bare, defaultOptions(2025), "bc-dvk-2022.xlsx");
    expect([byFile.year, flatten(byFile.issues)]).toEqual([2022, [[null, "year-inferred"]]]);
  });

  it("warns year-mismatch when the sources disagree: the labelled year wins, else the first source", () => {
    const labelled = submissionOf(
      buildForm(counts, { year: 2023, reportDate: null, placeDate: "Na Hang, ngày 20 tháng 10 năm 2021" }).sheet,
    );
    expect([labelled.year, only(labelled.issues, "year-mismatch", "year-inferred")]).toEqual([
      2023,
      [["F2", "year-mismatch"]],
    ]);
    const inferred = submissionOf(
      buildForm(counts, { year: null, placeDate: null, reportDate: null }).sheet,
      defaultOptions(2025),
      "bao-cao-2022.xlsx",
    );
    expect([inferred.year, flatten(inferred.issues)]).toEqual([
      2023,
      [
        ["A4", "year-inferred"],
        [null, "year-mismatch"],
      ],
    ]);
  });

  it("consolidates an unnamed file with the registry's unit, and an issuer-named report with the same unit's labelled reports", () => {
    const unnamed = withIssuer(buildForm(counts, { unit: null, unitCode: null, year: 2016 }).sheet);
    const labelled = buildForm(counts, { unit: "Xã Yên Lạc", unitCode: null, year: 2017 }).sheet;
    const results = [
      validateWorkbook({ source: "2016/xa-yen-lac-2016.xlsx", sheets: [unnamed] }, defaultOptions(2025)),
      validateWorkbook({ source: "2017/bao-cao.xlsx", sheets: [labelled] }, defaultOptions(2025), 1),
    ];
    const registry = [
      { code: "YH-X02", name: "Xã Yên Lạc" },
      { code: "YH-X01", name: "Xã Yên Phú" },
    ];
    const withRegistry = consolidate(results, defaultOptions(2025), { units: registry });
    expect(withRegistry.submissions.map((s) => withRegistry.unitOf[s.id])).toEqual(["code:YH-X02", "code:YH-X02"]);
    expect(withRegistry.issues.filter((i) => i.code === "unknown-unit")).toEqual([]);

    const issuerNamed = withIssuer(buildForm(counts, { unit: null, unitCode: null, year: 2016 }).sheet, [
      "ĐẢNG BỘ HUYỆN YÊN HÒA",
      "ĐẢNG ỦY XÃ YÊN LẠC",
    ]);
    const coded = buildForm(counts, { unit: "Xã Yên Lạc", unitCode: "YH-X02", year: 2017 }).sheet;
    const alone = consolidate(
      [
        validateWorkbook({ source: "a.xlsx", sheets: [issuerNamed] }, defaultOptions(2025)),
        validateWorkbook({ source: "b.xlsx", sheets: [coded] }, defaultOptions(2025), 1),
      ],
      defaultOptions(2025),
    );
    expect(new Set(alone.submissions.map((s) => alone.unitOf[s.id]))).toEqual(new Set(["code:YH-X02"]));
  });
});
