import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readCount } from "../../../src/core/parse/parseCount";
import { parseDateCell } from "../../../src/core/parse/parseDate";

// Issue 7 §4: number parsing round-trips; dates read the same in every time zone and style.
const count = fc.integer({ min: 0, max: 99_999_999 });

/** Writes a count the ways Vietnamese files do: plain, zero-padded, "." or space thousands, padded with spaces. */
function styles(n: number): string[] {
  const grouped = (sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return [String(n), `0${n}`, ` ${n} `, grouped("."), grouped(" "), grouped("\u00a0")];
}

describe("readCount round trip", () => {
  it("reads back every count however it was typed as text", () => {
    fc.assert(
      fc.property(count, (n) => {
        for (const text of styles(n))
          expect([text, readCount(text, text)]).toEqual([text, { kind: "number", value: n, text }]);
      }),
    );
  });

  it("reads numeric cells as themselves", () => {
    fc.assert(fc.property(count, (n) => readCount(n, "").kind === "number"));
  });

  // Issue 10 §3: a whole number followed only by what is counted is that number; a qualifier, a
  // range, a second number or any other word keeps the text not-a-number.
  const nouns = fc.constantFrom(
    "mô hình",
    "MH",
    "điển hình",
    "ĐH",
    "tập thể",
    "cá nhân",
    "gương",
    "mô hình điển hình",
    "gương điển hình",
  );
  const cased = (s: string, how: number) => (how === 0 ? s : how === 1 ? s.toUpperCase() : s.normalize("NFD"));

  it("reads a number followed by what is counted as that number, and quotes the text", () => {
    fc.assert(
      fc.property(
        count,
        fc.nat(2),
        nouns,
        fc.nat(2),
        fc.boolean(),
        fc.constantFrom(" ", "", "  "),
        (n, style, noun, how, parens, space) => {
          const number = styles(n)[[0, 1, 3][style] ?? 0]!.trim();
          const words = cased(noun, how);
          const text = `${number}${space}${parens ? `(${words})` : words}`;
          const read = readCount(text, text.normalize("NFC"));
          expect([text, read.kind === "number" ? read.value : read]).toEqual([text, n]);
        },
      ),
    );
  });

  it("never reads an approximation, a range or an unknown word as a number, and quotes it", () => {
    const before = fc.constantFrom(
      "khoảng",
      "trên",
      "hơn",
      "gần",
      "dưới",
      "ước",
      "~",
      "≈",
      "tầm",
      "chừng",
      "độ",
      "khoảng chừng",
    );
    const after = fc.constantFrom(
      "trở lên",
      "+",
      "?",
      "mô hình trở lên",
      "(ước)",
      "cái gì",
      "mới",
      "-",
      "– 9",
      "- 9",
      "/ 9",
      "hoặc 9",
      "mô hình 9 cá nhân",
      "đến 9",
    );
    fc.assert(
      fc.property(count, before, after, nouns, fc.nat(2), (n, qualifier, tail, noun, which) => {
        const text = which === 0 ? `${qualifier} ${n}` : which === 1 ? `${qualifier} ${n} ${noun}` : `${n} ${tail}`;
        expect(readCount(text, text)).toEqual({ kind: "not-a-number", text });
      }),
    );
  });

  it("never reads a decimal comma or a range as a whole number", () => {
    fc.assert(
      fc.property(count, fc.integer({ min: 1, max: 9 }), (n, d) => {
        for (const text of [`${n},${d}`, `${n}-${n + d}`]) expect(readCount(text, text).kind).toBe("not-a-number");
      }),
    );
  });
});

describe("parseDateCell", () => {
  const day = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
    .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
  const pad = (n: number) => String(n).padStart(2, "0");

  it(`reads a date the same from a date cell, a serial and every text style (TZ=${process.env.TZ ?? "unset"})`, () => {
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [d, m, y] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
        const serial = (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
        const texts = [
          `${pad(d)}/${pad(m)}/${y}`,
          `${pad(d)}-${pad(m)}-${y}`,
          `${d}.${m}.${y}`,
          `ngày ${d} tháng ${m} năm ${y}`,
          `Yên Hòa, ngày ${pad(d)} tháng ${pad(m)} năm ${y}`,
        ];
        expect(parseDateCell(date, "")).toBe(iso);
        expect(parseDateCell(serial, "")).toBe(iso);
        expect(parseDateCell(serial - 1462, "", true)).toBe(iso);
        for (const t of texts) expect([t, parseDateCell(t, t)]).toEqual([t, iso]);
      }),
    );
  });
});
