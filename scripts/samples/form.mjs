// Lays out one Mẫu 01-DVK sheet (and the optional Mẫu 02-DVK list) as a format-neutral grid of cells, styles and
// merges. The writers turn a grid into .xlsx (exceljs), .xls/.ods (SheetJS) or .csv. Variants (shifted tables,
// reordered columns, label spellings, text numbers, planted defects…) are options of the one layout, so every
// file, messy or not, is the same submission drawn differently, and every planted defect has a known address.
import {
  FIELDS,
  LEVELS,
  TYPES,
  MEASURES,
  FIELD_LABELS,
  LEVEL_LABELS,
  TYPE_LABELS,
  MEASURE_LABELS,
  DISTRICT,
  PROVINCE,
  countKey,
} from "./model.mjs";
import { toTcvn3, toVni } from "./legacy.mjs";

/** 0-based (row, column) → A1 address. */
export function a1(r, c) {
  let col = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `${col}${r + 1}`;
}

/** A mutable grid: cells keyed "r:c" with a value, a style tag and an optional font name. */
export function createGrid(name) {
  return {
    name,
    cells: new Map(),
    merges: [],
    widths: {},
    set(r, c, v, style = "text", font) {
      this.cells.set(`${r}:${c}`, { r, c, v, style, font });
    },
    merge(r1, c1, r2, c2) {
      if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]);
    },
  };
}

const pad2 = (n) => String(n).padStart(2, "0");
export const dmy = (d) => `${pad2(d.d)}/${pad2(d.m)}/${d.y}`;

/** Text encoder for a variant: plain NFC, decomposed (NFD), or a legacy font encoding. */
function textEncoder(variant) {
  if (variant.legacy === "tcvn3") {
    return (s, upper) =>
      upper ? { v: toTcvn3(s, { upperFont: true }), font: ".VnTimeH" } : { v: toTcvn3(s), font: ".VnTime" };
  }
  if (variant.legacy === "vni") return (s) => ({ v: toVni(s), font: "VNI-Times" });
  if (variant.nfd) return (s) => ({ v: s.normalize("NFD") });
  return (s) => ({ v: s });
}

/** How a count is typed in a cell: a number, a blank for zero, or text such as "07" / " 12 ". */
function countCell(n, variant) {
  if (variant.textNumbers) {
    if (n === 0) return null;
    return n < 10 ? `0${n}` : ` ${n} `;
  }
  if (n === 0 && variant.blankZeros) return null;
  return n;
}

/**
 * Builds a Mẫu 01-DVK sheet.
 * @param sub { unit, year, date: {y,m,d}, counts, levels, docNo, signerName }
 * @param variant layout options (see generate-samples.mjs for every use)
 * @returns { grid, where } where `where` gives the A1 address of any part of the form.
 */
