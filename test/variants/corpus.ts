import {
  type Column,
  type Data,
  type Field,
  type HeaderRow,
  type Key,
  type Kind,
  type Level,
  type Measure,
  type Row,
  type TableCells,
  type TableSpec,
  type Top,
  FIELDS,
  FORM,
  canonicalFile,
  fieldRows,
  formHeader,
  levelMajor,
  levelRow,
  levelUnderTypeRow,
  makeData,
  measureRow,
  placeDate,
  splitField,
  title,
  totalRow,
  typeMajor,
  typeRow,
  typeTopRow,
  valueOf,
  writeTable,
  writeTop,
} from "./build";
import { type Cell, type FileSpec, SheetBuilder } from "./grid";

/**
 * The variant corpus: submissions as other offices write them (wordings, layouts, detail rows,
 * counts with words, unit and year written elsewhere), each with its canonical twin, plus the
 * negative controls that must stay rejected. Wordings come from how officers write these reports
 * (docs/mau-01-dvk.md, ../shared/reference/domain.md §1, §4–§6), not from the product's lists.
 */

/**
 * What info issue a variant must produce, where the issue's contract requires one whatever the
 * catalogue holds: "text" = one at every count cell written with words; "cell" = at least one
 * info issue at some cell (a label read by meaning, a unit or year read from a header line, a
 * parent row filled from its details); "any" = at least one info issue (the unit or year came from
 * the sheet or file name, which have no cell).
 */
export type InfoRule = "text" | "cell" | "any";

export interface Variant {
  readonly id: string;
  readonly cls: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly what: string;
  readonly data: Data;
  readonly file: FileSpec;
  readonly twin: FileSpec;
  readonly info: readonly InfoRule[];
  /** Count cells written as text. */
  readonly textCells: readonly string[];
}

/** An issue a negative control must carry. */
export interface Expectation {
  /** The issue code, or null for "an error of any code". */
  readonly code: string | null;
  /** The cells the issue may point at (null = the whole report). */
  readonly cells: readonly (string | null)[];
  /** Fields the message must name by their own names (not only by quoting `label`). */
  readonly names?: readonly Field[];
  /** The row label the message may quote. */
  readonly label?: string;
}

export interface Control {
  readonly id: string;
  readonly what: string;
  readonly file: FileSpec;
  readonly expect: readonly Expectation[];
}

// ── how a variant is laid out ────────────────────────────────────────────────────────────────

interface Layout {
  readonly file?: string;
  readonly sheet?: string;
  /** Top-left corner of the header block (the table follows it). */
  readonly at?: readonly [number, number];
  /** The header block; default: issuer lines, date line, title and the labelled unit and year. */
  readonly top?: Top;
  /** The table, over the defaults of the form. */
  readonly table?: Partial<TableSpec>;
  /** Rows of the table; default: the five fields with the form's labels and a "Tổng cộng" row. */
  readonly rows?: readonly Row[];
  /** Lines written below the table (footer, signatures, a place-and-date line). */
  readonly below?: readonly string[];
}

const defaultTop = (d: Data): Top => ({
  issuer: d.issuer,
  right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate(d.place, d.year)],
  title: title(d.year),
  fields: [
    ["Đơn vị báo cáo:", d.unit],
    ["Năm báo cáo:", d.year],
  ],
});

/** Writes one variant sheet; returns the sheet and where its table cells are. */
function layoutSheet(d: Data, l: Layout): { file: FileSpec; cells: TableCells } {
  const s = new SheetBuilder(l.sheet ?? "Sheet1");
  const [top, left] = l.at ?? [0, 0];
  const columns = l.table?.columns ?? levelMajor(d.levels);
  const stt = l.table?.stt === undefined ? "STT" : l.table.stt;
  const width = (stt === null ? 1 : 2) + columns.length;
  const tableTop = writeTop(s, top, left, width, l.top ?? defaultTop(d));
  const table: TableSpec = {
    stt,
    labelHeader: "Lĩnh vực",
    columns,
    header: formHeader(),
    merged: true,
    rows: l.rows ?? [...fieldRows(d, FORM.fields), { kind: "total", label: "Tổng cộng", labelInStt: true }],
    ...l.table,
  };
  const cells = writeTable(s, tableTop, left, table);
  (l.below ?? ["Nơi nhận:", "- Như trên;", "- Lưu."]).forEach((text, i) => s.put(cells.bottom + 1 + i, left, text));
  return { file: { file: l.file ?? "bao-cao-dvk.xlsx", sheets: [s.spec()] }, cells };
}

function variant(
  id: string,
  cls: Variant["cls"],
  what: string,
  d: Data,
  l: Layout,
  info: readonly InfoRule[] = [],
): Variant {
  const { file, cells } = layoutSheet(d, l);
  return { id, cls, what, data: d, file, twin: canonicalFile(d, "mau-01-dvk.xlsx"), info, textCells: cells.textCells };
}

/** Field rows with the given labels (the form's order unless told), no total row unless asked. */
const labelled = (
  d: Data,
  labels: Readonly<Record<Field, string>>,
  o: { order?: readonly Field[]; stt?: (i: number) => Cell; total?: string | null } = {},
): Row[] => [
  ...fieldRows(d, labels, o.order ?? FIELDS, o.stt ?? ((i) => i + 1)),
  ...(o.total === null ? [] : [{ kind: "total" as const, label: o.total ?? "Tổng cộng", labelInStt: true }]),
];

const header3 = (
  levels: Readonly<Record<Level, string>>,
  types: Readonly<Record<Kind, string>>,
  measures: Readonly<Record<Measure, string>>,
): HeaderRow[] => [levelRow(levels), typeRow(types), measureRow(measures)];

// ── units and their data ─────────────────────────────────────────────────────────────────────

type UnitDef = { unit: string; place: string; issuer: readonly [string, string] };

