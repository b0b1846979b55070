import type { Citation, FigureView, RoleRef, SalaryAnswer } from "../advisor/answers.js";
import { citationText } from "../knowledge/core/figure-text.js";

/**
 * Pay drawn as a horizontal range chart, as an SVG string: one row per figure, grouped by level and by
 * location, one panel per role. A pure function of the answers it is given, so tests read the SVG and the
 * same answer always gives the same bytes (and so the same content hash and PNG).
 */
export interface PayChart {
  svg: string;
  /** What the chart shows, in words, for screen readers and Slack's alt_text: the role(s) and every range. */
  alt: string;
  /** The sources and their dates, as drawn under the chart. */
  caption: string;
  title: string;
  width: number;
  height: number;
}

/** The family the SVG asks for; src/charts/render.ts gives resvg only this font, shipped in assets/fonts. */
export const chartFontFamily = "DejaVu Sans";

/** One figure as a mark: a range (min–max), one value, or a bound ("up to", "over"). */
interface Row {
  label: string;
  figure: FigureView;
  kind: "range" | "point" | "upTo" | "over";
  low: number;
  high: number;
  openEnded: boolean;
}

interface Group {
  title: string;
  rows: Row[];
}

interface Panel {
  role: RoleRef;
  groups: Group[];
}

/** A figure in dollars becomes a row; percentages, billions and figures in words are not pay and are left out. */
function rowOf(label: string, figure: FigureView): Row | undefined {
  const a = figure.amount;
  if (a?.unit !== "usd") return undefined;
  if (a.min !== undefined && a.max !== undefined)
    return { label, figure, kind: "range", low: a.min, high: a.max, openEnded: a.openEnded === true };
  if (a.value === undefined) return undefined;
  const kind = a.qualifier === "up to" ? "upTo" : a.qualifier === "over" ? "over" : "point";
  return { label, figure, kind, low: a.value, high: a.value, openEnded: false };
}

const rowsOf = (items: { label: string; figure: FigureView }[]) =>
  items.map((i) => rowOf(i.label, i.figure)).filter((r): r is Row => r !== undefined);

/**
 * What a role's chart shows: its figures by level and by location; a role with neither shows its headline
 * figures, else the nearest government statistic (base pay only), so that a comparison shows every role
 * the knowledge has any dollar figure for.
 */
function panelOf(s: SalaryAnswer): Panel {
  const groups: Group[] = [
    { title: "By level", rows: rowsOf(s.levels.map((l) => ({ label: l.name, figure: l.figure }))) },
    {
      title: "By location (average)",
      rows: rowsOf(s.locations.map((l) => ({ label: l.name, figure: l.figure }))),
    },
  ].filter((g) => g.rows.length > 0);
  if (groups.length > 0) return { role: s.role, groups };
  const headline = rowsOf(s.headline.map((f) => ({ label: f.label, figure: f })));
  if (headline.length > 0) return { role: s.role, groups: [{ title: "Headline", rows: headline }] };
  const government = rowsOf(s.government.map((f) => ({ label: f.label, figure: f })));
  return {
    role: s.role,
    groups: government.length
      ? [{ title: "US government statistics (base pay only)", rows: government }]
      : [],
  };
}

// Layout, in SVG user units (pixels at zoom 1).
const width = 760;
const pad = 20;
const labelWidth = 200;
/** Room for the widest figure, "$177,177 – over $184,000". */
const valueWidth = 170;
const plotLeft = pad + labelWidth + 10;
const plotRight = width - pad - valueWidth - 16;
const rowHeight = 22;
const lineHeight = 14;
/** Characters of 12 px DejaVu Sans that fit the label column (its average advance is about 0.6 em). */
const labelChars = 30;
const captionChars = 112;
const titleChars = 58;

const colors = ["#2563eb", "#d97706", "#059669"];
const darker = ["#1e3a8a", "#92400e", "#065f46"];
const ink = "#1f2937";
const muted = "#6b7280";
const grid = "#e5e7eb";

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Splits text into lines of at most `max` characters at spaces; past `lines` lines the rest is cut with "…". */
export function wrap(text: string, max: number, lines = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > max) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1] ?? "";
  kept[lines - 1] = `${last.slice(0, max - 1)}…`;
  return kept;
}

