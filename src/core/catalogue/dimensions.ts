import type { FieldCode, LevelCode, LocalizedText, MeasureCode, TypeCode } from "../types";

/** A canonical member of one dimension with its display labels and the spellings it accepts. */
export interface DimensionMember<C extends string> {
  readonly code: C;
  /** Label as printed on the form and in every report (Vietnamese). */
  readonly vi: string;
  readonly en: string;
  /** Other spellings seen in real files; matched through `matchKey`, so case, tone placement and punctuation do not matter. */
  readonly aliases: readonly string[];
}

/** Fields (lĩnh vực), in form order. */
export const FIELDS: readonly DimensionMember<FieldCode>[] = [
  {
    code: "kinh-te",
    vi: "Kinh tế",
    en: "Economy",
    aliases: [
      "KT",
      "Lĩnh vực kinh tế",
      "Kinh tế, xây dựng nông thôn mới",
      "Kinh tế, xây dựng nông thôn mới và đô thị văn minh",
      "Phát triển kinh tế",
    ],
  },
  {
    code: "van-hoa-xa-hoi",
    vi: "Văn hóa – Xã hội",
    en: "Culture and society",
    aliases: ["VH-XH", "VHXH", "Văn hóa xã hội", "Văn hóa, xã hội", "Lĩnh vực văn hóa – xã hội", "Xã hội – Văn hóa"],
  },
  {
    code: "quoc-phong-an-ninh",
    vi: "Quốc phòng – An ninh",
    en: "Defence and security",
    aliases: [
      "QP-AN",
      "QPAN",
      "AN-QP",
      "Quốc phòng an ninh",
      "An ninh, quốc phòng",
      "An ninh – Quốc phòng",
      "Lĩnh vực quốc phòng – an ninh",
    ],
  },
  {
    code: "xay-dung-he-thong-chinh-tri",
    vi: "Xây dựng Đảng và hệ thống chính trị",
    en: "Building the Party and the political system",
    aliases: [
      "XD HTCT",
      "XDHTCT",
      "XD Đảng và HTCT",
      "Xây dựng hệ thống chính trị",
      "Xây dựng Đảng, hệ thống chính trị",
      "Xây dựng Đảng và HTCT",
      "Lĩnh vực xây dựng hệ thống chính trị",
    ],
  },
  { code: "khac", vi: "Lĩnh vực khác", en: "Other fields", aliases: ["Khác", "Các lĩnh vực khác", "Chưa phân loại"] },
];

/** Recognition levels, lowest first. */
export const LEVELS: readonly DimensionMember<LevelCode>[] = [
  {
    code: "xa",
    vi: "Cấp xã",
    en: "Commune level",
    aliases: ["Cấp cơ sở", "Xã", "Cơ sở", "Cấp phường", "Cấp xã, phường", "Cấp xã, phường, thị trấn"],
  },
  {
    code: "huyen",
    vi: "Cấp huyện",
    en: "District level",
    aliases: ["Huyện", "Cấp quận", "Cấp huyện, thị xã", "Cấp huyện, thành phố"],
  },
  { code: "tinh", vi: "Cấp tỉnh", en: "Provincial level", aliases: ["Tỉnh", "Cấp thành phố trực thuộc trung ương"] },
];

/** Model types. */
export const TYPES: readonly DimensionMember<TypeCode>[] = [
  {
    code: "tap-the",
    vi: "Mô hình tập thể",
    en: "Collective models",
    aliases: ["Tập thể", "Mô hình", "MH tập thể", "Số mô hình tập thể"],
  },
  {
    code: "ca-nhan",
    vi: "Điển hình cá nhân",
    en: "Individual examples",
    aliases: ["Cá nhân", "Điển hình", "Mô hình cá nhân", "ĐH cá nhân", "Số điển hình cá nhân"],
  },
];

/** Measures: new in the year, cumulative to date. */
export const MEASURES: readonly DimensionMember<MeasureCode>[] = [
  {
    code: "new",
    vi: "Mới trong năm",
    en: "New this year",
    aliases: ["Mới", "Số mới", "Công nhận mới", "Mới công nhận", "Trong năm", "Phát sinh trong năm"],
  },
  {
    code: "cumulative",
    vi: "Lũy kế",
    en: "Cumulative",
    aliases: ["Luỹ kế", "Tổng số lũy kế", "Lũy kế đến nay", "Tổng lũy kế", "Lũy kế từ đầu phong trào", "Cộng dồn"],
  },
];

export const FIELD_CODES: readonly FieldCode[] = FIELDS.map((f) => f.code);
export const LEVEL_CODES: readonly LevelCode[] = LEVELS.map((l) => l.code);
export const TYPE_CODES: readonly TypeCode[] = TYPES.map((t) => t.code);
export const MEASURE_CODES: readonly MeasureCode[] = MEASURES.map((m) => m.code);

/** Display label of a canonical code in the given language. */
export function labelOf(members: readonly DimensionMember<string>[], code: string, lang: "vi" | "en" = "vi"): string {
  const member = members.find((m) => m.code === code);
  return member ? member[lang] : code;
}

/**
 * The label of a canonical code in both languages, for issue parameters: the message then names the
 * field, level or type in the language it is rendered in.
 *
 * @param members - FIELDS, LEVELS, TYPES or MEASURES
 * @param code - a canonical code of that dimension
 * @returns the Vietnamese and English labels
 * @example
 * labelText(FIELDS, "kinh-te") //=> { vi: "Kinh tế", en: "Economy" }
 */
export function labelText(members: readonly DimensionMember<string>[], code: string): LocalizedText {
  return { vi: labelOf(members, code, "vi"), en: labelOf(members, code, "en") };
}
