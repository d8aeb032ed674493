import { editDistance } from "../_lib/editDistance";
import { matchKey } from "./matchKey";

/**
 * Names of organisations written many ways, each reduced to one short token. Longer variants are
 * listed first so "Ủy ban Mặt trận Tổ quốc Việt Nam" is not read as "Ủy ban Mặt trận Tổ quốc" + "Việt Nam".
 */
const ORGANISATIONS: readonly (readonly [token: string, variants: readonly string[]])[] = [
  [
    "mttq",
    [
      "Ủy ban Mặt trận Tổ quốc Việt Nam",
      "Ủy ban Mặt trận Tổ quốc",
      "Ủy ban MTTQ Việt Nam",
      "Ủy ban MTTQVN",
      "Ủy ban MTTQ",
      "UB MTTQ",
      "UBMTTQVN",
      "UBMTTQ",
      "Mặt trận Tổ quốc Việt Nam",
      "Mặt trận Tổ quốc",
      "MTTQVN",
    ],
  ],
  [
    "lhpn",
    ["Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ", "Hội LHPN Việt Nam", "Hội LHPN", "Hội Phụ nữ", "LHPN"],
  ],
  ["ccb", ["Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh", "Hội CCB"]],
  ["hnd", ["Hội Nông dân Việt Nam", "Hội Nông dân", "Hội ND", "HND"]],
  [
    "huyenđoan",
    [
      "Ban Thường vụ Huyện đoàn",
      "BTV Huyện đoàn",
      "Ban Chấp hành Huyện đoàn",
      "BCH Huyện đoàn",
      "Huyện đoàn",
      "H. Đoàn",
      "H.Đoàn",
    ],
  ],
];

/** Kinds of administrative unit, dropped from keys before a name ("Xã Tân An" = "Tân An"). */
const UNIT_KINDS = ["Thị trấn", "Phường", "Xã", "Đặc khu"];
/** Abbreviated or unaccented kinds, dropped only at the start ("TT. Phú Mỹ", "P. 1", "Xa Tan Hoa"). */
const LEADING_KINDS = ["tt", "p", "x", "xa", "phuong", "thi tran", "dac khu"];

/** Matches a key phrase as whole words; `beforeMore` only where more words follow. */
function wholeWords(key: string, beforeMore = false): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`(?<=^| )${escaped}${beforeMore ? "(?= .)" : "(?= |$)"}`, "gu");
}

const REPLACEMENTS: readonly (readonly [pattern: RegExp, token: string])[] = [
  ...ORGANISATIONS.flatMap(([token, variants]) =>
    variants.map((variant) => [wholeWords(matchKey(variant)), token] as const),
  ),
  ...UNIT_KINDS.map((kind) => [wholeWords(matchKey(kind), true), ""] as const),
];
const LEADING = new RegExp(`^(?:${LEADING_KINDS.join("|")}) (?=.)`, "u");

/**
 * The key for comparing unit names: `matchKey` plus the common ways of writing a unit's kind and its
 * organisation made irrelevant. "Xã", "Phường", "Thị trấn", "Đặc khu" are dropped; "UBMTTQ", "Ủy ban
 * MTTQ" and "Ủy ban Mặt trận Tổ quốc (Việt Nam)" are one; likewise "Hội LHPN" / "Hội Liên hiệp Phụ nữ",
 * "Hội CCB" / "Hội Cựu chiến binh", "Hội ND" / "Hội Nông dân" and the ways of writing "Huyện đoàn".
 * Numbers lose leading zeros ("Phường 01" = "Phường 1").
 *
 * @param name - a unit name as written
 * @returns the key (empty for a blank name)
 * @example
 * unitKey("UBMTTQ xã Tân An") === unitKey("Ủy ban Mặt trận Tổ quốc Việt Nam Tân An") //=> true
 * unitKey("Phường 01") === unitKey("P. 1") //=> true
 */
export function unitKey(name: string): string {
  let key = matchKey(name);
  for (const [pattern, token] of REPLACEMENTS) key = key.replace(pattern, token);
  const words = key
    .replace(LEADING, "")
    .split(" ")
    .filter((word) => word !== "");
  const cleaned = words.map((word) => (/^\d+$/u.test(word) ? String(Number(word)) : word)).join(" ");
  return cleaned === "" ? matchKey(name) : cleaned;
}

/**
 * The candidate whose name is closest to a given name (edit distance between `unitKey`s), for "did you
 * mean" suggestions. Candidates too far away to be a plausible typo are not suggested.
 *
 * @param name - the name as written
 * @param candidates - the known names
 * @returns the closest candidate as written in `candidates` (the first on a tie), or null when none is close
 * @example
 * closestName("Xa Tan Hoa", ["Xã Tân Hòa", "Phường 1"]) //=> "Xã Tân Hòa"
 * closestName("Hội Phụ nữ Tân An", ["Hội LHPN xã Tân An", "Hội CCB xã Tân An"]) //=> "Hội LHPN xã Tân An"
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const key = unitKey(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = unitKey(candidate);
    const distance = editDistance(key, other);
    const limit = Math.max(2, Math.floor(0.4 * Math.max(Array.from(key).length, Array.from(other).length)));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
