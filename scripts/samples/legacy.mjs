// Legacy Vietnamese encodings for the sample files: TCVN3 (TCVN 5712:1993 VN3, fonts .VnTime/.VnTimeH),
// VNI-Windows (fonts VNI-Times…) and Windows-1258 (CSV from Vietnamese Excel). Encoders only; the product's
// decoders live in src/core/encoding and are cross-checked against these and against glibc iconv in tests.

/** TCVN3 single-byte codes: the lowercase letters, plus the seven uppercase letters VN3 has (others need .VnTimeH). */
const TCVN3_LETTERS = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĂÂÊÔƠƯĐ";
const TCVN3_BYTES =
  "a8a9aaabacadaeb5b6b7b8b9bbbcbdbec6c7c8c9cacbcccecfd0d1d2d3d4d5d6d7d8dcdddedfe1e2e3e4e5e6e7e8e9eaebecedeeeff1f2f3f4f5f6f7f8f9fafbfcfdfea1a2a3a4a5a6a7";

/** Map of Unicode letter → TCVN3 byte. */
export const TCVN3_TABLE = new Map(
  [...TCVN3_LETTERS].map((ch, i) => [ch, parseInt(TCVN3_BYTES.slice(i * 2, i * 2 + 2), 16)]),
);

/**
 * Encodes Unicode text as TCVN3 and returns it as a string of Latin-1 characters (one per byte), which is how
 * such text sits in an .xlsx cell formatted with a .VnTime font. With `upperFont` (.VnTimeH), letters are written
 * as lowercase codes, because that font draws every code as a capital.
 */
export function toTcvn3(text, { upperFont = false } = {}) {
  const source = (upperFont ? text.toLowerCase() : text).normalize("NFC");
  let out = "";
  for (const ch of source) {
    const code = TCVN3_TABLE.get(ch);
    if (code !== undefined) out += String.fromCharCode(code);
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (ch === "–" || ch === "—") out += "-";
    else throw new Error(`TCVN3 cannot encode ${JSON.stringify(ch)} (capitals with tone marks need the .VnTimeH font)`);
  }
  return out;
}

const TONES = { "\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4 }; // sắc, huyền, hỏi, ngã, nặng
// VNI-Windows mark bytes (lowercase forms; uppercase = byte − 0x20), indexed by tone as in TONES.
const VNI_TONE = [0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const VNI_CIRCUMFLEX = [0xe1, 0xe0, 0xe5, 0xe3, 0xe4]; // â/ê/ô with a tone; bare circumflex is 0xe2
const VNI_BREVE = [0xe9, 0xe8, 0xfa, 0xfc, 0xeb]; // ă with a tone; bare breve is 0xea
const VNI_I = [0xed, 0xec, 0xe6, 0xf3, 0xf2]; // í ì ỉ ĩ ị are single bytes

/** Encodes one Vietnamese letter as VNI-Windows bytes: base letter, then mark byte(s). */
function vniLetter(ch) {
  if (ch === "đ") return [0xf1];
  if (ch === "Đ") return [0xd1];
  const parts = [...ch.normalize("NFD")];
  const base = parts[0];
  const upper = base !== base.toLowerCase();
  const shift = (b) => (upper ? b - 0x20 : b);
  const tone = parts.map((p) => TONES[p]).find((t) => t !== undefined);
  const hasTone = tone !== undefined;
  const lower = base.toLowerCase();
  if (parts.includes("\u031b")) {
    // horn: ơ = 0xf4, ư = 0xf6 as the base byte
    const horn = shift(lower === "o" ? 0xf4 : 0xf6);
    return hasTone ? [horn, shift(VNI_TONE[tone])] : [horn];
  }
  if (parts.includes("\u0302")) return [base.charCodeAt(0), shift(hasTone ? VNI_CIRCUMFLEX[tone] : 0xe2)];
  if (parts.includes("\u0306")) return [base.charCodeAt(0), shift(hasTone ? VNI_BREVE[tone] : 0xea)];
  if (!hasTone) return [base.charCodeAt(0)];
  if (lower === "i") return [shift(VNI_I[tone])];
  if (lower === "y" && tone === 4) return [shift(0xee)];
  return [base.charCodeAt(0), shift(VNI_TONE[tone])];
}

/** Encodes Unicode text as VNI-Windows, returned as Latin-1 characters (how it sits in a cell with a VNI-Times font). */
export function toVni(text) {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch === "–" || ch === "—") out += "-";
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else out += String.fromCharCode(...vniLetter(ch));
  }
  return out;
}

let cp1258 = null;
/** Encodes text as Windows-1258 bytes; letters the code page lacks go as base letter + combining tone mark. */
export function toWindows1258(text) {
  if (!cp1258) {
    const decoder = new TextDecoder("windows-1258");
    cp1258 = new Map();
    for (let b = 0; b < 256; b += 1) {
      const ch = decoder.decode(Uint8Array.of(b));
      if (ch !== "\ufffd" && !cp1258.has(ch)) cp1258.set(ch, b);
    }
  }
  const bytes = [];
  for (const ch of text.normalize("NFC")) {
    if (cp1258.has(ch)) {
      bytes.push(cp1258.get(ch));
      continue;
    }
    const nfd = [...ch.normalize("NFD")];
    const tone = nfd.find((p) => TONES[p] !== undefined);
    const base = nfd
      .filter((p) => p !== tone)
      .join("")
      .normalize("NFC");
    if (!tone || !cp1258.has(base) || !cp1258.has(tone))
      throw new Error(`Windows-1258 cannot encode ${JSON.stringify(ch)}`);
    bytes.push(cp1258.get(base), cp1258.get(tone));
  }
  return Uint8Array.from(bytes);
}
