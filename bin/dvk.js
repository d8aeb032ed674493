#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to lib/ by `npm run build:cli` (run by `prepare` after `npm ci`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("dvk: chưa biên dịch / not built yet. Chạy / run: npm run build:cli\n");
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`dvk: lỗi không mong đợi / unexpected error: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 3;
  },
);