export function buildForm(sub, variant = {}) {
  const grid = createGrid(variant.sheetName ?? "Mẫu 01-DVK");
  const tx = textEncoder(variant);
  const put = (r, c, text, style, upper = false) => {
    const { v, font } = tx(text, upper);
    grid.set(r, c, v, style, font);
  };
  const merged = variant.merged !== false;
  const r0 = variant.r0 ?? 0;
  const c0 = variant.c0 ?? 0;
  const levels = (variant.levelOrder ?? LEVELS).filter((l) => sub.levels.includes(l));
  const types = variant.typeOrder ?? TYPES;
  const measures = variant.measureOrder ?? MEASURES;
  const labels = {
    field: { ...FIELD_LABELS, ...variant.fieldLabels },
    level: { ...LEVEL_LABELS, ...variant.levelLabels },
    type: { ...TYPE_LABELS, ...variant.typeLabels },
    measure: { ...MEASURE_LABELS, ...variant.measureLabels },
  };
  const omitted = (l, t, m) =>
    variant.omit && variant.omit.level === l && variant.omit.type === t && variant.omit.measure === m;

  // Count columns, left to right.
  const columns = [];
  for (const l of levels)
    for (const t of types)
      for (const m of measures) if (!omitted(l, t, m)) columns.push({ l, t, m, c: c0 + 2 + columns.length });
  const colOf = (l, t, m) => columns.find((x) => x.l === l && x.t === t && x.m === m)?.c;
  const lastCol = c0 + 1 + columns.length;
  const right = lastCol - 5;
  const unit = sub.unit;
  const is2025 = sub.year >= 2025;

  // ── header block ─────────────────────────────────────────────────────────
  const blank = variant.template === true;
  const parent = blank
    ? "ĐẢNG BỘ ………………"
    : is2025
      ? `ĐẢNG BỘ TỈNH ${PROVINCE.toUpperCase()}`
      : `ĐẢNG BỘ HUYỆN ${DISTRICT.toUpperCase()}`;
  put(r0, c0, parent, "issuer", true);
  grid.merge(r0, c0, r0, c0 + 2);
  put(r0 + 1, c0, unit.issuer, "issuerBold", true);
  grid.merge(r0 + 1, c0, r0 + 1, c0 + 2);
  put(r0 + 2, c0, "*", "issuer");
  grid.merge(r0 + 2, c0, r0 + 2, c0 + 2);
  put(r0 + 3, c0, blank ? "Số    -BC/……" : `Số ${sub.docNo}-BC/${unit.kind === "đoàn thể" ? "ĐĐ" : "ĐU"}`, "issuer");
  grid.merge(r0 + 3, c0, r0 + 3, c0 + 2);
  put(r0, right, "ĐẢNG CỘNG SẢN VIỆT NAM", "party", true);
  grid.merge(r0, right, r0, lastCol);
  const d = sub.date;
  put(
    r0 + 2,
    right,
    blank ? "………, ngày …… tháng …… năm ……" : `${unit.place}, ngày ${pad2(d.d)} tháng ${pad2(d.m)} năm ${d.y}`,
    "place",
  );
  grid.merge(r0 + 2, right, r0 + 2, lastCol);
  const titleYear = variant.titleYear === undefined ? sub.year : variant.titleYear;
  put(
    r0 + 4,
    c0,
    `BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"${titleYear === null ? "" : ` NĂM ${titleYear}`}`,
    "title",
    true,
  );
  grid.merge(r0 + 4, c0, r0 + 4, lastCol);
  const where = { title: a1(r0 + 4, c0) };
  put(r0 + 5, c0, "(Mẫu 01-DVK)", "subtitle");
  grid.merge(r0 + 5, c0, r0 + 5, lastCol);

  put(r0 + 6, c0, "Đơn vị báo cáo:", "label");
  grid.merge(r0 + 6, c0, r0 + 6, c0 + 1);
  const unitName = variant.unitName === undefined ? unit.name : variant.unitName;
  if (unitName !== null) put(r0 + 6, c0 + 2, unitName, "value");
  grid.merge(r0 + 6, c0 + 2, r0 + 6, right - 1);
  where.unitValue = a1(r0 + 6, c0 + 2);
  put(r0 + 6, right, "Mã đơn vị:", "label");
  grid.merge(r0 + 6, right, r0 + 6, right + 1);
  const unitCode = variant.unitCode === undefined ? unit.code : variant.unitCode;
  if (unitCode !== null) put(r0 + 6, right + 2, unitCode, "value");
  grid.merge(r0 + 6, right + 2, r0 + 6, lastCol);

  put(r0 + 7, c0, "Năm báo cáo:", "label");
  grid.merge(r0 + 7, c0, r0 + 7, c0 + 1);
  const yearValue = variant.yearValue === undefined ? sub.year : variant.yearValue;
  if (yearValue !== null) grid.set(r0 + 7, c0 + 2, yearValue, "valueLeft");
  grid.merge(r0 + 7, c0 + 2, r0 + 7, right - 1);
  where.yearValue = a1(r0 + 7, c0 + 2);
  const dateStyle = variant.dateStyle ?? "date";
  if (dateStyle !== "none") {
    put(r0 + 7, right, "Ngày báo cáo:", "label");
    grid.merge(r0 + 7, right, r0 + 7, right + 1);
    if (blank) grid.set(r0 + 7, right + 2, null, "date");
    else if (dateStyle === "date") grid.set(r0 + 7, right + 2, new Date(Date.UTC(d.y, d.m - 1, d.d)), "date");
    else if (dateStyle === "text") put(r0 + 7, right + 2, dmy(d), "value");
    else put(r0 + 7, right + 2, `ngày ${d.d} tháng ${d.m} năm ${d.y}`, "value");
    grid.merge(r0 + 7, right + 2, r0 + 7, lastCol);
    where.dateValue = a1(r0 + 7, right + 2);
  }

  // ── counts table: 3 header rows ──────────────────────────────────────────
  const h = r0 + 9 + (variant.gap ?? 0);
  where.tableTopLeft = a1(h, c0);
  put(h, c0, "STT", "header");
  put(h, c0 + 1, "Lĩnh vực", "header");
  if (merged) {
    grid.merge(h, c0, h + 2, c0);
    grid.merge(h, c0 + 1, h + 2, c0 + 1);
  }
  where.typeHeader = {};
  for (const l of levels) {
    const lc = columns.filter((x) => x.l === l);
    put(h, lc[0].c, labels.level[l], "header");
    if (merged) grid.merge(h, lc[0].c, h, lc[lc.length - 1].c);
    for (const t of types) {
      const tc = lc.filter((x) => x.t === t);
      put(h + 1, tc[0].c, labels.type[t], "header");
      if (merged) grid.merge(h + 1, tc[0].c, h + 1, tc[tc.length - 1].c);
      where.typeHeader[`${l}|${t}`] = a1(h + 1, tc[0].c);
      for (const x of tc) put(h + 2, x.c, labels.measure[x.m], "header");
    }
  }
  // Header cells that stay empty (under merges) still get borders in the styled writers.
  for (let r = h; r <= h + 2; r += 1)
    for (let c = c0; c <= lastCol; c += 1) if (!grid.cells.has(`${r}:${c}`)) grid.set(r, c, null, "header");

  // ── data rows ────────────────────────────────────────────────────────────
  const valueOf = (f, l, t, m) => (blank ? 0 : sub.counts[countKey(f, l, t)][m]);
  const rows = variant.rows ?? (variant.fieldOrder ?? FIELDS).map((f) => ({ field: f, label: labels.field[f] }));
  const first = h + 3;
  where.rowLabel = [];
  where.fieldLabel = {};
  where.count = (f, l, t, m) => {
    const i = rows.findIndex((row) => row.field === f);
    return a1(first + i, colOf(l, t, m));
  };
  const textCells = [];
  const numeric = {}; // column → sum of numeric cells, as Excel's SUM would see them
  rows.forEach((row, i) => {
    const r = first + i;
    grid.set(r, c0, i + 1, "stt");
    put(r, c0 + 1, row.label, "field");
    where.rowLabel.push(a1(r, c0 + 1));
    if (row.field && !(row.field in where.fieldLabel)) where.fieldLabel[row.field] = a1(r, c0 + 1);
    for (const x of columns) {
      const n = row.values ? row.values(x.l, x.t, x.m) : valueOf(row.field, x.l, x.t, x.m);
      const override = (variant.overrides ?? []).find(
        (o) =>
          (o.row === undefined ? o.field === row.field : o.row === i) &&
          o.level === x.l &&
          o.type === x.t &&
          o.measure === x.m,
      );
      let v = override ? override.value : blank ? null : countCell(n, variant);
      if (typeof v === "string" && !override) textCells.push({ cell: a1(r, x.c), text: v, value: n });
      grid.set(r, x.c, v, "count");
      // Excel's SUM skips text and propagates an error value.
      const cached = typeof v === "number" ? v : v && typeof v === "object" ? v.result : 0;
      const sofar = numeric[x.c] ?? 0;
      if (typeof sofar === "object") continue;
      numeric[x.c] = typeof cached === "object" ? cached : sofar + (typeof cached === "number" ? cached : 0);
    }
  });
  const total = first + rows.length;
  put(total, c0, "Tổng cộng", "totalLabel");
  grid.set(total, c0 + 1, null, "totalLabel");
  grid.merge(total, c0, total, c0 + 1);
  where.total = (l, t, m) => a1(total, colOf(l, t, m));
  for (const x of columns) {
    const trueSum = blank
      ? 0
      : rows.reduce((s, row) => s + (row.values ? row.values(x.l, x.t, x.m) : valueOf(row.field, x.l, x.t, x.m)), 0);
    const override = (variant.totalOverrides ?? []).find((o) => o.level === x.l && o.type === x.t && o.measure === x.m);
    let v;
    if (override) v = override.value;
    else if (variant.totals === "value") v = trueSum;
    else v = { formula: `SUM(${a1(first, x.c)}:${a1(total - 1, x.c)})`, result: numeric[x.c] ?? 0 };
    grid.set(total, x.c, v, "totalCount");
  }
  where.tableRange = `${a1(h, c0)}:${a1(total, lastCol)}`;

  // ── footer (ignored by the reader) ───────────────────────────────────────
  const f0 = total + 2;
  put(f0, c0, "Nơi nhận:", "footerNote");
  grid.merge(f0, c0, f0, c0 + 1);
  put(
    f0 + 1,
    c0,
    is2025 ? "- Ban Tuyên giáo và Dân vận Tỉnh ủy;" : `- Ban Dân vận Huyện ủy ${DISTRICT};`,
    "footerSmall",
  );
  grid.merge(f0 + 1, c0, f0 + 1, c0 + 1);
  put(f0 + 2, c0, "- Lưu văn phòng.", "footerSmall");
  grid.merge(f0 + 2, c0, f0 + 2, c0 + 1);
  put(f0, right, unit.signer ?? "T/M ĐẢNG ỦY", "footerBold", true);
  grid.merge(f0, right, f0, lastCol);
  put(f0 + 1, right, unit.kind === "đoàn thể" ? "CHỦ TỊCH" : "BÍ THƯ", "footerBold", true);
  grid.merge(f0 + 1, right, f0 + 1, lastCol);
  if (!blank) put(f0 + 5, right, sub.signerName ?? "Nguyễn Văn An", "footerBold");
  grid.merge(f0 + 5, right, f0 + 5, lastCol);

  grid.widths[c0] = 5;
  grid.widths[c0 + 1] = 36;
  for (const x of columns) grid.widths[x.c] = 9.5;
  if (c0 > 0) for (let c = 0; c < c0; c += 1) grid.widths[c] = 4;
  grid.headerRows = [h, h + 2];
  grid.freeze = null;
  return { grid, where, textCells };
}

