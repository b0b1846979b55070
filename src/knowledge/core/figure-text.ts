import type { Figure, Source } from "./schema.js";

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function amount(n: number, unit: Figure["unit"]): string {
  switch (unit) {
    case "usd":
      return `$${whole.format(n)}`;
    case "usd_per_hour":
      return `$${cents.format(n)}`;
    case "usd_billion":
      return `$${whole.format(n)} billion`;
    case "percent":
      return `${whole.format(n)}%`;
    case "multiple":
      return `${whole.format(n)}x`;
    default:
      return whole.format(n);
  }
}

/** The figure as people write it: "$96,000 – $152,601", "up to $256,928", "17%", "about 140,100", "$46.90". */
export function formatFigure(f: Figure): string {
  if (f.text) return f.text;
  if (f.min !== undefined && f.max !== undefined)
    return `${amount(f.min, f.unit)} – ${f.openEnded ? "over " : ""}${amount(f.max, f.unit)}`;
  const value = amount(f.value ?? 0, f.unit);
  return f.qualifier ? `${f.qualifier} ${value}` : value;
}

export interface Citation {
  sourceId: string;
  label: string;
  asOf: string;
  url?: string;
}

export function cite(sources: ReadonlyMap<string, Source>, sourceId: string, asOf: string): Citation {
  const source = sources.get(sourceId);
  return { sourceId, label: source?.short ?? sourceId, asOf, ...(source?.url ? { url: source.url } : {}) };
}

export function citationText(c: Citation): string {
  return c.asOf === "undated" ? c.label : `${c.label}, ${c.asOf}`;
}

/** "Seattle, WA: $173,517 (AiPathly, 2024)" — a figure with its label and source in one line. */
export function figureLine(sources: ReadonlyMap<string, Source>, f: Figure): string {
  const base = f.basis === "base" ? "; base pay only" : "";
  return `${f.label}: ${formatFigure(f)} (${citationText(cite(sources, f.source, f.asOf))}${base})`;
}
