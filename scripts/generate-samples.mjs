#!/usr/bin/env node
// Sample submissions for the fictional "huyện Yên Hòa, tỉnh Tuyên Hà" (npm run samples).
//
//   node scripts/generate-samples.mjs [ASSETS_DIR]      (default: assets)
//
// Writes ASSETS_DIR/samples/** (Mẫu 01-DVK submissions 2016–2026, the 2026 forms without Cấp huyện: canonical
// files, messy-but-valid variants, planted defects, a resubmission, Mẫu 02-DVK lists) with samples/expected.json (planted defects with cells,
// good files, superseded files, and the ground-truth totals computed here from the generator's own data model),
// ASSETS_DIR/samples-legacy/** (TCVN3 and VNI twins of two Unicode files), ASSETS_DIR/mau-01-dvk.xlsx (the blank
// template) and ASSETS_DIR/don-vi-mau.csv (units registry with the 1/7/2025 merger). Deterministic: a seeded PRNG,
// fixed document and zip dates, so a re-run gives the same bytes.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRandom } from "./samples/prng.mjs";
import {
  UNITS,
  FIELDS,
  LEVELS,
  TYPES,
  YEARS,
  FIELD_LABELS,
  FIRST_YEAR_WITHOUT_DISTRICTS,
  buildHistories,
  reportingYears,
  countKey,
  emptyCounts,
} from "./samples/model.mjs";
import { buildForm, buildModelList, dmy } from "./samples/form.mjs";
import { xlsxBytes, sheetJsBytes, csvText } from "./samples/writers.mjs";
import { toWindows1258 } from "./samples/legacy.mjs";

const SIGNERS = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Văn Cường",
  "Phạm Thị Dung",
  "Hoàng Văn Hải",
  "Vũ Thị Hạnh",
  "Đặng Văn Khoa",
  "Bùi Thị Lan",
  "Đỗ Văn Minh",
  "Ngô Thị Nga",
  "Dương Văn Phúc",
  "Lý Thị Quyên",
];

/** Per-unit habits: how the report date is written, blanks for zero, the sheet name. */
const HABITS = {
  "YH-X01": { dateStyle: "date" },
  "YH-X02": { dateStyle: "text", blankZeros: true, sheetName: "Sheet1" },
  "YH-X03": { dateStyle: "words", sheetName: "Báo cáo" },
  "YH-X04": { dateStyle: "date", blankZeros: true },
  "YH-X05": { dateStyle: "text" },
  "YH-TT1": { dateStyle: "date" },
  "YH-MT": { dateStyle: "words", blankZeros: true },
  "YH-HD": { dateStyle: "date" },
  "YH-PN": { dateStyle: "text" },
  "YH-ND": { dateStyle: "date", blankZeros: true },
  "YH-CCB": { dateStyle: "date" },
  "YH-CA": { dateStyle: "none" },
  "TH-X101": { dateStyle: "date" },
  "TH-X102": { dateStyle: "text" },
};

/** Units that keep every year in one workbook, one sheet per year (sheet name pattern). */
const MULTI_YEAR = { "YH-ND": (y) => String(y), "YH-HD": (y) => `Năm ${y}` };

/** The first (field, level, type) with a non-zero `measure`, in form order, at the preferred level if possible. */
function firstNonZero(counts, measure, levels = LEVELS) {
  for (const l of levels)
    for (const f of FIELDS)
      for (const t of TYPES) if (counts[countKey(f, l, t)][measure] > 0) return { field: f, level: l, type: t };
  throw new Error("no non-zero count to plant a defect on");
}

