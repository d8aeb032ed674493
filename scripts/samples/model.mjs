// The sample district's data model: units, and every unit's yearly counts with consistent cumulative histories.
// Everything the sample files show, and the ground truth in expected.json, is derived from this one model.
import { createRandom } from "./prng.mjs";

export const FIELDS = ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "xay-dung-he-thong-chinh-tri", "khac"];
export const LEVELS = ["xa", "huyen", "tinh"];
export const TYPES = ["tap-the", "ca-nhan"];
export const MEASURES = ["new", "cumulative"];
export const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
/** The first report year with no district level (the 2025 report still covers the first half-year with districts). */
export const FIRST_YEAR_WITHOUT_DISTRICTS = 2026;

export const FIELD_LABELS = {
  "kinh-te": "Kinh tế",
  "van-hoa-xa-hoi": "Văn hóa – Xã hội",
  "quoc-phong-an-ninh": "Quốc phòng – An ninh",
  "xay-dung-he-thong-chinh-tri": "Xây dựng Đảng và hệ thống chính trị",
  khac: "Lĩnh vực khác",
};
export const LEVEL_LABELS = { xa: "Cấp xã", huyen: "Cấp huyện", tinh: "Cấp tỉnh" };
export const TYPE_LABELS = { "tap-the": "Mô hình tập thể", "ca-nhan": "Điển hình cá nhân" };
export const MEASURE_LABELS = { new: "Mới trong năm", cumulative: "Lũy kế" };

export const DISTRICT = "Yên Hòa";
export const PROVINCE = "Tuyên Hà";
export const MERGER_DATE = "01/07/2025";

// Field weights follow domain.md §7 (VH-XH 36–40 %, KT 30–38 %, QP-AN 15–25 %, XDHTCT 5–8 %), tilted per unit.
const W_DEFAULT = [34, 38, 20, 6, 2];
// Commune: tens of models at commune level, district recognitions rarer, provincial rarer still.
const COMMUNE = { mean: { xa: 6.5, huyen: 1.1, tinh: 0.22 }, base: { xa: 14, huyen: 2, tinh: 0.4 } };
const BODY = { mean: { xa: 3, huyen: 2.4, tinh: 0.45 }, base: { xa: 6, huyen: 4, tinh: 0.8 } };

/**
 * Units of the fictional district. `to`/`successor` describe the 1/7/2025 reform: two pairs of communes merge
 * into new communes (reporting 2025 and 2026 without a district level); district-level bodies end on 30/06/2025;
 * the two communes the reform left alone report 2025 with the district level and 2026 without.
 */
