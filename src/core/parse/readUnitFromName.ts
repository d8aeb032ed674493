import { baseName } from "../_lib/baseName";
import { matchKey } from "../text/matchKey";
import { isWithoutDiacritics, plainKey } from "../text/plainKey";
import { splitPhrases } from "../text/splitPhrases";
import { readUnitLine } from "./readUnitLine";

/** Words of sheet and file names that say what the document is, not whose it is. */
const NOISE = [
  "báo cáo",
  "bc",
  "dvk",
  "dân vận khéo",
  "dân vận",
  "khéo",
  "mẫu",
  "biểu",
  "kết quả",
  "phong trào",
  "thi đua",
  "năm",
  "tổng hợp",
  "số liệu",
  "bổ sung",
  "sửa",
  "sửa đổi",
  "lần",
  "chính thức",
  "gửi",
  "final",
  "copy",
  "sheet",
  "trang",
  "bản sao",
];
const NOISE_KEYS = new Map(NOISE.map((w) => [matchKey(w), true] as const));
// Typed without diacritics, "năm" is "nam", which is also a place-name syllable ("Nam Hòa"): kept.
const PLAIN_NOISE_KEYS = new Map(NOISE.filter((w) => plainKey(w) !== "nam").map((w) => [plainKey(w), true] as const));
const EXTENSION = /\.(?:xlsx|xlsm|xls|ods|csv)$/iu;

/**
 * The unit a sheet or file name names, when it looks like a unit's name: the document words
 * ("báo cáo", "BC", "DVK", "Mẫu 01"), years, numbers and separators are dropped and what is left
 * must name a body and its place ("Xã Yên Lạc", "xa-yen-lac-2016.xlsx" → "Xa Yen Lac", "BC DVK
 * Xa Tan Hoa 2019.xls" → "Xa Tan Hoa", "HND xã Yên Lạc"). "Sheet1", "Mẫu 01-DVK", "Báo cáo",
 * "2023" name no unit. A name typed without diacritics stays so (the units registry or the same
 * unit's other reports give it back its spelling).
 *
 * @param name - a sheet name or a file name (folders are ignored)
 * @returns the readable unit name, or null
 * @example
 * readUnitFromName("2016/xa-yen-lac-2016.xlsx") //=> "Xa Yen Lac"
 * readUnitFromName("Mẫu 01-DVK") //=> null
 */
export function readUnitFromName(name: string): string | null {
  // A copy's "(1)" and the extension are not part of the name.
  const base = baseName(name)
    .normalize("NFC")
    .replace(EXTENSION, "")
    .replace(/\(\d+\)/gu, " ");
  const words = base.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  // Document words are recognised as written, and also without diacritics ("bao cao", "dan van kheo").
  const accented = splitPhrases(words.map(matchKey), NOISE_KEYS);
  const plainWords = words.map((w, i) =>
    accented.some((s) => s.value && s.start <= i && i < s.end) ? "" : isWithoutDiacritics(w) ? plainKey(w) : "\u0000",
  );
  const noise = new Set<number>();
  for (const s of [...accented, ...splitPhrases(plainWords, PLAIN_NOISE_KEYS)])
    for (let i = s.start; s.value && i < s.end; i++) noise.add(i);
  const kept: string[] = [];
  words.forEach((word, i) => {
    // Years, numbering ("01 xa …") and words glued to digits ("Sheet1", "v2") are not names; a
    // short number after a name's words is ("Phường 1").
    const number = /^\d{1,3}$/u.test(word);
    if (!noise.has(i) && (number ? kept.length > 0 : !/\p{N}/u.test(word))) kept.push(word);
  });
  const line = kept.length > 0 ? readUnitLine(kept.join(" ")) : null;
  return line?.placed ? line.name : null;
}
