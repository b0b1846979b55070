import type { Answer, FigureView, RoleRef, SalaryAnswer } from "../../advisor/answers.js";
import { barChartBlock, type DataVisualizationBlock } from "./data-visualization.js";

/*
 * Pay charts Slack draws (data_visualization bar charts), built from the very figures the answer's text
 * shows: a salary answer's figures by level and by place (and any percentile figures it carries), a
 * comparison's pay figures of each role side by side. A range is drawn as two bars (its low and high end);
 * a bound ("up to", "over") and a figure not in dollars are not amounts, and are left out.
 */

/** Slack draws at most two of these blocks in one message. */
const chartsPerMessage = 2;
const yLabel = "US dollars";

interface Bar {
  label: string;
  low: number;
  high: number;
}

function barOf(label: string, figure: FigureView): Bar | undefined {
  const a = figure.amount;
  if (a?.unit !== "usd" || a.qualifier === "up to" || a.qualifier === "over") return undefined;
  if (a.min !== undefined && a.max !== undefined && !a.openEnded) return { label, low: a.min, high: a.max };
  return a.value === undefined ? undefined : { label, low: a.value, high: a.value };
}

function chartOf(title: string, xLabel: string, bars: Bar[]): DataVisualizationBlock | undefined {
  if (bars.length === 0) return undefined;
  const ranged = bars.some((b) => b.low !== b.high);
  return barChartBlock({
    title,
    categories: bars.map((b) => b.label),
    series: ranged
      ? [
          { name: "Low end", values: bars.map((b) => b.low) },
          { name: "High end", values: bars.map((b) => b.high) },
        ]
      : [{ name: "Pay", values: bars.map((b) => b.low) }],
    xLabel,
    yLabel,
  });
}

/** A role's name as an axis label: whole when it fits, else its initials ("Machine Learning Engineer": MLE). */
function shortName(name: string): string {
  if ([...name].length <= 20) return name;
  return name
    .split(/\s+/)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}

type Labelled = { label: string; figure: FigureView };

const isFigure = (x: unknown): x is FigureView =>
  typeof x === "object" && x !== null && "value" in x && "citation" in x && "label" in x;

/** A list of figures as the answer holds them: FigureViews, or named entries ({ name, figure }). */
function labelled(list: unknown): Labelled[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): Labelled[] => {
    if (isFigure(item)) return [{ label: item.label, figure: item }];
    const named = item as { name?: unknown; label?: unknown; figure?: unknown };
    const label = typeof named.name === "string" ? named.name : named.label;
    return typeof label === "string" && isFigure(named.figure) ? [{ label, figure: named.figure }] : [];
  });
}

const barsOf = (items: Labelled[]) =>
  items.map((i) => barOf(i.label, i.figure)).filter((b): b is Bar => b !== undefined);

/**
 * A salary answer's percentile figures, however the answer holds them: a field whose name says percentile,
 * or figures labelled as percentiles among its other lists (the official figures). Each label once.
 */
function percentilesOf(a: SalaryAnswer): Labelled[] {
  const all = Object.entries(a).flatMap(([key, list]) =>
    labelled(list).filter((l) => /percentile/i.test(key) || /\bpercentile\b/i.test(l.label)),
  );
  return all.filter((l, i) => all.findIndex((m) => m.label === l.label) === i);
}

/** A salary answer's charts: its percentile figures first when it carries any, then by level, then by place. */
function salaryCharts(a: SalaryAnswer): DataVisualizationBlock[] {
  const percentiles = percentilesOf(a);
  return [
    chartOf(`${a.role.name}: pay percentiles`, "Percentile", barsOf(percentiles)),
    chartOf(`${a.role.name} pay by level`, "Level", barsOf(labelled(a.levels))),
    chartOf(`${a.role.name} pay by place (average)`, "Place", barsOf(labelled(a.locations))),
  ].filter((c): c is DataVisualizationBlock => c !== undefined);
}

/**
 * Roles side by side: one bar (or a low and a high bar) per role, from the first figure in dollars its
 * part of the comparison shows, with the role's name on the axis. Only when at least two roles have one.
 */
function comparisonChart(roles: { role: RoleRef; figures: FigureView[] }[]): DataVisualizationBlock[] {
  const bars = roles.flatMap((r) => {
    const bar = r.figures.map((f) => barOf(shortName(r.role.name), f)).find((b) => b !== undefined);
    return bar ? [bar] : [];
  });
  if (bars.length < 2) return [];
  const full = `Pay: ${roles.map((r) => r.role.name).join(" vs ")}`;
  const title = [...full].length <= 50 ? full : `Pay: ${bars.map((b) => b.label).join(" vs ")}`;
  const chart = chartOf(title, "Role", bars);
  return chart ? [chart] : [];
}

/** The pay charts of an answer (none for answers without pay figures). */
export function payChartBlocks(answer: Answer): DataVisualizationBlock[] {
  switch (answer.kind) {
    case "both": {
      // "whats the difference between sre and devops? which pays more": both answers chart the same pay once.
      const charts = answer.parts.flatMap(payChartBlocks);
      const drawn = charts.map((c) => JSON.stringify(c.chart));
      return charts.filter((_, i) => drawn.indexOf(drawn[i] as string) === i).slice(0, chartsPerMessage);
    }
    case "salary":
      return salaryCharts(answer).slice(0, chartsPerMessage);
    case "compare":
      return comparisonChart(answer.pay);
    case "pay-compare":
      return comparisonChart(answer.roles);
    default:
      return [];
  }
}
