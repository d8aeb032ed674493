import { TONE_MARKS, type ToneMark, withTone } from "./vietnameseLetters";

/**
 * VNI-Windows (the VNI-Times, VNI-Helve… fonts), written from the VNI layout: ASCII is unchanged; a
 * toned or marked vowel is its base letter followed by one mark byte, and a few letters have a single
 * byte of their own. Mark bytes come in a lowercase and an uppercase form (the uppercase form is the
 * lowercase byte − 0x20), drawn higher to sit above capitals. All are shown here as the Windows-1252
 * characters a cell read as text holds.
 */

const [HUYEN, HOI, NGA, SAC, NANG] = TONE_MARKS;

/** Tone marks after a, e, o, u, y, ơ, ư: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng. */
const TONE_BYTES: readonly (readonly [mark: string, tone: ToneMark])[] = [
  ["ù", SAC],
  ["ø", HUYEN],
  ["û", HOI],
  ["õ", NGA],
  ["ï", NANG],
];

/** Circumflex marks after a, e, o: â alone, then á à å ã ä with sắc, huyền, hỏi, ngã, nặng. */
const CIRCUMFLEX_BYTES: readonly (readonly [mark: string, tone: ToneMark | null])[] = [
  ["â", null],
  ["á", SAC],
  ["à", HUYEN],
  ["å", HOI],
  ["ã", NGA],
  ["ä", NANG],
];

/** Breve marks after a: ê alone, then é è ú ü ë with sắc, huyền, hỏi, ngã, nặng. */
const BREVE_BYTES: readonly (readonly [mark: string, tone: ToneMark | null])[] = [
  ["ê", null],
  ["é", SAC],
  ["è", HUYEN],
  ["ú", HOI],
  ["ü", NGA],
  ["ë", NANG],
];

/** Letters with a byte of their own (lowercase; uppercase is the byte − 0x20). */
const SINGLE_BYTES: readonly (readonly [byte: string, letter: string])[] = [
  ["ô", "ơ"],
  ["ö", "ư"],
  ["ñ", "đ"],
  ["í", "í"],
  ["ì", "ì"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["ò", "ị"],
  ["î", "ỵ"],
];

/** The uppercase form of a VNI byte (−0x20 in Windows-1252, which is what toUpperCase gives here). */
function upperByte(byte: string): string {
  return String.fromCharCode(byte.charCodeAt(0) - 0x20);
}

function addPair(table: Map<string, string>, base: string, mark: string, letter: string): void {
  table.set(base + mark, letter);
  table.set(base.toUpperCase() + upperByte(mark), letter.toUpperCase());
  // A capital typed with the lowercase mark byte ("Aù") still means the capital letter.
  table.set(base.toUpperCase() + mark, letter.toUpperCase());
}

function buildPairs(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const base of ["a", "e", "o", "u", "y"]) {
    for (const [mark, tone] of TONE_BYTES) addPair(table, base, mark, withTone(base, tone));
  }
  for (const [base, marked] of [
    ["a", "â"],
    ["e", "ê"],
    ["o", "ô"],
  ] as const) {
    for (const [mark, tone] of CIRCUMFLEX_BYTES) addPair(table, base, mark, tone ? withTone(marked, tone) : marked);
  }
  for (const [mark, tone] of BREVE_BYTES) addPair(table, "a", mark, tone ? withTone("ă", tone) : "ă");
  return table;
}

function buildSingles(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [byte, letter] of SINGLE_BYTES) {
    table.set(byte, letter);
    table.set(upperByte(byte), letter.toUpperCase());
  }
  return table;
}

/** Base letter + mark byte → Unicode letter, both cases (e.g. "eä" → "ệ", "OÂ" → "Ô"). */
export const VNI_PAIRS: ReadonlyMap<string, string> = buildPairs();

/** Single VNI byte → Unicode letter, both cases (e.g. "ô" → "ơ", "ò" → "ị", "Ñ" → "Đ"). */
export const VNI_SINGLES: ReadonlyMap<string, string> = buildSingles();

/** ơ and ư (as their VNI bytes, both cases) take a tone byte after them, like a plain vowel. */
export const VNI_TONE_BYTES: ReadonlyMap<string, ToneMark> = new Map(
  TONE_BYTES.flatMap(([mark, tone]) => [
    [mark, tone],
    [upperByte(mark), tone],
  ]),
);
