#!/usr/bin/env node
/* global document, setInterval, clearInterval */
// Benchmark of the task pane in the preview (npm run bench:pane), issue 13 §3.
//
//   node scripts/bench-pane.mjs [--sizes 100,300,1000] [--runs 1] [--dist dist] [--label now] [--profile out.cpuprofile]
//                               [--write-doc]
//
// For each N: the built preview (dist/, `npm run build` first) is opened in Debian's Chromium (playwright-core, as
// test/e2e/preview.test.mjs does) with ?samples=0, the N canonical files of .bench/N (made from .bench/pool, which
// `npm run bench` writes) are set on #file-input, and the clock stops when the status line says "Đã đọc N/N tệp" and
// the consolidated table is shown. Recorded: wall time, ms/file, the page's JS heap (CDP Performance.getMetrics) and
// the renderer process's resident memory (Chromium's page process, where the workers run too: /proc, final and peak),
// and the ratio to `node bin/dvk.js consolidate .bench/N --json <tmp>` on the same files, run just before.
// --runs R alternates CLI and pane R times per N and reports medians. --dist serves another build (to compare an
// older commit's build interleaved with this one). --profile writes a CPU profile of the page's main thread for the
// largest N (CDP Profiler). --write-doc replaces the block between the bench-pane markers of docs/performance.md.
import { spawnSync, execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPreviewServer } from "../src/preview/server.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(repo, ".bench");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TAG = `--dvk-bench-pane=${process.pid}`;
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  TAG,
];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const sizes = option("sizes", "100,300,1000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const runs = Math.max(1, Number(option("runs", "1")) || 1);
const dist = path.resolve(repo, option("dist", "dist"));
const label = option("label", "");
const profileOut = option("profile", null);
const writeDoc = process.argv.includes("--write-doc");

/** .bench/N: the first N files of .bench/pool (the pool `npm run bench` generates). */
function ensureFiles(n) {
  const dir = path.join(benchDir, String(n));
  const pool = path.join(benchDir, "pool");
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".xlsx")) : [];
  if (have.length === n) return dir;
  if (!existsSync(pool)) throw new Error("No .bench/pool: run `npm run bench -- --sizes 2000` once first.");
  const files = readdirSync(pool)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  if (files.length < n) throw new Error(`.bench/pool has ${files.length} files, fewer than ${n}.`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files.slice(0, n)) copyFileSync(path.join(pool, f), path.join(dir, f));
  return dir;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of the CLI on the folder (a child process, Node start-up included). */
function measureCli(dir) {
  const tmp = mkdtempSync(path.join(tmpdir(), "dvk-bench-pane-"));
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(repo, "bin/dvk.js"), "consolidate", dir, "--json", path.join(tmp, "x.json")],
    {
      stdio: "ignore",
    },
  );
  const ms = performance.now() - start;
  rmSync(tmp, { recursive: true, force: true });
  return { ms, exit: run.status };
}

/** Resident memory (MB) of this browser's renderer processes (the page and its workers). */
function rendererRssMb() {
  let out;
  try {
    out = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,args="], { encoding: "utf8", maxBuffer: 1 << 24 });
  } catch {
    return null;
  }
  const procs = out
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter(Boolean)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), args: m[4] }));
  const roots = new Set(procs.filter((p) => p.args.includes(TAG)).map((p) => p.pid));
  const ours = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs)
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
  }
  const renderers = procs.filter((p) => ours.has(p.pid) && p.args.includes("--type=renderer"));
  return renderers.length ? renderers.reduce((n, p) => n + p.rss, 0) / 1024 : null;
}