/** A round step for the dollar axis: 1, 2, 2.5 or 5 times a power of ten, giving about five ticks. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

/** "$150k", "$1.2M": tick labels, short because the exact figures are written beside each mark. */
export function dollarsShort(n: number): string {
  if (n >= 1_000_000) return `$${Number((n / 1_000_000).toFixed(2))}M`;
  if (n >= 1000) return `$${Number((n / 1000).toFixed(1))}k`;
  return `$${n}`;
}

function text(x: number, y: number, body: string, attrs = ""): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ""}>${xmlEscape(body)}</text>`;
}

/** The sources and dates of the figures drawn, once each, in the order first drawn. */
function sourcesOf(panels: Panel[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const p of panels)
    for (const g of p.groups)
      for (const r of g.rows)
        seen.set(`${r.figure.citation.sourceId}|${r.figure.citation.asOf}`, r.figure.citation);
  return [...seen.values()];
}

function altText(title: string, panels: Panel[], caption: string): string {
  const lines = panels.map((p) => {
    const groups = p.groups.map(
      (g) => `${g.title.toLowerCase()}: ${g.rows.map((r) => `${r.label} ${r.figure.value}`).join("; ")}`,
    );
    return `${p.role.name}: ${groups.length ? groups.join(". ") : "no dollar figures in the knowledge base"}.`;
  });
  return `Range chart of ${title.replace(/^Pay: /, "")} in US dollars. ${lines.join(" ")} ${caption}`;
}

/**
 * The chart of one role's pay (a salary answer), or of two or three roles side by side (the salary answer
 * of each role in a comparison). Undefined when there is no range and fewer than two dollar figures to
 * draw: a single figure is said better in words.
 */
export function payChart(answers: SalaryAnswer[]): PayChart | undefined {
  const panels = answers.map(panelOf);
  const rows = panels.flatMap((p) => p.groups.flatMap((g) => g.rows));
  if (rows.length < 2 && !rows.some((r) => r.kind === "range")) return undefined;
  const several = panels.length > 1;
  const title = several
    ? `Pay: ${panels.map((p) => p.role.name).join(" vs ")}`
    : `${panels[0]?.role.name} pay`;

  let lo = Math.min(...rows.map((r) => r.low));
  let hi = Math.max(...rows.map((r) => r.high));
  if (hi <= lo) {
    // All figures equal: an axis around them (and never a span of zero to divide by).
    lo *= 0.9;
    hi = hi * 1.1 + 1;
  }
  const step = niceStep(hi - lo);
  const min = Math.max(0, Math.floor(lo / step) * step);
  // Room past the highest figure for an "over" arrow.
  const max =
    Math.ceil((hi + (rows.some((r) => r.kind === "over" || r.openEnded) ? step / 2 : 0)) / step) * step;
  const x = (v: number) => plotLeft + ((v - min) / (max - min)) * (plotRight - plotLeft);
  const px = (v: number) => Math.round(x(v) * 10) / 10;

  const body: string[] = [];
  let y = pad;
  for (const line of wrap(title, titleChars, 2)) {
    body.push(text(pad, y + 16, line, `font-size="18" font-weight="bold" fill="${ink}"`));
    y += 24;
  }
  y += 2;
  body.push(
    text(
      pad,
      y + 12,
      "Salary in US dollars, as the sources give it: a bar is a range, a dot a single figure (an average or median).",
      `font-size="11" fill="${muted}"`,
    ),
  );
  y += 26;
  const plotTop = y;

  panels.forEach((panel, i) => {
    const color = colors[i % colors.length] ?? ink;
    const strong = darker[i % darker.length] ?? ink;
    if (several) {
      body.push(`<rect x="${pad}" y="${y + 4}" width="12" height="12" rx="2" fill="${color}"/>`);
      body.push(text(pad + 18, y + 15, panel.role.name, `font-size="14" font-weight="bold" fill="${ink}"`));
      y += 24;
    }
    if (panel.groups.length === 0) {
      body.push(
        text(
          pad,
          y + 13,
          "No dollar figures in the knowledge base for this role.",
          `font-size="12" fill="${muted}"`,
        ),
      );
      y += rowHeight;
    }
    for (const group of panel.groups) {
      body.push(text(pad, y + 13, group.title, `font-size="12" font-weight="bold" fill="${muted}"`));
      y += 20;
      for (const row of group.rows) {
        const lines = wrap(row.label, labelChars, 2);
        const height = rowHeight + (lines.length - 1) * lineHeight;
        const mid = y + height / 2;
        const weight = row.figure.highlight ? ` font-weight="bold"` : "";
        lines.forEach((line, k) => {
          const baseline = mid + 4 - ((lines.length - 1) * lineHeight) / 2 + k * lineHeight;
          body.push(text(pad + 8, baseline, line, `font-size="12" fill="${ink}"${weight}`));
        });
        const fill = row.figure.highlight ? strong : color;
        const opacity = row.figure.baseOnly ? ` fill-opacity="0.55"` : "";
        if (row.kind === "range") {
          const x1 = px(row.low);
          const x2 = px(row.high);
          body.push(
            `<rect x="${x1}" y="${mid - 6}" width="${Math.max(2, Math.round((x2 - x1) * 10) / 10)}" height="12" rx="3" fill="${fill}"${opacity}/>`,
          );
          if (row.openEnded)
            body.push(
              `<path d="M${x2} ${mid - 8}L${x2 + 9} ${mid}L${x2} ${mid + 8}Z" fill="${fill}"${opacity}/>`,
            );
        } else if (row.kind === "point") {
          body.push(`<circle cx="${px(row.low)}" cy="${mid}" r="5.5" fill="${fill}"${opacity}/>`);
        } else {
          // A bound: a tick at the figure and a dashed line towards where the pay lies ("up to": below it).
          const at = px(row.low);
          const to = row.kind === "upTo" ? Math.max(plotLeft, at - 40) : Math.min(plotRight + 8, at + 40);
          body.push(
            `<line x1="${at}" y1="${mid}" x2="${to}" y2="${mid}" stroke="${fill}" stroke-width="3" stroke-dasharray="4 3"${opacity.replace("fill-", "stroke-")}/>`,
          );
          body.push(`<rect x="${at - 1.5}" y="${mid - 8}" width="3" height="16" fill="${fill}"${opacity}/>`);
        }
        // The figure as the answer writes it, in a column just right of the plot.
        body.push(
          text(
            plotRight + 16,
            mid + 4,
            row.figure.value,
            `class="value" font-size="12" fill="${ink}"${weight}`,
          ),
        );
        y += height;
      }
      y += 6;
    }
    y += several ? 6 : 0;
  });

  const plotBottom = y;
  const gridLines: string[] = [];
  for (let v = min; v <= max + step / 1000; v += step) {
    const gx = px(v);
    gridLines.push(`<line x1="${gx}" y1="${plotTop}" x2="${gx}" y2="${plotBottom}" stroke="${grid}"/>`);
    body.push(
      text(gx, plotBottom + 14, dollarsShort(v), `font-size="11" text-anchor="middle" fill="${muted}"`),
    );
  }
  y = plotBottom + 30;

  const sources = sourcesOf(panels);
  const caption = `Sources: ${sources.map(citationText).join("; ")}.${rows.some((r) => r.figure.baseOnly) ? " Faded marks are base pay only." : ""}`;
  for (const line of wrap(caption, captionChars)) {
    body.push(text(pad, y + 11, line, `font-size="11" fill="${muted}"`));
    y += 15;
  }
  const height = Math.ceil(y + pad - 4);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${chartFontFamily}">`,
    `<title>${xmlEscape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...gridLines,
    ...body,
    "</svg>",
  ].join("\n");
  return { svg, alt: altText(title, panels, caption), caption, title, width, height };
}