const U = {
  thanhTuong: {
    unit: "Xã Thanh Tương",
    place: "Thanh Tương",
    issuer: ["ĐẢNG BỘ HUYỆN NA HANG", "ĐẢNG ỦY XÃ THANH TƯƠNG"],
  },
  vinhPhu: { unit: "Xã Vĩnh Phú", place: "Vĩnh Phú", issuer: ["ĐẢNG BỘ HUYỆN PHÙ NINH", "ĐẢNG ỦY XÃ VĨNH PHÚ"] },
  thoiBinh: {
    unit: "Thị trấn Thới Bình",
    place: "Thới Bình",
    issuer: ["ĐẢNG BỘ HUYỆN THỚI BÌNH", "ĐẢNG ỦY THỊ TRẤN THỚI BÌNH"],
  },
  camThanh: {
    unit: "Phường Cẩm Châu",
    place: "Hội An",
    issuer: ["ĐẢNG BỘ THÀNH PHỐ HỘI AN", "ĐẢNG ỦY PHƯỜNG CẨM CHÂU"],
  },
  tanLap: { unit: "Xã Tân Lập", place: "Tân Lập", issuer: ["ĐẢNG BỘ HUYỆN LỤC NGẠN", "ĐẢNG ỦY XÃ TÂN LẬP"] },
  hoaBinh: { unit: "Xã Hòa Bình", place: "Hòa Bình", issuer: ["ĐẢNG BỘ HUYỆN CHỢ ĐỒN", "ĐẢNG ỦY XÃ HÒA BÌNH"] },
  dongTam: {
    unit: "Hội LHPN xã Đồng Tâm",
    place: "Đồng Tâm",
    issuer: ["HỘI LHPN HUYỆN LẠC THỦY", "HỘI LHPN XÃ ĐỒNG TÂM"],
  },
  nghiaTa: {
    unit: "Hội Nông dân xã Nghĩa Tá",
    place: "Nghĩa Tá",
    issuer: ["HỘI NÔNG DÂN HUYỆN CHỢ ĐỒN", "HỘI NÔNG DÂN XÃ NGHĨA TÁ"],
  },
  thanhKhe: {
    unit: "Ủy ban MTTQ Việt Nam phường Thanh Khê",
    place: "Đà Nẵng",
    issuer: ["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", "ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH KHÊ"],
  },
  hoaKhanh: {
    unit: "Phường Hòa Khánh",
    place: "Đà Nẵng",
    issuer: ["ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "ĐẢNG ỦY PHƯỜNG HÒA KHÁNH"],
  },
  choRa: { unit: "Thị trấn Chợ Rã", place: "Chợ Rã", issuer: ["ĐẢNG BỘ HUYỆN BA BỂ", "ĐẢNG ỦY THỊ TRẤN CHỢ RÃ"] },
  uMinh: {
    unit: "Xã An Minh Bắc",
    place: "An Minh Bắc",
    issuer: ["ĐẢNG BỘ HUYỆN U MINH THƯỢNG", "ĐẢNG ỦY XÃ AN MINH BẮC"],
  },
  longSon: { unit: "Xã Long Sơn", place: "Long Sơn", issuer: ["ĐẢNG BỘ THÀNH PHỐ VŨNG TÀU", "ĐẢNG ỦY XÃ LONG SƠN"] },
  hoaBinhTinh: {
    unit: "Ban Dân vận Tỉnh ủy Hòa Bình",
    place: "Hòa Bình",
    issuer: ["ĐẢNG BỘ TỈNH HÒA BÌNH", "BAN DÂN VẬN"],
  },
  naHang: { unit: "Ban Dân vận Huyện ủy Na Hang", place: "Na Hang", issuer: ["HUYỆN ỦY NA HANG", "BAN DÂN VẬN"] },
  kimLong: { unit: "Phường Kim Long", place: "Huế", issuer: ["ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG ỦY PHƯỜNG KIM LONG"] },
  phuLoc: { unit: "Xã Phú Lộc", place: "Phú Lộc", issuer: ["ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ PHÚ LỘC"] },
  ccbYenLac: {
    unit: "Hội Cựu chiến binh xã Yên Lạc",
    place: "Yên Lạc",
    issuer: ["HỘI CCB HUYỆN NA RÌ", "HỘI CCB XÃ YÊN LẠC"],
  },
  daiLoc: { unit: "Xã Đại Hiệp", place: "Đại Hiệp", issuer: ["ĐẢNG BỘ HUYỆN ĐẠI LỘC", "ĐẢNG ỦY XÃ ĐẠI HIỆP"] },
  datDo: { unit: "Thị trấn Đất Đỏ", place: "Đất Đỏ", issuer: ["ĐẢNG BỘ HUYỆN ĐẤT ĐỎ", "ĐẢNG ỦY THỊ TRẤN ĐẤT ĐỎ"] },
  phuMy: { unit: "Phường Phú Mỹ", place: "Phú Mỹ", issuer: ["ĐẢNG BỘ THỊ XÃ PHÚ MỸ", "ĐẢNG ỦY PHƯỜNG PHÚ MỸ"] },
} satisfies Record<string, UnitDef>;

const data = (seed: string, u: UnitDef, year: number, levels?: readonly Level[], scale?: number): Data =>
  makeData(seed, {
    unit: u.unit,
    place: u.place,
    issuer: u.issuer,
    year,
    ...(levels ? { levels } : {}),
    ...(scale ? { scale } : {}),
  });

const XA_TINH: readonly Level[] = ["xa", "tinh"];

// ── 1. field-row wordings ────────────────────────────────────────────────────────────────────

function class1(): Variant[] {
  const out: Variant[] = [];
  const add = (
    id: string,
    what: string,
    u: UnitDef,
    year: number,
    labels: Record<Field, string>,
    o: { order?: readonly Field[]; stt?: null | ((i: number) => Cell); levels?: readonly Level[] } = {},
    info: InfoRule[] = [],
  ) => {
    const d = data(id, u, year, o.levels);
    const rows = labelled(d, labels, { ...(o.order ? { order: o.order } : {}), ...(o.stt ? { stt: o.stt } : {}) });
    out.push(variant(id, 1, what, d, { rows, ...(o.stt === null ? { table: { stt: null } } : {}) }, info));
  };
  add(
    "c1-reordered",
    "reordered words: Xã hội – Văn hóa, An ninh – Quốc phòng, Hệ thống chính trị – Xây dựng Đảng; rows in another order",
    U.thanhTuong,
    2021,
    {
      "kinh-te": "Kinh tế",
      "van-hoa-xa-hoi": "Xã hội – Văn hóa",
      "quoc-phong-an-ninh": "An ninh – Quốc phòng",
      "xay-dung-he-thong-chinh-tri": "Hệ thống chính trị – Xây dựng Đảng",
      khac: "Khác",
    },
    { order: ["xay-dung-he-thong-chinh-tri", "kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "khac"] },
  );
  add("c1-abbreviations", "abbreviations KT, VH-XH, QP-AN, XD Đảng & HTCT", U.vinhPhu, 2022, {
    "kinh-te": "KT",
    "van-hoa-xa-hoi": "VH-XH",
    "quoc-phong-an-ninh": "QP-AN",
    "xay-dung-he-thong-chinh-tri": "XD Đảng & HTCT",
    khac: "Khác",
  });
  add("c1-abbreviations-2", "abbreviations VH - XH, AN-QP, XD HTCT, LV khác", U.uMinh, 2019, {
    "kinh-te": "KT",
    "van-hoa-xa-hoi": "VH - XH",
    "quoc-phong-an-ninh": "AN-QP",
    "xay-dung-he-thong-chinh-tri": "XD Đảng, HTCT",
    khac: "LV khác",
  });
  add(
    "c1-roman",
    "roman numbering in the label cell (I. … V.), no STT column",
    U.thoiBinh,
    2020,
    {
      "kinh-te": "I. Kinh tế",
      "van-hoa-xa-hoi": "II. Văn hóa – Xã hội",
      "quoc-phong-an-ninh": "III. Quốc phòng – An ninh",
      "xay-dung-he-thong-chinh-tri": "IV. Xây dựng Đảng và hệ thống chính trị",
      khac: "V. Lĩnh vực khác",
    },
    { stt: null },
  );
  add(
    "c1-letters",
    "letter numbering a) b) c) d) đ) in the label cell",
    U.camThanh,
    2024,
    {
      "kinh-te": "a) Kinh tế",
      "van-hoa-xa-hoi": "b) Văn hóa, xã hội",
      "quoc-phong-an-ninh": "c) Quốc phòng, an ninh",
      "xay-dung-he-thong-chinh-tri": "d) Xây dựng Đảng và hệ thống chính trị",
      khac: "đ) Lĩnh vực khác",
    },
    { stt: null },
  );
  add("c1-numbered", "numbering 1) 2) … and 1. in the label cell beside an STT column", U.tanLap, 2018, {
    "kinh-te": "1) Kinh tế",
    "van-hoa-xa-hoi": "2) Văn hóa – Xã hội",
    "quoc-phong-an-ninh": "3. Quốc phòng – An ninh",
    "xay-dung-he-thong-chinh-tri": "4. Xây dựng Đảng và hệ thống chính trị",
    khac: "5. Khác",
  });
  add("c1-remarks", "parenthesised remarks: (nếu có), (ghi rõ), (giáo dục, y tế…)", U.longSon, 2021, {
    "kinh-te": "Kinh tế (nông nghiệp, dịch vụ)",
    "van-hoa-xa-hoi": "Văn hóa – Xã hội (giáo dục, y tế…)",
    "quoc-phong-an-ninh": "Quốc phòng – An ninh (nếu có)",
    "xay-dung-he-thong-chinh-tri": "Xây dựng Đảng và hệ thống chính trị",
    khac: "Khác (ghi rõ)",
  });
  add(
    "c1-generic",
    "generic words: Lĩnh vực…, Công tác…, Các mô hình thuộc lĩnh vực…",
    U.daiLoc,
    2023,
    {
      "kinh-te": "Lĩnh vực kinh tế",
      "van-hoa-xa-hoi": "Công tác văn hóa – xã hội",
      "quoc-phong-an-ninh": "Các mô hình thuộc lĩnh vực quốc phòng – an ninh",
      "xay-dung-he-thong-chinh-tri": "Công tác xây dựng Đảng và hệ thống chính trị",
      khac: "Các lĩnh vực khác",
    },
    {},
    ["cell"],
  );
  add(
    "c1-published",
    "published wordings (domain.md §1.1): Kinh tế, xây dựng nông thôn mới và đô thị văn minh; Văn hóa, xã hội; An ninh - quốc phòng",
    U.phuLoc,
    2019,
    {
      "kinh-te": "Kinh tế, xây dựng nông thôn mới và đô thị văn minh",
      "van-hoa-xa-hoi": "Văn hóa, xã hội",
      "quoc-phong-an-ninh": "An ninh - quốc phòng",
      "xay-dung-he-thong-chinh-tri": "Xây dựng Đảng và hệ thống chính trị",
      khac: "Khác",
    },
  );
  add(
    "c1-takes-in",
    "what the fields take in: Phát triển kinh tế – xây dựng nông thôn mới; Văn hóa – xã hội, giáo dục, y tế; Quốc phòng, an ninh, trật tự an toàn xã hội; Xây dựng Đảng, chính quyền, MTTQ và các đoàn thể",
    U.datDo,
    2023,
    {
      "kinh-te": "Phát triển kinh tế – xây dựng nông thôn mới",
      "van-hoa-xa-hoi": "Văn hóa – xã hội, giáo dục, y tế",
      "quoc-phong-an-ninh": "Quốc phòng, an ninh, trật tự an toàn xã hội",
      "xay-dung-he-thong-chinh-tri": "Xây dựng Đảng, chính quyền, MTTQ và các đoàn thể",
      khac: "Lĩnh vực khác",
    },
    {},
    ["cell"],
  );
  add(
    "c1-takes-in-2",
    "what the fields take in: An ninh trật tự; Xây dựng chính quyền, Mặt trận và các đoàn thể; Phát triển sản xuất, kinh tế",
    U.phuMy,
    2024,
    {
      "kinh-te": "Phát triển sản xuất, kinh tế",
      "van-hoa-xa-hoi": "Văn hóa – xã hội",
      "quoc-phong-an-ninh": "An ninh trật tự",
      "xay-dung-he-thong-chinh-tri": "Xây dựng chính quyền, Mặt trận và các đoàn thể",
      khac: "Khác",
    },
    {},
    ["cell"],
  );
  add("c1-upper-case", "upper case with hyphens and old tone placement: VĂN HOÁ - XÃ HỘI", U.hoaBinh, 2017, {
    "kinh-te": "KINH TẾ",
    "van-hoa-xa-hoi": "VĂN HOÁ - XÃ HỘI",
    "quoc-phong-an-ninh": "QUỐC PHÒNG - AN NINH",
    "xay-dung-he-thong-chinh-tri": "XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ",
    khac: "LĨNH VỰC KHÁC",
  });
  add(
    "c1-breaks-spaces",
    "line breaks inside the cell, a trailing colon, doubled spaces ('Văn hóa –\\nXã hội', 'Kinh tế:')",
    U.choRa,
    2024,
    {
      "kinh-te": "Kinh tế:",
      "van-hoa-xa-hoi": "Văn hóa –\nXã hội",
      "quoc-phong-an-ninh": "  Quốc phòng  –  An ninh ",
      "xay-dung-he-thong-chinh-tri": "Xây dựng Đảng và\nhệ thống chính trị",
      khac: "Lĩnh vực\nkhác",
    },
  );
  add(
    "c1-takes-in-3",
    "what the fields take in: An ninh chính trị, trật tự an toàn xã hội; Nông nghiệp, nông thôn mới; Giáo dục, y tế, văn hóa; Xây dựng hệ thống chính trị cơ sở",
    U.ccbYenLac,
    2020,
    {
      "kinh-te": "Nông nghiệp, nông thôn mới",
      "van-hoa-xa-hoi": "Giáo dục, y tế, văn hóa",
      "quoc-phong-an-ninh": "An ninh chính trị, trật tự an toàn xã hội",
      "xay-dung-he-thong-chinh-tri": "Xây dựng hệ thống chính trị cơ sở",
      khac: "Các lĩnh vực khác (bảo vệ môi trường…)",
    },
    {},
    ["cell"],
  );
  // The unit written with the old tone placement ("Hoà"); the twin writes "Hòa".
  const hoa = data("c1-lower-hoa", U.hoaBinh, 2016);
  out.push(
    variant("c1-lower-hoa", 1, "lower case, 'hoà' tone placement in labels and in the unit name (Xã Hoà Bình)", hoa, {
      top: {
        ...defaultTop(hoa),
        fields: [
          ["Đơn vị báo cáo:", "Xã Hoà Bình"],
          ["Năm báo cáo:", 2016],
        ],
      },
      rows: labelled(hoa, {
        "kinh-te": "kinh tế",
        "van-hoa-xa-hoi": "văn hoá - xã hội",
        "quoc-phong-an-ninh": "quốc phòng - an ninh",
        "xay-dung-he-thong-chinh-tri": "xây dựng đảng và hệ thống chính trị",
        khac: "khác",
      }),
    }),
  );
  return out;
}

// ── 2. level / type / measure header wordings ───────────────────────────────────────────────

function class2(): Variant[] {
  const out: Variant[] = [];
  const add = (
    id: string,
    what: string,
    u: UnitDef,
    year: number,
    h: HeaderRow[],
    info: InfoRule[] = [],
    levels?: readonly Level[],
  ) => {
    const d = data(id, u, year, levels);
    out.push(variant(id, 2, what, d, { table: { header: h } }, info));
  };
  add(
    "c2-short",
    "Cơ sở / Huyện / Tỉnh; Tập thể / Cá nhân; Mới / Lũy kế",
    U.kimLong,
    2018,
    header3(
      { xa: "Cơ sở", huyen: "Huyện", tinh: "Tỉnh" },
      { "tap-the": "Tập thể", "ca-nhan": "Cá nhân" },
      { new: "Mới", cumulative: "Lũy kế" },
    ),
  );
  add(
    "c2-co-so",
    "Cấp cơ sở / Cấp huyện, thành phố / Cấp tỉnh; Mô hình / Điển hình; Số mới / Luỹ kế đến nay",
    U.thanhTuong,
    2022,
    header3(
      { xa: "Cấp cơ sở", huyen: "Cấp huyện, thành phố", tinh: "Cấp tỉnh" },
      { "tap-the": "Mô hình", "ca-nhan": "Điển hình" },
      { new: "Số mới", cumulative: "Luỹ kế đến nay" },
    ),
  );
  add(
    "c2-recognised-by",
    "Xã, phường, thị trấn / Huyện công nhận / UBND tỉnh công nhận; Gương điển hình cá nhân; Công nhận mới trong năm / Tổng số đến nay",
    U.longSon,
    2020,
    header3(
      { xa: "Xã, phường, thị trấn", huyen: "Huyện công nhận", tinh: "UBND tỉnh công nhận" },
      { "tap-the": "Mô hình tập thể", "ca-nhan": "Gương điển hình cá nhân" },
      { new: "Công nhận mới trong năm", cumulative: "Tổng số đến nay" },
    ),
    ["cell"],
  );
  add(
    "c2-increase-stock",
    "Tăng trong năm / Hiện có; Cấp xã / Cấp huyện / Tỉnh",
    U.vinhPhu,
    2021,
    header3(
      { xa: "Cấp xã", huyen: "Cấp huyện", tinh: "Tỉnh" },
      { "tap-the": "Tập thể", "ca-nhan": "Cá nhân" },
      { new: "Tăng trong năm", cumulative: "Hiện có" },
    ),
    ["cell"],
  );
  add(
    "c2-dated-cumulative",
    "Lũy kế đến 31/10/2023 / Mới; Cấp cơ sở",
    U.choRa,
    2023,
    header3(
      { xa: "Cấp cơ sở", huyen: "Cấp huyện", tinh: "Cấp tỉnh" },
      { "tap-the": "Mô hình tập thể", "ca-nhan": "Điển hình cá nhân" },
      { new: "Mới", cumulative: "Lũy kế đến 31/10/2023" },
    ),
  );
  add(
    "c2-line-breaks",
    "line breaks inside header cells: 'Cấp\\nxã', 'Mô hình\\ntập thể', 'Lũy kế\\n(tính đến 31/12/2023)'",
    U.naHang,
    2023,
    header3(
      { xa: "Cấp\nxã", huyen: "Cấp\nhuyện", tinh: "Cấp\ntỉnh" },
      { "tap-the": "Mô hình\ntập thể", "ca-nhan": "Điển hình\ncá nhân" },
      { new: "Mới\ntrong năm", cumulative: "Lũy kế\n(tính đến 31/12/2023)" },
    ),
  );
  add(
    "c2-slashes-years",
    "Cấp xã/phường, Cấp huyện/thị xã; Số MH tập thể, Số ĐH cá nhân; Trong năm 2022 / Lũy kế từ 2016 đến nay",
    U.dongTam,
    2022,
    header3(
      { xa: "Cấp xã/phường", huyen: "Cấp huyện/thị xã", tinh: "Cấp tỉnh" },
      { "tap-the": "Số MH tập thể", "ca-nhan": "Số ĐH cá nhân" },
      { new: "Trong năm 2022", cumulative: "Lũy kế từ 2016 đến nay" },
    ),
    ["cell"],
  );
  add(
    "c2-mixed-case",
    "CẤP XÃ / CẤP HUYỆN / CẤP TỈNH; TẬP THỂ / CÁ NHÂN; Số mới công nhận / Tổng số lũy kế",
    U.datDo,
    2017,
    header3(
      { xa: "CẤP XÃ", huyen: "CẤP HUYỆN", tinh: "CẤP TỈNH" },
      { "tap-the": "TẬP THỂ", "ca-nhan": "CÁ NHÂN" },
      { new: "Số mới công nhận", cumulative: "Tổng số lũy kế" },
    ),
  );
  return out;
}

// ── 3. layouts ───────────────────────────────────────────────────────────────────────────────

function class3(): Variant[] {
  const out: Variant[] = [];
  {
    const d = data("c3-no-stt", U.camThanh, 2022);
    out.push(variant("c3-no-stt", 3, "no STT column", d, { table: { stt: null }, rows: labelled(d, FORM.fields) }));
  }
  {
    const d = data("c3-blank-rows-cols", U.tanLap, 2021);
    const columns: Column[] = [
      { kind: "blank" },
      ...levelMajor(["xa"]),
      { kind: "blank" },
      ...levelMajor(["huyen"]),
      { kind: "blank" },
      ...levelMajor(["tinh"]),
    ];
    const rows: Row[] = [
      { kind: "blank" },
      ...fieldRows(d, FORM.fields).flatMap((r, i) => (i === 2 ? [{ kind: "blank" as const }, r] : [r])),
      { kind: "blank" },
      totalRow(),
    ];
    out.push(
      variant(
        "c3-blank-rows-cols",
        3,
        "blank columns between the groups and after the labels, blank rows inside the table",
        d,
        { table: { columns }, rows },
      ),
    );
  }
  {
    const d = data("c3-offset", U.kimLong, 2019);
    out.push(variant("c3-offset", 3, "header block and table start at F14 (not A1)", d, { at: [13, 5] }));
  }
  {
    const d = data("c3-unmerged", U.choRa, 2020);
    out.push(
      variant("c3-unmerged", 3, "group headers not merged (label in the first cell of the group only)", d, {
        table: { merged: false },
      }),
    );
  }
  {
    const d = data("c3-type-above-level", U.vinhPhu, 2023);
    const header = [typeTopRow(FORM.types), levelUnderTypeRow(FORM.levels), measureRow(FORM.measures)];
    out.push(
      variant(
        "c3-type-above-level",
        3,
        "type row above the level row (Mô hình tập thể → Cấp xã/huyện/tỉnh → Mới/Lũy kế)",
        d,
        { table: { columns: typeMajor(d.levels), header } },
      ),
    );
  }
  {
    const d = data("c3-two-row-type-measure", U.phuLoc, 2021);
    const words: Record<string, string> = {
      "tap-the|new": "Tập thể – Mới",
      "tap-the|cumulative": "Tập thể lũy kế",
      "ca-nhan|new": "Cá nhân - Mới",
      "ca-nhan|cumulative": "Cá nhân lũy kế",
    };
    const header: HeaderRow[] = [
      levelRow(FORM.levels),
      { label: (k) => words[`${k.type}|${k.measure}`] ?? "", group: (k) => `${k.level}|${k.type}|${k.measure}` },
    ];
    out.push(
      variant(
        "c3-two-row-type-measure",
        3,
        "2 header rows: levels, then cells naming type and measure (Tập thể – Mới, Cá nhân lũy kế)",
        d,
        { table: { header } },
      ),
    );
  }
  {
    const d = data("c3-two-row-level-type", U.uMinh, 2018);
    const lv: Record<Level, string> = { xa: "cấp xã", huyen: "cấp huyện", tinh: "cấp tỉnh" };
    const tp: Record<Kind, string> = { "tap-the": "Mô hình tập thể", "ca-nhan": "Điển hình cá nhân" };
    const header: HeaderRow[] = [
      { label: (k) => `${tp[k.type]} ${lv[k.level]}`, group: (k) => `${k.level}|${k.type}` },
      measureRow({ new: "Mới", cumulative: "Lũy kế" }),
    ];
    out.push(
      variant(
        "c3-two-row-level-type",
        3,
        "2 header rows: cells naming type and level (Mô hình tập thể cấp xã), then Mới/Lũy kế",
        d,
        { table: { header } },
      ),
    );
  }
  {
    const d = data("c3-only-xa", U.ccbYenLac, 2022, ["xa"]);
    out.push(variant("c3-only-xa", 3, "a commune table with the Cấp xã group only", d, {}));
  }
  {
    const d = data("c3-xa-tinh-2025", U.hoaKhanh, 2025, XA_TINH);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate("Đà Nẵng", 2025, 16, 10)],
      title: title(2025),
      fields: [
        ["Đơn vị báo cáo:", d.unit],
        ["Năm báo cáo:", 2025],
      ],
    };
    out.push(variant("c3-xa-tinh-2025", 3, "post-reform form (1/7/2025): Cấp xã + Cấp tỉnh only", d, { top }));
  }
  {
    const d = data("c3-column-numbers", U.thoiBinh, 2019);
    out.push(
      variant("c3-column-numbers", 3, "a (1) (2) (3) … column-number row under the header", d, {
        table: { numberRow: "paren" },
      }),
    );
  }
  {
    const d = data("c3-letter-numbers", U.longSon, 2016);
    out.push(
      variant("c3-letter-numbers", 3, "an A B 1 2 3 … column-number row under the header", d, {
        table: { numberRow: "letters" },
      }),
    );
  }
  {
    const d = data("c3-cong-plain", U.daiLoc, 2020);
    out.push(
      variant("c3-cong-plain", 3, "total row 'Cộng' in the label column, plain numbers (no formulas)", d, {
        rows: [...fieldRows(d, FORM.fields), { kind: "total", label: "Cộng", plain: true }],
      }),
    );
  }
  {
    const d = data("c3-total-first", U.datDo, 2022);
    out.push(
      variant("c3-total-first", 3, "'Tổng cộng' row first, right under the header, then the fields", d, {
        rows: [{ kind: "total", label: "Tổng cộng", labelInStt: true }, ...fieldRows(d, FORM.fields)],
      }),
    );
  }
  {
    const d = data("c3-total-column", U.phuMy, 2023);
    const columns: Column[] = [
      ...levelMajor(d.levels),
      { kind: "sum", header: ["Tổng số", null, null], measure: "cumulative" },
    ];
    out.push(
      variant("c3-total-column", 3, "a 'Tổng số' column on the right (sum of the cumulative counts)", d, {
        table: { columns },
      }),
    );
  }
  {
    const d = data("c3-total-group", U.kimLong, 2024);
    const columns: Column[] = [
      ...levelMajor(d.levels),
      { kind: "sum", header: ["Tổng cộng", null, "Mới"], measure: "new", span: 2 },
      { kind: "sum", header: [null, null, "Lũy kế"], measure: "cumulative" },
    ];
    out.push(
      variant("c3-total-group", 3, "a 'Tổng cộng' group on the right with its own Mới / Lũy kế columns", d, {
        table: { columns },
      }),
    );
  }
  {
    const d = data("c3-note-column", U.nghiaTa, 2019);
    const notes = ["Có 02 mô hình đăng ký mới", null, "Phối hợp Công an xã", null, "Bảo vệ môi trường", null];
    const columns: Column[] = [
      ...levelMajor(d.levels),
      { kind: "note", header: ["Ghi chú", null, null], text: (i) => notes[i] ?? null },
    ];
    out.push(
      variant("c3-note-column", 3, "a 'Ghi chú' column on the right with remarks in some rows", d, {
        table: { columns },
      }),
    );
  }
  {
    const d = data("c3-label-merged", U.thoiBinh, 2024);
    out.push(
      variant("c3-label-merged", 3, "field labels merged across two columns (B:C)", d, { table: { labelSpan: 2 } }),
    );
  }
  {
    const d = data("c3-four-header-rows", U.thanhTuong, 2020);
    const header: HeaderRow[] = [
      { label: () => "Số mô hình, điển hình được công nhận", group: () => "all" },
      ...formHeader(),
    ];
    out.push(
      variant(
        "c3-four-header-rows",
        3,
        "a 4th header row above the levels ('Số mô hình, điển hình được công nhận')",
        d,
        { table: { header } },
      ),
    );
  }
  {
    const d = data("c3-reversed-order", U.hoaBinh, 2021);
    const columns = (["tinh", "huyen", "xa"] as const).flatMap((level) =>
      (["ca-nhan", "tap-the"] as const).flatMap((type) =>
        (["cumulative", "new"] as const).map((measure) => ({ kind: "count" as const, key: { level, type, measure } })),
      ),
    );
    out.push(
      variant(
        "c3-reversed-order",
        3,
        "levels, types and measures in reverse order (Cấp tỉnh first, Cá nhân first, Lũy kế before Mới)",
        d,
        { table: { columns } },
      ),
    );
  }
  return out;
}

// ── 4. detail rows ───────────────────────────────────────────────────────────────────────────

/** A field row followed by its detail rows (labels given), details adding up to the field. */
function withDetails(
  d: Data,
  field: Field,
  label: string,
  stt: Cell,
  details: readonly (readonly [Cell, string])[],
  o: { parentEmpty?: boolean } = {},
): Row[] {
  const parts = splitField(d, field, details.length, `${d.unit}|${field}`);
  return [
    {
      kind: "field",
      stt,
      label,
      nums: (k: Key) => (o.parentEmpty ? null : valueOf(d, field, k)),
      sum: (k: Key) => valueOf(d, field, k),
    },
    ...details.map(([dstt, dlabel], i) => ({
      kind: "detail" as const,
      stt: dstt,
      label: dlabel,
      nums: parts[i] ?? (() => 0),
    })),
  ];
}

function class4(): Variant[] {
  const out: Variant[] = [];
  {
    const d = data("c4-dash-plus", U.vinhPhu, 2019);
    const rows: Row[] = [
      ...withDetails(d, "kinh-te", "Kinh tế", 1, [
        [null, "- Trồng trọt"],
        [null, "- Chăn nuôi"],
        [null, "- Dịch vụ, thương mại"],
      ]),
      ...withDetails(d, "van-hoa-xa-hoi", "Văn hóa – Xã hội", 2, [
        [null, "+ Giáo dục"],
        [null, "+ Y tế, dân số"],
      ]),
      ...fieldRows(d, FORM.fields).slice(2),
      totalRow(),
    ];
    out.push(variant("c4-dash-plus", 4, "detail rows '- Trồng trọt', '+ Giáo dục' under their fields", d, { rows }));
  }
  {
    const d = data("c4-star-letter", U.tanLap, 2022);
    const rows: Row[] = [
      ...fieldRows(d, FORM.fields).slice(0, 2),
      ...withDetails(d, "quoc-phong-an-ninh", "Quốc phòng – An ninh", 3, [
        [null, "* Tổ tự quản an ninh trật tự"],
        [null, "* Camera an ninh"],
      ]),
      ...withDetails(d, "xay-dung-he-thong-chinh-tri", "Xây dựng Đảng và hệ thống chính trị", 4, [
        [null, "a) Xây dựng Đảng"],
        [null, "b) Chính quyền"],
        [null, "c) Mặt trận và các đoàn thể"],
      ]),
      ...fieldRows(d, FORM.fields).slice(4),
      totalRow(),
    ];
    out.push(variant("c4-star-letter", 4, "detail rows '* …' and 'a) b) c)' under their fields", d, { rows }));
  }
  {
    const d = data("c4-decimal-stt", U.thoiBinh, 2023);
    const rows: Row[] = [
      ...withDetails(d, "kinh-te", "Kinh tế", 1, [
        ["1.1", "Nông nghiệp"],
        ["1.2", "Công nghiệp, thủ công"],
      ]),
      ...withDetails(d, "van-hoa-xa-hoi", "Văn hóa – Xã hội", 2, [
        ["2.1", "Văn hóa"],
        ["2.2", "Giáo dục"],
        ["2.3", "Y tế"],
      ]),
      ...fieldRows(d, FORM.fields, FIELDS, (i) => i + 1).slice(2),
      totalRow(),
    ];
    out.push(
      variant("c4-decimal-stt", 4, "detail rows numbered 1.1, 1.2, 2.1 … in the STT column, labels unmarked", d, {
        rows,
      }),
    );
  }
  {
    const d = data("c4-decimal-label", U.kimLong, 2020);
    const rows: Row[] = [
      ...withDetails(d, "kinh-te", "1. Kinh tế", null, [
        [null, "1.1 Trồng trọt"],
        [null, "1.2 Chăn nuôi"],
      ]),
      ...withDetails(d, "van-hoa-xa-hoi", "2. Văn hóa – Xã hội", null, [
        [null, "2.1 Văn hóa"],
        [null, "2.2 Xã hội"],
      ]),
      { kind: "field", label: "3. Quốc phòng – An ninh", nums: (k) => valueOf(d, "quoc-phong-an-ninh", k) },
      {
        kind: "field",
        label: "4. Xây dựng Đảng và hệ thống chính trị",
        nums: (k) => valueOf(d, "xay-dung-he-thong-chinh-tri", k),
      },
      { kind: "field", label: "5. Lĩnh vực khác", nums: (k) => valueOf(d, "khac", k) },
      { kind: "total", label: "Tổng cộng" },
    ];
    out.push(
      variant("c4-decimal-label", 4, "'1.1 Trồng trọt' detail labels under '1. Kinh tế', no STT column", d, {
        table: { stt: null },
        rows,
      }),
    );
  }
  {
    const d = data("c4-roman-arabic", U.longSon, 2024);
    const rows: Row[] = [
      ...withDetails(d, "kinh-te", "Kinh tế", "I", [
        [1, "Trồng trọt"],
        [2, "Chăn nuôi"],
        [3, "Nuôi trồng thủy sản"],
      ]),
      ...withDetails(d, "van-hoa-xa-hoi", "Văn hóa – Xã hội", "II", [
        [1, "Xây dựng đời sống văn hóa"],
        [2, "Giảm nghèo, an sinh xã hội"],
      ]),
      ...withDetails(d, "quoc-phong-an-ninh", "Quốc phòng – An ninh", "III", [
        [1, "Bảo đảm an ninh trật tự"],
        [2, "Phòng cháy chữa cháy"],
      ]),
      {
        kind: "field",
        stt: "IV",
        label: "Xây dựng Đảng và hệ thống chính trị",
        nums: (k) => valueOf(d, "xay-dung-he-thong-chinh-tri", k),
      },
      { kind: "field", stt: "V", label: "Lĩnh vực khác", nums: (k) => valueOf(d, "khac", k) },
      totalRow(),
    ];
    out.push(
      variant("c4-roman-arabic", 4, "fields numbered I, II, III in the STT column, details 1, 2, 3 under them", d, {
        rows,
      }),
    );
  }
  {
    const d = data("c4-roman-dot", U.phuLoc, 2017);
    const rows: Row[] = [
      ...withDetails(d, "kinh-te", "I. Kinh tế", null, [
        [null, "1. Trồng rừng"],
        [null, "2. Chăn nuôi đại gia súc"],
      ]),
      ...withDetails(d, "van-hoa-xa-hoi", "II. Văn hóa – Xã hội", null, [
        [null, "1. Khuyến học, khuyến tài"],
        [null, "2. Xây dựng gia đình văn hóa"],
      ]),
      { kind: "field", label: "III. Quốc phòng – An ninh", nums: (k) => valueOf(d, "quoc-phong-an-ninh", k) },
      ...withDetails(d, "xay-dung-he-thong-chinh-tri", "IV. Xây dựng Đảng và hệ thống chính trị", null, [
        [null, "1. Xây dựng chi bộ trong sạch, vững mạnh"],
        [null, "2. Cải cách hành chính"],
      ]),
      { kind: "field", label: "V. Lĩnh vực khác", nums: (k) => valueOf(d, "khac", k) },
      { kind: "total", label: "Tổng cộng" },
    ];
    out.push(
      variant("c4-roman-dot", 4, "'1. …' detail rows under 'I. Kinh tế'-style fields, no STT column", d, {
        table: { stt: null },
        rows,
      }),
    );
  }
  {
    const d = data("c4-subtopics", U.thanhTuong, 2023);
    const rows: Row[] = [
      ...withDetails(d, "kinh-te", "Kinh tế", 1, [
        [null, "Trồng rừng"],
        [null, "Phát triển chăn nuôi"],
      ]),
      ...withDetails(d, "van-hoa-xa-hoi", "Văn hóa – Xã hội", 2, [
        [null, "Khuyến học"],
        [null, "Vệ sinh môi trường"],
      ]),
      ...withDetails(d, "quoc-phong-an-ninh", "Quốc phòng – An ninh", 3, [
        [null, "Phòng cháy chữa cháy"],
        [null, "Tuần tra, giữ gìn trật tự"],
      ]),
      ...fieldRows(d, FORM.fields).slice(3),
      totalRow(),
    ];
    out.push(
      variant(
        "c4-subtopics",
        4,
        "unmarked sub-topics ('Trồng rừng' under Kinh tế, 'Phòng cháy chữa cháy' under Quốc phòng – An ninh)",
        d,
        { rows },
      ),
    );
  }
  {
    const d = data("c4-trong-do", U.naHang, 2022);
    const parts = splitField(d, "kinh-te", 2, "trong-do");
    const other = splitField(d, "khac", 2, "trong-do-khac");
    const rows: Row[] = [
      { kind: "field", stt: 1, label: "Kinh tế", nums: (k) => valueOf(d, "kinh-te", k) },
      { kind: "text", label: "Trong đó:" },
      { kind: "detail", label: "- Mô hình trồng cây ăn quả", nums: parts[0] ?? (() => 0) },
      { kind: "detail", label: "- Mô hình chăn nuôi", nums: parts[1] ?? (() => 0) },
      ...fieldRows(d, FORM.fields).slice(1, 4),
      { kind: "field", stt: 5, label: "Lĩnh vực khác", nums: (k) => valueOf(d, "khac", k) },
      { kind: "detail", label: "- Bảo vệ môi trường", nums: other[0] ?? (() => 0) },
      { kind: "detail", label: "- Phòng, chống dịch bệnh", nums: other[1] ?? (() => 0) },
      totalRow(),
    ];
    out.push(
      variant(
        "c4-trong-do",
        4,
        "a 'Trong đó:' row before '- …' details; '- Bảo vệ môi trường' under Lĩnh vực khác",
        d,
        { rows },
      ),
    );
  }
  {
    const d = data("c4-parent-empty", U.daiLoc, 2021);
    const rows: Row[] = [
      ...withDetails(
        d,
        "kinh-te",
        "Kinh tế",
        1,
        [
          [null, "- Nông nghiệp"],
          [null, "- Tiểu thủ công nghiệp"],
        ],
        { parentEmpty: true },
      ),
      ...withDetails(
        d,
        "van-hoa-xa-hoi",
        "Văn hóa – Xã hội",
        2,
        [
          [null, "- Văn hóa"],
          [null, "- Xã hội"],
        ],
        { parentEmpty: true },
      ),
      ...fieldRows(d, FORM.fields).slice(2),
      { kind: "total", label: "Tổng cộng", labelInStt: true, plain: true },
    ];
    out.push(
      variant(
        "c4-parent-empty",
        4,
        "the field rows are empty and their '- …' details hold the numbers (the twin's field = their sum)",
        d,
        { rows },
        ["cell"],
      ),
    );
  }
  return out;
}

// ── 5. counts with words ─────────────────────────────────────────────────────────────────────

function class5(): Variant[] {
  const out: Variant[] = [];
  const pad2 = (n: number) => String(n).padStart(2, "0");
  {
    const d = data("c5-mo-hinh", U.naHang, 2021);
    const format = (n: number, k: Key): Cell =>
      n === 0 ? null : k.type === "tap-the" ? `${n} mô hình` : `${pad2(n)} điển hình`;
    out.push(
      variant(
        "c5-mo-hinh",
        5,
        "'12 mô hình' in the collective columns, '07 điển hình' in the individual ones",
        d,
        { table: { format } },
        ["text"],
      ),
    );
  }
  {
    const d = data("c5-mh-ca-nhan", U.choRa, 2022);
    const format = (n: number, k: Key): Cell => (k.type === "tap-the" ? `${pad2(n)} MH` : `${n} (cá nhân)`);
    out.push(variant("c5-mh-ca-nhan", 5, "'03 MH' and '5 (cá nhân)'", d, { table: { format } }, ["text"]));
  }
  {
    const d = data("c5-thousands", U.hoaBinhTinh, 2022, undefined, 250);
    const format = (n: number): Cell =>
      n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")}` : n;
    out.push(
      variant(
        "c5-thousands",
        5,
        "a province's cumulative counts with '.' thousands typed as text ('1.277')",
        d,
        { table: { format } },
        ["text"],
      ),
    );
  }
  {
    const d = data("c5-thousands-words", U.hoaBinhTinh, 2021, undefined, 250);
    const format = (n: number, k: Key): Cell => {
      const text = n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")}` : String(n);
      return `${text} ${k.type === "tap-the" ? "mô hình" : "điển hình"}`;
    };
    out.push(
      variant(
        "c5-thousands-words",
        5,
        "thousands and words together ('1.277 mô hình', '1.045 điển hình')",
        d,
        { table: { format } },
        ["text"],
      ),
    );
  }
  {
    const d = data("c5-new-only-words", U.kimLong, 2019);
    const format = (n: number, k: Key): Cell =>
      k.measure === "new" && n > 0 ? `${n} ${k.type === "tap-the" ? "mô hình" : "cá nhân"}` : n;
    out.push(
      variant(
        "c5-new-only-words",
        5,
        "words only in the 'Mới' columns ('2 mô hình', '1 cá nhân'), numbers elsewhere",
        d,
        { table: { format } },
        ["text"],
      ),
    );
  }
  {
    const d = data("c5-dash-zero", U.tanLap, 2020);
    const format = (n: number): Cell => (n === 0 ? "-" : n);
    out.push(variant("c5-dash-zero", 5, "'-' written for none", d, { table: { format } }));
  }
  return out;
}

// ── 6. unit and year wherever they are written ──────────────────────────────────────────────

function class6(): Variant[] {
  const out: Variant[] = [];
  const right = (d: Data) => ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate(d.place, d.year)];
  {
    const d = data("c6-issuer-dang-uy-xa", U.thanhTuong, 2021);
    out.push(
      variant(
        "c6-issuer-dang-uy-xa",
        6,
        "no unit label: issuer lines 'ĐẢNG BỘ HUYỆN NA HANG / ĐẢNG ỦY XÃ THANH TƯƠNG'",
        d,
        {
          top: {
            issuer: [...d.issuer, "*", "Số 27-BC/ĐU"],
            right: right(d),
            title: title(d.year),
            fields: [["Năm báo cáo:", d.year]],
          },
        },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-issuer-mttq-2025", U.thanhKhe, 2025, XA_TINH);
    const top: Top = {
      issuer: d.issuer,
      right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"],
      title: title(2025),
    };
    out.push(
      variant(
        "c6-issuer-mttq-2025",
        6,
        "post-reform ward front: unit only in 'ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH KHÊ', year only in the title",
        d,
        { top },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-issuer-hnd", U.nghiaTa, 2020);
    out.push(
      variant(
        "c6-issuer-hnd",
        6,
        "no unit label: issuer 'HỘI NÔNG DÂN HUYỆN CHỢ ĐỒN / HỘI NÔNG DÂN XÃ NGHĨA TÁ'",
        d,
        { top: { issuer: d.issuer, right: right(d), title: title(d.year), fields: [["Năm báo cáo:", d.year]] } },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-issuer-phuong-2025", U.hoaKhanh, 2025, XA_TINH);
    const top: Top = {
      issuer: [...d.issuer, "*"],
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate("Đà Nẵng", 2025, 14, 10)],
      title: title(),
    };
    out.push(
      variant(
        "c6-issuer-phuong-2025",
        6,
        "post-reform: unit only in 'ĐẢNG ỦY PHƯỜNG HÒA KHÁNH', year only in the place-and-date line",
        d,
        { top },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-sheet-unit", U.tanLap, 2022);
    const top: Top = {
      issuer: ['BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"'],
      title: "BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA DÂN VẬN KHÉO",
      fields: [["Năm báo cáo:", 2022]],
    };
    out.push(
      variant("c6-sheet-unit", 6, "unit only in the sheet name ('Xã Tân Lập')", d, { sheet: "Xã Tân Lập", top }, [
        "any",
      ]),
    );
  }
  {
    const d = data("c6-file-unit", U.choRa, 2023);
    const top: Top = { title: title(2023), fields: [["Năm báo cáo:", 2023]] };
    out.push(
      variant(
        "c6-file-unit",
        6,
        "unit only in the file name ('Thị trấn Chợ Rã.xlsx')",
        d,
        { file: "Thị trấn Chợ Rã.xlsx", top },
        ["any"],
      ),
    );
  }
  {
    const d = data("c6-title-year", U.camThanh, 2022);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM", `${d.place}, ngày 18 tháng 10`],
      title: title(2022),
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(variant("c6-title-year", 6, "year only in the title ('… DÂN VẬN KHÉO NĂM 2022')", d, { top }, ["cell"]));
  }
  {
    const d = data("c6-year-line", U.uMinh, 2019);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
      title: 'BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"',
      sub: ["Năm 2019"],
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(variant("c6-year-line", 6, "year only in a 'Năm 2019' line under the title", d, { top }, ["cell"]));
  }
  {
    const d = data("c6-ky-bao-cao", U.longSon, 2020);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
      title: title(),
      fields: [
        ["Đơn vị báo cáo:", d.unit],
        ["Kỳ báo cáo: Năm 2020", null],
      ],
    };
    out.push(variant("c6-ky-bao-cao", 6, "year only in 'Kỳ báo cáo: Năm 2020'", d, { top }));
  }
  {
    const d = data("c6-place-date-year", U.vinhPhu, 2021);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate(d.place, 2021, 22, 10)],
      title: title(),
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(
      variant(
        "c6-place-date-year",
        6,
        "year only in the place-and-date line ('Vĩnh Phú, ngày 22 tháng 10 năm 2021')",
        d,
        { top },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-sheet-year", U.phuLoc, 2023);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
      title: title(),
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(
      variant("c6-sheet-year", 6, "year only in the sheet name ('Năm 2023')", d, { sheet: "Năm 2023", top }, ["any"]),
    );
  }
  {
    const d = data("c6-file-year", U.datDo, 2024);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
      title: title(),
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(
      variant(
        "c6-file-year",
        6,
        "year only in the file name ('BC DVK nam 2024.xlsx')",
        d,
        { file: "BC DVK nam 2024.xlsx", top },
        ["any"],
      ),
    );
  }
  {
    const d = data("c6-ten-don-vi", U.dongTam, 2022);
    const top: Top = {
      issuer: d.issuer,
      right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", placeDate(d.place, 2022)],
      title: title(2022),
      fields: [
        ["Tên đơn vị:", d.unit],
        ["Năm:", 2022],
      ],
    };
    out.push(variant("c6-ten-don-vi", 6, "'Tên đơn vị:' and 'Năm:' labels (Hội LHPN xã Đồng Tâm)", d, { top }));
  }
  {
    const d = data("c6-inline-labels", U.kimLong, 2018);
    const top: Top = {
      issuer: d.issuer,
      right: right(d),
      title: title(2018),
      fields: [
        [`Đơn vị: ${d.unit}`, null],
        ["Năm báo cáo: 2018", null],
      ],
    };
    out.push(
      variant("c6-inline-labels", 6, "labels with their value in the same cell ('Đơn vị: Phường Kim Long')", d, {
        top,
      }),
    );
  }
  {
    const d = data("c6-sheet-unit-year", U.ccbYenLac, 2021, ["xa", "huyen"]);
    const top: Top = { title: 'KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"' };
    out.push(
      variant(
        "c6-sheet-unit-year",
        6,
        "unit and year only in the sheet name ('CCB Yên Lạc 2021')",
        { ...d },
        { sheet: "Hội CCB xã Yên Lạc 2021", top },
        ["any"],
      ),
    );
  }
  {
    const d = data("c6-ubnd-issuer", U.tanLap, 2019);
    const top: Top = {
      issuer: ["UBND HUYỆN LỤC NGẠN", "UBND XÃ TÂN LẬP"],
      right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      title: title(2019),
      fields: [["Năm báo cáo:", 2019]],
    };
    out.push(
      variant(
        "c6-ubnd-issuer",
        6,
        "state-style issuer 'UBND HUYỆN LỤC NGẠN / UBND XÃ TÂN LẬP', no unit label",
        d,
        { top },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-year-as-text", U.camThanh, 2023);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate(d.place, 2023, 12, 10)],
      title: title(2023),
      fields: [
        ["Đơn vị báo cáo:", d.unit],
        ["Năm báo cáo:", "Năm 2023"],
        ["Ngày báo cáo:", new Date(Date.UTC(2023, 9, 12))],
      ],
    };
    out.push(
      variant("c6-year-as-text", 6, "'Năm báo cáo:' value typed as 'Năm 2023', a date cell for 'Ngày báo cáo:'", d, {
        top,
      }),
    );
  }
  {
    const d = data("c6-date-slashes", U.tanLap, 2022);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lập, ngày 25/10/2022"],
      title: title(),
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(
      variant(
        "c6-date-slashes",
        6,
        "year only in a place-and-date line written 'Tân Lập, ngày 25/10/2022'",
        d,
        { top },
        ["cell"],
      ),
    );
  }
  {
    const d = data("c6-footer-date", U.naHang, 2018);
    const top: Top = {
      issuer: d.issuer,
      right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
      title: 'BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"',
      fields: [["Đơn vị báo cáo:", d.unit]],
    };
    out.push(
      variant(
        "c6-footer-date",
        6,
        "year only in the place-and-date line above the signature, below the table",
        d,
        { top, below: [placeDate("Na Hang", 2018, 12, 10), "TRƯỞNG BAN"] },
        ["cell"],
      ),
    );
  }
  return out;
}

// ── 7. the calendar ──────────────────────────────────────────────────────────────────────────

function class7(): Variant[] {
  const d = data("c7-2026", U.phuLoc, 2026, XA_TINH);
  const d2 = data("c7-2026-title", U.kimLong, 2026, XA_TINH);
  // A new commune reusing the old form in 2026: the Cấp huyện group is there and left empty.
  const base = data("c7-2026-old-form", U.thanhTuong, 2026);
  const zero = { "tap-the": { new: 0, cumulative: 0 }, "ca-nhan": { new: 0, cumulative: 0 } };
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { ...base.counts[f], huyen: zero }])) as Data["counts"];
  const d3: Data = { ...base, counts };
  const blankHuyen = (n: number, k: Key): Cell => (k.level === "huyen" ? null : n);
  return [
    variant("c7-2026", 7, "a 2026 report (post-reform commune, Cấp xã + Cấp tỉnh), labelled year", d, {
      top: { ...defaultTop(d), right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate(d.place, 2026, 15, 10)] },
    }),
    variant("c7-2026-old-form", 7, "a 2026 report on the pre-reform form, Cấp huyện group left empty", d3, {
      table: { format: blankHuyen },
      top: { ...defaultTop(d3), right: ["ĐẢNG CỘNG SẢN VIỆT NAM", placeDate(d3.place, 2026, 10, 10)] },
    }),
    variant(
      "c7-2026-title",
      7,
      "a 2026 report with the year only in the title",
      d2,
      {
        top: {
          issuer: d2.issuer,
          right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
          title: title(2026),
          fields: [["Đơn vị báo cáo:", d2.unit]],
        },
      },
      ["cell"],
    ),
  ];
}

export function buildVariants(): Variant[] {
  return [...class1(), ...class2(), ...class3(), ...class4(), ...class5(), ...class6(), ...class7()];
}

// ── negative controls ────────────────────────────────────────────────────────────────────────

function controlSheet(
  d: Data,
  rows: readonly Row[],
  l: Omit<Layout, "rows"> = {},
): { file: FileSpec; cells: TableCells } {
  return layoutSheet(d, { ...l, rows });
}

export function buildControls(): Control[] {
  const out: Control[] = [];
  {
    const d = data("n-two-fields", U.tanLap, 2022);
    const rows: Row[] = [
      ...fieldRows(d, FORM.fields).slice(0, 5),
      { kind: "field", stt: 6, label: "Kinh tế – Văn hóa", nums: (k) => (k.measure === "new" ? 2 : 5) },
      totalRow(),
    ];
    const { file, cells } = controlSheet(d, rows);
    out.push({
      id: "n-two-fields",
      what: "a row 'Kinh tế – Văn hóa' with numbers",
      file,
      expect: [
        {
          code: null,
          cells: [cells.labelCells[5] ?? ""],
          names: ["kinh-te", "van-hoa-xa-hoi"],
          label: "Kinh tế – Văn hóa",
        },
      ],
    });
  }
  {
    const d = data("n-two-fields-2", U.vinhPhu, 2023);
    const rows: Row[] = [
      { kind: "field", stt: 1, label: "Kinh tế và quốc phòng", nums: (k) => valueOf(d, "kinh-te", k) },
      ...fieldRows(d, FORM.fields)
        .slice(1)
        .map((r, i) => ({ ...r, stt: i + 2 })),
      totalRow(),
    ];
    const { file, cells } = controlSheet(d, rows);
    out.push({
      id: "n-two-fields-2",
      what: "a row 'Kinh tế và quốc phòng' (two fields) in place of Kinh tế",
      file,
      expect: [
        {
          code: null,
          cells: [cells.labelCells[0] ?? ""],
          names: ["kinh-te", "quoc-phong-an-ninh"],
          label: "Kinh tế và quốc phòng",
        },
      ],
    });
  }
  {
    const d = data("n-approx", U.kimLong, 2021);
    const approx = ["khoảng 5", "trên 10", "hơn 10", "5-6", "5 – 6", "10 trở lên", "gần 20"];
    const keys: Key[] = levelMajor(d.levels)
      .flatMap((c) => (c.kind === "count" ? [c.key] : []))
      .slice(0, approx.length);
    const index = (k: Key) =>
      keys.findIndex((x) => x.level === k.level && x.type === k.type && x.measure === k.measure);
    const format = (n: number, k: Key, row: number): Cell =>
      row === 0 && index(k) >= 0 ? (approx[index(k)] ?? null) : n;
    const { file, cells } = controlSheet(d, [...fieldRows(d, FORM.fields), totalRow()], { table: { format } });
    const targets = keys.map((k) => ({ cell: cells.cell(0, k) }));
    const approxFile = file;
    out.push({
      id: "n-approx",
      what: `approximate counts ${approx.map((a) => `'${a}'`).join(", ")}`,
      file: approxFile,
      expect: targets.map((t) => ({ code: "not-a-number", cells: [t.cell] })),
    });
  }
  {
    const d = data("n-approx-words", U.vinhPhu, 2020);
    const approx = ["khoảng 5 mô hình", "trên 10 MH", "5 - 6 điển hình", "hơn 20 cá nhân", "gần 10 mô hình"];
    const keys: Key[] = levelMajor(d.levels)
      .flatMap((c) => (c.kind === "count" ? [c.key] : []))
      .slice(0, approx.length);
    const index = (k: Key) =>
      keys.findIndex((x) => x.level === k.level && x.type === k.type && x.measure === k.measure);
    const format = (n: number, k: Key, row: number): Cell =>
      row === 1 && index(k) >= 0 ? (approx[index(k)] ?? null) : n;
    const { file, cells } = controlSheet(d, [...fieldRows(d, FORM.fields), totalRow()], { table: { format } });
    out.push({
      id: "n-approx-words",
      what: `approximate counts with words ${approx.map((a) => `'${a}'`).join(", ")}`,
      file,
      expect: keys.map((k) => ({ code: "not-a-number", cells: [cells.cell(1, k)] })),
    });
  }
  {
    const d = data("n-cumulative-below-new", U.daiLoc, 2020);
    const rows: Row[] = [
      {
        kind: "field",
        stt: 1,
        label: "Kinh tế",
        nums: (k) =>
          k.level === "huyen" && k.type === "tap-the" ? (k.measure === "new" ? 6 : 4) : valueOf(d, "kinh-te", k),
      },
      ...fieldRows(d, FORM.fields)
        .slice(1)
        .map((r, i) => ({ ...r, stt: i + 2 })),
      totalRow(),
    ];
    const { file, cells } = controlSheet(d, rows);
    out.push({
      id: "n-cumulative-below-new",
      what: "Lũy kế 4 below Mới 6 (Kinh tế, cấp huyện, tập thể)",
      file,
      expect: [
        {
          code: "cumulative-less-than-new",
          cells: [cells.cell(0, { level: "huyen", type: "tap-the", measure: "cumulative" })],
        },
      ],
    });
  }
  {
    const d = data("n-cumulative-below-new-variant", U.phuLoc, 2021);
    const words: Record<string, string> = {
      "tap-the|new": "Tập thể – Mới",
      "tap-the|cumulative": "Tập thể lũy kế",
      "ca-nhan|new": "Cá nhân - Mới",
      "ca-nhan|cumulative": "Cá nhân lũy kế",
    };
    const header: HeaderRow[] = [
      levelRow({ xa: "Cơ sở", huyen: "Huyện", tinh: "Tỉnh" }),
      { label: (k) => words[`${k.type}|${k.measure}`] ?? "", group: (k) => `${k.level}|${k.type}|${k.measure}` },
    ];
    const rows: Row[] = [
      ...fieldRows(d, FORM.fields).slice(0, 2),
      {
        kind: "field",
        label: "An ninh – Quốc phòng",
        nums: (k) =>
          k.level === "tinh" && k.type === "ca-nhan"
            ? k.measure === "new"
              ? 3
              : 1
            : valueOf(d, "quoc-phong-an-ninh", k),
      },
      ...fieldRows(d, FORM.fields).slice(3),
      { kind: "total", label: "Cộng" },
    ];
    const { file, cells } = controlSheet(d, rows, { at: [4, 3], table: { stt: null, header } });
    out.push({
      id: "n-cumulative-below-new-variant",
      what: "Lũy kế below Mới in a 2-row header table at D5 without STT",
      file,
      expect: [
        {
          code: "cumulative-less-than-new",
          cells: [cells.cell(2, { level: "tinh", type: "ca-nhan", measure: "cumulative" })],
        },
      ],
    });
  }
  {
    const d = data("n-environment", U.thoiBinh, 2022);
    const rows: Row[] = [
      ...fieldRows(d, FORM.fields).slice(0, 4),
      {
        kind: "field",
        stt: 5,
        label: "Lĩnh vực môi trường",
        nums: (k) => valueOf(d, "khac", k) + (k.measure === "new" ? 1 : 2),
      },
      totalRow(),
    ];
    const { file, cells } = controlSheet(d, rows);
    out.push({
      id: "n-environment",
      what: "a row 'Lĩnh vực môi trường' (no known field) with numbers",
      file,
      expect: [{ code: null, cells: [cells.labelCells[4] ?? ""] }],
    });
  }
  {
    const d = data("n-2028", U.phuLoc, 2028, XA_TINH);
    const { file } = controlSheet(d, [...fieldRows(d, FORM.fields), totalRow()]);
    // Year value cell: the labelled "Năm báo cáo:" value sits two columns right of its label.
    const sheet = file.sheets[0];
    const r = sheet?.rows.findIndex((row) => row.includes("Năm báo cáo:")) ?? -1;
    out.push({
      id: "n-2028",
      what: "a 2028 report (after the current year)",
      file,
      expect: [{ code: "year-out-of-range", cells: [null, `C${r + 1}`] }],
    });
  }
  {
    const d = data("n-2015", U.vinhPhu, 2015);
    const { file } = controlSheet(d, [...fieldRows(d, FORM.fields), totalRow()]);
    const r = file.sheets[0]?.rows.findIndex((row) => row.includes("Năm báo cáo:")) ?? -1;
    out.push({
      id: "n-2015",
      what: "a 2015 report (before 2016)",
      file,
      expect: [{ code: "year-out-of-range", cells: [null, `C${r + 1}`] }],
    });
  }
  {
    const d = data("n-2028-title", U.kimLong, 2028, XA_TINH);
    const { file } = controlSheet(d, [...fieldRows(d, FORM.fields), totalRow()], {
      top: {
        issuer: d.issuer,
        right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
        title: title(2028),
        fields: [["Đơn vị báo cáo:", d.unit]],
      },
    });
    const sheet = file.sheets[0];
    const r = sheet?.rows.findIndex((row) => row.includes(title(2028))) ?? -1;
    out.push({
      id: "n-2028-title",
      what: "a 2028 report with the year only in the title",
      file,
      expect: [{ code: "year-out-of-range", cells: [null, `A${r + 1}`] }],
    });
  }
  return out;
}
