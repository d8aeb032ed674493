#!/usr/bin/env node
// Benchmark of `dvk consolidate` (npm run bench).
//
//   node scripts/bench.mjs [--quick] [--sizes 100,500,2000] [--write-doc]
//
// Generates N canonical Mẫu 01-DVK submissions into .bench/N (reused on later runs; gitignored) with the sample
// generator's own writer, then for each N measures:
//   run   — `node bin/dvk.js consolidate .bench/N --json <tmp>` as a child process: wall time, files/s, peak RSS
//           (GNU /usr/bin/time -v when present; it reports the largest resident set of the process tree's biggest
//           process, which with worker threads is the whole CLI);
//   floor — the same reader (compiled lib/io/readWorkbook.js `readWorkbookBytes`) reading the same files one by one
//           in one thread of a fresh Node process (file read + parse, module loading excluded);
//   ratio — run / floor (targets at N = 2000: ratio ≤ 1.3, peak RSS ≤ 300 MB, ms/file flat from 100 to 2000);
//   pandas — scripts/bench-pandas.py, the script an officer might write (pandas + openpyxl summing fixed positions,
//           no checks), through Debian's python3-pandas / python3-openpyxl; skipped with a note when absent.
// --write-doc replaces the results block of docs/performance.md (between the bench markers).
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
  mkdtempSync,
} from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { createRandom } from "./samples/prng.mjs";
import { FIELDS, LEVELS, TYPES, emptyCounts, countKey } from "./samples/model.mjs";
import { buildForm } from "./samples/form.mjs";
import { xlsxBytes } from "./samples/writers.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(repo, ".bench");
const FORMAT_VERSION = "1"; // bump when the generated files change, so cached folders are rebuilt

// ── floor mode: a child process that parses files with the product's reader and prints JSON ──────────────
if (process.argv[2] === "--floor") {
  const dir = process.argv[3];
  const require = createRequire(import.meta.url);
  const { readWorkbookBytes } = require(path.join(repo, "lib/io/readWorkbook.js"));
  // Also time validateWorkbook (the reader's core) when the compiled core exports it: where the time goes.
  let validateWorkbook = null;
  let options = null;
  try {
    const core = require(path.join(repo, "lib/core/index.js"));
    validateWorkbook = core.validateWorkbook;
    // The defaults of the current year (builds from before defaultOptions exported fixed DEFAULT_OPTIONS).
    options =
      typeof core.defaultOptions === "function" ? core.defaultOptions(new Date().getFullYear()) : core.DEFAULT_OPTIONS;
  } catch {
    validateWorkbook = null;
  }
  const files = listSubmissions(dir);
  let sheets = 0;
  let failed = 0;
  let validateMs = 0;
  const start = performance.now();
  for (const file of files) {
    const result = await readWorkbookBytes(new Uint8Array(readFileSync(file)), file);
    if (result.workbook) sheets += result.workbook.sheets.length;
    else failed += 1;
  }
  const ms = performance.now() - start;
  if (typeof validateWorkbook === "function") {
    // Second pass: time validateWorkbook alone (reading again, untimed), so the column is validation cost only.
    for (const file of files) {
      const result = await readWorkbookBytes(new Uint8Array(readFileSync(file)), file);
      const t0 = performance.now();
      if (result.workbook) validateWorkbook(result.workbook, options, 0);
      validateMs += performance.now() - t0;
    }
  }
  process.stdout.write(
    JSON.stringify({
      files: files.length,
      ms,
      validateMs: validateMs || null,
      sheets,
      failed,
      rssMb: process.memoryUsage().rss / 1048576,
    }),
  );
  process.exit(0);
}

