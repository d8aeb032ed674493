import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { findIssuerUnit } from "../../../src/core/parse/findIssuerUnit";
import { toGrid } from "../../../src/core/parse/grid";
import { type HeaderField, readHeaderLabel } from "../../../src/core/parse/headerVocabulary";
import { readUnitFromName } from "../../../src/core/parse/readUnitFromName";
import { plainKey } from "../../../src/core/text/plainKey";
import { unitKey } from "../../../src/core/text/unitKey";
import type { CellValue } from "../../../src/core/types";
import { buildForm, sampleCounts } from "../_fixtures/buildForm";
import { submissionOf } from "../_fixtures/helpers";
import { withIssuer } from "../_fixtures/withIssuer";

// Issue 10 §4: header labels, issuer blocks and sheet/file names are read by meaning, over the class.

const caseOf = (how: number) => (s: string) =>
  how === 0 ? s : how === 1 ? s.toUpperCase() : how === 2 ? s.toLowerCase() : s.normalize("NFD");

describe("header labels read by meaning", () => {
  const meaning: Record<HeaderField, string[]> = {
    unit: ["đơn vị", "cơ quan", "Đơn vị", "ĐV"],
    unitCode: ["mã", "mã số"],
    year: ["năm", "kỳ", "Kỳ"],
    reportDate: ["ngày", "ngày tháng"],
  };
  const generic = ["báo cáo", "tên", "của", "lập", "gửi"];
  const colon = fc.constantFrom(":", " :", "：", ": ", "");
  const prefix = fc.constantFrom("", "1. ", "a) ", "- ", "II. ");
  const remark = fc.constantFrom("", " (ghi rõ)", " (nếu có)");

  it("reads a field's words with generic words in any order, any case, numbering, remarks and colon style", () => {
    const field = fc.constantFrom<HeaderField>("unit", "unitCode", "year", "reportDate");
    fc.assert(
      fc.property(
        field,
        fc.nat(9),
        fc.subarray(generic, { maxLength: 3 }),
        fc.nat(3),
        colon,
        prefix,
        remark,
        fc.nat(),
        (name, pick, extra, how, sep, pre, rem, seed) => {
          const words = meaning[name];
          const head = words[pick % words.length]!;
          // The code and the date are properties of the unit or the report: "Mã đơn vị", "Ngày báo cáo".
          const withUnit = name === "unitCode" && seed % 2 === 0 ? ["đơn vị"] : [];
          const all = [head, ...withUnit, ...extra];
          const order = all
            .map((w, i) => [w, (seed * (i + 7)) % 11] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([w]) => w);
          const text = `${pre}${caseOf(how)(order.join(seed % 3 === 0 ? ", " : " "))}${rem}${sep}${sep === "" ? "" : " 2020"}`;
          const read = readHeaderLabel(text.normalize("NFC"));
          expect([text, read?.field]).toEqual([text, name]);
        },
      ),
    );
  });

  it("never reads a label with a word outside the vocabulary", () => {
    const foreign = fc.constantFrom("kết quả", "tổng số", "mô hình", "Yên Lạc", "thôn", "lĩnh vực");
    fc.assert(
      fc.property(
        fc.constantFrom("Đơn vị báo cáo", "Năm báo cáo", "Mã đơn vị", "Ngày báo cáo"),
        foreign,
        fc.boolean(),
        (label, word, before) => {
          const text = `${before ? `${word} ${label}` : `${label} ${word}`}:`;
          expect([text, readHeaderLabel(text)]).toEqual([text, null]);
        },
      ),
    );
  });
});

// Place names from syllables that are not words of the vocabulary.
const SYLLABLES = [
  "Yên",
  "Lạc",
  "Tân",
  "Hòa",
  "Minh",
  "Thủy",
  "Tiến",
  "Phú",
  "An",
  "Bình",
  "Hưng",
  "Phúc",
  "Long",
  "Sơn",
  "Hải",
  "Nghĩa",
  "Thượng",
  "Lâm",
  "Na",
  "Hang",
  "Quế",
  "Vĩnh",
];
const placeName = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(" "));
const kind = fc.constantFrom("Xã", "Phường", "Thị trấn");

