import { createHash } from "node:crypto";
import { RecentlyUsed } from "../knowledge/core/recency.js";
import { renderPngAsync } from "./render.js";

/** A chart's name: the first 128 bits of the SHA-256 of its SVG. The same answer, the same name. */
export function chartHash(svg: string): string {
  return createHash("sha256").update(svg).digest("hex").slice(0, 32);
}

export interface ChartCacheLimits {
  /** Charts whose hash is served (their SVG is kept, a few KB each). */
  charts: number;
  /** PNGs kept rendered (20–100 KB each). */
  pngs: number;
}

/**
 * Rendered charts by content hash, bounded twice: the SVGs of the charts this process has handed out, so
 * their URLs keep working (an evicted PNG is drawn again when asked for), and fewer PNGs. Only a hash that
 * came from `png` is ever served. The knowledge bounds how many different charts there are (a few
 * thousand at most today: each role's salary with each level and place picked out, and the comparisons),
 * so in practice the limits only matter for much larger knowledge bases.
 */
export class ChartCache {
  private readonly svgs: RecentlyUsed<string, string>;
  private readonly pngs: RecentlyUsed<string, Promise<Buffer>>;

  constructor(
    private readonly render: (svg: string) => Promise<Buffer> = renderPngAsync,
    limits: ChartCacheLimits = { charts: 1000, pngs: 100 },
  ) {
    this.svgs = new RecentlyUsed(limits.charts);
    this.pngs = new RecentlyUsed(limits.pngs);
  }

  /** The chart's PNG, drawn once; from then on its hash is served. Rejects when drawing fails. */
  async png(svg: string): Promise<{ hash: string; png: Buffer }> {
    const hash = chartHash(svg);
    const png = await this.pngOf(hash, svg);
    // Remembered only once drawn, so a hash that failed to draw is never handed out or served. One handed
    // out before is in use again (the same hash, the same SVG).
    if (this.svgs.get(hash) === undefined) this.svgs.set(hash, svg);
    return { hash, png };
  }

  /** The PNG for a hash this cache handed out; undefined for any other. */
  async byHash(hash: string): Promise<Buffer | undefined> {
    const svg = this.svgs.get(hash); // a chart being fetched is in use
    if (svg === undefined) return undefined;
    return this.pngOf(hash, svg);
  }

  private pngOf(hash: string, svg: string): Promise<Buffer> {
    const cached = this.pngs.get(hash);
    if (cached) return cached;
    // The promise is cached, so requests for a chart being drawn wait for that one drawing.
    const drawing = this.render(svg);
    this.pngs.set(hash, drawing);
    drawing.catch(() => {
      if (this.pngs.peek(hash) === drawing) this.pngs.delete(hash);
    });
    return drawing;
  }
}