function listSubmissions(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(xlsx|xls|ods|csv)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** One synthetic canonical submission: unit i, a year, counts with cumulative = previous + new. */
function* syntheticSubmissions(n) {
  const rng = createRandom(2000);
  const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
  for (let u = 0; u * years.length < n; u += 1) {
    const code = `BENCH-${String(u + 1).padStart(4, "0")}`;
    const unit = {
      code,
      name: `Xã Thử Nghiệm ${u + 1}`,
      kind: "xã",
      issuer: `ĐẢNG ỦY XÃ THỬ NGHIỆM ${u + 1}`,
      place: "Thử Nghiệm",
    };
    let previous = emptyCounts();
    for (const year of years) {
      const counts = emptyCounts();
      for (const f of FIELDS) {
        for (const l of LEVELS) {
          for (const t of TYPES) {
            const k = countKey(f, l, t);
            counts[k].new = rng.poisson(l === "xa" ? 0.8 : l === "huyen" ? 0.15 : 0.03);
            counts[k].cumulative = previous[k].cumulative + counts[k].new;
          }
        }
      }
      previous = counts;
      yield {
        file: `${code.toLowerCase()}-${year}.xlsx`,
        sub: {
          unit,
          year,
          counts,
          levels: LEVELS,
          date: { y: year, m: 10, d: rng.int(5, 28) },
          docNo: "12",
          signerName: "Nguyễn Văn An",
        },
      };
    }
  }
}

/** Makes .bench/<n> hold n canonical files: written once into .bench/pool, then copied. */
async function ensureFiles(n) {
  const dir = path.join(benchDir, String(n));
  const marker = path.join(dir, ".complete");
  if (existsSync(marker) && readFileSync(marker, "utf8") === `${FORMAT_VERSION}:${n}`) return dir;
  const pool = path.join(benchDir, "pool");
  mkdirSync(pool, { recursive: true });
  const have = new Set(readdirSync(pool));
  const poolMarker = path.join(pool, ".version");
  if (!existsSync(poolMarker) || readFileSync(poolMarker, "utf8") !== FORMAT_VERSION) {
    rmSync(pool, { recursive: true, force: true });
    mkdirSync(pool, { recursive: true });
    have.clear();
    writeFileSync(poolMarker, FORMAT_VERSION);
  }
  const wanted = [];
  let written = 0;
  for (const s of syntheticSubmissions(n)) {
    if (wanted.length >= n) break;
    wanted.push(s.file);
    if (have.has(s.file)) continue;
    const { grid } = buildForm(s.sub, { dateStyle: "date" });
    writeFileSync(path.join(pool, s.file), await xlsxBytes([grid], { date: new Date(Date.UTC(s.sub.year, 9, 1)) }));
    written += 1;
    if (written % 250 === 0) process.stderr.write(`  generated ${written} files…\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of wanted) copyFileSync(path.join(pool, f), path.join(dir, f));
  writeFileSync(marker, `${FORMAT_VERSION}:${n}`);
  return dir;
}

/** Runs the whole CLI on a folder; wall time, peak RSS, exit code. */
function measureRun(dir) {
  const tmp = mkdtempSync(path.join(tmpdir(), "dvk-bench-"));
  const json = path.join(tmp, "out.json");
  const cli = [path.join(repo, "bin/dvk.js"), "consolidate", dir, "--json", json];
  const useTime = existsSync("/usr/bin/time");
  const start = performance.now();
  const child = useTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...cli], {
        cwd: repo,
        encoding: "utf8",
        maxBuffer: 64 * 1048576,
      })
    : spawnSync(process.execPath, cli, { cwd: repo, encoding: "utf8", maxBuffer: 64 * 1048576 });
  const ms = performance.now() - start;
  const rss = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? "") : null;
  let submissions = null;
  try {
    submissions = JSON.parse(readFileSync(json, "utf8")).submissions?.length ?? null;
  } catch {
    submissions = null;
  }
  rmSync(tmp, { recursive: true, force: true });
  const tail = (child.stderr ?? "")
    .split("\n")
    .filter((l) => l && !/^\s+\S.*:\s/.test(l) && !l.includes("Command being timed"))
    .slice(-3)
    .join(" | ");
  return {
    ms,
    rssMb: rss ? Number(rss[1]) / 1024 : null,
    exit: child.status,
    submissions,
    error: child.status === 0 ? null : tail,
  };
}

/** Parse-only floor in a fresh single-threaded Node process. */
function measureFloor(dir) {
  if (!existsSync(path.join(repo, "lib/io/readWorkbook.js")))
    return { error: "lib/io/readWorkbook.js not built (npm run build:cli)" };
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--floor", dir], {
    cwd: repo,
    encoding: "utf8",
    maxBuffer: 16 * 1048576,
  });
  if (child.status !== 0) return { error: (child.stderr || "floor failed").split("\n").slice(0, 2).join(" ") };
  return JSON.parse(child.stdout);
}

/** The pandas + openpyxl yardstick in a fresh Python process, or why it was skipped. */
function measurePandas(dir) {
  // Debian's python3 (python3-pandas, python3-openpyxl) first: a python3 earlier on PATH may lack them.
  const python = ["/usr/bin/python3", "python3"].find(
    (bin) => spawnSync(bin, ["-c", "import pandas, openpyxl"], { encoding: "utf8" }).status === 0,
  );
  if (!python)
    return {
      error: "skipped: no python3 with pandas and openpyxl (apt-get install python3-pandas python3-openpyxl)",
    };
  // Whole process, as the CLI's run is: start-up and imports included.
  const start = performance.now();
  const child = spawnSync(python, [path.join(repo, "scripts/bench-pandas.py"), dir], {
    cwd: repo,
    encoding: "utf8",
    maxBuffer: 16 * 1048576,
  });
  const ms = performance.now() - start;
  if (child.status !== 0) return { error: (child.stderr || "pandas failed").split("\n").slice(-2).join(" ") };
  // The script's own `ms` (its read-and-sum loop) is kept as loopMs; the column shows the whole process.
  const { ms: loopMs, ...rest } = JSON.parse(child.stdout);
  return { ...rest, loopMs, ms };
}

const fmt = (x, digits = 0) => (x === null || x === undefined || Number.isNaN(x) ? "n/a" : x.toFixed(digits));

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const sizesArg = args.indexOf("--sizes");
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(",").map(Number) : quick ? [100] : [100, 500, 2000];
  if (!existsSync(path.join(repo, "lib/cli/main.js")))
    console.error("bench: the CLI is not built; run `npm run build:cli` first.");

  const rows = [];
  for (const n of sizes) {
    process.stderr.write(`N = ${n}: preparing files…\n`);
    const dir = await ensureFiles(n);
    process.stderr.write(`N = ${n}: whole run…\n`);
    const run = measureRun(dir);
    process.stderr.write(`N = ${n}: parse-only floor…\n`);
    const floor = measureFloor(dir);
    process.stderr.write(`N = ${n}: pandas yardstick…\n`);
    const pandas = measurePandas(dir);
    rows.push({ n, run, floor, pandas });
  }

  const header =
    "| N | run (s) | files/s | ms/file | marginal ms/file | peak RSS (MB) | floor (s) | floor ms/file | run/floor | validate only, 1 thread (s) | pandas (s) | run/pandas | exit | submissions |";
  const lines = [header, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"];
  let before = null; // previous successful row: marginal cost = Δ run time / Δ N, free of the fixed start-up cost
  for (const { n, run, floor, pandas } of rows) {
    // A failed run's time means nothing: show n/a rather than a misleadingly fast number.
    const ok = run.exit === 0;
    const ms = ok ? run.ms : null;
    const ratio = ok && floor.ms ? run.ms / floor.ms : null;
    const versusPandas = ok && pandas.ms ? run.ms / pandas.ms : null;
    lines.push(
      `| ${n} | ${fmt(ms === null ? null : ms / 1000, 2)} | ${fmt(ms === null ? null : (n * 1000) / ms, 0)} | ${fmt(ms === null ? null : ms / n, 1)} | ${fmt(ok && before ? (ms - before.ms) / (n - before.n) : null, 1)} | ${fmt(ok ? run.rssMb : null, 0)} | ${fmt(floor.ms ? floor.ms / 1000 : null, 2)} | ${fmt(floor.ms ? floor.ms / n : null, 1)} | ${fmt(ratio, 2)} | ${fmt(floor.validateMs ? floor.validateMs / 1000 : null, 2)} | ${fmt(pandas.ms ? pandas.ms / 1000 : null, 2)} | ${fmt(versusPandas, 2)} | ${run.exit ?? "n/a"} | ${run.submissions ?? "n/a"} |`,
    );
    if (ok) before = { n, ms };
  }
  const notes = rows.flatMap(({ n, run, floor, pandas }) =>
    [
      run.error ? `- N = ${n}: run exited ${run.exit}: ${run.error}` : null,
      floor.error ? `- N = ${n}: floor: ${floor.error}` : null,
      pandas.error ? `- N = ${n}: pandas: ${pandas.error}` : null,
    ].filter(Boolean),
  );
  // Verdict against the targets, from the largest N measured (flatness: ms/file vs the smallest N).
  const okRows = rows.filter((r) => r.run.exit === 0);
  const big = okRows[okRows.length - 1];
  const small = okRows[0];
  if (big) {
    const ratio = big.floor.ms ? big.run.ms / big.floor.ms : null;
    // Flat per-file cost: the marginal cost (Δt/ΔN) of the last step against the step before it (with three sizes),
    // or against the average cost at the smallest N (with two).
    const prev = okRows[okRows.length - 2];
    const prev2 = okRows[okRows.length - 3];
    const marginal = (a, b) => (b.run.ms - a.run.ms) / (b.n - a.n);
    const flat = prev2
      ? marginal(prev, big) / marginal(prev2, prev)
      : prev
        ? marginal(prev, big) / (small.run.ms / small.n)
        : null;
    const basis = prev2 ? `the marginal ms/file from N = ${prev2.n} to ${prev.n}` : `ms/file at N = ${small?.n}`;
    const mark = (ok) => (ok === null ? "not measured" : ok ? "met" : "NOT met");
    notes.push(
      `- Targets at N = ${big.n}: run/floor ≤ 1.3: ${mark(ratio === null ? null : ratio <= 1.3)} (${fmt(ratio, 2)}); ` +
        `peak RSS ≤ 300 MB: ${mark(big.run.rssMb === null ? null : big.run.rssMb <= 300)} (${fmt(big.run.rssMb, 0)}); ` +
        `per-file cost flat (marginal ms/file up to N = ${big.n} ≤ 1.25× ${basis}): ${mark(flat === null ? null : flat <= 1.25)} (${fmt(flat, 2)}×); ` +
        `run/pandas ≤ 0.25: ${mark(big.pandas.ms ? big.run.ms / big.pandas.ms <= 0.25 : null)} (${fmt(big.pandas.ms ? big.run.ms / big.pandas.ms : null, 2)}).`,
    );
  }
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model?.trim() ?? "CPU"}, ${(totalmem() / 1073741824).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}`;
  const commit =
    spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).stdout?.trim() || "?";
  // The load average says whether other work shared the cores during the run (numbers are only comparable at low load).
  const load = loadavg()[0].toFixed(1);
  const report = [
    `Machine: ${machine}; commit ${commit}; ${new Date().toISOString().slice(0, 16)}Z; load average (1 min) at the end: ${load}.`,
    `Command: \`npm run bench${quick ? " -- --quick" : ""}\``,
    "",
    ...lines,
    ...(notes.length ? ["", ...notes] : []),
  ].join("\n");
  console.log(report);

  if (args.includes("--write-doc")) {
    const doc = path.join(repo, "docs/performance.md");
    const text = readFileSync(doc, "utf8");
    const begin = "<!-- bench:begin -->";
    const end = "<!-- bench:end -->";
    if (!text.includes(begin) || !text.includes(end)) throw new Error("docs/performance.md has no bench markers");
    writeFileSync(
      doc,
      text.slice(0, text.indexOf(begin) + begin.length) + "\n" + report + "\n" + text.slice(text.indexOf(end)),
    );
    console.error(`bench: results written to ${path.relative(process.cwd(), doc)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