/** Builds the submissions (unit × year) with their dates, then the file plan with variants and planted defects. */
function planSamples() {
  const histories = buildHistories();
  const planRng = createRandom(1930);
  // Report years from 2026 draw their dates from a second stream, so earlier files stay as they were.
  const later = createRandom(2026);
  const subs = new Map();
  for (const unit of UNITS) {
    for (const year of reportingYears(unit)) {
      const h = histories.get(unit.code).get(year);
      const rng = year < FIRST_YEAR_WITHOUT_DISTRICTS ? planRng : later;
      subs.set(`${unit.code}:${year}`, {
        unit,
        year,
        counts: h.counts,
        levels: h.levels,
        date: { y: year, m: 10, d: rng.int(8, 27) },
        docNo: String(rng.int(8, 45)).padStart(2, "0"),
        signerName: rng.pick(SIGNERS),
      });
    }
  }
  const get = (code, year) => subs.get(`${code}:${year}`);

  // ── messy but valid variants (the real submission of that unit-year) ─────
  const variants = {
    "YH-X03:2020": { note: "table shifted: starts at C14", variant: { r0: 1, gap: 3, c0: 2 } },
    "YH-CCB:2021": {
      note: "columns reordered: levels tỉnh → xã, Lũy kế before Mới",
      variant: { levelOrder: ["tinh", "huyen", "xa"], measureOrder: ["cumulative", "new"] },
    },
    "YH-X05:2022": {
      note: "field rows reordered",
      variant: {
        fieldOrder: ["van-hoa-xa-hoi", "kinh-te", "xay-dung-he-thong-chinh-tri", "quoc-phong-an-ninh", "khac"],
      },
    },
    "YH-MT:2022": {
      note: "label variants: abbreviations, Cấp cơ sở, Luỹ kế",
      variant: {
        fieldLabels: {
          "kinh-te": "KT",
          "van-hoa-xa-hoi": "VH-XH",
          "quoc-phong-an-ninh": "QP-AN",
          "xay-dung-he-thong-chinh-tri": "XD HTCT",
          khac: "Khác",
        },
        levelLabels: { xa: "Cấp cơ sở" },
        typeLabels: { "tap-the": "Tập thể", "ca-nhan": "Cá nhân" },
        measureLabels: { new: "Mới", cumulative: "Luỹ kế" },
      },
    },
    "YH-X02:2023": {
      note: "label variants: Văn hoá, xã hội / An ninh, quốc phòng / Tổng số lũy kế",
      variant: {
        fieldLabels: {
          "van-hoa-xa-hoi": "Văn hoá, xã hội",
          "quoc-phong-an-ninh": "An ninh, quốc phòng",
          "xay-dung-he-thong-chinh-tri": "Xây dựng hệ thống chính trị",
          khac: "Các lĩnh vực khác",
        },
        typeLabels: { "tap-the": "Mô hình", "ca-nhan": "Điển hình" },
        measureLabels: { new: "Số mới", cumulative: "Tổng số lũy kế" },
      },
    },
    "YH-X01:2019": {
      note: "numbers typed as text (07, ' 12 '), zeros left blank, totals typed",
      variant: { textNumbers: true, totals: "value" },
    },
    "YH-TT1:2018": { note: "all text NFD-decomposed", variant: { nfd: true } },
    "YH-CA:2019": { note: "header cells not merged", variant: { merged: false } },
    "YH-PN:2019": { note: "Excel 97-2003 .xls (BIFF8)", kind: "xls" },
    "YH-X04:2021": { note: "OpenDocument .ods", kind: "ods" },
    "YH-X05:2023": { note: "CSV, UTF-8 with BOM", kind: "csv-utf8" },
    "YH-X03:2022": { note: "CSV, Windows-1258 (Vietnamese Excel's 'CSV')", kind: "csv-1258", variant: { nfd: false } },
  };

  // ── planted defects: one per file, each at a known cell ──────────────────
  // `plant(sub, where)` returns the variant and the planted issues (cell from the layout's own addresses).
  const defects = {
    "YH-X03:2018": (s) => {
      const k = firstNonZero(s.counts, "new");
      const n = s.counts[countKey(k.field, k.level, k.type)].new;
      return {
        variant: { overrides: [{ ...k, measure: "cumulative", value: n - 1 }] },
        planted: (w) => [{ cell: w.count(k.field, k.level, k.type, "cumulative"), code: "cumulative-less-than-new" }],
      };
    },
    "YH-X04:2019": (s) => {
      const sum = FIELDS.reduce((a, f) => a + s.counts[countKey(f, "xa", "tap-the")].cumulative, 0);
      return {
        variant: { totalOverrides: [{ level: "xa", type: "tap-the", measure: "cumulative", value: sum + 3 }] },
        planted: (w) => [{ cell: w.total("xa", "tap-the", "cumulative"), code: "total-mismatch" }],
      };
    },
    "YH-PN:2020": (s) => {
      const n = s.counts[countKey("kinh-te", "xa", "tap-the")].new || 2;
      return {
        variant: {
          overrides: [{ field: "kinh-te", level: "xa", type: "tap-the", measure: "new", value: `khoảng ${n}` }],
        },
        planted: (w) => [{ cell: w.count("kinh-te", "xa", "tap-the", "new"), code: "not-a-number" }],
      };
    },
    "YH-CA:2017": () => ({
      variant: {
        overrides: [{ field: "quoc-phong-an-ninh", level: "huyen", type: "tap-the", measure: "new", value: -2 }],
      },
      planted: (w) => [{ cell: w.count("quoc-phong-an-ninh", "huyen", "tap-the", "new"), code: "negative-count" }],
    }),
    "YH-X05:2021": (s) => {
      const n = s.counts[countKey("van-hoa-xa-hoi", "xa", "tap-the")].cumulative;
      return {
        variant: {
          overrides: [{ field: "van-hoa-xa-hoi", level: "xa", type: "tap-the", measure: "cumulative", value: n + 0.5 }],
        },
        planted: (w) => [{ cell: w.count("van-hoa-xa-hoi", "xa", "tap-the", "cumulative"), code: "fractional-count" }],
      };
    },
    "YH-TT1:2022": () => ({
      note: "a deleted sheet left #REF! in a count cell; the column's SUM shows #REF! too",
      variant: {
        overrides: [
          {
            field: "kinh-te",
            level: "xa",
            type: "ca-nhan",
            measure: "new",
            value: { formula: "SUM(#REF!)", result: { error: "#REF!" } },
          },
        ],
      },
      planted: (w) => [
        { cell: w.count("kinh-te", "xa", "ca-nhan", "new"), code: "formula-error" },
        { cell: w.total("xa", "ca-nhan", "new"), code: "formula-error" },
      ],
    }),
    "YH-X02:2016": () => ({
      accepted: true,
      note: "no unit name or code: the unit is read from the issuer line",
      variant: { unitName: null, unitCode: null },
      planted: (w) => [{ cell: null, at: w.unitValue, code: "unit-inferred", severity: "info" }],
    }),
    "YH-X01:2017": () => ({
      accepted: true,
      note: "no year value or title year: the year is read from the report date",
      file: "khac/xa-yen-phu-bao-cao-dvk.xlsx",
      variant: { yearValue: null, titleYear: null },
      planted: (w) => [{ cell: null, at: w.dateValue, code: "year-inferred", severity: "info" }],
    }),
    "YH-CCB:2018": () => ({
      variant: { fieldLabels: { khac: "Lĩnh vực môi trường" } },
      planted: (w) => [{ cell: w.rowLabel[4], code: "unknown-field" }],
    }),
    "YH-X05:2017": (s) => {
      const part = (l, t, m, first) => {
        const c = s.counts[countKey("kinh-te", l, t)];
        const half = (x) => Math.ceil(x / 2);
        return first ? half(c[m]) : c[m] - half(c[m]);
      };
      const rows = [
        { field: "kinh-te", label: "Kinh tế", values: (l, t, m) => part(l, t, m, true) },
        { field: "kinh-te", label: "Kinh tế", values: (l, t, m) => part(l, t, m, false) },
        ...FIELDS.slice(1).map((f) => ({ field: f, label: FIELD_LABELS[f] })),
      ];
      return {
        note: "Kinh tế split over two rows",
        variant: { rows },
        planted: (w) => [{ cell: w.rowLabel[1], code: "duplicate-field-row" }],
      };
    },
    "YH-X02:2020": () => ({
      // Accepted: that count is unknown (never 0), so the year's totals there are partial.
      accepted: true,
      note: "Cấp tỉnh – Điển hình cá nhân has no Lũy kế column (unknown, not 0); cell = that type's header",
      variant: { omit: { level: "tinh", type: "ca-nhan", measure: "cumulative" } },
      planted: (w) => [{ cell: w.typeHeader["tinh|ca-nhan"], code: "missing-measure-column", severity: "warning" }],
    }),
    "YH-CA:2021": () => ({
      accepted: true,
      variant: { fieldOrder: FIELDS.slice(0, 4) },
      planted: () => [{ cell: null, code: "missing-field-row", severity: "warning" }],
    }),
    "YH-PN:2023": (s) => {
      s.date = { y: 2023, m: 11, d: 12 };
      return {
        accepted: true,
        note: "dated 12/11/2023, after the 30/10 deadline",
        planted: (w) => [{ cell: null, at: w.dateValue, code: "late-submission", severity: "warning" }],
      };
    },
    "YH-X03:2023": () => ({
      accepted: true,
      note: "title says 2022, Năm báo cáo says 2023",
      variant: { titleYear: 2022 },
      planted: (w) => [{ cell: null, at: w.title, code: "year-mismatch", severity: "warning" }],
    }),
    "YH-CCB:2016": () => ({
      kind: "corrupt",
      note: "random bytes named .xlsx",
      planted: () => [{ cell: null, code: "unreadable-file" }],
    }),
  };

  // Year out of range: an old 2014 report of Xã Yên Phú (a real report, from before 2016).
  const stock = emptyCounts();
  const s2016 = get("YH-X01", 2016);
  for (const k of Object.keys(stock)) {
    const before = s2016.counts[k].cumulative - s2016.counts[k].new;
    stock[k] = { new: Math.min(s2016.counts[k].new, before), cumulative: before };
  }
  const extra = [
    {
      sub: { ...s2016, year: 2014, counts: stock, date: { y: 2014, m: 10, d: 20 }, docNo: "17" },
      file: "khac/xa-yen-phu-2014.xlsx",
      accepted: false,
      planted: (w) => [{ cell: null, at: w.yearValue, code: "year-out-of-range" }],
      note: "a 2014 report: before 2016",
    },
  ];

  // Resubmission: Xã Minh Thủy 2024 sent a first version (one model short), then a corrected one.
  const resub = get("YH-X04", 2024);
  resub.date = { y: 2024, m: 10, d: 28 };
  const k = firstNonZero(resub.counts, "new");
  const firstCounts = structuredClone(resub.counts);
  firstCounts[countKey(k.field, k.level, k.type)].new -= 1;
  firstCounts[countKey(k.field, k.level, k.type)].cumulative -= 1;
  extra.push({
    sub: { ...resub, counts: firstCounts, date: { y: 2024, m: 10, d: 15 } },
    file: "2024/xa-minh-thuy-2024.xlsx",
    accepted: true,
    superseded: true,
    note: "first version, superseded by xa-minh-thuy-2024-bo-sung.xlsx (one model was missing)",
  });

  // ── the file plan ────────────────────────────────────────────────────────
  const files = [];
  const multi = new Map();
  for (const [id, sub] of subs) {
    const { unit, year } = sub;
    const habit = HABITS[unit.code];
    const base = { ...habit };
    let entry = {
      file: `${year}/${unit.slug}-${year}.xlsx`,
      kind: "xlsx",
      accepted: true,
      note: null,
      planted: () => [],
    };
    if (id === "YH-X04:2024") entry.file = "2024/xa-minh-thuy-2024-bo-sung.xlsx";
    if (variants[id]) entry = { ...entry, ...variants[id], variant: { ...base, ...variants[id].variant } };
    else if (defects[id]) {
      const d = defects[id](sub);
      entry = { ...entry, accepted: false, ...d, variant: { ...base, ...d.variant } };
    } else entry.variant = base;
    const ext = { xls: ".xls", ods: ".ods", "csv-utf8": ".csv", "csv-1258": ".csv" }[entry.kind];
    if (ext) entry.file = entry.file.replace(/\.xlsx$/, ext);
    if (MULTI_YEAR[unit.code] && entry.kind === "xlsx" && !variants[id] && !defects[id]) {
      if (!multi.has(unit.code)) {
        const group = { file: `nhieu-nam/${unit.slug}-cac-nam.xlsx`, kind: "xlsx", sheets: [] };
        multi.set(unit.code, group);
        files.push(group);
      }
      multi.get(unit.code).sheets.push({
        sub,
        variant: { ...base, sheetName: MULTI_YEAR[unit.code](year) },
        accepted: true,
        planted: () => [],
      });
      continue;
    }
    files.push({
      file: entry.file,
      kind: entry.kind,
      note: entry.note,
      sheets: [{ sub, variant: entry.variant, accepted: entry.accepted, planted: entry.planted }],
    });
  }
  for (const e of extra)
    files.push({
      file: e.file,
      kind: "xlsx",
      note: e.note,
      sheets: [
        {
          sub: e.sub,
          variant: { ...HABITS[e.sub.unit.code] },
          accepted: e.accepted,
          superseded: e.superseded,
          planted: e.planted ?? (() => []),
        },
      ],
    });

  // Mẫu 02-DVK lists, consistent with the Mẫu 01 counts, in two workbooks.
  for (const id of ["YH-X01:2024", "YH-PN:2022"]) {
    const f = files.find((x) => x.sheets.length === 1 && x.sheets[0].sub === subs.get(id));
    f.modelList = modelsOf(histories, subs.get(id).unit, subs.get(id).year);
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { files, subs, histories };
}

const PHRASES = {
  "kinh-te": [
    "Tổ hợp tác trồng cam sạch",
    "Chi hội nghề nuôi ong",
    "Dồn điền đổi thửa",
    "Vườn mẫu nông thôn mới",
    "Tổ liên kết sản xuất lúa chất lượng cao",
    "Hỗ trợ vốn phát triển kinh tế hộ",
  ],
  "van-hoa-xa-hoi": [
    "Thắp sáng đường quê",
    "Câu lạc bộ dân ca",
    "Tủ sách khu dân cư",
    "Nhà văn hóa sạch đẹp",
    "Giúp học sinh nghèo vượt khó",
    "Bữa cơm yêu thương",
  ],
  "quoc-phong-an-ninh": [
    "Tổ tự quản an ninh trật tự",
    "Camera an ninh thôn",
    "Dòng họ không có tội phạm",
    "Tổ hòa giải ở cơ sở",
    "Ngõ phố bình yên",
  ],
  "xay-dung-he-thong-chinh-tri": ["Chi bộ sinh hoạt chuyên đề", "Dân hỏi – cán bộ trả lời", "Phát triển đảng viên trẻ"],
  khac: ["Tổ thu gom rác thải nhựa", "Đường hoa tự quản"],
};
const PLACES = ["thôn Đông", "thôn Đoài", "thôn Trung", "thôn Cầu", "thôn Bến", "thôn Mới", "xóm Chùa", "xóm Bãi"];

/**
 * Lists every model a unit holds in `year`: per (field, level, type), new[y] models recognised in each year
 * ≤ `year`, plus the pre-2016 stock dated 2012–2015; so the list matches Mẫu 01 new and cumulative counts.
 */
function modelsOf(histories, unit, year) {
  const rng = createRandom(unit.code.length * 7919 + year);
  const models = [];
  const byYear = histories.get(unit.code);
  const years = [...byYear.keys()].filter((y) => y <= year);
  let serial = 0;
  for (const f of FIELDS) {
    for (const l of LEVELS) {
      for (const t of TYPES) {
        const k = countKey(f, l, t);
        const first = byYear.get(years[0]).counts[k];
        const add = (y, n) => {
          for (let i = 0; i < n; i += 1, serial += 1) {
            const phrase = PHRASES[f][serial % PHRASES[f].length];
            const place = PLACES[Math.floor(serial / 3) % PLACES.length];
            const name =
              t === "tap-the" ? `Mô hình "${phrase}" ${place}` : `${rng.pick(SIGNERS)}, ${place}: "${phrase}"`;
            models.push({ name, type: t, field: f, level: l, year: y, active: y >= 2016 || rng.next() < 0.8 });
          }
        };
        add(rng.int(2012, 2015), first.cumulative - first.new);
        for (const y of years) add(y, byYear.get(y).counts[k].new);
      }
    }
  }
  models.sort((a, b) => a.year - b.year || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  return models;
}

/** Random bytes with a zip-like start: what a broken download looks like. */
function corruptBytes() {
  const rng = createRandom(404);
  const bytes = Buffer.alloc(3000);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = rng.int(0, 255);
  bytes.write("PK\u0003\u0004", 0, "latin1");
  return bytes;
}

/** Writes one planned file and returns the planted issues resolved to cells. */
async function writePlanned(root, f) {
  const target = path.join(root, f.file);
  await mkdir(path.dirname(target), { recursive: true });
  const planted = [];
  const built = f.sheets.map((s) => {
    // A CSV has no sheet names; readers (SheetJS) call its one sheet "Sheet1".
    const variant = f.kind.startsWith("csv") ? { ...s.variant, sheetName: "Sheet1" } : s.variant;
    const { grid, where, textCells } = buildForm(s.sub, variant);
    for (const p of s.planted(where))
      planted.push({
        file: f.file,
        sheet: f.kind === "corrupt" ? null : grid.name,
        cell: p.cell,
        ...(p.at ? { at: p.at } : {}),
        code: p.code,
        severity: p.severity ?? (p.code === "number-as-text" ? "info" : "error"),
      });
    for (const t of textCells)
      planted.push({ file: f.file, sheet: grid.name, cell: t.cell, code: "number-as-text", severity: "info" });
    return { grid, where, s };
  });
  const grids = built.map((b) => b.grid);
  if (f.modelList) grids.push(buildModelList(built[0].s.sub.unit, built[0].s.sub.year, f.modelList));
  const d = built[0].s.sub.date;
  let bytes;
  if (f.kind === "corrupt") bytes = corruptBytes();
  else if (f.kind === "xlsx")
    bytes = await xlsxBytes(grids, {
      date: new Date(Date.UTC(d.y, d.m - 1, d.d, 9)),
      creator: built[0].s.sub.unit.name,
    });
  else if (f.kind === "xls") bytes = sheetJsBytes(grids, "biff8");
  else if (f.kind === "ods") bytes = sheetJsBytes(grids, "ods");
  else if (f.kind === "csv-utf8")
    bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(grids[0]), "utf8")]);
  else if (f.kind === "csv-1258") bytes = Buffer.from(toWindows1258(csvText(grids[0])));
  await writeFile(target, bytes);
  return { planted, built };
}