export const UNITS = [
  {
    code: "YH-X01",
    name: "Xã Yên Phú",
    kind: "xã",
    slug: "xa-yen-phu",
    issuer: "ĐẢNG ỦY XÃ YÊN PHÚ",
    place: "Yên Phú",
    profile: COMMUNE,
    weights: [36, 38, 18, 6, 2],
    caShare: 0.3,
    to: "30/06/2025",
    successor: "TH-X101",
  },
  {
    code: "YH-X02",
    name: "Xã Yên Lạc",
    kind: "xã",
    slug: "xa-yen-lac",
    issuer: "ĐẢNG ỦY XÃ YÊN LẠC",
    place: "Yên Lạc",
    profile: COMMUNE,
    weights: [40, 34, 18, 6, 2],
    caShare: 0.22,
    to: "30/06/2025",
    successor: "TH-X101",
  },
  {
    code: "YH-X03",
    name: "Xã Tân Hòa",
    kind: "xã",
    slug: "xa-tan-hoa",
    issuer: "ĐẢNG ỦY XÃ TÂN HÒA",
    place: "Tân Hòa",
    profile: COMMUNE,
    weights: W_DEFAULT,
    caShare: 0.4,
    to: "",
    successor: "",
  },
  {
    code: "YH-X04",
    name: "Xã Minh Thủy",
    kind: "xã",
    slug: "xa-minh-thuy",
    issuer: "ĐẢNG ỦY XÃ MINH THỦY",
    place: "Minh Thủy",
    profile: COMMUNE,
    weights: [30, 40, 22, 6, 2],
    caShare: 0.18,
    to: "",
    successor: "",
  },
  {
    code: "YH-X05",
    name: "Xã Đồng Tiến",
    kind: "xã",
    slug: "xa-dong-tien",
    issuer: "ĐẢNG ỦY XÃ ĐỒNG TIẾN",
    place: "Đồng Tiến",
    profile: COMMUNE,
    weights: [38, 36, 17, 7, 2],
    caShare: 0.35,
    to: "30/06/2025",
    successor: "TH-X102",
  },
  {
    code: "YH-TT1",
    name: "Thị trấn Yên Hòa",
    kind: "thị trấn",
    slug: "thi-tran-yen-hoa",
    issuer: "ĐẢNG ỦY THỊ TRẤN YÊN HÒA",
    place: "Yên Hòa",
    profile: COMMUNE,
    weights: [32, 40, 18, 8, 2],
    caShare: 0.45,
    to: "30/06/2025",
    successor: "TH-X102",
  },
  {
    code: "YH-MT",
    name: "Ủy ban MTTQ huyện Yên Hòa",
    kind: "đoàn thể",
    slug: "mttq-huyen",
    issuer: "ỦY BAN MTTQ VIỆT NAM HUYỆN YÊN HÒA",
    signer: "T/M BAN THƯỜNG TRỰC",
    place: "Yên Hòa",
    profile: BODY,
    weights: [30, 40, 18, 10, 2],
    caShare: 0.3,
    to: "30/06/2025",
    successor: "",
  },
  {
    code: "YH-HD",
    name: "Huyện đoàn Yên Hòa",
    kind: "đoàn thể",
    slug: "huyen-doan",
    issuer: "BAN CHẤP HÀNH HUYỆN ĐOÀN YÊN HÒA",
    signer: "T/M BAN THƯỜNG VỤ",
    place: "Yên Hòa",
    profile: BODY,
    weights: [25, 50, 15, 8, 2],
    caShare: 0.55,
    to: "30/06/2025",
    successor: "",
  },
  {
    code: "YH-PN",
    name: "Hội LHPN huyện Yên Hòa",
    kind: "đoàn thể",
    slug: "hoi-lhpn",
    issuer: "HỘI LHPN HUYỆN YÊN HÒA",
    signer: "T/M BAN THƯỜNG VỤ",
    place: "Yên Hòa",
    profile: BODY,
    weights: [35, 45, 10, 7, 3],
    caShare: 0.6,
    to: "30/06/2025",
    successor: "",
  },
  {
    code: "YH-ND",
    name: "Hội Nông dân huyện Yên Hòa",
    kind: "đoàn thể",
    slug: "hoi-nong-dan",
    issuer: "HỘI NÔNG DÂN HUYỆN YÊN HÒA",
    signer: "T/M BAN THƯỜNG VỤ",
    place: "Yên Hòa",
    profile: BODY,
    weights: [60, 22, 8, 5, 5],
    caShare: 0.5,
    to: "30/06/2025",
    successor: "",
  },
  {
    code: "YH-CCB",
    name: "Hội Cựu chiến binh huyện Yên Hòa",
    kind: "đoàn thể",
    slug: "hoi-ccb",
    issuer: "HỘI CỰU CHIẾN BINH HUYỆN YÊN HÒA",
    signer: "T/M BAN THƯỜNG VỤ",
    place: "Yên Hòa",
    profile: BODY,
    weights: [35, 20, 35, 8, 2],
    caShare: 0.4,
    to: "30/06/2025",
    successor: "",
  },
  // Công an reports no "other" models at all (its Lĩnh vực khác row is always 0; one year it leaves the row out).
  {
    code: "YH-CA",
    name: "Công an huyện Yên Hòa",
    kind: "cơ quan",
    slug: "cong-an-huyen",
    issuer: "ĐẢNG ỦY CÔNG AN HUYỆN YÊN HÒA",
    place: "Yên Hòa",
    profile: BODY,
    weights: [10, 15, 67, 8, 0],
    caShare: 0.25,
    to: "30/06/2025",
    successor: "",
  },
  // New communes from 1/7/2025 (first report: 2025; commune and provincial levels only).
  {
    code: "TH-X101",
    name: "Xã Yên Phúc",
    kind: "xã",
    slug: "xa-yen-phuc",
    issuer: "ĐẢNG ỦY XÃ YÊN PHÚC",
    place: "Yên Phúc",
    profile: COMMUNE,
    weights: [37, 36, 18, 7, 2],
    caShare: 0.27,
    from: "01/07/2025",
    to: "",
    successor: "",
    predecessors: ["YH-X01", "YH-X02"],
  },
  {
    code: "TH-X102",
    name: "Xã Yên Hòa",
    kind: "xã",
    slug: "xa-yen-hoa",
    issuer: "ĐẢNG ỦY XÃ YÊN HÒA",
    place: "Yên Hòa",
    profile: COMMUNE,
    weights: [34, 38, 18, 8, 2],
    caShare: 0.4,
    from: "01/07/2025",
    to: "",
    successor: "",
    predecessors: ["YH-X05", "YH-TT1"],
  },
];