/** One pane run: opens the preview, picks the N files, waits for "Đã đọc N/N tệp" and the consolidated table. */
async function measurePane(browser, url, dir, n, profile) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(new URL("?samples=0", url).href);
  await page.waitForSelector("#file-input", { state: "attached" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  let peak = rendererRssMb() ?? 0;
  const sampler = setInterval(() => {
    const rss = rendererRssMb();
    if (rss !== null && rss > peak) peak = rss;
  }, 500);
  const expected = `Đã đọc ${n}/${n} tệp`;
  const start = performance.now();
  await page.setInputFiles("#file-input", files);
  await page.waitForFunction(
    (text) =>
      document.getElementById("status")?.textContent === text &&
      document.querySelector("#consolidated-table table") !== null,
    expected,
    { timeout: 0, polling: 50 },
  );
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (profile) {
    const { profile: data } = await cdp.send("Profiler.stop");
    writeFileSync(profile, JSON.stringify(data));
  }
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const heapMb = (metric("JSHeapUsedSize") ?? 0) / 1048576;
  const rss = rendererRssMb();
  if (rss !== null && rss > peak) peak = rss;
  const submissions = await page.evaluate(() => document.querySelectorAll(".submission").length);
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { ms, heapMb, rssMb: rss, peakMb: peak, submissions };
}

async function main() {
  if (!existsSync(path.join(dist, "preview.html")))
    throw new Error(`No build in ${dist}: run \`npm run build\` first.`);
  const server = await startPreviewServer({ port: 0, dist });
  const rows = [];
  try {
    for (const n of sizes) {
      const dir = ensureFiles(n);
      const samples = [];
      for (let r = 0; r < runs; r++) {
        const cli = measureCli(dir);
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
        let pane;
        try {
          const profile = profileOut && n === Math.max(...sizes) && r === 0 ? profileOut : null;
          pane = await measurePane(browser, server.url, dir, n, profile);
        } finally {
          await browser.close();
        }
        samples.push({ cli, pane });
        process.stderr.write(
          `  N=${n} run ${r + 1}/${runs}: pane ${(pane.ms / 1000).toFixed(2)} s, CLI ${(cli.ms / 1000).toFixed(2)} s, ` +
            `heap ${pane.heapMb.toFixed(0)} MB, renderer ${pane.rssMb?.toFixed(0) ?? "n/a"} MB (peak ${pane.peakMb.toFixed(0)})\n`,
        );
      }
      const paneMs = median(samples.map((s) => s.pane.ms));
      const cliMs = median(samples.map((s) => s.cli.ms));
      rows.push({
        n,
        paneMs,
        cliMs,
        heapMb: median(samples.map((s) => s.pane.heapMb)),
        rssMb: median(samples.map((s) => s.pane.rssMb ?? 0)),
        peakMb: median(samples.map((s) => s.pane.peakMb)),
        ratios: samples.map((s) => s.pane.ms / s.cli.ms),
      });
    }
  } finally {
    await server.close();
  }
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).stdout.trim();
  const header =
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim().split(" ").slice(0, 2).join(" ")}, ` +
    `${(totalmem() / 1073741824).toFixed(1)} GB RAM, ${execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim()}, ` +
    `Node ${process.version}; commit ${commit}${label ? ` (${label})` : ""}; build ${path.relative(repo, dist) || "."}; ` +
    `${new Date().toISOString().slice(0, 16)}Z; load average (1 min) at the end: ${loadavg()[0].toFixed(1)}; ` +
    `medians of ${runs} run${runs > 1 ? "s" : ""}.`;
  const table = [
    "| N | pane (s) | ms/file | JS heap (MB) | renderer RSS end / peak (MB) | CLI (s) | pane/CLI |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.n} | ${(r.paneMs / 1000).toFixed(2)} | ${(r.paneMs / r.n).toFixed(1)} | ${r.heapMb.toFixed(0)} | ` +
        `${r.rssMb.toFixed(0)} / ${r.peakMb.toFixed(0)} | ${(r.cliMs / 1000).toFixed(2)} | ${median(r.ratios).toFixed(1)} |`,
    ),
  ].join("\n");
  const block = `${header}\nCommand: \`npm run bench:pane${
    process.argv.slice(2).length
      ? ` -- ${process.argv
          .slice(2)
          .filter((a) => a !== "--write-doc")
          .join(" ")}`
      : ""
  }\`\n\n${table}\n`;
  process.stdout.write(`${block}\n`);
  if (writeDoc) {
    const doc = path.join(repo, "docs/performance.md");
    const text = readFileSync(doc, "utf8");
    const begin = "<!-- bench-pane:begin -->";
    const end = "<!-- bench-pane:end -->";
    const i = text.indexOf(begin);
    const j = text.indexOf(end);
    if (i < 0 || j < i) throw new Error("docs/performance.md has no bench-pane markers");
    writeFileSync(doc, `${text.slice(0, i + begin.length)}\n${block}${text.slice(j)}`);
    process.stderr.write("docs/performance.md updated\n");
  }
}

await main();