const LIST_HEADER = [
  "STT",
  "Tên mô hình, điển hình",
  "Loại",
  "Lĩnh vực",
  "Cấp công nhận",
  "Năm công nhận",
  "Tình trạng",
  "Ghi chú",
];

/** Builds the Mẫu 02-DVK list of models (one row per model) for a unit up to `year`. */
export function buildModelList(unit, year, models) {
  const grid = createGrid("Mẫu 02-DVK");
  grid.set(0, 0, `DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH "DÂN VẬN KHÉO" – ${unit.name.toUpperCase()} – NĂM ${year}`, "title");
  grid.merge(0, 0, 0, 7);
  grid.set(1, 0, "(Mẫu 02-DVK, kèm theo Mẫu 01-DVK)", "subtitle");
  grid.merge(1, 0, 1, 7);
  LIST_HEADER.forEach((text, c) => grid.set(3, c, text, "header"));
  models.forEach((m, i) => {
    const r = 4 + i;
    grid.set(r, 0, i + 1, "stt");
    grid.set(r, 1, m.name, "field");
    grid.set(r, 2, m.type === "tap-the" ? "Tập thể" : "Cá nhân", "cellCenter");
    grid.set(r, 3, FIELD_LABELS[m.field], "field");
    grid.set(r, 4, LEVEL_LABELS[m.level], "cellCenter");
    grid.set(r, 5, m.year, "cellCenter");
    grid.set(r, 6, m.active ? "Đang duy trì" : "Đã dừng", "cellCenter");
    grid.set(r, 7, m.note ?? null, "field");
  });
  Object.assign(grid.widths, { 0: 5, 1: 52, 2: 10, 3: 30, 4: 13, 5: 10, 6: 13, 7: 18 });
  return grid;
}