describe("issuer blocks of both eras", () => {
  const upper = (s: string) => s.toUpperCase();
  /** The issuer lines and the unit an officer reads from them (as the unit would label itself). */
  const block = fc.oneof(
    fc.tuple(placeName, kind, placeName).map(([district, k, name]) => ({
      lines: [`ĐẢNG BỘ HUYỆN ${upper(district)}`, `ĐẢNG ỦY ${upper(k)} ${upper(name)}`],
      unit: `${k} ${name}`,
    })),
    fc.tuple(placeName, kind, placeName).map(([province, k, name]) => ({
      lines: [`ĐẢNG BỘ TỈNH ${upper(province)}`, `ĐẢNG ỦY ${upper(k)} ${upper(name)}`],
      unit: `${k} ${name}`,
    })),
    fc.tuple(kind, placeName).map(([k, name]) => ({
      lines: [`ỦY BAN MTTQ VIỆT NAM ${upper(k)} ${upper(name)}`],
      unit: `UBMTTQ ${k.toLowerCase()} ${name}`,
    })),
    fc
      .tuple(kind, placeName, fc.constantFrom("HỘI NÔNG DÂN", "HỘI CỰU CHIẾN BINH", "HỘI LIÊN HIỆP PHỤ NỮ"))
      .map(([k, name, org]) => ({
        lines: [`${org} ${upper(k)} ${upper(name)}`],
        unit: `${org === "HỘI NÔNG DÂN" ? "Hội ND" : org === "HỘI CỰU CHIẾN BINH" ? "Hội CCB" : "Hội LHPN"} ${k.toLowerCase()} ${name}`,
      })),
    fc.tuple(placeName, placeName).map(([province, name]) => ({
      lines: [`ĐẢNG BỘ TỈNH ${upper(province)}`, `HUYỆN ỦY ${upper(name)}`, "BAN DÂN VẬN"],
      unit: `Ban Dân vận Huyện ủy ${name}`,
    })),
  );
  const filler = fc.subarray(["*", "Số: 12-BC/ĐU", "Số 43-BC/ĐU", "-----"], { maxLength: 2 });

  it("reads the issuing body as the unit would name itself, with the mottos and numbers around it", () => {
    fc.assert(
      fc.property(block, filler, fc.boolean(), fc.nat(3), (b, after, right, how) => {
        const lines = [...b.lines, ...after].map((l) =>
          how === 3 ? l.normalize("NFD") : how === 1 ? l.toLowerCase() : l,
        );
        const mottos = [
          "ĐẢNG CỘNG SẢN VIỆT NAM",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "Yên Lạc, ngày 20 tháng 10 năm 2020",
        ];
        const rows: CellValue[][] = lines.map((line, i) =>
          right ? [line, null, null, null, mottos[i] ?? null] : [line],
        );
        const found = findIssuerUnit(toGrid({ name: "S", rows }), rows.length);
        expect([lines, found && unitKey(found.name)]).toEqual([lines, unitKey(b.unit)]);
        expect(found?.name.normalize("NFC")).toMatch(/^\p{Lu}/u);
      }),
    );
  });

  it("reads the unit from the issuer block of a whole report without a unit line", () => {
    fc.assert(
      fc.property(block, (b) => {
        const form = buildForm(sampleCounts(), { unit: null });
        const sub = submissionOf(withIssuer(form.sheet, b.lines), undefined, "bao-cao.xlsx");
        expect([b.lines, unitKey(sub.unitName ?? "")]).toEqual([b.lines, unitKey(b.unit)]);
        expect(sub.issues.map((i) => i.code)).toEqual(["unit-inferred"]);
      }),
    );
  });
});

describe("sheet and file names", () => {
  const unaccent = (s: string) => plainKey(s);
  const year = fc.integer({ min: 2016, max: 2030 });

  it("read the unit and the year from a file name, with or without diacritics, in any separator style", () => {
    const style = fc.constantFrom("-", "_", " ", ".");
    const noise = fc.subarray(["bao cao", "BC", "DVK", "Báo cáo", "dan van kheo"], { maxLength: 2 });
    fc.assert(
      fc.property(
        fc.tuple(kind, placeName, year),
        style,
        noise,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(".xlsx", ".xls", ".csv", ".ods"),
        ([k, name, y], sep, words, accents, yearFirst, ext) => {
          const unit = `${k} ${name}`;
          const written = accents ? unit : unaccent(unit);
          const parts = [...words, ...(yearFirst ? [String(y), written] : [written, String(y)])];
          const file = parts.join(" ").split(" ").join(sep) + ext;
          const bare = buildForm(sampleCounts(), {
            unit: null,
            year: null,
            title: null,
            placeDate: null,
            reportDate: null,
          }).sheet;
          const sheet = {
            ...bare,
            rows: bare.rows.map((row, r) => (r < 2 ? row.map((v, c) => (c === 0 ? null : v)) : row)),
          };
          const sub = submissionOf(sheet, undefined, `nam-${y}/${file}`);
          expect([file, plainKey(sub.unitName ?? ""), sub.year]).toEqual([file, plainKey(unit), y]);
        },
      ),
    );
  });

  it("never read a unit from names that name none", () => {
    const plainName = fc.oneof(
      fc.nat(99).map((n) => `Sheet${n}`),
      fc.constantFrom("Mẫu 01-DVK", "Mau 01 DVK", "Báo cáo", "Bao cao", "Tổng hợp", "Biểu 01", "DVK"),
      year.map(String),
      year.map((y) => `Năm ${y}`),
      year.map((y) => `bao-cao-dvk-${y}.xlsx`),
    );
    fc.assert(fc.property(plainName, (name) => expect([name, readUnitFromName(name)]).toEqual([name, null])));
  });
});