/**
 * Sums accepted, winning submissions per year × field × level × type (the consolidation's ground truth). A count
 * whose column a file omits is unknown: never added as 0; a sum with no known count is null, one with some is
 * listed in `partial`.
 */
function groundTruth(accepted) {
  const winners = new Map();
  for (const a of accepted) {
    const id = `${a.sub.unit.code}:${a.sub.year}`;
    const prev = winners.get(id);
    if (!prev || dmy(a.sub.date).split("/").reverse().join("") > dmy(prev.sub.date).split("/").reverse().join(""))
      winners.set(id, a);
  }
  const totals = [];
  for (const year of YEARS) {
    const ofYear = [...winners.values()].filter((w) => w.sub.year === year);
    if (ofYear.length === 0) continue;
    for (const field of FIELDS) {
      for (const level of LEVELS) {
        for (const type of TYPES) {
          const k = countKey(field, level, type);
          const sums = { new: { sum: 0, known: 0, unknown: 0 }, cumulative: { sum: 0, known: 0, unknown: 0 } };
          for (const w of ofYear) {
            if (!w.sub.levels.includes(level)) continue;
            for (const m of ["new", "cumulative"]) {
              const o = w.variant?.omit;
              if (o && o.level === level && o.type === type && o.measure === m) sums[m].unknown += 1;
              else {
                sums[m].sum += w.sub.counts[k][m];
                sums[m].known += 1;
              }
            }
          }
          const value = (m) => (sums[m].known === 0 && sums[m].unknown > 0 ? null : sums[m].sum);
          const partial = ["new", "cumulative"].filter((m) => sums[m].known > 0 && sums[m].unknown > 0);
          totals.push({
            year,
            field,
            level,
            type,
            new: value("new"),
            cumulative: value("cumulative"),
            ...(partial.length > 0 ? { partial } : {}),
          });
        }
      }
    }
  }
  return totals;
}