/** Years a unit reports: old units 2016–2024 (2025–2026 too if they survive the reform), new units from 2025. */
export function reportingYears(unit) {
  if (unit.from) return YEARS.filter((y) => y >= 2025);
  return YEARS.filter((y) => y < 2025 || !unit.to);
}

/** Levels on a unit's form in a year: no district level for the new communes, nor for anyone from 2026 on. */
export function levelsOf(unit, year) {
  return (unit.from && year >= 2025) || year >= FIRST_YEAR_WITHOUT_DISTRICTS ? ["xa", "tinh"] : [...LEVELS];
}

const key = (f, l, t) => `${f}|${l}|${t}`;

/** An empty count table: new and cumulative per field × level × type. */
export function emptyCounts() {
  const counts = {};
  for (const f of FIELDS)
    for (const l of LEVELS) for (const t of TYPES) counts[key(f, l, t)] = { new: 0, cumulative: 0 };
  return counts;
}

export const countKey = key;

function drawInto(rng, unit, target, level, mean, measure) {
  const n = rng.poisson(mean);
  for (let i = 0; i < n; i += 1) {
    const f = FIELDS[rng.weighted(unit.weights)];
    const t = rng.next() < unit.caShare ? "ca-nhan" : "tap-the";
    target[key(f, level, t)][measure] += 1;
  }
}

/**
 * Builds every unit's history. Returns Map code → Map year → { counts, levels }. For old units the stock before
 * 2016 (the movement began in 2009) is drawn once; cumulative[y] = cumulative[y−1] + new[y] for every
 * field × level × type. A new commune starts from the sum of its predecessors' 2024 cumulative (commune and
 * provincial levels; district recognitions are no longer reported). Years from 2026 draw from a second stream,
 * so adding a year leaves every earlier year's counts (and files) as they were.
 */
export function buildHistories(seed = 20251021) {
  const rng = createRandom(seed);
  const later = createRandom(seed + 1);
  const histories = new Map();
  const ordered = [...UNITS].sort((a, b) => (a.from ? 1 : 0) - (b.from ? 1 : 0));
  for (const unit of ordered) {
    const byYear = new Map();
    let previous = emptyCounts();
    if (unit.predecessors) {
      for (const code of unit.predecessors) {
        const last = histories.get(code).get(2024).counts;
        for (const k of Object.keys(previous)) if (!k.includes("|huyen|")) previous[k].cumulative += last[k].cumulative;
      }
    } else {
      for (const level of LEVELS) drawInto(rng, unit, previous, level, unit.profile.base[level], "cumulative");
    }
    for (const year of reportingYears(unit)) {
      const counts = emptyCounts();
      const levels = levelsOf(unit, year);
      const growth = 0.8 + 0.05 * (year - 2016);
      const draw = year < FIRST_YEAR_WITHOUT_DISTRICTS ? rng : later;
      for (const level of levels) {
        // 2025: district recognitions only in the first half-year, before the districts ended.
        const mean = unit.profile.mean[level] * growth * (level === "huyen" && year === 2025 ? 0.5 : 1);
        drawInto(draw, unit, counts, level, mean, "new");
      }
      for (const k of Object.keys(counts)) {
        if (!levels.includes(k.split("|")[1])) continue;
        counts[k].cumulative = previous[k].cumulative + counts[k].new;
      }
      byYear.set(year, { counts, levels });
      previous = counts;
    }
    histories.set(unit.code, byYear);
  }
  return histories;
}
