#!/usr/bin/env node
// Dependency policy (issue 7 §5), checked offline from the lockfile and node_modules:
// - the spreadsheet reader is pinned exactly (@e965/xlsx 0.20.3, with an integrity hash in the lockfile);
// - no package with a known advisory listed in ../shared/reference/xlsx-reading.md is anywhere in the tree
//   (xlsx 0.18.x: CVE-2023-30533, CVE-2024-22363; fflate <= 0.8.2: CVE-2026-45820);
// - `npm ls --all` reports no missing, invalid or extraneous packages.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

// Usage: check-deps.mjs [project-dir] — the directory defaults to the repository root (tests point it elsewhere).
const root = process.argv[2] ? pathToFileURL(resolve(process.argv[2]) + "/") : new URL("..", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const lock = JSON.parse(readFileSync(new URL("package-lock.json", root), "utf8"));
const problems = [];

const pinned = pkg.dependencies?.["@e965/xlsx"];
if (pinned !== "0.20.3")
  problems.push(`@e965/xlsx must be pinned exactly to 0.20.3 in package.json (found ${pinned ?? "nothing"})`);
const lockedReader = lock.packages?.["node_modules/@e965/xlsx"];
if (!lockedReader || lockedReader.version !== "0.20.3" || !lockedReader.integrity) {
  problems.push("package-lock.json must lock @e965/xlsx 0.20.3 with an integrity hash");
}

/** Versions with known advisories: [package name, predicate on version, advisory]. */
const ADVISORIES = [
  ["xlsx", (v) => /^0\.(1\d|0)\./.test(v) || v === "0.18.5", "CVE-2023-30533 / CVE-2024-22363 (use @e965/xlsx 0.20.3)"],
  ["fflate", (v) => /^0\.(\d|[0-7])\.|^0\.8\.[0-2]$/.test(v), "CVE-2026-45820 (fixed in 0.8.3)"],
];
for (const [path, meta] of Object.entries(lock.packages ?? {})) {
  const name = meta.name ?? path.replace(/^.*node_modules\//, "");
  for (const [bad, affected, advisory] of ADVISORIES) {
    if (name === bad && meta.version && affected(meta.version)) problems.push(`${path}@${meta.version}: ${advisory}`);
  }
}

if (!process.argv[2])
  try {
    execFileSync("npm", ["ls", "--all", "--json"], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const out = JSON.parse(err.stdout?.toString() || "{}");
    // One known exception: office-addin-debugging's optional M365 Agents Toolkit peer cannot be installed from this
    // registry (its dependency `cssomnom` is missing there); sideloading with `npm start` does not use it.
    const allowed = [/^missing: @microsoft\/m365agentstoolkit-cli@/];
    const errs = (out.problems ?? []).filter((p) => !allowed.some((re) => re.test(p)));
    if (errs.length > 0) problems.push(...errs.slice(0, 10).map((p) => `npm ls: ${p}`));
  }

if (problems.length > 0) {
  console.error("Dependency policy violated:\n- " + problems.join("\n- "));
  process.exit(1);
}
console.log("Dependencies OK: @e965/xlsx 0.20.3 pinned with integrity; no advisory package in the tree; npm ls clean.");
