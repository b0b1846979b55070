import { clip } from "./kit.js";

/*
 * Block Kit's `data_visualization` block: a chart Slack draws itself. @slack/types 3.2 does not declare it,
 * so it is declared here once, from Slack's reference (docs.slack.dev/reference/block-kit/blocks/
 * data-visualization-block): a `title` of at most 50 characters and a `chart`, which for a bar chart is
 * 1–6 `series` with unique names of at most 20 characters, each of 1–20 `data` points whose labels (at most
 * 20 characters) are among `axis_config.categories`; the axis labels are at most 50 characters. Only the bar
 * chart is declared: it is the only one this app draws.
 */

export interface ChartDataPoint {
  label: string;
  value: number;
}

export interface ChartSeries {
  name: string;
  data: ChartDataPoint[];
}

export interface ChartAxisConfig {
  /** The valid data-point labels, in the order the x axis shows them. */
  categories: string[];
  x_label?: string;
  y_label?: string;
}

export interface BarChart {
  type: "bar";
  series: ChartSeries[];
  axis_config: ChartAxisConfig;
}

export interface DataVisualizationBlock {
  type: "data_visualization";
  title: string;
  chart: BarChart;
  block_id?: string;
}

/** Slack's limits for the block, as its reference gives them. */
export const chartLimits = {
  title: 50,
  series: 6,
  seriesName: 20,
  points: 20,
  label: 20,
  axisLabel: 50,
} as const;

/** What a bar chart is made of before it is fitted to Slack's limits: any lengths, any number. */
export interface BarChartInput {
  title: string;
  /** The x axis's categories, in order. */
  categories: string[];
  /** Each series' values, one per category (undefined: no bar there). */
  series: { name: string; values: (number | undefined)[] }[];
  xLabel?: string;
  yLabel?: string;
}

/**
 * Names cut to `max` characters and made unique (a cut that collides gets a number: "Senior level…",
 * "Senior level… 2"), so that two categories or series never merge into one.
 */
function uniqueNames(names: string[], max: number): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let candidate = clip(name.trim() || "—", max);
    for (let n = 2; seen.has(candidate); n++)
      candidate = `${clip(name.trim(), max - String(n).length - 1)} ${n}`;
    seen.add(candidate);
    return candidate;
  });
}

const isValue = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/**
 * A data_visualization bar chart within Slack's limits, or undefined when nothing is left to draw: the
 * first 6 series are kept, then the first 20 categories every one of them has a value for (so each series
 * has a point on every category, and no bar stands for a figure that is not there); labels and names are
 * cut and made unique.
 */
export function barChartBlock(input: BarChartInput): DataVisualizationBlock | undefined {
  const series = input.series.filter((s) => s.values.some(isValue)).slice(0, chartLimits.series);
  const kept = input.categories
    .map((category, i) => ({ category, i }))
    .filter(({ i }) => series.every((s) => isValue(s.values[i])))
    .slice(0, chartLimits.points);
  if (kept.length === 0 || series.length === 0) return undefined;
  const labels = uniqueNames(
    kept.map((k) => k.category),
    chartLimits.label,
  );
  const names = uniqueNames(
    series.map((s) => s.name),
    chartLimits.seriesName,
  );
  return {
    type: "data_visualization",
    title: clip(input.title.trim() || "Pay", chartLimits.title),
    chart: {
      type: "bar",
      series: series.map((s, n) => ({
        name: names[n] as string,
        data: kept.map(({ i }, k) => ({ label: labels[k] as string, value: s.values[i] as number })),
      })),
      axis_config: {
        categories: labels,
        ...(input.xLabel ? { x_label: clip(input.xLabel, chartLimits.axisLabel) } : {}),
        ...(input.yLabel ? { y_label: clip(input.yLabel, chartLimits.axisLabel) } : {}),
      },
    },
  };
}

/** Every way a block breaks Slack's limits for data_visualization bar charts (none: it is valid). */
export function chartViolations(block: DataVisualizationBlock): string[] {
  const problems: string[] = [];
  const len = (s: string) => [...s].length;
  if (len(block.title) === 0 || len(block.title) > chartLimits.title)
    problems.push(`title length ${len(block.title)}`);
  const { series, axis_config: axis } = block.chart;
  if (series.length < 1 || series.length > chartLimits.series) problems.push(`${series.length} series`);
  if (new Set(series.map((s) => s.name)).size !== series.length) problems.push("series names not unique");
  const categories = new Set(axis.categories);
  if (categories.size !== axis.categories.length) problems.push("categories not unique");
  for (const c of axis.categories)
    if (len(c) === 0 || len(c) > chartLimits.label) problems.push(`category "${c}"`);
  for (const s of series) {
    if (len(s.name) === 0 || len(s.name) > chartLimits.seriesName) problems.push(`series name "${s.name}"`);
    if (s.data.length < 1 || s.data.length > chartLimits.points)
      problems.push(`${s.data.length} points in ${s.name}`);
    for (const p of s.data) {
      if (len(p.label) > chartLimits.label) problems.push(`label "${p.label}" too long`);
      if (!categories.has(p.label)) problems.push(`label "${p.label}" not among the categories`);
      if (!Number.isFinite(p.value)) problems.push(`value of "${p.label}" not a number`);
    }
  }
  for (const axisLabel of [axis.x_label, axis.y_label])
    if (axisLabel !== undefined && len(axisLabel) > chartLimits.axisLabel)
      problems.push("axis label too long");
  return problems;
}
