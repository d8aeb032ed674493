/**
 * The lazy chart chunk: registers only the Chart.js parts the pane uses (never the auto-registering bundle) and draws the
 * configurations of chartConfigs.ts. Loaded with import() the first time the "Biểu đồ" tab opens.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from "chart.js";
import type { ChartEntry } from "./chartConfigs";
import { reformBreakPlugin } from "./reformBreak";

let registered = false;

/** Registers the controllers, elements, scales and plugins once. */
function registerParts(): void {
  if (registered) return;
  Chart.register(
    LineController,
    BarController,
    LineElement,
    PointElement,
    BarElement,
    CategoryScale,
    LinearScale,
    Title,
    Tooltip,
    Legend,
    reformBreakPlugin,
  );
  registered = true;
}

/** Colours of text and grid lines from the theme's tokens, so charts follow dark mode. */
function applyThemeDefaults(root: HTMLElement): void {
  const style = getComputedStyle(root);
  const text = style.getPropertyValue("--colorNeutralForeground2").trim();
  const grid = style.getPropertyValue("--colorNeutralStroke2").trim();
  const font = style.getPropertyValue("--fontFamilyBase").trim();
  if (text) Chart.defaults.color = text;
  if (grid) Chart.defaults.borderColor = grid;
  if (font) Chart.defaults.font.family = font;
}

/**
 * Draws each entry on its canvas, replacing a chart drawn there before.
 *
 * @param entries - chart configurations with the canvas to draw each on
 * @returns the charts (for "Lưu ảnh PNG")
 */
export function drawCharts(entries: readonly { entry: ChartEntry; canvas: HTMLCanvasElement }[]): Chart[] {
  registerParts();
  applyThemeDefaults(document.documentElement);
  return entries.map(({ entry, canvas }) => {
    Chart.getChart(canvas)?.destroy();
    return new Chart(canvas, entry.config as never);
  });
}
