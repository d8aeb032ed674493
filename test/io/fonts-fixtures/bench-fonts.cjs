// Measures the cost of the legacy-font readers (src/io/fonts). Usage, from the repo root after
// `npm run build:cli`: node test/io/fonts-fixtures/bench-fonts.cjs [DIR_OF_XLS_COPIES]
// Times readWorkbookBytes with and without the font readers, and the font readers alone.
const fs = require("fs"),
  path = require("path");
const root = process.cwd();
const X = require(root + "/node_modules/@e965/xlsx");
const ox = require(root + "/lib/io/fonts/readLegacyFonts.js");
const bx = require(root + "/lib/io/fonts/readBiffFonts.js");
const { readWorkbookBytes } = require(root + "/lib/io/readWorkbook.js");
const { DEFAULT_READ_LIMITS } = require(root + "/lib/io/readLimits.js");
const real = { ox: ox.readLegacyFonts, bx: bx.readBiffFonts };
const on = (v) => {
  ox.readLegacyFonts = v ? real.ox : () => new Map();
  bx.readBiffFonts = v ? real.bx : () => new Map();
};
const load = (dir, re) =>
  fs
    .readdirSync(dir)
    .filter((f) => re.test(f))
    .sort()
    .map((f) => [f, new Uint8Array(fs.readFileSync(path.join(dir, f)))]);
const times = (list, n) => Array.from({ length: n }, () => list).flat();
const sets = {
  "bench .xlsx (500)": load(root + "/.bench/500", /\.xlsx$/),
  "bench as .xls (50 x10)": times(load(process.argv[2] || root + "/test/io/fonts-fixtures", /\.xls$/), 10),
  "legacy .xlsx (2 x250)": times(load(root + "/assets/samples-legacy", /\.xlsx$/), 250),
  "legacy .xls (2 x250)": times(load(root + "/test/io/fonts-fixtures", /\.xls$/), 250),
};
const round = (files) => {
  const t = process.hrtime.bigint();
  for (const [f, b] of files) readWorkbookBytes(b, f);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const alone = (files) => {
  const prepared = files.map(([f, b]) =>
    f.endsWith(".xls") ? ["x", X.CFB.read(b, { type: "array" })] : ["o", b, X.read(b, { type: "array", dense: true })],
  );
  const t = process.hrtime.bigint();
  for (const [k, a, book] of prepared) {
    if (k === "x") real.bx(a, DEFAULT_READ_LIMITS);
    else real.ox(a, DEFAULT_READ_LIMITS, book);
  }
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
for (const [name, files] of Object.entries(sets)) {
  const w = [],
    wo = [],
    a = [];
  on(true);
  round(files);
  on(false);
  round(files);
  for (let i = 0; i < 5; i++) {
    on(true);
    w.push(round(files));
    on(false);
    wo.push(round(files));
    a.push(alone(files));
  }
  const n = files.length;
  console.log(
    `${name}: read ${(med(w) / n).toFixed(2)} ms/file with fonts, ${(med(wo) / n).toFixed(2)} without; font reader alone ${(med(a) / n).toFixed(4)} ms/file`,
  );
}
