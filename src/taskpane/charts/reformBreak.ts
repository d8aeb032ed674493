/**
 * The 1/7/2025 reform break on the trend charts: a small Chart.js plugin of our own (registered explicitly in
 * drawCharts.ts) that draws a vertical dashed line between the categories "2024" and "2025", labelled. Its options
 * live under `options.plugins.reformBreak`; a chart without them is left alone.
 */
import type { Chart, ChartType, Plugin } from "chart.js";
import { findReformBreak } from "../../core";

export interface ReformBreakOptions {
  /** The category after which the line is drawn ("2024"). */
  readonly after?: string;
  readonly label?: string;
  readonly color?: string;
}

declare module "chart.js" {
  // Merged declarations must repeat Chart.js's type parameter name, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    reformBreak?: ReformBreakOptions | false;
  }
}

/**
 * Plugin options for a chart over `labels`: the break after 2024 when both 2024 and 2025 are shown, else none
 * (`findReformBreak`, shared with the "Xu hướng" sheet's native charts).
 *
 * @param labels - the chart's year categories
 * @param label - the text beside the line
 * @returns the options, or undefined when the chart does not span the reform
 * @example
 * reformBreakFor(["2024", "2025"], "1/7/2025") //=> { after: "2024", label: "1/7/2025" }
 */
export function reformBreakFor(labels: readonly string[], label: string): ReformBreakOptions | undefined {
  const after = findReformBreak(labels.map(Number));
  return after === undefined ? undefined : { after: String(after), label };
}

/**
 * Where the line goes: halfway between the category `after` and the next one, in canvas pixels.
 *
 * @param labels - the categories
 * @param after - the category before the break
 * @param pixelOf - the x scale's pixel of a category index
 * @returns the x position, or null when `after` is not followed by another category
 * @example
 * breakPixel(["2024", "2025"], "2024", (i) => 100 + i * 50) //=> 125
 */
export function breakPixel(
  labels: readonly unknown[],
  after: string,
  pixelOf: (index: number) => number,
): number | null {
  const at = labels.findIndex((l) => String(l) === after);
  if (at < 0 || at + 1 >= labels.length) return null;
  return (pixelOf(at) + pixelOf(at + 1)) / 2;
}

export const reformBreakPlugin: Plugin<"line" | "bar", ReformBreakOptions> = {
  id: "reformBreak",
  afterDatasetsDraw(chart: Chart<"line" | "bar">, _args: unknown, options: ReformBreakOptions) {
    if (!options.after) return;
    const scale = chart.scales["x"];
    const labels = chart.data.labels ?? [];
    if (!scale) return;
    const x = breakPixel(labels, options.after, (i) => scale.getPixelForValue(i));
    if (x === null) return;
    const { top, bottom, left, right } = chart.chartArea;
    const ctx = chart.ctx;
    const color = options.color ?? "#A4262C";
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    if (options.label) {
      ctx.setLineDash([]);
      ctx.fillStyle = color;
      ctx.font = "10px sans-serif";
      ctx.textBaseline = "bottom";
      // Beside the line on the side with room; at 320 px the text goes to the left of the line.
      const width = ctx.measureText(options.label).width;
      const fitsRight = x + 4 + width <= right;
      ctx.textAlign = fitsRight ? "left" : "right";
      // In the padding above the plot (chartConfigs leaves 14 px there), clear of the lines and bars.
      ctx.fillText(options.label, fitsRight ? x + 4 : Math.max(left + width, x - 4), top - 2);
    }
    ctx.restore();
  },
};
