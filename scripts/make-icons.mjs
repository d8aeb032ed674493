#!/usr/bin/env node
// Generates the add-in and ribbon icons (PNG) into assets/icons/ with no image dependency:
// each glyph is a few vector shapes on a coloured rounded square, rasterised with 4×4 supersampling
// and encoded with node:zlib. Run `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(repoRoot, "assets", "icons");

// ---------- PNG encoding ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (size×size×4 bytes) as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- shapes in unit coordinates (0..1, y down) ----------
const roundedSquare = (r) => (x, y) => {
  const m = 0.03;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const frame = (x0, y0, x1, y1, w) => (x, y) =>
  rect(x0, y0, x1, y1)(x, y) && !rect(x0 + w, y0 + w, x1 - w, y1 - w)(x, y);

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
const polyline = (points, width) => (x, y) =>
  points.slice(1).some((p, i) => segmentDistance(x, y, points[i], p) <= width / 2);

function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function starPoints(cx, cy, outer, inner) {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

const any =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));

const WHITE = [255, 255, 255];
const YELLOW = [255, 214, 0];

/** Each icon: background colour and layers of [shape, colour] drawn on it. */
const ICONS = {
  // App and group icon: the yellow star on red of a Vietnamese civic report.
  app: { bg: [200, 40, 40], layers: [[polygon(starPoints(0.5, 0.53, 0.38, 0.15)), YELLOW]] },
  // Open the pane: a window with a filled side panel.
  pane: {
    bg: [21, 101, 192],
    layers: [
      [frame(0.16, 0.2, 0.84, 0.8, 0.07), WHITE],
      [rect(0.56, 0.2, 0.84, 0.8), WHITE],
    ],
  },
  // Kiểm tra (validate): a check mark.
  validate: {
    bg: [46, 125, 50],
    layers: [
      [
        polyline(
          [
            [0.22, 0.52],
            [0.42, 0.72],
            [0.8, 0.3],
          ],
          0.14,
        ),
        WHITE,
      ],
    ],
  },
  // Tổng hợp (consolidate): a sigma.
  consolidate: {
    bg: [123, 31, 162],
    layers: [
      [
        polyline(
          [
            [0.74, 0.26],
            [0.28, 0.26],
            [0.54, 0.5],
            [0.28, 0.74],
            [0.74, 0.74],
          ],
          0.12,
        ),
        WHITE,
      ],
    ],
  },
  // Tạo mẫu báo cáo (template): a sheet with a table grid.
  template: {
    bg: [0, 121, 107],
    layers: [
      [frame(0.2, 0.16, 0.8, 0.84, 0.07), WHITE],
      [any(rect(0.2, 0.36, 0.8, 0.42), rect(0.2, 0.56, 0.8, 0.62), rect(0.42, 0.16, 0.48, 0.84)), WHITE],
    ],
  },
};

/** Rasterises an icon at `size` px with 4×4 supersampling per pixel. */
function render({ bg, layers }, size) {
  const S = 4;
  const out = Buffer.alloc(size * size * 4);
  const background = roundedSquare(0.18);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!background(x, y)) continue;
          let colour = bg;
          for (const [shape, c] of layers) if (shape(x, y)) colour = c;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        out[i] = Math.round(r / covered);
        out[i + 1] = Math.round(g / covered);
        out[i + 2] = Math.round(b / covered);
        out[i + 3] = Math.round((255 * covered) / (S * S));
      }
    }
  }
  return out;
}

/** Sizes per icon: ribbon buttons 16/32/80 (Office scales for high DPI), the app icon also 64/128. */
const SIZES = {
  app: [16, 32, 64, 80, 128],
  pane: [16, 32, 80],
  validate: [16, 32, 80],
  consolidate: [16, 32, 80],
  template: [16, 32, 80],
};

mkdirSync(outDir, { recursive: true });
for (const [name, sizes] of Object.entries(SIZES)) {
  for (const size of sizes) {
    const file = path.join(outDir, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, render(ICONS[name], size)));
    console.log(path.relative(repoRoot, file));
  }
}
