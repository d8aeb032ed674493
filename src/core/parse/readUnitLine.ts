import { matchKey } from "../text/matchKey";
import { isWithoutDiacritics, plainKey } from "../text/plainKey";
import { splitPhrases } from "../text/splitPhrases";
import { isDateLine } from "./isDateLine";

/** What a word or phrase of a unit name is. */
type Role =
  /** The Party organisation of a place ("Đảng ủy xã X" is how a commune signs): dropped before the place. */
  | "party"
  /** An administrative kind; the words after it are the place's proper name. */
  | "kind"
  /** A committee named after its place ("Huyện ủy Yên Hòa", "Huyện đoàn Yên Hòa"); a proper name follows. */
  | "committee"
  /** The head noun of a body: an organisation, a board, an office. */
  | "body"
  /** A word that completes a body's name ("Nông dân", "MTTQ", "Việt Nam"); says nothing alone. */
  | "part";

/**
 * The vocabulary of issuing bodies as written in Party and mass-organisation documents, in the
 * casing of a readable name (a word in capitals is an abbreviation; a capitalised word starts a
 * proper name; kinds of place stay lower-case before the place's name).
 */
const VOCABULARY: readonly (readonly [Role, readonly string[]])[] = [
  // A place's Party committee and its People's Committee both sign for the place itself.
  ["party", ["Đảng ủy", "Đảng bộ", "Ban Chấp hành Đảng bộ", "Ban Thường vụ Đảng ủy", "Ủy ban nhân dân", "UBND"]],
  ["kind", ["xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "TP"]],
  [
    "committee",
    [
      "Huyện ủy",
      "Tỉnh ủy",
      "Thành ủy",
      "Quận ủy",
      "Thị ủy",
      "Huyện đoàn",
      "Tỉnh đoàn",
      "Thành đoàn",
      "Quận đoàn",
      "Thị đoàn",
    ],
  ],
  [
    "body",
    [
      "Ủy ban",
      "UBMTTQ",
      "MTTQ",
      "Mặt trận",
      "Hội",
      "Ban",
      "Đoàn",
      "Văn phòng",
      "Phòng",
      "Công an",
      "Chi bộ",
      "Cơ quan",
      "Liên đoàn",
      "Khối",
      "Trường",
      "Đảng ủy khối",
    ],
  ],
  [
    "part",
    [
      "Mặt trận Tổ quốc",
      "Tổ quốc",
      "Việt Nam",
      "VN",
      "nhân dân",
      "Nông dân",
      "ND",
      "Cựu chiến binh",
      "CCB",
      "Liên hiệp Phụ nữ",
      "Phụ nữ",
      "LHPN",
      "Dân vận",
      "Tuyên giáo",
      "Tuyên giáo và Dân vận",
      "Chấp hành",
      "Thường vụ",
      "Thường trực",
      "Thanh niên",
      "Cộng sản",
      "Hồ Chí Minh",
      "TNCS",
      "Kiểm tra",
      "Chỉ huy",
      "Quân sự",
      "Lao động",
      "Chỉ đạo",
      "Tổ chức",
      "Xây dựng Đảng",
      "và",
    ],
  ],
];

/** Lines that are never an issuer: the Party's and the State's mottos. */
const NOT_A_BODY = ["Đảng Cộng sản Việt Nam", "Cộng hòa xã hội chủ nghĩa", "Độc lập Tự do Hạnh phúc"];

interface Entry {
  readonly role: Role;
  /** Casing of each word: "upper" (an abbreviation), "title" or "lower". */
  readonly casing: readonly ("upper" | "title" | "lower")[];
}

/** Casing of a vocabulary word as written there. */
function casingOf(word: string): "upper" | "title" | "lower" {
  if (word.length > 1 && word === word.toUpperCase()) return "upper";
  return word[0] === word[0]?.toUpperCase() ? "title" : "lower";
}

/** Vocabulary keyed one way (accented or plain). */
function vocabulary(key: (text: string) => string): { phrases: Map<string, Entry>; mottos: string[] } {
  const phrases = new Map<string, Entry>();
  for (const [role, words] of VOCABULARY) {
    for (const phrase of words) phrases.set(key(phrase), { role, casing: phrase.split(" ").map(casingOf) });
  }
  return { phrases, mottos: NOT_A_BODY.map(key) };
}
const ACCENTED = vocabulary(matchKey);
const PLAIN = vocabulary(plainKey);

/** A word in the given casing. */
function recase(word: string, casing: "upper" | "title" | "lower"): string {
  const lower = word.toLowerCase();
  if (casing === "upper") return word.toUpperCase();
  return casing === "title" ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** A part of a line: its role and its words as they should read. */
interface Part {
  readonly role: Role | "name" | "other";
  readonly words: readonly string[];
}

/** Splits a line into vocabulary phrases and the proper names that follow kinds and committees. */
function partsOf(words: readonly string[], key: (text: string) => string, phrases: ReadonlyMap<string, Entry>): Part[] {
  const segments = splitPhrases(words.map(key), phrases);
  const parts: Part[] = [];
  let naming = false;
  for (const s of segments) {
    const original = words.slice(s.start, s.end);
    const last = parts[parts.length - 1];
    // After a kind or a committee every word is the place's name, up to the next kind or committee
    // (a name may hold vocabulary words: "xã Đoàn Kết"); its first word is always a name.
    const endsName = s.value && (s.value.role === "kind" || s.value.role === "committee" || s.value.role === "party");
    if (naming && (!endsName || last?.role !== "name")) {
      const word = original.map((w) => recase(w, "title"));
      if (last?.role === "name") parts[parts.length - 1] = { role: "name", words: [...last.words, ...word] };
      else parts.push({ role: "name", words: word });
      continue;
    }
    if (!s.value) {
      parts.push({ role: "other", words: original.map((w) => recase(w, "lower")) });
      naming = false;
      continue;
    }
    const casing = s.value.casing;
    parts.push({ role: s.value.role, words: original.map((w, i) => recase(w, casing[i] ?? "lower")) });
    naming = s.value.role === "kind" || s.value.role === "committee";
  }
  return parts;
}

/** Words joined, the first letter capitalised. */
function readable(parts: readonly Part[]): string {
  const text = parts.flatMap((p) => p.words).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One issuer line understood. */
export interface UnitLine {
  /** The body as a readable name: "Xã Yên Lạc", "Hội Nông dân xã Yên Lạc", "Ban Dân vận". */
  readonly name: string;
  /** The line names its place (a kind or a committee with a proper name); else it names a department of the line above. */
  readonly placed: boolean;
  /** The line as the parent of a department below it: "Huyện ủy Yên Hòa", "huyện Na Hang" (a Party organisation stands for its place). */
  readonly asParent: string;
}

/**
 * Reads one line of a document's issuer block (or a sheet or file name) as the body it names:
 * "ĐẢNG ỦY XÃ YÊN LẠC" → "Xã Yên Lạc" (a Party committee of a place signs for it), "HỘI NÔNG
 * DÂN XÃ YÊN LẠC" → "Hội Nông dân xã Yên Lạc", "ỦY BAN MTTQ VIỆT NAM PHƯỜNG 1" → "Ủy ban MTTQ
 * Việt Nam phường 1", "HUYỆN ỦY YÊN HÒA" → "Huyện ủy Yên Hòa"; "BAN DÂN VẬN" names a department
 * (not placed) that takes its place from the line above. Words are compared through `matchKey`,
 * or without diacritics when the line has none ("xa yen lac"). Mottos ("ĐẢNG CỘNG SẢN VIỆT
 * NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), document numbers,
 * dates and lines naming no body are not units.
 *
 * @param text - the cleaned text of the line
 * @returns the body it names, or null
 * @example
 * readUnitLine("ĐẢNG ỦY XÃ YÊN LẠC")?.name //=> "Xã Yên Lạc"
 * readUnitLine("BAN DÂN VẬN")?.placed //=> false
 * readUnitLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") //=> null
 */
export function readUnitLine(text: string): UnitLine | null {
  const nfc = text.normalize("NFC");
  if (/^\s*số\b/iu.test(nfc) || isDateLine(nfc)) return null;
  const plain = isWithoutDiacritics(nfc);
  const key = plain ? plainKey : matchKey;
  const { phrases, mottos } = plain ? PLAIN : ACCENTED;
  const lineKey = key(nfc);
  if (lineKey === "" || mottos.some((m) => ` ${lineKey} `.includes(` ${m} `))) return null;
  const words = nfc.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const parts = partsOf(words, key, phrases);
  const placed = parts.some((p) => p.role === "name");
  if (!placed && !parts.some((p) => p.role === "body" || p.role === "committee")) return null;
  // A Party organisation before something else stands for it: "Đảng ủy xã X" → "Xã X",
  // "Đảng ủy Công an huyện X" → "Công an huyện X".
  const own = parts.length > 1 && parts[0]?.role === "party" ? parts.slice(1) : parts;
  const parent =
    parts.length > 1 && parts[0]?.role === "party" && key(parts[0].words.join(" ")) === key("Đảng bộ")
      ? parts.slice(1)
      : parts;
  return { name: readable(own), placed, asParent: parent.flatMap((p) => p.words).join(" ") };
}
