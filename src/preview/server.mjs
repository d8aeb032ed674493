#!/usr/bin/env node
// The preview server: plain Node http, no dependencies. Serves the built pane (dist/) at http://localhost:3000/
// (PORT overrides), "/" being the preview page (the pane without Office.js beside the simulated workbook), and the
// sample files of assets/samples/ under /samples/ with /samples/index.json listing them.
import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
  ".xls": "application/vnd.ms-excel",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".csv": "text/csv; charset=utf-8",
};
const SAMPLE_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]);

/** Resolves a URL path inside a directory, or null when it would leave it. */
function inside(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const target = normalize(join(dir, decoded));
  return target === dir || target.startsWith(dir + sep) ? target : null;
}

async function sendFile(res, file) {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

/** Spreadsheet files under the samples folder (recursively), as "/"-separated relative paths. */
async function listSamples(samplesDir) {
  try {
    const entries = await readdir(samplesDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && SAMPLE_EXTENSIONS.has(extname(e.name).toLowerCase()) && !e.name.startsWith("~$"))
      .map((e) =>
        relative(samplesDir, join(e.parentPath ?? e.path, e.name))
          .split(sep)
          .join("/"),
      )
      .sort((a, b) => a.localeCompare(b));
  } catch {
    return [];
  }
}

/**
 * Starts the server.
 * @param {{ port?: number, dist?: string, samples?: string, registry?: string, host?: string }} options
 * @returns {Promise<{ server: import("node:http").Server, url: string, close: () => Promise<void> }>}
 */
export async function startPreviewServer(options = {}) {
  const dist = resolve(options.dist ?? join(ROOT, "dist"));
  const samples = resolve(options.samples ?? join(ROOT, "assets", "samples"));
  // The sample district's units registry (with the 1/7/2025 mergers), loaded by the preview at start.
  const registry = resolve(options.registry ?? join(ROOT, "assets", "don-vi-mau.csv"));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (path === "/samples/index.json") {
      const body = JSON.stringify({ files: await listSamples(samples) });
      res.writeHead(200, { "Content-Type": TYPES[".json"], "Cache-Control": "no-store" }).end(body);
      return;
    }
    if (path === "/registry/don-vi.csv") {
      if (await sendFile(res, registry)) return;
    } else if (path.startsWith("/samples/")) {
      const file = inside(samples, path.slice("/samples/".length));
      if (file && SAMPLE_EXTENSIONS.has(extname(file).toLowerCase()) && (await sendFile(res, file))) return;
    } else {
      const file = inside(dist, path === "/" ? "preview.html" : path.slice(1));
      if (file && (await sendFile(res, file))) return;
    }
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Không tìm thấy.");
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 3000, host, ok);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    server,
    url: `http://localhost:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 3000;
  try {
    await stat(join(ROOT, "dist", "preview.html"));
  } catch {
    console.error("Chưa có bản dựng: chạy `npm run preview` (hoặc `npm run build` trước).");
    process.exit(1);
  }
  const { url } = await startPreviewServer({ port, host: process.env.HOST ?? "127.0.0.1" });
  console.log(`Bản xem thử tiện ích: ${url}  (Ctrl+C để dừng)`);
}