function registryCsv() {
  const rows = [["Mã", "Tên đơn vị", "Loại", "Hiệu lực từ", "Hiệu lực đến", "Đơn vị kế thừa"]];
  for (const u of UNITS) rows.push([u.code, u.name, u.kind, u.from ?? "", u.to ?? "", u.successor ?? ""]);
  return "\ufeff" + rows.map((r) => r.join(",")).join("\r\n") + "\r\n";
}

/** Legacy-encoded twins of two Unicode samples, for the encodings work (not part of the demo folder). */
const LEGACY_TWINS = [
  { id: "YH-X01:2020", legacy: "tcvn3", file: "xa-yen-phu-2020-tcvn3.xlsx", encoding: "TCVN3" },
  { id: "YH-X03:2021", legacy: "vni", file: "xa-tan-hoa-2021-vni.xlsx", encoding: "VNI" },
];

async function main() {
  const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("../assets", import.meta.url));
  const samplesDir = path.join(root, "samples");
  const legacyDir = path.join(root, "samples-legacy");
  await rm(samplesDir, { recursive: true, force: true });
  await rm(legacyDir, { recursive: true, force: true });
  await mkdir(samplesDir, { recursive: true });
  await mkdir(legacyDir, { recursive: true });

  const { files, subs } = planSamples();
  const planted = [];
  const goodFiles = [];
  const superseded = [];
  const submissions = [];
  const accepted = [];
  for (const f of files) {
    const out = await writePlanned(samplesDir, f);
    planted.push(...out.planted);
    if (f.sheets.every((s) => s.accepted)) goodFiles.push(f.file);
    for (const b of out.built) {
      const s = b.s;
      const status = !s.accepted ? "rejected" : s.superseded ? "superseded" : "accepted";
      if (s.accepted) accepted.push(s);
      if (s.superseded) superseded.push({ file: f.file, sheet: b.grid.name });
      submissions.push({
        file: f.file,
        sheet: f.kind === "corrupt" ? null : b.grid.name,
        unitCode: s.sub.unit.code,
        unitName: s.sub.unit.name,
        year: s.sub.year,
        reportDate: `${s.sub.date.y}-${String(s.sub.date.m).padStart(2, "0")}-${String(s.sub.date.d).padStart(2, "0")}`,
        status,
        format: f.kind,
        note: f.note ?? null,
      });
    }
  }

  const legacyTwins = [];
  for (const t of LEGACY_TWINS) {
    const sub = subs.get(t.id);
    const twin = files.find((f) => f.sheets.length === 1 && f.sheets[0].sub === sub);
    const { grid } = buildForm(sub, { ...HABITS[sub.unit.code], legacy: t.legacy });
    await writeFile(
      path.join(legacyDir, t.file),
      await xlsxBytes([grid], { date: new Date(Date.UTC(sub.year, 9, sub.date.d, 9)) }),
    );
    const entries = [];
    for (const field of FIELDS)
      for (const level of sub.levels)
        for (const type of TYPES) entries.push({ field, level, type, ...sub.counts[countKey(field, level, type)] });
    legacyTwins.push({
      file: t.file,
      sheet: grid.name,
      encoding: t.encoding,
      twin: { file: twin.file, sheet: HABITS[sub.unit.code].sheetName ?? "Mẫu 01-DVK" },
      unitName: sub.unit.name,
      unitCode: sub.unit.code,
      year: sub.year,
      entries,
    });
  }

  const expected = {
    about:
      "Generated by scripts/generate-samples.mjs. Paths are relative to assets/samples (legacyTwins[].file: to assets/samples-legacy). " +
      "planted: every issue the generator planted, with its A1 cell; cell null = a submission- or file-level issue (any cell a reader attaches is fine), " +
      "and then `at` (when present) is the cell holding the evidence (the empty unit/year value cell, the year cell, the date cell, the title). " +
      "goodFiles: files with no error (warnings/info allowed). groundTruth.totals: sums over accepted, non-superseded submissions.",
    district: "huyện Yên Hòa, tỉnh Tuyên Hà (fictional)",
    planted,
    goodFiles,
    superseded,
    submissions,
    groundTruth: { totals: groundTruth(accepted) },
    legacyTwins,
  };
  await writeFile(path.join(samplesDir, "expected.json"), JSON.stringify(expected, null, 1) + "\n");

  // The blank canonical template (Mẫu 01-DVK with the Mẫu 02-DVK list sheet) and the units registry. The template
  // names no year, so it keeps all three levels and fits a report of any year (the add-in's own template for a
  // report year from 2026 on has no Cấp huyện group).
  const templateSub = {
    unit: { name: "", code: "", issuer: "ĐẢNG ỦY ………………", kind: "xã", place: "………" },
    year: 2025,
    date: { y: 2025, m: 10, d: 1 },
    levels: LEVELS,
    counts: emptyCounts(),
    docNo: "",
  };
  const { grid: template } = buildForm(templateSub, {
    template: true,
    titleYear: "……",
    dateStyle: "date",
    unitName: null,
    unitCode: null,
    yearValue: null,
  });
  await writeFile(
    path.join(root, "mau-01-dvk.xlsx"),
    await xlsxBytes([template, buildModelList({ name: "………" }, "……", [])]),
  );
  await writeFile(path.join(root, "don-vi-mau.csv"), registryCsv());

  const counts = submissions.reduce((m, s) => ((m[s.status] = (m[s.status] ?? 0) + 1), m), {});
  console.log(
    `samples: ${files.length} files, ${submissions.length} submissions (${JSON.stringify(counts)}), ${planted.filter((p) => p.severity !== "info").length} planted defects → ${path.relative(process.cwd(), samplesDir) || "."}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
